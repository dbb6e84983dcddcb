"""Reports in every format — Markdown, CSV, JSON and HTML — for every kind of report.

Each kind (a single report, a team report, a comparison, a metric) has one view that holds
what a reader sees (view_*.py), and each format one renderer that draws every view
(markdown.py, csv_format.py, json_format.py, html.py). The CLI writes these files and the
site's pages show the same HTML body, so a report reads the same wherever it is made.

The team and comparison views are imported by the functions that build them: the
assessment page, the one most people open, needs neither (see core/browser.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from selfassess.core.brand import Brand
from selfassess.core.model import Bank
from selfassess.core.render.charts import ChartSeries, bar_chart_svg, radar_chart_svg
from selfassess.core.render.csv_format import render_csv
from selfassess.core.render.html import render_html_body, render_html_document
from selfassess.core.render.json_format import REPORT_FORMAT, json_text, render_json, view_json
from selfassess.core.render.markdown import render_markdown
from selfassess.core.render.view_common import View
from selfassess.core.render.view_report import report_view
from selfassess.core.results import Report

if TYPE_CHECKING:
    from selfassess.core.aggregate import TeamReport
    from selfassess.core.compare import Comparison

ReportFormat = Literal["md", "csv", "json", "html"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("md", "csv", "json", "html")
TEAM_FORMATS = COMPARE_FORMATS = REPORT_FORMATS

__all__ = [
    "COMPARE_FORMATS", "REPORT_FORMAT", "REPORT_FORMATS", "TEAM_FORMATS", "ChartSeries",
    "ReportFormat", "bar_chart_svg", "comparison_view", "json_text", "metric_body_html",
    "radar_chart_svg", "render_all", "render_comparison", "render_report", "render_team_report",
    "render_view", "report_body_html", "team_view",
]  # fmt: skip

_RENDERERS: dict[str, Callable[[Any], str]] = {
    "md": render_markdown,
    "csv": render_csv,
    "json": render_json,
    "html": render_html_document,
}


def render_view(view: View, fmt: str) -> str:
    """A view as the text of a file in format `fmt`; an unknown format names the choices."""
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown report format {fmt!r}: choose one of {', '.join(_RENDERERS)}")
    return renderer(view)


def render_all(view: View) -> tuple[dict[str, str], dict[str, Any], str]:
    """Every download format, the JSON data and the page's HTML body, from one view: what a
    page that offers every download needs (the data is the "json" download's, not re-read)."""
    data = view_json(view)
    body = render_html_body(view)
    downloads = {
        "md": render_markdown(view),
        "csv": render_csv(view),
        "json": json_text(data),
        "html": render_html_document(view, body),
    }
    return downloads, data, body


# --- a single report --------------------------------------------------------------------


def render_report(report: Report, bank: Bank, fmt: ReportFormat, brand: Brand | None = None) -> str:
    """The report as the text of a file in format `fmt`."""
    return render_view(report_view(report, bank, brand), fmt)


def report_body_html(report: Report, bank: Bank, brand: Brand | None = None) -> str:
    """The report's HTML without the document around it, for the site's results view."""
    return render_html_body(report_view(report, bank, brand))


# --- a team report ----------------------------------------------------------------------


def team_view(team: TeamReport, bank: Bank, brand: Brand | None = None) -> View:
    from selfassess.core.render.view_team import team_view as build

    return build(team, bank, brand)


def render_team_report(team: TeamReport, bank: Bank, fmt: str, brand: Brand | None = None) -> str:
    """The team report as the text of a file in format `fmt`."""
    return render_view(team_view(team, bank, brand), fmt)


# --- a comparison -----------------------------------------------------------------------


def comparison_view(comparison: Comparison, bank: Bank, brand: Brand | None = None) -> View:
    from selfassess.core.render.view_compare import compare_view

    return compare_view(comparison, bank, brand)


def render_comparison(
    comparison: Comparison, bank: Bank, fmt: str, brand: Brand | None = None
) -> str:
    """The comparison as the text of a file in format `fmt`."""
    return render_view(comparison_view(comparison, bank, brand), fmt)


# --- a metric ---------------------------------------------------------------------------


def metric_body_html(outcome: Mapping[str, Any], language: str) -> str:
    """HTML of `metric_json`'s answer, as the calculators page shows it."""
    from selfassess.core.render.view_metric import metric_view

    return render_html_body(metric_view(outcome, language))
