"""What selfassess adds to a site, whatever engine renders it: pages, assets, nav, theme settings.

The MkDocs plugin asks for these from its hooks (MkDocs and ProperDocs); `staging` writes them as
files for an engine that runs no MkDocs plugin (Zensical). Both read the plugin's validated
options (`SelfassessConfig`), so one `mkdocs.yml` gives the same site on every engine.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any, NamedTuple

import selfassess.mkdocs_plugin
from selfassess.core.model import localize
from selfassess.pages import (
    assessment_page_html,
    bank_list_html,
    calculators_page_html,
    erase_control_html,
    print_page_html,
    search_text_html,
    team_page_html,
)
from selfassess.pages.brand import footer_html, intro_html
from selfassess.pages.strings import ui
from selfassess.pages.urls import ASSESSMENT, KINDS, PRINT, SECTION, page_source
from selfassess.runtime import RuntimeMissing, runtime_files
from selfassess.site import bank_cache
from selfassess.site.asking_rules import asking_script
from selfassess.site.banks import SiteBanksInvalid, load_site_banks
from selfassess.site.brand import BrandInvalid, brand_css, brand_json, site_brand
from selfassess.site.bundle import BundleFailed, esbuild_path, page_scripts
from selfassess.site.calculator_links import without_links_to
from selfassess.site.calculators_nav import calculators_page, nav_with_calculators
from selfassess.site.csp import content_security_policy
from selfassess.startup import (
    RESTORED_STDLIB,
    SNAPSHOT,
    STDLIB,
    Startup,
    StartupFailed,
    site_core_wheel,
)
from selfassess.wheel import wheel_filename

PLUGIN_DIR = Path(selfassess.mkdocs_plugin.__file__).resolve().parent
"""The browser assets (`assets/`) and the theme overrides (`templates/`) live beside the plugin."""
TEMPLATES = PLUGIN_DIR / "templates"
VENDORED = "vendored"
ASSETS = "assets/selfassess"
BRAND_CSS = "brand.css"
BRAND_JSON = "brand.json"
NOT_SEARCHED = "---\nsearch:\n  exclude: true\n---\n"
"""Front matter of the blank questionnaire (the assessment's text again) and of the tool pages:
kept out of the search index, which they would only fill with duplicates (and slow to build)."""
TITLED = {"team": "team_title", "compare": "compare_title"}
"""The bank pages whose heading is an interface string before the bank's title."""
BANK_LIST_MARKER = "<div data-selfassess-banks></div>"
"""Where a page (the home page) gets the list of banks."""
ERASE_MARKER = "<div data-selfassess-erase></div>"
"""Where a page (the privacy page) gets the button that erases what the site keeps."""


class GenerationFailed(Exception):
    """The site's banks, brand, scripts or runtime cannot be used; the message says why."""


class Added(NamedTuple):
    """A file selfassess adds to the site: its path there, and its content or its source file."""

    path: str
    content: str | bytes | None = None
    source: Path | None = None


def root_from(page_url: str) -> str:
    """The relative URL from a page to the site root, so the site works under any sub-path."""
    folder = page_url.rstrip("/") if page_url.endswith("/") else posixpath.dirname(page_url)
    if not folder:
        return ""
    return posixpath.relpath(".", folder) + "/"


class SiteGeneration:
    """Everything one site's options make: read once (banks, brand, scripts), asked per page."""

    def __init__(
        self, options: Any, base: Path, docs_dir: Path, theme_language: object
    ) -> None:
        """`options`: the plugin's validated options; `base`: the config file's folder."""
        self.options = options
        self.base = base
        self.language = options.site_language(theme_language)
        try:
            self.banks = load_site_banks(
                base / options.banks_dir, options.banks, cache=base / bank_cache.FOLDER
            )
            self.brand = site_brand(options.brand, docs_dir)
            self.scripts = page_scripts(PLUGIN_DIR / "assets", esbuild_path(base))
        except SiteBanksInvalid as error:
            raise GenerationFailed(f"selfassess: invalid question banks:\n{error}") from None
        except BrandInvalid as error:
            raise GenerationFailed(f"selfassess: the brand cannot be used:\n{error}") from None
        except BundleFailed as error:
            raise GenerationFailed(f"selfassess: {error}") from None
        self.bank_pages = {
            page_source(bank["id"], kind): (bank, kind) for bank in self.banks for kind in KINDS
        }
        calculators = calculators_page(self.language)
        self.calculators_page = calculators if options.calculators else None
        self._calculators_path = calculators
        self.csp = content_security_policy(None if self.vendored else options.pyodide)

    @property
    def vendored(self) -> bool:
        return self.options.pyodide == VENDORED

    def theme_extra(self) -> dict[str, Any]:
        """The `extra` entries the theme override reads: the CSP, the offline worker, the
        scripts a page may preload."""
        return {
            "selfassess_csp": self.csp,
            "selfassess_offline": self.options.offline,
            "selfassess_scripts": list(self.scripts),
        }

    def extra_css(self) -> list[str]:
        brand = [f"{ASSETS}/{BRAND_CSS}"] if self._has_colours() else []
        return [*brand, f"{ASSETS}/selfassess.css"]

    def _has_colours(self) -> bool:
        brand = self.options.brand
        return bool(brand.primary_color or brand.accent_color) and self.brand is not None

    def apply_brand(self, theme: MutableMapping[str, Any], copyright: str | None) -> str | None:
        """Logo and favicon on the theme's settings; return the footer line (`copyright`)."""
        brand = self.options.brand
        if brand.logo and not theme.get("logo"):
            theme["logo"] = brand.logo
        if brand.favicon:
            theme["favicon"] = brand.favicon
        if self.brand is not None and copyright is None and (self.brand.footer or self.brand.name):
            return footer_html(self.brand, self.language)
        return copyright

    def nav(self, nav: list[Any]) -> list[Any]:
        """The nav entry `Title: assess/` (SECTION) becomes the assessments (without one, they go
        second); then the calculators page, unless the nav places it."""
        pages = [
            {localize(bank["title"], self.language): page_source(bank["id"])}
            for bank in self.banks
        ]
        result: list[Any] = []
        replaced = False
        for item in nav:
            if isinstance(item, dict) and list(item.values()) == [SECTION]:
                result.append({next(iter(item)): pages})
                replaced = True
            else:
                result.append(item)
        if not replaced:
            result.insert(min(1, len(result)), {ui(self.language)["assessments"]: pages})
        if self.calculators_page is None:
            return result
        title = ui(self.language)["calculators_title"]
        return nav_with_calculators(result, self.calculators_page, title, SECTION)

    def added_files(self) -> list[Added]:
        """Every file selfassess adds to the site: each bank's pages and data, the calculators
        page, the brand, the core wheel, the bundled scripts and the other assets, the runtime."""
        try:
            wheel, startup = site_core_wheel(self.base)
        except StartupFailed as error:
            raise GenerationFailed(f"selfassess: {error}") from None
        calculators_heading = f"# {ui(self.language)['calculators_title']}\n"
        return [
            *(added for bank in self.banks for added in self._bank_files(bank)),
            *(
                [Added(self.calculators_page, calculators_heading)]
                if self.calculators_page
                else []
            ),
            Added(f"{ASSETS}/{BRAND_JSON}", brand_json(self.brand)),
            *(
                [Added(f"{ASSETS}/{BRAND_CSS}", brand_css(self.brand))]
                if self._has_colours() and self.brand is not None
                else []
            ),
            Added(f"{ASSETS}/{wheel_filename()}", wheel),
            *(Added(f"{ASSETS}/{name}", script) for name, script in self.scripts.items()),
            *(
                Added(f"{ASSETS}/{asset.name}", source=asset)
                for asset in sorted((PLUGIN_DIR / "assets").iterdir())
                if asset.suffix != ".js"
            ),
            *(self._runtime_files(startup) if self.vendored else []),
        ]

    def _bank_files(self, bank: dict[str, Any]) -> Iterator[Added]:
        """A bank's pages (a heading each; their content comes from `page_content`), its JSON."""
        title = localize(bank["title"], self.language)
        for kind in KINDS:
            front = "" if kind == ASSESSMENT else NOT_SEARCHED
            heading = f"{ui(self.language)[TITLED[kind]]}: {title}" if kind in TITLED else title
            yield Added(page_source(bank["id"], kind), f"{front}# {heading}\n")
        content = json.dumps(bank, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield Added(f"{ASSETS}/banks/{bank['id']}.json", content)

    def _runtime_files(self, startup: Startup | None) -> list[Added]:
        """The vendored Pyodide; with a prepared start, its compiled stdlib and the snapshot."""
        try:
            runtime = runtime_files(self.base)
        except RuntimeMissing as error:
            raise GenerationFailed(f"selfassess: {error}") from None
        folder = f"{ASSETS}/pyodide"
        files = [
            Added(f"{folder}/{path.name}", startup.stdlib_zip)
            if startup is not None and path.name == STDLIB
            else Added(f"{folder}/{path.name}", source=path)
            for path in runtime
        ]
        if startup is not None:
            files.append(Added(f"{folder}/{RESTORED_STDLIB}", startup.restored_stdlib_zip))
            files.append(Added(f"{folder}/{SNAPSHOT}", startup.snapshot))
        return files

    def markdown(self, markdown: str, source: str) -> str:
        """A page of the site's own, as Markdown: with the calculators page off, the guides'
        links to it go (see calculator_links)."""
        if self.calculators_page:
            return markdown
        return without_links_to(markdown, source, self._calculators_path)

    def page_content(self, source: str, root: str, searched: bool = False) -> str | None:
        """The HTML a generated page (`source`, relative to docs/) gets after its heading; None
        for a page selfassess did not make. `searched`: an assessment's words for the search
        index, instead of its form (see `search_text_html`)."""
        if source in self.bank_pages:
            bank, kind = self.bank_pages[source]
            if kind == ASSESSMENT:
                intro = intro_html(self.brand, self.options.brand.intro, self.language)
                if searched:
                    return intro + search_text_html(bank, self.language)
                return intro + assessment_page_html(
                    bank, self.language, root, self.pyodide(root)
                )
            if kind == PRINT:
                return print_page_html(bank, self.language)
            return team_page_html(bank, self.language, root, self.pyodide(root), kind)
        if source == self.calculators_page:
            return calculators_page_html(self.language, root, self.pyodide(root))
        return None

    def is_assessment(self, source: str) -> bool:
        return source in self.bank_pages and self.bank_pages[source][1] == ASSESSMENT

    def with_markers(self, html: str, root: str) -> str:
        """A page of the site's own with its markers filled: the list of banks, the erase
        control."""
        if BANK_LIST_MARKER in html:
            bank_list = bank_list_html(self.banks, self.language, root) + asking_script(self.banks)
            html = html.replace(BANK_LIST_MARKER, bank_list)
        if ERASE_MARKER in html:
            html = html.replace(ERASE_MARKER, erase_control_html(self.language, root))
        return html

    def pyodide(self, root: str) -> str:
        if self.vendored:
            return f"{root}{ASSETS}/pyodide/"
        return self.options.pyodide.rstrip("/") + "/"

    def date_sources(self, docs_dir: Path, config_file: str | None) -> list[Path]:
        """What the build date is read from (see `source_date`)."""
        sources = [docs_dir, self.base / self.options.banks_dir]
        if config_file:
            sources.append(Path(config_file))
        return sources
