"""The core of the site in real Chromium on each other engine (ProperDocs, Zensical; every other
browser test runs on MkDocs): answer, results equal to `selfassess score`, downloads that parse
back, no request to another origin, no CSP violation (the `watch` fixture), offline after one
visit."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from selfassess.pages.urls import page_url
from tests.browser.assessment import (
    answer,
    download,
    open_assessment,
    show_results,
    wait_engine,
    wait_for_service_worker,
)
from tests.browser.conftest import SUB_PATH, Watch, _serve
from tests.browser.test_assessment import FULL, MINI, QUESTIONS, cli_report
from tests.site.sites import OTHER_ENGINES, build_mini

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=OTHER_ENGINES)
def engine_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The test banks' site built by the engine, served under a sub-path."""
    site = build_mini(tmp_path_factory.mktemp(f"browser-{request.param}"), request.param)
    yield from _serve(site, SUB_PATH)


def test_answer_score_download_and_go_offline(
    page: Page, context: BrowserContext, watch: Watch, engine_url: str, tmp_path: Path
):
    open_assessment(page, engine_url, "mini")
    wait_for_service_worker(page)
    answer(page, FULL)
    show_results(page)
    expect(page.locator("[data-selfassess-report] svg").first).to_be_visible()

    responses = json.loads(download(page, "responses", tmp_path).read_text("utf-8"))
    assert responses["answers"] == FULL
    report = json.loads(download(page, "report-json", tmp_path).read_text("utf-8"))
    assert report == cli_report(tmp_path / "mini-responses.json")
    rows = list(csv.reader(io.StringIO(download(page, "report-csv", tmp_path).read_text("utf-8"))))
    assert len(rows) == len(QUESTIONS) + 1
    assert MINI["title"]["es"] in download(page, "report-md", tmp_path).read_text("utf-8")

    context.set_offline(True)
    page.goto(engine_url + page_url("mini"))
    wait_engine(page)
    show_results(page)  # the answers autosaved, the engine from the cache
    expect(page.locator("[data-selfassess-report] svg").first).to_be_visible()
