"""`selfassess aggregate` on every core: the files read by worker processes in shares give the
report, byte for byte, that one process gives, bad files listed in the same order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfassess.cli import team_pool
from selfassess.core.aggregate import aggregate, read_files, team_report
from selfassess.core.model import Bank
from selfassess.core.render import render_team_report
from tests.core.test_aggregate import HOSTILE, A, B, C, response_file


@pytest.fixture
def team_files(tmp_path: Path, mini_bank: Bank) -> list[Path]:
    """Twelve response files, notes and roles among them, and two that cannot be used."""
    answers = [
        (A, "direccion", "Ana", {}), (B, "equipo", "Bo", {}),
        (C, "Staff", HOSTILE, {"valores-uso": HOSTILE}),
    ]  # fmt: skip
    paths = []
    for index in range(12):
        given, role, name, notes = answers[index % 3]
        path = tmp_path / f"r{index:02d}.json"
        path.write_text(response_file(mini_bank, given, role, f"{name}{index}", notes=notes))
        paths.append(path)
    paths.insert(5, tmp_path / "broken.json")
    paths[5].write_text("{", "utf-8")
    paths.append(tmp_path / "missing.json")
    return paths


def _report(bank: Bank, paths: list[Path]) -> tuple[str, list[str]]:
    rejected: list = []
    team = team_pool.tally_files(bank, paths, "en", rejected)
    report = team_report(bank, team, rejected, "en")
    assert report.respondents == 12
    return render_team_report(report, bank, "json"), [r.file for r in rejected]


def test_workers_give_the_report_of_one_process(
    team_files: list[Path], mini_bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _report(mini_bank, team_files)  # fewer than MIN_FILES: this process
    files = [(str(p), p.read_bytes()) for p in team_files if p.exists()]
    readings, rejected = read_files(mini_bank, files)
    core = aggregate(mini_bank, readings, rejected, "en")
    assert without_missing(one[0]) == json.loads(render_team_report(core, mini_bank, "json"))

    monkeypatch.setattr(team_pool, "CHUNK", 4)  # four shares of files, read by the pool
    monkeypatch.setattr(team_pool, "MIN_FILES", 2)
    monkeypatch.setattr(team_pool.os, "cpu_count", lambda: 2)
    assert _report(mini_bank, team_files) == one
    assert one[1] == [str(team_files[5]), str(team_files[-1])]


def without_missing(report: str) -> dict:
    """The report without the file that does not exist, which `read_files` never sees."""
    data = json.loads(report)
    data["rejected"] = [r for r in data["rejected"] if not r["file"].endswith("missing.json")]
    return data
