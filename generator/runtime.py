"""The Pyodide runtime the site vendors, taken from the pinned npm package in node_modules."""

from __future__ import annotations

from pathlib import Path

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
"""What the runtime loads to start Python: no packages beyond the standard library."""

_REPO_ROOT = Path(__file__).resolve().parent.parent


class RuntimeMissing(Exception):
    """The pinned Pyodide package is not installed where the site is built."""


def pyodide_dir(start: Path) -> Path:
    """`node_modules/pyodide` next to the site's config, else next to this project."""
    candidates = [start / "node_modules" / "pyodide", _REPO_ROOT / "node_modules" / "pyodide"]
    for candidate in candidates:
        if all((candidate / name).is_file() for name in PYODIDE_FILES):
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise RuntimeMissing(
        f"The Pyodide runtime is not installed (looked in {looked}). Run `npm ci` in the "
        "project folder, or set the plugin option `pyodide` to a base URL."
    )


def runtime_files(start: Path) -> list[Path]:
    """The files to copy into the site, in a stable order."""
    folder = pyodide_dir(start)
    return [folder / name for name in PYODIDE_FILES]
