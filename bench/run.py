"""Benchmark of the default site: build time, bytes shipped, and timings in real Chromium.

Run by `make bench`. Prints numbers only, as a table; nothing here asserts a timing.
"""

from __future__ import annotations

import gzip
import logging
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402
from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from bench.aggregate_scale import aggregate_scale_rows, write_team_files  # noqa: E402
from bench.code_lengths import code_length_rows  # noqa: E402
from bench.live_edit import live_edit_seconds  # noqa: E402
from bench.scale import (  # noqa: E402
    conditional_rows,
    scale_rows,
    served_page,
    site_size,
    tab_memory,
    table,
)
from bench.visits import (  # noqa: E402
    MARKS,
    TIMEOUT,
    close_context,
    cold_visit,
    in_turn,
    observed,
    results_times,
    spread,
    timed,
    visit,
)
from selfassess.pages.urls import SECTION, TEAM, page_url  # noqa: E402
from selfassess.site.build import build_site  # noqa: E402
from selfassess.site.server import make_server, serve_in_background  # noqa: E402
from tests.browser.assessment import wait_engine, wait_for_service_worker  # noqa: E402
from tests.browser.conftest import chromium_launch_args  # noqa: E402

CONFIG = REPO / "mkdocs.yml"


def plain_mkdocs_build(site_dir: Path) -> None:
    """The same Markdown and theme, without the selfassess plugin.

    The guides' links to the calculators page, which only the plugin makes, are still checked,
    but reported at the level of information, below what is shown: the build is clean.
    """
    nav = yaml.safe_load(CONFIG.read_text("utf-8"))["nav"]
    nav = [item for item in nav if SECTION not in item.values()]
    validation = {"links": {"not_found": "info"}}
    config = load_config(
        str(CONFIG), plugins=["search"], nav=nav, site_dir=str(site_dir), validation=validation
    )
    build(config)


def shipped_bytes(site: Path, prefix: str, urls: list[str]) -> tuple[int, int]:
    raw = compressed = 0
    for url in dict.fromkeys(urls):
        path = unquote(urlsplit(url).path)[len(prefix) :]
        file = site / path
        if file.is_dir() or not path:
            file = file / "index.html"
        if file.is_file():
            content = file.read_bytes()
            raw += len(content)
            compressed += len(gzip.compress(content, compresslevel=6))
    return raw, compressed


def answer_first_option_everywhere(page: Page) -> None:
    for question in page.locator("fieldset[data-question]").all():
        if question.is_visible():  # the questions an answer above turned off stay hidden
            question.locator("input").first.check()


COLD_VISITS = 5


def browser_timings(site: Path, plain_site: Path, bank_id: str) -> list[tuple[str, str]]:
    prefix = "/bench/"
    server = make_server(site, port=0, prefix=prefix, quiet=True)
    plain_server = make_server(plain_site, port=0, prefix=prefix, quiet=True)
    for each in (server, plain_server):
        serve_in_background(each)
    url = f"http://127.0.0.1:{server.server_address[1]}{prefix}{page_url(bank_id)}"
    plain_url = f"http://127.0.0.1:{plain_server.server_address[1]}{prefix}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        plain = [first_paint(browser, plain_url) for _ in range(COLD_VISITS)]
        visits = in_turn(COLD_VISITS, lambda: cold_visit(browser, url))
        page = visits[-1].page
        phases = worker_phases(page)
        raw, compressed = shipped_bytes(site, prefix, visits[0].requests)

        wait_for_service_worker(page)  # a returning visitor's pages come through it
        context = page.context
        page.close()
        warm = in_turn(WARM_VISITS, lambda: visit(context, url), leave=lambda v: v.page.close())
        page = warm[-1].page
        answer_first_option_everywhere(page)
        in_page, results = zip(*results_times(page), strict=True)
        browser.close()
    for each in (server, plain_server):
        each.shutdown()
    return [
        (f"bytes shipped on first visit to {bank_id} (raw)", f"{raw:,}"),
        (f"bytes shipped on first visit to {bank_id} (gzip)", f"{compressed:,}"),
        (f"navigation to interactive form, in the page, {COLD_VISITS} cold visits (s)",
         spread([v.marks["interactive"] for v in visits])),
        ("  as Playwright hears of it, wall clock (s)", spread([v.interactive for v in visits])),
        ("  then the next frame painted, in the page (s)",
         spread([v.marks["interactive-frame"] for v in visits])),
        ("  the theme alone: plain MkDocs home page, navigation to first paint (s)",
         spread(plain)),
        (f"navigation to Pyodide ready, cold cache, in the page, {COLD_VISITS} cold visits (s)",
         spread([v.marks["engine-ready"] for v in visits])),
        ("  as Playwright hears of it, wall clock (s)", spread([v.ready for v in visits])),
        (f"navigation to interactive form, warm: {WARM_VISITS} new tabs, cache and offline "
         "worker in place, in the page (s)", spread([v.marks["interactive"] for v in warm])),
        ("navigation to Pyodide ready, warm, the same tabs, in the page (s)",
         spread([v.marks["engine-ready"] for v in warm])),
        *phases,
        ("'show results' to results on screen, in the page, first click (s)",
         f"{in_page[0]:.3f}"),
        ("'show results' to results on screen, in the page, best of 3 (s)",
         f"{min(in_page):.3f}"),
        ("  Playwright's click and wait included, first / best of 3 (s)",
         f"{results[0]:.3f} / {min(results):.3f}"),
    ]  # fmt: skip


WARM_VISITS = 3


def first_paint(browser: Browser, url: str) -> float:
    """Navigation start to first contentful paint of a page, in a fresh context."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="commit")  # `load` may come before the first paint
    painted = observed(page, "paint", "first-contentful-paint")
    context.close()
    return painted / 1000


def worker_phases(page: Page) -> list[tuple[str, str]]:
    """Where the cold start goes: the worker's own performance marks, phase by phase."""
    engine = [w for w in page.workers if w.url.endswith("/selfassess/worker.js")]
    marks = engine[0].evaluate(MARKS) if engine else []
    rows, before = [], 0.0
    for name, at in marks:
        seconds = (at - before) / 1000
        rows.append((f"  worker phase up to {name.split(':')[1]} (s)", f"{seconds:.2f}"))
        before = at
    return rows


def cpu_timed(action) -> float:
    """CPU seconds of this process: steadier than wall time on a busy machine."""
    start = time.process_time()
    action()
    return time.process_time() - start


def child_cpu_timed(action) -> float:
    """CPU seconds (user + system) of the subprocesses that `action` runs and waits for."""
    import resource

    def used() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    start = used()
    action()
    return used() - start


TEAM_BANK = "bloques-cx"
TEAM_FILES = 1000
TEAM_PAGE_FILES = (TEAM_FILES, 10_000)
"""What the team page is given (issue 19: 10,000 files to the report in under 10 s)."""
TEAM_VISITS = 3


@dataclass
class TeamVisit:
    page: Page
    on_page: float
    wall: float


def team_page_visit(browser: Browser, url: str, paths: list[Path]) -> TeamVisit:
    """A team page in a fresh context: once its engine is ready, every file chosen at once."""
    page = browser.new_context().new_page()
    page.goto(url)
    wait_engine(page)
    chooser = page.locator(f'[data-selfassess-team="{TEAM_BANK}"] input[type="file"]')
    report = page.locator("[data-elapsed]")
    wall = timed(lambda: (chooser.set_input_files([str(p) for p in paths]),
                          report.wait_for(timeout=TIMEOUT)))  # fmt: skip
    return TeamVisit(page, int(report.get_attribute("data-elapsed")) / 1000, wall)


def team_timings(site: Path) -> list[tuple[str, str]]:
    """Aggregating 1,000 answer files of the nine-blocks bank in the core and the CLI; 1,000 and
    10,000 on the team page."""
    import json
    import subprocess

    from selfassess.core.aggregate import aggregate, read_files
    from selfassess.core.model import bank_from_json
    from selfassess.core.render import render_team_report

    bank_json = json.loads(
        (site / "assets/selfassess/banks" / f"{TEAM_BANK}.json").read_text("utf-8")
    )
    with tempfile.TemporaryDirectory() as folder:
        paths = write_team_files(bank_json, Path(folder), TEAM_FILES)
        bank = bank_from_json(bank_json)

        def in_process() -> None:
            files = [(p.name, p.read_bytes()) for p in paths]
            team = aggregate(bank, *read_files(bank, files))
            for fmt in ("md", "csv", "json", "html"):
                render_team_report(team, bank, fmt)

        core = min(timed(in_process) for _ in range(3))
        core_cpu = min(cpu_timed(in_process) for _ in range(3))
        selfassess = Path(sys.executable).parent / "selfassess"
        command = [str(selfassess), "aggregate", TEAM_BANK, ".", "--banks",
                   str(REPO / "questionbank"), "--format", "html", "-o", "team.html"]  # fmt: skip

        def run_cli() -> None:
            # From the folder of answers, as a facilitator runs it: no site config to read.
            subprocess.run(command, cwd=folder, check=True, capture_output=True)

        cli = min(timed(run_cli) for _ in range(3))
        cli_cpu = min(child_cpu_timed(run_cli) for _ in range(3))

        rows = [
            (f"aggregate {TEAM_FILES} files of {TEAM_BANK}, core: read + 4 formats (s)",
             f"{core:.2f}"),
            ("the same, CPU time (s)", f"{core_cpu:.2f}"),
            (f"`selfassess aggregate` {TEAM_FILES} files, whole command (s)", f"{cli:.2f}"),
            ("the same, CPU time of the command (s)", f"{cli_cpu:.2f}"),
        ]  # fmt: skip
        paths = write_team_files(bank_json, Path(folder), max(TEAM_PAGE_FILES), len(paths))
        with served_page(site) as (page, site_url):
            url = site_url + page_url(TEAM_BANK, TEAM)
            for count in TEAM_PAGE_FILES:
                rows += team_page_rows(page.context.browser, url, paths[:count])
    return rows


def team_page_rows(browser: Browser, url: str, paths: list[Path]) -> list[tuple[str, str]]:
    """The team page given `paths`, in TEAM_VISITS fresh visits; the last one's memory."""
    visits = in_turn(TEAM_VISITS, lambda: team_page_visit(browser, url, paths))
    heap, peak = tab_memory(visits[-1].page)
    close_context(visits[-1])
    count = len(paths)
    return [
        (f"team page, {count} files chosen to report on screen, {TEAM_VISITS} visits (s)",
         spread([v.on_page for v in visits])),
        (f"team page, {count} files handed over by Playwright to report (s)",
         spread([v.wall for v in visits])),
        ("  then the page's JS heap used, CDP Performance.getMetrics (MB)", f"{heap / 1e6:.1f}"),
        ("  then the tab's peak memory, renderer VmHWM incl. worker (MB)", f"{peak / 1e6:.1f}"),
    ]  # fmt: skip


def load_average() -> str:
    """The host's 1-minute load average: on a shared machine the timings follow it."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "unknown"


def main() -> int:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    load_at_start = load_average()
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        plain_site = Path(folder) / "plain"
        # Best of three, alternating: the first build alone pays for importing MkDocs.
        selfassess_time = plain_time = selfassess_cpu = plain_cpu = float("inf")
        for _ in range(3):
            selfassess_time = min(selfassess_time, timed(lambda: build_site(CONFIG, site)))
            selfassess_cpu = min(selfassess_cpu, cpu_timed(lambda: build_site(CONFIG, site)))
            plain_time = min(plain_time, timed(lambda: plain_mkdocs_build(plain_site)))
            plain_cpu = min(plain_cpu, cpu_timed(lambda: plain_mkdocs_build(Path(folder) / "p")))
        bank_id = sorted(p.name for p in (site / "assess").iterdir())[0]
        files, total, without_runtime = site_size(site)
        rows = [
            ("build of the default site (s)", f"{selfassess_time:.2f}"),
            ("plain mkdocs build of the same Markdown (s)", f"{plain_time:.2f}"),
            ("ratio", f"{selfassess_time / plain_time:.2f}"),
            ("ratio of CPU times (steadier on a busy machine)",
             f"{selfassess_cpu / plain_cpu:.2f}"),
            *browser_timings(site, plain_site, bank_id),
            *team_timings(site),
            ("bank edit → on screen, `selfassess serve`, median (range) (s)",
             spread(live_edit_seconds())),
            *scale_rows(TIMEOUT),
            *conditional_rows(TIMEOUT),
            *aggregate_scale_rows(REPO / "questionbank"),
            *code_length_rows(REPO / "questionbank"),
            ("size of the default site: files", f"{files:,}"),
            ("size of the default site: bytes", f"{total:,}"),
            ("  of which outside the vendored Pyodide runtime (bytes)", f"{without_runtime:,}"),
            ("host load average, 1 minute, at the start / at the end of the run",
             f"{load_at_start} / {load_average()}"),
        ]
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
