"""A scale question may take its labels (and steps) from an answer set that holds exactly the
scale's options: it stays a scale, so stored answers, answer codes and scores do not change."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from selfassess.core.code_layout import layout_hash
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.responses import empty_response
from selfassess.core.scoring import score
from selfassess.load import BankInvalid, load_bank
from tests.load.test_schema import SCHEMA, read_as_editor

HEAD = """\
id: shared
version: "1.0"
languages: [en]
title: Shared
"""
SET = """\
answer_sets:
  - id: often
    options:
      - {id: "1", label: Never, value: 0}
      - {id: "2", label: When something goes wrong, value: 0.25}
      - {id: "3", label: Less than once a quarter, value: 0.5}
      - {id: "4", label: Every quarter, value: 0.75, action: Do it monthly.}
      - {id: "5", label: Every month, value: 1}
"""
LABELS = ("[Never, When something goes wrong, Less than once a quarter, Every quarter, "
          "Every month]")
BUILT_IN = HEAD + f"""\
sections:
  - id: s1
    title: Section
    questions:
      - {{id: review, type: scale, text: "How often?", action: Review., labels: {LABELS},
         steps: {{"1": Start., "4": Do it monthly.}}}}
      - {{id: listen, type: scale, text: "How often?", action: Listen., labels: {LABELS},
         steps: {{"4": Do it monthly.}}}}
"""
FROM_SET = HEAD + SET + """\
sections:
  - id: s1
    title: Section
    questions:
      - {id: review, type: scale, text: "How often?", action: Review., answer_set: often,
         steps: {"1": Start.}}
      - {id: listen, type: scale, text: "How often?", action: Listen., answer_set: often}
"""


def _bank(tmp_path: Path, text: str, name: str = "bank.yml") -> Bank:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return bank_from_json(json.loads(json.dumps(load_bank(path))))


def test_a_scale_from_a_set_is_the_built_in_scale_with_its_labels(tmp_path: Path) -> None:
    built_in, from_set = _bank(tmp_path, BUILT_IN, "a.yml"), _bank(tmp_path, FROM_SET, "b.yml")
    for old, new in zip(built_in.sections[0].questions, from_set.sections[0].questions,
                        strict=True):
        assert new.type == "scale" and new.answer_set == "often"
        assert new.options == old.options
    assert layout_hash(from_set) == layout_hash(built_in)
    jsonschema.validate(read_as_editor(tmp_path / "b.yml"), SCHEMA)


@pytest.mark.parametrize("answers", [{"review": "1", "listen": "4"}, {"review": "3"},
                                     {"review": "5", "listen": "na"}])
def test_a_scale_from_a_set_scores_and_plans_as_before(tmp_path: Path,
                                                       answers: dict[str, str]) -> None:
    reports = []
    for name, text in (("a.yml", BUILT_IN), ("b.yml", FROM_SET)):
        bank = _bank(tmp_path, text, name)
        response = empty_response(bank, "en", "2024-01-01T00:00:00Z")
        report = score(bank, dataclasses.replace(response, answers={**response.answers,
                                                                    **answers}))
        reports.append((report.score, report.rating, report.plan))
    assert reports[0] == reports[1]


@pytest.mark.parametrize("options", [
    '[{id: "1", label: A, value: 0}, {id: "2", label: B, value: 1}]',
    '[{id: "1", label: A, value: 0}, {id: "2", label: B, value: 0.25}, '
    '{id: "3", label: C, value: 0.5}, {id: "4", label: D, value: 0.8}, '
    '{id: "5", label: E, value: 1}]',
    '[{id: a, label: A, value: 0}, {id: "2", label: B, value: 0.25}, '
    '{id: "3", label: C, value: 0.5}, {id: "4", label: D, value: 0.75}, '
    '{id: "5", label: E, value: 1}]',
])
def test_any_other_set_on_a_scale_says_what_the_set_must_hold(tmp_path: Path,
                                                              options: str) -> None:
    text = HEAD + f"answer_sets: [{{id: other, options: {options}}}]\n" + """\
sections:
  - id: s1
    title: Section
    questions:
      - {id: q1, type: scale, text: "How often?", action: Act., answer_set: other}
"""
    with pytest.raises(BankInvalid) as caught:
        _bank(tmp_path, text)
    (problem,) = caught.value.problems
    assert problem.message == (
        "answer set 'other': a scale question's answer set must hold exactly the scale's five "
        'options, ids "1", "2", "3", "4", "5" worth 0, 0.25, 0.5, 0.75, 1, in that order, '
        "none exclusive: fix the set, or make the question a choice question")
