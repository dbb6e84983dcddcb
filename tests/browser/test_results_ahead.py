"""The results view is worked out after every change, so 'show results' finds it ready."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.assessment import answer, open_assessment, show_results, wait_engine
from tests.browser.conftest import Watch

pytestmark = [pytest.mark.browser, pytest.mark.browser_context_args(service_workers="block")]

COUNT_EVALUATIONS = """
window.evaluations = 0;
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.op === "evaluate") window.evaluations += 1;
  return post.call(this, message, ...rest);
};
"""
"""Counts the scoring requests the page sends its engine."""

REPORT = "[data-selfassess-report]"


def _evaluations(page: Page) -> int:
    return page.evaluate("window.evaluations")


def _show_results_again(page: Page) -> None:
    """'Show results' once more, waiting for the report it brings, not the one on screen."""
    page.evaluate(f"document.querySelector('{REPORT}').removeAttribute('data-ready')")
    show_results(page)


def test_results_asked_for_after_a_pause_come_from_the_change(
    page: Page, watch: Watch, mini_sub_url: str
):
    page.add_init_script(COUNT_EVALUATIONS)
    open_assessment(page, mini_sub_url, "mini")
    wait_engine(page, "ready")
    answer(page, {"valores-escritos": "yes", "valores-uso": "4"})
    page.wait_for_timeout(2000)  # the person reaches for the button; the engine has answered
    before = _evaluations(page)
    assert before >= 1, "the changes were scored as they came"
    show_results(page)
    assert _evaluations(page) == before, "shown without asking the engine again"
    scored = page.locator(REPORT).inner_html()

    # Changed, then asked for at once: the view is for the new answers, never the old ones.
    answer(page, {"valores-escritos": "no"})
    _show_results_again(page)
    assert page.locator(REPORT).inner_html() != scored
    page.reload()
    wait_engine(page, "ready")
    show_results(page)
    rescored = page.locator(REPORT).inner_html()
    answer(page, {"valores-escritos": "yes"})
    _show_results_again(page)
    assert page.locator(REPORT).inner_html() == scored != rescored
