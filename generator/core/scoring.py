"""Scoring: a bank and a response in, a Report out.

The browser (through Pyodide) and the CLI call this same function, so both always agree.
Ratings, stages and gaps are decided on the score rounded to one decimal, the number a
reader sees; the Report keeps the unrounded scores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from selfassess.core.model import NOT_APPLICABLE, Bank, Question, Section
from selfassess.core.responses import Response
from selfassess.core.results import (
    ActionItem,
    Answer,
    Gap,
    QuestionResult,
    Report,
    SectionResult,
)


def answer_value(question: Question, answer: Answer) -> float | None:
    """The answer's value in [0, 1]; None for no answer, "na", or an answer that does not fit."""
    if answer is None or answer == NOT_APPLICABLE:
        return None
    if question.is_multiple:
        if not isinstance(answer, list):
            return None
        checked = set(answer)
        if not checked.issubset(question.options_by_id):
            return None
        total = sum(o.value for o in question.options)
        if total <= 0:
            return None
        return sum(o.value for o in question.options if o.id in checked) / total
    if not isinstance(answer, str):
        return None
    option = question.option(answer)
    return None if option is None else option.value


def section_targets(
    bank: Bank, response: Response, targets: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Each section's target: the bank's, overridden by the response's, overridden by `targets`."""
    overrides = {**response.targets, **(targets or {})}
    return {s.id: float(overrides.get(s.id, s.target)) for s in bank.sections}


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    """Σw·x / Σw over (weight, x) pairs; None when there are none or the weights sum to 0."""
    total_weight = sum(w for w, _ in pairs)
    if total_weight <= 0:
        return None
    return sum(w * x for w, x in pairs) / total_weight


@dataclass(frozen=True)
class Scores:
    """A response's numbers without the report around them: what aggregation needs, fast."""

    values: tuple[float | None, ...]
    """Each question's value in [0, 1], in the bank's order; None when not scored."""
    sections: tuple[float | None, ...]
    """Each section's score (0–100), in the bank's order; None when none is answered."""
    overall: float | None
    answered: int
    unknown: int
    total: int

    @property
    def completeness(self) -> float:
        return 100 * (self.answered + self.unknown) / self.total if self.total else 0.0


def scores(bank: Bank, response: Response) -> Scores:
    """The values, section scores and overall score of `response`, as `score` reports them."""
    answers = response.answers
    values: list[float | None] = []
    sections: list[float | None] = []
    answered = unknown = 0
    for section in bank.sections:
        pairs = []
        for question in section.questions:
            answer = answers.get(question.id)
            value = answer_value(question, answer)
            values.append(value)
            if value is not None:
                pairs.append((question.weight, 100 * value))
                answered += 1
            elif answer == NOT_APPLICABLE:
                unknown += 1
        sections.append(_weighted_mean(pairs))
    overall = _weighted_mean(
        [(s.weight, x) for s, x in zip(bank.sections, sections, strict=True) if x is not None]
    )
    return Scores(tuple(values), tuple(sections), overall, answered, unknown, len(values))


def _question_result(
    section: Section, question: Question, response: Response, target: float, value: float | None
) -> QuestionResult:
    return QuestionResult(
        id=question.id,
        section=section.id,
        answer=response.answers.get(question.id),
        value=value,
        weight=question.weight,
        note=response.notes.get(question.id, ""),
        falls_short=value is not None and value * 100 < target,
    )


def _is_unknown(result: QuestionResult) -> bool:
    return result.answer == NOT_APPLICABLE


def section_rating_and_gap(
    bank: Bank, score: float | None, target: float
) -> tuple[str | None, float | None]:
    """A section's rating id and gap, from its score as shown (one decimal); None, None unscored."""
    if score is None:
        return None, None
    shown = round(score, 1)
    band = bank.rating_for(shown)
    return (band.id if band else None), max(0.0, target - shown)


def overall_bands(bank: Bank, score: float | None) -> tuple[str | None, str | None]:
    """The rating and stage ids of an overall score as shown (one decimal); None where none."""
    if score is None:
        return None, None
    shown = round(score, 1)
    rating, stage = bank.rating_for(shown), bank.stage_for(shown)
    return (rating.id if rating else None), (stage.id if stage else None)


def _section_result(
    bank: Bank, section: Section, results: list[QuestionResult], target: float, score: float | None
) -> SectionResult:
    rating, gap = section_rating_and_gap(bank, score, target)
    return SectionResult(
        id=section.id,
        score=score,
        rating=rating,
        target=target,
        gap=gap,
        weight=section.weight,
        answered=sum(1 for r in results if r.value is not None),
        unknown=sum(1 for r in results if _is_unknown(r)),
        total=len(results),
    )


def _gap(section: SectionResult, gap: float, results: list[QuestionResult]) -> Gap:
    """The section's gap with the actions of its questions that fall short, worst first."""
    shortfalls = [
        ActionItem(question=r.id, shortfall=r.weight * (section.target / 100 - r.value))
        for r in results
        if r.falls_short and r.value is not None
    ]
    shortfalls.sort(key=lambda item: -item.shortfall)
    return Gap(
        section=section.id,
        gap=gap,
        priority=gap * section.weight,
        actions=tuple(shortfalls),
    )


def score(bank: Bank, response: Response, targets: Mapping[str, float] | None = None) -> Report:
    """Score `response` against `bank`; `targets` (section id → 0–100) override all others."""
    section_target = section_targets(bank, response, targets)
    numbers = scores(bank, response)
    values = iter(numbers.values)
    sections: list[SectionResult] = []
    results_by_section: dict[str, list[QuestionResult]] = {}
    for section, section_score in zip(bank.sections, numbers.sections, strict=True):
        target = section_target[section.id]
        results = [
            _question_result(section, q, response, target, next(values)) for q in section.questions
        ]
        results_by_section[section.id] = results
        sections.append(_section_result(bank, section, results, target, section_score))

    rating, stage = overall_bands(bank, numbers.overall)

    gaps = [_gap(s, s.gap, results_by_section[s.id]) for s in sections if s.gap]
    gaps.sort(key=lambda g: -g.priority)

    return Report(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=response.language,
        respondent_name=response.respondent_name,
        respondent_role=response.respondent_role,
        score=numbers.overall,
        rating=rating,
        stage=stage,
        completeness=numbers.completeness,
        answered=numbers.answered,
        unknown=numbers.unknown,
        total=numbers.total,
        sections=tuple(sections),
        gaps=tuple(gaps),
        questions=tuple(r for results in results_by_section.values() for r in results),
    )
