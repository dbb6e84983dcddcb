"""Stages with rules: a stage holds when the overall score reaches its minimum and its rules
hold (answers to named questions, minimum section scores).

Stages are steps, read from the lowest minimum up: a stage holds only when every stage below
it holds too, so "no budget, no team" keeps an organization below the stage that asks for
them whatever its score. A higher score never disqualifies a lower stage (its range's
maximum is where the next stage starts, not a ceiling). The stage is the highest that
holds; the next stage is the first that does not, with the rules it still lacks. Scores are
decided as shown: rounded to one decimal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from selfassess.core.model import Band, Bank, Condition, StageRule
from selfassess.core.results import NextStage

ConditionTest = Callable[[Condition], bool]


def rule_holds(
    rule: StageRule, sections: Mapping[str, float | None], holds: ConditionTest
) -> bool:
    """Whether a stage rule holds on these section scores and answers."""
    if rule.section:
        section_score = sections.get(rule.section)
        if section_score is None or round(section_score, 1) < rule.min_score:
            return False
    return rule.when is None or holds(rule.when)


def _missing(
    stage: Band, sections: Mapping[str, float | None], holds: ConditionTest
) -> tuple[StageRule, ...]:
    return tuple(r for r in stage.requires if not rule_holds(r, sections, holds))


def stage_reached(
    bank: Bank,
    overall: float | None,
    sections: Mapping[str, float | None],
    holds: ConditionTest,
) -> tuple[str | None, NextStage | None]:
    """The id of the stage reached and what the next one lacks; None, None without a score."""
    if overall is None or not bank.stages:
        return None, None
    shown = round(overall, 1)
    reached: str | None = None
    for stage in sorted(bank.stages, key=lambda b: b.min):
        missing = _missing(stage, sections, holds)
        if shown < stage.min or missing:
            labels = tuple(r.label for r in missing)
            return reached, NextStage(id=stage.id, missing=labels, below_floor=shown < stage.min)
        reached = stage.id
    return reached, None
