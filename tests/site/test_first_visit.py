"""What a first visit to an assessment downloads before its engine is ready, compressed as a web
server does (gzip, level 6): a size, the same on every build of the same inputs.

The files are found where the code finds them: the page's own tags, Material's search, the
engine's scripts, and the runtime Pyodide loads (runtime.PYODIDE_FILES), with a restored
snapshot's own files (startup.py) in place of the whole standard library.
"""

from __future__ import annotations

import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from selfassess.pages.urls import page_url
from selfassess.runtime import PYODIDE_FILES
from selfassess.startup import RESTORED_STDLIB, SNAPSHOT, STDLIB

ASSETS = "assets/selfassess"
FIRST_VISIT_LIMIT = 9_500_000
"""Bytes (gzip): Pyodide's binary and the memory snapshot are nearly all of it."""
ENGINE_FILES = ("worker.js", "snapshot.js", "brand.json")
"""The engine's own files: named in the page's script (worker.js) and in the worker."""


class _PageFiles(HTMLParser):
    """The files a page's tags load: styles, icon, scripts; and its data-* URLs."""

    LOADED_LINKS = frozenset({"stylesheet", "icon", "modulepreload"})

    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []
        self.pyodide = ""
        self.config = ""
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and values.get("rel") in self.LOADED_LINKS:
            self.files.append(values["href"])
        if tag == "script" and values.get("src"):
            self.files.append(values["src"])
        self._in_config = values.get("id") == "__config"
        self.pyodide = values.get("data-pyodide", self.pyodide)

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config += data


def _resolved(page: str, href: str) -> str:
    """`href` of the page at `page` (a folder under the site root) as a path from the root."""
    parts: list[str] = []
    for part in PurePosixPath(page, href).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def first_visit_files(site: Path, bank_id: str) -> list[str]:
    """Paths from the site root of what the assessment page and its engine fetch at start."""
    page = page_url(bank_id).strip("/")
    html = (site / page / "index.html").read_text("utf-8")
    tags = _PageFiles()
    tags.feed(html)
    search = json.loads(tags.config)["search"]  # Material's search worker, and its index
    scripts = [*tags.files, search]
    runtime = [name for name in PYODIDE_FILES if name != STDLIB] + [RESTORED_STDLIB, SNAPSHOT]
    files = [f"{page}/index.html", *(_resolved(page, href) for href in scripts)]
    files += ["search/search_index.json", f"{ASSETS}/banks/{bank_id}.json"]
    files += [f"{ASSETS}/{name}" for name in ENGINE_FILES]
    files += [_resolved(page, tags.pyodide + name) for name in runtime]
    return list(dict.fromkeys(files))


def test_the_engine_fetches_the_files_counted(default_site: Path):
    """The names this test counts are the ones the scripts use."""
    worker = (default_site / ASSETS / "worker.js").read_text("utf-8")
    page_script = (default_site / ASSETS / "assessment.js").read_text("utf-8")
    assert "worker.js" in page_script and "banks/" in page_script
    for name in (RESTORED_STDLIB, SNAPSHOT, "snapshot.js", "brand.json", "pyodide.mjs"):
        assert name in worker
    assert re.search(r"stdLibURL: base \+ RESTORED_STDLIB", worker)


def test_a_first_visit_to_an_assessment_downloads_at_most_9_5_mb_gzip(default_site: Path):
    files = first_visit_files(default_site, "bloques-cx")
    missing = [name for name in files if not (default_site / name).is_file()]
    assert missing == []
    sizes = {name: len(gzip.compress((default_site / name).read_bytes(), 6)) for name in files}
    total = sum(sizes.values())
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:4]
    assert total <= FIRST_VISIT_LIMIT, f"{total:,} bytes gzip; the largest: {largest}"
    assert STDLIB not in " ".join(files)
