"""Building sites for tests: the default site, or a small one from a folder of banks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SELFASSESS = REPO / ".venv" / "bin" / "selfassess"
MKDOCS = REPO / ".venv" / "bin" / "mkdocs"


def site_banks(folder: Path) -> Path:
    """A folder in `folder` holding copies of every bank in tests/banks, to publish as a site's
    banks_dir (a copy: some tests change a bank and build again)."""
    banks = folder / "site-banks"
    banks.mkdir(parents=True, exist_ok=True)
    for bank in sorted((REPO / "tests" / "banks").glob("*.yml")):
        shutil.copy(bank, banks / bank.name)
    return banks


def write_site_config(
    folder: Path, banks_dir: Path, language: str = "es", options: str = ""
) -> Path:
    """A minimal mkdocs.yml in `folder`, with a home page, publishing the banks of `banks_dir`."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Home\n\n<div data-selfassess-banks></div>\n", "utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        "site_name: Test site\n"
        "docs_dir: docs\n"
        "theme:\n  name: material\n  font: false\n"
        f"  language: {language}\n"
        "plugins:\n  - search\n"
        f"  - selfassess:\n      banks_dir: {banks_dir}\n{options}",
        "utf-8",
    )
    return config


def run(
    command: list[str | Path], cwd: Path = REPO, path: str | Path = "/usr/bin:/bin"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(path), "HOME": str(Path.home())},
    )  # fmt: skip


def build(
    config: Path, site_dir: Path, strict: bool = False, engine: str = "auto"
) -> subprocess.CompletedProcess[str]:
    """`selfassess build`, the way a person runs it (with `engine`, see `site.engines`)."""
    command: list[str | Path] = [SELFASSESS, "build", "-f", config, "-d", site_dir]
    command += ["--engine", engine]
    return run([*command, "--strict"] if strict else command)


OTHER_ENGINES = ("properdocs", "zensical")
"""The engines besides MkDocs (the default, which every other test builds with)."""


def built(config: Path, site_dir: Path, engine: str = "auto") -> Path:
    """`build`, which must succeed: the built site's folder."""
    result = build(config, site_dir, engine=engine)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


def build_mini(folder: Path, engine: str = "auto") -> Path:
    """The site of the test banks (mini, solo-en) in `folder`, built with `engine`."""
    return built(write_site_config(folder, site_banks(folder)), folder / "site", engine)


PYTHON = sys.executable
