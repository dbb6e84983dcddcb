"""Model 2's scoring worked out by hand: questions asked or not, checklist n/a and exclusive
items, streams and groups, the display scale, stages with rules, levels and the plan."""

from __future__ import annotations

from typing import Any

import pytest

from selfassess.core.answers import answer_value
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.results import Answer, Report, displayed
from selfassess.core.scoring import score
from tests.core.strategies import (
    MATURITY,
    STAGES,
    answered,
    model2_json,
    option,
    question,
    section,
    text,
    with_action,
)


def _q(question_id: str, kind: str, level: int, **keys: Any) -> dict[str, Any]:
    values = [0, 1] if "answer_set" in keys else keys.pop("values", None)
    data = question(question_id, kind, values=values)
    if "answer_set" in keys:
        data.pop("options")
    return {**data, "level": level, **keys}


BUDGET_YES = {"question": "budget", "in": ["yes"]}
# s1 (group g1, weight 2): stream A (weight 2) = a1, a2; stream B (weight 1) = b1.
# s2 (group g2): budget; team asked only when budget is yes; mgr only for direccion.
# s3 (group g2): asked only when budget is yes or partial.
S1 = section("s1", [
    _q("a1", "choice", 1, answer_set="maturity"),
    {**_q("a2", "yesno", 2), "options": [option("yes", 1),
                                          with_action(option("partial", 0.5), "finish it"),
                                          option("no", 0)]},
    {**_q("b1", "checklist", 1, values=[1, 1]),
     "options": [option("x", 1), option("y", 1),
                 {**with_action(option("none", 0), "start with one"), "exclusive": True}]},
])  # fmt: skip
S1["streams"] = [
    {"id": "A", "title": text("A"), "weight": 2, "questions": ["a1", "a2"]},
    {"id": "B", "title": text("B"), "weight": 1, "questions": ["b1"]},
]
S2 = section("s2", [
    _q("budget", "yesno", 1),
    _q("team", "yesno", 1, when=BUDGET_YES),
    _q("mgr", "scale", 2, roles=["direccion"]),
])  # fmt: skip
S3 = {**section("s3", [_q("c1", "scale", 1)]),
      "when": {"question": "budget", "in": ["yes", "partial"]}}  # fmt: skip
STAGE_RULES = [
    dict(STAGES[0]),
    {**STAGES[1], "requires": [{"label": text("budget"), "when": BUDGET_YES},
                               {"label": text("team"), "when": {"question": "team",
                                                                "in": ["yes"]}}]},
    {**STAGES[2], "requires": [{"label": text("s1 at 60"), "section": "s1", "min": 60}]},
]  # fmt: skip
BANK_JSON = model2_json(
    [S1, S2, S3], STAGE_RULES,
    answer_sets=[{"id": "maturity",
                  "options": [with_action(MATURITY[0], "start"), *MATURITY[1:]]}],
    levels=2,
    groups=[{"id": "g1", "title": text("g1"), "weight": 2, "sections": ["s1"]},
            {"id": "g2", "title": text("g2"), "weight": 1, "sections": ["s2", "s3"]}],
    display={"min": 0, "max": 3, "decimals": 2},
    roles=[{"id": "direccion", "label": text("direccion")},
           {"id": "equipo", "label": text("equipo")}],
)  # fmt: skip
BANK: Bank = bank_from_json(BANK_JSON)
HIGH_S1 = {"a1": "m3", "a2": "yes", "b1": ["x", "y"]}


def _score(answers: dict[str, Answer], role: str = "") -> Report:
    return score(BANK, answered(BANK, answers, respondent_role=role))


def _sections(report: Report) -> dict[str, float | None]:
    return {s.id: s.score for s in report.sections}


def test_no_budget_switches_its_questions_off_and_keeps_a_high_score_at_the_first_stage() -> None:
    # s1 = 100; budget "no": team and the whole of s3 are not asked; mgr "5" → s2 = 50.
    # g1 = 100, g2 = 50 (s3 has no score); overall = (2 × 100 + 50) / 3 = 83.3.
    report = _score({**HIGH_S1, "budget": "no", "team": "yes", "mgr": "5", "c1": "5"})
    assert _sections(report) == {"s1": 100, "s2": 50, "s3": None}
    assert [(g.id, g.score) for g in report.groups] == [("g1", 100), ("g2", 50)]
    assert report.score == pytest.approx(250 / 3)
    not_asked = {q.id: q.not_asked for q in report.questions if q.not_asked}
    assert not_asked == {"team": "condition", "c1": "condition"}
    assert (report.not_asked, report.not_asked_by_reason) == (2, {"condition": 2})
    assert (report.answered, report.total, report.completeness) == (5, 5, 100)
    s3 = report.sections[2]
    assert (s3.total, s3.not_asked, s3.not_asked_by_reason) == (0, 1, {"condition": 1})
    # The answers given to questions not asked stay in the report, unscored.
    team = next(q for q in report.questions if q.id == "team")
    assert (team.answer, team.value, team.falls_short) == ("yes", None, False)
    # No budget, no team: not Involucrada (nor Enfocada) even with a score of 83.3.
    assert report.stage == "pasiva"
    assert report.next_stage is not None
    assert report.next_stage.id == "involucrada"
    assert report.next_stage.missing == (text("budget"), text("team"))
    assert report.next_stage.below_floor is False


def test_with_budget_and_team_the_stage_follows_score_and_section_rules() -> None:
    full = {**HIGH_S1, "budget": "yes", "team": "yes", "mgr": "5", "c1": "1"}
    report = _score(full)
    # s2 = 100, s3 = 0 → g2 = 50; overall 83.3; s1 = 100 ≥ 60 → Enfocada, nothing next.
    assert _sections(report) == {"s1": 100, "s2": 100, "s3": 0}
    assert (report.stage, report.next_stage) == ("enfocada", None)
    low = _score({**full, "a1": "m0", "a2": "no", "b1": []})
    # s1 = 0 → overall (0 + 50) / 3 = 16.7: rules hold, the score does not reach 40.
    assert low.score == pytest.approx(50 / 3)
    assert low.stage == "pasiva"
    assert low.next_stage is not None
    assert (low.next_stage.id, low.next_stage.missing, low.next_stage.below_floor) == (
        "involucrada", (), True
    )  # fmt: skip
    middle = _score({**full, "a1": "m1", "a2": "no", "b1": ["x"], "c1": "5"})
    # A = (.25 + 0) / 2 = 12.5, B = 50 → s1 = (2 × 12.5 + 50) / 3 = 25; g2 = 100;
    # overall = (2 × 25 + 100) / 3 = 50: Involucrada; Enfocada lacks its floor and s1 at 60.
    assert _sections(middle)["s1"] == pytest.approx(25)
    assert [s.score for s in middle.sections[0].streams] == [12.5, 50]
    assert (middle.stage, middle.next_stage.id) == ("involucrada", "enfocada")
    assert middle.next_stage.missing == (text("s1 at 60"),)
    assert middle.next_stage.below_floor


def test_a_role_not_meant_is_not_asked_and_no_role_asks_everything() -> None:
    answers = {**HIGH_S1, "budget": "yes", "team": "no", "mgr": "1", "c1": "5"}
    for role in ("equipo", "Equipo (en)"):
        report = _score(answers, role)
        assert {q.id: q.not_asked for q in report.questions if q.not_asked} == {"mgr": "role"}
        assert report.not_asked_by_reason == {"role": 1}
        assert _sections(report)["s2"] == 50  # budget 1, team 0
    for role in ("", "direccion"):
        assert _sections(_score(answers, role))["s2"] == pytest.approx(100 / 3)


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        (["x"], 0.5),
        (["x", "none"], 0.0),  # the exclusive item wins
        ({"checked": ["x", "none"], "na": []}, 0.0),
        ({"checked": ["x"], "na": ["y"]}, 1.0),  # y leaves both sums
        ({"checked": ["x", "y"], "na": ["y"]}, 1.0),  # checked and n/a: n/a
        ({"checked": [], "na": ["x", "y"]}, None),  # nothing applicable: not scored
        ({"checked": ["x"]}, 0.5),
        ({"checked": ["x"], "other": []}, None),  # not a checklist answer
        ({"checked": ["z"]}, None),
    ],
)
def test_checklist_values_with_exclusive_and_not_applicable_items(answer, value) -> None:
    b1 = BANK.question("b1")
    assert b1 is not None
    assert answer_value(b1, answer) == value


def test_a_stream_or_group_with_nothing_scored_is_left_out() -> None:
    report = _score({"a1": None, "a2": "na", "b1": ["x"], "budget": "no"})
    assert [s.score for s in report.sections[0].streams] == [None, 50]
    assert _sections(report) == {"s1": 50, "s2": 0, "s3": None}
    only_s3 = _score({"budget": "partial", "c1": "3"})
    # s2: budget .5 → 50 (team not asked), s3 = 50; g1 has no score and is left out.
    assert [(g.id, g.score) for g in only_s3.groups] == [("g1", None), ("g2", 50)]
    assert only_s3.score == 50


def test_the_display_scale_maps_0_to_100_linearly() -> None:
    report = _score({**HIGH_S1, "budget": "no", "mgr": "5"})
    assert report.display == BANK.display
    assert displayed(report.display, report.score) == 2.5  # 83.33 on 0–3
    assert displayed(report.display, 0) == 0 and displayed(report.display, 100) == 3
    assert displayed(None, 41.25) == 41.25 and displayed(report.display, None) is None


def test_levels_reached_per_section_group_and_bank() -> None:
    report = _score({**HIGH_S1, "budget": "yes", "team": "partial", "mgr": "1", "c1": "4"})
    # s1: level 1 (a1, b1) and level 2 (a2) all ≥ .5 → 2. s2: budget 1, team .5 meet level 1;
    # mgr 0 misses level 2 → 1. s3: c1 .75 → level 1 met; it has no level-2 question, and a
    # level no asked question is about cannot be claimed → 1.
    assert [s.level for s in report.sections] == [2, 1, 1]
    assert [g.level for g in report.groups] == [2, 1]
    assert report.level == 1
    unknown = _score({**HIGH_S1, "a1": "na", "budget": "no"})
    # "don't know" does not meet the threshold; s3 asks nothing: no level.
    assert [s.level for s in unknown.sections] == [0, 0, None]


def test_the_plan_goes_level_by_level_then_by_section_gap_and_weight() -> None:
    report = _score({"a1": "m0", "a2": "partial", "b1": ["none"], "budget": "yes",
                     "team": "yes", "mgr": "5", "c1": "3"})  # fmt: skip
    # s1: A = (0 + .5) / 2 = 25, B = 0 → 50/3, shown 16.7: gap 58.3 × 1 × group 2 = 116.6.
    # s3: 50, gap 25 × 1 × 1 = 25. s2 = 100: no step.
    steps = [(s.question, s.level, s.option, s.section, s.group, s.stream) for s in report.plan]
    assert steps == [
        ("a1", 1, "m0", "s1", "g1", "A"),  # shortfall .75: the answer set option's step
        ("b1", 1, "none", "s1", "g1", "B"),  # "none of these" has its own step
        ("c1", 1, "", "s3", "g2", ""),  # shortfall .25, lower section priority
        ("a2", 2, "partial", "s1", "g1", "A"),  # level 2 after every level 1 step
    ]
    assert [round(s.priority, 1) for s in report.plan] == [116.6, 116.6, 25.0, 116.6]
    assert [s.shortfall for s in report.plan] == [0.75, 0.75, 0.25, 0.25]


def test_a_bank_without_model_2_keys_reports_as_before() -> None:
    plain = bank_from_json(model2_json([section("s", [question("q", "scale")])]))
    report = score(plain, answered(plain, {"q": "3"}))
    assert (report.groups, report.level, report.not_asked, report.display) == ((), None, 0, None)
    assert report.sections[0].streams == () and report.sections[0].level is None
    assert (report.stage, report.next_stage.id) == ("involucrada", "enfocada")
    assert [(s.question, s.option, s.level) for s in report.plan] == [("q", "", 0)]
