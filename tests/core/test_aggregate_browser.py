"""The worker's entry points for the team and compare pages: one JSON array of files in, the
same report as the CLI's path through the core out, with every download and the page body."""

from __future__ import annotations

import json

from selfassess.core import browser
from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.codes import encode
from selfassess.core.compare import compare, read_snapshot
from selfassess.core.model import Bank
from selfassess.core.render import (
    render_comparison,
    render_team_report,
)
from selfassess.core.responses import read_response
from selfassess.load import load_bank
from tests.conftest import TESTS
from tests.core.test_aggregate import A, B, C, response_file

BANK_TEXT = json.dumps(load_bank(TESTS / "banks" / "mini.yml"))
BRAND_TEXT = json.dumps({"name": "Acme"})


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


def test_the_team_page_added_in_batches_is_aggregate_files_of_them_all(mini_bank: Bank) -> None:
    """Files in two batches, codes in a file and pasted (one code in both, which counts once),
    pasted text replaced, a report on the way: the report of everything at once."""
    a = response_file(mini_bank, A, "direccion", notes={"valores-uso": "una nota"})
    b = response_file(mini_bank, B, "equipo", language="en")
    c = response_file(mini_bank, C, "Staff")
    code_b = encode(mini_bank, read_response(b, mini_bank, "b").response)
    code_c = encode(mini_bank, read_response(c, mini_bank, "c").response)
    first = [{"name": "a.json", "text": a}, {"name": "roto.json", "text": "{"}]
    second = [{"name": "c.json", "text": c}, {"name": "correo.txt", "text": f"> {code_b}"}]
    pasted = f"{code_b}\n{code_c}\nnada"
    everything = [*first, *second, {"name": "", "text": pasted, "codes": True}]
    for language in ("es", "en"):
        browser.team_reset(BANK_TEXT)
        assert json.loads(browser.team_add(BANK_TEXT, json.dumps(first), language))["ok"]
        browser.team_paste(BANK_TEXT, code_c, language)
        browser.team_result(BANK_TEXT, language)
        browser.team_add(BANK_TEXT, json.dumps(second), language)
        browser.team_paste(BANK_TEXT, pasted, language)
        got = browser.team_result(BANK_TEXT, language, BRAND_TEXT)
        assert got == browser.aggregate_files(BANK_TEXT, json.dumps(everything), language,
                                              BRAND_TEXT)  # fmt: skip
        result = json.loads(got)
        assert result["counts"] == {"used": 4, "rejected": 1}
        assert len(result["report"]["warnings"]) == 1  # code_b found twice counts once
        assert len(result["report"]["notes"]) == 1
    browser.team_reset(BANK_TEXT)
    assert json.loads(browser.team_result(BANK_TEXT, "en"))["counts"] == {"used": 0, "rejected": 0}
