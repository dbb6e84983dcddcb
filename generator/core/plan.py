"""The plan: one next step for each asked question that falls short of its section's target.

The step is the action of the option the respondent gave when the bank defines one (for a
checklist: the checked exclusive item's, such as "none of these"), else the question's own
action: the step from where the organization stands. Steps are ordered by level (lower
first) when the bank has levels, then by their section's gap × section weight × group
weight, then by the question's shortfall (weight × (target/100 − value)), highest first;
ties keep the bank's order.
"""

from __future__ import annotations

from collections.abc import Sequence

from selfassess.core.answers import chosen_options
from selfassess.core.model import Bank, Question
from selfassess.core.results import Answer, PlanStep, QuestionResult, SectionResult


def step_option(question: Question, answer: Answer) -> str:
    """The id of the given option whose action is the step; "" for the question's action."""
    for option_id in sorted(chosen_options(question, answer)):
        option = question.options_by_id[option_id]
        if option.action and (not question.is_multiple or option.exclusive):
            return option_id
    return ""


def plan_steps(
    bank: Bank, questions: Sequence[QuestionResult], sections: Sequence[SectionResult]
) -> tuple[PlanStep, ...]:
    """The plan of a report's question and section results."""
    section_of = {s.id: s for s in sections}
    group_weight = {g.id: g.weight for g in bank.groups}
    steps = []
    for result in questions:
        if not result.falls_short or result.value is None:
            continue
        section = section_of[result.section]
        question = bank.questions_by_id[result.id]
        steps.append(
            PlanStep(
                question=result.id,
                section=result.section,
                group=result.group,
                stream=result.stream,
                level=result.level,
                option=step_option(question, result.answer),
                shortfall=result.weight * (section.target / 100 - result.value),
                priority=(section.gap or 0.0) * section.weight * group_weight.get(result.group, 1),
            )
        )
    steps.sort(key=lambda s: (s.level if bank.levels else 0, -s.priority, -s.shortfall))
    return tuple(steps)
