"""Trust in real Chromium: hostile files stay text, answers are never lost, storage can fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from selfassess.pages.urls import COMPARE, PRINT, TEAM, page_url
from tests.browser.assessment import (
    answer,
    choice,
    download,
    open_assessment,
    show_results,
    wait_engine,
)
from tests.browser.conftest import ENGINE_TIMEOUT, Watch
from tests.site.sites import REPO

pytestmark = pytest.mark.browser

HOSTILE = REPO / "tests" / "hostile"
LIVE_MARKUP = "[data-selfassess-report] script, [data-selfassess-report] img"
"""Elements the corpus smuggles in; a report must show them as text only."""


def _no_execution(page: Page, dialogs: list[str]) -> None:
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def _watch_dialogs(page: Page) -> list[str]:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return dialogs


def _open_downloaded_html(page: Page, path: Path) -> None:
    """Open a downloaded HTML report in the browser, as a person would."""
    page.set_content(path.read_text("utf-8"))
    page.wait_for_timeout(300)


def test_hostile_response_in_results_and_every_download(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    dialogs = _watch_dialogs(page)
    open_assessment(page, mini_sub_url, "mini")
    wait_engine(page)
    page.set_input_files('[data-action="import"]', HOSTILE / "markup-everywhere.json")
    name = json.loads((HOSTILE / "markup-everywhere.json").read_text("utf-8"))["respondent"]["name"]
    expect(page.locator("#sa-respondent-name")).to_have_value(name, timeout=ENGINE_TIMEOUT)
    expect(page.locator("[data-selfassess-messages]")).to_contain_text("<script>window.__pwned=1")
    show_results(page)
    report = page.locator("[data-selfassess-report]")
    expect(report).to_contain_text("<script>window.__pwned=1</script>")
    assert report.locator("script, img").count() == 0
    _no_execution(page, dialogs)
    for kind in ("report-html", "report-md", "report-csv", "report-json", "responses"):
        download(page, kind, tmp_path)
    _open_downloaded_html(page, tmp_path / "mini-report.html")
    expect(page.locator("body")).to_contain_text("<script>window.__pwned=1</script>")
    _no_execution(page, dialogs)


def test_hostile_files_on_the_team_and_compare_pages(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    dialogs = _watch_dialogs(page)
    files = sorted(p for p in HOSTILE.iterdir() if p.suffix in (".json", ".bin"))
    page.goto(mini_sub_url + page_url("mini", TEAM))
    wait_engine(page)
    page.locator('[data-selfassess-team="mini"] input[type="file"][multiple]').set_input_files(
        [str(p) for p in files]
    )
    page.locator("[data-selfassess-report][data-ready='true']").wait_for(timeout=ENGINE_TIMEOUT)
    expect(page.locator("body")).to_contain_text("<script>window.__pwned=1</script>")
    expect(page.locator("body")).to_contain_text("not-json.json")
    assert page.locator(LIVE_MARKUP).count() == 0
    _no_execution(page, dialogs)
    team_html = download(page, "team-html", tmp_path)

    page.goto(mini_sub_url + page_url("mini", COMPARE))
    wait_engine(page)
    area = page.locator('[data-selfassess-compare="mini"]')
    area.locator('input[data-compare="baseline"]').set_input_files(HOSTILE / "report-markup.json")
    area.locator('input[data-compare="current"]').set_input_files(HOSTILE / "markup-accepted.json")
    page.locator("[data-selfassess-report][data-ready='true']").wait_for(timeout=ENGINE_TIMEOUT)
    assert page.locator(LIVE_MARKUP).count() == 0
    _no_execution(page, dialogs)
    compare_html = download(page, "compare-html", tmp_path)
    for path in (team_html, compare_html):
        _open_downloaded_html(page, path)
        expect(page.locator("body")).to_contain_text("<script>window.__pwned=1</script>")
        _no_execution(page, dialogs)


def test_none_of_these_is_an_answer_that_survives_and_exports(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    open_assessment(page, mini_sub_url, "mini")
    choice(page, "clientes-canales", "web").check()
    choice(page, "clientes-canales", "_none").focus()
    page.keyboard.press("Space")
    expect(choice(page, "clientes-canales", "_none")).to_be_checked()
    expect(choice(page, "clientes-canales", "web")).not_to_be_checked()
    expect(page.locator('[data-progress-text="overall"]')).to_contain_text("1 de")
    page.reload()
    expect(choice(page, "clientes-canales", "_none")).to_be_checked()
    response = json.loads(download(page, "responses", tmp_path).read_text("utf-8"))
    assert response["answers"]["clientes-canales"] == []
    report = json.loads(download(page, "report-json", tmp_path).read_text("utf-8"))
    (item,) = [q for q in report["questions"] if q["id"] == "clientes-canales"]
    assert item["value"] == 0
    page.emulate_media(media="print")
    page.goto(mini_sub_url + page_url("mini", PRINT))
    expect(page.locator("#q-clientes-canales")).to_contain_text("Ninguna de estas")


def test_answers_survive_closing_and_reopening_the_tab(page: Page, watch: Watch, mini_sub_url: str):
    open_assessment(page, mini_sub_url, "mini")
    answer(page, {"valores-escritos": "no", "clientes-canales": ["web", "tienda"]})
    context = page.context
    page.close()
    again = context.new_page()
    open_assessment(again, mini_sub_url, "mini")
    expect(choice(again, "valores-escritos", "no")).to_be_checked()
    expect(choice(again, "clientes-canales", "tienda")).to_be_checked()
    again.close()


@pytest.mark.browser_context_args(service_workers="block")  # the held script must be fetched
def test_answers_given_before_the_page_s_script_runs_win_over_the_saved_ones(
    page: Page, watch: Watch, mini_sub_url: str
):
    open_assessment(page, mini_sub_url, "mini")
    answer(page, {"valores-escritos": "no", "clientes-escucha": "sistema"})
    wired = page.locator(".sa-assessment[data-interactive]")
    wired.wait_for()
    held: list[Route] = []
    page.route("**/assets/selfassess/assessment.js", lambda route: held.append(route))
    page.reload(wait_until="domcontentloaded")
    assert held and wired.count() == 0  # the form is on screen, its script not yet run
    answer(page, {"valores-escritos": "yes", "clientes-canales": ["web"]})
    page.fill("#sa-respondent-name", "Ana")
    for route in held:
        route.continue_()
    wired.wait_for()
    page.unroute("**/assets/selfassess/assessment.js")

    for reopened in (False, True):
        if reopened:
            page.reload()
            wired.wait_for()
        expect(choice(page, "valores-escritos", "yes")).to_be_checked()
        expect(choice(page, "clientes-escucha", "sistema")).to_be_checked()  # saved before, kept
        expect(choice(page, "clientes-canales", "web")).to_be_checked()
        expect(page.locator("#sa-respondent-name")).to_have_value("Ana")
        expect(page.locator('[data-progress-text="overall"]')).to_contain_text("3 de")


def test_a_new_bank_version_keeps_unchanged_answers_and_lists_the_rest(
    page: Page, watch: Watch, mini_sub_url: str
):
    old = {
        "format": "selfassess/response@1",
        "bank": {"id": "mini", "version": "0.9.0", "hash": "sha256:old"},
        "language": "es", "respondent": {"name": "Ana", "role": ""},
        "answers": {"valores-escritos": "yes", "clientes-escucha": "nunca", "borrada": "no"},
        "notes": {"valores-escritos": "acta"}, "targets": {},
        "created": "2024-01-01T00:00:00Z", "updated": "2024-01-01T00:00:00Z",
    }  # fmt: skip
    page.goto(mini_sub_url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)",
                  ["selfassess:mini:0.9.0", json.dumps(old)])  # fmt: skip
    open_assessment(page, mini_sub_url, "mini")
    expect(choice(page, "valores-escritos", "yes")).to_be_checked()
    expect(page.locator("#sa-respondent-name")).to_have_value("Ana")
    messages = page.locator("[data-selfassess-messages]")
    expect(messages).to_contain_text("0.9.0 → 1.0.0")
    expect(messages).to_contain_text("- clientes-escucha")
    expect(messages).to_contain_text("- borrada")
    expect(messages).not_to_contain_text("valores-escritos")
    keys = page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('selfassess:'))")
    assert keys == ["selfassess:mini:1.0.0"]
    page.reload()
    expect(choice(page, "valores-escritos", "yes")).to_be_checked()
    expect(messages).to_be_empty()


@pytest.mark.parametrize("trouble", ["full", "disabled"])
def test_storage_full_or_disabled_warns_and_export_still_works(
    browser, mini_sub_url: str, tmp_path: Path, trouble: str
):
    context = browser.new_context(accept_downloads=True)
    if trouble == "full":
        script = ("Storage.prototype.setItem = function () {"
                  " throw new DOMException('full', 'QuotaExceededError'); };")  # fmt: skip
    else:
        script = ("Object.defineProperty(window, 'localStorage', {"
                  " get() { throw new DOMException('denied', 'SecurityError'); } });")  # fmt: skip
    context.add_init_script(script)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_assessment(page, mini_sub_url, "mini")
    warning = page.locator("[data-selfassess-storage]")
    expect(warning).to_be_hidden()
    answer(page, {"valores-escritos": "partial"})
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("Descarga el archivo de respuestas")
    response = json.loads(download(page, "responses", tmp_path).read_text("utf-8"))
    assert response["answers"]["valores-escritos"] == "partial"
    assert errors == []
    context.close()


def test_the_privacy_page_erases_everything_after_confirming(
    page: Page, watch: Watch, default_url: str
):
    page.goto(default_url + page_url("bloques-cx"))
    page.locator("form[data-selfassess-bank]").wait_for()
    page.locator("form[data-selfassess-bank] input[type=radio]").first.check()
    page.evaluate("localStorage.setItem('other-site', 'keep')")
    page.goto(default_url + "privacidad/")
    stored = "Object.keys(localStorage).filter((k) => k.startsWith('selfassess:')).length"
    assert page.evaluate(stored) == 1
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click('[data-action="erase-all"]')
    assert page.evaluate(stored) == 1
    page.once("dialog", lambda dialog: dialog.accept())
    page.click('[data-action="erase-all"]')
    # one item: the catalogue's singular form, chosen in the page's script
    expect(page.locator("[data-selfassess-erased]")).to_have_text("Borrado: 1 elemento guardado.")
    assert page.evaluate(stored) == 0
    assert page.evaluate("localStorage.getItem('other-site')") == "keep"
    page.goto(default_url)
    progress = page.locator('[data-bank-id="bloques-cx"] [data-bank-progress]')
    expect(progress).to_contain_text("Sin empezar")


