"""The worker's entry points for the team and compare pages: one JSON array of files in, the
same report as the CLI's path through the core out, with every download and the page body."""

from __future__ import annotations

import json

from selfassess.core import browser
from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.compare import compare, read_snapshot
from selfassess.core.model import Bank
from selfassess.core.render import (
    render_comparison,
    render_team_report,
)
from selfassess.load import load_bank
from tests.conftest import TESTS
from tests.core.test_aggregate import A, B, C, response_file

BANK_TEXT = json.dumps(load_bank(TESTS / "banks" / "mini.yml"))


def test_aggregate_files_is_the_cli_report(mini_bank: Bank) -> None:
    files = [
        ("a.json", response_file(mini_bank, A, "direccion")),
        ("b.json", response_file(mini_bank, B, "equipo", language="en")),
        ("c.json", response_file(mini_bank, C)),
        ("roto.json", "{"),
    ]
    batch = json.dumps([{"name": n, "text": t} for n, t in files] + [{"name": "sin texto"}, 7])
    result = json.loads(browser.aggregate_files(BANK_TEXT, batch, "en"))
    team = aggregate(mini_bank, *read_files(mini_bank, files), "en")
    assert result["ok"] is True
    assert result["report"] == json.loads(render_team_report(team, mini_bank, "json"))
    assert result["counts"] == {"used": 3, "rejected": 1}
    for fmt in ("md", "csv", "json", "html"):
        assert result["downloads"][fmt] == render_team_report(team, mini_bank, fmt)
    assert result["body_html"].startswith('<article class="sa-report sa-team-report" lang="en">')
    assert result["body_html"] in result["downloads"]["html"]


def test_compare_files_is_the_cli_comparison(mini_bank: Bank) -> None:
    before, after = response_file(mini_bank, B), response_file(mini_bank, A)
    result = json.loads(browser.compare_files(BANK_TEXT, before, "2024.json", after, "2025.json",
                                              "es"))  # fmt: skip
    comparison = compare(
        mini_bank,
        read_snapshot(before, mini_bank, "2024.json")[0],
        read_snapshot(after, mini_bank, "2025.json")[0],
        "es",
    )
    assert result["comparison"] == json.loads(render_comparison(comparison, mini_bank, "json"))
    assert result["downloads"]["md"] == render_comparison(comparison, mini_bank, "md")
    assert result["warnings"] == []


def test_compare_files_names_the_file_that_cannot_be_used(mini_bank: Bank) -> None:
    current = response_file(mini_bank, A)
    for language, message in (("en", "expected a JSON object"), ("es", "se esperaba un objeto")):
        result = json.loads(
            browser.compare_files(BANK_TEXT, "[]", "2024.json", current, "2025.json", language)
        )
        assert result["ok"] is False
        assert result["problems"][0].startswith(f"2024.json: {message}")
