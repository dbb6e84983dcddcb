"""A team of one plans as its respondent's own report: the same steps (questions, sections,
phases) in the same order, and the same gaps, whatever the answers, on the default banks
(programa-cx with levels and conditions, bloques-cx without structure), the example model 2
bank and random model 2 banks. Both come from one ranking (core/plan.py)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.model import NOT_APPLICABLE, Bank, bank_from_json
from selfassess.core.render import render_report, render_team_report
from selfassess.core.render.view_report import report_view
from selfassess.core.render.view_team import team_view
from selfassess.core.responses import response_to_json
from selfassess.core.results import Answer
from selfassess.core.scoring import score
from selfassess.load import load_bank
from tests.core.strategies import answered, model2_banks_with_answers

ROOT = Path(__file__).parents[2]
BANKS = {
    "example-model2": ROOT / "tests" / "banks" / "example-model2.yml",
    "programa-cx": ROOT / "questionbank" / "programa-cx.yml",
    "bloques-cx": ROOT / "questionbank" / "bloques-cx.yml",
}
COMBINATIONS = 150
"""Seeded random answer sets per bank."""


def _bank(name: str) -> Bank:
    return bank_from_json(load_bank(BANKS[name]))


def _random_answers(bank: Bank, rng: random.Random) -> dict[str, Answer]:
    """Any answer a question accepts: none, "don't know", an option, a set of items; mostly
    given, so that conditions open and sections get scores."""
    answers: dict[str, Answer] = {}
    for _, question in bank.questions():
        ids = [o.id for o in question.options]
        pick = rng.random()
        if pick < 0.08:
            continue
        if pick < 0.16:
            answers[question.id] = NOT_APPLICABLE
        elif question.is_multiple:
            answers[question.id] = rng.sample(ids, rng.randint(0, len(ids)))
        else:
            answers[question.id] = rng.choice(ids)
    return answers


def _same_plan(bank: Bank, answers: dict[str, Answer], role: str) -> None:
    """The team of this one respondent has the plan and gaps of their own report."""
    response = answered(bank, answers, bank.languages[0], respondent_role=role)
    files = [("one.json", json.dumps(response_to_json(response)))]
    readings, rejected = read_files(bank, files)
    assert not rejected
    own = score(bank, readings[0].response)
    team = aggregate(bank, readings, rejected)
    steps = [(p.question, p.section, p.group, p.stream, p.level) for p in own.plan]
    assert [(p.question, p.section, p.group, p.stream, p.level) for p in team.plan] == steps
    assert [(g.section, [a.question for a in g.actions]) for g in team.gaps] == [
        (g.section, [a.question for a in g.actions]) for g in own.gaps
    ]
    # What the reports show: the plan's order (and phase) of the view every format reads.
    assert team_view(team, bank).plan_order == report_view(own, bank).plan_order


@pytest.mark.parametrize("name", sorted(BANKS))
def test_a_team_of_one_plans_as_its_respondents_own_report(name: str) -> None:
    bank = _bank(name)
    roles = ["", *(r.id for r in bank.roles)]
    rng = random.Random(name)
    planned = 0
    for _ in range(COMBINATIONS):
        answers = _random_answers(bank, rng)
        _same_plan(bank, answers, rng.choice(roles))
        planned += bool(answers)
    assert planned > COMBINATIONS // 2


@settings(max_examples=80, deadline=None)
@given(model2_banks_with_answers())
def test_a_team_of_one_plans_as_its_respondents_own_report_on_any_model2_bank(drawn) -> None:
    bank, answers, role = drawn
    _same_plan(bank, answers, role)


def test_the_example_that_used_to_differ_plans_the_same() -> None:
    # The team plan left out the group weight and the questions of sections on target.
    bank = _bank("example-model2")
    answers = {"responsable": "partial", "presupuesto": "1", "encuestas": "a-veces",
               "canales": ["web"], "revision": "a-veces", "plazo": "1"}  # fmt: skip
    response = answered(bank, answers, "en", respondent_role="direccion")
    readings, rejected = read_files(bank, [("a.json", json.dumps(response_to_json(response)))])
    order = ["plazo", "encuestas", "responsable", "canales", "presupuesto", "revision"]
    own = json.loads(render_report(score(bank, readings[0].response), bank, "json"))["plan"]
    team_json = render_team_report(aggregate(bank, readings, rejected, "en"), bank, "json")
    team = json.loads(team_json)["plan"]
    assert [p["question"] for p in own] == [p["question"] for p in team] == order
    assert [p["level"] for p in team] == [1, 1, 1, 2, 2, 3]
    # The team's step is the question's own action; the respondent's, their answer's step.
    steps = {p["question"]: p["step"] for p in team}
    assert steps["responsable"] == "Appoint someone."
    assert {p["question"]: p["step"] for p in own}["responsable"] == "Give them time and budget."
