"""The team and compare pages in real Chromium: files chosen at once, bad ones listed, the
same JSON as the CLI, downloads in every format, names as text, and a clean printout."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from selfassess.load import load_bank
from selfassess.pages.urls import page_url
from tests.browser.assessment import download, random_answers, wait_engine
from tests.browser.conftest import ENGINE_TIMEOUT, Watch
from tests.site.sites import REPO

pytestmark = pytest.mark.browser

BANKS = REPO / "tests" / "banks"
SELFASSESS = Path(sys.executable).parent / "selfassess"
HOSTILE = "<img src=x onerror=\"document.title='pwned'\"> *Ana*"
NOW = "2025-03-01T09:00:00+00:00"


def mini_json() -> dict[str, Any]:
    return load_bank(BANKS / "mini.yml")


def response(bank: dict[str, Any], answers: dict[str, Any], role: str, name: str, lang: str,
             notes: dict[str, str] | None = None) -> str:  # fmt: skip
    return json.dumps(
        {
            "format": "selfassess/response@1",
            "bank": {"id": bank["id"], "version": bank["version"], "hash": bank["hash"]},
            "language": lang,
            "respondent": {"name": name, "role": role},
            "answers": answers,
            "notes": notes or {},
            "created": NOW,
            "updated": NOW,
        },
        ensure_ascii=False,
    )


def team_folder(folder: Path, count: int = 12, seed: int = 5) -> list[Path]:
    """`count` answer files to mini in both languages and every role, plus malformed ones."""
    bank = mini_json()
    rng = random.Random(seed)
    roles = ["direccion", "equipo", "Staff", ""]
    paths = []
    for i in range(count):
        answers = random_answers(bank, rng)
        notes = {"valores-uso": HOSTILE} if i == 0 else {}
        name = HOSTILE if i == 0 else f"Persona {i}"
        text = response(bank, answers, roles[i % 4], name, ("es", "en")[i % 2], notes)
        paths.append(folder / f"persona-{i:02d}.json")
        paths[-1].write_text(text, "utf-8")
    malformed = {
        "roto.json": '{"format": "selfassess/response@1", "answers": ',
        "otro-banco.json": response({**bank, "id": "bloques-cx"}, {}, "", "", "es"),
        "lista.json": "[1, 2, 3]",
        "sin-formato.json": '{"bank": {"id": "mini"}}',
    }
    for name, text in malformed.items():
        paths.append(folder / name)
        paths[-1].write_text(text, "utf-8")
    return paths


def cli(folder: Path, *args: str | Path) -> str:
    """`selfassess ...` run from `folder`, so file names read as the browser gives them."""
    done = subprocess.run(
        [str(SELFASSESS), *map(str, args)], capture_output=True, text=True, cwd=folder
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def open_team(page: Page, site_url: str, kind: str = "team") -> None:
    page.goto(site_url + page_url("mini", kind))
    page.locator(f'[data-selfassess-{kind}="mini"]').wait_for()
    wait_engine(page)


def report_ready(page: Page) -> None:
    page.locator("[data-selfassess-report][data-ready='true']").wait_for(timeout=ENGINE_TIMEOUT)


def test_team_report_equals_the_cli_and_lists_bad_files(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
) -> None:
    paths = team_folder(tmp_path)
    open_team(page, mini_sub_url)
    chooser = page.locator('[data-selfassess-team="mini"] input[type="file"][multiple]')
    chooser.set_input_files([str(p) for p in paths])
    report_ready(page)

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser_json = json.loads(download(page, "team-json", downloads).read_text("utf-8"))
    names = [p.name for p in paths]
    cli_json = json.loads(cli(tmp_path, "aggregate", BANKS / "mini.yml", *names,
                              "--format", "json", "--lang", "es"))  # fmt: skip
    assert browser_json == cli_json
    assert browser_json["respondents"] == 12
    assert sorted(r["file"] for r in browser_json["rejected"]) == [
        "lista.json", "otro-banco.json", "roto.json", "sin-formato.json"
    ]  # fmt: skip
    assert browser_json["by_role"] == {"direccion": 3, "equipo": 6, "": 3}

    report = page.locator("[data-selfassess-report]")
    rejected = report.locator("tr.sa-rejected")
    expect(rejected).to_have_count(4)
    expect(report.locator("tr.sa-rejected", has_text="otro-banco.json")).to_contain_text(
        "bank.id: el archivo responde al cuestionario 'bloques-cx'"
    )
    expect(page.locator("[data-selfassess-messages]")).to_contain_text("12")
    # Names and notes from files are text, never markup.
    expect(report.locator("img")).to_have_count(0)
    expect(report.locator(".sa-note-text").first).to_have_text(HOSTILE)
    assert page.title() != "pwned"
    # One series per role, plus the whole team and the target (mini's two sections: bars only).
    legend = report.locator(".sa-chart-bar svg > text").all_text_contents()
    assert {"Todo el equipo", "Dirección", "Equipo", "Sin rol indicado", "Objetivo"} <= set(legend)

    for fmt in ("md", "csv", "html"):
        text = download(page, f"team-{fmt}", downloads).read_text("utf-8")
        expected = cli(tmp_path, "aggregate", BANKS / "mini.yml", *names, "--format", fmt,
                       "--lang", "es")  # fmt: skip
        assert text == expected


def test_files_added_in_two_batches_and_dropped(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
) -> None:
    paths = team_folder(tmp_path, count=6)[:6]
    open_team(page, mini_sub_url)
    chooser = page.locator('[data-selfassess-team="mini"] input[type="file"][multiple]')
    chooser.set_input_files([str(p) for p in paths[:3]])
    report_ready(page)
    expect(page.locator(".sa-team-count")).to_have_text("3")
    # A drop of the other three onto the zone adds them; choosing a file again does not.
    transfer = page.evaluate_handle(
        """(files) => {
          const data = new DataTransfer();
          for (const [name, text] of files) data.items.add(new File([text], name));
          return data;
        }""",
        [[p.name, p.read_text("utf-8")] for p in paths[3:]],
    )
    page.dispatch_event('[data-selfassess-team="mini"]', "drop", {"dataTransfer": transfer})
    expect(page.locator(".sa-team-count")).to_have_text("6", timeout=ENGINE_TIMEOUT)
    expect(page.locator("[data-runs='2']")).to_have_count(1, timeout=ENGINE_TIMEOUT)
    # The worker kept the first three: the report is of all six, as the CLI's.
    both = json.loads(download(page, "team-json", tmp_path).read_text("utf-8"))
    names = [p.name for p in paths]
    assert both == json.loads(cli(tmp_path, "aggregate", BANKS / "mini.yml", *names,
                                  "--format", "json", "--lang", "es"))  # fmt: skip
    assert both["respondents"] == 6
    runs = page.locator("[data-runs]").get_attribute("data-runs")
    chooser.set_input_files([str(paths[0])])
    expect(page.locator(f"[data-runs='{int(runs) + 1}']")).to_have_count(1, timeout=ENGINE_TIMEOUT)
    expect(page.locator(".sa-team-count")).to_have_text("6")
    # Another respondent's file under a name already chosen counts.
    other = json.loads(paths[0].read_text("utf-8"))
    other["respondent"]["name"] = "Someone else"
    chooser.set_input_files({"name": paths[0].name, "mimeType": "application/json",
                             "buffer": json.dumps(other).encode("utf-8")})  # fmt: skip
    expect(page.locator(".sa-team-count")).to_have_text("7", timeout=ENGINE_TIMEOUT)
    page.click('[data-action="team-reset"]')
    expect(page.locator("[data-selfassess-report]")).to_be_empty()
    expect(page.locator('[data-download="team-json"]')).to_be_disabled()


def test_team_report_prints_without_the_controls(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
) -> None:
    paths = team_folder(tmp_path, count=4)
    open_team(page, mini_sub_url)
    page.locator('[data-selfassess-team="mini"] input[type="file"]').set_input_files(
        [str(p) for p in paths]
    )
    report_ready(page)
    page.emulate_media(media="print")
    expect(page.locator("[data-selfassess-team]")).to_be_hidden()
    expect(page.locator(".sa-toolbar")).to_be_hidden()
    expect(page.locator(".sa-report .sa-team-roles-table")).to_be_visible()
    expect(page.locator(".sa-report .sa-plan-table")).to_be_visible()
    expect(page.locator(".md-content__inner > h1")).to_be_hidden()
    expect(page.locator(".sa-report h1")).to_have_text("Informe del equipo")


def test_compare_equals_the_cli_and_uses_my_answers(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
) -> None:
    paths = team_folder(tmp_path, count=8)
    names = [p.name for p in paths]
    baseline = tmp_path / "equipo-2024.json"
    baseline.write_text(cli(tmp_path, "aggregate", BANKS / "mini.yml", *names[:4],
                            "--format", "json"), "utf-8")  # fmt: skip
    current = paths[5]

    open_team(page, mini_sub_url, "compare")
    area = page.locator('[data-selfassess-compare="mini"]')
    area.locator('input[data-compare="baseline"]').set_input_files(str(baseline))
    area.locator('input[data-compare="current"]').set_input_files(str(current))
    report_ready(page)
    browser_json = json.loads(download(page, "compare-json", tmp_path).read_text("utf-8"))
    cli_json = json.loads(cli(tmp_path, "compare", BANKS / "mini.yml", baseline.name,
                              current.name, "--format", "json"))  # fmt: skip
    assert browser_json == cli_json
    assert browser_json["baseline"]["kind"] == "team"
    rows = page.locator("[data-selfassess-report] tr[data-section]")
    expect(rows).to_have_count(2)
    expect(page.locator(".sa-compare-report .sa-chart-bar svg")).to_have_count(1)
    for fmt in ("md", "csv", "html"):
        text = download(page, f"compare-{fmt}", tmp_path).read_text("utf-8")
        assert text == cli(tmp_path, "compare", BANKS / "mini.yml", baseline.name,
                           current.name, "--format", fmt)  # fmt: skip

    # The answers saved in this browser stand in for the current file.
    bank = mini_json()
    saved = json.loads(
        response(bank, {"valores-escritos": "yes", "valores-uso": "5"}, "", "", "es")
    )
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [f"selfassess:mini:{bank['version']}", json.dumps(saved)],
    )
    page.click('[data-action="compare-mine"]')
    expect(page.locator('[data-compare-name="current"]')).to_have_text(
        "Mis respuestas en este navegador"
    )
    expect(page.locator("[data-selfassess-report] tr[data-section='valores']")).to_contain_text(
        "100,0", timeout=ENGINE_TIMEOUT
    )


def test_compare_refuses_a_bad_file_by_name_and_field(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "informe.json"
    bad.write_text('{"format": "selfassess/team-report@1", "bank": {"id": "mini"}, '
                   '"overall": {"mean": "alto"}}', "utf-8")  # fmt: skip
    good = team_folder(tmp_path, count=1)[0]
    open_team(page, mini_sub_url, "compare")
    area = page.locator('[data-selfassess-compare="mini"]')
    area.locator('input[data-compare="baseline"]').set_input_files(str(bad))
    area.locator('input[data-compare="current"]').set_input_files(str(good))
    expect(page.locator("[data-selfassess-messages]")).to_contain_text(
        "informe.json: overall: se esperaba un número o null, se encontró un texto",
        timeout=ENGINE_TIMEOUT,
    )
    expect(page.locator('[data-download="compare-json"]')).to_be_disabled()
