"""Model 2 in every kind of report, beyond test_render_model2: what the charts' axes are
called, the team's plan with its phase and not-asked counts, the single report's CSV plan."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from selfassess.core.aggregate import TeamReport, aggregate, read_files
from selfassess.core.compare import compare, snapshot_from_report
from selfassess.core.model import bank_from_json
from selfassess.core.render import render_comparison, render_report, render_team_report
from selfassess.core.responses import response_to_json
from selfassess.load import load_bank
from tests.core.strategies import answered
from tests.core.test_render import sample_bank, sample_report
from tests.core.test_render_model2 import BANK, MANAGEMENT, STAFF, _report


def _team(language: str = "en") -> TeamReport:
    files = [
        (f"{name}.json",
         json.dumps(response_to_json(answered(BANK, answers, language, respondent_role=role))))
        for name, answers, role in (("ana", MANAGEMENT, "direccion"), ("bo", STAFF, "equipo"))
    ]  # fmt: skip
    return aggregate(BANK, *read_files(BANK, files), language)


def _chart_table_header(html: str) -> list[str]:
    table = html.split('<details class="sa-chart-data">', 1)[1].split("</details>", 1)[0]
    return re.findall(r'<th scope="col">([^<]*)</th>', table)


def _grouped_reports_html(language: str) -> tuple[str, str, str]:
    """The single, team and comparison HTML reports of the bank with groups."""
    staff = _report(STAFF, "equipo", language)
    management = _report(MANAGEMENT, "direccion", language)
    comparison = compare(BANK, snapshot_from_report(staff), snapshot_from_report(management),
                         language)  # fmt: skip
    return (
        render_report(staff, BANK, "html"),
        render_team_report(_team(language), BANK, "html"),
        render_comparison(comparison, BANK, "html"),
    )


@pytest.mark.parametrize(("language", "group"), [("en", "Group"), ("es", "Grupo")])
def test_the_charts_table_heads_its_axes_group_when_the_axes_are_groups(
    language: str, group: str
) -> None:
    for html in _grouped_reports_html(language):
        assert _chart_table_header(html)[0] == group
    # Without groups the axes are sections, as before.
    plain = render_report(sample_report(language), sample_bank(), "html")
    assert _chart_table_header(plain)[0] == {"en": "Section", "es": "Sección"}[language]


def _chart_titles(html: str) -> list[str]:
    return re.findall(r'<figure class="sa-chart [^"]*"><figcaption>([^<]*)</figcaption>', html)


@pytest.mark.parametrize(
    ("language", "group", "section"),
    [("en", "each group", "each section"), ("es", "cada grupo", "cada sección")],
)
def test_the_charts_titles_say_group_when_the_axes_are_groups(
    language: str, group: str, section: str
) -> None:
    for html in _grouped_reports_html(language):
        titles = _chart_titles(html)
        assert titles and all(group in t and section not in t for t in titles), titles
    # Without groups the axes are sections, as before.
    plain = _chart_titles(render_report(sample_report(language), sample_bank(), "html"))
    assert len(plain) == 2 and all(section in t for t in plain), plain


def test_the_team_report_counts_per_question_the_respondents_not_asked() -> None:
    # Staff are not asked the leadership section (role); management, nobody in charge, is not
    # asked about the budget (its condition): the budget question is asked of nobody.
    team = _team()
    md = render_team_report(team, BANK, "md").splitlines()
    header = "| Question | Mean | Min | Max | Spread | N | Don't know | Not asked | Management "
    assert md.count(header + "| Staff | Disagreement |") == 3
    why = "2 (1 by a condition, 1 by role)"
    budget = f"| Does it have its own budget? | — | — | — | — | 0 | 0 | {why} | — (0) | — (0) |  |"
    assert budget in md
    html = render_team_report(team, BANK, "html")
    row = html.split('<tr data-question="presupuesto">', 1)[1].split("</tr>", 1)[0]
    assert re.findall(r'<td class="sa-num">([^<]*)</td>', row)[5:7] == ["0", why]
    assert 't know</th><th scope="col">Not asked</th>' in html
    rows = list(csv.reader(io.StringIO(render_team_report(team, BANK, "csv"))))
    column = rows[0].index("Not asked")
    assert rows[0][column - 1] == "Don't know / not applicable"
    assert {r[2]: r[column] for r in rows if r[0] == "question"}["presupuesto"] == "2"
    assert {r[0]: r[column] for r in rows if r[0] != "question"} == dict.fromkeys(
        ("Level", "overall", "group", "section", "stream"), ""
    ) | {"Level": "Not asked"}
    data = json.loads(render_team_report(team, BANK, "json"))
    questions = {q["id"]: q for q in data["questions"]}
    assert (questions["presupuesto"]["not_asked"], questions["responsable"]["not_asked"]) == (2, 1)


@pytest.mark.parametrize(
    ("language", "target", "title"),
    [
        ("en", "Target", "Mean of each group by role against its target (bars)"),
        ("es", "Objetivo", "Media de cada grupo por rol frente al objetivo (barras)"),
    ],
)
def test_the_team_charts_by_group_draw_each_groups_target_as_a_single_report_does(
    language: str, target: str, title: str
) -> None:
    single, team, _ = _grouped_reports_html(language)
    assert _chart_table_header(team)[-1] == _chart_table_header(single)[-1] == target
    assert f"<figcaption>{title}</figcaption>" in team

    def targets(html: str) -> list[str]:
        table = html.split('<details class="sa-chart-data">', 1)[1].split("</details>", 1)[0]
        return re.findall(r'<td class="sa-num">([^<]*)</td></tr>', table)

    # Strategy: Leadership's 2; Operations: the mean of Listening's 2.5 and Response's 2.
    assert targets(team) == targets(single) == [n.replace(".", "," if language == "es" else ".")
                                                for n in ("2.00", "2.25")]  # fmt: skip


def test_a_team_report_of_a_bank_that_asks_everyone_has_no_not_asked_count() -> None:
    bank = bank_from_json(load_bank(Path(__file__).parents[1] / "banks" / "mini.yml"))
    files = [("a.json", json.dumps(response_to_json(answered(bank, {}, "en"))))]
    team = aggregate(bank, *read_files(bank, files), "en")
    for fmt in ("md", "csv", "html", "json"):
        report = render_team_report(team, bank, fmt)
        assert "Not asked" not in report and '"not_asked"' not in report


def test_the_team_plan_is_the_single_reports_table_with_its_phase() -> None:
    team = _team()
    md = render_team_report(team, BANK, "md").splitlines()
    plan = md[md.index("## Action plan") + 4 :]
    assert plan[:5] == [
        "| Phase (level) | Section | Next step | Gap | Owner | Date |",
        "| ---: | --- | --- | ---: | --- | --- |",
        "| 1 | Leadership | Appoint someone. | 2.00 |  |  |",
        "| 1 | Listening | Send a short survey. | 0.25 |  |  |",
        "| 3 | Listening | Book a monthly meeting. | 0.25 |  |  |",
    ]
    html = render_team_report(team, BANK, "html")
    table = html.split('<table class="sa-table sa-plan-table">', 1)[1].split("</table>", 1)[0]
    assert re.findall(r'<th scope="col">([^<]*)</th>', table)[:2] == ["Phase (level)", "Section"]
    assert re.findall(r'data-level="(\d)"><td class="sa-num">\d</td>', table) == ["1", "1", "3"]
    data = json.loads(render_team_report(team, BANK, "json"))
    assert [(p["question"], p["level"], p["step"]) for p in data["plan"]] == [
        ("responsable", 1, "Appoint someone."), ("encuestas", 1, "Send a short survey."),
        ("revision", 3, "Book a monthly meeting."),
    ]  # fmt: skip


def _planned(rows: list[list[str]], key: int) -> list[tuple[str, str]]:
    """(question id at `key`, phase) of each row in the plan, by the CSV's plan order."""
    header = rows[0]
    order, phase = header.index("Plan order"), header.index("Phase (level)")
    assert header[-4:] == ["Plan order", "Phase (level)", "Owner", "Date"]
    planned = sorted((r for r in rows[1:] if r[order]), key=lambda r: int(r[order]))
    assert [r[order] for r in planned] == [str(k) for k in range(1, len(planned) + 1)]
    return [(r[key], r[phase]) for r in planned]


def test_the_report_csv_carries_the_plan_in_its_order_with_its_phase() -> None:
    report = _report(STAFF, "equipo")
    rows = list(csv.reader(io.StringIO(render_report(report, BANK, "csv"))))
    plan = json.loads(render_report(report, BANK, "json"))["plan"]
    assert _planned(rows, 1) == [(p["question"], str(p["level"])) for p in plan] == [
        ("encuestas", "1"), ("plazo", "1"), ("revision", "3"),
    ]  # fmt: skip
    assert all(len(row) == len(rows[0]) for row in rows)


def test_the_team_csv_carries_the_plan_on_its_question_rows() -> None:
    team = _team()
    rows = list(csv.reader(io.StringIO(render_team_report(team, BANK, "csv"))))
    plan = json.loads(render_team_report(team, BANK, "json"))["plan"]
    assert _planned(rows, 2) == [(p["question"], str(p["level"])) for p in plan] == [
        ("responsable", "1"), ("encuestas", "1"), ("revision", "3"),
    ]  # fmt: skip
    assert all(len(row) == len(rows[0]) for row in rows)
    assert all(row[-4:] == ["", "", "", ""] for row in rows[1:] if row[0] != "question")


@pytest.mark.parametrize(
    ("language", "budget", "in_charge"),
    [
        ("en", "2 (1 by a condition, 1 by role)", "1 (1 by role)"),
        ("es", "2 (1 por una condición, 1 por el rol)", "1 (1 por el rol)"),
    ],
)
def test_the_team_report_says_why_respondents_were_not_asked_each_question(
    language: str, budget: str, in_charge: str
) -> None:
    # The budget question: management, nobody in charge, by its condition; staff by role.
    team = _team(language)
    reasons = {q.id: q.not_asked_by_reason for q in team.questions}
    assert (reasons["presupuesto"], reasons["responsable"]) == ({"condition": 1, "role": 1},
                                                                 {"role": 1})  # fmt: skip
    assert reasons["plazo"] == {}
    md = render_team_report(team, BANK, "md").splitlines()
    rows = {line.split(" | ")[0].removeprefix("| "): line.split(" | ") for line in md}
    title = {q: BANK.questions_by_id[q].text[language] for q in ("presupuesto", "responsable")}
    assert (rows[title["presupuesto"]][7], rows[title["responsable"]][7]) == (budget, in_charge)
    html = render_team_report(team, BANK, "html")
    row = html.split('<tr data-question="presupuesto">', 1)[1].split("</tr>", 1)[0]
    assert re.findall(r'<td class="sa-num">([^<]*)</td>', row)[5:7] == ["0", budget]
    rows_csv = list(csv.reader(io.StringIO(render_team_report(team, BANK, "csv"))))
    head = rows_csv[0]
    first = head.index({"en": "Not asked", "es": "No planteada"}[language])
    by = {
        "en": ("Not asked by a condition", "Not asked by role"),
        "es": ("No planteada por una condición", "No planteada por el rol"),
    }[language]
    assert tuple(head[first + 1 : first + 3]) == by
    cells = {r[2]: r[first : first + 3] for r in rows_csv[1:] if r[0] in ("question", "pregunta")}
    assert (cells["presupuesto"], cells["responsable"], cells["plazo"]) == (
        ["2", "1", "1"],
        ["1", "0", "1"],
        ["0", "0", "0"],
    )
    data = json.loads(render_team_report(team, BANK, "json"))
    questions = {q["id"]: q for q in data["questions"]}
    assert questions["presupuesto"]["not_asked_by_reason"] == {"condition": 1, "role": 1}
    assert questions["plazo"]["not_asked_by_reason"] == {}
