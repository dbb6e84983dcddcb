"""The site engines that render a selfassess site from the same `mkdocs.yml`, and how each runs.

- `mkdocs`: MkDocs 1.6 with Material, in this process, through the plugin (the default).
- `properdocs`: ProperDocs (the community continuation of MkDocs 1.x) with Material, as its own
  command: it runs the same plugin.
- `zensical`: Zensical (the successor of Material by its team) with its classic theme, as its
  own command on the staging folder (see `staging`): it runs no MkDocs plugin.

An engine's command is looked for beside this Python (the same virtual environment), then on
PATH, so an engine installed in an environment of its own is used by putting its `bin/` on PATH.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from selfassess.site.finish import finish_site

MKDOCS, PROPERDOCS, ZENSICAL = "mkdocs", "properdocs", "zensical"
ENGINES = (MKDOCS, PROPERDOCS, ZENSICAL)
AUTO = "auto"
INSTALL = {
    MKDOCS: "pip install 'mkdocs>=1.6,<2' 'mkdocs-material>=9.5,<10'",
    PROPERDOCS: "pip install properdocs mkdocs-material",
    ZENSICAL: "pip install zensical",
}
_TIMEOUT = 1800


class EngineUnavailable(Exception):
    """The engine asked for is not installed, or none is; the message says how to install one."""


class EngineFailed(Exception):
    """The engine ran and failed; the message holds what it printed."""


def engine_command(name: str) -> str | None:
    """The engine's executable: beside this Python first, then on PATH."""
    here = str(Path(sys.executable).parent)
    return shutil.which(name, path=os.pathsep.join([here, os.environ.get("PATH", "")]))


def installed_engines() -> list[str]:
    """The engines that can build here, the default first."""
    found = []
    if importlib.util.find_spec("mkdocs") and importlib.util.find_spec("material"):
        found.append(MKDOCS)
    found.extend(name for name in (PROPERDOCS, ZENSICAL) if engine_command(name))
    return found


def choose_engine(requested: str = AUTO) -> str:
    """The engine to build with: the one asked for, or with `auto` the first installed."""
    installed = installed_engines()
    if requested == AUTO:
        if not installed:
            raise EngineUnavailable(
                "no site engine is installed; install one: " + "; or ".join(INSTALL.values())
            )
        return installed[0]
    if requested not in ENGINES:
        raise EngineUnavailable(f"--engine {requested}: choose one of {', '.join(ENGINES)}")
    if requested not in installed:
        raise EngineUnavailable(f"--engine {requested} is not installed: {INSTALL[requested]}")
    return requested


def run_properdocs(config_file: Path, site_dir: Path, strict: bool) -> None:
    """`properdocs build`, which runs the selfassess plugin as MkDocs does. Not `-q`: it hides
    warnings from the counter `--strict` fails on (a broken link built "fine")."""
    command = [engine_command(PROPERDOCS) or PROPERDOCS, "build", "-f", str(config_file)]
    _run([*command, "-d", str(site_dir), *(["--strict"] if strict else [])], config_file.parent)


def run_zensical(config_file: Path, site_dir: Path, strict: bool) -> None:
    """Stage the site (see `staging`), `zensical build` it, then finish it as every engine."""
    from selfassess.site.staging import stage_site

    staged = stage_site(config_file)
    command = [engine_command(ZENSICAL) or ZENSICAL, "build", "-f", str(staged.config_file)]
    env = {"SOURCE_DATE_EPOCH": str(staged.source_date)}
    _run([*command, *(["--strict"] if strict else [])], staged.config_file.parent, env)
    site_dir.rmdir()
    shutil.move(staged.site_dir, site_dir)
    finish_site(site_dir, staged.offline)


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    """Run an engine's command; what the builder set in the environment wins over `env`."""
    environment = {"DISABLE_MKDOCS_2_WARNING": "true", **(env or {}), **os.environ}
    try:
        result = subprocess.run(
            command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=_TIMEOUT,
            check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        raise EngineFailed(f"{command[0]}: {error}") from None
    if result.returncode != 0:
        output = "\n".join(part for part in (result.stdout, result.stderr) if part.strip())
        raise EngineFailed(f"{Path(command[0]).name} build failed:\n{readable(output)}")


_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
_TRACEBACK = re.compile(r"^Traceback \(most recent call last\):\n(?:[ \t].*\n)*", re.MULTILINE)
_INFO = re.compile(r"^INFO +- .*\n(?:[ \t]+.*\n)*", re.MULTILINE)


def readable(output: str) -> str:
    """An engine's failure as text to read: no terminal colours (Zensical colours them even
    when captured), no Python traceback (Zensical ends `--strict` with one; its last line, which
    says why, stays) and no INFO lines (ProperDocs lists every page left out of the nav)."""
    return _INFO.sub("", _TRACEBACK.sub("", _COLOUR.sub("", output + "\n"))).strip()
