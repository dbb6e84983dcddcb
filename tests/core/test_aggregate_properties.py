"""Properties of aggregation: the order of files does not matter, one file aggregates to its
own scores, and duplicating every file changes the counts but not the means."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess.core.aggregate import aggregate, read_files, tally_readings, team_report
from selfassess.core.model import Bank
from selfassess.core.render import render_report, render_team_report
from selfassess.core.responses import response_to_json
from selfassess.core.scoring import score, scores
from tests.core.strategies import answer_choices, answered, banks, banks_with_answers

ROLES = ("direccion", "", "otra")


@st.composite
def teams(draw: st.DrawFn) -> tuple[Bank, list[tuple[str, str]]]:
    """A bank and 1–6 response files to it, answered any way, with roles and languages."""
    bank = draw(banks())
    choices = answer_choices(bank)
    files = []
    for i in range(draw(st.integers(min_value=1, max_value=6))):
        answers = {qid: draw(choice) for qid, choice in choices.items()}
        response = answered(
            bank, answers, draw(st.sampled_from(bank.languages)),
            respondent_role=draw(st.sampled_from(ROLES)), respondent_name=f"p{i}",
        )  # fmt: skip
        files.append((f"r{i}.json", json.dumps(response_to_json(response))))
    if draw(st.booleans()):
        files.append(("bad.json", "{"))
    return bank, files


def team_json(bank: Bank, files: list[tuple[str, str]]) -> dict:
    readings, rejected = read_files(bank, files)
    return json.loads(render_team_report(aggregate(bank, readings, rejected), bank, "json"))


@settings(max_examples=60, deadline=None)
@given(teams(), st.randoms(use_true_random=False))
def test_order_of_files_does_not_matter(team, random) -> None:
    bank, files = team
    shuffled = list(files)
    random.shuffle(shuffled)
    assert team_json(bank, shuffled) == team_json(bank, files)


@settings(max_examples=60, deadline=None)
@given(teams())
def test_one_file_aggregates_to_its_own_scores(team) -> None:
    bank, files = team
    name, content = files[0]
    data = team_json(bank, [(name, content)])
    readings, _ = read_files(bank, [(name, content)])
    own = json.loads(render_report(score(bank, readings[0].response), bank, "json"))
    assert data["respondents"] == 1
    assert data["overall"]["mean"] == own["overall"]["score"]
    assert [(s["id"], s["mean"], s["min"], s["max"]) for s in data["sections"]] == [
        (s["id"], s["score"], s["score"], s["score"]) for s in own["sections"]
    ]
    own_values = {q["id"]: q["value"] for q in own["questions"]}
    for q in data["questions"]:
        value = own_values[q["id"]]
        assert q["mean"] == (None if value is None else round(100 * value, 1))
        assert q["spread"] == (None if value is None else 0)


@settings(max_examples=60, deadline=None)
@given(teams())
def test_duplicated_files_change_counts_not_means(team) -> None:
    bank, files = team
    once, twice = team_json(bank, files), team_json(bank, files + files)
    assert twice["respondents"] == 2 * once["respondents"]
    assert twice["by_role"] == {role: 2 * n for role, n in once["by_role"].items()}
    for key in ("overall",):
        assert twice[key]["mean"] == once[key]["mean"]
        assert twice[key]["count"] == 2 * once[key]["count"]
    for a, b in zip(once["sections"] + once["questions"], twice["sections"] + twice["questions"],
                    strict=True):  # fmt: skip
        assert (b["mean"], b["min"], b["max"], b["spread"]) == (a["mean"], a["min"], a["max"],
                                                                a["spread"])  # fmt: skip
        assert b["count"] == 2 * a["count"]
    assert [g["section"] for g in twice["gaps"]] == [g["section"] for g in once["gaps"]]


@settings(max_examples=100, deadline=None)
@given(banks_with_answers())
def test_the_numbers_aggregation_uses_are_the_reports(bank_and_answers) -> None:
    bank, answers = bank_and_answers
    response = answered(bank, answers)
    report, numbers = score(bank, response), scores(bank, response)
    assert numbers.overall == report.score
    assert numbers.sections == tuple(s.score for s in report.sections)
    assert numbers.values == tuple(q.value for q in report.questions)
    assert numbers.completeness == report.completeness


@settings(max_examples=60, deadline=None)
@given(teams(), st.integers(min_value=0, max_value=7))
def test_tallies_of_parts_merge_to_the_whole(team, cut) -> None:
    """Files tallied in two parts (as by two processes) and merged give the report of all."""
    bank, files = team
    readings, rejected = read_files(bank, files)
    merged = tally_readings(bank, readings[:cut])
    merged.merge(tally_readings(bank, readings[cut:]))
    whole = render_team_report(aggregate(bank, readings, rejected), bank, "json")
    assert render_team_report(team_report(bank, merged, rejected), bank, "json") == whole
