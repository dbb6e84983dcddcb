"""The aggregate's fast path and `score` agree: over random model 2 banks (groups, streams,
conditions, audiences, checklists with n/a), the team report of one response carries, at
every level, that response's own numbers; and the compiled `Scorer` rolls them up exactly as
the scoring contract says, from values each decided on its own."""

from __future__ import annotations

import json

from hypothesis import given, settings

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.answers import answer_value
from selfassess.core.asking import ASKED, Asking
from selfassess.core.model import NOT_APPLICABLE, Bank
from selfassess.core.responses import response_to_json
from selfassess.core.results import Report
from selfassess.core.rollup import weighted_mean
from selfassess.core.scoring import score
from selfassess.core.tally import EMPTY_STATS, Stats
from tests.core.strategies import answered, model2_banks_with_answers


def _alone(number: float | None) -> Stats:
    """The statistics of one respondent's `number`."""
    return EMPTY_STATS if number is None else Stats(number, number, number, 0.0, 1)


def _contract_scores(bank: Bank, report: Report) -> tuple[list, list, list]:
    """Streams, sections and groups rolled up from the report's question values, as
    DESIGN.md's scoring contract writes them, with nothing precomputed."""
    value = {q.id: q.value for q in report.questions}

    def mean(question_ids: tuple[str, ...]) -> float | None:
        weighted = [(bank.questions_by_id[q].weight, value[q]) for q in question_ids]
        return weighted_mean([(w, None if v is None else 100 * v) for w, v in weighted])

    streams, sections = [], []
    for section in bank.sections:
        own = [mean(s.questions) for s in section.streams]
        streams.extend(own)
        if section.streams:
            weighted = zip((s.weight for s in section.streams), own, strict=True)
            sections.append(weighted_mean(list(weighted)))
        else:
            sections.append(mean(tuple(q.id for q in section.questions)))
    by_id = {s.id: (s.weight, x) for s, x in zip(bank.sections, sections, strict=True)}
    groups = [weighted_mean([by_id[sid] for sid in g.sections]) for g in bank.groups]
    return streams, sections, groups


@settings(max_examples=150, deadline=None)
@given(model2_banks_with_answers())
def test_one_response_aggregates_to_its_report(case) -> None:
    bank, answers, role = case
    response = answered(bank, answers, respondent_role=role)
    readings, rejected = read_files(bank, [("r.json", json.dumps(response_to_json(response)))])
    assert not rejected
    response = readings[0].response
    report = score(bank, response)
    team = aggregate(bank, readings)

    asking = Asking(bank, response.answers, role)  # decided on its own, question by question
    for question, result, stats in zip(
        (q for _, q in bank.questions()), report.questions, team.questions, strict=True
    ):
        reason = asking.reason(question)
        answer = response.answers.get(question.id)
        assert result.not_asked == reason
        assert result.value == (answer_value(question, answer) if reason == ASKED else None)
        assert stats.stats == _alone(None if result.value is None else 100 * result.value)
        assert stats.not_asked == (reason != ASKED)
        unscored = reason == ASKED and result.value is None
        assert stats.unknown == (unscored and answer == NOT_APPLICABLE)
        assert stats.unanswered == (unscored and answer != NOT_APPLICABLE)

    streams, sections, groups = _contract_scores(bank, report)
    assert [s.score for r in report.sections for s in r.streams] == streams
    assert [s.score for s in report.sections] == sections
    assert [g.score for g in report.groups] == groups
    assert [s.stats for s in team.streams] == [_alone(x) for x in streams]
    assert [s.stats for s in team.sections] == [_alone(x) for x in sections]
    assert [g.stats for g in team.groups] == [_alone(x) for x in groups]
    assert team.overall == _alone(report.score)
    assert team.completeness == _alone(report.completeness)
    assert team.complete == (report.completeness >= 100)
