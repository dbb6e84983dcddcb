"""Python's start in the browser: restored from the build's memory snapshot, or started anew."""

from __future__ import annotations

import gzip

import pytest
from playwright.sync_api import Page, Response, Route

from tests.browser.assessment import answer, open_assessment, show_results, wait_engine
from tests.browser.conftest import Watch

pytestmark = pytest.mark.browser

RESTART = "starting Python without its snapshot"


def _wheels(page: Page) -> list[str]:
    """The requests for the core's wheel, which only a Python started anew makes."""
    wheels: list[str] = []
    page.on("request", lambda r: wheels.append(r.url) if r.url.endswith(".whl") else 0)
    return wheels


def _started_anew_and_scoring(page: Page, url: str, wheels: list[str]) -> None:
    open_assessment(page, url, "mini")
    wait_engine(page, "ready")
    assert len(wheels) == 1, "started anew, Python installs the core from its wheel"
    answer(page, {"valores-escritos": "yes"})
    show_results(page)  # the report comes from the engine started anew


@pytest.mark.browser_context_args(service_workers="block")
def test_the_engine_starts_from_the_snapshot(page: Page, watch: Watch, mini_sub_url: str):
    restored: list[Response] = []
    page.on("response", lambda r: restored.append(r) if r.url.endswith("/python.snapshot") else 0)
    wheels = _wheels(page)
    open_assessment(page, mini_sub_url, "mini")
    wait_engine(page, "ready")
    assert [r.status for r in restored] == [200]
    assert wheels == [], "the snapshot holds the core: its wheel is not needed"
    # The watch fails the test on the console error a restart would log.


@pytest.mark.browser_context_args(service_workers="block")
@pytest.mark.parametrize(
    "body",
    [b"\x1f\x8b" + b"cut short" * 100, gzip.compress(b"not a snapshot" * 10_000)],
    ids=["not-gzip", "not-a-snapshot"],
)
def test_a_snapshot_that_cannot_be_restored_costs_a_restart_not_the_engine(
    page: Page, watch: Watch, mini_sub_url: str, body: bytes
):
    watch.allowed.append(RESTART)
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    wheels = _wheels(page)

    def damaged(route: Route) -> None:
        route.fulfill(status=200, body=body)

    page.route("**/python.snapshot", damaged)
    _started_anew_and_scoring(page, mini_sub_url, wheels)
    assert any(RESTART in text for text in said)


@pytest.mark.browser_context_args(service_workers="block")
def test_without_a_snapshot_python_starts_anew(page: Page, watch: Watch, mini_sub_url: str):
    watch.allowed.append("Failed to load resource")  # the 404 itself
    wheels = _wheels(page)
    page.route("**/python.snapshot", lambda route: route.fulfill(status=404))
    _started_anew_and_scoring(page, mini_sub_url, wheels)
