"""Model 2 for many respondents, comparisons and response files: statistics at every level
and by role over those asked, unusable files, group and stream deltas, the checklist's
{checked, na} shape, and answers kept across bank versions."""

from __future__ import annotations

import json
from typing import Any

import pytest

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.compare import compare, read_snapshot
from selfassess.core.model import bank_from_json
from selfassess.core.responses import read_response, response_to_json
from tests.core.strategies import answered, model2_json, question, section, text
from tests.core.test_model2_scoring import BANK, BANK_JSON, HIGH_S1


def _file(answers: dict[str, Any], role: str = "", bank=BANK) -> str:
    return json.dumps(response_to_json(answered(bank, answers, respondent_role=role)))


def test_team_statistics_at_every_level_over_those_asked() -> None:
    files = [
        # s1 100 (A 100, B 100); budget no: team and s3 not asked; mgr 1 → s2 50
        ("ana.json", _file({**HIGH_S1, "budget": "no", "team": "yes", "mgr": "5"}, "direccion")),
        # s1: A = 12.5, B = 50 → 25; budget yes, team yes, mgr not asked (role) → s2 100;
        # c1 "3" → s3 50; g2 = 75
        ("bo.json", _file({"a1": "m1", "a2": "no", "b1": ["x"], "budget": "yes", "team": "yes",
                           "mgr": "1", "c1": "3"}, "equipo")),
    ]  # fmt: skip
    readings, rejected = read_files(BANK, files)
    team = aggregate(BANK, readings, rejected)
    assert team.respondents == 2 and not team.rejected
    questions = {q.id: q for q in team.questions}
    assert (questions["team"].stats.count, questions["team"].not_asked) == (1, 1)
    assert (questions["mgr"].stats.mean, questions["mgr"].not_asked) == (100, 1)
    assert (questions["c1"].stats.mean, questions["c1"].stats.count) == (50, 1)
    streams = {(s.section, s.id): s.stats for s in team.streams}
    assert (streams["s1", "A"].mean, streams["s1", "A"].min, streams["s1", "A"].max) == (
        56.25, 12.5, 100
    )  # fmt: skip
    assert streams["s1", "B"].spread == 25
    sections = {s.id: s.stats for s in team.sections}
    assert (sections["s3"].mean, sections["s3"].count) == (50, 1)
    groups = {g.id: g for g in team.groups}
    assert (groups["g1"].stats.mean, groups["g2"].stats.mean) == (62.5, 62.5)
    assert groups["g2"].by_role["direccion"].mean == 50
    assert groups["g2"].by_role["equipo"].mean == 75
    # overall: ana (200 + 50) / 3 = 83.33, bo (50 + 75) / 3 = 41.67
    assert team.overall.mean == pytest.approx(62.5)
    # The team has budget? one of two: not more than half → the budget rule fails.
    assert team.stage == "pasiva"
    assert team.next_stage is not None and text("budget") in team.next_stage.missing


def test_a_file_whose_answers_are_all_unusable_is_not_used_nor_counted() -> None:
    other = bank_from_json(model2_json([section("old", [question("gone", "yesno")])]))
    stale = json.loads(_file({"gone": "yes"}, bank=other))
    stale["bank"] = {"id": BANK.id, "version": "0.9", "hash": ""}
    blank = _file({})
    files = [("stale.json", json.dumps(stale)), ("blank.json", blank),
             ("ok.json", _file(HIGH_S1))]  # fmt: skip
    readings, rejected = read_files(BANK, files, "en")
    assert [(r.file, r.reason) for r in rejected] == [
        ("stale.json", "answers no question of this questionnaire")
    ]
    team = aggregate(BANK, readings, rejected)
    assert team.respondents == 2  # a blank file still counts in participation
    assert team.complete == 0


def test_comparison_has_group_and_stream_deltas_and_lists_what_does_not_match() -> None:
    before = _file({"a1": "m1", "a2": "no", "b1": ["x"], "budget": "yes", "team": "yes",
                    "c1": "3"})  # fmt: skip
    after = _file({**HIGH_S1, "budget": "yes", "team": "yes", "c1": "3"})
    baseline, _ = read_snapshot(before, BANK, "before.json")
    current, _ = read_snapshot(after, BANK, "after.json")
    result = compare(BANK, baseline, current)
    assert [(d.id, d.delta, d.status) for d in result.groups] == [
        ("g1", 75.0, "improved"), ("g2", 0.0, "unchanged")
    ]  # fmt: skip
    assert [(d.id, d.delta) for d in result.streams] == [("s1/A", 87.5), ("s1/B", 50.0)]
    # A baseline answering an older version is scored on today's structure; the questions
    # it did not have show as added.
    old_json = {k: v for k, v in BANK_JSON.items() if k != "groups"}
    old_json["sections"] = [{k: v for k, v in s.items() if k != "streams"}
                            for s in BANK_JSON["sections"]]  # fmt: skip
    old_json["sections"][0]["questions"] = old_json["sections"][0]["questions"][:2]
    old = bank_from_json({**old_json, "version": "0.9"})
    old_file = json.loads(_file({"a1": "m1", "a2": "no", "budget": "yes"}, bank=old))
    baseline, warnings = read_snapshot(json.dumps(old_file), BANK, "old.json")
    result = compare(BANK, baseline, current)
    assert [d.id for d in result.groups] == ["g1", "g2"] and result.groups_added == ()
    assert result.questions_added == ("b1",) and result.versions_differ
    assert any("0.9" in w for w in warnings)


def test_report_json_groups_and_streams_read_as_a_baseline() -> None:
    document = {
        "format": "selfassess/report@1", "bank": {"id": BANK.id, "version": BANK.version},
        "overall": {"score": 40}, "sections": [{"id": "s1", "score": 40}], "questions": [],
        "groups": [{"id": "g1", "score": 40}, {"id": "gx", "score": 10}],
        "streams": [{"id": "s1/A", "score": 30}],
    }  # fmt: skip
    baseline, warnings = read_snapshot(json.dumps(document), BANK, "report.json")
    assert baseline.groups == {"g1": 40, "gx": 10} and baseline.streams == {"s1/A": 30}
    assert len(warnings) == 1 and "gx" in warnings[0]
    current, _ = read_snapshot(_file(HIGH_S1), BANK, "now.json")
    result = compare(BANK, baseline, current)
    assert [(d.id, d.delta) for d in result.groups] == [("g1", 60.0)]
    assert (result.groups_added, result.groups_removed) == (("g2",), ("gx",))
    assert (result.streams_added, result.streams_removed) == (("s1/B",), ())
    # A report written before groups and streams existed: they are all added.
    del document["groups"], document["streams"]
    result = compare(BANK, read_snapshot(json.dumps(document), BANK, "old.json")[0], current)
    assert result.groups_added == ("g1", "g2") and result.streams_added == ("s1/A", "s1/B")


def test_checklist_answers_in_the_checked_and_na_shape_read_back_unchanged() -> None:
    answers = {"b1": {"checked": ["x", "x"], "na": ["y"]}, "a1": "m2"}
    reading = read_response(_file(answers), BANK, "r.json")
    assert reading.warnings == ()
    assert reading.response.answers["b1"] == {"checked": ["x"], "na": ["y"]}
    again = read_response(json.dumps(response_to_json(reading.response)), BANK, "r.json")
    assert again.response == reading.response
    bad = json.loads(_file({}))
    bad["answers"] = {"b1": {"checked": ["x"], "maybe": []}, "a2": {"checked": ["yes"]},
                      "a1": {"checked": ["zz"]}}  # fmt: skip
    reading = read_response(json.dumps(bad), BANK, "r.json", "en")
    assert "b1" not in reading.response.answers
    assert reading.dropped_answers == 3
    assert len([w for w in reading.warnings if "answers." in w]) == 3


def test_a_response_to_a_changed_bank_keeps_every_answer_whose_id_still_exists() -> None:
    data = json.loads(_file({**HIGH_S1, "budget": "yes"}))
    data["answers"]["removed-question"] = "yes"
    data["bank"]["version"] = "0.9"
    reading = read_response(json.dumps(data), BANK, "r.json", "en")
    kept = {k: v for k, v in reading.response.answers.items() if v is not None}
    assert kept == {**HIGH_S1, "budget": "yes"}
    assert any("removed-question" in w for w in reading.warnings)
    assert not reading.unusable


def test_the_browser_scores_a_model_2_bank_with_every_answer_shape() -> None:
    from selfassess.core import browser

    bank_json = json.dumps(BANK_JSON)
    assert json.loads(browser.prepare(bank_json))["ok"]
    answers = {**HIGH_S1, "b1": {"checked": ["x"], "na": ["y"]}, "budget": "no"}
    result = json.loads(browser.evaluate(bank_json, _file(answers), formats="json"))
    assert (result["ok"], result["warnings"]) == (True, [])
    imported = json.loads(browser.import_response(bank_json, _file(answers), "r.json"))
    assert imported["response"]["answers"]["b1"] == {"checked": ["x"], "na": ["y"]}
