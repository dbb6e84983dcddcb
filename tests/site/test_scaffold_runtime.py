"""A site made with `selfassess new` carries its own Pyodide pin: `npm ci` in its folder, far
from this project, installs the runtime, and the build ships the files from that folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfassess import npm_packages
from selfassess.runtime import PYODIDE_FILES, RuntimeMissing, pyodide_dir
from selfassess.scaffold import create_site
from selfassess.startup import STDLIB
from tests.site.sites import REPO, build, run


def _json(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def test_the_pin_is_this_projects_runtime_only(tmp_path: Path):
    create_site(tmp_path / "client", banks=["madurez-cx"])
    package = _json(tmp_path / "client" / "package.json")
    lock = _json(tmp_path / "client" / "package-lock.json")
    ours, our_lock = _json(REPO / "package.json"), _json(REPO / "package-lock.json")
    assert package["dependencies"] == ours["dependencies"]
    assert "devDependencies" not in package and "devDependencies" not in lock["packages"][""]
    for path, entry in lock["packages"].items():
        assert path == "" or entry == our_lock["packages"][path], path
    assert "node_modules/axe-core" not in lock["packages"]
    readme = (tmp_path / "client" / "README.md").read_text("utf-8")
    assert "    npm ci " in readme
    ignored = (tmp_path / "client" / ".gitignore").read_text("utf-8").split()
    assert {"site/", "node_modules/", ".cache/"} <= set(ignored)


def test_npm_ci_beside_the_config_supplies_the_built_runtime(tmp_path: Path):
    folder = tmp_path / "client"
    assert not folder.resolve().is_relative_to(REPO)
    create_site(folder, name="Far Away Ltd", language="en", banks=["madurez-cx"])
    installed = run(["npm", "ci", "--no-audit", "--no-fund"], cwd=folder)
    assert installed.returncode == 0, installed.stderr
    own = folder / "node_modules" / "pyodide"
    assert pyodide_dir(folder) == own
    marked = own / "pyodide-lock.json"
    marked.write_bytes(marked.read_bytes() + b"\n")  # only this folder's copy ends so
    result = build(folder / "mkdocs.yml", folder / "site")
    assert result.returncode == 0, result.stderr
    shipped = folder / "site" / "assets" / "selfassess" / "pyodide"
    for name in PYODIDE_FILES:
        if name != STDLIB:
            assert (shipped / name).read_bytes() == (own / name).read_bytes(), name
    # The standard library ships compiled, prepared from this folder's runtime and cached there.
    [prepared] = (folder / "node_modules" / ".cache" / "selfassess-startup").glob("*.stdlib_zip")
    assert (shipped / STDLIB).read_bytes() == prepared.read_bytes()


@pytest.mark.parametrize("with_pin", [True, False], ids=["pinned", "no-pin"])
def test_without_a_runtime_the_error_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_pin: bool
):
    monkeypatch.setattr(npm_packages, "_REPO_ROOT", tmp_path / "install")  # an install without one
    if with_pin:
        create_site(tmp_path / "client", banks=["madurez-cx"])
    else:
        (tmp_path / "client").mkdir()
    with pytest.raises(RuntimeMissing) as caught:
        pyodide_dir(tmp_path / "client")
    message = str(caught.value)
    assert str(tmp_path / "client" / "node_modules" / "pyodide") in message
    assert f"Run `npm ci` in {tmp_path / 'client'}" in message or not with_pin
    assert ("selfassess new" in message) is not with_pin
