"""The `selfassess` MkDocs plugin. Hooks only orchestrate; the work lives in `generator/`."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from selfassess.core.model import localize
from selfassess.mkdocs_plugin import branding, calculators
from selfassess.mkdocs_plugin.config import VENDORED, SelfassessConfig
from selfassess.pages import (
    assessment_page_html,
    bank_list_html,
    calculators_page_html,
    erase_control_html,
    print_page_html,
    search_text_html,
    team_page_html,
)
from selfassess.pages.brand import intro_html
from selfassess.pages.strings import ui
from selfassess.pages.urls import ASSESSMENT, KINDS, PRINT, SECTION, page_source
from selfassess.runtime import RuntimeMissing, runtime_files
from selfassess.site import bank_cache
from selfassess.site.banks import SiteBanksInvalid, load_site_banks
from selfassess.site.brand import BrandInvalid, brand_css, brand_json, site_brand
from selfassess.site.bundle import BundleFailed, esbuild_path, page_scripts
from selfassess.site.calculator_links import without_links_to
from selfassess.site.csp import content_security_policy
from selfassess.site.offline import write_service_worker
from selfassess.site.source_date import pin_build_date, unpin_build_date
from selfassess.startup import (
    RESTORED_STDLIB,
    SNAPSHOT,
    STDLIB,
    Startup,
    StartupFailed,
    site_core_wheel,
)
from selfassess.wheel import wheel_filename

_HERE = Path(__file__).resolve().parent
ASSETS = "assets/selfassess"
NOT_SEARCHED = "---\nsearch:\n  exclude: true\n---\n"
"""Front matter of the blank questionnaire (the assessment's text again) and of the tool pages:
kept out of the search index, which they would only fill with duplicates (and slow to build)."""
TITLED = {"team": "team_title", "compare": "compare_title"}
"""The bank pages whose heading is an interface string before the bank's title."""
BANK_LIST_MARKER = "<div data-selfassess-banks></div>"
"""Where a page (the home page) gets the list of banks."""
ERASE_MARKER = "<div data-selfassess-erase></div>"
"""Where a page (the privacy page) gets the button that erases what the site keeps."""


class Added(NamedTuple):
    """A file the plugin adds to the site: its path there, and its content or its source file."""

    path: str
    content: str | bytes | None = None
    source: Path | None = None


def _root_from(page_url: str) -> str:
    """The relative URL from a page to the site root, so the site works under any sub-path."""
    folder = page_url.rstrip("/") if page_url.endswith("/") else posixpath.dirname(page_url)
    if not folder:
        return ""
    return posixpath.relpath(".", folder) + "/"


class SelfassessPlugin(BasePlugin[SelfassessConfig]):
    """Assessment pages, blank questionnaires, bank JSON, the core wheel and the Pyodide runtime."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        base = Path(config.config_file_path or ".").resolve().parent
        self.base = base
        self._forms: dict[str, str] = {}  # assessment pages' content, by source, until page_context
        self.language = self.config.site_language(config.theme.get("language"))
        try:
            self.banks = load_site_banks(
                base / self.config.banks_dir, self.config.banks, cache=base / bank_cache.FOLDER
            )
            self.brand = site_brand(self.config.brand, Path(config.docs_dir))
            self.scripts = page_scripts(_HERE / "assets", esbuild_path(base))
        except SiteBanksInvalid as error:
            raise PluginError(f"selfassess: invalid question banks:\n{error}") from None
        except BrandInvalid as error:
            raise PluginError(f"selfassess: the brand cannot be used:\n{error}") from None
        except BundleFailed as error:
            raise PluginError(f"selfassess: {error}") from None
        self._bank_pages = {
            page_source(bank["id"], kind): (bank, kind) for bank in self.banks for kind in KINDS
        }
        branding.apply_to_theme(config, self.config.brand, self.brand, ASSETS, self.language)
        vendored = self.config.pyodide == VENDORED
        self.csp = content_security_policy(None if vendored else self.config.pyodide)
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(_HERE / "templates"))
        config.extra_css.append(f"{ASSETS}/selfassess.css")
        config.extra["selfassess_csp"] = self.csp
        config.extra["selfassess_offline"] = self.config.offline
        config.extra["selfassess_scripts"] = list(self.scripts)  # main.html preloads a page's own
        if config.nav is not None:
            config.nav = self._nav_with_assessments(config.nav)
            if self.config.calculators:
                config.nav = calculators.nav_with_calculators(
                    config.nav,
                    calculators.page_path(self.language),
                    ui(self.language)["calculators_title"],
                    SECTION,
                )
        sources = [Path(config.docs_dir), base / self.config.banks_dir]
        if config.config_file_path:
            sources.append(Path(config.config_file_path))
        self._date_before = pin_build_date(sources)
        return config

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The date was pinned for this build only (`mkdocs serve` builds again)."""
        if self.config.enabled:
            unpin_build_date(self._date_before)
            if self.config.offline:
                write_service_worker(Path(config.site_dir))

    def on_build_error(self, *, error: Exception) -> None:
        if self.config.enabled and hasattr(self, "_date_before"):
            unpin_build_date(self._date_before)

    def _nav_with_assessments(self, nav: list[Any]) -> list[Any]:
        """The nav entry `Title: assess/` (SECTION) becomes the assessments; without one, they
        go second."""
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
        return result

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return files
        for added in self._added_files():
            if added.source is None:
                files.append(File.generated(config, added.path, content=added.content))
            else:
                files.append(File.generated(config, added.path, abs_src_path=str(added.source)))
        return files

    def _added_files(self) -> list[Added]:
        """Every file the plugin adds to the site: each bank's pages and data, the calculators
        page, the brand, the core wheel, the bundled scripts and the other assets, the runtime."""
        try:
            wheel, startup = site_core_wheel(self.base)
        except StartupFailed as error:
            raise PluginError(f"selfassess: {error}") from None
        calculators_heading = f"# {ui(self.language)['calculators_title']}\n"
        return [
            *(added for bank in self.banks for added in self._bank_files(bank)),
            *(
                [Added(calculators.page_path(self.language), calculators_heading)]
                if self.config.calculators
                else []
            ),
            Added(f"{ASSETS}/{branding.BRAND_JSON}", brand_json(self.brand)),
            *(
                [Added(f"{ASSETS}/{branding.BRAND_CSS}", brand_css(self.brand))]
                if branding.has_colours(self.config.brand) and self.brand is not None
                else []
            ),
            Added(f"{ASSETS}/{wheel_filename()}", wheel),
            *(Added(f"{ASSETS}/{name}", script) for name, script in self.scripts.items()),
            *(
                Added(f"{ASSETS}/{asset.name}", source=asset)
                for asset in sorted((_HERE / "assets").iterdir())
                if asset.suffix != ".js"
            ),
            *(self._runtime_files(startup) if self.config.pyodide == VENDORED else []),
        ]

    def _bank_files(self, bank: dict[str, Any]) -> Iterator[Added]:
        """A bank's pages (a heading each; their content comes in `on_page_content`), its JSON."""
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
            raise PluginError(f"selfassess: {error}") from None
        if startup is None:
            return [Added(f"{ASSETS}/pyodide/{path.name}", source=path) for path in runtime]
        return [
            *(
                Added(f"{ASSETS}/pyodide/{path.name}", startup.stdlib_zip)
                if path.name == STDLIB
                else Added(f"{ASSETS}/pyodide/{path.name}", source=path)
                for path in runtime
            ),
            Added(f"{ASSETS}/pyodide/{RESTORED_STDLIB}", startup.restored_stdlib_zip),
            Added(f"{ASSETS}/pyodide/{SNAPSHOT}", startup.snapshot),
        ]

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """With the calculators page off, the guides' links to it go (see calculator_links)."""
        if not self.config.enabled or self.config.calculators:
            return markdown
        return without_links_to(markdown, page.file.src_uri, calculators.page_path(self.language))

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return html
        root = _root_from(page.url)
        source = page.file.src_uri
        if source in self._bank_pages:
            bank, kind = self._bank_pages[source]
            if kind == ASSESSMENT:
                intro = intro_html(self.brand, self.config.brand.intro, self.language)
                page_html = assessment_page_html(bank, self.language, root, self._pyodide(root))
                self._forms[source] = html + intro + page_html
                return html + intro + search_text_html(bank, self.language)
            if kind == PRINT:
                return html + print_page_html(bank, self.language)
            pyodide = self._pyodide(root)
            return html + team_page_html(bank, self.language, root, pyodide, kind)
        if self.config.calculators and source == calculators.page_path(self.language):
            return html + calculators_page_html(self.language, root, self._pyodide(root))
        if BANK_LIST_MARKER in html:
            return html.replace(BANK_LIST_MARKER, bank_list_html(self.banks, self.language, root))
        if ERASE_MARKER in html:
            return html.replace(ERASE_MARKER, erase_control_html(self.language, root))
        return html

    @event_priority(-100)
    def on_page_context(
        self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        """Once the search has indexed an assessment's words (see `search_text_html`), the
        page gets its form: last of all plugins, so after the search plugin's own hook."""
        if self.config.enabled and page.file.src_uri in self._forms:
            page.content = self._forms.pop(page.file.src_uri)
        return context

    def _pyodide(self, root: str) -> str:
        if self.config.pyodide == VENDORED:
            return f"{root}{ASSETS}/pyodide/"
        return self.config.pyodide.rstrip("/") + "/"
