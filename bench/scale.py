"""Figures at scale for the benchmark: a 1,000-question bank scored in CPython and in Chromium,
the memory of the browser tab, and the size of the built site.

Called by bench/run.py, which prints every figure in one table; nothing here asserts a timing.
"""

from __future__ import annotations

import copy
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from playwright.sync_api import Page, sync_playwright

from bench.big_bank import CONDITIONAL_BANK, conditional_bank_yaml
from bench.visits import cold_visit, in_turn, results_times, spread, timed
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.results import Answer
from selfassess.core.scoring import score
from selfassess.load import load_bank
from selfassess.pages.urls import page_url
from selfassess.site.build import build_site
from selfassess.site.server import make_server, serve_in_background
from tests.browser.conftest import chromium_launch_args
from tests.site.sites import write_site_config

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = 1000
SECTIONS = 10
BIG_BANK = "grande"
ANSWER_ALL = """() => {
  for (const question of document.querySelectorAll("fieldset[data-question]")) {
    question.querySelector("input").checked = true;
  }
  document.querySelector("form[data-selfassess-bank]").dispatchEvent(new Event("change"));
}"""
UNREADY = "document.querySelector('[data-selfassess-report]').removeAttribute('data-ready')"


def big_bank_yaml(folder: Path, questions: int = QUESTIONS) -> Path:
    """The test bank `mini` grown to `questions` questions in ten sections, every type mixed."""
    mini = yaml.safe_load((REPO / "tests" / "banks" / "mini.yml").read_text("utf-8"))
    pool = [q for s in mini["sections"] for q in s["questions"]]
    bank = {**mini, "id": BIG_BANK, "minutes": 240, "sections": []}
    per_section = questions // SECTIONS
    for s in range(SECTIONS):
        section = {"id": f"s{s}", "title": {"es": f"Sección {s}", "en": f"Section {s}"},
                   "weight": 1 + s % 3, "questions": []}  # fmt: skip
        for n in range(per_section):
            question = copy.deepcopy(pool[(s * per_section + n) % len(pool)])
            question["id"] = f"q{s}-{n}"
            section["questions"].append(question)
        bank["sections"].append(section)
    path = folder / f"{BIG_BANK}.yml"
    path.write_text(yaml.safe_dump(bank, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def first_options(bank: Bank) -> dict[str, Answer]:
    """A response's answers: every question with its first option."""
    return {
        q.id: [q.options[0].id] if q.is_multiple else q.options[0].id for _, q in bank.questions()
    }


def cpython_scoring(bank_file: Path) -> float:
    """Best of five: scoring a full response to the big bank with the core, in this process."""
    from selfassess.core.responses import read_response

    bank_json = load_bank(bank_file)
    bank = bank_from_json(bank_json)
    response = {
        "format": "selfassess/response@1",
        "bank": {k: bank_json[k] for k in ("id", "version", "hash")},
        "language": "es", "respondent": {"name": "", "role": ""},
        "answers": first_options(bank), "notes": {},
        "created": "2025-01-15T10:00:00+00:00", "updated": "2025-01-15T10:00:00+00:00",
    }  # fmt: skip
    text = json.dumps(response)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        score(bank, read_response(text, bank, "bench").response)
        best = min(best, time.perf_counter() - start)
    return best


def build_big_site(
    folder: Path, write_bank: Callable[[Path], Path] = big_bank_yaml
) -> tuple[Path, Path]:
    """A site publishing only the bank `write_bank` writes: (its YAML, the built site)."""
    banks = folder / "banks"
    banks.mkdir()
    bank_file = write_bank(banks)
    site = build_site(write_site_config(folder, banks), folder / "site")
    return bank_file, site


def browser_scoring(page: Page, site_url: str, timeout: int) -> float:
    """'Show results' to the report on screen, every question answered; best of three."""
    page.goto(site_url + page_url(BIG_BANK))
    page.locator('[data-selfassess-status][data-state="ready"]').wait_for(timeout=timeout)
    page.evaluate(ANSWER_ALL)
    report = page.locator('[data-selfassess-report][data-ready="true"]')
    best = float("inf")
    for _ in range(3):
        page.evaluate(UNREADY)
        start = time.perf_counter()
        page.click('[data-action="show-results"]')
        report.wait_for(timeout=timeout)
        best = min(best, time.perf_counter() - start)
    return best


def tab_memory(page: Page) -> tuple[int, int]:
    """(JS heap used by the page, peak resident memory of its renderer process), in bytes.

    The heap comes from CDP `Performance.getMetrics` (JSHeapUsedSize: the page's main thread;
    Pyodide's WebAssembly memory lives in the worker, outside it). The peak is VmHWM in
    /proc of the renderer, whose id CDP `SystemInfo.getProcessInfo` gives: page and worker
    together. `performance.measureUserAgentSpecificMemory` needs a cross-origin-isolated page,
    which a static site on any host is not.
    """
    session = page.context.new_cdp_session(page)
    session.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    browser_session = page.context.browser.new_browser_cdp_session()
    processes = browser_session.send("SystemInfo.getProcessInfo")["processInfo"]
    peak = 0
    for process in processes:
        if process["type"] != "renderer":
            continue
        status = Path(f"/proc/{process['id']}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) * 1024)
    return int(metrics["JSHeapUsedSize"]), peak


def site_size(site: Path) -> tuple[int, int, int]:
    """(files, total bytes, bytes without the vendored Pyodide runtime)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    runtime = sum(p.stat().st_size for p in files if "pyodide" in p.relative_to(site).parts)
    return len(files), total, total - runtime


@contextmanager
def served_page(site: Path) -> Iterator[tuple[Page, str]]:
    """A fresh Chromium page and the URL of `site`, served on 127.0.0.1."""
    server = make_server(site, port=0, prefix="/bench/", quiet=True)
    serve_in_background(server)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(**chromium_launch_args())
            yield browser.new_page(), f"http://127.0.0.1:{server.server_address[1]}/bench/"
            browser.close()
    finally:
        server.shutdown()


def scale_rows(timeout: int) -> list[tuple[str, str]]:
    """The big bank scored in CPython and in the browser."""
    with tempfile.TemporaryDirectory() as folder:
        bank_file, site = build_big_site(Path(folder))
        cpython = cpython_scoring(bank_file)
        with served_page(site) as (page, url):
            browser = browser_scoring(page, url, timeout)
    return [
        (f"score a {QUESTIONS:,}-question bank, CPython core (s)", f"{cpython:.3f}"),
        (f"score a {QUESTIONS:,}-question bank in the browser, 'show results' to report (s)",
         f"{browser:.2f}"),
    ]  # fmt: skip


def conditional_rows(timeout: int) -> list[tuple[str, str]]:
    """The generated 1,000-question bank with conditions (bench/big_bank.py): loaded by the
    CLI, built into a site, its form in Chromium and its results scored in Pyodide."""
    with tempfile.TemporaryDirectory() as folder:
        banks = Path(folder) / "yaml"
        banks.mkdir()
        bank_file = conditional_bank_yaml(banks)
        load = min(timed(lambda: bank_from_json(load_bank(bank_file))) for _ in range(3))
        command = [str(Path(sys.executable).parent / "selfassess"), "validate", str(bank_file)]
        validate = min(
            timed(lambda: subprocess.run(command, check=True, capture_output=True))
            for _ in range(3)
        )
        start = time.perf_counter()
        _, site = build_big_site(Path(folder), conditional_bank_yaml)
        build = time.perf_counter() - start
        form = (site / page_url(CONDITIONAL_BANK) / "index.html").read_bytes()
        cpython = cpython_scoring(bank_file)
        with served_page(site) as (page, url):
            bank_url = url + page_url(CONDITIONAL_BANK)
            visits = in_turn(3, lambda: cold_visit(page.context.browser, bank_url))
            visits[-1].page.evaluate(ANSWER_ALL)
            results = results_times(visits[-1].page)
    name = f"{QUESTIONS:,}-question bank with conditions"
    return [
        (f"{name}: validation + load, core in this process (s)", f"{load:.2f}"),
        (f"{name}: `selfassess validate`, whole command (s)", f"{validate:.2f}"),
        (f"{name}: build of a site publishing it (s)", f"{build:.2f}"),
        (f"{name}: its static form page, raw / gzip (bytes)",
         f"{len(form):,} / {len(gzip.compress(form, compresslevel=6)):,}"),
        (f"{name}: navigation to form interactive, in the page, 3 cold visits (s)",
         spread([v.marks["interactive"] for v in visits])),
        (f"{name}: navigation to Pyodide ready, in the page, 3 cold visits (s)",
         spread([v.marks["engine-ready"] for v in visits])),
        (f"{name}: every question answered, score in CPython (s)", f"{cpython:.3f}"),
        (f"{name}: every question answered, click to report on screen, in the page, "
         "first / best of 3 (s)", f"{results[0][0]:.2f} / {min(r[0] for r in results):.2f}"),
    ]  # fmt: skip


TARGETS = (
    ("ratio", "< 1.5"),
    ("interactive form", "< 0.3"),
    ("Pyodide ready, cold", "< 2.5"),
    ("'show results' to results on screen", "< 0.1"),
    ("team page, 1000 files chosen to report on screen", "< 3"),  # from the choice, issue 5
    ("team page, 10000 files chosen to report on screen", "< 10"),  # issue 19
    ("`selfassess aggregate` 1000 files", "< 1"),  # issue 5, bench/run.py's row
    ("`selfassess aggregate` 1,000 files", "< 1"),  # issue 5; 10,000 files: no target
    ("`selfassess aggregate` 100,000 files", "< 10"),  # issue 19, and its memory:
    ("100,000 files: peak memory", "< 300"),
    ("bank edit → on screen", "< 2"),
)
"""Targets that issues 4, 5, 18 and 19 set, by a part of the row's name."""


def table(rows: list[tuple[str, str]]) -> str:
    """The rows as one Markdown table, each with its target where the issues give one."""
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'measure':<{width}} | value | target |", f"| {'-' * width} | ----: | -----: |"]
    for name, value in rows:
        target = next((t for part, t in TARGETS if part in name), "")
        lines.append(f"| {name:<{width}} | {value} | {target} |")
    return "\n".join(lines)
