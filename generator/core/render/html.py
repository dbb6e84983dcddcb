"""Every report view as HTML: the body a site page shows, and one self-contained file.

The body's layout is a template (templates/KIND.html); this module fills it for a single
report and a metric, and leaves the team report and the comparison to their parts modules,
imported only when one is drawn: the assessment page, the one most people open, needs
neither. Every text from the bank or the response is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from selfassess.core.render.charts import ChartSeries, bar_chart_svg
from selfassess.core.render.escape import escape_html as _e
from selfassess.core.render.html_blocks import (
    Fact,
    band_facts_html,
    charts_html,
    fill_body,
    footer_html,
    gaps_html,
    header_html,
    headers,
    html_document,
    html_facts,
    html_figure,
    html_num,
    html_section,
    html_span,
    html_table,
    primary_color,
    template,
)
from selfassess.core.render.html_report import answers_html, report_plan_html
from selfassess.core.render.numbers import Numbers
from selfassess.core.render.view_common import HeadedView, View
from selfassess.core.render.view_report import (
    QuestionView,
    ReportView,
    level_text,
    next_stage_text,
    not_asked_text,
)
from selfassess.core.strings import text

if TYPE_CHECKING:
    from selfassess.core.render.view_metric import MetricView

_REPORT = template("report")
_TITLES = {"report": "report_title", "team": "team_report_title", "compare": "compare_title"}


def render_html_body(view: View) -> str:
    """The view's HTML without the document around it, for a site page."""
    if view.kind == "team":
        from selfassess.core.render.html_team import team_body

        return team_body(view)  # type: ignore[arg-type]
    if view.kind == "compare":
        from selfassess.core.render.html_compare import compare_body

        return compare_body(view)  # type: ignore[arg-type]
    if view.kind == "metric":
        return _metric_body(view)  # type: ignore[arg-type]
    return _report_body(view)  # type: ignore[arg-type]


def render_html_document(view: View, body: str = "") -> str:
    """The view as a self-contained HTML file around its body (`body`, when already drawn)."""
    body = body or render_html_body(view)
    if view.kind == "metric":
        metric: MetricView = view  # type: ignore[assignment]
        title = metric.label(f"title_{metric.name}") if metric.ok else ""
        return html_document(view.language, None, title, "", body)
    header = cast("HeadedView", view).header
    title = text(view.language, _TITLES[view.kind])
    return html_document(view.language, header.brand, title, header.bank_title, body)


# --- a single report --------------------------------------------------------------------


def _report_body(view: ReportView) -> str:
    lang = view.language
    n = Numbers(lang, view.display)
    return fill_body(
        _REPORT,
        language=_e(lang),
        header=header_html(view, text(lang, "report_title"), _respondent(view)),
        summary=_summary(view, n),
        charts=_charts(view, n),
        sections=_structure(view, n),
        gaps=gaps_html(view.gaps, n),
        plan=report_plan_html(view, n),
        unanswered=_question_list(view, "sa-unanswered", "unanswered_heading", view.unanswered),
        unknown=_question_list(view, "sa-unknown", "unknown_heading", view.unknown_questions),
        answers=answers_html(view),
        notes=_notes(view),
        footer=footer_html(view),
    )


def _respondent(view: ReportView) -> list[Fact]:
    lang = view.language
    facts = []
    if view.respondent_name:
        facts.append((text(lang, "respondent"), _e(view.respondent_name), "sa-respondent"))
    if view.respondent_role:
        facts.append((text(lang, "role"), _e(view.respondent_role_label), "sa-role"))
    return facts


def _summary(view: ReportView, n: Numbers) -> str:
    lang = view.language
    facts = [
        (text(lang, "overall_score"), f'<span class="sa-score-value">{_e(n.of(view.score))}</span>',
         "sa-score")
    ]  # fmt: skip
    if view.levels and view.level is not None:
        level = html_span("sa-level", level_text(lang, view.level, view.levels),
                          level=str(view.level))  # fmt: skip
        facts.append((text(lang, "level_reached"), level, "sa-overall-level"))
    facts += band_facts_html(lang, view.rating, view.rating_label, view.stage, view.stage_label)
    if view.next_stage is not None:
        lacks = html_span("sa-next-stage", next_stage_text(lang, view.next_stage),
                          stage=view.next_stage.id)  # fmt: skip
        facts.append((text(lang, "next_stage"), lacks, "sa-overall-next-stage"))
    detail = text(
        lang, "completeness_detail", answered=view.answered, unknown=view.unknown, total=view.total
    )
    not_asked = not_asked_text(lang, view.not_asked, view.not_asked_by_reason)
    completeness = (
        f"{_e(n.percent(view.completeness))} "
        f'<span class="sa-completeness-detail">({_e(detail)})</span>'
    )
    if not_asked:
        completeness += f' <span class="sa-not-asked">{_e(not_asked)}</span>'
    facts.append((text(lang, "completeness"), completeness, "sa-completeness"))
    return f'<section class="sa-summary">{html_facts(facts)}</section>'


def _charts(view: ReportView, n: Numbers) -> str:
    """Groups when the bank has groups, else sections: their scores against their targets."""
    lang = view.language
    items = view.groups or view.sections
    series = [
        ChartSeries(text(lang, "series_score"), [i.score for i in items], "solid",
                    primary_color(view)),
        ChartSeries(text(lang, "series_target"), [i.target for i in items], "dashed"),
    ]  # fmt: skip
    return charts_html(
        [i.title for i in items], series, n,
        ("charts_heading", "chart_radar_title", "chart_bar_title"),
        bool(view.groups),
    )  # fmt: skip


def _structure(view: ReportView, n: Numbers) -> str:
    """The sections table; with groups, streams or levels, a row for every level of them."""
    lang = view.language
    levels = ("col_level",) if view.levels else ()
    columns = ("col_section", "col_score", "col_rating", *levels, "col_target", "col_gap")
    rows = []
    for r in view.rows:
        section = r.kind == "section"
        level = f"<td>{_e(level_text(lang, r.level, view.levels))}</td>" if levels else ""
        attributes = f'data-{r.kind}="{_e(r.id)}"'
        if view.structured:
            attributes += f' class="sa-row-{r.kind} sa-depth-{r.depth}"'
        rows.append(
            f'<tr {attributes}><th scope="row">{_e(r.title)}</th>'
            f"{html_num(n.shown(r.score))}<td>{_e(r.rating_label)}</td>{level}"
            f"{html_num(n.shown(r.target, '') if section else '')}"
            f"{html_num(n.shown_gap(r.gap) if section else '')}</tr>"
        )
    caption, heading = (
        ("structure_caption", "structure_heading") if view.structured
        else ("sections_caption", "sections_heading")
    )  # fmt: skip
    table = html_table("sa-sections-table", text(lang, caption), headers(lang, columns), rows)
    unasked = "".join(
        f'<li data-section="{_e(s.id)}">{_e(s.title)}: '
        f"{_e(not_asked_text(lang, s.not_asked, s.not_asked_by_reason))}</li>"
        for s in view.sections
        if s.not_asked
    )
    if unasked:
        table += f'<ul class="sa-not-asked-list">{unasked}</ul>'
    return html_section("sa-sections", text(lang, heading), table)


def _question_list(
    view: ReportView, css_class: str, heading: str, questions: Sequence[QuestionView]
) -> str:
    if not questions:
        return ""
    items = "".join(
        f'<li>{_e(q.text)} <span class="sa-question-id">({_e(q.id)})</span></li>' for q in questions
    )
    question_list = f'<ul class="sa-question-list">{items}</ul>'
    return html_section(css_class, text(view.language, heading), question_list)


def _notes(view: ReportView) -> str:
    if not view.noted:
        return ""
    items = "".join(
        f'<li data-question="{_e(q.id)}"><span class="sa-note-question">{_e(q.text)}</span> '
        f'<span class="sa-note-text">{_e(q.note)}</span></li>'
        for q in view.noted
    )
    note_list = f'<ul class="sa-note-list">{items}</ul>'
    return html_section("sa-notes", text(view.language, "notes_heading"), note_list)


# --- a metric ---------------------------------------------------------------------------


def _metric_body(view: MetricView) -> str:
    """The result (value, formula, counts, malformed rows, distribution), or the error."""
    if not view.ok:
        problems = _problem_list(view.problems)
        return f'<p class="sa-metric-error" data-metric-error>{_e(view.error)}</p>{problems}'
    parts = [
        f'<p class="sa-metric-value" data-metric-value>{_e(view.display)}</p>',
        f'<p class="sa-metric-formula" data-metric-formula><code>{_e(view.formula)}</code></p>',
    ]
    if view.counts:
        counts = "".join(
            f'<div class="sa-fact" data-count="{_e(c.key)}"><dt>{_e(c.label)}</dt>'
            f"<dd>{c.count}</dd></div>"
            for c in view.counts
        )
        parts.append(f'<dl class="sa-facts">{counts}</dl>')
    if view.problems:
        title = _e(view.label("problems_heading"))
        parts.append(f'<p class="sa-metric-problems-title">{title}</p>')
        parts.append(_problem_list(view.problems))
    if view.distribution:
        parts.append(_distribution(view))
    return "".join(parts)


def _problem_list(problems: Sequence[str]) -> str:
    items = "".join(f"<li>{_e(problem)}</li>" for problem in problems)
    return f'<ul class="sa-metric-problems" data-metric-problems>{items}</ul>' if items else ""


def _distribution(view: MetricView) -> str:
    """The share of each answer as bars on a 0–100 scale, then the counts as a table."""
    title = view.label("distribution_heading")
    axes = [str(p.value) for p in view.distribution]
    series = [ChartSeries(view.label("share_of_valid"), [p.share for p in view.distribution])]
    rows = [
        f"<tr><td>{p.value}</td>{html_num(str(p.count))}{html_num(p.share_text)}</tr>"
        for p in view.distribution
    ]
    header = [view.label(key) for key in ("col_answer", "col_count", "col_share")]
    return html_figure("sa-chart-bar", title, bar_chart_svg(axes, series, title)) + html_table(
        "sa-distribution-table", title, header, rows
    )
