"""A consultant's new English site in real Chromium, served under a sub-path: the brand on the
page, on the results and in every downloaded report; the own bank scores; nothing else is asked
of any other origin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from selfassess.pages.strings import ui
from selfassess.pages.urls import page_url
from tests.browser.assessment import answer, download, open_assessment, show_results
from tests.browser.conftest import Watch
from tests.site import branded

pytestmark = pytest.mark.browser


def test_branded_site_scores_the_own_bank_and_brands_every_report(
    page: Page, watch: Watch, branded_url: str, tmp_path: Path
):
    page.goto(branded_url)
    expect(page.locator(f'a[href="{page_url(branded.CUSTOM_BANK_ID)}"]').first).to_be_visible()
    expect(page.locator(".md-footer")).to_contain_text(branded.FOOTER)
    primary = page.evaluate(
        "getComputedStyle(document.querySelector('.md-header')).backgroundColor"
    )
    assert primary == "rgb(138, 28, 74)"  # #8a1c4a

    open_assessment(page, branded_url, branded.CUSTOM_BANK_ID)
    expect(page.locator(".sa-brand-intro")).to_contain_text(branded.INTRO)
    expect(page.locator(".md-header img[src$='logo.svg']")).to_be_visible()
    answer(page, branded.CUSTOM_ANSWERS)
    show_results(page)
    report_view = page.locator("[data-selfassess-report]")
    expect(report_view.locator(".sa-brand")).to_have_text(branded.BRAND_NAME)
    expect(report_view.locator(".sa-brand img.sa-brand-logo")).to_have_count(1)
    expect(report_view).to_contain_text("Overall score")
    expect(page.locator("[data-selfassess-status]")).to_have_text(ui("en")["status_ready"])

    report = json.loads(download(page, "report-json", tmp_path).read_text("utf-8"))
    assert report["overall"]["score"] == branded.CUSTOM_SCORE
    assert report["brand"] == {
        "name": branded.BRAND_NAME, "contact_email": branded.EMAIL, "contact_web": branded.WEB,
        "primary_color": branded.PRIMARY, "accent_color": branded.ACCENT,
        "footer": branded.FOOTER,
    }  # fmt: skip
    markdown = download(page, "report-md", tmp_path).read_text("utf-8")
    assert markdown.startswith(f"# {branded.BRAND_NAME} — ")
    assert branded.FOOTER in markdown and branded.EMAIL in markdown
    html = download(page, "report-html", tmp_path).read_text("utf-8")
    assert '<p class="sa-brand"><img class="sa-brand-logo" src="data:image/svg+xml;base64,' in html
    assert f"--sa-primary: {branded.PRIMARY};" in html
    assert f"<title>{branded.BRAND_NAME} — " in html
    assert "Informe" not in html and "Puntuación" not in html
