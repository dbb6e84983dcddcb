"""What a valid bank becomes: the JSON form with every default filled in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfassess.core.model import BANK_FORMAT, bank_from_json, content_hash
from selfassess.load import BankInvalid, load_bank

BANKS = Path(__file__).resolve().parents[1] / "banks"
MINI = BANKS / "mini.yml"
SOLO = BANKS / "solo-en.yml"


def _question(bank: dict, question_id: str) -> dict:
    return next(q for s in bank["sections"] for q in s["questions"] if q["id"] == question_id)


def test_bank_json_has_the_documented_keys_in_order() -> None:
    bank = load_bank(MINI)
    assert list(bank) == ["format", "id", "version", "hash", "languages", "title", "description",
                          "minutes", "default_target", "ratings", "stages", "roles", "sections"]
    assert bank["format"] == BANK_FORMAT
    assert list(bank["sections"][0]) == ["id", "title", "intro", "weight", "target", "questions"]
    assert list(bank["sections"][0]["questions"][0]) == ["id", "type", "text", "help", "weight",
                                                         "action", "options"]


def test_defaults_are_filled_in() -> None:
    bank = load_bank(SOLO)
    assert bank["default_target"] == 75.0
    assert bank["description"] == {}
    assert bank["stages"] == [] and bank["roles"] == []
    assert [(b["id"], b["min"], b["max"], b["label"]) for b in bank["ratings"]] == [
        ("excelente", 75.0, 100.0, {"en": "Excellent"}),
        ("margen-de-mejora", 50.0, 75.0, {"en": "Room for improvement"}),
        ("accion-inmediata", 0.0, 50.0, {"en": "Needs immediate action"}),
    ]
    section = bank["sections"][0]
    assert (section["weight"], section["target"], section["intro"]) == (1.0, 75.0, {})
    assert _question(bank, "basics-plan")["help"] == {}
    assert _question(bank, "basics-plan")["weight"] == 1.0
    # Three questions, a third of a minute each.
    assert bank["minutes"] == 1


def test_plain_strings_become_texts_in_the_one_language() -> None:
    bank = load_bank(SOLO)
    assert bank["languages"] == ["en"]
    assert bank["title"] == {"en": "Solo audit"}
    assert _question(bank, "basics-owner")["options"][2] == {
        "id": "one-person", "label": {"en": "One person"}, "value": 1.0}


def test_given_values_are_kept() -> None:
    bank = load_bank(MINI)
    values = bank["sections"][0]
    assert (values["weight"], values["target"]) == (2.0, 80.0)
    assert bank["sections"][1]["target"] == 75.0
    assert _question(bank, "valores-uso")["weight"] == 2.0
    assert [s["id"] for s in bank["stages"]] == ["pasiva", "involucrada", "enfocada"]
    assert bank["roles"][1] == {"id": "equipo", "label": {"es": "Equipo", "en": "Staff"}}


def test_yesno_options_are_generated() -> None:
    options = _question(load_bank(MINI), "valores-escritos")["options"]
    assert options == [
        {"id": "yes", "label": {"es": "Sí", "en": "Yes"}, "value": 1.0},
        {"id": "partial", "label": {"es": "En parte", "en": "Partly"}, "value": 0.5},
        {"id": "no", "label": {"es": "No", "en": "No"}, "value": 0.0},
    ]


def test_scale_options_take_the_question_labels() -> None:
    options = _question(load_bank(MINI), "valores-uso")["options"]
    assert [o["id"] for o in options] == ["1", "2", "3", "4", "5"]
    assert [o["value"] for o in options] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert options[0]["label"] == {"es": "Nunca", "en": "Never"}
    assert options[4]["label"] == {"es": "Siempre", "en": "Always"}


def test_scale_options_fall_back_to_generic_labels() -> None:
    options = _question(load_bank(MINI), "clientes-satisfaccion")["options"]
    assert [o["label"]["en"] for o in options] == [
        "Not at all", "A little", "Halfway", "Largely", "Fully"]
    assert options[2]["label"]["es"] == "A medias"


def test_scale_options_take_the_bank_scale_before_generic_labels(tmp_path: Path) -> None:
    text = SOLO.read_text(encoding="utf-8").replace(
        "sections:", "scale: [Never, Seldom, Sometimes, Often, Always]\nsections:")
    bank_file = tmp_path / "scaled.yml"
    bank_file.write_text(text, encoding="utf-8")
    options = _question(load_bank(bank_file), "basics-review")["options"]
    assert [o["label"]["en"] for o in options] == ["Never", "Seldom", "Sometimes", "Often",
                                                   "Always"]


def test_hash_is_the_content_hash_and_stable() -> None:
    first, second = load_bank(MINI), load_bank(MINI)
    assert first["hash"] == second["hash"] == content_hash(first)
    assert first["hash"].startswith("sha256:")


@pytest.mark.parametrize(("old", "new"), [
    ("value: 0.5", "value: 0.4"),
    ("Mini audit", "Small audit"),
    ("weight: 2\n    target: 80", "weight: 3\n    target: 80"),
])
def test_hash_changes_when_content_changes(tmp_path: Path, old: str, new: str) -> None:
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / "mini.yml"
    changed.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert load_bank(changed)["hash"] != load_bank(MINI)["hash"]


def test_comments_and_layout_do_not_change_the_hash(tmp_path: Path) -> None:
    relaid = tmp_path / "mini.yml"
    relaid.write_text("# another comment\n" + MINI.read_text(encoding="utf-8") + "\n\n",
                      encoding="utf-8")
    assert load_bank(relaid)["hash"] == load_bank(MINI)["hash"]


def test_bom_is_accepted_and_stripped(tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.yml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + MINI.read_bytes())
    assert load_bank(with_bom) == load_bank(MINI)


def test_ids_and_texts_are_taken_as_written(tmp_path: Path) -> None:
    """YAML 1.1 would read `1` as a number and `No`/`yes` as booleans; ids and texts keep them."""
    text = SOLO.read_text(encoding="utf-8").replace("id: nobody, label: Nobody",
                                                    "id: 1, label: No").replace(
        "id: a-team, label: A team", "id: yes, label: 2024")
    bank_file = tmp_path / "literal.yml"
    bank_file.write_text(text, encoding="utf-8")
    options = _question(load_bank(bank_file), "basics-owner")["options"]
    assert [(o["id"], o["label"]["en"]) for o in options][:2] == [("1", "No"), ("yes", "2024")]


@pytest.mark.parametrize("name", ["mini.yml", "solo-en.yml"])
def test_bank_json_builds_the_core_model(name: str) -> None:
    data = load_bank(BANKS / name)
    bank = bank_from_json(json.loads(json.dumps(data)))
    assert bank.hash == data["hash"]
    assert [q.id for _, q in bank.questions()] == [
        q["id"] for s in data["sections"] for q in s["questions"]]
    assert all(len(q.options) >= 2 for _, q in bank.questions())


def test_every_valid_test_bank_loads() -> None:
    for path in sorted(BANKS.glob("*.yml")):
        assert load_bank(path)["id"]


def test_bank_invalid_lists_every_problem_one_per_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("id: Bad\nversion: 1.0\nlanguages: [es]\ntitle: T\nsections: []\n",
                   encoding="utf-8")
    with pytest.raises(BankInvalid) as caught:
        load_bank(bad)
    lines = str(caught.value).splitlines()
    assert len(lines) == len(caught.value.problems) == 3
    assert [(p.line, p.path) for p in caught.value.problems] == [
        (1, "id"), (2, "version"), (5, "sections")]
