"""The report as CSV: one row per question, for spreadsheets (RFC 4180 through the csv module)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from selfassess.core.model import NOT_APPLICABLE
from selfassess.core.render.view import ReportView
from selfassess.core.strings import format_score, text

COLUMNS = (
    "csv_section",
    "csv_question",
    "csv_question_text",
    "csv_answer",
    "csv_value",
    "csv_section_score",
    "csv_gap",
    "csv_action",
    "csv_note",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets a quote before it."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV text: RFC 4180 quoting through the csv module, CRLF line ends."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def render_csv(view: ReportView) -> str:
    sections = {s.id: s for s in view.sections}
    rows: list[list[str]] = []
    rows.append([text(view.language, column) for column in COLUMNS])
    for q in view.questions:
        section = sections.get(q.section)
        value = None if q.value is None else q.value * 100
        answer = NOT_APPLICABLE if q.answer == NOT_APPLICABLE else q.answer_label
        rows.append(
            [
                spreadsheet_text(q.section_title),
                spreadsheet_text(q.id),
                spreadsheet_text(q.text),
                spreadsheet_text(answer),
                format_score(value, missing=""),
                format_score(section.score if section else None, missing=""),
                format_score(section.gap if section else None, missing=""),
                spreadsheet_text(q.action),
                spreadsheet_text(q.note),
            ]
        )
    return csv_text(rows)
