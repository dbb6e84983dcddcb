"""`selfassess new`: what the folder holds, the banks chosen, and never overwriting by surprise."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml

from selfassess.scaffold import ScaffoldRefused, create_site, default_bank_ids
from tests.cli.conftest import REPO, Run
from tests.site.branded import CUSTOM_BANK, CUSTOM_BANK_ID

CliRun = Callable[..., Run]


def test_every_default_bank_by_default(tmp_path: Path):
    create_site(tmp_path / "site")
    banks = sorted(p.stem for p in (tmp_path / "site" / "questionbank").glob("*.yml"))
    assert banks == default_bank_ids()
    assert len(banks) == 5


def test_only_the_chosen_banks_are_copied(tmp_path: Path):
    create_site(tmp_path / "site", banks=["programa-cx", "madurez-cx", "programa-cx"])
    banks = sorted(p.name for p in (tmp_path / "site" / "questionbank").glob("*.yml"))
    assert banks == ["madurez-cx.yml", "programa-cx.yml"]


def test_an_unknown_bank_is_refused_before_writing(tmp_path: Path):
    with pytest.raises(ScaffoldRefused, match=r"no default bank with id nope .*madurez-cx"):
        create_site(tmp_path / "site", banks=["nope"])
    assert not (tmp_path / "site").exists()


def test_a_non_empty_folder_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(ScaffoldRefused, match=r"not empty.*--force"):
        create_site(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_force_writes_the_site_and_keeps_other_files(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("old", "utf-8")
    create_site(tmp_path, name="Acme", force=True)
    assert (tmp_path / "notes.txt").read_text("utf-8") == "mine"
    assert 'site_name: "Acme"' in (tmp_path / "mkdocs.yml").read_text("utf-8")


def test_an_empty_existing_folder_is_used(tmp_path: Path):
    create_site(tmp_path)
    assert (tmp_path / "mkdocs.yml").is_file()


@pytest.mark.parametrize(
    ("language", "guide", "other_guide"),
    [
        ("en", "guides/metrics.md", "guias/metricas.md"),
        ("es", "guias/metricas.md", "guides/metrics.md"),
    ],
)
def test_pages_and_config_are_in_the_chosen_language(
    tmp_path: Path, language: str, guide: str, other_guide: str
):
    create_site(tmp_path, name='Acme: "quoted" & co', language=language)
    config = yaml.safe_load((tmp_path / "mkdocs.yml").read_text("utf-8"))
    assert config["theme"]["language"] == language
    assert config["site_name"] == 'Acme: "quoted" & co'
    brand = config["plugins"][1]["selfassess"]["brand"]
    assert brand["name"] == 'Acme: "quoted" & co'
    assert (tmp_path / "docs" / guide).is_file()
    assert not (tmp_path / "docs" / other_guide).exists()
    home = (tmp_path / "docs" / "index.md").read_text("utf-8")
    assert home.startswith('# Acme: "quoted" & co') and "<div data-selfassess-banks></div>" in home
    pages = {p.relative_to(tmp_path / "docs").as_posix() for p in (tmp_path / "docs").rglob("*.md")}
    for entry in _nav_pages(config["nav"]):
        assert entry == "assess/" or entry in pages


def _nav_pages(nav: list) -> list[str]:
    found: list[str] = []
    for item in nav:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found += _nav_pages(value) if isinstance(value, list) else [value]
    return found


def test_banks_sit_beside_their_schema_for_editor_completion(tmp_path: Path):
    create_site(tmp_path, banks=["madurez-cx"])
    bank = (tmp_path / "questionbank" / "madurez-cx.yml").read_text("utf-8")
    assert bank.splitlines()[0] == "# yaml-language-server: $schema=schema.json"
    schema = json.loads((tmp_path / "questionbank" / "schema.json").read_text("utf-8"))
    jsonschema.validate(yaml.safe_load(CUSTOM_BANK), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(CUSTOM_BANK.replace("yesno", "maybe")), schema)
    assert "$schema=schema.json" in (tmp_path / "questionbank" / "README.md").read_text("utf-8")
    readme = (tmp_path / "README.md").read_text("utf-8")
    for words in ("selfassess build", "selfassess serve", "gh-deploy", "application/wasm"):
        assert words in readme


def test_validate_checks_the_consultants_own_bank(tmp_path: Path, cli: CliRun):
    create_site(tmp_path, banks=["madurez-cx"])
    own = tmp_path / "questionbank" / f"{CUSTOM_BANK_ID}.yml"
    own.write_text(CUSTOM_BANK, "utf-8")
    result = cli("validate", tmp_path / "questionbank")
    assert result.status == 0, result.err
    assert f"ok ({CUSTOM_BANK_ID})" in result.out and "2 banks valid" in result.out
    own.write_text(CUSTOM_BANK.replace("type: yesno", "type: maybe"), "utf-8")
    result = cli("validate", tmp_path / "questionbank")
    assert result.status == 2
    assert f"{CUSTOM_BANK_ID}.yml:11:15: sections[0].questions[0].type:" in result.err


def test_cli_refuses_a_non_empty_folder_without_a_traceback(tmp_path: Path, cli: CliRun):
    (tmp_path / "keep.md").write_text("x", "utf-8")
    result = cli("new", tmp_path, "--language", "en")
    assert result.status == 2
    assert "is not empty" in result.err and "Traceback" not in result.err
    result = cli("new", tmp_path, "--language", "en", "--bank", "madurez-cx", "--force")
    assert result.status == 0, result.err
    assert "banks: madurez-cx" in result.out


def test_new_starts_on_the_consultants_own_bank_file(tmp_path: Path, cli: CliRun):
    own = tmp_path / "models" / "readiness.yml"
    own.parent.mkdir()
    own.write_text(CUSTOM_BANK, "utf-8")
    result = cli("new", tmp_path / "client", "--language", "en", "--bank", own, "madurez-cx")
    assert result.status == 0, result.err
    assert f"banks: madurez-cx, {CUSTOM_BANK_ID}" in result.out
    copied = tmp_path / "client" / "questionbank" / f"{CUSTOM_BANK_ID}.yml"
    assert copied.read_text("utf-8") == CUSTOM_BANK  # named by its id, copied as written


def test_an_invalid_bank_file_is_refused_with_its_problems_before_writing(
    tmp_path: Path, cli: CliRun
):
    own = tmp_path / "mine.yml"
    own.write_text(CUSTOM_BANK.replace("type: yesno", "type: maybe"), "utf-8")
    result = cli("new", tmp_path / "client", "--bank", own)
    assert result.status == 2
    assert "mine.yml:11:15: sections[0].questions[0].type:" in result.err
    assert not (tmp_path / "client").exists()
    result = cli("new", tmp_path / "client", "--bank", tmp_path / "missing.yml")
    assert result.status == 2 and "missing.yml: no such bank file" in result.err
    assert not (tmp_path / "client").exists()


@pytest.mark.parametrize(("language", "guides"), [("en", "guides"), ("es", "guias")])
def test_blank_leaves_out_the_guides_and_the_calculators(
    tmp_path: Path, language: str, guides: str
):
    written = {p.as_posix() for p in create_site(tmp_path, language=language, blank=True)}
    assert not [p for p in written if p.startswith(f"docs/{guides}/")]
    assert {"docs/index.md", "mkdocs.yml"} <= written
    config = yaml.safe_load((tmp_path / "mkdocs.yml").read_text("utf-8"))
    pages = json.dumps(config["nav"])
    assert guides not in pages and "assess/" in pages
    plugin = next(p["selfassess"] for p in config["plugins"] if isinstance(p, dict))
    assert plugin["calculators"] is False


def test_every_bank_starts_with_the_schema_line_once(tmp_path: Path):
    plain = tmp_path / "plain.yml"
    plain.write_text(CUSTOM_BANK.split("\n", 1)[1], "utf-8")  # without its schema line
    elsewhere = tmp_path / "elsewhere.yml"
    elsewhere.write_bytes((REPO / "tests" / "banks" / "mini.yml").read_bytes())
    assert "$schema=../../questionbank/schema.json" in elsewhere.read_text("utf-8")
    create_site(tmp_path / "site", banks=["madurez-cx", str(plain), str(elsewhere)])
    for bank in (tmp_path / "site" / "questionbank").glob("*.yml"):
        lines = bank.read_text("utf-8").splitlines()
        assert lines[0] == "# yaml-language-server: $schema=schema.json", bank
        assert not any("yaml-language-server" in line for line in lines[1:]), bank
    mini = (tmp_path / "site" / "questionbank" / "mini.yml").read_text("utf-8").splitlines()
    assert mini[1:] == elsewhere.read_text("utf-8").splitlines()[1:]
