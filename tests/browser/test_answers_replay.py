"""Property: any sequence of answering, changing, clearing and reloading restores the last state."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Page

from selfassess.load import load_bank
from tests.browser.assessment import open_assessment
from tests.site.sites import REPO

pytestmark = pytest.mark.browser

MINI = load_bank(REPO / "tests" / "banks" / "mini.yml")
QUESTIONS = {q["id"]: q for s in MINI["sections"] for q in s["questions"]}


def _choices(question: dict[str, Any]) -> list[str]:
    extra = ["_none"] if question["type"] == "checklist" else []
    return [o["id"] for o in question["options"]] + extra + ["na"]


def _ticks(qid: str) -> st.SearchStrategy[tuple[str, str, str]]:
    return st.tuples(st.just("tick"), st.just(qid), st.sampled_from(_choices(QUESTIONS[qid])))


STEPS = st.one_of(
    st.sampled_from(sorted(QUESTIONS)).flatmap(_ticks),
    st.tuples(st.just("name"), st.text("abcñ <>&\"'", max_size=8), st.just("")),
    st.tuples(st.just("clear"), st.just(""), st.just("")),
    st.tuples(st.just("reload"), st.just(""), st.just("")),
)


def _tick(state: dict[str, Any], qid: str, value: str) -> None:
    """What a click does to the model: radios replace, checkboxes toggle, exclusives exclude."""
    if QUESTIONS[qid]["type"] != "checklist":
        state[qid] = {value}
        return
    now = state.get(qid, set())
    if value in now:
        state[qid] = now - {value}
    elif value in ("na", "_none"):
        state[qid] = {value}
    else:
        state[qid] = (now - {"na", "_none"}) | {value}


def _form_state(page: Page) -> tuple[dict[str, set[str]], str]:
    checked = page.evaluate(
        "[...document.querySelectorAll('fieldset[data-question] input:checked')]"
        ".map((i) => [i.name, i.value])"
    )
    state: dict[str, set[str]] = {}
    for name, value in checked:
        state.setdefault(name, set()).add(value)
    return state, page.input_value("#sa-respondent-name")


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(STEPS, min_size=1, max_size=12))
def test_reload_restores_the_last_state(page: Page, mini_sub_url: str, steps) -> None:
    open_assessment(page, mini_sub_url, "mini")
    page.evaluate("localStorage.clear()")
    page.reload()
    state: dict[str, set[str]] = {}
    name = ""
    for action, target, value in steps:
        if action == "tick":
            page.click(f'input[name="{target}"][value="{value}"]')
            _tick(state, target, value)
        elif action == "name":
            page.fill("#sa-respondent-name", target)
            name = target
        elif action == "clear":
            page.once("dialog", lambda dialog: dialog.accept())
            page.click('[data-action="clear"]')
            state, name = {}, ""
        else:
            page.reload()
            page.locator(".sa-assessment[data-interactive]").wait_for()
        assert _form_state(page) == ({k: v for k, v in state.items() if v}, name)
    page.reload()
    page.locator(".sa-assessment[data-interactive]").wait_for()
    assert _form_state(page) == ({k: v for k, v in state.items() if v}, name)
