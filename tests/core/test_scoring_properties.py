"""Properties of scoring that hold for every bank and every set of answers."""

from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from selfassess.core.model import Bank
from selfassess.core.results import Answer
from selfassess.core.scoring import score
from tests.core.strategies import answered, banks, banks_with_answers


def _extreme(bank: Bank, best: bool) -> dict[str, Answer]:
    """Every question at its best (or worst) option."""
    answers: dict[str, Answer] = {}
    for _, q in bank.questions():
        if q.is_multiple:
            answers[q.id] = [o.id for o in q.options if o.value > 0] if best else []
        else:
            pick = max if best else min
            answers[q.id] = pick(q.options, key=lambda o: o.value).id
    return answers


def _scores(report) -> list[float | None]:
    return [report.score, *(s.score for s in report.sections)]


@given(banks_with_answers())
def test_scores_are_percentages_or_none(case: tuple[Bank, dict[str, Answer]]) -> None:
    bank, answers = case
    report = score(bank, answered(bank, answers))
    for value in _scores(report):
        assert value is None or -1e-9 <= value <= 100 + 1e-9
    assert 0 <= report.completeness <= 100
    for section in report.sections:
        assert (section.score is None) == (section.gap is None)
        assert section.gap is None or section.gap >= 0
    assert [g.priority for g in report.gaps] == sorted(
        (g.priority for g in report.gaps), reverse=True
    )


@given(banks())
def test_best_answers_score_100_and_worst_score_0(bank: Bank) -> None:
    best = score(bank, answered(bank, _extreme(bank, best=True)))
    worst = score(bank, answered(bank, _extreme(bank, best=False)))
    for value in _scores(best):
        assert value is None or math.isclose(value, 100)
    for value in _scores(worst):
        assert value is None or value == 0
    assert best.gaps == ()
    assert best.completeness == worst.completeness == 100


@given(banks_with_answers())
def test_na_instead_of_no_answer_changes_only_completeness(case) -> None:
    bank, answers = case
    with_none = score(bank, answered(bank, answers))
    with_na = score(bank, answered(bank, {k: "na" if v is None else v for k, v in answers.items()}))
    assert with_na.completeness == 100
    assert with_none.unknown + (with_none.total - with_none.answered - with_none.unknown) == (
        with_na.unknown
    )
    assert _scores(with_na) == _scores(with_none)
    assert with_na.gaps == with_none.gaps


@given(banks_with_answers(), st.data())
def test_raising_one_answer_never_lowers_its_section(case, data) -> None:
    bank, answers = case
    section, question = data.draw(st.sampled_from(list(bank.questions())))
    before = score(bank, answered(bank, answers))
    if question.is_multiple:
        current = answers[question.id] if isinstance(answers[question.id], list) else []
        higher = [*current, *(o.id for o in question.options if o.id not in current)]
    else:
        higher = max(question.options, key=lambda o: o.value).id
    after = score(bank, answered(bank, {**answers, question.id: higher}))
    old = next(s for s in before.sections if s.id == section.id).score
    new = next(s for s in after.sections if s.id == section.id).score
    if old is not None:
        assert new is not None and new >= old - 1e-9


@given(banks_with_answers(), st.sampled_from([0.5, 3, 7.25]))
def test_scaling_question_weights_changes_nothing(case, factor: float) -> None:
    bank, answers = case
    scaled = replace(bank, sections=tuple(
        replace(s, questions=tuple(replace(q, weight=q.weight * factor) for q in s.questions))
        for s in bank.sections
    ))  # fmt: skip
    for a, b in zip(
        _scores(score(bank, answered(bank, answers))),
        _scores(score(scaled, answered(scaled, answers))),
        strict=True,
    ):
        assert (a is None) == (b is None)
        assert a is None or math.isclose(a, b, abs_tol=1e-9)


@given(banks_with_answers())
def test_response_language_does_not_change_the_report(case) -> None:
    bank, answers = case
    spanish = score(bank, answered(bank, answers, "es"))
    english = score(bank, answered(bank, answers, "en"))
    assert english.language == "en"
    assert replace(english, language="es") == spanish
