"""The charts' text equivalent: a table with every number the radar and the bars draw."""

from __future__ import annotations

import re

import pytest

from selfassess.core.render import report_body_html
from selfassess.core.render.charts import ChartSeries
from selfassess.core.render.html_blocks import chart_table_html
from selfassess.core.render.numbers import DASH, Numbers
from tests.core.test_render import sample_bank, sample_report


def cells(table: str) -> list[list[str]]:
    """Rows of a table's body, each cell's text."""
    body = table.split("<tbody>", 1)[1]
    return [
        [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", body)
    ]


def test_table_has_one_row_per_axis_and_one_column_per_series():
    series = [ChartSeries("Now", [10, None, 75.25]), ChartSeries("Goal", [80, 80], "dashed")]
    table = chart_table_html(["A", "B <b>", "C"], series, "Caption & co", Numbers("en"))
    assert "<caption>Caption &amp; co</caption>" in table
    assert re.findall(r'<th scope="col">([^<]*)</th>', table) == ["Section", "Now", "Goal"]
    expected = [["A", "10.0", "80.0"], ["B &lt;b&gt;", DASH, "80.0"], ["C", "75.2", DASH]]
    assert cells(table) == expected


@pytest.mark.parametrize("language", ["es", "en"])
def test_report_holds_the_table_of_its_charts(language: str):
    report = sample_report(language)
    html = report_body_html(report, sample_bank(), None)
    table = html.split('<details class="sa-chart-data">', 1)[1].split("</details>", 1)[0]
    sections_table = html.split('class="sa-table sa-sections-table"', 1)[1]
    titles = re.findall(r'<tr data-section="[^"]*"><th scope="row">([^<]*)</th>', sections_table)
    rows = cells(table)
    assert [row[0] for row in rows] == titles
    n = Numbers(language)
    expected = [[n.score(s.score), n.score(s.target)] for s in report.sections]
    assert [row[1:] for row in rows] == expected
    assert any("," in row[1] for row in rows) == (language == "es")
