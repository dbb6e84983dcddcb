"""The team report in every format — Markdown, CSV, JSON and HTML — from one TeamReport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from selfassess.core.aggregate import TeamReport
from selfassess.core.brand import Brand
from selfassess.core.model import Bank
from selfassess.core.render.formats import json_text, render_format
from selfassess.core.render.team_csv import render_team_csv
from selfassess.core.render.team_html import render_team_body, render_team_document
from selfassess.core.render.team_markdown import render_team_markdown
from selfassess.core.render.team_view import TeamView, team_to_json, team_view

_RENDERERS: dict[str, Callable[[TeamView], str]] = {
    "md": render_team_markdown,
    "csv": render_team_csv,
    "json": lambda view: json_text(team_to_json(view)),
    "html": render_team_document,
}
TEAM_FORMATS = tuple(_RENDERERS)


def team_report_json(team: TeamReport, bank: Bank, brand: Brand | None = None) -> dict[str, Any]:
    return team_to_json(team_view(team, bank, brand))


def render_team_report(team: TeamReport, bank: Bank, fmt: str, brand: Brand | None = None) -> str:
    """The team report as the text of a file in format `fmt`."""
    return render_format(team_view(team, bank, brand), fmt, _RENDERERS)


def render_team_all(
    team: TeamReport, bank: Bank, brand: Brand | None = None
) -> tuple[dict[str, str], str]:
    """Every download format and the page's HTML body, from one view (what the team page needs)."""
    view = team_view(team, bank, brand)
    return {fmt: render(view) for fmt, render in _RENDERERS.items()}, render_team_body(view)


def team_body_html(team: TeamReport, bank: Bank, brand: Brand | None = None) -> str:
    """The team report's HTML without the document around it, for the team page."""
    return render_team_body(team_view(team, bank, brand))
