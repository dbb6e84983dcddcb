"""Where the site's npm packages (the Pyodide runtime, esbuild) are installed, and what to run
when they are not.

`node_modules` beside the site's config comes first, then beside the selfassess install: a site
made with `selfassess new` carries its own npm pin, so it builds wherever selfassess was installed
from; the install's own folder serves the default site and its tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


class PackageMissing(Exception):
    """A pinned npm package is not installed where the site is built."""


def installed_package(start: Path, package: str, files: Sequence[str], what: str) -> Path:
    """The folder of `package` holding all of `files`; PackageMissing saying what to run if none.

    `what` names the package for a person: "the Pyodide runtime", "esbuild".
    """
    candidates = [start / "node_modules" / package, _REPO_ROOT / "node_modules" / package]
    for candidate in candidates:
        if all((candidate / name).is_file() for name in files):
            return candidate
    where = " and ".join(str(path) for path in candidates)
    if (start / "package.json").is_file():
        todo = f"Run `npm ci` in {start} (it installs the {package} that package.json pins)"
    else:
        todo = (
            f"{start} has no package.json pinning {package}: copy package.json and "
            "package-lock.json from a folder made with `selfassess new`, then run "
            f"`npm ci` in {start}"
        )
    raise PackageMissing(f"{what} is not installed (looked in {where}). {todo}")
