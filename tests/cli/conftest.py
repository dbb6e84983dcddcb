"""Running the command line in tests: in-process through main(), or as the real console script."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from selfassess.cli import main

REPO = Path(__file__).parents[2]
CONSOLE_SCRIPT = Path(sys.executable).parent / "selfassess"


@dataclass(frozen=True)
class Run:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run `selfassess ARGS...` in this process; argparse's own exits count as statuses."""

    def run(*args: str | Path) -> Run:
        try:
            status = main([str(a) for a in args])
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return run


@pytest.fixture
def console() -> Callable[..., Run]:
    """Run the installed `selfassess` console script in a subprocess, from the repository root."""

    def run(*args: str | Path) -> Run:
        done = subprocess.run(
            [str(CONSOLE_SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=REPO
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work from the repository root, where problems show paths like tests/banks/mini.yml."""
    monkeypatch.chdir(REPO)
    return REPO
