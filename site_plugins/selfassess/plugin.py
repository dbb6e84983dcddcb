"""The `selfassess` MkDocs plugin (MkDocs, ProperDocs): a thin adapter over `site.generation`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from selfassess.mkdocs_plugin.config import SelfassessConfig
from selfassess.site.finish import finish_site
from selfassess.site.generation import TEMPLATES, GenerationFailed, SiteGeneration
from selfassess.site.generation import root_from as _root_from
from selfassess.site.source_date import pin_build_date, unpin_build_date


class SelfassessPlugin(BasePlugin[SelfassessConfig]):
    """Assessment pages, blank questionnaires, bank JSON, the core wheel and the Pyodide runtime."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        base = Path(config.config_file_path or ".").resolve().parent
        self._forms: dict[str, str] = {}  # assessment pages' content, by source, until page_context
        try:
            self.site = SiteGeneration(
                self.config, base, Path(config.docs_dir), config.theme.get("language")
            )
        except GenerationFailed as error:
            raise PluginError(str(error)) from None
        config.copyright = self.site.apply_brand(config.theme, config.copyright)
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
        config.extra_css.extend(self.site.extra_css())
        config.extra.update(self.site.theme_extra())
        if config.nav is not None:
            config.nav = self.site.nav(config.nav)
        sources = self.site.date_sources(Path(config.docs_dir), config.config_file_path)
        self._date_before = pin_build_date(sources)
        return config

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The date was pinned for this build only (`mkdocs serve` builds again)."""
        if self.config.enabled:
            unpin_build_date(self._date_before)
            finish_site(Path(config.site_dir), self.config.offline)

    def on_build_error(self, *, error: Exception) -> None:
        if self.config.enabled and hasattr(self, "_date_before"):
            unpin_build_date(self._date_before)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return files
        try:
            added_files = self.site.added_files()
        except GenerationFailed as error:
            raise PluginError(str(error)) from None
        for added in added_files:
            if added.source is None:
                files.append(File.generated(config, added.path, content=added.content))
            else:
                files.append(File.generated(config, added.path, abs_src_path=str(added.source)))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """With the calculators page off, the guides' links to it go (see calculator_links)."""
        if not self.config.enabled:
            return markdown
        return self.site.markdown(markdown, page.file.src_uri)

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return html
        root = _root_from(page.url)
        source = page.file.src_uri
        content = self.site.page_content(source, root, searched=True)
        if content is None:
            return self.site.with_markers(html, root)
        if self.site.is_assessment(source):
            self._forms[source] = html + (self.site.page_content(source, root) or "")
        return html + content

    @event_priority(-100)
    def on_page_context(
        self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        """Once the search has indexed an assessment's words (see `search_text_html`), the
        page gets its form: last of all plugins, so after the search plugin's own hook."""
        if self.config.enabled and page.file.src_uri in self._forms:
            page.content = self._forms.pop(page.file.src_uri)
        return context


def enabled_options(config: MkDocsConfig) -> SelfassessConfig | None:
    """The options of `config`'s `selfassess` plugin; None when it has none or it is disabled.
    For what reads a site's config without MkDocs building it (staging, the CLI's brand)."""
    plugins = [p for p in config.plugins.values() if isinstance(p, SelfassessPlugin)]
    return plugins[0].config if plugins and plugins[0].config.enabled else None
