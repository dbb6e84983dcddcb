"""An assessment in real Chromium: answering, saving, results, downloads, import, print, failure."""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from playwright.sync_api import Page, Route, expect

from selfassess.load import load_bank
from selfassess.pages.urls import PRINT, page_url
from tests.browser.assessment import (
    answer,
    choice,
    download,
    open_assessment,
    random_answers,
    show_results,
    wait_engine,
)
from tests.browser.conftest import Watch
from tests.site.sites import REPO, SELFASSESS

pytestmark = pytest.mark.browser

MINI_YML = REPO / "tests" / "banks" / "mini.yml"
MINI = load_bank(MINI_YML)
QUESTIONS = [q for s in MINI["sections"] for q in s["questions"]]
FULL = {
    "valores-escritos": "yes",
    "valores-uso": "4",
    "clientes-escucha": "a-veces",
    "clientes-canales": [QUESTIONS[3]["options"][0]["id"]],
    **{q["id"]: q["options"][-1]["id"] for q in QUESTIONS[4:] if q["type"] != "checklist"},
    **{q["id"]: [q["options"][0]["id"]] for q in QUESTIONS[4:] if q["type"] == "checklist"},
}


def cli_report(response: Path) -> dict:
    result = subprocess.run(
        [str(SELFASSESS), "score", str(MINI_YML), str(response), "--format", "json"],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


class Strict(HTMLParser):
    """Fails on a closing tag that does not match the open one."""

    VOID: ClassVar[set[str]] = {
        "meta", "link", "br", "hr", "img", "input", "col", "area", "base", "wbr", "source"
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, tag


def test_full_answers_give_results_and_every_download(
    page: Page, watch: Watch, mini_url: str, tmp_path: Path
):
    open_assessment(page, mini_url, "mini")
    answer(page, FULL)
    total = len(QUESTIONS)
    expect(page.locator('[data-progress-text="overall"]')).to_contain_text(f"{total} de {total}")
    show_results(page)
    report_view = page.locator("[data-selfassess-report]")
    expect(report_view.locator("svg").first).to_be_visible()
    expect(page.locator("#sa-results-title")).to_be_focused()

    responses = json.loads(download(page, "responses", tmp_path).read_text("utf-8"))
    assert responses["format"] == "selfassess/response@1"
    assert responses["bank"] == {k: MINI[k] for k in ("id", "version", "hash")}
    assert responses["answers"] == FULL

    report = json.loads(download(page, "report-json", tmp_path).read_text("utf-8"))
    assert report["overall"]["answered"] == total
    assert report == cli_report(tmp_path / "mini-responses.json")
    rows = list(csv.reader(io.StringIO(download(page, "report-csv", tmp_path).read_text("utf-8"))))
    assert len(rows) == total + 1
    markdown = download(page, "report-md", tmp_path).read_text("utf-8")
    assert MINI["title"]["es"] in markdown
    html = download(page, "report-html", tmp_path).read_text("utf-8")
    Strict().feed(html)
    assert "<svg" in html and "<script" not in html


def test_partial_answers_survive_a_reload(page: Page, watch: Watch, mini_sub_url: str):
    open_assessment(page, mini_sub_url, "mini")
    page.fill("#sa-respondent-name", "Ana <b>")
    page.select_option("#sa-respondent-role", MINI["roles"][1]["id"])
    answer(page, {"valores-escritos": "partial", "clientes-escucha": "na"})
    page.click("#q-valores-uso .sa-note-toggle")
    page.fill('textarea[name="note:valores-uso"]', "Acta del comité")
    page.reload()
    expect(choice(page, "valores-escritos", "partial")).to_be_checked()
    expect(choice(page, "clientes-escucha", "na")).to_be_checked()
    expect(page.locator("#sa-respondent-name")).to_have_value("Ana <b>")
    expect(page.locator("#sa-respondent-role")).to_have_value(MINI["roles"][1]["id"])
    expect(page.locator('textarea[name="note:valores-uso"]')).to_have_value("Acta del comité")
    expect(page.locator('[data-progress-text="overall"]')).to_contain_text(f"2 de {len(QUESTIONS)}")
    page.goto(mini_sub_url)
    expect(page.locator('[data-bank-id="mini"] [data-bank-progress]')).to_contain_text("2 de")


def test_browser_report_equals_the_cli_report(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    rng = random.Random(20240611)
    page.once("dialog", lambda dialog: dialog.accept())
    open_assessment(page, mini_sub_url, "mini")
    wait_engine(page)
    for round_number in range(4):
        if round_number:
            page.once("dialog", lambda dialog: dialog.accept())
            page.click('[data-action="clear"]')
            expect(page.locator('[data-progress-text="overall"]')).to_contain_text("0 de")
        answers = random_answers(MINI, rng)
        answer(page, answers)
        if round_number % 2:
            section = MINI["sections"][round_number % len(MINI["sections"])]["id"]
            show_results(page)
            page.fill(f'[data-target-section="{section}"]', str(rng.randint(10, 95)))
        folder = tmp_path / str(round_number)
        folder.mkdir()
        response = download(page, "responses", folder)
        assert json.loads(response.read_text())["answers"] == answers
        browser_report = json.loads(download(page, "report-json", folder).read_text("utf-8"))
        assert browser_report == cli_report(response), f"answers: {answers}"


def test_adjusting_a_target_updates_the_report(page: Page, watch: Watch, mini_sub_url: str):
    open_assessment(page, mini_sub_url, "mini")
    answer(page, FULL)
    show_results(page)
    report_view = page.locator("[data-selfassess-report]")
    before = report_view.inner_html()
    page.fill('[data-target-section="valores"]', "97")
    expect(report_view).to_contain_text("97")
    assert report_view.inner_html() != before


def test_importing_a_response_file_restores_the_answers(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    template = subprocess.run(
        [str(SELFASSESS), "template", str(MINI_YML)], capture_output=True, text=True, check=True
    ).stdout
    response = json.loads(template)
    response["answers"].update({"valores-escritos": "no", "valores-uso": "5"})
    response["respondent"] = {"name": "Luis", "role": MINI["roles"][0]["id"]}
    good = tmp_path / "respuestas.json"
    good.write_text(json.dumps(response), "utf-8")
    open_assessment(page, mini_sub_url, "mini")
    page.set_input_files('[data-action="import"]', good)
    expect(choice(page, "valores-uso", "5")).to_be_checked(timeout=180_000)
    expect(choice(page, "valores-escritos", "no")).to_be_checked()
    expect(page.locator("#sa-respondent-name")).to_have_value("Luis")

    bad = tmp_path / "otro.json"
    bad.write_text(json.dumps({**response, "format": "something/else"}), "utf-8")
    page.set_input_files('[data-action="import"]', bad)
    expect(page.locator("[data-selfassess-messages]")).to_contain_text("otro.json")
    expect(choice(page, "valores-uso", "5")).to_be_checked()


def test_printing_the_results_shows_the_report_not_the_form(
    page: Page, watch: Watch, mini_sub_url: str
):
    open_assessment(page, mini_sub_url, "mini")
    answer(page, FULL)
    show_results(page)
    page.emulate_media(media="print")
    expect(page.locator("form[data-selfassess-bank]")).to_be_hidden()
    for toolbar in page.locator(".sa-toolbar").all():  # the downloads' and the answer code's
        expect(toolbar).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator("[data-selfassess-report] svg").first).to_be_visible()


def test_blank_questionnaire_prints_without_javascript(browser, mini_sub_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(mini_sub_url + page_url("mini", PRINT))
    page.emulate_media(media="print")
    for question in QUESTIONS:
        expect(page.locator(f"#q-{question['id']}")).to_be_visible()
    context.close()


# The service worker would otherwise serve the runtime from its cache, past the refusal below.
@pytest.mark.browser_context_args(service_workers="block")
def test_answers_are_kept_when_pyodide_fails_to_load(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    watch.allowed.append("pyodide.asm.wasm")
    watch.allowed.append("Failed to load resource")

    def refuse(route: Route) -> None:
        route.abort()

    page.route("**/pyodide.asm.wasm", refuse)
    open_assessment(page, mini_sub_url, "mini")
    wait_engine(page, "failed")
    expect(page.locator('[data-action="retry"]')).to_be_visible()
    answer(page, {"valores-escritos": "yes"})
    response = json.loads(download(page, "responses", tmp_path).read_text("utf-8"))
    assert response["answers"]["valores-escritos"] == "yes"
    page.reload()
    expect(choice(page, "valores-escritos", "yes")).to_be_checked()
    wait_engine(page, "failed")
    page.unroute("**/pyodide.asm.wasm", refuse)
    page.click('[data-action="retry"]')
    wait_engine(page, "ready")
    expect(page.locator('[data-action="retry"]')).to_be_hidden()


def test_keyboard_alone_answers_a_question(page: Page, watch: Watch, mini_sub_url: str):
    open_assessment(page, mini_sub_url, "mini")
    choice(page, "valores-escritos", "yes").focus()
    page.keyboard.press("Space")
    expect(choice(page, "valores-escritos", "yes")).to_be_checked()
    page.keyboard.press("ArrowRight")
    expect(choice(page, "valores-escritos", "partial")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_be_visible()


def test_default_site_pages_respect_the_csp(
    page: Page, watch: Watch, default_url: str, default_site: Path
):
    for html in sorted(default_site.rglob("index.html")):
        relative = html.parent.relative_to(default_site).as_posix()
        page.goto(default_url + ("" if relative == "." else relative + "/"))
        expect(page.locator(".md-content")).to_be_visible()
