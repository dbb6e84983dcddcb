"""OWASP SAMM's scoring as a bank: 5 business functions of 3 practices, each practice two
streams (A, B) of one question per maturity level 1–3, answered 0, 0.25, 0.5 or 1.

SAMM's own rule: a practice's score (0–3) is the sum over levels 1..3 of the mean of its
streams' answers at that level; a business function's is the mean of its practices, the
overall score the mean of the functions. On the 0–3 display scale the bank's roll-up
(stream mean, section = mean of streams, group = mean of sections) must give exactly that.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess.core.model import Bank, bank_from_json
from selfassess.core.results import displayed
from selfassess.core.scoring import score
from selfassess.load import load_bank
from tests.core.strategies import answered, model2_json, option, section, text

FUNCTIONS = {
    "governance": ["strategy", "policy", "education"],
    "design": ["threat", "requirements", "architecture"],
    "implementation": ["build", "deployment", "defects"],
    "verification": ["architecture-assessment", "requirements-testing", "security-testing"],
    "operations": ["incidents", "environment", "operational"],
}
ANSWERS = {"no": 0, "some": 0.25, "half": 0.5, "all": 1}
STREAMS = ("A", "B")
LEVELS = (1, 2, 3)


def _question(practice: str, stream: str, level: int) -> dict:
    return {
        "id": f"{practice}-{stream}{level}", "type": "choice", "text": text("q"), "help": {},
        "weight": 1, "action": text("act"), "answer_set": "samm", "level": level,
    }  # fmt: skip


def _practice(practice: str) -> dict:
    questions = [_question(practice, s, level) for s in STREAMS for level in LEVELS]
    data = section(practice, questions)
    data["streams"] = [
        {"id": s, "title": text(s), "weight": 1,
         "questions": [f"{practice}-{s}{level}" for level in LEVELS]}
        for s in STREAMS
    ]  # fmt: skip
    return data


SAMM: Bank = bank_from_json(model2_json(
    [_practice(p) for practices in FUNCTIONS.values() for p in practices],
    answer_sets=[{"id": "samm", "options": [option(k, v) for k, v in ANSWERS.items()]}],
    levels=3,
    groups=[{"id": f, "title": text(f), "weight": 1, "sections": ps}
            for f, ps in FUNCTIONS.items()],
    display={"min": 0, "max": 3, "decimals": 2},
))  # fmt: skip


def _samm_practice(practice: str, answers: dict[str, str]) -> float:
    """SAMM's rule: Σ over levels of the mean of streams A and B at that level."""
    return sum(
        (ANSWERS[answers[f"{practice}-A{level}"]] + ANSWERS[answers[f"{practice}-B{level}"]]) / 2
        for level in LEVELS
    )


full_answers = st.fixed_dictionaries(
    {q.id: st.sampled_from(list(ANSWERS)) for _, q in SAMM.questions()}
)


@settings(max_examples=100, deadline=None)
@given(full_answers)
def test_practice_function_and_overall_scores_are_samms(answers: dict[str, str]) -> None:
    report = score(SAMM, answered(SAMM, answers))
    practice = {s.id: s.score for s in report.sections}
    expected = {p: _samm_practice(p, answers) for ps in FUNCTIONS.values() for p in ps}
    for pid, value in expected.items():
        on_display = 3 * practice[pid] / 100
        assert math.isclose(on_display, value, abs_tol=1e-9)
        assert abs(displayed(report.display, practice[pid]) - value) <= 0.005 + 1e-9
    functions = {g.id: g.score for g in report.groups}
    function_expected = {f: sum(expected[p] for p in ps) / 3 for f, ps in FUNCTIONS.items()}
    for fid, value in function_expected.items():
        assert math.isclose(3 * functions[fid] / 100, value, abs_tol=1e-9)
    overall = sum(function_expected.values()) / len(FUNCTIONS)
    assert math.isclose(3 * report.score / 100, overall, abs_tol=1e-9)
    assert report.completeness == 100 and report.not_asked == 0


def test_all_answers_full_is_3_and_level_3() -> None:
    report = score(SAMM, answered(SAMM, {q.id: "all" for _, q in SAMM.questions()}))
    assert displayed(report.display, report.score) == 3
    assert {s.level for s in report.sections} == {3}
    half = score(SAMM, answered(SAMM, {q.id: "half" for _, q in SAMM.questions()}))
    assert displayed(half.display, half.score) == 1.5
    assert {s.level for s in half.sections} == {3}  # the bank's threshold is 0.5


SAMM_YAML: Bank = bank_from_json(load_bank(Path(__file__).parents[1] / "banks" / "samm.yml"))


def _yaml_answers(seed: int) -> dict[str, str]:
    """Every question of the YAML fixture answered with an option picked by `seed`."""
    return {
        q.id: q.options[(seed + i * 7) % len(q.options)].id
        for i, (_, q) in enumerate(SAMM_YAML.questions())
    }


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 5])
def test_the_yaml_fixture_scores_practices_functions_and_overall_by_samms_rule(seed: int) -> None:
    answers = _yaml_answers(seed)
    report = score(SAMM_YAML, answered(SAMM_YAML, answers))
    assert len(report.groups) == 5 and len(report.sections) == 15
    value = {q.id: q.options_by_id[answers[q.id]].value for _, q in SAMM_YAML.questions()}
    practice = {}
    for practice_section in SAMM_YAML.sections:
        # Each stream's questions are its levels 1, 2, 3 in order.
        streams = [[value[qid] for qid in t.questions] for t in practice_section.streams]
        practice[practice_section.id] = sum(
            sum(stream[level] for stream in streams) / len(streams) for level in range(3)
        )
    for s in report.sections:
        assert math.isclose(3 * s.score / 100, practice[s.id], abs_tol=1e-9)
    functions = {g.id: sum(practice[p] for p in g.sections) / 3 for g in SAMM_YAML.groups}
    for g in report.groups:
        assert math.isclose(3 * g.score / 100, functions[g.id], abs_tol=1e-9)
    overall = sum(functions.values()) / 5
    assert math.isclose(3 * report.score / 100, overall, abs_tol=1e-9)
    assert displayed(report.display, report.score) == round(overall, 2)
