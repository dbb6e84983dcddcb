"""Every page's own modules are fetched from its head: the page's module and all it imports.

main.html lists each module's imports by hand; this reads the built assets' import lines, so an
import added to a module without its preload fails here rather than costing a round trip.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

IMPORT = re.compile(r'^import\b[^;]*?\bfrom\s+"(\./[^"]+)"', re.MULTILINE)
MODULE_SCRIPT = re.compile(r'<script type="module"[^>]* src="([^"]+)"')
PRELOAD = re.compile(r'<link rel="modulepreload" href="([^"]+)">')
THEME_SCRIPT = re.compile(r'<script( defer)? src="[^"]*assets/javascripts/bundle\.[^"]+"')


def imported(site: Path, url: str, seen: set[str]) -> set[str]:
    """`url` (relative to the site root) and every module it imports, transitively."""
    if url in seen:
        return seen
    seen.add(url)
    for relative in IMPORT.findall((site / url).read_text("utf-8")):
        imported(site, urljoin(url, relative), seen)
    return seen


def site_relative(page: Path, site: Path, href: str) -> str:
    page_url = page.relative_to(site).as_posix()
    return urljoin(page_url, href)


def test_each_page_preloads_its_module_and_all_it_imports(default_site: Path):
    checked = 0
    for page in sorted(default_site.rglob("*.html")):
        html = page.read_text("utf-8")
        entries = MODULE_SCRIPT.findall(html)
        head = html.split("</head>", 1)[0]
        preloaded = {site_relative(page, default_site, href) for href in PRELOAD.findall(head)}
        expected: set[str] = set()
        for entry in entries:
            imported(default_site, site_relative(page, default_site, entry), expected)
        assert preloaded == expected, page.relative_to(default_site)
        assert len(PRELOAD.findall(html)) == len(PRELOAD.findall(head)), "preloads in <head> only"
        checked += bool(entries)
    assert checked >= 5, "the home, assessment, team, compare and calculators pages have modules"


def test_the_theme_runs_after_the_page_is_parsed(default_site: Path):
    """Material's bundle is deferred: on an assessment page the form's module comes first."""
    for page in sorted(default_site.rglob("*.html")):
        assert THEME_SCRIPT.findall(page.read_text("utf-8")) == [" defer"], page
