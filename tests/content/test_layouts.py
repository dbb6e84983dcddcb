"""The default banks keep the layout their answer codes count on: question ids, types and
option ids in order (selfassess.core.code_layout.layout_hash).

The hashes were taken from the 2.1.0 banks, before any question used a shared answer set: a
bank may reword its questions or move a scale's points into an answer set, and its layout
(so every answer code and stored answer already given) must stay the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfassess.core.code_layout import layout_hash
from selfassess.core.model import bank_from_json
from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
LAYOUTS = {
    "bloques-cx": "45dc74",
    "comunicacion-cx": "1f063a",
    "cx-intencional": "88444c",
    "madurez-cx": "577fad",
    "programa-cx": "6a3bcb",
}


@pytest.mark.parametrize("bank_id", sorted(LAYOUTS))
def test_a_default_bank_keeps_its_layout(bank_id: str) -> None:
    bank = bank_from_json(load_bank(REPO / "questionbank" / f"{bank_id}.yml"))
    assert layout_hash(bank).hex() == LAYOUTS[bank_id]
