"""Reports in every format, from one Report and its Bank: Markdown, CSV, JSON and HTML.

The CLI writes these files and the site's results view shows the same HTML body, so a
report reads the same wherever it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from selfassess.core.brand import Brand
from selfassess.core.model import Bank
from selfassess.core.render.charts import ChartSeries, bar_chart_svg, radar_chart_svg
from selfassess.core.render.csv_report import render_csv
from selfassess.core.render.formats import json_text, render_format
from selfassess.core.render.html_report import render_html_body, render_html_document
from selfassess.core.render.json_report import REPORT_FORMAT, report_to_json, report_view_to_json
from selfassess.core.render.markdown import render_markdown
from selfassess.core.render.view import ReportView, report_view
from selfassess.core.results import Report

ReportFormat = Literal["md", "csv", "json", "html"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("md", "csv", "json", "html")

__all__ = [
    "REPORT_FORMAT",
    "REPORT_FORMATS",
    "ChartSeries",
    "ReportFormat",
    "bar_chart_svg",
    "radar_chart_svg",
    "render_report",
    "report_body_html",
    "report_to_json",
]


_RENDERERS: dict[str, Callable[[ReportView], str]] = {
    "md": render_markdown,
    "csv": render_csv,
    "json": lambda view: json_text(report_view_to_json(view)),
    "html": render_html_document,
}


def render_report(report: Report, bank: Bank, fmt: ReportFormat, brand: Brand | None = None) -> str:
    """The report as the text of a file in format `fmt`."""
    return render_format(report_view(report, bank, brand), fmt, _RENDERERS)


def report_body_html(report: Report, bank: Bank, brand: Brand | None = None) -> str:
    """The report's HTML without the document around it, for the site's results view."""
    return render_html_body(report_view(report, bank, brand))
