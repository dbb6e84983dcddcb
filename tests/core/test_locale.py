"""The catalogues: every key in every language, the same placeholders, plurals and numbers."""

from __future__ import annotations

import json
import string
from typing import Any

import pytest

from selfassess.core.locale import FALLBACK_LANGUAGE, LANGUAGES, LOCALES, locale

CATALOGUES = {path.stem: json.loads(path.read_text("utf-8")) for path in LOCALES.glob("*.json")}


def _placeholders(entry: Any) -> dict[str, set[str]]:
    forms = {"": entry} if isinstance(entry, str) else entry
    return {
        form: {name for _, name, _, _ in string.Formatter().parse(text) if name}
        for form, text in forms.items()
    }


def test_the_languages_are_the_catalogues_present_the_fallback_first() -> None:
    assert set(LANGUAGES) == set(CATALOGUES) >= {"es", "en"}
    assert LANGUAGES[0] == FALLBACK_LANGUAGE


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_key_is_in_every_language(language: str) -> None:
    assert CATALOGUES[language]["texts"].keys() == CATALOGUES[FALLBACK_LANGUAGE]["texts"].keys()
    for part in ("rules", "pages"):
        assert CATALOGUES[language][part].keys() == CATALOGUES[FALLBACK_LANGUAGE][part].keys()


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_text_has_the_same_placeholders_and_plural_forms_in_each_language(
    language: str,
) -> None:
    fallback = CATALOGUES[FALLBACK_LANGUAGE]["texts"]
    for key, entry in CATALOGUES[language]["texts"].items():
        assert _placeholders(entry) == _placeholders(fallback[key]), key
        if not isinstance(entry, str):
            assert entry.keys() == {"one", "other"}, key


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_text_fills_in_with_its_placeholders(language: str) -> None:
    for key, entry in CATALOGUES[language]["texts"].items():
        names = set().union(*_placeholders(entry).values())
        for count in (1, 2):
            filled = locale(language).text(key, **dict.fromkeys(names, "x") | {"count": count})
            assert "{" not in filled and "}" not in filled, key


def test_a_plural_text_takes_the_form_of_its_count() -> None:
    spread = {"min": "1.0", "max": "2.0", "spread": "0.5"}
    assert locale("es").text("report.team_range", count=1, **spread).endswith(" 1 persona")
    assert locale("es").text("report.team_range", count=2, **spread).endswith(" 2 personas")
    assert locale("en").text("report.team_range", count=1, **spread).endswith(" 1 respondent")
    assert locale("en").text("report.team_range", count=0, **spread).endswith(" 0 respondents")
    assert locale("en").text("metric.more_problems", count=1) == "… and 1 more malformed row"


@pytest.mark.parametrize(
    ("language", "value", "decimals", "written"),
    [
        ("es", 1234567.891, 2, "1\u202f234\u202f567,89"),
        ("es", 1234.5, 2, "1234,5"),
        ("es", 12345, 0, "12\u202f345"),
        ("es", -0.001, 2, "0"),
        ("en", 1234567.891, 2, "1,234,567.89"),
        ("en", 1234.5, 2, "1,234.5"),
        ("en", 2.50, 2, "2.5"),
        ("en", 7.449, 1, "7.4"),
    ],
)
def test_numbers_are_written_by_the_rule_of_each_language(
    language: str, value: float, decimals: int, written: str
) -> None:
    assert locale(language).number(value, decimals) == written


def test_a_language_without_a_catalogue_speaks_the_fallback() -> None:
    assert locale("xx").language == FALLBACK_LANGUAGE
    assert locale("xx").text("report.bank") == locale(FALLBACK_LANGUAGE).text("report.bank")
    assert locale("xx").number(1234.5) == "1,234.5"


def test_the_browser_receives_only_its_own_texts() -> None:
    shipped = locale("es").texts("browser.")
    assert shipped["computing"] == "Calculando…"
    assert "calc_intro" not in shipped and len(shipped) < 40
