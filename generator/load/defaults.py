"""What a bank gets when it leaves something out: one place for every default."""

from __future__ import annotations

from typing import Any

from selfassess.core.locale import LANGUAGES, locale

SUPPORTED_LANGUAGES = LANGUAGES
"""A bank may be written in the languages with a catalogue (selfassess.core.locale)."""
DEFAULT_TARGET = 75.0
DEFAULT_WEIGHT = 1.0
QUESTIONS_PER_MINUTE = 3
"""Used to estimate `minutes` when a bank gives none: a third of a minute per question."""

MAX_FILE_BYTES = 2 * 1024 * 1024

DEFAULT_RATINGS: tuple[dict[str, Any], ...] = (
    {"id": "excelente", "min": 75.0, "max": 100.0},
    {"id": "margen-de-mejora", "min": 50.0, "max": 75.0},
    {"id": "accion-inmediata", "min": 0.0, "max": 50.0},
)
"""The default rating bands; their labels are the catalogue's "bank.rating.<id>" texts."""

SCALE_VALUES = (0.0, 0.25, 0.5, 0.75, 1.0)
SCALE_OPTION_IDS = ("1", "2", "3", "4", "5")
YESNO_OPTIONS: tuple[tuple[str, float], ...] = (("yes", 1.0), ("partial", 0.5), ("no", 0.0))
"""The options of a yes / partly / no question; their labels are the catalogue's
"bank.yesno.<id>" texts, and a generic scale's are its "bank.scale.<id>" texts."""


def _labels(key: str, languages: tuple[str, ...]) -> dict[str, str]:
    """The catalogue text `key` in each of a bank's languages."""
    return {lang: locale(lang).text(key) for lang in languages}


def default_ratings(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """The three default rating bands, with labels in the bank's languages only."""
    return [
        {
            "id": band["id"],
            "min": band["min"],
            "max": band["max"],
            "label": _labels(f"bank.rating.{band['id']}", languages),
            "description": {},
        }
        for band in DEFAULT_RATINGS
    ]


def scale_options(labels: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The five options of a scale question, labelled with `labels` (five per language)."""
    return [
        {"id": option_id, "label": {lang: texts[i] for lang, texts in labels.items()},
         "value": value}
        for i, (option_id, value) in enumerate(zip(SCALE_OPTION_IDS, SCALE_VALUES, strict=True))
    ]


def generic_scale_labels(languages: tuple[str, ...]) -> dict[str, list[str]]:
    return {
        lang: [locale(lang).text(f"bank.scale.{option_id}") for option_id in SCALE_OPTION_IDS]
        for lang in languages
    }


def yesno_options(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """The three options of a yes / partly / no question."""
    return [
        {"id": option_id, "label": _labels(f"bank.yesno.{option_id}", languages), "value": value}
        for option_id, value in YESNO_OPTIONS
    ]
