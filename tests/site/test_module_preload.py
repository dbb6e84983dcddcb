"""A page's module is one file, bundled at build time with all it imports, and fetched from the
page's head: no import is left for the browser to fetch (and handle between a long page's
frames) once the page's module is in."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

MODULE_SCRIPT = re.compile(r'<script type="module"[^>]* src="([^"]+)"')
PRELOAD = re.compile(r'<link rel="modulepreload" href="([^"]+)">')
STATIC_IMPORT = re.compile(r"^\s*import\s*[{\"*\w]", re.MULTILINE)
THEME_SCRIPT = re.compile(r'<script( defer)? src="[^"]*assets/javascripts/bundle\.[^"]+"')
ASSETS = Path(__file__).parents[2] / "site_plugins" / "selfassess" / "assets"


def site_relative(page: Path, site: Path, href: str) -> str:
    page_url = page.relative_to(site).as_posix()
    return urljoin(page_url, href)


def test_each_page_preloads_its_module_from_its_head(default_site: Path):
    checked = 0
    for page in sorted(default_site.rglob("*.html")):
        html = page.read_text("utf-8")
        entries = {site_relative(page, default_site, src) for src in MODULE_SCRIPT.findall(html)}
        head = html.split("</head>", 1)[0]
        preloaded = {site_relative(page, default_site, href) for href in PRELOAD.findall(head)}
        assert preloaded == entries, page.relative_to(default_site)
        assert len(PRELOAD.findall(html)) == len(PRELOAD.findall(head)), "preloads in <head> only"
        checked += bool(entries)
    assert checked >= 5, "the home, assessment, team, compare and calculators pages have modules"


def test_the_site_ships_no_module_that_imports_another(default_site: Path):
    folder = default_site / "assets/selfassess"
    shipped = {path.name: path.read_text("utf-8") for path in folder.glob("*.js")}
    assert not [name for name, text in shipped.items() if STATIC_IMPORT.search(text)]
    sources = {path.name: path.read_text("utf-8") for path in ASSETS.glob("*.js")}
    importing = {name for name, text in sources.items() if STATIC_IMPORT.search(text)}
    assert {"assessment.js", "team.js"} <= importing
    imported_only = {
        "codes.js", "conditions.js", "download.js", "engine.js", "form.js", "resume.js",
        "storage.js", "texts.js",
    }
    assert set(shipped) == set(sources) - imported_only, "an imported module ships in its importers"
    assert "function readForm" in shipped["assessment.js"]


def test_the_theme_runs_after_the_page_is_parsed(default_site: Path):
    """Material's bundle is deferred: on an assessment page the form's module comes first."""
    for page in sorted(default_site.rglob("*.html")):
        assert THEME_SCRIPT.findall(page.read_text("utf-8")) == [" defer"], page
