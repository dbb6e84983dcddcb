"""Properties of model 2's scoring over random banks that use groups, streams, answer sets,
levels, conditions, audiences, stage rules and checklists with n/a and exclusive items."""

from __future__ import annotations

import json
import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.asking import ASKED
from selfassess.core.model import Bank
from selfassess.core.responses import response_to_json
from selfassess.core.results import Answer, Report
from selfassess.core.scoring import score, scores
from tests.core.strategies import answered, model2_answer_choices, model2_banks_with_answers

Case = tuple[Bank, dict[str, Answer], str]


def _report(bank: Bank, answers: dict[str, Answer], role: str) -> Report:
    return score(bank, answered(bank, answers, respondent_role=role))


def _without_answers(report: Report) -> Report:
    """The report with what the respondent typed left out: only what scoring decided."""
    return replace(report, questions=tuple(replace(q, answer=None) for q in report.questions))


def _not_asked(report: Report) -> list[str]:
    return [q.id for q in report.questions if q.not_asked != ASKED]


def _within(value: float | None, parts: list[tuple[float, float | None]]) -> bool:
    """Whether `value` lies between the parts that count (known, of positive weight)."""
    known = [p for w, p in parts if p is not None and w > 0]
    if value is None:
        return not known
    return min(known) - 1e-9 <= value <= max(known) + 1e-9


@settings(max_examples=150, deadline=None)
@given(model2_banks_with_answers(), st.data())
def test_answers_to_questions_not_asked_change_nothing(case: Case, data) -> None:
    bank, answers, role = case
    before = _report(bank, answers, role)
    skipped = _not_asked(before)
    choices = model2_answer_choices(bank)
    other = {qid: data.draw(choices[qid]) for qid in skipped}
    dropped = {qid: None for qid in skipped}
    for changed in ({**answers, **other}, {**answers, **dropped}):
        after = _report(bank, changed, role)
        assert _without_answers(after) == _without_answers(before)


@settings(max_examples=150, deadline=None)
@given(model2_banks_with_answers())
def test_every_level_lies_between_its_parts(case: Case) -> None:
    bank, answers, role = case
    report = _report(bank, answers, role)
    for section in report.sections:
        assert section.score is None or -1e-9 <= section.score <= 100 + 1e-9
        if section.streams:
            assert _within(section.score, [(s.weight, s.score) for s in section.streams])
    by_id = {s.id: (s.weight, s.score) for s in report.sections}
    for group in report.groups:
        assert _within(group.score, [by_id[sid] for sid in group.sections])
    parts = [(g.weight, g.score) for g in report.groups] if report.groups else list(by_id.values())
    assert _within(report.score, parts)
    asked = sum(1 for q in report.questions if q.not_asked == ASKED)
    assert report.total == asked
    assert report.not_asked == len(report.questions) - asked
    assert sum(report.not_asked_by_reason.values()) == report.not_asked


@settings(max_examples=150, deadline=None)
@given(model2_banks_with_answers())
def test_the_plan_holds_every_short_question_lower_levels_first(case: Case) -> None:
    bank, answers, role = case
    report = _report(bank, answers, role)
    short = {q.id for q in report.questions if q.falls_short}
    assert {s.question for s in report.plan} == short
    assert len(report.plan) == len(short)
    levels = [s.level for s in report.plan]
    assert levels == sorted(levels)
    for step in report.plan:
        question = bank.question(step.question)
        assert question is not None
        assert step.option == "" or question.option(step.option).action


@settings(max_examples=150, deadline=None)
@given(model2_banks_with_answers())
def test_a_stage_reached_holds_and_the_next_one_does_not(case: Case) -> None:
    bank, answers, role = case
    report = _report(bank, answers, role)
    order = [s.id for s in sorted(bank.stages, key=lambda b: b.min)]
    if report.score is None:
        assert (report.stage, report.next_stage) == (None, None)
        return
    reached = order.index(report.stage) + 1 if report.stage else 0
    if report.next_stage is None:
        assert reached == len(order)
    else:
        assert order.index(report.next_stage.id) == reached
        assert report.next_stage.missing or report.next_stage.below_floor


@settings(max_examples=80, deadline=None)
@given(model2_banks_with_answers())
def test_one_respondent_aggregates_to_their_own_scores(case: Case) -> None:
    bank, answers, role = case
    response = answered(bank, answers, respondent_role=role)
    readings, rejected = read_files(bank, [("one.json", json.dumps(response_to_json(response)))])
    assert not rejected and len(readings) == 1
    own = scores(bank, readings[0].response)
    team = aggregate(bank, readings)

    def same(stats, value, scale=1.0) -> bool:
        if value is None:
            return stats.count == 0 and stats.mean is None
        return stats.count == 1 and math.isclose(stats.mean, scale * value) and stats.spread == 0

    assert same(team.overall, own.overall)
    assert all(same(s.stats, v) for s, v in zip(team.sections, own.sections, strict=True))
    assert all(same(s.stats, v) for s, v in zip(team.streams, own.streams, strict=True))
    assert all(same(g.stats, v) for g, v in zip(team.groups, own.groups, strict=True))
    assert all(same(q.stats, v, 100) for q, v in zip(team.questions, own.values, strict=True))
    assert [q.not_asked for q in team.questions] == [int(r != ASKED) for r in own.not_asked]
