"""The report's own words: a façade over `selfassess.core.locale` (how reports write their
numbers is `selfassess.core.render.numbers`).

Texts of the bank itself (titles, questions, actions, band labels) come from the bank
through `selfassess.core.model.localize`; the report's words are the catalogue's "report.*"
texts, named here without the prefix, so that every renderer says the same thing the same way.
"""

from __future__ import annotations

from selfassess.core.locale import FALLBACK_LANGUAGE, locale

__all__ = ["FALLBACK_LANGUAGE", "format_count", "json_error", "text"]

def json_error(language: str, message: str) -> str:
    """The json module's `message` in `language`, as it is when the catalogue has none."""
    translated = locale(language).find(f"error.json.{message}")
    return translated if isinstance(translated, str) else message


def text(language: str, key: str, **values: object) -> str:
    """The report text `key` in `language` (see `Locale.text` for the fallback), filled in."""
    return locale(language).text(f"report.{key}", **values)


def format_count(language: str, value: int) -> str:
    """A whole number grouped by thousands as the language does: "10 000", "10,000"."""
    return locale(language).number(value, 0)
