"""The report as HTML: the body the site's results view shows, and one self-contained file.

Every text from the bank or the response is escaped: names, roles and notes are typed by
whoever filled in the file. No script, no external resource: the file opens offline and
prints on A4.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from selfassess.core.brand import DEFAULT_PRIMARY_COLOR, Brand
from selfassess.core.render.charts import ChartSeries, bar_chart_svg, radar_chart_svg
from selfassess.core.render.html_style import REPORT_CSS
from selfassess.core.render.json_parts import BankHeader
from selfassess.core.render.view import GapView, QuestionView, ReportView
from selfassess.core.strings import format_percent, format_score, text

RADAR_MIN_AXES = 3
"""Below three sections a radar is a line or a dot; the bar chart says it better."""


def render_html_body(view: ReportView) -> str:
    parts = [
        f'<article class="sa-report" lang="{_e(view.language)}">',
        _header(view),
        _summary(view),
        _charts(view),
        _sections(view),
        gaps_html(view.gaps, view.language),
        plan_html(view.gaps, view.language),
        _question_list(view, "sa-unanswered", "unanswered_heading", view.unanswered),
        _question_list(view, "sa-unknown", "unknown_heading", view.unknown_questions),
        _notes(view),
        _footer(view),
        "</article>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def render_html_document(view: ReportView) -> str:
    return html_document(
        view.language, view.brand, text(view.language, "report_title"), view.bank_title,
        render_html_body(view),
    )  # fmt: skip


def html_document(
    language: str, brand: Brand | None, report_title: str, bank_title: str, body: str
) -> str:
    """A self-contained HTML file around a report body: inline CSS in the brand's colour."""
    color = brand.primary_color if brand else DEFAULT_PRIMARY_COLOR
    title = " — ".join(
        part for part in (brand.name if brand else "", report_title, bank_title) if part
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n"
        f"<style>\n:root {{ --sa-primary: {color}; }}{REPORT_CSS}</style>\n"
        f"</head>\n<body>\n{body}</body>\n</html>\n"
    )


def _header(view: ReportView) -> str:
    lang = view.language
    facts = []
    if view.respondent_name:
        facts.append((text(lang, "respondent"), _e(view.respondent_name), "sa-respondent"))
    if view.respondent_role:
        facts.append((text(lang, "role"), _e(view.respondent_role_label), "sa-role"))
    return header_html(view.brand, text(lang, "report_title"), view, facts)


def header_html(
    brand: Brand | None, title: str, view: BankHeader, facts: Sequence[tuple[str, str, str]]
) -> str:
    """A report's header: brand line, title, the bank with its version, then its facts."""
    version = text(view.language, "bank_version", id=view.bank_id, version=view.bank_version)
    return (
        '<header class="sa-report-header">'
        f"{brand_line_html(brand)}"
        f'<h1 class="sa-report-title">{_e(title)}</h1>'
        f'<p class="sa-bank">{_e(view.bank_title)} '
        f'<span class="sa-bank-version">({_e(version)})</span></p>'
        f"{html_facts(facts)}</header>"
    )


def brand_line_html(brand: Brand | None) -> str:
    """The brand's logo and name above a report's title, when the site is branded."""
    if brand is None or not (brand.name or brand.logo):
        return ""
    logo = f'<img class="sa-brand-logo" src="{_e(brand.logo)}" alt="">' if brand.logo else ""
    return f'<p class="sa-brand">{logo}{_e(brand.name)}</p>'


def _summary(view: ReportView) -> str:
    lang = view.language
    score = text(lang, "score_of_100", score=format_score(view.score))
    facts = [
        (
            text(lang, "overall_score"),
            f'<span class="sa-score-value">{_e(score)}</span>',
            "sa-score",
        )
    ]
    facts += band_facts_html(lang, view.rating, view.rating_label, view.stage, view.stage_label)
    detail = text(
        lang, "completeness_detail", answered=view.answered, unknown=view.unknown, total=view.total
    )
    completeness = (
        f"{_e(format_percent(lang, view.completeness))} "
        f'<span class="sa-completeness-detail">({_e(detail)})</span>'
    )
    facts.append((text(lang, "completeness"), completeness, "sa-completeness"))
    return f'<section class="sa-summary">{html_facts(facts)}</section>'


def band_facts_html(
    lang: str, rating: str | None, rating_label: str, stage: str | None, stage_label: str
) -> list[tuple[str, str, str]]:
    """The rating and stage facts, each only when the bank labels it."""
    facts = []
    if rating_label:
        span = html_span("sa-rating", rating_label, rating=rating or "")
        facts.append((text(lang, "rating"), span, "sa-overall-rating"))
    if stage_label:
        span = html_span("sa-stage", stage_label, stage=stage or "")
        facts.append((text(lang, "stage"), span, "sa-overall-stage"))
    return facts


def _charts(view: ReportView) -> str:
    lang = view.language
    axes = [s.title for s in view.sections]
    color = view.brand.primary_color if view.brand else DEFAULT_PRIMARY_COLOR
    series = [
        ChartSeries(text(lang, "series_score"), [s.score for s in view.sections], "solid", color),
        ChartSeries(text(lang, "series_target"), [s.target for s in view.sections], "dashed"),
    ]
    return charts_html(
        axes,
        series,
        text(lang, "charts_heading"),
        text(lang, "chart_radar_title"),
        text(lang, "chart_bar_title"),
        lang,
    )


def charts_html(
    axes: Sequence[str],
    series: Sequence[ChartSeries],
    heading: str,
    radar_title: str,
    bar_title: str,
    language: str,
    css_class: str = "sa-charts",
) -> str:
    """A section with the radar (from three axes), the bar chart of the same series, and their
    numbers as a table: the charts' text equivalent, for whoever cannot see or tell the lines apart.
    """
    figures = []
    if len(axes) >= RADAR_MIN_AXES:
        radar = radar_chart_svg(axes, series, radar_title)
        figures.append(html_figure("sa-chart-radar", radar_title, radar))
    figures.append(html_figure("sa-chart-bar", bar_title, bar_chart_svg(axes, series, bar_title)))
    figures.append(chart_table_html(axes, series, heading, language))
    return html_section(css_class, heading, "".join(figures))


def chart_table_html(
    axes: Sequence[str], series: Sequence[ChartSeries], caption: str, language: str
) -> str:
    """One row per axis, one column per series, behind a disclosure (the tables below say more)."""
    rows = [
        f'<tr><th scope="row">{_e(axis)}</th>'
        + "".join(html_num(format_score(_nth(s.values, i))) for s in series)
        + "</tr>"
        for i, axis in enumerate(axes)
    ]
    header = [text(language, "col_section"), *(s.label for s in series)]
    table = html_table("sa-chart-table", caption, header, rows)
    summary = _e(text(language, "chart_table"))
    return f'<details class="sa-chart-data"><summary>{summary}</summary>{table}</details>'


def _nth(values: Sequence[float | None], index: int) -> float | None:
    return values[index] if index < len(values) else None


def html_figure(kind: str, caption: str, svg: str) -> str:
    """A chart with its caption."""
    return f'<figure class="sa-chart {kind}"><figcaption>{_e(caption)}</figcaption>{svg}</figure>'


def _sections(view: ReportView) -> str:
    lang = view.language
    columns = ("col_section", "col_score", "col_rating", "col_target", "col_gap")
    rows = [
        f'<tr data-section="{_e(s.id)}"><th scope="row">{_e(s.title)}</th>'
        f"{html_num(format_score(s.score))}<td>{_e(s.rating_label)}</td>"
        f"{html_num(format_score(s.target))}{html_num(format_score(s.gap))}</tr>"
        for s in view.sections
    ]
    table = html_table(
        "sa-sections-table", text(lang, "sections_caption"), headers(lang, columns), rows
    )
    return html_section("sa-sections", text(lang, "sections_heading"), table)


def gaps_html(gaps: Sequence[GapView], lang: str) -> str:
    """The prioritized gaps, each with the actions of its questions that fall short."""
    if not gaps:
        empty = f'<p class="sa-empty">{_e(text(lang, "gaps_none"))}</p>'
        return html_section("sa-gaps", text(lang, "gaps_heading"), empty)
    items = []
    for gap in gaps:
        summary = text(
            lang, "gap_summary", gap=format_score(gap.gap), priority=format_score(gap.priority)
        )
        actions = "".join(
            f'<li class="sa-action" data-question="{_e(a.question)}">'
            f'<span class="sa-action-question">{_e(a.text)}</span> '
            f'<span class="sa-action-text">{_e(a.action)}</span></li>'
            for a in gap.actions
        )
        body = (
            f'<ul class="sa-actions">{actions}</ul>'
            if actions
            else f'<p class="sa-empty">{_e(text(lang, "gap_no_actions"))}</p>'
        )
        items.append(
            f'<li class="sa-gap" data-section="{_e(gap.section)}"><h3 class="sa-gap-title">'
            f"{_e(gap.title)} {html_span('sa-gap-summary', f'({summary})')}</h3>{body}</li>"
        )
    gap_list = f'<ol class="sa-gap-list">{"".join(items)}</ol>'
    return html_section("sa-gaps", text(lang, "gaps_heading"), gap_list)


def plan_html(gaps: Sequence[GapView], lang: str) -> str:
    """The action plan table, owner and date left blank for the planning session."""
    rows = [
        f"<tr><td>{_e(gap.title)} {html_span('sa-gap-summary', f'({format_score(gap.gap)})')}</td>"
        f'<td>{_e(action.action)}</td><td class="sa-blank"></td><td class="sa-blank"></td></tr>'
        for gap in gaps
        for action in gap.actions
    ]
    if not rows:
        return ""
    columns = ("col_gap_item", "col_action", "col_owner", "col_date")
    table = html_table("sa-plan-table", text(lang, "plan_caption"), headers(lang, columns), rows)
    intro = f'<p class="sa-plan-intro">{_e(text(lang, "plan_intro"))}</p>'
    return html_section("sa-plan", text(lang, "plan_heading"), intro + table)


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


def _footer(view: ReportView) -> str:
    return footer_html(view.brand, view.language)


def footer_html(brand: Brand | None, language: str) -> str:
    """The brand's footer text and contact, when it has any."""
    if brand is None or not (brand.footer or brand.contact):
        return ""
    lines = []
    if brand.footer:
        lines.append(f'<p class="sa-footer-text">{_e(brand.footer)}</p>')
    if brand.contact:
        label = _e(text(language, "contact"))
        lines.append(f'<p class="sa-contact">{label}: {_e(brand.contact)}</p>')
    return f'<footer class="sa-report-footer">{"".join(lines)}</footer>'


def html_section(css_class: str, heading: str, inner_html: str) -> str:
    """A report section: a heading (escaped) over markup already escaped."""
    return f'<section class="{css_class}"><h2>{_e(heading)}</h2>{inner_html}</section>'


def html_span(css_class: str, content: str, **data: str) -> str:
    """Escaped text in a span, with `data-` attributes for the site's styling."""
    attributes = "".join(f' data-{name}="{_e(value)}"' for name, value in data.items())
    return f'<span class="{css_class}"{attributes}>{_e(content)}</span>'


def html_facts(facts: Sequence[tuple[str, str, str]]) -> str:
    """A definition list of (label, value HTML already escaped, class) facts."""
    if not facts:
        return ""
    items = "".join(
        f'<div class="sa-fact {css_class}"><dt>{_e(label)}</dt><dd>{value}</dd></div>'
        for label, value, css_class in facts
    )
    return f'<dl class="sa-facts">{items}</dl>'


def headers(language: str, columns: Sequence[str]) -> list[str]:
    """Column headers from their string keys."""
    return [text(language, c) for c in columns]


def html_table(css_class: str, caption: str, header: Sequence[str], rows: Sequence[str]) -> str:
    """A table with a caption and escaped headers; `rows` are `<tr>` markup already escaped."""
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
    return (
        f'<table class="sa-table {css_class}"><caption>{_e(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def html_num(value: str) -> str:
    """A number's table cell, right-aligned."""
    return f'<td class="sa-num">{_e(value)}</td>'


def escape_html(value: str) -> str:
    """Text as HTML text or attribute value: never markup."""
    return escape(value, quote=True)


def _e(value: str) -> str:
    return escape(value, quote=True)
