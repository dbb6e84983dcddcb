"""Timings of a page in real Chromium, shared by the benchmark's rows (bench/run.py and
bench/scale.py): visits timed by the page's own performance marks, and 'show results' timed
inside the page.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from playwright.sync_api import Browser, BrowserContext, Page

TIMEOUT = 300_000


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def spread(values: list[float], digits: int = 2) -> str:
    """The median, then the range: one cold visit on a 2-core machine varies by a few tenths."""
    low, high = min(values), max(values)
    return f"{statistics.median(values):.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


@dataclass
class Visit:
    page: Page
    requests: list[str]
    interactive: float
    ready: float
    marks: dict[str, float]


def cold_visit(browser: Browser, url: str) -> Visit:
    """A first visit in a fresh context: empty cache, a new renderer."""
    return visit(browser.new_context(), url)


def visit(context: BrowserContext, url: str) -> Visit:
    """`url` in a new tab of `context`. Wall times end when the page's own mark is made, heard
    through a PerformanceObserver rather than polled for."""
    page = context.new_page()
    requests: list[str] = []
    # What is downloaded: a HEAD request (the engine checks its runtime with some) brings no body.
    page.on("request", lambda r: requests.append(r.url) if r.method != "HEAD" else None)
    start = time.perf_counter()
    page.goto(url, wait_until="commit")  # the form works before `load`: do not wait for it
    heard(page, "interactive")
    interactive = time.perf_counter() - start
    heard(page, "engine-ready")
    ready = time.perf_counter() - start
    return Visit(page, requests, interactive, ready, page_marks(page))


class OnAPage(Protocol):
    page: Page


V = TypeVar("V", bound=OnAPage)


def close_context(done: OnAPage) -> None:
    done.page.context.close()


def in_turn(count: int, go: Callable[[], V], leave: Callable[[V], None] = close_context) -> list[V]:
    """`count` visits, one after another: each one is left (by default, its context closed) as
    the next begins (once ready, a page builds its search index and caches the site offline);
    the last stays open."""
    visits: list[V] = []
    for _ in range(count):
        if visits:
            leave(visits[-1])
        visits.append(go())
    return visits


OBSERVED = """([type, name]) => new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName(name)[0];
    if (!entry) return;
    observer.disconnect();
    resolve(entry.startTime);
  }).observe({ type, buffered: true });
})"""


def observed(page: Page, entry_type: str, name: str) -> float:
    """When the page's performance entry `name` started (ms from navigation start), waiting
    until the page makes it: heard, not polled for, so the page's main thread is left alone."""
    return page.evaluate(OBSERVED, [entry_type, name])


def heard(page: Page, mark: str) -> None:
    """Returns once the page has made the mark `selfassess:<mark>` (at once if it has already)."""
    observed(page, "mark", f"selfassess:{mark}")


SHOW_RESULTS_PROBE = """() => {
  const view = document.querySelector("[data-selfassess-report]");
  const button = document.querySelector('[data-action="show-results"]');
  view.removeAttribute("data-ready");
  window.selfassessShown = new Promise((resolve) => {
    let clicked = 0;
    const clickedNow = () => { clicked = performance.now(); };
    button.addEventListener("click", clickedNow, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (view.dataset.ready !== "true") return;
      observer.disconnect();
      // The frame that shows the report: its animation callback, then the task after it.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked)));
    });
    observer.observe(view, { attributes: true, attributeFilter: ["data-ready"] });
  });
}"""
"""Clears the report's ready mark and times, inside the page, the next click on 'show results'
until the frame that shows the report: the Playwright round trips (click, polling) left out."""


MARKS = """performance.getEntriesByType("mark")
  .filter((m) => m.name.startsWith("selfassess:")).map((m) => [m.name, m.startTime])"""


def page_marks(page: Page) -> dict[str, float]:
    """The page's own marks, in seconds from its navigation start: no Playwright round trips."""
    return {name.split(":")[1]: at / 1000 for name, at in page.evaluate(MARKS)}


def results_times(page: Page, count: int = 3) -> list[tuple[float, float]]:
    """`count` clicks on 'show results', each until the report is on screen: (in the page,
    with Playwright's click and wait) in seconds."""
    report = page.locator('[data-selfassess-report][data-ready="true"]')
    times = []
    for _ in range(count):
        start = time.perf_counter()
        page.evaluate(SHOW_RESULTS_PROBE)
        page.click('[data-action="show-results"]')
        in_page = page.evaluate("window.selfassessShown") / 1000
        report.wait_for(timeout=TIMEOUT)
        times.append((in_page, time.perf_counter() - start))
    return times
