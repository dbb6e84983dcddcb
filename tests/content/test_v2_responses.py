"""Response files and answer codes made with the 2.0.0 default banks still import into every
later 2.x version with all their answers: a 2.x bank may reword questions, anchors and steps,
but keeps its question ids, types and option ids (what files name and codes count on).

The files and codes were made with the 2.0.0 banks (every question answered, a role given);
an answer code reads only when the bank's layout (ids, types, option ids in order) is the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfassess.core.codes import read_code
from selfassess.core.responses import read_response
from tests.content.organization_reports import default_bank

V2_RESPONSES = Path(__file__).with_name("v2-responses")
BANKS = ("bloques-cx", "comunicacion-cx", "cx-intencional", "madurez-cx", "programa-cx")


@pytest.mark.parametrize("bank_id", BANKS)
def test_a_version_2_0_0_response_file_keeps_every_answer(bank_id: str) -> None:
    bank = default_bank(bank_id)
    text = (V2_RESPONSES / f"{bank_id}.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["bank"]["version"] == "2.0.0" and bank.version.startswith("2.")

    reading = read_response(text, bank, f"{bank_id}.json")

    assert reading.dropped_answers == 0
    assert reading.response.answers == document["answers"]
    assert len(document["answers"]) == sum(1 for _ in bank.questions())
    assert all("version" in warning for warning in reading.warnings)


@pytest.mark.parametrize("bank_id", BANKS)
def test_a_version_2_0_0_answer_code_reads_with_every_answer(bank_id: str) -> None:
    bank = default_bank(bank_id)
    code = (V2_RESPONSES / f"{bank_id}.code").read_text(encoding="utf-8").strip()
    given = json.loads((V2_RESPONSES / f"{bank_id}.json").read_text(encoding="utf-8"))

    reading = read_code(bank, code, source=f"{bank_id}.code")

    assert reading.response.answers == given["answers"]
    assert reading.response.respondent_role == given["respondent"]["role"]
    assert reading.response.bank_version == "2.0.0"
