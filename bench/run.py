"""Benchmark of the default site: build time, bytes shipped, and timings in real Chromium.

Run by `make bench`. Prints numbers only, as a table; nothing here asserts a timing.
"""

from __future__ import annotations

import gzip
import logging
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402
from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from generator.site.build import build_site  # noqa: E402
from generator.site.server import make_server, serve_in_background  # noqa: E402
from tests.browser.conftest import CHROMIUM_ARGS, system_chromium  # noqa: E402

CONFIG = REPO / "mkdocs.yml"
TIMEOUT = 300_000


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def plain_mkdocs_build(site_dir: Path) -> None:
    """The same Markdown and theme, without the selfassess plugin."""
    nav = yaml.safe_load(CONFIG.read_text("utf-8"))["nav"]
    nav = [item for item in nav if "assess/" not in item.values()]
    config = load_config(str(CONFIG), plugins=["search"], nav=nav, site_dir=str(site_dir))
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
        question.locator("input").first.check()


def browser_timings(site: Path, bank_id: str) -> list[tuple[str, str]]:
    prefix = "/bench/"
    server = make_server(site, port=0, prefix=prefix, quiet=True)
    serve_in_background(server)
    url = f"http://127.0.0.1:{server.server_address[1]}{prefix}assess/{bank_id}/"
    rows: list[tuple[str, str]] = []
    with sync_playwright() as playwright:
        executable = system_chromium()
        launch = {"args": CHROMIUM_ARGS, **({"executable_path": executable} if executable else {})}
        browser = playwright.chromium.launch(**launch)
        context = browser.new_context()
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        ready = page.locator('[data-selfassess-status][data-state="ready"]')

        start = time.perf_counter()
        page.goto(url)
        page.locator("[data-interactive]").wait_for(timeout=TIMEOUT)
        interactive = time.perf_counter() - start
        ready.wait_for(timeout=TIMEOUT)
        cold = time.perf_counter() - start
        raw, compressed = shipped_bytes(site, prefix, requests)

        warm = timed(lambda: (page.reload(), ready.wait_for(timeout=TIMEOUT)))
        answer_first_option_everywhere(page)
        report = page.locator('[data-selfassess-report][data-ready="true"]')
        results = timed(
            lambda: (page.click('[data-action="show-results"]'), report.wait_for(timeout=TIMEOUT))
        )
        browser.close()
    server.shutdown()
    rows += [
        (f"bytes shipped on first visit to {bank_id} (raw)", f"{raw:,}"),
        (f"bytes shipped on first visit to {bank_id} (gzip)", f"{compressed:,}"),
        ("navigation to interactive form (s)", f"{interactive:.2f}"),
        ("navigation to Pyodide ready, cold cache (s)", f"{cold:.2f}"),
        ("reload to Pyodide ready, warm cache (s)", f"{warm:.2f}"),
        ("'show results' to results on screen (s)", f"{results:.2f}"),
    ]
    return rows


def main() -> int:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        selfassess_time = timed(lambda: build_site(CONFIG, site))
        plain_time = timed(lambda: plain_mkdocs_build(Path(folder) / "plain"))
        bank_id = sorted(p.name for p in (site / "assess").iterdir())[0]
        rows = [
            ("build of the default site (s)", f"{selfassess_time:.2f}"),
            ("plain mkdocs build of the same Markdown (s)", f"{plain_time:.2f}"),
            ("ratio", f"{selfassess_time / plain_time:.2f}"),
            *browser_timings(site, bank_id),
        ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure':<{width}} | value |")
    print(f"| {'-' * width} | ----: |")
    for name, value in rows:
        print(f"| {name:<{width}} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
