"""Issue 16 in real Chromium: a response file whose checklist "canales" (which has its own
exclusive item "ninguno") is answered [] imports with "ninguno" checked, and the page's report
equals `selfassess score` of that very file: answered, worth 0, on both sides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.assessment import answer, choice, download, open_assessment, wait_engine
from tests.browser.conftest import ENGINE_TIMEOUT, Watch
from tests.browser.test_model2_form import BANK, cli_report

pytestmark = pytest.mark.browser


def test_nothing_checked_imports_as_none_of_these(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
) -> None:
    open_assessment(page, mini_sub_url, BANK)
    wait_engine(page)
    answer(page, {"encuestas": "a-veces", "canales": ["telefono"]})
    saved = download(page, "responses", tmp_path)
    data = json.loads(saved.read_text("utf-8"))
    data["answers"]["canales"] = []  # as a file of a bank version without "ninguno" has it
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), "utf-8")

    page.set_input_files('[data-action="import"]', old)
    expect(choice(page, "canales", "ninguno")).to_be_checked(timeout=ENGINE_TIMEOUT)
    expect(choice(page, "canales", "telefono")).not_to_be_checked()
    folder = tmp_path / "page"
    folder.mkdir()
    report = json.loads(download(page, "report-json", folder).read_text("utf-8"))
    assert report == json.loads(cli_report(old, "json"))
