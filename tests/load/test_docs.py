"""The bank format pages (en, es) stay in step with what the loader accepts."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest

from selfassess.load import load_bank
from selfassess.load.bank import BANK_KEYS
from selfassess.load.conditions import CONDITION_KEYS
from selfassess.load.display import DISPLAY_KEYS
from selfassess.load.options import OPTION_KEYS
from selfassess.load.sections import QUESTION_KEYS, SECTION_KEYS
from selfassess.load.structure import GROUP_KEYS, RULE_KEYS, STREAM_KEYS
from tests.load.test_schema import SCHEMA, read_as_editor

REPO = Path(__file__).resolve().parents[2]
PAGES = {"en": REPO / "docs" / "en" / "bank-format.md",
         "es": REPO / "docs" / "es" / "formato-de-bancos.md"}
EXAMPLE_HEADINGS = {"en": "## A complete example", "es": "## Un ejemplo completo"}
MODEL2_EXAMPLE = REPO / "tests" / "banks" / "example-model2.yml"
PAGE_TABLES = (BANK_KEYS, SECTION_KEYS, QUESTION_KEYS, GROUP_KEYS, STREAM_KEYS, OPTION_KEYS,
               DISPLAY_KEYS, CONDITION_KEYS, RULE_KEYS)


def _example(language: str) -> str:
    page = PAGES[language].read_text(encoding="utf-8")
    after = page[page.index(EXAMPLE_HEADINGS[language]):]
    return re.search(r"```yaml\n(.*?)```", after, re.DOTALL).group(1)


def _table_keys(language: str) -> list[list[str]]:
    """The keys named in the first column of each table of the page, table by table."""
    tables: list[list[str]] = []
    for line in PAGES[language].read_text(encoding="utf-8").splitlines():
        if line.startswith("| ---"):
            tables.append([])
        elif match := re.match(r"\| `(\w+)` \|", line):
            tables[-1].append(match.group(1))
    return tables


@pytest.mark.parametrize("language", ["en", "es"])
def test_complete_example_loads(language: str, tmp_path: Path) -> None:
    bank_file = tmp_path / "example.yml"
    bank_file.write_text(_example(language), encoding="utf-8")
    bank = load_bank(bank_file)
    jsonschema.validate(read_as_editor(bank_file), SCHEMA)
    assert {q["type"] for s in bank["sections"] for q in s["questions"]} == {
        "scale", "yesno", "choice", "checklist"}


def test_both_pages_show_the_same_example() -> None:
    assert _example("en") == _example("es")


@pytest.mark.parametrize("language", ["en", "es"])
def test_key_tables_list_exactly_the_accepted_keys(language: str) -> None:
    assert _table_keys(language) == [[k.name for k in keys] for keys in PAGE_TABLES]


@pytest.mark.parametrize("language", ["en", "es"])
def test_page_shows_the_model2_example_file_verbatim(language: str) -> None:
    page = PAGES[language].read_text(encoding="utf-8")
    shown = re.search(r"<!-- example-model2 -->\n```yaml\n(.*?)```\n<!-- /example-model2 -->",
                      page, re.DOTALL)
    assert shown is not None
    assert shown.group(1) == MODEL2_EXAMPLE.read_text(encoding="utf-8")
