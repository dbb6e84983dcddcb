"""What scoring produces: plain frozen dataclasses that every report format renders.

Scores are kept unrounded here; renderers round them (one decimal) when they write.
Ratings and gaps are decided on the rounded score, so what a reader sees is consistent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from selfassess.core.model import DisplayScale, Text

Answer = str | list[str] | Mapping[str, list[str]] | None
"""An option id, a checklist's checked ids (a list, or {"checked": [...], "na": [...]}),
"na", or None (not answered)."""


def displayed(display: DisplayScale | None, score: float | None) -> float | None:
    """A 0–100 score on the bank's display scale (rounded to its decimals); the score itself
    when the bank has none, None for none."""
    if score is None or display is None:
        return score
    return display.shown(score)


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
    not_asked: str = ""
    """"" when asked; else why not ("condition" or "role"): then value is None."""
    stream: str = ""
    group: str = ""
    level: int = 0

    @property
    def score(self) -> float | None:
        """The value on the reports' 0–100 scale, as plans and comparisons read it."""
        return None if self.value is None else 100 * self.value


@dataclass(frozen=True)
class StreamResult:
    id: str
    section: str
    score: float | None
    """100 × Σw·v / Σw over its answered questions; None when none is answered."""
    weight: float
    answered: int
    total: int
    """Questions asked."""


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
    """Questions asked: those not asked are counted in `not_asked` only."""
    streams: tuple[StreamResult, ...] = ()
    group: str = ""
    level: int | None = None
    """The level reached (0 when level 1 is not met); None without levels or leveled questions."""
    not_asked: int = 0
    not_asked_by_reason: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupResult:
    id: str
    score: float | None
    """The weighted mean of its scored sections; None when none is scored."""
    weight: float
    sections: tuple[str, ...]
    level: int | None
    """The lowest level its sections reached; None when none has one."""


@dataclass(frozen=True)
class NextStage:
    """What the stage above the one reached still lacks."""

    id: str
    missing: tuple[Text, ...]
    """The labels of its rules that do not hold, in the bank's order."""
    below_floor: bool
    """The overall score (one decimal) is below its minimum."""


@dataclass(frozen=True)
class PlanStep:
    question: str
    section: str
    group: str
    stream: str
    level: int
    """The question's level: the phase of the plan (0 when the bank has no levels)."""
    option: str
    """The option whose action is the step; "" for the question's own action."""
    shortfall: float
    """weight × (target/100 − value)."""
    priority: float
    """The section's gap × section weight × group weight."""


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
    """Share of the questions asked given any answer, "na" included, in percent."""
    answered: int
    unknown: int
    total: int
    sections: tuple[SectionResult, ...]
    gaps: tuple[Gap, ...]
    questions: tuple[QuestionResult, ...]
    groups: tuple[GroupResult, ...] = ()
    level: int | None = None
    """The lowest level the sections reached; None when none has one."""
    not_asked: int = 0
    not_asked_by_reason: Mapping[str, int] = field(default_factory=dict)
    next_stage: NextStage | None = None
    plan: tuple[PlanStep, ...] = ()
    display: DisplayScale | None = None
    """The scale the bank shows scores on (see `displayed`); None for 0–100 only."""
