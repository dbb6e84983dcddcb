"""Model 2's form in real Chromium: roles and conditions show only what is asked, hidden answers
are kept and come back, exclusive and not-applicable checklist items, the response file's shape.

The bank is tests/banks/example-model2.yml: the section "liderazgo" is for management only, its
"presupuesto" is asked when "responsable" is yes or partial; "respuesta" is asked when surveys
are sent sometimes or always, or a channel is listened to; "canales" has an exclusive "ninguno".
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.assessment import answer, choice, download, open_assessment, wait_engine
from tests.browser.conftest import ENGINE_TIMEOUT, Watch
from tests.browser.test_accessibility import serious_violations
from tests.site.sites import REPO, SELFASSESS

pytestmark = pytest.mark.browser

BANK = "ejemplo-madurez"
EXAMPLE_YML = REPO / "tests" / "banks" / "example-model2.yml"


def question(page: Page, question_id: str) -> Locator:
    return page.locator(f'fieldset[data-question="{question_id}"]')


def section(page: Page, section_id: str) -> Locator:
    return page.locator(f'fieldset[data-section="{section_id}"]')


def not_applicable(page: Page, question_id: str, item: str) -> Locator:
    return page.locator(f'input[name="na:{question_id}"][value="{item}"]')


def progress(page: Page) -> Locator:
    return page.locator('[data-progress-text="overall"]')


def responses(page: Page, folder: Path) -> dict:
    return json.loads(download(page, "responses", folder).read_text("utf-8"))


def test_staff_see_their_questions_and_conditions_switch_them(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    open_assessment(page, mini_sub_url, BANK)
    expect(page.locator(".sa-assessment[data-interactive]")).to_be_attached()
    # With no role, everything that holds is shown: the section for management too.
    expect(section(page, "liderazgo")).to_be_visible()
    expect(question(page, "presupuesto")).to_be_hidden()
    expect(section(page, "respuesta")).to_be_hidden()
    page.select_option("#sa-respondent-role", "equipo")
    expect(section(page, "liderazgo")).to_be_hidden()
    expect(page.locator('[data-group="estrategia"]')).to_be_hidden()
    expect(question(page, "revision")).to_be_visible()
    expect(progress(page)).to_have_text("0 de 3 respondidas")

    answer(page, {"encuestas": "siempre"})
    expect(section(page, "respuesta")).to_be_visible()
    answer(page, {"plazo": "4"})
    expect(progress(page)).to_have_text("2 de 4 respondidas")
    answer(page, {"encuestas": "no"})  # "respuesta" is no longer asked: hidden, its answer kept
    expect(section(page, "respuesta")).to_be_hidden()
    expect(progress(page)).to_have_text("1 de 3 respondidas")
    expect(choice(page, "plazo", "4")).to_be_checked()
    answer(page, {"canales": ["web"]})  # asked again, through the other branch of `any`
    expect(section(page, "respuesta")).to_be_visible()
    expect(choice(page, "plazo", "4")).to_be_checked()

    choice(page, "canales", "ninguno").check()  # exclusive: clears the items
    expect(choice(page, "canales", "web")).not_to_be_checked()
    expect(section(page, "respuesta")).to_be_hidden()
    choice(page, "canales", "telefono").check()  # and an item clears it
    expect(choice(page, "canales", "ninguno")).not_to_be_checked()
    expect(section(page, "respuesta")).to_be_visible()
    not_applicable(page, "canales", "web").check()
    choice(page, "canales", "web").check()  # an item and its n/a box exclude each other
    expect(not_applicable(page, "canales", "web")).not_to_be_checked()
    not_applicable(page, "canales", "web").check()
    expect(choice(page, "canales", "web")).not_to_be_checked()

    saved = responses(page, tmp_path)
    assert saved["respondent"]["role"] == "equipo"
    assert saved["answers"]["canales"] == {"checked": ["telefono"], "na": ["web"]}
    assert saved["answers"]["plazo"] == "4"
    # Marked n/a, the only item counted is unchecked: the condition on channels fails.
    choice(page, "canales", "telefono").uncheck()
    expect(section(page, "respuesta")).to_be_hidden()
    not_applicable(page, "canales", "web").uncheck()
    assert responses(page, tmp_path)["answers"]["canales"] is None


def test_management_answers_kept_across_conditions_and_visits(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    open_assessment(page, mini_sub_url, BANK)
    expect(page.locator(".sa-assessment[data-interactive]")).to_be_attached()
    page.select_option("#sa-respondent-role", "direccion")
    expect(section(page, "liderazgo")).to_be_visible()
    answer(page, {"responsable": "yes"})
    expect(question(page, "presupuesto")).to_be_visible()
    answer(page, {"presupuesto": "3"})
    answer(page, {"responsable": "no"})
    expect(question(page, "presupuesto")).to_be_hidden()
    assert responses(page, tmp_path)["answers"]["presupuesto"] == "3"

    page.reload()  # the hidden answer is saved in this browser, and stays hidden
    expect(page.locator(".sa-assessment[data-interactive]")).to_be_attached()
    expect(question(page, "presupuesto")).to_be_hidden()
    answer(page, {"responsable": "partial"})
    expect(question(page, "presupuesto")).to_be_visible()
    expect(choice(page, "presupuesto", "3")).to_be_checked()
    page.select_option("#sa-respondent-role", "equipo")  # the role hides the whole group
    expect(page.locator('[data-group="estrategia"]')).to_be_hidden()
    page.select_option("#sa-respondent-role", "")
    expect(question(page, "presupuesto")).to_be_visible()
    expect(choice(page, "presupuesto", "3")).to_be_checked()


def test_home_counts_only_the_questions_asked_as_the_page_and_the_report_do(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    open_assessment(page, mini_sub_url, BANK)
    expect(page.locator(".sa-assessment[data-interactive]")).to_be_attached()
    answer(page, {"responsable": "yes"})  # with no role yet: management's section is shown
    page.select_option("#sa-respondent-role", "equipo")  # and now not asked: its answer kept
    answer(page, {"encuestas": "siempre", "plazo": "4"})
    expect(progress(page)).to_have_text("2 de 4 respondidas")
    answer(page, {"encuestas": "no"})  # "plazo" is no longer asked: its answer kept, not counted
    expect(progress(page)).to_have_text("1 de 3 respondidas")
    response = tmp_path / "responses.json"
    response.write_text(json.dumps(responses(page, tmp_path)), "utf-8")
    overall = json.loads(cli_report(response, "json"))["overall"]
    assert (overall["answered"] + overall["unknown"], overall["total"]) == (1, 3)

    page.goto(mini_sub_url)
    home = page.locator(f'[data-bank-id="{BANK}"] [data-bank-progress]')
    expect(home).to_have_text("1 de 3 respondidas")
    assert serious_violations(page) == []


def test_model2_form_passes_axe_as_questions_come_and_go(
    page: Page, watch: Watch, mini_sub_url: str
):
    open_assessment(page, mini_sub_url, BANK)
    expect(page.locator(".sa-assessment[data-interactive]")).to_be_attached()
    assert serious_violations(page) == []
    page.select_option("#sa-respondent-role", "direccion")
    answer(page, {"responsable": "yes", "encuestas": "siempre"})
    expect(question(page, "presupuesto")).to_be_visible()
    not_applicable(page, "canales", "web").focus()
    assert serious_violations(page) == []
    answer(page, {"responsable": "no"})
    expect(question(page, "presupuesto")).to_be_hidden()
    choice(page, "canales", "ninguno").focus()
    assert serious_violations(page) == []


def cli_report(response: Path, report_format: str) -> str:
    result = subprocess.run(
        [str(SELFASSESS), "score", str(EXAMPLE_YML), str(response), "--format", report_format],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    return result.stdout


ROUNDS = (
    ("equipo", {"encuestas": "a-veces", "canales": ["telefono"], "revision": "siempre",
                "plazo": "2"}),
    ("direccion", {"responsable": "partial", "presupuesto": "4", "encuestas": "siempre",
                   "plazo": "5"}),
)  # fmt: skip
"""An employee, then an executive: each leaves answers to questions not asked of them."""


def test_employee_and_executive_reports_equal_the_cli(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    open_assessment(page, mini_sub_url, BANK)
    wait_engine(page)
    for number, (role, answers) in enumerate(ROUNDS):
        if number:
            page.once("dialog", lambda dialog: dialog.accept())
            page.click('[data-action="clear"]')
        page.select_option("#sa-respondent-role", role)
        answer(page, answers)
        if role == "equipo":
            not_applicable(page, "canales", "web").check()
        else:  # "plazo" answered, then its section no longer asked: kept, not scored
            answer(page, {"encuestas": "no", "canales": ["ninguno"]})
            expect(section(page, "respuesta")).to_be_hidden()
        folder = tmp_path / role
        folder.mkdir()
        response = download(page, "responses", folder)
        saved = json.loads(response.read_text("utf-8"))
        assert saved["answers"]["plazo"] == answers["plazo"]
        browser_report = download(page, "report-html", folder).read_text("utf-8")
        assert browser_report == cli_report(response, "html"), role
        assert json.loads(download(page, "report-json", folder).read_text("utf-8")) == json.loads(
            cli_report(response, "json")
        )

    # The employee's file imports back: the n/a mark, the role, the questions shown.
    page.set_input_files('[data-action="import"]', tmp_path / "equipo" / f"{BANK}-responses.json")
    expect(not_applicable(page, "canales", "web")).to_be_checked(timeout=ENGINE_TIMEOUT)
    expect(choice(page, "canales", "telefono")).to_be_checked()
    expect(page.locator("#sa-respondent-role")).to_have_value("equipo")
    expect(section(page, "liderazgo")).to_be_hidden()
    expect(section(page, "respuesta")).to_be_visible()
