"""The HTML report: well-formed, self-contained, script-free, escaped, and printable on A4."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings

from selfassess.core.model import Bank
from selfassess.core.render import render_report, report_body_html
from selfassess.core.results import Report
from selfassess.core.scoring import score
from tests.core.strategies import answered, banks_with_answers
from tests.core.test_render import (
    BRAND,
    HOSTILE_NAME,
    HOSTILE_NOTE,
    HOSTILE_ROLE,
    sample_bank,
    sample_report,
)

VOID_ELEMENTS = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source"}
SVG_NS = "{http://www.w3.org/2000/svg}"


class CheckedDocument(HTMLParser):
    """Parses HTML, failing on any mis-nested tag; keeps tags, attributes and text for asserts."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self.feed(markup)
        self.close()
        assert not self.open, f"unclosed tags: {self.open}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append(data)

    def names(self) -> list[str]:
        return [tag for tag, _ in self.tags]

    def classes(self) -> set[str]:
        return {c for _, attrs in self.tags for c in (attrs.get("class") or "").split()}


def assert_inert(doc: CheckedDocument) -> None:
    assert "script" not in doc.names()
    assert "img" not in doc.names()
    for tag, attrs in doc.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}>"
            if name in {"src", "href", "action", "xlink:href"}:
                assert not re.match(r"\s*(https?:)?//", value or ""), f"<{tag} {name}={value}>"


@pytest.fixture
def document() -> str:
    return render_report(sample_report(), sample_bank(), "html", BRAND)


def test_the_document_is_well_formed_and_self_contained(document: str) -> None:
    doc = CheckedDocument(document)
    assert_inert(doc)
    assert doc.names()[:2] == ["html", "head"]
    assert "link" not in doc.names()
    assert "@import" not in document and "url(" not in document


def test_hostile_names_roles_and_notes_come_out_as_text(document: str) -> None:
    doc = CheckedDocument(document)
    assert HOSTILE_NAME in doc.texts
    assert HOSTILE_ROLE in doc.texts
    assert " ".join(doc.texts).count("[link](javascript:alert(1))") == 1
    assert "<script>" not in document and "<img" not in document and "<b>" not in document
    assert HOSTILE_NOTE.replace("<", "&lt;").replace(">", "&gt;") in document


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_document_is_in_the_report_language(language: str) -> None:
    document = render_report(sample_report(language), sample_bank(), "html")
    assert f'<html lang="{language}">' in document
    heading = {"es": "Informe de autoevaluación", "en": "Self-assessment report"}[language]
    assert heading in CheckedDocument(document).texts
    title = {"es": "Auditoría de muestra", "en": "Sample audit"}[language]
    assert f"{heading} — {title}</title>" in document


def test_the_document_prints_on_a4_without_cutting_table_rows(document: str) -> None:
    style = re.search(r"<style>(.*)</style>", document, re.S)
    assert style
    css = style.group(1)
    assert re.search(r"@page\s*{[^}]*size:\s*A4", css)
    assert re.search(r"\.sa-table tr\s*{[^}]*break-inside:\s*avoid", css)
    assert "--sa-primary: #8b1f5f" in css


def test_the_document_wraps_the_body_that_the_site_shows() -> None:
    body = report_body_html(sample_report(), sample_bank(), BRAND)
    assert body in render_report(sample_report(), sample_bank(), "html", BRAND)
    doc = CheckedDocument(body)
    assert not {"html", "head", "body", "style", "script"} & set(doc.names())
    assert doc.names()[0] == "article"
    assert all(c.startswith("sa-") for c in doc.classes())


def test_the_body_shows_both_charts_and_the_numbers_as_a_table() -> None:
    body = report_body_html(sample_report(), sample_bank())
    doc = CheckedDocument(body)
    assert {"sa-chart-radar", "sa-chart-bar", "sa-sections-table"} <= doc.classes()
    for svg in re.findall(r"<svg.*?</svg>", body, re.S):
        root = ET.fromstring(svg)
        assert root.get("role") == "img"
        assert root.find(f"{SVG_NS}title") is not None
    rows = re.findall(r'<tr data-section="(\w+)">(.*?)</tr>', body)
    assert [sid for sid, _ in rows] == ["valores", "mision", "lideres", "clientes"]
    cells = [re.findall(r'<td class="sa-num">(.*?)</td>', row) for _, row in rows]
    # The sample report is in Spanish: a decimal comma.
    assert cells == [
        ["37,5", "75,0", "37,5"],
        ["55,0", "80,0", "25,0"],
        ["—", "75,0", "—"],
        ["100,0", "75,0", "0,0"],
    ]


def test_a_section_without_score_is_left_out_of_the_radar() -> None:
    body = report_body_html(sample_report(), sample_bank())
    radar = re.search(r'sa-chart-radar">.*?(<svg.*?</svg>)', body, re.S)
    assert radar
    score_points = ET.fromstring(radar.group(1)).findall(f"{SVG_NS}circle")
    assert len(score_points) == 3  # four sections, one without a score


def test_the_action_plan_has_a_row_per_action_with_empty_owner_and_date() -> None:
    body = report_body_html(sample_report("en"), sample_bank())
    plan = re.search(r'<table class="sa-table sa-plan-table">.*?</table>', body, re.S)
    assert plan
    headers = re.findall(r'<th scope="col">(.*?)</th>', plan.group(0))
    assert headers == ["Gap", "Action", "Owner", "Date"]
    rows = re.findall(r"<tbody>(.*)</tbody>", plan.group(0))[0].split("</tr>")[:-1]
    assert len(rows) == 4
    assert all(row.count('<td class="sa-blank"></td>') == 2 for row in rows)
    assert "Action for q1." in rows[0]


def test_a_report_with_no_gap_says_so_and_has_no_plan() -> None:
    body = report_body_html(sample_report("en", gaps=()), sample_bank())
    assert "No section falls short of its target." in body
    assert "sa-plan" not in body


def test_two_sections_give_a_bar_chart_only(mini_bank: Bank) -> None:
    report = score(mini_bank, answered(mini_bank, {}))
    body = report_body_html(report, mini_bank)
    classes = CheckedDocument(body).classes()
    assert "sa-chart-bar" in classes and "sa-chart-radar" not in classes


def test_unanswered_unknown_and_noted_questions_are_listed() -> None:
    doc = CheckedDocument(report_body_html(sample_report("en"), sample_bank()))
    assert {"sa-unanswered", "sa-unknown", "sa-notes"} <= doc.classes()
    assert "(q6)" in doc.texts and "(q5)" in doc.texts


@settings(max_examples=40, deadline=None)
@given(banks_with_answers())
def test_any_scored_bank_gives_a_well_formed_inert_document(case: tuple[Bank, dict]) -> None:
    bank, answers = case
    report: Report = score(bank, answered(bank, answers, respondent_name=HOSTILE_NAME))
    doc = CheckedDocument(render_report(report, bank, "html"))
    assert_inert(doc)
    assert HOSTILE_NAME in doc.texts
