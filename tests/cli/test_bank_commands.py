"""`selfassess validate` and `selfassess inspect` on the test banks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import REPO

MALFORMED = REPO / "tests" / "malformed"
SOME_MALFORMED = sorted(p.stem for p in MALFORMED.glob("*.yml"))[:5]


def test_validate_valid_banks(cli, in_repo) -> None:
    run = cli("validate", "tests/banks")
    assert run.status == 0
    assert run.out.splitlines() == [
        "tests/banks/example-model2.yml: ok (ejemplo-madurez)",
        *EXAMPLE_NOTES,
        "tests/banks/mini.yml: ok (mini)",
        "tests/banks/samm.yml: ok (samm)",
        "tests/banks/solo-en.yml: ok (solo-en)",
        "4 banks valid, 4 notes",
    ]
    assert run.err == ""


EXAMPLE_NOTES = [
    "tests/banks/example-model2.yml:49:5: note: section 'liderazgo', level 3: the section has "
    "no question of this level or above, so nobody can reach it there; give the level a "
    "question, or accept it",
    "tests/banks/example-model2.yml:111:5: note: section 'respuesta', level 2: the section has "
    "no question of this level or above, so nobody can reach it there; give the level a "
    "question, or accept it",
    "tests/banks/example-model2.yml:111:5: note: section 'respuesta', level 3: the section has "
    "no question of this level or above, so nobody can reach it there; give the level a "
    "question, or accept it",
    "tests/banks/example-model2.yml:24:9: note: stage 'gestionada', requires[0]: the rule reads "
    "question 'responsable', never asked of role 'equipo', so it never holds for a respondent "
    "of that role, who stays below stage 'gestionada'; this is information: accept it when "
    "intended, or give that role the question",
]
"""Where each note points: the section's first key (`- id: ...`), the stage rule's."""


def test_notes_leave_a_bank_valid_and_an_invalid_one_invalid(cli, in_repo) -> None:
    """Notes are information: exit status 0 with notes, 2 when another bank is invalid, and
    the summary's counts of invalid banks and problems stay as they were."""
    noted = cli("validate", "tests/banks/example-model2.yml")
    assert (noted.status, noted.err) == (0, "")
    assert noted.out.splitlines()[-1] == "1 bank valid, 4 notes"
    lines = (REPO / "tests/banks/example-model2.yml").read_text("utf-8").splitlines()
    assert lines[48].startswith("  - id: liderazgo") and lines[23].startswith("      - label")
    name = SOME_MALFORMED[0]
    expected = (MALFORMED / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    mixed = cli("validate", f"tests/malformed/{name}.yml", "tests/banks/example-model2.yml")
    assert mixed.status == 2
    assert mixed.out.splitlines()[1:] == EXAMPLE_NOTES
    problems = f"{len(expected)} problem" + ("s" if len(expected) > 1 else "")
    assert mixed.err.splitlines() == [*expected, f"1 of 2 banks invalid, {problems}, 4 notes"]


def test_validate_defaults_to_the_questionbank_folder(cli, tmp_path, monkeypatch) -> None:
    (tmp_path / "questionbank").mkdir()
    shutil.copy(REPO / "tests/banks/solo-en.yml", tmp_path / "questionbank" / "solo-en.yml")
    monkeypatch.chdir(tmp_path)
    run = cli("validate")
    assert (run.status, run.out) == (0, "questionbank/solo-en.yml: ok (solo-en)\n1 bank valid\n")


@pytest.mark.parametrize("name", SOME_MALFORMED)
def test_validate_prints_every_located_problem(cli, in_repo, name: str) -> None:
    expected = (MALFORMED / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    run = cli("validate", f"tests/malformed/{name}.yml", "tests/banks/mini.yml")
    assert run.status == 2
    problems = f"{len(expected)} problem" + ("s" if len(expected) > 1 else "")
    assert run.err.splitlines() == [*expected, f"1 of 2 banks invalid, {problems}"]
    assert run.out == "tests/banks/mini.yml: ok (mini)\n"


def test_validate_flags_two_files_with_one_id(cli, tmp_path) -> None:
    for name in ("a.yml", "b.yml"):
        shutil.copy(REPO / "tests/banks/mini.yml", tmp_path / name)
    run = cli("validate", tmp_path)
    assert run.status == 2
    assert run.err.splitlines() == [
        f"{tmp_path}/b.yml: id: bank id 'mini' is already used by {tmp_path}/a.yml; "
        "give each bank its own id",
        "1 of 2 banks invalid, 1 problem",
    ]


def test_validate_missing_and_empty_paths(cli, tmp_path) -> None:
    missing = cli("validate", tmp_path / "nowhere")
    assert (missing.status, missing.err) == (2, f"{tmp_path}/nowhere: no such file or folder\n")
    empty = cli("validate", tmp_path)
    assert empty.status == 2
    assert empty.err == f"selfassess: error: no bank files (*.yml, *.yaml) in {tmp_path}\n"


def test_inspect_json_has_every_language(cli, banks_dir) -> None:
    run = cli("inspect", banks_dir / "mini.yml", "--json")
    assert run.status == 0
    bank = json.loads(run.out)
    assert {"id", "version", "hash", "languages", "ratings", "stages", "sections"} <= set(bank)
    assert (bank["id"], bank["version"], bank["languages"]) == ("mini", "1.0.0", ["es", "en"])
    assert bank["hash"].startswith("sha256:")
    assert [s["id"] for s in bank["stages"]] == ["pasiva", "involucrada", "enfocada"]
    valores = bank["sections"][0]
    assert (valores["id"], valores["weight"], valores["target"]) == ("valores", 2, 80)
    assert valores["title"] == {"es": "Valores", "en": "Values"}
    uso = valores["questions"][1]
    assert set(uso) >= {"id", "type", "text", "action", "weight", "options"}
    assert (uso["id"], uso["type"], uso["weight"]) == ("valores-uso", "scale", 2)
    assert [(o["id"], o["value"]) for o in uso["options"]] == [
        ("1", 0), ("2", 0.25), ("3", 0.5), ("4", 0.75), ("5", 1)
    ]  # fmt: skip
    assert uso["options"][4]["label"] == {"es": "Siempre", "en": "Always"}


def test_inspect_json_in_one_language(cli, banks_dir) -> None:
    run = cli("inspect", "mini", "--banks", banks_dir, "--json", "--lang", "en")
    bank = json.loads(run.out)
    question = bank["sections"][1]["questions"][0]
    assert (bank["title"], question["text"], question["action"]) == (
        "Mini audit", "How do you listen to customers?", "Measure satisfaction every month."
    )  # fmt: skip
    labels = [o["label"] for o in question["options"]]
    assert labels == ["We do not", "Now and then", "With a system"]
    assert bank["ratings"][0]["label"] == "Excellent"


def test_inspect_outline(cli, banks_dir) -> None:
    run = cli("inspect", banks_dir / "mini.yml", "--lang", "es")
    assert run.status == 0
    lines = run.out.splitlines()
    assert lines[0] == "Mini auditoría — mini 1.0.0"
    assert "1. Valores (valores) — weight 2, target 80" in lines
    assert "   - valores-uso [scale, weight 2] ¿Se usan los valores al decidir?" in lines
    options = "nada No lo hacemos = 0 · a-veces De vez en cuando = 0.5 · sistema Con un sistema = 1"
    assert "       " + options in lines


def test_inspect_says_what_each_role_is_asked(cli, banks_dir, tmp_path) -> None:
    """As the pages: per role when audiences leave some role out, with the bank's minutes
    scaled to the role's share of its questions; the JSON gives every role its numbers."""
    text = (banks_dir / "example-model2.yml").read_text("utf-8")
    text = text.replace('version: "1.0.0"\n', 'version: "1.0.0"\nminutes: 25\n')
    canales = "      - id: canales\n"
    text = text.replace(canales, canales + "        roles: [direccion]\n")
    text = text.replace("roles: [direccion, equipo]", "roles: [direccion]")
    text = text.replace("  - id: respuesta\n", "  - id: respuesta\n    roles: [direccion]\n")
    bank = tmp_path / "staff-asked-one.yml"
    bank.write_text(text, "utf-8")
    lines = cli("inspect", bank, "--lang", "en").out.splitlines()
    assert lines[1] == "Languages: es, en; 3 sections, 6 questions, about 25 minutes"
    assert lines[5] == (
        "By role: Management: 6 questions, about 25 minutes; Staff: 1 question, about 5 minutes"
    )
    roles = json.loads(cli("inspect", bank, "--json").out)["roles"]
    assert [(r["id"], r["question_count"], r["minutes"]) for r in roles] == [
        ("direccion", 6, 25), ("equipo", 1, 5)
    ]  # fmt: skip
    mini = cli("inspect", banks_dir / "mini.yml").out
    assert "By role" not in mini, "every question is for every role: the one count says it"
    mini_roles = json.loads(cli("inspect", banks_dir / "mini.yml", "--json").out)["roles"]
    assert [(r["question_count"], r["minutes"]) for r in mini_roles] == [(5, 3), (5, 3)]


def test_inspect_shows_a_display_scale_as_the_reports_do(cli, banks_dir) -> None:
    """SAMM's bank shows scores on 0–3 with two decimals: so do its outline's targets and bands,
    written as its reports write them (in the language asked for); the JSON adds the scale."""
    samm = cli("inspect", banks_dir / "samm.yml").out.splitlines()
    assert "1. Strategy and Metrics (strategy-metrics) — weight 1, target 2.00" in samm
    assert samm[2] == (
        "Ratings: Excellent (excelente) 2.25–3.00; Room for improvement (margen-de-mejora) "
        "1.50–2.25; Needs immediate action (accion-inmediata) 0.00–1.50"
    )
    spanish = cli("inspect", banks_dir / "example-model2.yml", "--lang", "es").out.splitlines()
    assert "Stages: Inicial (inicial) 0,00–1,00; Gestionada (gestionada) 1,00–3,00" in spanish
    assert "1. Liderazgo (liderazgo) — weight 1, target 2,00" in spanish
    data = json.loads(cli("inspect", banks_dir / "samm.yml", "--json").out)
    assert data["display"] == {"min": 0, "max": 3, "decimals": 2}
    assert "display" not in json.loads(cli("inspect", banks_dir / "mini.yml", "--json").out)


def test_inspect_shows_bands_on_a_scale_that_does_not_start_at_zero(
    cli, banks_dir, tmp_path
) -> None:
    """On a 1–5 scale a band's limits carry the scale's offset, as the reports' scores do: the
    lowest rating starts at 1.0, not 0.0 (a span without its offset) nor 0 (the 0–100 score)."""
    text = (banks_dir / "example-model2.yml").read_text("utf-8")
    for old, new in (
        ("display: {min: 0, max: 3, decimals: 2}", "display: {min: 1, max: 5, decimals: 1}"),
        ("{id: alta, min: 2, max: 3", "{id: alta, min: 4, max: 5"),
        ("{id: media, min: 1, max: 2", "{id: media, min: 2.5, max: 4"),
        ("{id: baja, min: 0, max: 1", "{id: baja, min: 1, max: 2.5"),
        ("{id: inicial, min: 0, max: 1", "{id: inicial, min: 1, max: 3"),
        ("    min: 1\n    max: 3\n", "    min: 3\n    max: 5\n"),
    ):
        assert old in text
        text = text.replace(old, new)
    bank = tmp_path / "one-to-five.yml"
    bank.write_text(text, "utf-8")
    lines = cli("inspect", bank, "--lang", "en").out.splitlines()
    assert lines[2] == "Ratings: High (alta) 4.0–5.0; Medium (media) 2.5–4.0; Low (baja) 1.0–2.5"
    assert lines[3] == "Stages: Initial (inicial) 1.0–3.0; Managed (gestionada) 3.0–5.0"
    assert "1. Leadership (liderazgo) — weight 1, target 2.0" in lines


def test_inspect_errors(cli, banks_dir) -> None:
    wrong_language = cli("inspect", banks_dir / "solo-en.yml", "--lang", "es")
    assert (wrong_language.status, wrong_language.err) == (
        2, "selfassess: error: bank 'solo-en' is written in en; choose --lang en\n"
    )  # fmt: skip
    unknown = cli("inspect", "nonesuch", "--banks", banks_dir)
    assert unknown.status == 2
    assert unknown.err.endswith("(banks there: ejemplo-madurez, mini, samm, solo-en)\n")
    assert unknown.err.startswith("nonesuch: no bank file and no bank with this id in ")


def test_inspect_invalid_bank_lists_its_problems(cli, in_repo) -> None:
    bad = sorted(MALFORMED.glob("*.yml"))[0]
    expected = bad.with_suffix(".expected").read_text(encoding="utf-8")
    run = cli("inspect", bad.relative_to(REPO))
    assert (run.status, run.out, run.err) == (2, "", expected.rstrip("\n") + "\n")


def test_help_texts(cli) -> None:
    for command in ("validate", "inspect", "template", "score"):
        run = cli(command, "--help")
        assert run.status == 0
        assert run.out.startswith(f"usage: selfassess {command}")
    overview = cli("--help")
    assert all(c in overview.out for c in ("validate", "inspect", "template", "score"))
    assert cli().status == 2


def test_output_file_is_written_whole(cli, banks_dir, tmp_path: Path) -> None:
    target = tmp_path / "mini.json"
    target.write_text("old", encoding="utf-8")
    run = cli("inspect", banks_dir / "mini.yml", "--json", "-o", target)
    assert (run.status, run.out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "mini"
    assert [p.name for p in tmp_path.iterdir()] == ["mini.json"]
