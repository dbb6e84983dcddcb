"""The three organizations of test_organizations answer the other four default banks too, and
each report reads as a CX lead would write it: the rating its situation earns, and a plan whose
first steps are the next ones from where it stands.

- passive-small-business: a neighbourhood hardware shop run by its owner. Nothing is written
  (values, purpose, promise, plan), nobody owns the customer experience, nothing is measured on
  a set date and feedback is heard at the counter and kept nowhere; it has no leadership team,
  no back office and no partners, so it marks those questions not applicable. Every area needs
  immediate action; its plan starts with naming an owner and writing the basics down.
- involved-mid-size: a regional distributor with a budget line, a named lead and a sponsor, a
  program in design, one company-wide survey and a committee that meets when it can. Its plans
  start where its largest gaps are (governance, culture, the message), one point up from each
  answer.
- focused-enterprise: a national insurer, at or near target everywhere: its plans hold only
  refinements, never a step from scratch.
"""

from __future__ import annotations

import pytest

from selfassess.core.model import Bank
from selfassess.core.scoring import score
from tests.content.organization_reports import default_bank, organization, step_text

NAMES = ("focused-enterprise", "involved-mid-size", "passive-small-business")
IMMEDIATE, EXCELLENT = "accion-inmediata", "excelente"

# bank: organization: (overall rating, the first five steps as (question, option whose step
# it is, or "" for a checklist's own action))
EXPECTED = {
    "bloques-cx": {
        "passive-small-business": (IMMEDIATE, [
            ("mvp-conocimiento", "ninguna"), ("mvp-decisiones", "1"), ("gobierno-roles", "1"),
            ("mvp-definidas", ""), ("mvp-compartidas", "1")]),
        "involved-mid-size": (IMMEDIATE, [
            ("gobierno-roles", "2"), ("gobierno-normas", "2"), ("gobierno-seguimiento", "2"),
            ("gobierno-comite", "irregular"), ("gobierno-modelo", "3")]),
        "focused-enterprise": (EXCELLENT, [
            ("promesa-canales", "3"), ("ejecutivo-escucha", "3"), ("empleados-autonomia", "3"),
            ("adopcion-participacion", "3")]),
    },
}  # fmt: skip


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def bank(request: pytest.FixtureRequest) -> Bank:
    return default_bank(request.param)


@pytest.mark.parametrize("name", NAMES)
def test_the_rating_is_the_one_its_situation_earns(bank: Bank, name: str) -> None:
    report = score(bank, organization(bank, name))
    assert report.rating == EXPECTED[bank.id][name][0]


@pytest.mark.parametrize("name", NAMES)
def test_plan_starts_with_the_next_steps_for_its_answers(bank: Bank, name: str) -> None:
    report = score(bank, organization(bank, name))
    first = report.plan[:5]
    assert [(s.question, s.option) for s in first] == EXPECTED[bank.id][name][1]
    texts = [step_text(bank, s) for s in first]
    assert all(texts) and len(set(texts)) == len(texts)


def test_every_area_of_the_passive_shop_needs_immediate_action(bank: Bank) -> None:
    report = score(bank, organization(bank, "passive-small-business"))
    assert {s.rating for s in report.sections if s.score is not None} == {IMMEDIATE}


def test_the_focused_enterprise_is_given_refinements_only(bank: Bank) -> None:
    """Every step of its plan starts from the middle of a scale, a "partly" or better: none
    asks it to start something it does not do at all."""
    report = score(bank, organization(bank, "focused-enterprise"))
    values = [bank.questions_by_id[s.question].option(s.option).value
              for s in report.plan if s.option]  # fmt: skip
    assert values and min(values) >= 0.5
