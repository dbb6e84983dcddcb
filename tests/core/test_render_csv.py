"""The CSV report: one row per question under a header in the report's language."""

from __future__ import annotations

import csv
import io
import re

import pytest

from selfassess.core.render import render_report
from selfassess.core.render.escape import spreadsheet_text
from tests.core.test_render import FORMULA_NOTE, HOSTILE_NOTE, sample_bank, sample_report


def _rows(language: str = "es") -> list[list[str]]:
    text = render_report(sample_report(language), sample_bank(), "csv")
    return list(csv.reader(io.StringIO(text, newline="")))


def _by_question(language: str = "en") -> dict[str, dict[str, str]]:
    header, *rows = _rows(language)
    return {row[1]: dict(zip(header, row, strict=True)) for row in rows}


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("es", ["Sección", "Pregunta", "Texto de la pregunta", "Respuesta", "Valor (0–100)",
                "Puntuación de la sección", "Brecha de la sección", "Acción", "Nota",
                "Orden en el plan", "Fase (nivel)", "Responsable", "Fecha"]),
        ("en", ["Section", "Question", "Question text", "Answer", "Value (0–100)",
                "Section score", "Section gap", "Action", "Note", "Plan order", "Phase (level)",
                "Owner", "Date"]),
    ],
)  # fmt: skip
def test_a_header_in_the_report_language_and_a_row_per_question(
    language: str, header: list[str]
) -> None:
    rows = _rows(language)
    assert rows[0] == header
    assert len(rows) == 1 + 7
    assert all(len(row) == len(header) for row in rows)
    assert [row[1] for row in rows[1:]] == ["q1", "q2", "q3", "q4", "q5", "q6", "q7"]


def test_lines_end_in_crlf_as_rfc_4180_says() -> None:
    text = render_report(sample_report(), sample_bank(), "csv")
    assert text.count("\r\n") == 8  # the note's own line break stays inside its quoted field
    assert '"' + HOSTILE_NOTE + '"' in text
    assert text.endswith("\r\n")


def test_answers_values_and_section_numbers() -> None:
    rows = _by_question()
    assert rows["q1"]["Answer"] == "2 (en)"
    assert rows["q1"]["Value (0–100)"] == "25.0"
    assert rows["q1"]["Section score"] == "37.5" and rows["q1"]["Section gap"] == "37.5"
    assert rows["q4"]["Answer"] == "x (en); y (en)"
    assert rows["q5"]["Answer"] == "na" and rows["q5"]["Value (0–100)"] == ""
    assert rows["q6"]["Answer"] == "" and rows["q6"]["Section score"] == ""
    assert rows["q7"]["Section gap"] == "0.0"


def test_the_action_is_given_only_where_the_answer_falls_short() -> None:
    rows = _by_question()
    assert rows["q3"]["Action"] == "Action for q3."
    assert rows["q7"]["Action"] == "" and rows["q5"]["Action"] == ""


def test_notes_come_back_whole_and_a_formula_stays_text() -> None:
    rows = _by_question()
    assert rows["q1"]["Note"] == HOSTILE_NOTE
    assert rows["q2"]["Note"] == "'" + FORMULA_NOTE


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
def test_spreadsheet_text_defuses_formulas(value: str) -> None:
    assert spreadsheet_text(value) == "'" + value


def test_spreadsheet_text_leaves_plain_text_alone() -> None:
    assert (
        spreadsheet_text("¿Tenéis los valores escritos? = sí")
        == "¿Tenéis los valores escritos? = sí"
    )


def test_the_plan_columns_number_the_steps_in_the_order_the_plan_shows_them() -> None:
    rows = _by_question()
    markdown = render_report(sample_report("en"), sample_bank(), "md")
    shown = re.findall(r"\| Action for (q\d)\. \|", markdown.split("## Action plan", 1)[1])
    planned = sorted(
        (r for r in rows.values() if r["Plan order"]), key=lambda r: int(r["Plan order"])
    )
    assert [r["Question"] for r in planned] == shown == ["q1", "q2", "q4", "q3"]
    assert [r["Plan order"] for r in planned] == ["1", "2", "3", "4"]
    # No levels: no phase; owner and date are left for the planning session.
    assert {(r["Phase (level)"], r["Owner"], r["Date"]) for r in rows.values()} == {("", "", "")}
    assert [rows[q]["Plan order"] for q in ("q5", "q6", "q7")] == ["", "", ""]
