"""Driving an assessment page the way a person does: clicks, downloads, file choosers."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from selfassess.pages.urls import page_url
from tests.browser.conftest import ENGINE_TIMEOUT

Answers = dict[str, Any]


def open_assessment(page: Page, site_url: str, bank_id: str) -> None:
    page.goto(site_url + page_url(bank_id))
    page.locator(f'form[data-selfassess-bank="{bank_id}"]').wait_for()


def wait_engine(page: Page, state: str = "ready") -> None:
    page.locator(f'[data-selfassess-status][data-state="{state}"]').wait_for(timeout=ENGINE_TIMEOUT)


WAIT_FOR_CONTROL = """async () => {
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true });
    });
  }
  return caches.keys();
}"""
"""(page.wait_for_function evaluates strings, which the site's CSP forbids.)"""


def wait_for_service_worker(page: Page) -> list[str]:
    """Wait until the service worker controls the page; the names of the caches."""
    return page.evaluate(WAIT_FOR_CONTROL)


def choice(page: Page, question_id: str, option_id: str):
    return page.locator(f'input[name="{question_id}"][value="{option_id}"]')


def answer(page: Page, answers: Answers) -> None:
    """Tick each answer: an option id, a list of ids (checklist), "na"; None leaves it alone."""
    for question_id, value in answers.items():
        for option_id in value if isinstance(value, list) else [] if value is None else [value]:
            choice(page, question_id, option_id).check()


def random_answers(bank: dict[str, Any], rng: random.Random) -> Answers:
    """Some unanswered, some "don't know", the rest random options (checklists: random subsets)."""
    answers: Answers = {}
    for section in bank["sections"]:
        for question in section["questions"]:
            options = [o["id"] for o in question["options"]]
            roll = rng.random()
            if roll < 0.15:
                answers[question["id"]] = None
            elif roll < 0.25:
                answers[question["id"]] = "na"
            elif question["type"] == "checklist":
                picked = [o for o in options if rng.random() < 0.5] or options[:1]
                answers[question["id"]] = picked
            else:
                answers[question["id"]] = rng.choice(options)
    return answers


def download(page: Page, kind: str, folder: Path) -> Path:
    """Click a `data-download` button and save what the browser downloads."""
    with page.expect_download(timeout=ENGINE_TIMEOUT) as info:
        page.click(f'[data-download="{kind}"]')
    target = folder / info.value.suggested_filename
    info.value.save_as(target)
    return target


def show_results(page: Page) -> None:
    page.click('[data-action="show-results"]')
    page.locator('[data-selfassess-report][data-ready="true"]').wait_for(timeout=ENGINE_TIMEOUT)
