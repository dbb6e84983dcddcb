"""Every format's renderer draws every kind of view: a report, a team report, a comparison
and a metric, with what a reader typed kept literal in each."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.brand import Brand
from selfassess.core.compare import compare, read_snapshot
from selfassess.core.metrics import metric_json
from selfassess.core.model import Bank
from selfassess.core.render.csv_format import render_csv
from selfassess.core.render.html import render_html_body, render_html_document
from selfassess.core.render.json_format import render_json
from selfassess.core.render.markdown import render_markdown
from selfassess.core.render.view_common import View
from selfassess.core.render.view_compare import compare_view
from selfassess.core.render.view_metric import metric_view
from selfassess.core.render.view_report import report_view
from selfassess.core.render.view_team import team_view
from selfassess.core.responses import read_response
from selfassess.core.scoring import score
from tests.core.test_aggregate import HOSTILE, A, B, response_file

BRAND = Brand(name="Acme")
RENDERERS: dict[str, Callable[[View], str]] = {
    "md": render_markdown,
    "csv": render_csv,
    "json": render_json,
    "html-body": render_html_body,
    "html": render_html_document,
}


def views(bank: Bank) -> dict[str, View]:
    hostile = response_file(bank, A, "direccion", HOSTILE, notes={"valores-uso": HOSTILE})
    files = [("a.json", hostile), ("b.json", response_file(bank, B, "equipo", "Bo"))]
    report = score(bank, read_response(files[0][1], bank, "a.json").response)
    team = aggregate(bank, *read_files(bank, files), "en")
    snapshots = [read_snapshot(text, bank, name)[0] for name, text in files]
    return {
        "report": report_view(report, bank, BRAND),
        "team": team_view(team, bank, BRAND),
        "compare": compare_view(compare(bank, *snapshots, "en"), bank, BRAND),
        "metric": metric_view(metric_json("csat", "5\n4\n<b>\n1\n", language="en"), "en"),
    }


@pytest.mark.parametrize("kind", ["report", "team", "compare", "metric"])
@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_every_renderer_draws_every_view(mini_bank: Bank, fmt: str, kind: str) -> None:
    view = views(mini_bank)[kind]
    rendered = RENDERERS[fmt](view)
    assert rendered.strip()
    if fmt == "json":
        data = json.loads(rendered)
        assert data.get("format", "selfassess/").startswith("selfassess/")
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(rendered)))
    if kind == "metric":
        assert "66.7" in rendered
    elif fmt in ("md", "html-body", "html") or (fmt, kind) in (
        ("json", "report"),
        ("json", "team"),
    ):
        assert "Acme" in rendered
    else:
        assert "valores-uso" in rendered  # CSV and the comparison JSON name no brand
    if fmt.startswith("html"):
        assert "<img src=x" not in rendered and "<b>" not in rendered
    if fmt == "md" and kind != "metric":
        assert "<img" not in rendered


def test_every_view_has_its_own_html_layout(mini_bank: Bank) -> None:
    bodies = {kind: render_html_body(view) for kind, view in views(mini_bank).items()}
    assert bodies["report"].startswith('<article class="sa-report" lang="es">')
    assert bodies["team"].startswith('<article class="sa-report sa-team-report" lang="en">')
    assert bodies["compare"].startswith('<article class="sa-report sa-compare-report" lang="en">')
    assert bodies["metric"].startswith('<p class="sa-metric-value" data-metric-value>66.7</p>')
