"""`selfassess aggregate` and `selfassess compare`: reports in every format, equal to the core's,
folders of files, bad files listed, and clean errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.compare import compare, read_snapshot
from selfassess.core.model import Bank
from selfassess.core.render import render_comparison, render_team_report
from tests.core.test_aggregate import HOSTILE, A, B, C, response_file


@pytest.fixture
def answers_dir(tmp_path: Path, mini_bank: Bank) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    (folder / "ana.json").write_text(response_file(mini_bank, A, "direccion", "Ana"), "utf-8")
    (folder / "bo.json").write_text(response_file(mini_bank, B, "equipo", "Bo", "en"), "utf-8")
    (folder / "cy.json").write_text(
        response_file(mini_bank, C, "Staff", HOSTILE, notes={"valores-uso": HOSTILE}), "utf-8"
    )
    (folder / "broken.json").write_text("{", "utf-8")
    (folder / "readme.txt").write_text("not a response", "utf-8")
    return folder


def test_aggregate_json_equals_the_core(cli, banks_dir: Path, answers_dir: Path, mini_bank: Bank,
                                        monkeypatch) -> None:  # fmt: skip
    monkeypatch.chdir(answers_dir)
    names = ["ana.json", "bo.json", "cy.json", "broken.json"]
    run = cli("aggregate", banks_dir / "mini.yml", *names, "--format", "json", "--lang", "en")
    assert run.status == 0, run.err
    files = [(n, Path(n).read_bytes()) for n in names]
    readings, rejected = read_files(mini_bank, files)
    team = aggregate(mini_bank, readings, rejected, "en")
    assert json.loads(run.out) == json.loads(render_team_report(team, mini_bank, "json"))
    assert json.loads(run.out)["respondents"] == 3
    assert "broken.json: not used: line 1, column 2: not valid JSON" in run.err


def test_aggregate_a_folder_in_every_format(cli, banks_dir: Path, answers_dir: Path,
                                            tmp_path: Path) -> None:  # fmt: skip
    outputs = {}
    for fmt in ("md", "csv", "json", "html"):
        path = tmp_path / f"team.{fmt}"
        run = cli("aggregate", "mini", answers_dir, "--banks", banks_dir, "--format", fmt,
                  "-o", path)  # fmt: skip
        assert run.status == 0, run.err
        outputs[fmt] = path.read_text("utf-8")
    data = json.loads(outputs["json"])
    assert data["respondents"] == 3  # the .txt file is not picked up from the folder
    assert [r["file"] for r in data["rejected"]] == [str(answers_dir / "broken.json")]
    assert outputs["md"].startswith("# Informe del equipo")
    assert "&lt;img" in outputs["md"] and "<img" not in outputs["md"]
    assert outputs["html"].startswith("<!DOCTYPE html>") and "<img" not in outputs["html"]
    assert "data-disagreement" in outputs["html"]
    rows = list(csv.reader(io.StringIO(outputs["csv"])))
    assert rows[1][:2] == ["global", ""]


def test_aggregate_lists_missing_files_and_fails_when_none_is_usable(
    cli, banks_dir: Path, tmp_path: Path, answers_dir: Path
) -> None:
    run = cli("aggregate", banks_dir / "mini.yml", answers_dir / "ana.json",
              tmp_path / "nope.json", "--format", "json")  # fmt: skip
    assert run.status == 0
    assert json.loads(run.out)["rejected"] == [
        {"file": str(tmp_path / "nope.json"), "reason": "no such file"}
    ]
    run = cli("aggregate", banks_dir / "mini.yml", answers_dir / "broken.json")
    assert run.status == 2
    assert "Traceback" not in run.err
    assert "the only file could not be used as answers to 'mini'" in run.err
    empty = tmp_path / "empty"
    empty.mkdir()
    run = cli("aggregate", banks_dir / "mini.yml", empty)
    assert (run.status, run.out) == (2, "")
    assert "the folder holds no .json file" in run.err


def test_aggregate_team_targets(cli, banks_dir: Path, answers_dir: Path) -> None:
    run = cli("aggregate", banks_dir / "mini.yml", answers_dir, "--format", "json",
              "--target", "valores=40")  # fmt: skip
    sections = {s["id"]: s for s in json.loads(run.out)["sections"]}
    assert (sections["valores"]["target"], sections["valores"]["gap"]) == (40.0, 0.0)
    run = cli("aggregate", banks_dir / "mini.yml", answers_dir, "--target", "nada=40")
    assert run.status == 2 and "has no section 'nada'" in run.err


def test_compare_a_team_with_last_year(cli, banks_dir: Path, answers_dir: Path, tmp_path: Path,
                                       mini_bank: Bank) -> None:  # fmt: skip
    last_year = tmp_path / "2024.json"
    assert cli("aggregate", banks_dir / "mini.yml", answers_dir / "bo.json", "--format",
               "json", "-o", last_year).status == 0  # fmt: skip
    this_year = tmp_path / "2025.json"
    assert cli("aggregate", banks_dir / "mini.yml", answers_dir, "--format", "json",
               "-o", this_year).status == 0  # fmt: skip
    run = cli("compare", banks_dir / "mini.yml", last_year, this_year, "--format", "json")
    assert run.status == 0, run.err
    baseline = read_snapshot(last_year.read_text("utf-8"), mini_bank, str(last_year))[0]
    current = read_snapshot(this_year.read_text("utf-8"), mini_bank, str(this_year))[0]
    comparison = compare(mini_bank, baseline, current)
    assert json.loads(run.out) == json.loads(render_comparison(comparison, mini_bank, "json"))
    data = json.loads(run.out)
    assert (data["baseline"]["respondents"], data["current"]["respondents"]) == (1, 3)
    assert data["overall"]["status"] == "improved"
    for fmt in ("md", "csv", "html"):
        run = cli("compare", banks_dir / "mini.yml", last_year, this_year, "--format", fmt)
        assert run.status == 0 and run.out.strip()


def test_compare_response_files_in_markdown(cli, banks_dir: Path, answers_dir: Path) -> None:
    run = cli("compare", banks_dir / "mini.yml", answers_dir / "bo.json", answers_dir / "ana.json",
              "--lang", "en")  # fmt: skip
    assert run.status == 0
    assert run.out.startswith("# Comparison with the baseline")
    assert "- **Baseline:** answers of Bo" in run.out
    assert "| Values | 0.0 | 100.0 | \\+100.0 | improved |" in run.out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "1:2: not valid JSON"),
        ('{"format": "selfassess/team-report@1", "bank": {"id": "mini"}, "overall": []}',
         "overall: expected an object, found a list"),
    ],
)  # fmt: skip
def test_compare_refuses_bad_files_without_traceback(
    cli, banks_dir: Path, answers_dir: Path, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    run = cli("compare", banks_dir / "mini.yml", bad, answers_dir / "ana.json")
    assert (run.status, run.out) == (2, "")
    assert f"{bad}" in run.err and message in run.err
    assert "Traceback" not in run.err
    run = cli("compare", banks_dir / "mini.yml", tmp_path / "none.json", answers_dir / "ana.json")
    assert run.status == 2 and "none.json: no such file" in run.err


def test_console_script_has_both_commands(console) -> None:
    for command in ("aggregate", "compare"):
        run = console(command, "--help")
        assert run.status == 0
        assert "--format {md,csv,json,html}" in run.out
