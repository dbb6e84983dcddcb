"""A site as plain files, for an engine that runs no MkDocs plugin (Zensical).

Beside the config file, `.selfassess/` gets a docs folder (a copy of the site's own pages, their
markers filled, plus every generated page as Markdown with raw HTML and every asset), a theme
override folder (the plugin's templates, under the site's own `custom_dir`) and a `mkdocs.yml`
pointing at them. The site's own `docs/` is only read.
"""

from __future__ import annotations

import posixpath
import shutil
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.utils.yaml import yaml_load

from selfassess.site.generation import TEMPLATES, GenerationFailed, SiteGeneration, root_from
from selfassess.site.source_date import source_date_epoch

STAGE = ".selfassess"
"""The staging folder, beside the config file (add it to .gitignore)."""
PLUGIN = "selfassess"
VARIANT = "classic"
"""Zensical's look that is Material's; other engines ignore the key."""


class StagingFailed(Exception):
    """The site cannot be staged; the message says why."""


class Staged(NamedTuple):
    config_file: Path
    """The generated config, in the staging folder."""
    site_dir: Path
    """Where the engine writes the site (inside the staging folder: Zensical wants it there)."""
    offline: bool
    source_date: int


def stage_site(config_file: Path) -> Staged:
    """Write the staging folder of `config_file`'s site; return its generated config."""
    config = _validated(config_file)
    options = _plugin_options(config, config_file)
    base = config_file.resolve().parent
    docs = Path(config.docs_dir)
    try:
        site = SiteGeneration(options, base, docs, config.theme.get("language"))
        added = site.added_files()
    except GenerationFailed as error:
        raise StagingFailed(str(error)) from None
    stage = base / STAGE
    for folder in ("docs", "overrides", "site"):
        shutil.rmtree(stage / folder, ignore_errors=True)
    shutil.copytree(docs, stage / "docs")
    directory_urls = bool(config.use_directory_urls)
    for page in sorted((stage / "docs").rglob("*.md")):
        source = page.relative_to(stage / "docs").as_posix()
        text = page.read_text(encoding="utf-8")
        root = root_from(_page_url(source, directory_urls))
        filled = site.with_markers(site.markdown(text, source), root)
        if filled != text:
            page.write_text(filled, encoding="utf-8")
    for file in added:
        target = stage / "docs" / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if file.source is not None:
            shutil.copyfile(file.source, target)
            continue
        content = file.content or ""
        root = root_from(_page_url(file.path, directory_urls))
        page = site.page_content(file.path, root)
        if page is not None:
            content = f"{content}\n{page}\n"
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)
    shutil.copytree(TEMPLATES, stage / "overrides")
    if config.theme.custom_dir:
        shutil.copytree(config.theme.custom_dir, stage / "overrides", dirs_exist_ok=True)
    generated = stage / "mkdocs.yml"
    generated.write_text(_generated_config(config_file, site), encoding="utf-8")
    date = source_date_epoch(site.date_sources(docs, str(config_file)))
    return Staged(generated, stage / "site", bool(options.offline), date)


def _validated(config_file: Path) -> MkDocsConfig:
    try:
        return load_config(str(config_file))
    except (ConfigurationError, Abort) as error:
        raise StagingFailed(f"{config_file}: {error}") from None


def _plugin_options(config: MkDocsConfig, config_file: Path) -> Any:
    from selfassess.mkdocs_plugin.plugin import enabled_options

    options = enabled_options(config)
    if options is None:
        raise StagingFailed(
            f"{config_file}: the `selfassess` plugin is not enabled in `plugins:`, so there is "
            "nothing for selfassess to add; build it with the engine's own command"
        )
    return options


def _page_url(source: str, directory_urls: bool) -> str:
    """The URL of the page made from `source`, as MkDocs and Zensical write it."""
    stem, _ = posixpath.splitext(source)
    name = posixpath.basename(stem)
    if not directory_urls:
        return stem + ".html"
    if name in ("index", "README"):
        return posixpath.dirname(stem) + "/" if posixpath.dirname(stem) else ""
    return stem + "/"


def _generated_config(config_file: Path, site: SiteGeneration) -> str:
    """The site's config (INHERIT and !ENV resolved) pointing at the staging folder, with what
    the plugin would have set in MkDocs: nav, theme override, stylesheets, brand, `extra`."""
    with config_file.open(encoding="utf-8") as file:
        raw: dict[str, Any] = yaml_load(file) or {}
    raw.pop("INHERIT", None)
    raw["docs_dir"] = "docs"
    raw["site_dir"] = "site"
    theme = raw.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme["custom_dir"] = "overrides"
    theme.setdefault("variant", VARIANT)
    copyright = site.apply_brand(theme, raw.get("copyright"))
    if copyright is not None:
        raw["copyright"] = copyright
    raw["theme"] = theme
    raw["extra_css"] = [*(raw.get("extra_css") or []), *site.extra_css()]
    raw["extra"] = {**(raw.get("extra") or {}), **site.theme_extra()}
    if raw.get("nav") is not None:
        raw["nav"] = site.nav(raw["nav"])
    raw["plugins"] = [
        plugin
        for plugin in raw.get("plugins") or []
        if plugin != PLUGIN and not (isinstance(plugin, dict) and PLUGIN in plugin)
    ]
    header = f"# Generated by selfassess from {config_file.name}: edit that file, not this one.\n"
    return header + yaml.dump(raw, allow_unicode=True, sort_keys=False)
