"""The npm pin a new site carries: this project's package.json and lock, less the test packages.

One source of truth: the versions and integrity hashes are copied from selfassess's own files,
never retyped; only the development packages (the tests' axe-core) are left out, from both
files alike, so that `npm ci` in the new site installs exactly the runtime selfassess builds with.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _load(folder: Path, name: str) -> dict[str, Any]:
    return json.loads((folder / name).read_text("utf-8"))


def runtime_package_files(project: Path) -> dict[str, str]:
    """package.json and package-lock.json of `project` without dev dependencies, as text."""
    package = _load(project, "package.json")
    package.pop("devDependencies", None)
    package["description"] = (
        "Pins the Pyodide runtime this site vendors and the esbuild that bundles its scripts; "
        "install them with npm ci."
    )
    lock = _load(project, "package-lock.json")
    packages = {path: entry for path, entry in lock["packages"].items() if not entry.get("dev")}
    packages[""] = {key: value for key, value in packages[""].items() if key != "devDependencies"}
    lock["packages"] = packages
    return {
        "package.json": json.dumps(package, indent=2) + "\n",
        "package-lock.json": json.dumps(lock, indent=2) + "\n",
    }
