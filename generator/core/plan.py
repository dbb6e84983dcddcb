"""The gaps and the plan, of one respondent's report and of a team's alike.

Both rank what falls short from the same numbers: each asked question's score on the
0–100 scale (a respondent's value × 100, or a team's mean) and each section's target, gap
and weight (a respondent's section score, or the team's section mean), so a team of one
gets the plan of that respondent's own report.

The plan: one next step for each question that falls short of its section's target. The
step is the action of the option the respondent gave when the bank defines one (for a
checklist: the checked exclusive item's, such as "none of these"), else the question's own
action: the step from where the organization stands. Steps are ordered by level (lower
first) when the bank has levels, then by their section's gap × section weight × group
weight, then by the question's shortfall (weight × (target − score) / 100), highest first;
ties keep the bank's order.

The gaps: the sections whose score falls short of target, by gap × section weight, each
with its questions that fall short, by shortfall (ties in the bank's order).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from selfassess.core.answers import chosen_options
from selfassess.core.model import Bank, Question
from selfassess.core.results import ActionItem, Answer, Gap, PlanStep


class SectionStanding(Protocol):
    """What the ranking reads of a section (a report's SectionResult, a team's SectionStats)."""

    @property
    def id(self) -> str: ...
    @property
    def target(self) -> float: ...
    @property
    def gap(self) -> float | None: ...
    @property
    def weight(self) -> float: ...


def step_option(question: Question, answer: Answer) -> str:
    """The id of the given option whose action is the step; "" for the question's action."""
    for option_id in sorted(chosen_options(question, answer)):
        option = question.options_by_id[option_id]
        if option.action and (not question.is_multiple or option.exclusive):
            return option_id
    return ""


def falls_short(score: float | None, target: float) -> bool:
    """An answered question (or a team's mean) below its section's target (both 0–100)."""
    return score is not None and score < target


def shortfall(weight: float, target: float, score: float) -> float:
    """How much a question holds its section back: weight × (target − score) / 100."""
    return weight * (target - score) / 100


def plan_steps(
    bank: Bank,
    scores: Mapping[str, float | None],
    sections: Sequence[SectionStanding],
    options: Mapping[str, str] | None = None,
) -> tuple[PlanStep, ...]:
    """The plan of the questions' `scores` (0–100, None when not scored) and `sections`;
    `options` (question id → option id, from `step_option`) picks an option's own step."""
    section_of = {s.id: s for s in sections}
    steps = []
    for section, question in bank.questions():
        standing, score = section_of[section.id], scores.get(question.id)
        if score is None or not falls_short(score, standing.target):
            continue
        group = bank.group_of.get(section.id)
        steps.append(
            PlanStep(
                question=question.id,
                section=section.id,
                group=group.id if group else "",
                stream=bank.stream_of.get(question.id, ""),
                level=question.level,
                option=(options or {}).get(question.id, ""),
                shortfall=shortfall(question.weight, standing.target, score),
                priority=(standing.gap or 0.0) * standing.weight * (group.weight if group else 1),
            )
        )
    steps.sort(key=lambda s: (s.level if bank.levels else 0, -s.priority, -s.shortfall))
    return tuple(steps)


def section_gaps(
    bank: Bank, scores: Mapping[str, float | None], sections: Sequence[SectionStanding]
) -> tuple[Gap, ...]:
    """The gaps of the questions' `scores` (0–100) and `sections`, highest priority first."""
    gaps = []
    for section, standing in zip(bank.sections, sections, strict=True):
        if not standing.gap:
            continue
        actions = []
        for question in section.questions:
            score = scores.get(question.id)
            if score is not None and falls_short(score, standing.target):
                actions.append(
                    ActionItem(question.id, shortfall(question.weight, standing.target, score))
                )
        actions.sort(key=lambda item: -item.shortfall)
        gaps.append(
            Gap(
                section=standing.id,
                gap=standing.gap,
                priority=standing.gap * standing.weight,
                actions=tuple(actions),
            )
        )
    gaps.sort(key=lambda g: -g.priority)
    return tuple(gaps)
