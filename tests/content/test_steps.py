"""Every answer below the top of a default-bank question has a next step of its own, in both
languages: the plan speaks from where that answer stands instead of falling back to the
question's general action (checklists, whose items add up, keep the question's action)."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfassess.core.model import bank_from_json
from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
BANKS = ("bloques-cx", "comunicacion-cx", "cx-intencional", "madurez-cx", "programa-cx")


@pytest.mark.parametrize("bank_id", BANKS)
def test_every_answer_below_the_top_has_its_own_step(bank_id: str) -> None:
    bank = bank_from_json(load_bank(REPO / "questionbank" / f"{bank_id}.yml"))
    missing = [
        f"{question.id}: {option.id} ({language})"
        for _, question in bank.questions() if question.type != "checklist"
        for option in question.options if option.value < 1
        for language in bank.languages
        if not option.action.get(language, "").strip()
        or option.action[language] == question.action.get(language)
    ]  # fmt: skip
    assert not missing, f"{bank_id}: answers whose step falls back to the question's: {missing}"
