"""`selfassess new` where selfassess is installed from its wheel, away from any checkout: the
wheel carries the banks, pages, configs and npm pin that the new folder is made from."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from generator.scaffold import create_site

REPO = Path(__file__).resolve().parents[2]
NEW_FROM_INSTALLED = (
    "import sys, generator.scaffold as scaffold; from generator.cli import main; "
    "print(scaffold.CONTENT); sys.exit(main(sys.argv[1:]))"
)


def _wheel(tmp_path: Path) -> Path:
    """Built as `pip install` builds it, from a copy of the tracked files (none of the checkout's
    build folders are written)."""
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True,
                             capture_output=True).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, tracked):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, source / name)
    dist = tmp_path / "dist"
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist)]
    subprocess.run([*build, str(source)], check=True, capture_output=True)
    return next(dist.glob("selfassess-*.whl"))


def _files(folder: Path) -> dict[str, bytes]:
    files = (path for path in folder.rglob("*") if path.is_file())
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in files}


def test_new_from_the_installed_wheel_makes_the_same_folder(tmp_path: Path):
    installed = tmp_path / "installed"
    zipfile.ZipFile(_wheel(tmp_path)).extractall(installed)
    made = subprocess.run(
        [sys.executable, "-c", NEW_FROM_INSTALLED, "new", "acme", "--name", "Acme", "--language",
         "en"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[0] == str(installed / "generator" / "scaffold" / "content")
    create_site(tmp_path / "from-checkout", "Acme", "en")
    expected = _files(tmp_path / "from-checkout")
    assert "questionbank/bloques-cx.yml" in expected
    assert _files(tmp_path / "acme") == expected
