"""The length of an answer code for each default bank: every question answered, no notes.

A bench row (`make bench`) and a test (tests/core/test_codes.py) read the same numbers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from selfassess.core.codes import encode
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.responses import Response, empty_response
from selfassess.load import load_bank


def full_response(bank: Bank) -> Response:
    """Every question answered with its last option (a checklist: every item), a bank role."""
    answers = {
        q.id: [o.id for o in q.options] if q.is_multiple else q.options[-1].id
        for _, q in bank.questions()
    }
    role = bank.roles[-1].id if bank.roles else ""
    return replace(empty_response(bank, bank.languages[0], ""), answers=answers,
                   respondent_role=role)  # fmt: skip


def code_length_rows(banks_dir: Path) -> list[tuple[str, str]]:
    """One row per bank in `banks_dir`: the characters of its answer code."""
    rows = []
    for path in sorted(banks_dir.glob("*.yml")):
        bank = bank_from_json(load_bank(path))
        length = len(encode(bank, full_response(bank)))
        questions = len(bank.questions_by_id)
        rows.append((f"answer code length, {bank.id}, {questions} questions, no notes (chars)",
                     f"{length}"))  # fmt: skip
    return rows
