"""`selfassess new` where selfassess is installed from its wheel, away from any checkout: the
wheel carries the banks, pages, configs and npm pin that the new folder is made from, and the
folder it makes builds a site."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from selfassess.scaffold import create_site

REPO = Path(__file__).resolve().parents[2]


def _dist(tmp_path: Path) -> Path:
    """`python -m build` on a copy of the tracked files, as on a fresh clone: the sdist first,
    then the wheel from the sdist, so both are proven complete."""
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True,
                             capture_output=True).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, tracked):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, source / name)
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    return dist


def _files(folder: Path) -> dict[str, bytes]:
    files = (path for path in folder.rglob("*") if path.is_file())
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in files}


def test_installed_wheel_scaffolds_and_builds_a_site(tmp_path: Path):
    dist = _dist(tmp_path)
    wheel = next(dist.glob("selfassess-*.whl"))
    top_level = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {n for n in top_level if not n.endswith(".dist-info")} == {"selfassess"}

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "NO_MKDOCS_2_WARNING": "1"}
    made = subprocess.run(
        [venv / "bin" / "selfassess", "new", "acme", "--name", "Acme", "--language", "en"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    create_site(tmp_path / "from-checkout", "Acme", "en")
    expected = _files(tmp_path / "from-checkout")
    assert "questionbank/bloques-cx.yml" in expected
    assert _files(tmp_path / "acme") == expected

    # `npm ci` in the new folder installs the pinned runtime; the checkout's copy stands in.
    (tmp_path / "acme" / "node_modules").symlink_to(REPO / "node_modules")
    built = subprocess.run(
        [venv / "bin" / "selfassess", "build"],
        cwd=tmp_path / "acme", env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "acme" / "site" / "index.html").is_file()
    assert list((tmp_path / "acme" / "site").rglob("bloques-cx*/index.html"))
