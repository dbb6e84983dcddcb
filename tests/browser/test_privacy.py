"""Privacy, proven: every page of the default site and of a consultant's new branded site,
answered and downloaded, sends nothing away."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.assessment import download, wait_engine
from tests.browser.conftest import Watch

pytestmark = pytest.mark.browser

NAME = "Sonda-Privacidad-7731"
NOTE = "nota-secreta-5519"


@pytest.mark.parametrize("kind", ["default", "branded"])
def test_no_page_sends_answers_anywhere(
    page: Page, watch: Watch, request: pytest.FixtureRequest, kind: str, tmp_path: Path
):
    """The sites are the session's shared builds (conftest), served under a sub-path."""
    site: Path = request.getfixturevalue(f"{kind}_site")
    url: str = request.getfixturevalue(f"{kind}_url")
    sent: list[str] = []

    def record(outgoing: Request) -> None:
        sent.append(outgoing.url + "\n" + (outgoing.post_data or ""))

    page.on("request", record)
    urls = [
        html.parent.relative_to(site).as_posix() for html in sorted(site.rglob("index.html"))
    ]  # fmt: skip
    assessments = [u for u in urls if u.startswith("assess/") and u.count("/") == 1]
    assert assessments, "no assessment page"
    for relative in urls:
        page.goto(url + ("" if relative == "." else relative + "/"))
        expect(page.locator(".md-content")).to_be_visible()
        if relative not in assessments:
            continue
        page.fill("#sa-respondent-name", NAME)
        first = page.locator("fieldset[data-question]").first
        first.locator("input").first.check()
        first.locator(".sa-note-toggle").click()
        first.locator("textarea").fill(NOTE)
        download(page, "responses", tmp_path)
    page.goto(url + assessments[0] + "/")
    wait_engine(page)
    for kind in ("report-html", "report-json"):
        assert NAME in download(page, kind, tmp_path).read_text("utf-8")
    assert sent, "no request seen"
    for request in sent:
        assert NAME not in request and NOTE not in request, request
    assert watch.foreign == [] and watch.errors == []
