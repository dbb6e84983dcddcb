"""Hand-computed scoring examples: every number below is worked out in the comments."""

from __future__ import annotations

import math

import pytest

from selfassess.core.model import Bank
from selfassess.core.results import ActionItem
from selfassess.core.scoring import answer_value, score, section_targets
from tests.core.strategies import answered, make_bank, question, section


@pytest.fixture
def bank() -> Bank:
    return make_bank([
        section("valores", [question("a1", "yesno"), question("a2", "scale", weight=2)],
                weight=2, target=80),
        section("clientes", [
            question("b1", "choice", values=[0, 0.5, 1]),
            question("b2", "checklist", values=[1, 1, 0.5]),
            question("b3", "scale"),
        ]),
        section("cultura", [question("c1", "yesno")]),
    ])  # fmt: skip


ANSWERS = {"a1": "partial", "a2": "4", "b1": "o1", "b2": ["o0", "o2"], "b3": "na", "c1": None}


def test_worked_example(bank: Bank) -> None:
    report = score(bank, answered(bank, ANSWERS))
    valores, clientes, cultura = report.sections

    # valores: a1 partial = .5 (w1), a2 "4" = .75 (w2): 100 × (.5 + 1.5) / 3 = 66.67 → 66.7
    assert math.isclose(valores.score, 200 / 3)
    assert valores.rating == "margen-de-mejora"
    assert math.isclose(valores.gap, 80 - 66.7)  # target 80 − the rounded score
    assert (valores.answered, valores.unknown, valores.total) == (2, 0, 2)

    # clientes: b1 = .5, b2 = (1 + .5) / 2.5 = .6, b3 "na": 100 × (.5 + .6) / 2 = 55
    assert math.isclose(clientes.score, 55)
    assert clientes.rating == "margen-de-mejora"
    assert math.isclose(clientes.gap, 20)
    assert (clientes.answered, clientes.unknown, clientes.total) == (2, 1, 3)

    # cultura: nothing answered, so no score, no rating, no gap
    assert (cultura.score, cultura.rating, cultura.gap) == (None, None, None)
    assert (cultura.answered, cultura.unknown, cultura.total) == (0, 0, 1)

    # overall: (2 × 66.67 + 1 × 55) / 3 = 62.78 → 62.8: margen de mejora, stage involucrada (40–70)
    assert math.isclose(report.score, (2 * 200 / 3 + 55) / 3)
    assert (report.rating, report.stage) == ("margen-de-mejora", "involucrada")

    # completeness: 4 answered + 1 unknown of 6 questions
    assert (report.answered, report.unknown, report.total) == (4, 1, 6)
    assert math.isclose(report.completeness, 500 / 6)

    # gaps: valores 13.3 × 2 = 26.6 before clientes 20 × 1 = 20
    assert [g.section for g in report.gaps] == ["valores", "clientes"]
    assert math.isclose(report.gaps[0].priority, (80 - 66.7) * 2)
    assert math.isclose(report.gaps[1].priority, 20)
    # valores actions: a1 1 × (.8 − .5) = .3 before a2 2 × (.8 − .75) = .1
    assert [a.question for a in report.gaps[0].actions] == ["a1", "a2"]
    assert [a.shortfall for a in report.gaps[0].actions] == pytest.approx([0.3, 0.1])
    # clientes actions: b1 .75 − .5 = .25 before b2 .75 − .6 = .15; b3 is "na", so no action
    assert report.gaps[1].actions == (
        ActionItem("b1", pytest.approx(0.25)),
        ActionItem("b2", pytest.approx(0.15)),
    )


def test_question_results_carry_answers_values_and_notes(bank: Bank) -> None:
    response = answered(bank, ANSWERS, notes={"a1": "only in the handbook"})
    results = {r.id: r for r in score(bank, response).questions}
    assert [r.id for r in score(bank, response).questions] == ["a1", "a2", "b1", "b2", "b3", "c1"]
    assert (results["a1"].answer, results["a1"].value, results["a1"].note) == (
        "partial", 0.5, "only in the handbook"
    )  # fmt: skip
    assert (results["a2"].section, results["a2"].weight, results["a2"].falls_short) == (
        "valores", 2, True
    )  # fmt: skip
    assert (results["b3"].value, results["b3"].falls_short) == (None, False)
    assert (results["c1"].answer, results["c1"].note) == (None, "")


def test_report_names_bank_and_respondent(bank: Bank) -> None:
    response = answered(bank, {}, "en", respondent_name="Ana", respondent_role="direccion")
    report = score(bank, response)
    assert (report.bank_id, report.bank_version, report.bank_hash) == (
        bank.id, bank.version, bank.hash
    )  # fmt: skip
    assert (report.language, report.respondent_name, report.respondent_role) == (
        "en", "Ana", "direccion"
    )  # fmt: skip
    assert (report.score, report.rating, report.stage, report.gaps) == (None, None, None, ())
    assert report.completeness == 0


def test_rating_and_gap_are_decided_on_the_rounded_score() -> None:
    bank = make_bank([section("s", [question("q", "choice", values=[0, 0.7496])], target=75)])
    report = score(bank, answered(bank, {"q": "o1"}))
    # 74.96 shows as 75.0: excelente, no gap, even though the question itself is below 75
    assert math.isclose(report.sections[0].score, 74.96)
    assert (report.sections[0].rating, report.sections[0].gap, report.rating) == (
        "excelente", 0, "excelente"
    )  # fmt: skip
    assert report.gaps == ()
    assert report.questions[0].falls_short


def test_targets_bank_then_response_then_argument(bank: Bank) -> None:
    response = answered(bank, ANSWERS, targets={"valores": 60, "clientes": 50})
    assert section_targets(bank, response) == {"valores": 60, "clientes": 50, "cultura": 75}
    assert section_targets(bank, response, {"clientes": 90}) == {
        "valores": 60, "clientes": 90, "cultura": 75
    }  # fmt: skip

    report = score(bank, response, {"clientes": 90})
    # valores 66.7 ≥ 60: no gap; clientes 90 − 55 = 35
    assert [(s.id, s.target) for s in report.sections] == [
        ("valores", 60), ("clientes", 90), ("cultura", 75)
    ]  # fmt: skip
    assert [(g.section, g.gap) for g in report.gaps] == [("clientes", 35)]
    # a2 (.75 × 100 ≥ 60) does not fall short; a1 (.5) does, though its section has no gap
    falls_short = {r.id for r in report.questions if r.falls_short}
    assert falls_short == {"a1", "b1", "b2"}


def test_equal_priorities_keep_bank_order() -> None:
    bank = make_bank([
        section("first", [question("f1", "yesno"), question("f2", "yesno")]),
        section("second", [question("s1", "yesno"), question("s2", "yesno")]),
    ])  # fmt: skip
    report = score(bank, answered(bank, {"f1": "no", "f2": "no", "s1": "no", "s2": "no"}))
    assert [g.section for g in report.gaps] == ["first", "second"]
    assert [a.question for a in report.gaps[0].actions] == ["f1", "f2"]


def test_zero_weights_give_no_score() -> None:
    bank = make_bank([
        section("s", [question("light", "yesno", weight=0), question("heavy", "yesno")]),
        section("t", [question("t1", "yesno")], weight=0),
    ])  # fmt: skip
    report = score(bank, answered(bank, {"light": "yes", "t1": "yes"}))
    # s: the only answered question weighs 0; t: scored, but its section weighs 0 overall
    assert (report.sections[0].score, report.sections[0].answered) == (None, 1)
    assert report.sections[1].score == 100
    assert report.score is None
    assert report.stage is None


def test_stage_is_none_without_stages() -> None:
    bank = make_bank([section("s", [question("q", "yesno")])], stages=False)
    report = score(bank, answered(bank, {"q": "yes"}))
    assert (report.score, report.rating, report.stage) == (100, "excelente", None)


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("o1", None),  # a single option id is not a checklist answer
        (["o0", "nope"], None),
        ([], 0),
        (["o2", "o2"], 0.5 / 2.5),
        ("na", None),
    ],
)
def test_checklist_values(answer, value) -> None:
    q = make_bank([section("s", [question("q", "checklist", values=[1, 1, 0.5])])]).sections[0]
    assert answer_value(q.questions[0], answer) == (pytest.approx(value) if value else value)


def test_an_answer_that_does_not_fit_counts_as_unanswered() -> None:
    bank = make_bank([section("s", [question("q", "scale"), question("r", "yesno")])])
    report = score(bank, answered(bank, {"q": "9", "r": ["yes"]}))
    assert (report.answered, report.unknown, report.score) == (0, 0, None)
