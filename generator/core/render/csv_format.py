"""Every report view as CSV, for spreadsheets (RFC 4180 through the csv module).

A report: one row per question. A team report: one row for the team, one per section and
per question. Both end with the plan's columns: a question's place in the plan and its phase.
A comparison: one row for the overall score, one per section and question, then one per item
found on one side only. A metric: its value, counts and distribution.
Every text cell is made safe for spreadsheets (no formula runs).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from selfassess.core.asking import NOT_ASKED_REASONS
from selfassess.core.model import NOT_APPLICABLE
from selfassess.core.render.escape import spreadsheet_text
from selfassess.core.render.numbers import Numbers
from selfassess.core.render.view_common import View
from selfassess.core.strings import text

if TYPE_CHECKING:
    from selfassess.core.render.view_compare import CompareView
    from selfassess.core.render.view_metric import MetricView
    from selfassess.core.render.view_report import QuestionView, ReportView, SectionView
    from selfassess.core.render.view_team import StatsView, TeamQuestionView, TeamView

REPORT_COLUMNS = (
    "csv_section", "csv_question", "csv_question_text", "csv_answer", "csv_value",
    "csv_section_score", "csv_gap", "csv_action", "csv_note",
)  # fmt: skip
TEAM_COLUMNS = (
    "csv_level", "csv_section", "csv_id", "csv_title", "csv_mean", "csv_min", "csv_max",
    "csv_spread", "csv_count", "csv_unknown", "csv_disagreement", "col_target", "col_gap",
)  # fmt: skip
COMPARE_COLUMNS = (
    "csv_level", "csv_id", "csv_title", "col_baseline", "col_current", "col_delta", "col_status",
)  # fmt: skip
MODEL2_COLUMNS = (
    "csv_group", "csv_stream", "csv_question_level", "csv_section_level", "csv_not_asked",
    "csv_criteria",
)  # fmt: skip
"""Added to a report's columns when the bank has groups, streams or levels."""
NOT_ASKED_COLUMNS = ("csv_not_asked", *(f"csv_not_asked_{r}" for r in NOT_ASKED_REASONS))
"""After "Don't know" on a team report's header when a question can be left unasked: the
respondents not asked it, then those of each reason."""
PLAN_COLUMNS = ("csv_plan_order", "col_phase", "col_owner", "col_date")
"""Last on every report's and team report's header: a question's place in the plan (1..n,
empty when it is not in it), the step's phase (its level, empty without levels), and owner and
date left blank for the planning session, as in the other formats' plan."""
_LEVELS = {kind: f"csv_level_{kind}" for kind in
           ("overall", "group", "section", "stream", "question")}  # fmt: skip


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV text: RFC 4180 quoting through the csv module, CRLF line ends."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def render_csv(view: View) -> str:
    """The view as the text of a CSV file."""
    return csv_text(_BY_KIND[view.kind](view))


_MACHINE = Numbers("en", machine=True)


def _score(value: float | None) -> str:
    return _MACHINE.score(value, missing="")


def _report(view: ReportView) -> list[list[str]]:
    sections = {s.id: s for s in view.sections}
    columns = (*REPORT_COLUMNS, *(MODEL2_COLUMNS if view.structured else ()), *PLAN_COLUMNS)
    rows = [[text(view.language, column) for column in columns]]
    plan = _plan_cells(view.plan_order, bool(view.levels))
    groups = {g.id: g.title for g in view.groups}
    streams = {t.key: t.title for s in view.sections for t in s.streams}
    for q in view.questions:
        section = sections.get(q.section)
        answer = NOT_APPLICABLE if q.answer == NOT_APPLICABLE else q.answer_label
        rows.append(
            [
                *map(spreadsheet_text, (q.section_title, q.id, q.text, answer)),
                _score(None if q.value is None else q.value * 100),
                _score(section.score if section else None),
                _score(section.gap if section else None),
                spreadsheet_text(q.action),
                spreadsheet_text(q.note),
                *(_model2_cells(q, section, groups, streams) if view.structured else ()),
                *plan.get(q.id, _NOT_PLANNED),
            ]
        )
    return rows


_NOT_PLANNED = ("",) * len(PLAN_COLUMNS)


def _plan_cells(order: Sequence[tuple[str, int]], phased: bool) -> dict[str, tuple[str, ...]]:
    """The plan's cells of each question in the plan, by question id, from the view's order."""
    return {
        question: (str(position), str(level) if phased else "", "", "")
        for position, (question, level) in enumerate(order, start=1)
    }


def _model2_cells(
    q: QuestionView, section: SectionView | None, groups: dict[str, str], streams: dict[str, str]
) -> list[str]:
    stream = streams.get(f"{q.section}/{q.stream}", q.stream) if q.stream else ""
    level = section.level if section else None
    return [
        spreadsheet_text(groups.get(q.group, q.group)), spreadsheet_text(stream),
        str(q.level) if q.level else "", "" if level is None else str(level), q.not_asked,
        spreadsheet_text("; ".join(q.criteria)),
    ]  # fmt: skip


def _team(view: TeamView) -> list[list[str]]:
    lang = view.language
    role_columns = [text(lang, "csv_role_mean", role=r.label) for r in view.roles]
    unknown = TEAM_COLUMNS.index("csv_unknown") + 1
    columns = TEAM_COLUMNS[:unknown] + (() if view.asks_everyone else NOT_ASKED_COLUMNS)
    columns += TEAM_COLUMNS[unknown:]
    rows = [[*(text(lang, c) for c in columns), *map(spreadsheet_text, role_columns),
             *(text(lang, c) for c in PLAN_COLUMNS)]]  # fmt: skip
    plan = _plan_cells(view.plan_order, bool(view.levels))
    blank = [""] * (1 if view.asks_everyone else 1 + len(NOT_ASKED_COLUMNS))  # off a question

    def row(
        level: str,
        section: str,
        item: str,
        title: str,
        stats: StatsView,
        counts: Sequence[str],
        target: str,
        gap: str,
        by_role: tuple[tuple[str, StatsView], ...] = (),
        planned: Sequence[str] = _NOT_PLANNED,
    ) -> list[str]:
        numbers = (stats.mean, stats.min, stats.max, stats.spread)
        means = dict(by_role)
        return [
            text(lang, level), *map(spreadsheet_text, (section, item, title)),
            *map(_score, numbers), str(stats.count), *counts,
            text(lang, "csv_yes") if stats.disagreement else "", target, gap,
            *(_score(means[r.id].mean) if means else "" for r in view.roles), *planned,
        ]  # fmt: skip

    title = view.header.bank_title
    rows.append(row("csv_level_overall", "", "", title, view.overall, blank, "", ""))
    for g in view.groups:
        rows.append(row("csv_level_group", "", g.id, g.title, g.stats, blank, "", "", g.by_role))
    for s in view.sections:
        rows.append(row("csv_level_section", s.title, s.id, s.title, s.stats, blank,
                        _score(s.target), _score(s.gap), s.by_role))  # fmt: skip
    titles = {s.id: s.title for s in view.sections}
    for t in view.streams:
        rows.append(row("csv_level_stream", titles.get(t.section, t.section), t.id, t.title,
                        t.stats, blank, "", "", t.by_role))  # fmt: skip
    for q in view.questions:
        rows.append(row("csv_level_question", q.section_title, q.id, q.text, q.stats,
                        _question_counts(view, q), "", "", q.by_role,
                        plan.get(q.id, _NOT_PLANNED)))  # fmt: skip
    return rows


def _question_counts(view: TeamView, q: TeamQuestionView) -> list[str]:
    """The question's "don't know" count, then, when it can be left unasked, its not-asked
    count and that of each reason, as numbers."""
    if view.asks_everyone:
        return [str(q.unknown)]
    reasons = q.not_asked_by_reason or {}
    return [str(q.unknown), str(q.not_asked), *(str(reasons.get(r, 0)) for r in NOT_ASKED_REASONS)]


def _compare(view: CompareView) -> list[list[str]]:
    lang = view.language
    rows = [[text(lang, c) for c in COMPARE_COLUMNS]]
    for d in (view.overall, *(d for _, deltas in view.levels for d in deltas)):
        rows.append(
            [
                text(lang, _LEVELS[d.kind]),
                spreadsheet_text(d.id if d.kind != "overall" else ""),
                spreadsheet_text(d.title),
                *map(_score, (d.baseline, d.current, d.delta)),
                d.status_label,
            ]
        )
    for level, what, items in view.one_sided:
        for item in items:
            rows.append(
                [text(lang, _LEVELS[level]), spreadsheet_text(item.id),
                 spreadsheet_text(item.title), "", "", "", text(lang, what)]
            )  # fmt: skip
    return rows


def _metric(view: MetricView) -> list[list[str]]:
    """(what, value, share) rows: the value and formula, the counts, then each answer's count
    and share of the valid answers; or the error and the rows at fault."""
    if not view.ok:
        return [[spreadsheet_text(view.error)], *([spreadsheet_text(p)] for p in view.problems)]
    rows = [[spreadsheet_text(view.name), spreadsheet_text(view.display), ""],
            [spreadsheet_text(view.formula), "", ""]]  # fmt: skip
    rows += [[c.label, str(c.count), ""] for c in view.counts]
    if view.distribution:
        rows.append([view.label(k) for k in ("col_answer", "col_count", "col_share")])
        rows += [[str(p.value), str(p.count), p.share_text] for p in view.distribution]
    return rows


_BY_KIND: dict[str, Callable[[Any], list[list[str]]]] = {
    "report": _report,
    "team": _team,
    "compare": _compare,
    "metric": _metric,
}
