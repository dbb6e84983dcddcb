"""Scoring: a bank and a response in, a Report out.

The browser (through Pyodide) and the CLI call this same function, so both always agree.
Ratings, stages and gaps are decided on the score rounded to one decimal, the number a
reader sees; the Report keeps the unrounded scores.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from selfassess.core.answers import answer_value
from selfassess.core.asking import ASKED, NOT_ASKED_REASONS
from selfassess.core.levels import level_reached, lowest_level
from selfassess.core.model import NOT_APPLICABLE, Bank, Question, Section
from selfassess.core.plan import falls_short, plan_steps, section_gaps, step_option
from selfassess.core.responses import Response
from selfassess.core.results import (
    GroupResult,
    QuestionResult,
    Report,
    SectionResult,
    StreamResult,
)
from selfassess.core.rollup import Scorer, Scores, scores
from selfassess.core.stages import stage_reached

__all__ = ["Scores", "answer_value", "score", "scores", "section_targets"]


def section_targets(
    bank: Bank, response: Response, targets: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Each section's target: the bank's, overridden by the response's, overridden by `targets`."""
    overrides = {**response.targets, **(targets or {})}
    return {s.id: float(overrides.get(s.id, s.target)) for s in bank.sections}


def section_rating_and_gap(
    bank: Bank, score: float | None, target: float
) -> tuple[str | None, float | None]:
    """A section's rating id and gap, from its score as shown (one decimal); None, None unscored."""
    if score is None:
        return None, None
    shown = round(score, 1)
    band = bank.rating_for(shown)
    return (band.id if band else None), max(0.0, target - shown)


def overall_rating(bank: Bank, score: float | None) -> str | None:
    """The rating id of an overall score as shown (one decimal); None where none."""
    band = None if score is None else bank.rating_for(round(score, 1))
    return band.id if band else None


def reason_counts(reasons: list[str]) -> dict[str, int]:
    """How many questions were not asked, by reason, in the reports' order of reasons."""
    counts = Counter(reasons)
    return {r: counts[r] for r in NOT_ASKED_REASONS if counts[r]}


def _question_result(
    section: Section,
    question: Question,
    response: Response,
    target: float,
    value: float | None,
    placement: tuple[str, str, str],
) -> QuestionResult:
    reason, stream, group = placement
    return QuestionResult(
        id=question.id,
        section=section.id,
        answer=response.answers.get(question.id),
        value=value,
        weight=question.weight,
        note=response.notes.get(question.id, ""),
        falls_short=falls_short(None if value is None else value * 100, target),
        not_asked=reason,
        stream=stream,
        group=group,
        level=question.level,
    )


def _stream_results(
    section: Section, results: list[QuestionResult], stream_scores: list[float | None]
) -> tuple[StreamResult, ...]:
    by_id = {r.id: r for r in results}
    streams = []
    for stream, stream_score in zip(section.streams, stream_scores, strict=True):
        own = [by_id[q] for q in stream.questions]
        streams.append(
            StreamResult(
                id=stream.id,
                section=section.id,
                score=stream_score,
                weight=stream.weight,
                answered=sum(1 for r in own if r.value is not None),
                total=sum(1 for r in own if r.not_asked == ASKED),
            )
        )
    return tuple(streams)


def _section_result(
    bank: Bank,
    section: Section,
    results: list[QuestionResult],
    target: float,
    score: float | None,
    streams: tuple[StreamResult, ...],
) -> SectionResult:
    rating, gap = section_rating_and_gap(bank, score, target)
    asked = [r for r in results if r.not_asked == ASKED]
    questions = bank.questions_by_id
    return SectionResult(
        id=section.id,
        score=score,
        rating=rating,
        target=target,
        gap=gap,
        weight=section.weight,
        answered=sum(1 for r in asked if r.value is not None),
        unknown=sum(1 for r in asked if r.answer == NOT_APPLICABLE),
        total=len(asked),
        streams=streams,
        group=results[0].group if results else "",
        level=level_reached(bank, ((questions[r.id], r.value) for r in asked)),
        not_asked=len(results) - len(asked),
        not_asked_by_reason=reason_counts([r.not_asked for r in results]),
    )


def _group_results(
    bank: Bank, numbers: Scores, sections: list[SectionResult]
) -> tuple[GroupResult, ...]:
    level = {s.id: s.level for s in sections}
    return tuple(
        GroupResult(
            id=group.id,
            score=group_score,
            weight=group.weight,
            sections=group.sections,
            level=lowest_level(level[sid] for sid in group.sections),
        )
        for group, group_score in zip(bank.groups, numbers.groups, strict=True)
    )


def score(bank: Bank, response: Response, targets: Mapping[str, float] | None = None) -> Report:
    """Score `response` against `bank`; `targets` (section id → 0–100) override all others."""
    section_target = section_targets(bank, response, targets)
    scorer = Scorer(bank)
    asking = scorer.asking(response.answers, response.respondent_role)
    numbers = scorer.scores(response.answers, response.respondent_role, asking)
    values, reasons, streams = iter(numbers.values), iter(numbers.not_asked), iter(numbers.streams)
    sections: list[SectionResult] = []
    results_by_section: dict[str, list[QuestionResult]] = {}
    for section, section_score in zip(bank.sections, numbers.sections, strict=True):
        target = section_target[section.id]
        group = bank.group_of[section.id].id if section.id in bank.group_of else ""
        results = [
            _question_result(section, q, response, target, next(values),
                             (next(reasons), bank.stream_of.get(q.id, ""), group))
            for q in section.questions
        ]  # fmt: skip
        results_by_section[section.id] = results
        stream_results = _stream_results(section, results, [next(streams) for _ in section.streams])
        sections.append(
            _section_result(bank, section, results, target, section_score, stream_results)
        )

    section_scores = {s.id: s.score for s in sections}
    stage, next_stage = stage_reached(bank, numbers.overall, section_scores, asking.holds)
    groups = _group_results(bank, numbers, sections)

    questions = tuple(r for results in results_by_section.values() for r in results)
    question_scores = {r.id: r.score for r in questions}
    options = {r.id: step_option(bank.questions_by_id[r.id], r.answer) for r in questions
               if r.falls_short}  # fmt: skip

    return Report(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=response.language,
        respondent_name=response.respondent_name,
        respondent_role=response.respondent_role,
        score=numbers.overall,
        rating=overall_rating(bank, numbers.overall),
        stage=stage,
        completeness=numbers.completeness,
        answered=numbers.answered,
        unknown=numbers.unknown,
        total=numbers.total,
        sections=tuple(sections),
        gaps=section_gaps(bank, question_scores, sections),
        questions=questions,
        groups=groups,
        level=lowest_level(s.level for s in sections),
        not_asked=len(questions) - numbers.total,
        not_asked_by_reason=reason_counts(list(numbers.not_asked)),
        next_stage=next_stage,
        plan=plan_steps(bank, question_scores, sections, options),
        display=bank.display,
    )
