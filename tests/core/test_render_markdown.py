"""The Markdown report: its facts, its tables, and user text that stays literal."""

from __future__ import annotations

import re

import pytest

from selfassess.core.render import render_report
from selfassess.core.render.escape import markdown_text
from tests.core.test_render import BRAND, sample_bank, sample_report


def _md(language: str = "es", **changes: object) -> str:
    return render_report(sample_report(language, **changes), sample_bank(), "md", BRAND)


def _cells(line: str) -> list[str]:
    """A table row's cells, split on the pipes that are not escaped."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]


def _table_after(md: str, heading: str) -> list[list[str]]:
    section = md.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return [_cells(line) for line in section.splitlines() if line.startswith("|")]


@pytest.mark.parametrize(
    ("language", "title", "overall"),
    [
        (
            "es",
            "# Acme &lt;Consulting&gt; — Informe de autoevaluación",
            "- **Puntuación global:** 57,5 / 100",
        ),
        (
            "en",
            "# Acme &lt;Consulting&gt; — Self-assessment report",
            "- **Overall score:** 57.5 / 100",
        ),
    ],
)
def test_the_header_names_brand_bank_and_overall_result(
    language: str, title: str, overall: str
) -> None:
    md = _md(language)
    assert md.splitlines()[0] == title
    assert overall in md.splitlines()


def test_the_facts_give_rating_stage_and_completeness() -> None:
    lines = _md("en").splitlines()
    assert "- **Rating:** Room for improvement" in lines
    assert "- **Stage:** Involved" in lines
    assert (
        "- **Completeness:** 85.7% (5 answered and 1 “don't know / not applicable”, of 7 questions)"
        in lines
    )
    assert "- **Questionnaire:** Sample audit (muestra, version 2.1.0)" in lines


def test_the_sections_table_keeps_its_columns_and_writes_a_dash_for_no_score() -> None:
    rows = _table_after(_md("en"), "Results by section")
    assert rows[0] == ["Section", "Score", "Rating", "Target", "Gap"]
    assert all(len(row) == 5 for row in rows)
    assert rows[3] == ["Mission \\| purpose", "55.0", "Room for improvement", "80.0", "25.0"]
    assert rows[4] == ["Leaders", "—", "", "75.0", "—"]


def test_gaps_come_in_priority_order_with_their_actions() -> None:
    md = _md("en")
    gaps = md.split("## Gaps by priority", 1)[1].split("\n## ", 1)[0]
    assert "### 1. Values (gap 37.5 · priority 75.0)" in gaps
    assert "### 2. Mission \\| purpose (gap 25.0 · priority 25.0)" in gaps
    assert gaps.index("Action for q4.") < gaps.index("Action for q3.")


def test_the_action_plan_has_empty_owner_and_date() -> None:
    rows = _table_after(_md("es"), "Plan de acción")
    assert rows[0] == ["Brecha", "Acción", "Responsable", "Fecha"]
    assert rows[2] == ["Valores (37,5)", "Acción para q1.", "", ""]
    assert len(rows) == 2 + 4


def test_unanswered_and_unknown_questions_are_listed() -> None:
    md = _md("en")
    unanswered = md.split("## Unanswered questions", 1)[1].split("\n## ", 1)[0]
    unknown = md.split("## Questions answered “Don't know / Not applicable”", 1)[1]
    assert "Question q6? (`q6`)" in unanswered and "q5" not in unanswered
    assert unknown.splitlines()[2] == "- Question q5? (`q5`)"


def test_hostile_user_text_cannot_make_markup() -> None:
    md = _md("en")
    assert "<" not in md
    assert "](" not in md.replace("\\](", "")
    note = next(line for line in md.splitlines() if "pipes" in line)
    assert note == (
        "- **Question q1?** \\| pipes \\| \\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) "
        "&lt;b&gt;x&lt;/b&gt; \\# heading"
    )
    assert '- **Role:** "&gt;&lt;img src=x onerror=alert(1)&gt;' in md.splitlines()


@pytest.mark.parametrize(
    ("raw", "literal"),
    [
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("> not a quote", "&gt; not a quote"),
        ("72.5 stays a number", "72.5 stays a number"),
        ("two\nlines", "two lines"),
        ("`code` _em_ ~del~", "\\`code\\` \\_em\\_ \\~del\\~"),
    ],
)
def test_markdown_text_makes_text_literal(raw: str, literal: str) -> None:
    assert markdown_text(raw) == literal


def test_the_footer_carries_the_brand() -> None:
    md = _md("es")
    assert md.endswith(
        "Acme \\| informe confidencial\n\nContacto: hola@acme.example · acme.example\n"
    )
    assert "Contacto" not in render_report(sample_report(), sample_bank(), "md")
