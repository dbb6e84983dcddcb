"""Accessibility in real Chromium: axe-core on every page type, keyboard-only answering, visible
focus, announced status changes, and the charts' table.

axe-core comes from npm (pinned in package.json, never shipped with the site). It is evaluated
through the DevTools protocol (`page.evaluate`), which the page's Content-Security-Policy does not
govern: an injected `<script>` tag would be refused, as `script-src 'self'` intends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.assessment import (
    answer,
    choice,
    download,
    open_assessment,
    show_results,
    wait_engine,
)
from tests.browser.conftest import Watch
from tests.browser.test_team import open_team, report_ready, team_folder
from tests.site.sites import REPO

pytestmark = pytest.mark.browser

AXE = (REPO / "node_modules" / "axe-core" / "axe.min.js").read_text("utf-8")
RUN_AXE = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations
    .filter((v) => ["serious", "critical"].includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}"""
RUN_AXE_ON = """async (element) => {
  const result = await axe.run(element, { resultTypes: ["violations"] });
  return result.violations
    .filter((v) => ["serious", "critical"].includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}"""
"""axe on one element: what focusing or hovering it changes is its own look."""
FOCUSED = """() => {
  const e = document.activeElement;
  const group = e.name ? [...document.getElementsByName(e.name)] : [];
  const style = getComputedStyle(e);
  return {
    tag: e.tagName.toLowerCase(), type: e.type || "", name: e.name || "",
    action: e.dataset.action || "", inContent: !!e.closest(".md-content"),
    groupAnswered: group.some((input) => input.checked),
    outline: `${style.outlineStyle} ${style.outlineWidth}`,
  };
}"""
MAX_TABS = 400


TRANSITIONS_DONE = """() => Promise.all(document.getAnimations()
    .filter((animation) => animation instanceof CSSTransition)
    .map((animation) => animation.finished.catch(() => null)))"""
"""Resolves once every colour or shadow a state change started has reached its end."""
RENDER_SKIPPED = """() => document.querySelectorAll(".sa-report > section")
    .forEach((section) => { section.style.contentVisibility = "visible"; })"""
"""The report's sections below the fold are laid out only when scrolled to (content-visibility:
auto); axe reads colours from laid-out boxes, and on a skipped one it finds the footer's instead.
A reader sees each section laid out once it is on screen, so axe checks them laid out."""


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now, once the colours a
    change started (Material's back-to-top button fades in on scroll) have settled."""
    page.evaluate(AXE)
    page.evaluate(RENDER_SKIPPED)
    page.evaluate(TRANSITIONS_DONE)
    return page.evaluate(RUN_AXE)



CONTROLS = {
    "show-results button": '[data-action="show-results"]',
    "download button": "[data-download]:visible",
    "note button": ".sa-note-toggle:visible",
    "link in the text": ".sa-meta a:visible",
    "navigation link": ".md-nav__link[href]:visible",
    "header link": ".md-header a:visible",
    "radio": 'fieldset[data-question] input[type="radio"]',
    "checkbox": 'fieldset[data-question] input[type="checkbox"]',
    "select": "#sa-respondent-role",
    "text input": "#sa-respondent-name",
    "number input": "[data-target-section]",
    "file input": '[data-action="import"]',
}
"""One control of each kind on an assessment page with its results shown."""


def page_types(site: Path) -> list[str]:
    """One page of each kind in a built site: every page outside assess/, and for the pages of
    each bank (assessment, printable, team, compare, ...) those of the first bank only; the
    others come from the same templates, and each would start Pyodide."""
    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))
    first_bank = next(p.split("/")[1] for p in pages if p.startswith("assess/"))
    kept = [p for p in pages if not p.startswith(("assets/", "assess/")) or _of(p, first_bank)]
    return [f"{p}/".removeprefix("./") for p in kept]


def _of(page: str, bank_id: str) -> bool:
    return page.startswith(f"assess/{bank_id}/") or page == f"assess/{bank_id}"


def test_every_page_of_the_default_site_passes_axe(
    page: Page, watch: Watch, default_site: Path, default_url: str
):
    """Home, guides, assessments, printable questionnaires, team, compare, privacy, the rest."""
    paths = page_types(default_site)
    kinds = {"", "privacidad/", "assess/bloques-cx/", "assess/bloques-cx/print/"}
    assert kinds | {"assess/bloques-cx/team/", "assess/bloques-cx/compare/"} <= set(paths)
    found = {}
    for path in paths:
        page.goto(f"{default_url}{path}")
        violations = serious_violations(page)
        if violations:
            found[path] = violations
    assert found == {}


def test_results_and_the_html_report_pass_axe_and_are_announced(
    page: Page, watch: Watch, default_url: str, tmp_path: Path
):
    open_assessment(page, default_url, "bloques-cx")
    for question in page.locator("fieldset[data-question]").all():
        if question.is_visible():  # the questions an answer above turned off stay hidden
            question.locator("input").first.check()
    expect(page.locator("[data-selfassess-saved]")).not_to_be_empty()
    wait_engine(page)
    show_results(page)
    expect(page.locator("#sa-results-title")).to_be_focused()
    expect(page.locator("[data-selfassess-results-status]")).to_contain_text(
        page.locator(".sa-score-value").inner_text()
    )
    page.locator("[data-selfassess-report] details.sa-chart-data summary").click()
    table_rows = page.locator("[data-selfassess-report] .sa-chart-table tbody tr")
    expect(table_rows).to_have_count(9)
    assert serious_violations(page) == []

    report = download(page, "report-html", tmp_path).read_text("utf-8")
    page.goto("about:blank")  # the report alone, not under the site page's CSP
    page.set_content(report)
    expect(page.locator(".sa-chart-table tbody tr")).to_have_count(9)
    assert serious_violations(page) == []


def test_team_and_compare_reports_pass_axe(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    paths = team_folder(tmp_path, count=6)
    open_team(page, mini_sub_url)
    page.locator('[data-selfassess-team="mini"] input[type="file"]').set_input_files(paths)
    report_ready(page)
    assert serious_violations(page) == []

    open_team(page, mini_sub_url, "compare")
    area = page.locator('[data-selfassess-compare="mini"]')
    area.locator('input[data-compare="baseline"]').set_input_files(paths[0])
    area.locator('input[data-compare="current"]').set_input_files(paths[1])
    report_ready(page)
    assert serious_violations(page) == []


def test_a_bank_is_answered_completely_with_the_keyboard_and_focus_shows(
    page: Page, watch: Watch, mini_sub_url: str
):
    """Tab through the page from the top; Space answers each question reached unanswered."""
    open_assessment(page, mini_sub_url, "mini")
    wait_engine(page)
    total = page.locator("fieldset[data-question]").count()
    unseen_outlines = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inContent"] and not focused["outline"].startswith(("solid", "auto")):
            unseen_outlines.append(focused)
        if focused["type"] in ("radio", "checkbox") and not focused["groupAnswered"]:
            page.keyboard.press("Space")
        elif focused["action"] == "show-results":
            page.keyboard.press("Enter")
            break
    else:
        pytest.fail("the 'show results' button was never reached with Tab")
    page.locator('[data-selfassess-report][data-ready="true"]').wait_for()
    expect(page.locator('[data-progress-text="overall"]')).to_have_text(
        f"{total} de {total} respondidas"
    )
    expect(page.locator("#sa-results-title")).to_be_focused()
    assert unseen_outlines == [], "elements focused with the keyboard and no visible outline"


def test_each_kind_of_control_passes_axe_focused_and_hovered(
    page: Page, watch: Watch, default_url: str
):
    """Focused or hovered, a control changes colour: the text on it must stay readable."""
    open_assessment(page, default_url, "bloques-cx")
    wait_engine(page)
    answer(page, {"valores-escritos": "3"})
    show_results(page)
    page.evaluate(AXE)
    found = {}
    for kind, selector in CONTROLS.items():
        control = page.locator(selector).first
        control.scroll_into_view_if_needed()
        for state, act in (("focused", control.focus), ("hovered", control.hover)):
            act()
            page.evaluate(TRANSITIONS_DONE)  # axe reads colours: not while they are changing
            violations = control.evaluate(RUN_AXE_ON)
            if violations:
                found[f"{kind} {state}"] = violations
        page.mouse.move(0, 0)
    assert found == {}


def test_every_step_of_answering_passes_axe(
    page: Page, watch: Watch, default_url: str, tmp_path: Path
):
    """Start, some answers, results, targets changed, a download, an import: axe after each."""
    found = {}

    def check(step: str) -> None:
        violations = serious_violations(page)
        if violations:
            found[step] = violations

    open_assessment(page, default_url, "bloques-cx")
    wait_engine(page)
    check("start")
    answer(page, {"valores-escritos": "3", "valores-cliente": "na"})
    page.locator("#sa-respondent-name").fill("Ana")
    check("some answers")
    show_results(page)
    check("results shown")
    page.fill('[data-target-section="valores"]', "90")
    expect(page.locator("[data-selfassess-report]")).to_contain_text("90")
    check("targets changed")
    saved = download(page, "responses", tmp_path)
    check("download clicked")
    choice(page, "valores-escritos", "5").check()
    page.set_input_files('[data-action="import"]', saved)
    expect(choice(page, "valores-escritos", "3")).to_be_checked(timeout=180_000)
    check("import")
    assert found == {}
