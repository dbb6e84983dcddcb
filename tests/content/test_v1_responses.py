"""Response files to the 1.x default banks still import into version 2: every answer to a
question that remains (with an option that remains) is kept, the rest is reported, and the
response scores. The files were made with the 1.0.0 banks (one answer per question)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfassess.core.model import bank_from_json
from selfassess.core.responses import read_response
from selfassess.core.scoring import score
from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
V1_RESPONSES = Path(__file__).with_name("v1-responses")
BANKS = ("bloques-cx", "comunicacion-cx", "cx-intencional", "madurez-cx", "programa-cx")


@pytest.mark.parametrize("bank_id", BANKS)
def test_a_version_1_response_keeps_its_answers_to_the_ids_that_remain(bank_id: str) -> None:
    bank = bank_from_json(load_bank(REPO / "questionbank" / f"{bank_id}.yml"))
    assert bank.version.startswith("2.")
    text = (V1_RESPONSES / f"{bank_id}.json").read_text(encoding="utf-8")
    given = json.loads(text)["answers"]
    assert json.loads(text)["bank"]["version"].startswith("1.")

    reading = read_response(text, bank, f"{bank_id}.json")

    remaining = {
        qid: answer for qid, answer in given.items()
        if qid in bank.questions_by_id
        and set([answer] if isinstance(answer, str) else answer)
        <= set(bank.questions_by_id[qid].options_by_id)
    }  # fmt: skip
    assert reading.response.answers == remaining
    assert len(remaining) >= 0.7 * len(given)  # most of the work survives the new version
    assert reading.dropped_answers == len(given) - len(remaining)
    assert any("version" in warning for warning in reading.warnings)
    report = score(bank, reading.response)
    assert report.sections
