"""The worker's entry points: JSON text in, JSON text out, the same report as the CLI path."""

from __future__ import annotations

import json
import subprocess
import sys

from selfassess.core import browser
from selfassess.core.model import bank_from_json
from selfassess.core.render import render_report
from selfassess.core.responses import empty_response, read_response, response_to_json
from selfassess.core.scoring import score
from selfassess.load import load_bank
from selfassess.mkdocs_plugin.plugin import _root_from
from tests.site.sites import REPO

MINI_JSON = load_bank(REPO / "tests" / "banks" / "mini.yml")
BANK_TEXT = json.dumps(MINI_JSON)
BANK = bank_from_json(MINI_JSON)


def answered_response() -> dict:
    response = response_to_json(empty_response(BANK, "en", "2024-01-01T00:00:00Z"))
    response["answers"].update({"valores-escritos": "partial", "valores-uso": "2"})
    response["targets"] = {"valores": 90}
    return response


def test_evaluate_returns_what_the_cli_renders():
    text = json.dumps(answered_response())
    result = json.loads(browser.evaluate(BANK_TEXT, text))
    report = score(BANK, read_response(text, BANK, "cli").response)
    assert result["ok"] is True
    for fmt in browser.REPORT_FORMATS:
        assert result["downloads"][fmt] == render_report(report, BANK, fmt)
    assert json.loads(result["downloads"]["json"])["language"] == "en"
    assert 'class="sa-' in result["body_html"] and "<html" not in result["body_html"]


def test_evaluate_renders_only_the_formats_asked_for():
    """The results view asks for no file, not even the report's JSON; a download button for
    its own format only."""
    text = json.dumps(answered_response())
    full = json.loads(browser.evaluate(BANK_TEXT, text))
    view = json.loads(browser.evaluate(BANK_TEXT, text, "", ""))
    assert view == {"ok": True, "body_html": full["body_html"], "downloads": {}, "warnings": []}
    csv = json.loads(browser.evaluate(BANK_TEXT, text, "", "csv"))
    assert csv["downloads"] == {"csv": full["downloads"]["csv"]}


def test_evaluate_reports_an_unusable_response_as_problems():
    result = json.loads(browser.evaluate(BANK_TEXT, "{not json"))
    assert result["ok"] is False and result["problems"]


def test_import_normalizes_and_warns():
    response = answered_response()
    response["answers"]["no-such-question"] = "yes"
    result = json.loads(browser.import_response(BANK_TEXT, json.dumps(response), "old.json"))
    assert result["ok"] is True
    assert "no-such-question" not in result["response"]["answers"]
    assert any("old.json" in w and "no-such-question" in w for w in result["warnings"])


def test_import_names_the_file_when_it_is_unusable():
    result = json.loads(browser.import_response(BANK_TEXT, "[]", "list.json"))
    assert result["ok"] is False
    assert all(p.startswith("list.json") for p in result["problems"])


def test_pages_find_the_site_root_from_any_depth():
    assert _root_from("") == ""
    assert _root_from("privacidad/") == "../"
    assert _root_from("assess/mini/") == "../../"
    assert _root_from("assess/mini/print/index.html") == "../../../"


def test_assessment_entry_points_leave_team_and_calculator_modules_unimported():
    """The worker compiles what it imports; the assessment page needs only scoring and reports."""
    code = "import sys, selfassess.core.browser; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=REPO)
    loaded = set(result.stdout.split())
    assert "selfassess.core.scoring" in loaded
    for module in ("aggregate", "compare", "metrics", "render.team_report", "render.metric_view"):
        assert f"selfassess.core.{module}" not in loaded


def test_prepare_builds_the_bank_once_for_later_calls():
    browser._banks.clear()
    made_up = json.loads(browser.prepare(BANK_TEXT))
    assert made_up["ok"] is True and made_up["downloads"] == {}
    assert 'class="sa-action"' in made_up["body_html"]
    bank = browser._banks[BANK_TEXT]
    json.loads(browser.evaluate(BANK_TEXT, json.dumps(answered_response()), "", ""))
    assert browser._banks == {BANK_TEXT: bank}
