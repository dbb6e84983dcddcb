"""The comparison's HTML body (templates/compare.html): what the compare page shows."""

from __future__ import annotations

from collections.abc import Sequence

from selfassess.core.render.charts import ChartSeries
from selfassess.core.render.escape import escape_html as _e
from selfassess.core.render.html_blocks import (
    charts_html,
    fill_body,
    footer_html,
    header_html,
    headers,
    html_facts,
    html_num,
    html_section,
    html_table,
    primary_color,
    template,
)
from selfassess.core.render.numbers import Numbers
from selfassess.core.render.view_compare import CompareView, DeltaView, ItemView
from selfassess.core.strings import text

_COMPARE = template("compare")


def compare_body(view: CompareView) -> str:
    """The comparison's HTML without the document around it."""
    lang = view.language
    facts = [
        (text(lang, "compare_baseline"), _e(view.baseline.described(lang)), "sa-baseline"),
        (text(lang, "compare_current"), _e(view.current.described(lang)), "sa-current"),
    ]
    return fill_body(
        _COMPARE,
        language=_e(lang),
        header=header_html(view, text(lang, "compare_title"), facts),
        summary=_summary(view),
        charts=_charts(view),
        sections="".join(_deltas(view, kind, deltas) for kind, deltas in view.levels
                         if kind != "question"),
        questions=_deltas(view, "question", view.questions),
        changes=_changes(view),
        footer=footer_html(view),
    )  # fmt: skip


def _status(d: DeltaView) -> str:
    return f'<td class="sa-status" data-status="{_e(d.status)}">{_e(d.status_label)}</td>'


def _moves(n: Numbers, heading: str, moves: Sequence[DeltaView], status: str) -> str:
    language = n.language
    if moves:
        items = "".join(
            f'<li data-{d.kind}="{_e(d.id)}">'
            + _e(text(language, "compare_move", title=d.title, baseline=n.shown(d.baseline),
                      current=n.shown(d.current), delta=n.shown_delta(d.delta)))
            + "</li>"
            for d in moves
        )  # fmt: skip
        body = f'<ul class="sa-moves" data-status="{status}">{items}</ul>'
    else:
        body = f'<p class="sa-empty">{_e(text(language, "compare_no_moves"))}</p>'
    return f"<h3>{_e(text(language, heading))}</h3>{body}"


def _summary(view: CompareView) -> str:
    lang, n = view.language, view.numbers
    overall = (
        f'<span class="sa-score-value" data-status="{_e(view.overall.status)}">'
        f"{_e(view.overall.values_text(n))}</span>"
        f'<span class="sa-completeness-detail">{_e(view.overall.status_label)}</span>'
    )
    facts = html_facts([(text(lang, "compare_overall"), overall, "sa-score")])
    counts = view.counts("section")
    parts = [
        facts,
        f'<p class="sa-compare-counts">{_e(text(lang, "compare_counts", **counts))}</p>',
        f'<p class="sa-compare-tolerance">'
        f"{_e(text(lang, 'compare_tolerance', tolerance=n.shown_gap(view.tolerance)))}</p>",
        _moves(n, "compare_most_improved", view.most_improved, "improved"),
        _moves(n, "compare_most_worse", view.most_worse, "worse"),
    ]
    return html_section("sa-summary sa-compare-summary", text(lang, "compare_summary_heading"),
                        "".join(parts))  # fmt: skip


def _charts(view: CompareView) -> str:
    lang = view.language
    items = view.groups or view.sections
    series = [
        ChartSeries(text(lang, "compare_current"), [d.current for d in items], "solid",
                    primary_color(view)),
        ChartSeries(text(lang, "compare_baseline"), [d.baseline for d in items], "dashed"),
    ]  # fmt: skip
    return charts_html(
        [d.title for d in items], series, view.numbers,
        ("compare_charts_heading", "compare_chart_radar_title", "compare_chart_bar_title"),
        bool(view.groups),
    )  # fmt: skip


def _deltas(view: CompareView, kind: str, deltas: Sequence[DeltaView]) -> str:
    """The deltas of one level of the structure ("group", "section", "stream", "question")."""
    lang, n = view.language, view.numbers
    css_class = f"sa-compare-{kind}s"
    columns = (f"col_{kind}", "col_baseline", "col_current", "col_delta", "col_status")
    rows = [
        f'<tr data-{d.kind}="{_e(d.id)}" data-status="{_e(d.status)}">'
        f'<th scope="row">{_e(d.title)}</th>{html_num(n.shown(d.baseline))}'
        f"{html_num(n.shown(d.current))}{html_num(n.shown_delta(d.delta))}{_status(d)}</tr>"
        for d in deltas
    ]
    caption = text(lang, f"compare_{kind}s_caption")
    table = html_table(f"{css_class}-table", caption, headers(lang, columns), rows)
    return html_section(css_class, text(lang, f"compare_{kind}s_heading"), table)


def _item_list(language: str, heading: str, items: Sequence[ItemView], kind: str) -> str:
    if not items:
        return ""
    entries = "".join(
        f'<li data-{kind}="{_e(i.id)}">{_e(i.title)}'
        + (f' <span class="sa-question-id">({_e(i.id)})</span>' if i.title != i.id else "")
        + "</li>"
        for i in items
    )
    return f'<h3>{_e(text(language, heading))}</h3><ul class="sa-change-list">{entries}</ul>'


def _changes(view: CompareView) -> str:
    lang = view.language
    parts = [f'<p class="sa-compare-versions">{_e(view.versions_note())}</p>']
    if view.versions_differ and not view.changes_known:
        parts.append(
            f'<p class="sa-compare-unknown">{_e(text(lang, "compare_changed_unknown"))}</p>'
        )
    parts += [_item_list(lang, heading, items, kind) for kind, heading, items in view.one_sided]
    return html_section("sa-compare-changes", text(lang, "compare_changes_heading"), "".join(parts))
