"""The pre-commit hook `selfassess-validate`, run the way pre-commit runs it: its entry with the
staged files that its `files` pattern selects appended (pass_filenames)."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import yaml

from tests.cli.conftest import CONSOLE_SCRIPT, REPO

BANKS = REPO / "tests" / "banks"


def _hook() -> dict:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    [hook] = [hook for hook in hooks if hook["id"] == "selfassess-validate"]
    return hook


def _run_hook(hook: dict, folder: Path, staged: list[str]) -> subprocess.CompletedProcess[str]:
    selected = [path for path in staged if re.search(hook["files"], path)]
    command, *arguments = shlex.split(hook["entry"])
    assert command == "selfassess"
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *arguments, *selected], cwd=folder, capture_output=True, text=True
    )


def test_the_hook_checks_the_staged_banks_only(tmp_path: Path):
    hook = _hook()
    assert hook["language"] == "python" and hook.get("pass_filenames", True)
    assert "yaml" in hook["types"]
    banks = tmp_path / "questionbank"
    banks.mkdir()
    (banks / "mini.yml").write_bytes((BANKS / "mini.yml").read_bytes())
    (tmp_path / "mkdocs.yml").write_text("site_name: [not, a, bank\n", "utf-8")
    staged = ["questionbank/mini.yml", "mkdocs.yml", "questionbank/schema.json"]
    passed = _run_hook(hook, tmp_path, staged)
    assert passed.returncode == 0, passed.stderr
    assert "ok (mini)" in passed.stdout and "mkdocs.yml" not in passed.stdout + passed.stderr

    broken = (BANKS / "mini.yml").read_text("utf-8").replace("minutes: 3", "minutes: tres")
    (banks / "mini.yml").write_text(broken, "utf-8")
    failed = _run_hook(hook, tmp_path, staged)
    assert failed.returncode != 0
    assert "questionbank/mini.yml:12:10: minutes: must be a number" in failed.stderr
