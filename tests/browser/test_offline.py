"""Offline use in real Chromium: one visit online, then the network goes away and the site,
its scoring engine and its calculators keep working from the service worker's cache."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from selfassess.pages.urls import page_url
from selfassess.site.offline import write_service_worker
from selfassess.site.server import SiteRequestHandler, make_server, serve_in_background
from tests.browser.assessment import (
    answer,
    open_assessment,
    show_results,
    wait_engine,
    wait_for_service_worker,
)
from tests.browser.conftest import SUB_PATH, Watch
from tests.browser.test_assessment import FULL
from tests.browser.test_calculators import CES_TEXT, calculator, open_calculators, paste, shown

pytestmark = pytest.mark.browser


WAIT_FOR_CACHE = """async (name) => {
  for (let i = 0; i < 1200; i++) {
    const keys = await caches.keys();
    if (keys.length === 1 && keys[0] === name) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return caches.keys();
}"""


def cache_name(site_url: str, sw: str) -> str:
    """The name of the cache the service worker `sw` (its script's text) fills."""
    version = re.search(r'const VERSION = "([0-9a-f]{16})"', sw).group(1)
    return f"selfassess {site_url} {version}"


def test_after_one_visit_the_site_works_offline(
    page: Page, context: BrowserContext, watch: Watch, mini_sub_url: str
):
    open_assessment(page, mini_sub_url, "mini")
    caches = wait_for_service_worker(page)
    wait_engine(page)
    assert caches == [cache_name(mini_sub_url, page.request.get(f"{mini_sub_url}sw.js").text())]

    context.set_offline(True)
    watch.allowed.append("status of 503 (Offline)")
    missing = f"{mini_sub_url}never-built.txt"
    assert page.evaluate("(url) => fetch(url).then((r) => r.status)", missing) == 503  # no network
    page.goto(mini_sub_url + page_url("mini"))
    wait_engine(page)
    answer(page, FULL)
    show_results(page)
    expect(page.locator("[data-selfassess-report] svg").first).to_be_visible()

    # A page never opened online comes from the cache too, with its calculators.
    open_calculators(page, mini_sub_url)
    paste(page, "ces", CES_TEXT)
    assert shown(page, "ces")["formula"] == "CES = 56 / 10 = 5,6"
    expect(calculator(page, "ces").locator("[data-metric-value]")).to_have_text("5,6")


def test_a_rebuilt_site_replaces_the_old_cache(
    page: Page, context: BrowserContext, watch: Watch, mini_site: Path, tmp_path: Path
):
    site = tmp_path / "site"
    shutil.copytree(mini_site, site)
    server = make_server(site, port=0, prefix=SUB_PATH, quiet=True)
    serve_in_background(server)
    url = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    try:
        page.goto(url)
        assert wait_for_service_worker(page) == [cache_name(url, (site / "sw.js").read_text())]
        home = site / "index.html"
        home.write_text(home.read_text("utf-8").replace("</h1>", " (2)</h1>", 1), "utf-8")
        write_service_worker(site)  # what the end of a build does
        new = cache_name(url, (site / "sw.js").read_text())
        page.reload()
        assert page.evaluate(WAIT_FOR_CACHE, new) == [new]
        context.set_offline(True)
        page.reload()
        expect(page.locator("h1").first).to_contain_text("(2)")
    finally:
        server.shutdown()
        server.server_close()


PRELOAD_STATE = "async () => (await navigator.serviceWorker.ready).navigationPreload.getState()"


def test_once_in_control_the_worker_fetches_a_page_once_while_it_starts(
    page: Page, watch: Watch, mini_site: Path
):
    requests: list[tuple[str, str | None]] = []

    class Recording(SiteRequestHandler):
        """Notes each request's path and its navigation-preload header."""

        def send_head(self):
            requests.append((self.path, self.headers.get("Service-Worker-Navigation-Preload")))
            return super().send_head()

    server = make_server(mini_site, port=0, prefix=SUB_PATH, quiet=True, handler=Recording)
    serve_in_background(server)
    url = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    try:
        open_assessment(page, url, "mini")
        wait_for_service_worker(page)
        state = page.evaluate(PRELOAD_STATE)
        assert state == {"enabled": True, "headerValue": "true"}

        requests.clear()
        page.reload()  # a reload asks the server, whatever the HTTP cache holds of the page
        page.locator('form[data-selfassess-bank="mini"]').wait_for()
        page_requests = [r for r in requests if r[0] == SUB_PATH + page_url("mini")]
        # The browser's preload is the page's one request: the worker does not fetch it again.
        assert page_requests == [(SUB_PATH + page_url("mini"), "true")]
    finally:
        server.shutdown()
        server.server_close()
