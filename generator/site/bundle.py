"""The browser assets bundled by esbuild: each page's script with all it imports, in one file.

The sources stay small ES modules with one job each. A browser handles each module's response in a
task of the page's main thread, and on a long page (an assessment's form) those tasks wait between
the frames the page is laid out in: the page's script ran only once its last import was in.
Bundled, a page has one response to wait for. esbuild is pinned in package.json and found in
node_modules as the Pyodide runtime is (see `npm_packages`).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from selfassess.npm_packages import PackageMissing, installed_package

ESBUILD = "bin/esbuild"
OPTIONS = ("--bundle", "--format=esm", "--charset=utf8", "--log-level=error", "--color=false")
"""ES modules as the pages load them; text kept as written (no \\u escapes); errors only."""


class BundleFailed(Exception):
    """esbuild is missing, or refused a script: its message says FILE:LINE:COL and what."""


def esbuild_path(start: Path) -> Path:
    """The pinned esbuild binary, beside the site's config first, then beside the install."""
    try:
        return installed_package(start, "esbuild", (ESBUILD,), "esbuild") / ESBUILD
    except PackageMissing as missing:
        raise BundleFailed(f"{missing}: the site's scripts are bundled with it.") from None


def page_scripts(folder: Path, esbuild: Path) -> dict[str, str]:
    """What the site ships of `folder`'s scripts, by file name: each script no other one imports,
    bundled with its imports; a module only imported ships inside its importers."""
    scripts = sorted(path.name for path in folder.glob("*.js"))
    with tempfile.TemporaryDirectory(prefix="selfassess-bundle-") as out:
        output = Path(out)
        command = [str(esbuild), *scripts, *OPTIONS, f"--outdir={output}"]
        command.append(f"--metafile={output / 'meta.json'}")
        # Run in the scripts' folder: the comments esbuild writes name files relative to it,
        # so the output does not depend on where selfassess is installed.
        done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BundleFailed(f"the site's scripts in {folder} do not bundle:\n{done.stderr}")
        inputs = json.loads((output / "meta.json").read_text("utf-8"))["inputs"]
        imported = {line["path"] for source in inputs.values() for line in source["imports"]}
        return {
            name: (output / name).read_text("utf-8") for name in scripts if name not in imported
        }
