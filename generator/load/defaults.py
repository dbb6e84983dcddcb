"""What a bank gets when it leaves something out: one place for every default."""

from __future__ import annotations

from typing import Any

SUPPORTED_LANGUAGES = ("es", "en")
DEFAULT_TARGET = 75.0
DEFAULT_WEIGHT = 1.0
QUESTIONS_PER_MINUTE = 3
"""Used to estimate `minutes` when a bank gives none: a third of a minute per question."""

MAX_FILE_BYTES = 2 * 1024 * 1024

DEFAULT_RATINGS: tuple[dict[str, Any], ...] = (
    {"id": "excelente", "min": 75.0, "max": 100.0,
     "label": {"es": "Excelente", "en": "Excellent"}},
    {"id": "margen-de-mejora", "min": 50.0, "max": 75.0,
     "label": {"es": "Margen de mejora", "en": "Room for improvement"}},
    {"id": "accion-inmediata", "min": 0.0, "max": 50.0,
     "label": {"es": "Necesita acción inmediata", "en": "Needs immediate action"}},
)

SCALE_VALUES = (0.0, 0.25, 0.5, 0.75, 1.0)
SCALE_OPTION_IDS = ("1", "2", "3", "4", "5")
GENERIC_SCALE_LABELS: dict[str, tuple[str, ...]] = {
    "es": ("Nada", "Poco", "A medias", "Bastante", "Del todo"),
    "en": ("Not at all", "A little", "Halfway", "Largely", "Fully"),
}

YESNO_OPTIONS: tuple[tuple[str, float, dict[str, str]], ...] = (
    ("yes", 1.0, {"es": "Sí", "en": "Yes"}),
    ("partial", 0.5, {"es": "En parte", "en": "Partly"}),
    ("no", 0.0, {"es": "No", "en": "No"}),
)


def default_ratings(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """The three default rating bands, with labels in the bank's languages only."""
    return [
        {
            "id": band["id"],
            "min": band["min"],
            "max": band["max"],
            "label": {lang: band["label"][lang] for lang in languages},
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
    return {lang: list(GENERIC_SCALE_LABELS[lang]) for lang in languages}


def yesno_options(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """The three options of a yes / partly / no question."""
    return [
        {"id": option_id, "label": {lang: label[lang] for lang in languages}, "value": value}
        for option_id, value, label in YESNO_OPTIONS
    ]
