"""A question that uses an answer set may give its own `steps`: they replace the set's option
actions for that question only, in the bank's JSON form and in the model built from it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from selfassess.core.model import bank_from_json
from selfassess.load import BankInvalid, load_bank
from tests.load.test_schema import SCHEMA, read_as_editor

BANK = """\
id: steps
version: "1.0"
languages: [es, en]
title: {es: Pasos, en: Steps}
answer_sets:
  - id: practice
    options:
      - {id: "no", label: {es: "No", en: "No"}, value: 0,
         action: {es: Empieza., en: Start.}}
      - {id: always, label: {es: Siempre, en: Always}, value: 1}
sections:
  - id: s1
    title: {es: Sección, en: Section}
    questions:
      - id: own
        type: choice
        answer_set: practice
        text: {es: "¿Propia?", en: "Own?"}
        action: {es: Actúa., en: Act.}
        steps:
          "no": {es: Empieza por una encuesta., en: Start with one survey.}
          always: {es: Compártelo., en: Share it.}
      - id: shared
        type: choice
        answer_set: practice
        text: {es: "¿Compartida?", en: "Shared?"}
        action: {es: Actúa., en: Act.}
"""


def _load(tmp_path: Path, text: str = BANK) -> dict:
    path = tmp_path / "steps.yml"
    path.write_text(text, encoding="utf-8")
    return load_bank(path)


def test_the_json_form_carries_the_question_steps_beside_the_set(tmp_path: Path) -> None:
    own, shared = _load(tmp_path)["sections"][0]["questions"]
    assert own["answer_set"] == "practice" and "options" not in own
    assert own["steps"] == {"no": {"es": "Empieza por una encuesta.",
                                   "en": "Start with one survey."},
                            "always": {"es": "Compártelo.", "en": "Share it."}}
    assert "steps" not in shared


def test_the_question_steps_override_the_set_for_that_question_only(tmp_path: Path) -> None:
    bank = bank_from_json(json.loads(json.dumps(_load(tmp_path))))
    own, shared = (q for _, q in bank.questions())
    assert own.option("no").action["en"] == "Start with one survey."
    assert own.option("always").action["es"] == "Compártelo."
    assert [(o.id, o.label, o.value) for o in own.options] == [
        (o.id, o.label, o.value) for o in bank.answer_sets["practice"]]
    assert shared.option("no").action["en"] == "Start."
    assert shared.options == bank.answer_sets["practice"]


def test_the_schema_accepts_steps_with_an_answer_set(tmp_path: Path) -> None:
    _load(tmp_path)
    jsonschema.validate(read_as_editor(tmp_path / "steps.yml"), SCHEMA)


def test_a_step_for_an_option_the_set_lacks_is_an_error_with_its_place(tmp_path: Path) -> None:
    text = BANK.replace('always: {es: Compártelo.', 'sometimes: {es: Compártelo.')
    with pytest.raises(BankInvalid) as caught:
        _load(tmp_path, text)
    (problem,) = caught.value.problems
    assert (problem.line, problem.col) == (22, 11)
    assert problem.message == ("'sometimes' is not an option of this question "
                               "(its options: no, always)")
