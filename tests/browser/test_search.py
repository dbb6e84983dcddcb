"""Material's search beside the engine: on a page that starts Python, its index is built afterwards.

Building the index takes half a second of CPU, which would compete with Python's start. Its worker
loads the Spanish stemmer (`lunr.es`) only when it is sent the index, so that request tells when.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route

from tests.browser.assessment import open_assessment, wait_engine
from tests.browser.conftest import ENGINE_TIMEOUT, Watch

pytestmark = [pytest.mark.browser, pytest.mark.browser_context_args(service_workers="block")]

STEMMER = "**/lunr/min/lunr.es.min.js"
QUERY = '[data-md-component="search-query"]'


def _search(page: Page, words: str) -> None:
    page.locator(QUERY).press_sequentially(words)  # Material searches on keyup
    page.locator(".md-search-result__item").first.wait_for(timeout=ENGINE_TIMEOUT)


def test_the_index_is_built_once_the_engine_is_ready(page: Page, watch: Watch, mini_sub_url: str):
    with page.expect_request(STEMMER, timeout=ENGINE_TIMEOUT):
        open_assessment(page, mini_sub_url, "mini")
        wait_engine(page, "ready")
    _search(page, "valores")


def test_the_index_is_built_at_once_for_a_visitor_who_searches(
    page: Page, watch: Watch, mini_sub_url: str
):
    stemmer: list[str] = []
    page.on("request", lambda r: stemmer.append(r.url) if r.url.endswith("/lunr.es.min.js") else 0)
    held: list[Route] = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # Python never starts
    with page.expect_response("**/search/search_index.json"):
        open_assessment(page, mini_sub_url, "mini")
    page.wait_for_timeout(1500)
    assert held, "the engine was starting"
    assert stemmer == [], "the index waits while Python starts"
    with page.expect_request(STEMMER):
        page.locator(QUERY).focus()
    _search(page, "valores")
    wait_engine(page, "loading")


def test_the_index_is_built_when_the_engine_fails(page: Page, watch: Watch, mini_sub_url: str):
    watch.allowed += ["pyodide.asm.wasm", "Failed to load resource"]
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    with page.expect_request(STEMMER, timeout=ENGINE_TIMEOUT):
        open_assessment(page, mini_sub_url, "mini")
        wait_engine(page, "failed")


def test_pages_without_the_engine_build_the_index_at_once(
    page: Page, watch: Watch, mini_sub_url: str
):
    with page.expect_request(STEMMER, timeout=ENGINE_TIMEOUT):
        page.goto(mini_sub_url)
    _search(page, "mini")
