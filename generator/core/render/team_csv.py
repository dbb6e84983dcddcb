"""The team report as CSV: one row for the team, one per section, one per question."""

from __future__ import annotations

from selfassess.core.render.csv_report import csv_text, spreadsheet_text
from selfassess.core.render.team_view import StatsView, TeamView
from selfassess.core.strings import format_score, text

COLUMNS = (
    "csv_level", "csv_section", "csv_id", "csv_title", "csv_mean", "csv_min", "csv_max",
    "csv_spread", "csv_count", "csv_unknown", "csv_disagreement", "col_target", "col_gap",
)  # fmt: skip


def render_team_csv(view: TeamView) -> str:
    lang = view.language
    rows: list[list[str]] = []
    role_columns = [text(lang, "csv_role_mean", role=r.label) for r in view.roles]
    rows.append([*(text(lang, c) for c in COLUMNS), *map(spreadsheet_text, role_columns)])

    def row(level: str, section: str, item: str, title: str, stats: StatsView, *rest: str) -> list:
        numbers = (stats.mean, stats.min, stats.max, stats.spread)
        return [
            text(lang, level),
            spreadsheet_text(section),
            spreadsheet_text(item),
            spreadsheet_text(title),
            *(format_score(v, missing="") for v in numbers),
            str(stats.count),
            *rest[:1],
            text(lang, "csv_yes") if stats.disagreement else "",
            *rest[1:],
        ]

    blank_roles = ["" for _ in view.roles]
    rows.append(
        row("csv_level_overall", "", "", view.bank_title, view.overall, "", "", "", *blank_roles)
    )
    for s in view.sections:
        by_role = dict(s.by_role)
        rows.append(
            row(
                "csv_level_section", s.title, s.id, s.title, s.stats, "",
                format_score(s.target, missing=""), format_score(s.gap, missing=""),
                *(format_score(by_role[r.id].mean, missing="") for r in view.roles),
            )
        )  # fmt: skip
    for q in view.questions:
        by_role = dict(q.by_role)
        rows.append(
            row(
                "csv_level_question", q.section_title, q.id, q.text, q.stats, str(q.unknown),
                "", "",
                *(format_score(by_role[r.id].mean, missing="") for r in view.roles),
            )
        )  # fmt: skip
    return csv_text(rows)
