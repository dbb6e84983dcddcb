"""How long a bank edit takes to reach the open page under `selfassess serve`, as the
live-reload test (tests/browser/test_live_reload.py) edits it: the file saved, the page's title
changed by itself."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from tests.browser.conftest import chromium_launch_args
from tests.site.live import MINI_TITLE, ServeProcess, replace_in
from tests.site.sites import site_banks, write_site_config

EDITS = 5
TIMEOUT = 120_000


def live_edit_seconds() -> list[float]:
    """Seconds from each of EDITS saved edits of the mini bank's title to the page showing it."""
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        bank = site_banks(Path(folder)) / "mini.yml"
        serve = ServeProcess(write_site_config(Path(folder), bank.parent))
        try:
            page = browser.new_page()
            page.goto(serve.url + "assess/mini/")
            heading = page.get_by_role("heading", level=1)
            expect(heading).to_have_text("Mini auditoría", timeout=TIMEOUT)
            title, seconds = MINI_TITLE, []
            for edit in range(EDITS):
                time.sleep(1)  # the page settled, the watcher idle: each edit is timed alone
                replace_in(bank, title, f"{MINI_TITLE} {edit}")
                start = time.perf_counter()
                expect(heading).to_have_text(f"Mini auditoría {edit}", timeout=TIMEOUT)
                seconds.append(time.perf_counter() - start)
                title = f"{MINI_TITLE} {edit}"
        finally:
            browser.close()
            serve.stop()
    return seconds
