"""Every report of a model 2 bank (groups, streams, levels, a display scale, conditions and
roles) in every format: structure, levels reached, not-asked counts, the next stage, the plan
with its phase, criteria beside answers; the team at every level and by role; comparisons at
every level; a JSON report read back as a comparison baseline."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.compare import compare, read_snapshot, snapshot_from_report
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.render import render_comparison, render_report, render_team_report
from selfassess.core.responses import response_to_json
from selfassess.core.results import Report
from selfassess.core.scoring import score
from selfassess.load import load_bank
from tests.core.strategies import answered

BANK_FILE = Path(__file__).parents[1] / "banks" / "example-model2.yml"
BANK_JSON: dict[str, Any] = load_bank(BANK_FILE)
BANK: Bank = bank_from_json(BANK_JSON)
# Staff: the leadership section is for management only (two questions not asked, by role).
STAFF = {
    "responsable": "no", "presupuesto": "4", "encuestas": "no",
    "canales": {"checked": ["web"], "na": ["telefono"]}, "revision": "a-veces", "plazo": "3",
}  # fmt: skip
# Management, nobody in charge: the budget question is not asked (its condition).
MANAGEMENT = {"responsable": "no", "encuestas": "siempre", "canales": ["web", "telefono"],
              "revision": "siempre", "plazo": "5"}  # fmt: skip


def _report(answers: dict[str, Any], role: str, language: str = "en", bank: Bank = BANK) -> Report:
    return score(bank, answered(bank, answers, language, respondent_role=role))


def _lines(text: str) -> list[str]:
    return text.splitlines()


def test_markdown_shows_structure_levels_not_asked_next_stage_and_plan_with_phase() -> None:
    md = render_report(_report(STAFF, "equipo"), BANK, "md")
    lines = _lines(md)
    assert "- **Overall score:** 1.50 / 3" in lines
    assert "- **Level reached:** 0 of 3" in lines
    assert "- **Next stage:** Managed still lacks: Someone is in charge" in lines
    assert any(
        line.startswith("- **Completeness:** 100.0%") and "2 questions not asked: 2 by role" in line
        for line in lines
    )
    assert "## Results by group, section and stream" in lines
    structure = lines[lines.index("## Results by group, section and stream") + 2 :]
    assert structure[:8] == [
        "| Section | Score | Rating | Level | Target | Gap |",
        "| --- | ---: | --- | --- | ---: | ---: |",
        "| Strategy | — |  |  |  |  |",
        "| › Leadership | — |  |  | 2.00 | — |",
        "| Operations | 1.50 |  | 0 of 3 |  |  |",
        "| › Listening | 1.50 | Medium | 0 of 3 | 2.50 | 1.00 |",
        "| › › Collect | 1.50 |  |  |  |  |",
        "| › › Use | 1.50 |  |  |  |  |",
    ]
    assert "- Leadership: 2 questions not asked: 2 by role" in lines
    plan = lines[lines.index("## Action plan") + 4 :]
    assert plan[:5] == [
        "| Phase (level) | Section | Next step | Gap | Owner | Date |",
        "| ---: | --- | --- | ---: | --- | --- |",
        "| 1 | Listening | Start with a pilot. | 1.00 |  |  |",
        "| 1 | Response | Set a response time. | 0.50 |  |  |",
        "| 3 | Listening | Book a monthly meeting. | 1.00 |  |  |",
    ]
    # Criteria beside the answer; the checklist's items not applicable in words.
    assert (
        "- **Does it have its own budget?** — not asked (role) "
        "(Criteria: A written line in the budget)"
    ) in lines
    assert "- **Which channels do you listen to?** — Web (n/a: Phone)" in lines


def test_spanish_readers_get_decimal_commas_and_machines_get_points() -> None:
    report = _report(STAFF, "equipo", "es")
    md = render_report(report, BANK, "md")
    assert "- **Puntuación global:** 1,50 / 3" in _lines(md)
    assert "(brecha 1,00 · prioridad 1,00)" in md
    assert "100,0 %" in md
    html = render_report(report, BANK, "html")
    assert '<span class="sa-score-value">1,50 / 3</span>' in html
    rows = list(csv.reader(io.StringIO(render_report(report, BANK, "csv"))))
    assert rows[3][4:7] == ["0.0", "50.0", "33.3"]
    assert json.loads(render_report(report, BANK, "json"))["overall"]["score"] == 50.0


def test_html_shows_every_level_of_the_structure_the_plan_and_the_criteria() -> None:
    html = render_report(_report(STAFF, "equipo"), BANK, "html")
    assert '<tr data-group="operacion" class="sa-row-group sa-depth-0">' in html
    assert '<tr data-stream="escucha/recoger" class="sa-row-stream sa-depth-2">' in html
    assert '<span class="sa-level" data-level="0">0 of 3</span>' in html
    assert 'data-stage="gestionada">Managed still lacks: Someone is in charge</span>' in html
    assert '<span class="sa-not-asked">2 questions not asked: 2 by role</span>' in html
    steps = re.findall(r'<tr data-question="(\w+)" data-level="(\d)">', html)
    assert steps == [("encuestas", "1"), ("plazo", "1"), ("revision", "3")]
    assert '<li data-question="presupuesto" data-not-asked="role">' in html
    assert "<li>A written line in the budget</li>" in html
    # The radar draws groups when the bank has groups.
    radar = html.split('class="sa-chart sa-chart-radar"', 1)
    bars = html.split('class="sa-chart sa-chart-bar"', 1)[1].split("</svg>", 1)[0]
    assert len(radar) == 1  # two groups: too few axes for a radar, the bars show them
    assert "Strategy" in bars and "Operations" in bars and "Listening" not in bars


def test_bank_texts_in_criteria_and_steps_are_escaped() -> None:
    data = json.loads(json.dumps(BANK_JSON))
    budget = next(q for s in data["sections"] for q in s["questions"] if q["id"] == "presupuesto")
    budget["criteria"] = [{"en": "<script>alert(1)</script> | **x**", "es": "<b>"}]
    bank = bank_from_json(data)
    report = _report(MANAGEMENT | {"responsable": "yes", "presupuesto": "2"}, "direccion",
                     bank=bank)  # fmt: skip
    html = render_report(report, bank, "html")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = render_report(report, bank, "md")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*x\\*\\*" in md


def test_csv_adds_group_stream_levels_not_asked_and_criteria_columns() -> None:
    rows = list(csv.reader(io.StringIO(render_report(_report(STAFF, "equipo"), BANK, "csv"))))
    assert rows[0][9:15] == ["Group", "Stream", "Question level", "Section level reached",
                             "Not asked", "Criteria"]  # fmt: skip
    by_id = {r[1]: r for r in rows[1:]}
    assert by_id["presupuesto"][9:15] == ["Strategy", "", "2", "", "role",
                                        "A written line in the budget"]  # fmt: skip
    assert by_id["canales"][3] == "Web (n/a: Phone)"
    assert by_id["canales"][9:14] == ["Operations", "Collect", "2", "0", ""]


def test_json_has_groups_streams_levels_not_asked_next_stage_plan_and_display() -> None:
    data = json.loads(render_report(_report(STAFF, "equipo"), BANK, "json"))
    assert [(g["id"], g["score"], g["level"]) for g in data["groups"]] == [
        ("estrategia", None, None), ("operacion", 50.0, 0)
    ]  # fmt: skip
    assert [(s["id"], s["score"]) for s in data["streams"]] == [
        ("escucha/recoger", 50.0), ("escucha/usar", 50.0)
    ]  # fmt: skip
    assert (data["levels"], data["level"]) == (3, 0)
    assert data["display"] == {"min": 0, "max": 3, "decimals": 2}
    assert data["not_asked"] == {"count": 2, "by_reason": {"role": 2}}
    assert data["next_stage"] == {"id": "gestionada", "label": "Managed",
                                  "missing": ["Someone is in charge"]}  # fmt: skip
    assert [(p["level"], p["question"], p["option"], p["step"]) for p in data["plan"]] == [
        (1, "encuestas", "no", "Start with a pilot."),
        (1, "plazo", "", "Set a response time."),
        (3, "revision", "", "Book a monthly meeting."),
    ]
    budget = next(q for q in data["questions"] if q["id"] == "presupuesto")
    assert budget["not_asked"] == "role" and budget["criteria"] == ["A written line in the budget"]


def test_a_json_report_is_a_comparison_baseline_with_group_and_stream_deltas() -> None:
    before = render_report(_report(STAFF, "equipo"), BANK, "json")
    baseline, warnings = read_snapshot(before, BANK, "last-year.json")
    assert warnings == []
    now = _report(MANAGEMENT, "direccion")
    result = compare(BANK, baseline, snapshot_from_report(now))
    assert [(d.id, d.baseline, d.current) for d in result.groups] == [
        ("estrategia", None, 0.0), ("operacion", 50.0, now.groups[1].score)
    ]  # fmt: skip
    streams = {d.id: (d.baseline, d.delta) for d in result.streams}
    assert streams == {"escucha/recoger": (50.0, 50.0), "escucha/usar": (50.0, 50.0)}
    assert (result.groups_added, result.streams_added, result.streams_removed) == ((), (), ())


def test_the_comparison_shows_deltas_at_every_level_in_every_format() -> None:
    baseline = snapshot_from_report(_report(STAFF, "equipo"))
    current = snapshot_from_report(_report(MANAGEMENT, "direccion"))
    comparison = compare(BANK, baseline, current, "en")
    md = render_comparison(comparison, BANK, "md")
    for heading in ("Changes by group", "Changes by section", "Changes by stream",
                    "Changes by question"):  # fmt: skip
        assert f"## {heading}" in md
    assert "| Listening › Collect | 1.50 | 3.00 | \\+1.50 | improved |" in md
    html = render_comparison(comparison, BANK, "html")
    assert '<tr data-stream="escucha/recoger" data-status="improved">' in html
    rows = list(csv.reader(io.StringIO(render_comparison(comparison, BANK, "csv"))))
    assert [r[:2] for r in rows[2:4]] == [["group", "estrategia"], ["group", "operacion"]]
    assert ["stream", "escucha/usar", "Listening › Use", "50.0", "100.0", "50.0"] in [
        r[:6] for r in rows
    ]
    data = json.loads(render_comparison(comparison, BANK, "json"))
    assert [d["id"] for d in data["groups"]] == ["estrategia", "operacion"]
    assert data["summary"]["streams"]["improved"] == 2


def test_the_team_report_has_statistics_per_group_section_stream_and_role() -> None:
    files = [
        (f"{name}.json",
         json.dumps(response_to_json(answered(BANK, answers, "en", respondent_role=role))))
        for name, answers, role in (("ana", MANAGEMENT, "direccion"), ("bo", STAFF, "equipo"))
    ]  # fmt: skip
    team = aggregate(BANK, *read_files(BANK, files), "en")
    md = render_team_report(team, BANK, "md")
    lines = _lines(md)
    assert "## Team results by group" in lines and "## Team results by stream" in lines
    groups = lines[lines.index("## Team results by group") + 2 :]
    assert groups[0] == "| Group | Mean | Min | Max | Spread | N | Management | Staff |"
    assert groups[3].startswith("| Operations | ")
    assert any(line.startswith("- **Next stage:** Managed") for line in lines)
    data = json.loads(render_team_report(team, BANK, "json"))
    streams = {s["id"]: s for s in data["streams"]}
    assert (streams["escucha/usar"]["mean"], streams["escucha/usar"]["count"]) == (75.0, 2)
    assert streams["escucha/usar"]["by_role"]["equipo"]["mean"] == 50.0
    assert [g["id"] for g in data["groups"]] == ["estrategia", "operacion"]
    assert data["next_stage"]["id"] == "gestionada"
    rows = list(csv.reader(io.StringIO(render_team_report(team, BANK, "csv"))))
    assert {r[0] for r in rows[1:]} == {"overall", "group", "section", "stream", "question"}
    html = render_team_report(team, BANK, "html")
    assert '<tr data-stream="escucha/usar">' in html and '<tr data-group="operacion">' in html
    # A team report read back as a baseline keeps its groups and streams.
    baseline, _ = read_snapshot(json.dumps(data), BANK, "team.json")
    assert baseline.streams["escucha/usar"] == 75.0 and "operacion" in baseline.groups


def test_a_bank_without_model_2_keeps_the_sections_table_and_the_gaps_plan() -> None:
    from tests.core.test_render import sample_bank, sample_report

    md = render_report(sample_report("en"), sample_bank(), "md")
    assert "## Results by section" in md and "Phase (level)" not in md
    assert "## Answers" not in md
    data = json.loads(render_report(sample_report("en"), sample_bank(), "json"))
    assert not {"groups", "streams", "levels", "display", "plan"} & set(data)
