"""Answer codes and resume links in real Chromium: codes sent by the email button and pasted on
the team page give the CLI's team report; a resume link restores answers only when asked to;
hostile codes and links are refused with a message and never render as markup."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from selfassess.core.codes import encode
from selfassess.core.model import bank_from_json
from selfassess.core.responses import read_response
from selfassess.load import load_bank
from selfassess.pages.urls import page_url
from tests.browser.assessment import answer, download, open_assessment, random_answers, wait_engine
from tests.browser.conftest import ENGINE_TIMEOUT, VIOLATION_PROBE, Watch
from tests.browser.test_team import BANKS, HOSTILE, cli, mini_json, open_team, report_ready
from tests.browser.test_team import response as response_text

pytestmark = pytest.mark.browser

ROLES = ("direccion", "equipo", "")
SAVED = """() => JSON.parse(localStorage.getItem(
  Object.keys(localStorage).find((key) => key.startsWith("selfassess:mini:"))))"""
"""The answers saved in the page's browser for mini."""


def mail_of(page: Page) -> tuple[str, str, str]:
    """(recipient, subject, body) of the email button's mailto: link."""
    href = page.locator('[data-action="email-code"]').get_attribute("href")
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    fields = dict(pair.split("=", 1) for pair in parts.query.split("&"))
    return unquote(parts.path), unquote(fields["subject"]), unquote(fields["body"])


def respond(page: Page, url: str, role: str, answers: dict) -> str:
    """Answer mini as one respondent and take their code from the email button: the mail body."""
    open_assessment(page, url, "mini")
    answer(page, answers)
    page.select_option('select[name="respondent.role"]', role)
    wait_engine(page)
    page.click('[data-action="get-code"]')
    code = page.locator("[data-selfassess-code]")
    expect(code).to_have_text(re.compile(r"^SA1-mini-"), timeout=ENGINE_TIMEOUT)
    recipient, subject, body = mail_of(page)
    assert recipient == ""  # the test site has no brand contact
    assert "Mini" in subject
    lines = body.replace("\r\n", "\n").split("\n")
    assert lines[-1] == code.text_content()
    assert len([line for line in lines[:-1] if line]) == 2  # the two-line summary
    return body


def test_three_codes_by_email_give_the_cli_report(
    browser: Browser, mini_sub_url: str, tmp_path: Path
) -> None:
    bank = mini_json()
    rng = random.Random(19)
    bodies, names = [], []
    for index, role in enumerate(ROLES):
        context = browser.new_context()
        page = context.new_page()
        watch = Watch()
        page.add_init_script(VIOLATION_PROBE)
        page.on("console", watch.console)
        answers = random_answers(bank, rng)
        bodies.append(respond(page, mini_sub_url, role, answers))
        saved = download(page, "responses", tmp_path)
        names.append(f"r{index}.json")
        saved.rename(tmp_path / names[-1])
        assert watch.errors == []
        context.close()

    page = browser.new_page()
    open_team(page, mini_sub_url)
    pasted = "\n\n> quoted reply\n".join(f"From: someone\nSubject: x\n\n{b}" for b in bodies)
    page.fill('textarea[data-action="paste-codes"]', pasted + "\n" + bodies[0])  # one repeated
    page.click('[data-action="read-codes"]')
    report_ready(page)
    browser_json = json.loads(download(page, "team-json", tmp_path).read_text("utf-8"))
    cli_json = json.loads(cli(tmp_path, "aggregate", BANKS / "mini.yml", *names,
                              "--format", "json", "--lang", "es"))  # fmt: skip
    assert browser_json["respondents"] == 3
    assert browser_json["rejected"] == []
    for key in ("respondents", "by_role", "overall", "sections", "questions", "gaps"):
        assert browser_json[key] == cli_json[key], key
    page.close()


def test_a_resume_link_restores_answers_after_confirmation(
    browser: Browser, mini_sub_url: str
) -> None:
    bank = mini_json()
    answers = random_answers(bank, random.Random(7))
    context = browser.new_context()
    page = context.new_page()
    open_assessment(page, mini_sub_url, "mini")
    answer(page, answers)
    page.select_option('select[name="respondent.role"]', "equipo")
    question = next(q for s in bank["sections"] for q in s["questions"])
    page.locator(f'fieldset[data-question="{question["id"]}"] .sa-note-toggle').click()
    page.fill(f'textarea[name="note:{question["id"]}"]', HOSTILE)
    wait_engine(page)
    page.click('[data-action="resume-link"]')
    link_field = page.locator("[data-selfassess-resume-link]")
    expect(link_field).to_have_value(re.compile(r"#resume=SA1-mini-"),
                                     timeout=ENGINE_TIMEOUT)  # fmt: skip
    link = link_field.input_value()
    original = page.evaluate(SAVED)
    context.close()

    fresh = browser.new_context()
    page = fresh.new_page()
    page.goto(link)
    dialog = page.locator("dialog[data-selfassess-resume]")
    expect(dialog).to_be_visible(timeout=ENGINE_TIMEOUT)
    expect(dialog).to_have_attribute("aria-labelledby", "sa-resume-title")
    expect(dialog).to_contain_text("rol: Equipo")
    expect(page.locator('[data-action="resume-keep"]')).to_be_focused()
    page.click('[data-action="resume-replace"]')
    expect(dialog).to_have_count(0)
    saved = page.evaluate(SAVED)
    assert {k: v for k, v in saved["answers"].items() if v is not None} == {
        k: v for k, v in original["answers"].items() if v is not None
    }
    assert saved["respondent"]["role"] == "equipo"
    assert saved["notes"] == {question["id"]: HOSTILE}
    assert page.locator("img[src=x]").count() == 0
    assert "#" not in page.url
    fresh.close()


def test_declining_a_resume_link_loses_nothing(browser: Browser, mini_sub_url: str) -> None:
    bank = mini_json()
    mine = random_answers(bank, random.Random(1))
    theirs = random_answers(bank, random.Random(2))
    bank_model = bank_from_json(bank)
    text = response_text(bank, theirs, "direccion", "", "es")
    code = encode(bank_model, read_response(text, bank_model, "theirs").response)
    context = browser.new_context()
    page = context.new_page()
    open_assessment(page, mini_sub_url, "mini")
    answer(page, mine)
    before = page.evaluate(SAVED)
    page.close()

    page = context.new_page()
    url = mini_sub_url + page_url("mini")
    page.goto(f"{url}#resume={code}")
    dialog = page.locator("dialog[data-selfassess-resume]")
    expect(dialog).to_be_visible(timeout=ENGINE_TIMEOUT)
    page.keyboard.press("Escape")  # as "Keep mine"
    expect(dialog).to_have_count(0)
    expect(page.locator("[data-selfassess-messages]")).to_contain_text("Se conservan")
    assert page.evaluate(SAVED) == before
    assert "#" not in page.url
    context.close()


def _hostile_codes() -> dict[str, str]:
    """Codes no one should be able to use, by what the message says about each."""
    bank = bank_from_json(mini_json())
    good = encode(bank, read_response(
        response_text(mini_json(), random_answers(mini_json(), random.Random(3)), "", "", "es"),
        bank, "x").response)  # fmt: skip
    other = bank_from_json(load_bank(BANKS.parent.parent / "questionbank" / "bloques-cx.yml"))
    other_text = response_text(load_bank(BANKS.parent.parent / "questionbank" / "bloques-cx.yml"),
                               {}, "", "", "es")  # fmt: skip
    tampered = good[:12] + ("A" if good[12] != "A" else "B") + good[13:]
    return {
        "cortado": good[:-6],
        "dañado": tampered,
        "bloques-cx": encode(other, read_response(other_text, other, "y").response),
        "pasa de": "SA1-mini-" + "A" * 150_000 + ".",
        "no es un código": HOSTILE,
    }


@pytest.mark.parametrize("why", list(_hostile_codes()))
def test_a_hostile_resume_link_says_what_is_wrong(
    page: Page, watch: Watch, mini_sub_url: str, why: str
) -> None:
    code = _hostile_codes()[why]
    page.goto(f"{mini_sub_url}{page_url('mini')}#resume={code}")
    messages = page.locator("[data-selfassess-messages]")
    expect(messages).to_contain_text(why, timeout=ENGINE_TIMEOUT)
    expect(page.locator("dialog")).to_have_count(0)
    assert page.locator("[data-selfassess-messages] *").count() == 0
    assert page.locator("img[src=x]").count() == 0
    assert page.title() != "pwned"
    assert "#" not in page.url


def test_hostile_pasted_codes_are_listed_with_why(
    page: Page, watch: Watch, mini_sub_url: str
) -> None:
    codes = _hostile_codes()
    pasted = "\n".join(f"{HOSTILE}\n{code}\n<script>document.title='pwned'</script>"
                       for code in codes.values())  # fmt: skip
    open_team(page, mini_sub_url)
    page.fill('textarea[data-action="paste-codes"]', pasted)
    page.click('[data-action="read-codes"]')
    report_ready(page)
    report = page.locator("[data-selfassess-report]")
    for why in ("cortado", "dañado", "bloques-cx", "pasa de"):
        expect(report.locator("tr.sa-rejected", has_text=why)).not_to_have_count(0)
    expect(report.locator("img, script")).to_have_count(0)
    assert page.title() != "pwned"
