"""`selfassess serve` while a bank is edited: the open page follows each saved edit by itself,
an edit that does not build is shown (in the page and the terminal) while the last good site
stays served, and fixing it clears the message."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Watch
from tests.site.live import MINI_TITLE, ServeProcess, replace_in
from tests.site.sites import site_banks, write_site_config

pytestmark = pytest.mark.browser
SECONDS = 60_000
"""Milliseconds to wait for a rebuild on a busy machine (a quiet one takes about two seconds)."""


def test_the_open_page_follows_the_banks_edits(tmp_path: Path, page: Page, watch: Watch):
    bank = site_banks(tmp_path) / "mini.yml"
    serve = ServeProcess(write_site_config(tmp_path, bank.parent))
    try:
        page.goto(serve.url + "assess/mini/")
        heading = page.get_by_role("heading", level=1)
        expect(heading).to_have_text("Mini auditoría", timeout=SECONDS)

        replace_in(bank, MINI_TITLE, f"{MINI_TITLE} editada")
        expect(heading).to_have_text("Mini auditoría editada", timeout=SECONDS)

        replace_in(bank, "minutes: 3", "minutes: tres")
        banner = page.locator("#selfassess-serve-errors")
        expect(banner).to_contain_text("mini.yml:12:10: minutes: must be a number", timeout=SECONDS)
        expect(banner).to_have_attribute("role", "alert")
        serve.wait_for_output(r"mini\.yml:12:10: minutes: must be a number")
        with urllib.request.urlopen(serve.url + "assess/mini/") as still:
            assert re.search(r"<h1[^>]*>Mini auditoría editada", still.read().decode())
        expect(heading).to_have_text("Mini auditoría editada")

        replace_in(bank, "minutes: tres", "minutes: 3")
        expect(banner).to_be_hidden(timeout=SECONDS)
        expect(heading).to_have_text("Mini auditoría editada")
    finally:
        status = serve.stop()
    assert status == 0, serve.output()
    assert "Traceback" not in serve.output()
