"""The report's own words and how its numbers are written: a façade over `selfassess.core.locale`.

Texts of the bank itself (titles, questions, actions, band labels) come from the bank
through `selfassess.core.model.localize`; the report's words are the catalogue's "report.*"
texts, named here without the prefix, so that every renderer says the same thing the same way.
"""

from __future__ import annotations

from selfassess.core.locale import FALLBACK_LANGUAGE, locale

__all__ = [
    "DASH",
    "FALLBACK_LANGUAGE",
    "format_count",
    "format_delta",
    "format_percent",
    "format_score",
    "json_error",
    "round_score",
    "text",
]

DASH = "—"
"""Written where there is no number: a section nobody answered has no score."""


def json_error(language: str, message: str) -> str:
    """The json module's `message` in `language`, as it is when the catalogue has none."""
    translated = locale(language).find(f"error.json.{message}")
    return translated if isinstance(translated, str) else message


def text(language: str, key: str, **values: object) -> str:
    """The report text `key` in `language` (see `Locale.text` for the fallback), filled in."""
    return locale(language).text(f"report.{key}", **values)


def round_score(value: float | None) -> float | None:
    """A score, gap or percentage as every report writes it: one decimal, None kept."""
    return None if value is None else round(value, 1)


def format_score(value: float | None, missing: str = DASH) -> str:
    """A score as text, "72.5"; `missing` (a dash) when there is none."""
    rounded = round_score(value)
    return missing if rounded is None else f"{rounded:.1f}"


def format_percent(language: str, value: float | None) -> str:
    """A percentage as the language writes it: "90.0 %" in Spanish, "90.0%" in English."""
    if value is None:
        return DASH
    return locale(language).percent(format_score(value))


def format_count(language: str, value: int) -> str:
    """A whole number grouped by thousands as the language does: "10 000", "10,000"."""
    return locale(language).number(value, 0)


def format_delta(value: float | None, missing: str = DASH) -> str:
    """A change of score with its sign, "+4.5" or "-2.0"; `missing` (a dash) when there is none."""
    rounded = round_score(value)
    if rounded is None:
        return missing
    return f"{rounded:+.1f}" if rounded else "0.0"
