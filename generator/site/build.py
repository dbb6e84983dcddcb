"""Build a site with MkDocs, turning its errors into messages a person can act on."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError


class SiteBuildFailed(Exception):
    """The site did not build; the message says why, without a traceback."""


def build_site(config_file: Path, site_dir: Path | None = None, strict: bool = False) -> Path:
    """Build the site of `config_file` (into `site_dir` if given); return the output folder."""
    if not config_file.is_file():
        raise SiteBuildFailed(f"{config_file}: no such MkDocs configuration file (option -f)")
    overrides = {"site_dir": str(site_dir.resolve())} if site_dir else {}
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        config = load_config(str(config_file), strict=strict, **overrides)
        build(config)
    except (PluginError, ConfigurationError, Abort) as error:
        raise SiteBuildFailed(str(error)) from None
    return Path(config.site_dir)
