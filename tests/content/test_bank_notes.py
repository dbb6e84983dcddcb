"""The default banks give `selfassess validate` no note on levels: every level of every
section has a question, and no role passes a level it is never asked about. The only notes
are the ones the CX lead chose: programa-cx's stage rules read budgets, teams, leadership
support, decision processes and the program plan, which are asked of executives and
stakeholders, so an employee's response alone never reaches Involucrada."""

from __future__ import annotations

from selfassess.core.coverage import RULE_NOT_FOR_ROLE, bank_notes
from tests.content.organization_reports import default_bank

BANKS = ("bloques-cx", "comunicacion-cx", "cx-intencional", "madurez-cx", "programa-cx")


def test_the_default_banks_are_noted_only_for_the_stages_employees_do_not_answer() -> None:
    notes = [(bank_id, note) for bank_id in BANKS for note in bank_notes(default_bank(bank_id))]
    assert [(bank_id, n.kind, n.stage, n.role) for bank_id, n in notes] == [
        ("programa-cx", RULE_NOT_FOR_ROLE, "involucrada", "employee"),
        ("programa-cx", RULE_NOT_FOR_ROLE, "involucrada", "employee"),
        ("programa-cx", RULE_NOT_FOR_ROLE, "enfocada", "employee"),
        ("programa-cx", RULE_NOT_FOR_ROLE, "enfocada", "employee"),
        ("programa-cx", RULE_NOT_FOR_ROLE, "enfocada", "employee"),
    ]
