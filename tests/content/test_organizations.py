"""Three realistic organizations answer programa-cx: each reaches the stage its situation defines
(seed 003: Involucrada needs a budget and a named team; Enfocada also needs steady leadership
support, written decision processes that use customer data and a program at least in design),
and its plan starts with the next steps for its own answers, never with steps it has already
taken.

- passive-small-business: a neighbourhood hardware shop. No resource committed in writing,
  volunteers, no regular metric: below Involucrada's floor and without its two rules. Its plan
  opens with the current situation (the section weighs 1.5: the stage rules and the rest of the
  roadmap stand on it): a budget proposal first, then the emergencies that eat its time.
- involved-mid-size: a regional distributor. A budget line and a dedicated team, a program in
  design, but leadership support of 3 and one written decision process: Involucrada, not
  Enfocada. Its plan opens by showing the CX dashboard to leadership, the support Enfocada
  still lacks.
- focused-enterprise: a national insurer. Everything Enfocada asks for (support 5, several
  decision processes, the program in the strategic plan); its plan is about refinements.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from selfassess.core.model import Bank
from selfassess.core.scoring import score
from tests.content.organization_reports import default_bank, organization, step_text

# organization: (stage, the first five steps as (question, option whose step it is or ""),
# a few words the first step's Spanish text must hold)
EXPECTED = {
    "passive-small-business": ("pasiva", [
        ("situation-resources", ""), ("situation-customer-value", ""),
        ("situation-team", "volunteers"), ("situation-customer-view", "2"),
        ("situation-firefighting", "2")], "partida anual"),
    "involved-mid-size": ("involucrada", [
        ("analysis-dashboard", "team-only"), ("metrics-regular", "one"),
        ("situation-firefighting", "3"), ("situation-customer-value", ""),
        ("journey-map-exists", "partial")], "panel"),
    "focused-enterprise": ("enfocada", [
        ("journey-personas", "3"), ("mot-response-rate", "fair"),
        ("analysis-personalization", "3"), ("initiative-value", "3"), ("stop-doing", "partial")],
        "perfil"),
}  # fmt: skip


@pytest.fixture(scope="module")
def bank() -> Bank:
    return default_bank("programa-cx")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_stage_is_the_one_its_situation_defines(bank: Bank, name: str) -> None:
    report = score(bank, organization(bank, name))
    assert report.stage == EXPECTED[name][0]


def test_the_next_stage_says_what_is_missing(bank: Bank) -> None:
    passive = score(bank, organization(bank, "passive-small-business")).next_stage
    assert passive.id == "involucrada" and passive.below_floor
    assert [rule["en"].split(" (")[0] for rule in passive.missing] == [
        "An approved budget line for the program",
        "A team with names, even if it has no reserved hours yet",
    ]
    involved = score(bank, organization(bank, "involved-mid-size")).next_stage
    assert involved.id == "enfocada"
    assert [rule["en"].split(" (")[0] for rule in involved.missing] == [
        "Steady support from leadership, present at reviews",
        "At least two written decision processes that require customer data",
    ]
    assert score(bank, organization(bank, "focused-enterprise")).next_stage is None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_plan_starts_with_the_next_steps_for_its_answers(bank: Bank, name: str) -> None:
    report = score(bank, organization(bank, name))
    first = report.plan[:5]
    assert [(s.question, s.option) for s in first] == EXPECTED[name][1]
    assert [s.level for s in first] == sorted(s.level for s in first)  # the plan's phases
    texts = [step_text(bank, s) for s in first]
    assert all(texts) and len(set(texts)) == 5
    assert EXPECTED[name][2] in texts[0]


def test_an_employee_only_response_stays_passive_and_is_told_why(bank: Bank) -> None:
    """Stage rules read answers asked only of executives and stakeholders (decided by the
    lead): an employee's answers to them are kept but not asked, so the rules do not hold."""
    focused = organization(bank, "focused-enterprise")
    report = score(bank, replace(focused, respondent_role="employee"))
    assert report.stage == "pasiva"
    assert report.next_stage.id == "involucrada"
    assert all("answered by executives and stakeholders" in rule["en"]
               and "lo responden dirección y partes interesadas" in rule["es"]
               for rule in report.next_stage.missing)  # fmt: skip
    assert len(report.next_stage.missing) == 2
