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
    """`node_modules/pyodide` beside the site's config first, then beside the selfassess install.

    A site made with `selfassess new` carries its own npm pin, so it builds wherever selfassess
    was installed from; the install's own folder serves the default site and its tests.
    """
    candidates = [start / "node_modules" / "pyodide", _REPO_ROOT / "node_modules" / "pyodide"]
    for candidate in candidates:
        if all((candidate / name).is_file() for name in PYODIDE_FILES):
            return candidate
    raise RuntimeMissing(_missing_message(start, candidates))


def _missing_message(start: Path, looked: list[Path]) -> str:
    where = " and ".join(str(path) for path in looked)
    if (start / "package.json").is_file():
        todo = f"Run `npm ci` in {start} (it installs the Pyodide that package.json pins)"
    else:
        todo = (
            f"{start} has no package.json pinning Pyodide: copy package.json and "
            "package-lock.json from a folder made with `selfassess new`, then run "
            f"`npm ci` in {start}"
        )
    return (
        f"the Pyodide runtime is not installed (looked in {where}). {todo}; or set the "
        "plugin option `pyodide` to the base URL of a Pyodide you host."
    )


def runtime_files(start: Path) -> list[Path]:
    """The files to copy into the site, in a stable order."""
    folder = pyodide_dir(start)
    return [folder / name for name in PYODIDE_FILES]
