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
  start where its largest gaps are (its people's experience, the voice of its messages, strategy
  and structure, experience design), one point up from each answer.
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
    # bloques-cx: the statements first, then who leads; the distributor's people; refinements
    "bloques-cx": {
        "passive-small-business": (IMMEDIATE, [
            ("mvp-definidas", ""), ("mvp-conocimiento", "ninguna"), ("gobierno-roles", "1"),
            ("mvp-compartidas", "1"), ("gobierno-modelo", "1")]),
        "involved-mid-size": (IMMEDIATE, [
            ("empleados-decision", "no"), ("empleados-reconocimiento-criterios", "no"),
            ("empleados-autonomia", "2"), ("empleados-escucha", "3"),
            ("empleados-formacion", "3")]),
        "focused-enterprise": (EXCELLENT, [
            ("promesa-canales", "3"), ("ejecutivo-escucha", "3"), ("empleados-autonomia", "3"),
            ("adopcion-participacion", "3")]),
    },
    # comunicacion-cx: a first story and its owner; a warmer, shared voice; closing the loop
    "comunicacion-cx": {
        "passive-small-business": (IMMEDIATE, [
            ("vision-comunicada", "1"), ("faq-contenido", "sin-documento"), ("plan-recursos", ""),
            ("mensajes-valores", "1"), ("ritmo-mensajes", "ninguno")]),
        "involved-mid-size": (IMMEDIATE, [
            ("trabajo-con-marketing", "no"), ("personas-antes-que-cifras", "2"), ("empatia", "2"),
            ("direccion-habla-de-personas", "2"), ("lideres-en-reuniones", "3")]),
        "focused-enterprise": (EXCELLENT, [
            ("contenido-circuito-cerrado", "3"), ("medir-efectividad", "3"),
            ("faq-contenido", "")]),
    },
    # cx-intencional: strategy and structure, the largest gap, from scratch or one step up
    "cx-intencional": {
        "passive-small-business": (IMMEDIATE, [
            ("revision-independiente", "nunca"), ("objetivos-cascada", "1"),
            ("dafo-invertido", "1"), ("estatutos-puestos", "1"), ("aprobaciones-escritas", "no")]),
        "involved-mid-size": (IMMEDIATE, [
            ("revision-independiente", "interna"), ("objetivos-cascada", "2"),
            ("aprobaciones-escritas", "no"), ("dafo-invertido", "2"), ("estatutos-puestos", "2")]),
        "focused-enterprise": (EXCELLENT, [("dafo-invertido", "3"), ("coste-de-corregir", "3")]),
    },
    # madurez-cx: an owner and a baseline; design, the distributor's weakest area; refinements
    "madurez-cx": {
        "passive-small-business": (IMMEDIATE, [
            ("delivery-owner", "nobody"), ("delivery-self-service", "1"),
            ("measurement-baseline", "no"), ("measurement-csat", "none"),
            ("delivery-training", "2")]),
        "involved-mid-size": (IMMEDIATE, [
            ("design-customer-tested", "no"), ("design-documented", "3"),
            ("design-accessibility", "2"), ("design-touchpoints", "3"), ("design-brand-fit", "3")]),
        "focused-enterprise": (EXCELLENT, [
            ("design-customer-tested", "partial"), ("design-accessibility", "3"),
            ("delivery-partners", "3")]),
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
