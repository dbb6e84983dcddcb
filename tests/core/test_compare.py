"""Comparison with a baseline: deltas and their status, the tolerance, bank versions that add,
remove or change questions, team reports as either side, refused files, and every format."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.compare import (
    UNCHANGED_TOLERANCE,
    Snapshot,
    SnapshotInvalid,
    compare,
    read_snapshot,
)
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.render import (
    render_comparison,
    render_report,
    render_team_report,
)
from selfassess.core.responses import read_response
from selfassess.core.scoring import score
from selfassess.load import load_bank
from tests.conftest import TESTS
from tests.core.test_aggregate import HOSTILE, A, B, C, response_file
from tests.core.test_render_html import CheckedDocument


def snapshot(bank: Bank, content: str, source: str = "file.json") -> Snapshot:
    return read_snapshot(content, bank, source)[0]


def team_report(bank: Bank, *answers: dict[str, Any]) -> str:
    files = [(f"{i}.json", response_file(bank, a, "equipo")) for i, a in enumerate(answers)]
    readings, rejected = read_files(bank, files)
    return render_team_report(aggregate(bank, readings, rejected), bank, "json")


def test_deltas_between_two_response_files(mini_bank: Bank) -> None:
    # C: valores 50, clientes 40 (overall 46.7); A: 100 everywhere.
    baseline = snapshot(mini_bank, response_file(mini_bank, C, name="Ana"))
    current = snapshot(mini_bank, response_file(mini_bank, A, name="Ana"))
    comparison = compare(mini_bank, baseline, current, "en")
    data = json.loads(render_comparison(comparison, mini_bank, "json"))
    assert data["overall"] == {
        "baseline": 46.7, "current": 100.0, "delta": 53.3, "status": "improved"
    }  # fmt: skip
    assert [(s["id"], s["baseline"], s["current"], s["delta"], s["status"])
            for s in data["sections"]] == [
        ("valores", 50.0, 100.0, 50.0, "improved"), ("clientes", 40.0, 100.0, 60.0, "improved")
    ]  # fmt: skip
    questions = {q["id"]: q for q in data["questions"]}
    # "Don't know" last time: no baseline, so no delta, but the question is still listed.
    assert questions["clientes-escucha"]["status"] == "missing"
    assert questions["clientes-satisfaccion"]["baseline"] is None
    assert data["summary"]["sections"] == {"improved": 2, "unchanged": 0, "worse": 0, "missing": 0}
    assert [m["id"] for m in data["summary"]["most_improved"]][:2] == ["clientes", "valores"]
    assert data["summary"]["most_worse"] == []
    assert data["questions_added"] == data["questions_removed"] == []
    assert data["versions_differ"] is False
    assert data["baseline"]["label"] == "answers of Ana"


def test_worse_and_unchanged(mini_bank: Bank) -> None:
    baseline = snapshot(mini_bank, response_file(mini_bank, A))
    current = snapshot(mini_bank, response_file(mini_bank, {**A, "valores-escritos": "no"}))
    comparison = compare(mini_bank, baseline, current, "en")
    data = json.loads(render_comparison(comparison, mini_bank, "json"))
    statuses = {s["id"]: (s["delta"], s["status"]) for s in data["sections"]}
    assert statuses == {"valores": (-33.3, "worse"), "clientes": (0.0, "unchanged")}
    assert data["summary"]["most_worse"][0]["id"] == "valores"


def test_tolerance_decides_on_the_numbers_shown(mini_bank: Bank) -> None:
    assert UNCHANGED_TOLERANCE == 2.0

    def side(value: float) -> Snapshot:
        return Snapshot("team", "mini", "1.0.0", mini_bank.hash, "", 5, "", value,
                        {"valores": value}, {}, {})  # fmt: skip

    def status(before: float, after: float) -> str:
        return compare(mini_bank, side(before), side(after)).overall.status

    assert status(50, 51.9) == "unchanged"
    assert status(50, 52.0) == "improved"
    assert status(50, 48.0) == "worse"
    assert status(50, 48.04) == "worse"  # shown as 48.0: a fall of 2.0
    assert status(50, 48.06) == "unchanged"  # shown as 48.1


def test_questions_added_and_removed_between_versions_are_listed(mini_bank: Bank) -> None:
    old = json.loads(response_file(mini_bank, C, name="Ana"))
    old["bank"] = {"id": "mini", "version": "0.9.0", "hash": "sha256:old"}
    del old["answers"]["clientes-satisfaccion"]
    old["answers"]["clientes-quejas"] = "yes"
    baseline, warnings = read_snapshot(json.dumps(old), mini_bank, "2024.json")
    assert any("answers.clientes-quejas" in w for w in warnings)
    current = snapshot(mini_bank, response_file(mini_bank, A))
    comparison = compare(mini_bank, baseline, current, "en")
    data = json.loads(render_comparison(comparison, mini_bank, "json"))
    assert data["versions_differ"] is True
    assert data["baseline"]["bank_version"] == "0.9.0"
    assert [q["id"] for q in data["questions_added"]] == ["clientes-satisfaccion"]
    assert [q["id"] for q in data["questions_removed"]] == ["clientes-quejas"]
    assert "clientes-quejas" not in [q["id"] for q in data["questions"]]
    assert data["changes_known"] is False
    markdown = render_comparison(comparison, mini_bank, "md")
    assert "version 0.9.0" in markdown and "cannot be told" in markdown
    assert "- clientes-quejas" in markdown
    assert "Do you know how satisfied customers are? (`clientes-satisfaccion`)" in markdown
    rows = list(csv.reader(io.StringIO(render_comparison(comparison, mini_bank, "csv"))))
    assert ["question", "clientes-quejas", "clientes-quejas", "", "", "",
            "Questions no longer asked (no current data)"] in rows  # fmt: skip


def test_team_reports_on_both_sides_and_changed_questions(mini_bank: Bank) -> None:
    before = json.loads(team_report(mini_bank, B, C))
    after = team_report(mini_bank, A, C)
    before["bank"]["version"] = "0.9.0"
    changed = next(q for q in before["questions"] if q["id"] == "valores-uso")
    changed["fingerprint"] = "0000000000000000"
    baseline = snapshot(mini_bank, json.dumps(before))
    current = snapshot(mini_bank, after)
    assert (baseline.kind, baseline.respondents) == ("team", 2)
    comparison = compare(mini_bank, baseline, current, "es")
    data = json.loads(render_comparison(comparison, mini_bank, "json"))
    assert data["baseline"]["label"] == "informe de equipo (n = 2)"
    assert data["overall"]["baseline"] == before["overall"]["mean"]
    assert [q["id"] for q in data["questions_changed"]] == ["valores-uso"]
    assert data["changes_known"] is True
    # valores: (0 + 50) / 2 = 25 → (100 + 50) / 2 = 75
    assert data["sections"][0] == {
        "id": "valores", "title": "Valores", "baseline": 25.0, "current": 75.0, "delta": 50.0,
        "status": "improved",
    }  # fmt: skip


def test_a_single_report_json_is_a_baseline_too(mini_bank: Bank) -> None:
    reading = read_response(response_file(mini_bank, C), mini_bank, "c.json")
    report_json = render_report(score(mini_bank, reading.response), mini_bank, "json")
    from_report = snapshot(mini_bank, report_json)
    from_response = snapshot(mini_bank, response_file(mini_bank, C))
    assert from_report.kind == "report"
    assert from_report.sections == pytest.approx(
        {k: round(v, 1) for k, v in from_response.sections.items() if v is not None}
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "selfassess/team-report@1", "bank": {"id": "otro"}, "overall": {}}',
         "file.json: bank.id: the file is about bank 'otro', not 'mini'"),
        ('{"format": "selfassess/team-report@1", "bank": {"id": "mini"}, "overall": {"mean": 1},'
         ' "sections": [{"id": "valores", "mean": "alto"}], "questions": []}',
         "file.json: sections[0].mean: expected a number or null, found a string"),
        ('{"format": "selfassess/team-report@1", "bank": {"id": "mini"}, "overall": {"mean": 140},'
         ' "sections": [], "questions": []}',
         "file.json: overall: 140 is outside 0–100"),
        ('{"format": "selfassess/team-report@1", "bank": {"id": "mini"}, "overall": {},'
         ' "sections": {}, "questions": []}',
         "file.json: sections: expected a list, found an object"),
        ('{"format": "selfassess/comparison@1"}',
         "file.json: format: 'selfassess/comparison@1' cannot be compared"),
        ("[1, 2]", "expected a JSON object"),
        ("{", "file.json:1:2: not valid JSON"),
    ],
)  # fmt: skip
def test_files_that_cannot_be_compared_say_why(mini_bank: Bank, content: str, message: str) -> None:
    with pytest.raises(SnapshotInvalid) as raised:
        read_snapshot(content, mini_bank, "file.json")
    assert message in str(raised.value)


def test_html_has_both_series_and_names_as_text(mini_bank: Bank) -> None:
    baseline = snapshot(mini_bank, response_file(mini_bank, B, name=HOSTILE))
    current = snapshot(mini_bank, response_file(mini_bank, A, name=HOSTILE))
    document = render_comparison(compare(mini_bank, baseline, current, "en"), mini_bank, "html")
    parsed = CheckedDocument(document)
    assert "img" not in parsed.names()
    assert any(HOSTILE in t for t in parsed.texts)
    assert 'stroke-dasharray="6 4"' in document  # the baseline, dashed
    assert document.count('class="sa-chart sa-chart-radar"') == 0  # two sections: bars only
    statuses = [
        a.get("data-status") for tag, a in parsed.tags if tag == "tr" and "data-section" in a
    ]
    assert statuses == ["improved", "improved"]


def test_an_old_team_report_against_this_versions_answers_lists_changed_questions(
    mini_bank: Bank,
) -> None:
    before = json.loads(team_report(mini_bank, B, C))
    before["bank"]["version"] = "0.9.0"
    next(q for q in before["questions"] if q["id"] == "valores-escritos")["fingerprint"] = "x"
    baseline = snapshot(mini_bank, json.dumps(before))
    current = snapshot(mini_bank, response_file(mini_bank, A))
    comparison = compare(mini_bank, baseline, current, "en")
    data = json.loads(render_comparison(comparison, mini_bank, "json"))
    assert [q["id"] for q in data["questions_changed"]] == ["valores-escritos"]
    assert (data["changes_known"], data["versions_differ"]) == (True, True)


MINI = bank_from_json(load_bank(TESTS / "banks" / "mini.yml"))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "mean", "score", "value", "x"]), children, max_size=3
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["selfassess/team-report@1", "selfassess/report@1"]),
    st.dictionaries(
        st.sampled_from(["bank", "overall", "sections", "questions", "respondents", "respondent",
                         "date"]),
        json_values,
    ),
    st.booleans(),
)  # fmt: skip
def test_any_report_json_is_read_or_refused_with_a_reason(
    kind: str, fields: dict, right_bank: bool
) -> None:
    mini_bank = MINI
    document = {"format": kind, **fields}
    if right_bank:
        document["bank"] = {"id": "mini"}
    try:
        text = json.dumps(document)
    except ValueError:  # NaN and infinities are not JSON
        return
    try:
        result = read_snapshot(text, mini_bank, "f.json")
    except SnapshotInvalid as error:
        assert error.problems and all(p.startswith("f.json: ") for p in error.problems)
    else:
        assert result[0].bank_id == "mini"
