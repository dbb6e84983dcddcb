"""Realistic organizations' answers to the default banks, read as the report reads them.

Each bank's folder under organizations/ holds one response file per organization, written to
that very version of the bank.
"""

from __future__ import annotations

from pathlib import Path

from selfassess.core.model import Bank, bank_from_json
from selfassess.core.render.view_common import step_text as report_step_text
from selfassess.core.responses import Response, read_response
from selfassess.core.results import PlanStep
from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
ORGANIZATIONS = Path(__file__).with_name("organizations")


def default_bank(bank_id: str) -> Bank:
    return bank_from_json(load_bank(REPO / "questionbank" / f"{bank_id}.yml"))


def organization(bank: Bank, name: str) -> Response:
    """The organization's response to `bank`; it must import with no warning."""
    path = ORGANIZATIONS / bank.id / f"{name}.json"
    reading = read_response(path.read_text(encoding="utf-8"), bank, path.name)
    assert reading.warnings == ()  # written to this very version of the bank
    return reading.response


def step_text(bank: Bank, step: PlanStep, language: str = "es") -> str:
    """The step as the report prints it."""
    return report_step_text(bank.question(step.question), step.option, language)
