"""Issue 16: a checklist answered [] ("none of these", as the form's own box writes it) on a
checklist whose bank offers its own exclusive item reads as that item, which the form shows:
answered and worth 0, as the command line scores it, and a condition on the item holds."""

from __future__ import annotations

import json

import pytest

from selfassess.core.asking import Asking
from selfassess.core.model import Condition
from selfassess.core.responses import read_response, response_to_json
from selfassess.core.scoring import score
from tests.core.strategies import answered
from tests.core.test_model2_scoring import BANK


def _read(answer: object) -> dict:
    data = response_to_json(answered(BANK, {}))
    data["answers"]["b1"] = answer
    reading = read_response(json.dumps(data), BANK, "old.json")
    assert reading.warnings == ()
    return dict(reading.response.answers)


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ([], ["none"]),
        ({"checked": []}, {"checked": ["none"]}),
        ({"checked": [], "na": []}, {"checked": ["none"], "na": []}),
        ({"checked": [], "na": ["x"]}, {"checked": [], "na": ["x"]}),  # marks given: kept
        (["x"], ["x"]),
    ],
)
def test_nothing_checked_reads_as_the_banks_none_of_these(given, read) -> None:
    assert _read(given)["b1"] == read


def test_it_is_answered_worth_0_and_a_condition_on_the_item_holds() -> None:
    answers = _read([])
    report = score(BANK, answered(BANK, answers))
    b1 = next(q for q in report.questions if q.id == "b1")
    assert (b1.value, b1.answer) == (0.0, ["none"])
    assert Asking(BANK, answers).holds(Condition(question="b1", options=("none",)))


def test_without_an_exclusive_item_nothing_checked_stays_as_given(mini_bank) -> None:
    data = response_to_json(answered(mini_bank, {}))
    data["answers"]["clientes-canales"] = []
    reading = read_response(json.dumps(data), mini_bank, "new.json")
    assert reading.response.answers["clientes-canales"] == []
