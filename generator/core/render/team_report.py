"""The team report in every format — Markdown, CSV, JSON and HTML — from one TeamReport."""

from __future__ import annotations

import json
from typing import Any

from generator.core.aggregate import TeamReport
from generator.core.brand import Brand
from generator.core.model import Bank
from generator.core.render.team_csv import render_team_csv
from generator.core.render.team_html import render_team_body, render_team_document
from generator.core.render.team_markdown import render_team_markdown
from generator.core.render.team_view import TeamView, team_to_json, team_view

TEAM_FORMATS = ("md", "csv", "json", "html")


def team_report_json(team: TeamReport, bank: Bank, brand: Brand | None = None) -> dict[str, Any]:
    return team_to_json(team_view(team, bank, brand))


def render_team_report(team: TeamReport, bank: Bank, fmt: str, brand: Brand | None = None) -> str:
    """The team report as the text of a file in format `fmt`."""
    return _render(team_view(team, bank, brand), fmt)


def render_team_all(
    team: TeamReport, bank: Bank, brand: Brand | None = None
) -> tuple[dict[str, str], str]:
    """Every download format and the page's HTML body, from one view (what the team page needs)."""
    view = team_view(team, bank, brand)
    return {fmt: _render(view, fmt) for fmt in TEAM_FORMATS}, render_team_body(view)


def _render(view: TeamView, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(team_to_json(view), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_team_markdown(view)
    if fmt == "csv":
        return render_team_csv(view)
    if fmt == "html":
        return render_team_document(view)
    raise ValueError(f"unknown report format {fmt!r}: choose one of {', '.join(TEAM_FORMATS)}")


def team_body_html(team: TeamReport, bank: Bank, brand: Brand | None = None) -> str:
    """The team report's HTML without the document around it, for the team page."""
    return render_team_body(team_view(team, bank, brand))
