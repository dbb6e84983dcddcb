"""The Pyodide runtime the site vendors, taken from the pinned npm package in node_modules."""

from __future__ import annotations

from pathlib import Path

from selfassess.npm_packages import PackageMissing, installed_package

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
"""What the runtime loads to start Python: no packages beyond the standard library."""


class RuntimeMissing(Exception):
    """The pinned Pyodide package is not installed where the site is built."""


def pyodide_dir(start: Path) -> Path:
    """`node_modules/pyodide` beside the site's config first, then beside the selfassess install."""
    try:
        return installed_package(start, "pyodide", PYODIDE_FILES, "the Pyodide runtime")
    except PackageMissing as missing:
        raise RuntimeMissing(
            f"{missing}; or set the plugin option `pyodide` to the base URL of a Pyodide you host."
        ) from None


def runtime_files(start: Path) -> list[Path]:
    """The files to copy into the site, in a stable order."""
    folder = pyodide_dir(start)
    return [folder / name for name in PYODIDE_FILES]
