"""What scoring produces: plain frozen dataclasses that every report format renders.

Scores are kept unrounded here; renderers round them (one decimal) when they write.
Ratings and gaps are decided on the rounded score, so what a reader sees is consistent.
"""

from __future__ import annotations

from dataclasses import dataclass

Answer = str | list[str] | None
"""An option id, a list of option ids (checklist), "na", or None (not answered)."""


@dataclass(frozen=True)
class QuestionResult:
    id: str
    section: str
    answer: Answer
    value: float | None
    """In [0, 1]; None when unanswered or "don't know / not applicable"."""
    weight: float
    note: str
    falls_short: bool
    """Answered, and its value is below the section's target."""


@dataclass(frozen=True)
class SectionResult:
    id: str
    score: float | None
    """100 × Σw·v / Σw over answered questions; None when none is answered."""
    rating: str | None
    target: float
    gap: float | None
    """max(0, target − rounded score); None when the section has no score."""
    weight: float
    answered: int
    unknown: int
    total: int


@dataclass(frozen=True)
class ActionItem:
    question: str
    shortfall: float
    """weight × (target/100 − value): how much the question holds its section back."""


@dataclass(frozen=True)
class Gap:
    section: str
    gap: float
    priority: float
    """gap × section weight; gaps are listed by it, highest first."""
    actions: tuple[ActionItem, ...]


@dataclass(frozen=True)
class Report:
    bank_id: str
    bank_version: str
    bank_hash: str
    language: str
    respondent_name: str
    respondent_role: str
    score: float | None
    rating: str | None
    stage: str | None
    completeness: float
    """Share of questions given any answer, "na" included, in percent."""
    answered: int
    unknown: int
    total: int
    sections: tuple[SectionResult, ...]
    gaps: tuple[Gap, ...]
    questions: tuple[QuestionResult, ...]
