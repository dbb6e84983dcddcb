"""Build a site with its engine, turning its errors into messages a person can act on.

The site is built into a fresh folder beside the target and swapped in only when the
build succeeds, so a broken bank or a strict-mode warning never leaves a half-built site
where the last good one was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from selfassess.filemode import default_mode
from selfassess.site.engines import (
    MKDOCS,
    PROPERDOCS,
    EngineFailed,
    run_properdocs,
    run_zensical,
)
from selfassess.site.staging import StagingFailed


class SiteBuildFailed(Exception):
    """The site did not build; the message says why, without a traceback."""


def build_site(
    config_file: Path, site_dir: Path | None = None, strict: bool = False, engine: str = MKDOCS
) -> Path:
    """Build the site of `config_file` (into `site_dir` if given) with `engine` (see `engines`);
    return the output folder."""
    if not config_file.is_file():
        raise SiteBuildFailed(f"{config_file}: no such MkDocs configuration file (option -f)")
    overrides = {"site_dir": str(site_dir.resolve())} if site_dir else {}
    return _build(config_file, overrides, strict, engine)


def _build(config_file: Path, overrides: dict[str, str], strict: bool, engine: str) -> Path:
    try:
        config = load_config(str(config_file), strict=strict, **overrides)
    except (ConfigurationError, Abort) as error:
        raise SiteBuildFailed(str(error)) from None
    target = Path(config.site_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.building-"))
    except OSError as error:
        raise SiteBuildFailed(f"{target}: cannot be written ({error.strerror})") from None
    try:
        os.chmod(staging, default_mode(0o777))  # mkdtemp makes it private; a site is not
        if engine == MKDOCS:
            config.site_dir = str(staging)
            build(config)
        elif engine == PROPERDOCS:
            run_properdocs(config_file, staging, strict)
        else:
            run_zensical(config_file, staging, strict)
        _swap_in(staging, target)
    except (PluginError, ConfigurationError, Abort, EngineFailed, StagingFailed) as error:
        raise SiteBuildFailed(str(error)) from None
    except OSError as error:
        raise SiteBuildFailed(f"{target}: cannot be replaced ({error.strerror})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _swap_in(staging: Path, target: Path) -> None:
    """Put the freshly built `staging` folder where `target` is, then delete the old site."""
    if not target.exists():
        staging.rename(target)
        return
    retired = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-"))
    retired.rmdir()
    target.rename(retired)
    try:
        staging.rename(target)
    except OSError:
        retired.rename(target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
