"""The comparison as CSV: one row for the overall score, one per section and per question,
then one per question or section found on one side only."""

from __future__ import annotations

from selfassess.core.render.compare_view import CompareView
from selfassess.core.render.csv_report import csv_text, spreadsheet_text
from selfassess.core.strings import format_score, text

COLUMNS = ("csv_level", "csv_id", "csv_title", "col_baseline", "col_current", "col_delta",
           "col_status")  # fmt: skip


def render_compare_csv(view: CompareView) -> str:
    lang = view.language
    rows: list[list[str]] = []
    rows.append([text(lang, c) for c in COLUMNS])
    levels = {"overall": "csv_level_overall", "section": "csv_level_section",
              "question": "csv_level_question"}  # fmt: skip
    for d in (view.overall, *view.sections, *view.questions):
        rows.append(
            [
                text(lang, levels[d.kind]),
                spreadsheet_text(d.id if d.kind != "overall" else ""),
                spreadsheet_text(d.title),
                format_score(d.baseline, missing=""),
                format_score(d.current, missing=""),
                format_score(d.delta, missing=""),
                d.status_label,
            ]
        )
    one_sided = (
        ("csv_level_section", "compare_sections_added", view.sections_added),
        ("csv_level_section", "compare_sections_removed", view.sections_removed),
        ("csv_level_question", "compare_questions_added", view.questions_added),
        ("csv_level_question", "compare_questions_removed", view.questions_removed),
        ("csv_level_question", "compare_questions_changed", view.questions_changed),
    )
    for level, what, items in one_sided:
        for item in items:
            rows.append(
                [text(lang, level), spreadsheet_text(item.id), spreadsheet_text(item.title),
                 "", "", "", text(lang, what)]
            )  # fmt: skip
    return csv_text(rows)
