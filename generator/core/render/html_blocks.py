"""The pieces every HTML report is made of: the page around it (from templates/ and
report.css), header, facts, tables, charts, gaps, plan and footer.

Every text from the bank or a response is escaped here or by the caller: names, roles and
notes are typed by whoever filled in a file. No script, no external resource: the file
opens offline and prints on A4.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from string import Template

from selfassess.core.brand import DEFAULT_PRIMARY_COLOR, Brand
from selfassess.core.render.charts import ChartSeries, bar_chart_svg, radar_chart_svg
from selfassess.core.render.escape import escape_html as _e
from selfassess.core.render.numbers import Numbers
from selfassess.core.render.view_common import GapView, HeadedView, plan_actions
from selfassess.core.strings import text

_HERE = Path(__file__).parent
REPORT_CSS = (_HERE / "report.css").read_text(encoding="utf-8")
"""The downloaded report's style: only the report body's `sa-` classes, so the site can
show the same body with its own CSS; no web fonts, so the file opens offline."""
RADAR_MIN_AXES = 3
"""Below three sections a radar is a line or a dot; the bar chart says it better."""
Fact = tuple[str, str, str]
"""(label, value HTML already escaped, class) of a fact in a definition list."""


def template(name: str) -> Template:
    """templates/NAME.html, read once (the browser's prepared start holds it)."""
    return Template((_HERE / "templates" / f"{name}.html").read_text(encoding="utf-8"))


_DOCUMENT = template("document")


def fill_body(body: Template, **parts: str) -> str:
    """A report body from its template: a line whose parts are all empty is left out."""
    lines = (Template(line).substitute(parts) for line in body.template.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def html_document(
    language: str, brand: Brand | None, title: str, bank_title: str, body: str
) -> str:
    """A self-contained HTML file around a report body: inline CSS in the brand's colour."""
    color = brand.primary_color if brand else DEFAULT_PRIMARY_COLOR
    full_title = " — ".join(
        part for part in (brand.name if brand else "", title, bank_title) if part
    )
    return _DOCUMENT.substitute(
        language=_e(language), title=_e(full_title), color=color, css=REPORT_CSS, body=body
    )


def primary_color(view: HeadedView) -> str:
    """The colour of the view's own series in its charts: the brand's, or the default."""
    brand = view.header.brand
    return brand.primary_color if brand else DEFAULT_PRIMARY_COLOR


def header_html(view: HeadedView, title: str, facts: Sequence[Fact] = ()) -> str:
    """A report's header: brand line, title, the bank with its version, then its facts."""
    header = view.header
    version = text(view.language, "bank_version", id=header.bank_id, version=header.bank_version)
    return (
        '<header class="sa-report-header">'
        f"{_brand_line(header.brand)}"
        f'<h1 class="sa-report-title">{_e(title)}</h1>'
        f'<p class="sa-bank">{_e(header.bank_title)} '
        f'<span class="sa-bank-version">({_e(version)})</span></p>'
        f"{html_facts(facts)}</header>"
    )


def _brand_line(brand: Brand | None) -> str:
    """The brand's logo and name above a report's title, when the site is branded."""
    if brand is None or not (brand.name or brand.logo):
        return ""
    logo = f'<img class="sa-brand-logo" src="{_e(brand.logo)}" alt="">' if brand.logo else ""
    return f'<p class="sa-brand">{logo}{_e(brand.name)}</p>'


def footer_html(view: HeadedView) -> str:
    """The brand's footer text and contact, when it has any."""
    brand = view.header.brand
    if brand is None or not (brand.footer or brand.contact):
        return ""
    lines = []
    if brand.footer:
        lines.append(f'<p class="sa-footer-text">{_e(brand.footer)}</p>')
    if brand.contact:
        label = _e(text(view.language, "contact"))
        lines.append(f'<p class="sa-contact">{label}: {_e(brand.contact)}</p>')
    return f'<footer class="sa-report-footer">{"".join(lines)}</footer>'


def band_facts_html(
    lang: str, rating: str | None, rating_label: str, stage: str | None, stage_label: str
) -> list[Fact]:
    """The rating and stage facts, each only when the bank labels it."""
    facts = []
    if rating_label:
        span = html_span("sa-rating", rating_label, rating=rating or "")
        facts.append((text(lang, "rating"), span, "sa-overall-rating"))
    if stage_label:
        span = html_span("sa-stage", stage_label, stage=stage or "")
        facts.append((text(lang, "stage"), span, "sa-overall-stage"))
    return facts


def charts_html(
    axes: Sequence[str],
    series: Sequence[ChartSeries],
    n: Numbers,
    keys: tuple[str, str, str],
    groups: bool = False,
) -> str:
    """A section with the radar (from three axes), the bar chart of the same series, and their
    numbers as a table: the charts' text equivalent, for whoever cannot see or tell the lines
    apart. The charts draw 0–100, the table writes the display scale when the bank has one.
    `keys` are the strings of the heading, the radar's title and the bar chart's title.
    `groups`: the axes are the bank's groups, not its sections; the charts' titles and the
    table's first column say so (the titles' keys' "_groups" versions).
    """
    axis_key = "col_group" if groups else "col_section"
    if groups:
        keys = (keys[0], *(f"{key}_groups" for key in keys[1:]))
    heading, radar_title, bar_title = (text(n.language, key) for key in keys)
    on_100 = Numbers(n.language)  # the charts' rings and bars run 0–100
    figures = []
    if len(axes) >= RADAR_MIN_AXES:
        radar = radar_chart_svg(axes, series, radar_title, numbers=on_100)
        figures.append(html_figure("sa-chart-radar", radar_title, radar))
    bars = bar_chart_svg(axes, series, bar_title, numbers=on_100)
    figures.append(html_figure("sa-chart-bar", bar_title, bars))
    figures.append(chart_table_html(axes, series, heading, n, axis_key))
    return html_section("sa-charts", heading, "".join(figures))


def chart_table_html(
    axes: Sequence[str],
    series: Sequence[ChartSeries],
    caption: str,
    n: Numbers,
    axis_key: str = "col_section",
) -> str:
    """One row per axis (`axis_key` names them), one column per series, behind a disclosure (the
    tables below say more)."""
    rows = [
        f'<tr><th scope="row">{_e(axis)}</th>'
        + "".join(html_num(n.shown(s.value(i))) for s in series)
        + "</tr>"
        for i, axis in enumerate(axes)
    ]
    header = [text(n.language, axis_key), *(s.label for s in series)]
    table = html_table("sa-chart-table", caption, header, rows)
    summary = _e(text(n.language, "chart_table"))
    return f'<details class="sa-chart-data"><summary>{summary}</summary>{table}</details>'


def html_figure(kind: str, caption: str, svg: str) -> str:
    """A chart with its caption."""
    return f'<figure class="sa-chart {kind}"><figcaption>{_e(caption)}</figcaption>{svg}</figure>'


def gaps_html(gaps: Sequence[GapView], n: Numbers) -> str:
    """The prioritized gaps, each with the actions of its questions that fall short."""
    lang = n.language
    if not gaps:
        empty = f'<p class="sa-empty">{_e(text(lang, "gaps_none"))}</p>'
        return html_section("sa-gaps", text(lang, "gaps_heading"), empty)
    items = []
    for gap in gaps:
        summary = text(
            lang, "gap_summary", gap=n.shown_gap(gap.gap), priority=n.shown_gap(gap.priority)
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


def plan_html(gaps: Sequence[GapView], n: Numbers) -> str:
    """The action plan of a bank without groups, streams or levels: the gaps' actions, owner
    and date left blank for the planning session."""
    lang = n.language
    rows = [
        f"<tr><td>{_e(gap.title)} {html_span('sa-gap-summary', f'({n.shown_gap(gap.gap)})')}</td>"
        f'<td>{_e(action.action)}</td><td class="sa-blank"></td><td class="sa-blank"></td></tr>'
        for gap, action in plan_actions(gaps)
    ]
    if not rows:
        return ""
    columns = ("col_gap_item", "col_action", "col_owner", "col_date")
    table = html_table("sa-plan-table", text(lang, "plan_caption"), headers(lang, columns), rows)
    intro = f'<p class="sa-plan-intro">{_e(text(lang, "plan_intro"))}</p>'
    return html_section("sa-plan", text(lang, "plan_heading"), intro + table)


def html_section(css_class: str, heading: str, inner_html: str) -> str:
    """A report section: a heading (escaped) over markup already escaped."""
    return f'<section class="{css_class}"><h2>{_e(heading)}</h2>{inner_html}</section>'


def html_span(css_class: str, content: str, **data: str) -> str:
    """Escaped text in a span, with `data-` attributes for the site's styling."""
    attributes = "".join(f' data-{name}="{_e(value)}"' for name, value in data.items())
    return f'<span class="{css_class}"{attributes}>{_e(content)}</span>'


def html_facts(facts: Sequence[Fact]) -> str:
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
