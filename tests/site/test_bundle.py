"""The site's scripts bundled by the pinned esbuild: one script per page, none importing another,
and a script esbuild refuses stops the build with the file and line it names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from selfassess import npm_packages
from selfassess.site.bundle import BundleFailed, esbuild_path, page_scripts
from tests.site.sites import REPO

ASSETS = REPO / "site_plugins" / "selfassess" / "assets"
STATIC_IMPORT = re.compile(r"^\s*(?:import\s*[{\"*\w]|export\s*\{[^}]*\}\s*from)", re.MULTILINE)
PAGE_SCRIPTS = {
    "assessment.js", "calculators.js", "erase.js", "home.js", "md-globals.js", "offline.js",
    "snapshot.js", "team.js", "worker.js",
}  # fmt: skip
"""The scripts pages (and the engine's workers) load; the other modules ship inside them."""


@pytest.fixture(scope="module")
def esbuild() -> Path:
    return esbuild_path(REPO)


def test_one_script_per_page_each_with_its_imports_inside(esbuild: Path):
    shipped = page_scripts(ASSETS, esbuild)
    assert set(shipped) == PAGE_SCRIPTS
    assert [name for name, text in shipped.items() if STATIC_IMPORT.search(text)] == []
    assert "function readForm(" in shipped["assessment.js"]  # from form.js
    assert "function download(" in shipped["team.js"]  # from download.js
    assert "function eraseAll(" in shipped["erase.js"]  # from storage.js
    assert "function readForm(" not in shipped["team.js"], "only what the page imports"


def test_the_bundle_is_the_same_from_any_folder(esbuild: Path, tmp_path: Path):
    """Reproducible builds: esbuild names files relative to the scripts' folder, not the install."""
    copy = shutil.copytree(ASSETS, tmp_path / "elsewhere" / "assets")
    assert page_scripts(copy, esbuild) == page_scripts(ASSETS, esbuild)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('import { nothing } from "./nowhere.js";', 'Could not resolve "./nowhere.js"'),
        ('import { nothing } from "./storage.js";', 'No matching export in "storage.js"'),
    ],
    ids=["missing-module", "missing-export"],
)
def test_a_broken_import_says_the_file_and_line(
    esbuild: Path, tmp_path: Path, line: str, says: str
):
    copy = shutil.copytree(ASSETS, tmp_path / "assets")
    script = copy / "home.js"
    lines = script.read_text("utf-8").split("\n")
    script.write_text("\n".join([lines[0], line, *lines[1:]]), "utf-8")
    with pytest.raises(BundleFailed) as caught:
        page_scripts(copy, esbuild)
    message = str(caught.value)
    assert says in message and "home.js:2:" in message, message


def test_without_esbuild_the_error_says_to_run_npm_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(npm_packages, "_REPO_ROOT", tmp_path / "install")  # installed without it
    site = tmp_path / "client"
    site.mkdir()
    (site / "package.json").write_text((REPO / "package.json").read_text("utf-8"), "utf-8")
    with pytest.raises(BundleFailed) as caught:
        esbuild_path(site)
    message = str(caught.value)
    assert "esbuild is not installed" in message
    assert f"Run `npm ci` in {site}" in message
    assert str(site / "node_modules" / "esbuild") in message
