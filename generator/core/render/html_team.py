"""The team report's HTML body (templates/team.html): what the team page shows.

Built from the same pieces as a single report (facts, tables, charts, gaps, plan, footer).
File names, reasons, respondents' names, roles and notes come from the files a facilitator
collected: all are escaped, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from selfassess.core.render.charts import ChartSeries
from selfassess.core.render.escape import escape_html as _e
from selfassess.core.render.html_blocks import (
    band_facts_html,
    charts_html,
    fill_body,
    footer_html,
    gaps_html,
    header_html,
    headers,
    html_facts,
    html_num,
    html_section,
    html_span,
    html_table,
    primary_color,
    template,
)
from selfassess.core.render.html_report import report_plan_html
from selfassess.core.render.view_report import next_stage_text
from selfassess.core.render.view_team import StatsView, TeamLevelView, TeamView
from selfassess.core.strings import text

MAX_WARNINGS_SHOWN = 50
"""Warnings listed in the report; the rest are counted (all are in the JSON)."""
_TEAM = template("team")


def team_body(view: TeamView) -> str:
    """The team report's HTML without the document around it."""
    lang = view.language
    return fill_body(
        _TEAM,
        language=_e(lang),
        header=header_html(view, text(lang, "team_report_title")),
        summary=_summary(view),
        participation=_participation(view),
        charts=_charts(view),
        disagreement=_disagreement(view),
        groups=_levels(view, "group", view.groups),
        sections=_sections(view),
        streams=_levels(view, "stream", view.streams),
        roles=_roles(view),
        questions=_questions(view),
        gaps=gaps_html(view.gaps, view.numbers),
        plan=report_plan_html(view, view.numbers),
        notes=_notes(view),
        footer=footer_html(view),
    )


def _summary(view: TeamView) -> str:
    lang, n = view.language, view.numbers
    facts = [
        (
            text(lang, "team_respondents"),
            f'<span class="sa-team-count">{view.respondents}</span>',
            "sa-respondents",
        )
    ]
    if view.overall.count:
        score = n.of(view.overall.mean)
        facts.append(
            (
                text(lang, "team_overall"),
                f'<span class="sa-score-value">{_e(score)}</span>'
                f'<span class="sa-completeness-detail">'
                f"{_e(view.overall.spread_text(n))}</span>",
                "sa-score",
            )
        )
    facts += band_facts_html(lang, view.rating, view.rating_label, view.stage, view.stage_label)
    if view.next_stage is not None:
        lacks = html_span("sa-next-stage", next_stage_text(lang, view.next_stage),
                          stage=view.next_stage.id)  # fmt: skip
        facts.append((text(lang, "next_stage"), lacks, "sa-overall-next-stage"))
    if view.respondents:
        facts.append(
            (
                text(lang, "team_mean_completeness"),
                _e(n.percent(view.completeness.mean))
                + '<span class="sa-completeness-detail">'
                + _e(
                    text(
                        lang,
                        "team_complete_detail",
                        complete=view.complete,
                        respondents=view.respondents,
                    )
                )
                + "</span>",
                "sa-completeness",
            )
        )
    summary = f'<section class="sa-summary">{html_facts(facts)}</section>'
    if not view.respondents:
        summary += f'<p class="sa-empty sa-team-empty">{_e(text(lang, "team_none_used"))}</p>'
    return summary


def _participation(view: TeamView) -> str:
    lang = view.language
    rows = [
        f'<tr data-role="{_e(r.id)}"><th scope="row">{_e(r.label)}</th>'
        f"{html_num(str(r.count))}</tr>"
        for r in view.roles
    ]
    parts = []
    if rows:
        parts.append(
            html_table(
                "sa-team-roles-count",
                text(lang, "team_by_role"),
                headers(lang, ("col_role", "col_respondents")),
                rows,
            )
        )
    if view.versions_mixed:
        items = "".join(
            f"<li>{_e(text(lang, 'team_version_count', version=v, count=n))}</li>"
            for v, n in view.bank_versions
        )
        parts.append(
            f'<p class="sa-team-versions">{_e(text(lang, "team_versions"))}</p><ul>{items}</ul>'
        )
    if view.rejected:
        rejected_rows = [
            f'<tr class="sa-rejected"><td class="sa-file">{_e(r.file)}</td>'
            f'<td class="sa-reason">{_e(r.reason)}</td></tr>'
            for r in view.rejected
        ]
        parts.append(
            f"<h3>{_e(text(lang, 'team_rejected_heading'))} ({len(view.rejected)})</h3>"
            f"<p>{_e(text(lang, 'team_rejected_intro'))}</p>"
            + html_table(
                "sa-rejected-table",
                text(lang, "team_rejected_heading"),
                headers(lang, ("col_file", "col_reason")),
                rejected_rows,
            )
        )
    if view.warnings:
        shown = view.warnings[:MAX_WARNINGS_SHOWN]
        items = "".join(f"<li>{_e(w)}</li>" for w in shown)
        more = len(view.warnings) - len(shown)
        tail = f"<p>{_e(text(lang, 'team_warnings_more', count=more))}</p>" if more else ""
        parts.append(
            f"<h3>{_e(text(lang, 'team_warnings_heading'))} ({len(view.warnings)})</h3>"
            f'<ul class="sa-warning-list">{items}</ul>{tail}'
        )
    return html_section(
        "sa-participation", text(lang, "team_participation_heading"), "".join(parts)
    )


def role_series(view: TeamView) -> list[ChartSeries]:
    """One solid series per role, the whole team in the brand's colour, the target dashed
    (a group's: the weighted mean of its sections', as a single report draws it)."""
    lang = view.language
    labels = view.role_labels
    items = view.groups or view.sections
    series = [
        ChartSeries(
            text(lang, "series_team"),
            [i.stats.mean for i in items],
            "solid",
            primary_color(view),
        )
    ]
    for role in view.roles:
        means = [dict(i.by_role)[role.id].mean for i in items]
        series.append(ChartSeries(labels[role.id], means, "solid"))
    series.append(ChartSeries(text(lang, "series_target"), [i.target for i in items], "dashed"))
    return series


def _charts(view: TeamView) -> str:
    if not view.respondents:
        return ""
    return charts_html(
        [i.title for i in view.groups or view.sections], role_series(view), view.numbers,
        ("team_charts_heading", "team_chart_radar_title", "team_chart_bar_title"),
        bool(view.groups),
    )  # fmt: skip


def _flag(language: str, stats: StatsView) -> str:
    if not stats.disagreement:
        return "<td></td>"
    return f'<td class="sa-flag" data-disagreement="true">{_e(text(language, "team_flag"))}</td>'


def _stats_cells(view: TeamView, stats: StatsView) -> str:
    return "".join(html_num(cell) for cell in stats.cells(view.numbers))


def _disagreement(view: TeamView) -> str:
    lang = view.language
    rule_text = text(
        lang, "team_disagreement_rule", threshold=view.numbers.shown_gap(view.threshold)
    )
    rule = f'<p class="sa-team-rule">{_e(rule_text)}</p>'
    flagged = view.disagreements
    if not flagged:
        body = f'<p class="sa-empty">{_e(text(lang, "team_disagreement_none"))}</p>'
    else:
        items = "".join(
            f'<li data-{"question" if hasattr(item, "text") else "section"}="{_e(item.id)}">'
            f"{_e(getattr(item, 'text', None) or item.title)} "
            f'<span class="sa-gap-summary">'
            f"({_e(item.stats.spread_text(view.numbers, 'team_spread_detail'))})</span></li>"
            for item in flagged
        )
        body = f'<ul class="sa-disagreement-list">{items}</ul>'
    return html_section("sa-disagreement", text(lang, "team_disagreement_heading"), rule + body)


def _levels(view: TeamView, kind: str, items: Sequence[TeamLevelView]) -> str:
    """The groups' or streams' statistics, each role's mean and count beside them."""
    if not items:
        return ""
    lang = view.language
    header = [text(lang, f"col_{kind}"), *headers(lang, view.SECTION_COLUMNS[1:6]),
              *(r.label for r in view.roles)]  # fmt: skip
    rows = [
        f'<tr data-{kind}="{_e(i.id)}"><th scope="row">{_e(i.title)}</th>'
        f"{_stats_cells(view, i.stats)}{_role_cells(view, i.by_role)}</tr>"
        for i in items
    ]
    table = html_table(f"sa-team-{kind}s-table", text(lang, f"team_{kind}s_caption"), header,
                       rows)  # fmt: skip
    return html_section(f"sa-team-{kind}s", text(lang, f"team_{kind}s_heading"), table)


def _sections(view: TeamView) -> str:
    lang, n = view.language, view.numbers
    rows = [
        f'<tr data-section="{_e(s.id)}"><th scope="row">{_e(s.title)}</th>'
        f"{_stats_cells(view, s.stats)}{html_num(n.shown(s.target))}"
        f"{html_num(n.shown_gap(s.gap))}{_flag(lang, s.stats)}</tr>"
        for s in view.sections
    ]
    table = html_table(
        "sa-team-sections-table",
        text(lang, "team_sections_caption"),
        headers(lang, view.SECTION_COLUMNS),
        rows,
    )
    return html_section("sa-sections", text(lang, "team_sections_heading"), table)


def _role_cells(view: TeamView, by_role: Sequence[tuple[str, StatsView]]) -> str:
    return "".join(html_num(mean) for mean in view.role_means(tuple(by_role)))


def _roles(view: TeamView) -> str:
    if not view.roles:
        return ""
    lang = view.language
    header = [text(lang, "col_section"), *(r.label for r in view.roles)]
    rows = [
        f'<tr data-section="{_e(s.id)}"><th scope="row">{_e(s.title)}</th>'
        f"{_role_cells(view, s.by_role)}</tr>"
        for s in view.sections
    ]
    table = html_table("sa-team-roles-table", text(lang, "team_roles_caption"), header, rows)
    return html_section("sa-team-roles", text(lang, "team_roles_heading"), table)


def _questions(view: TeamView) -> str:
    lang = view.language
    parts = []
    for section in view.sections:
        rows = [
            f'<tr data-question="{_e(q.id)}"><th scope="row">{_e(q.text)}</th>'
            f"{_stats_cells(view, q.stats)}{''.join(map(html_num, view.question_counts(q)))}"
            f"{_flag(lang, q.stats)}</tr>"
            for q in view.questions
            if q.section == section.id
        ]
        role_rows = [
            f'<tr data-question="{_e(q.id)}"><th scope="row">{_e(q.text)}</th>'
            f"{_role_cells(view, q.by_role)}</tr>"
            for q in view.questions
            if q.section == section.id
        ]
        parts.append(f'<h3 data-section="{_e(section.id)}">{_e(section.title)}</h3>')
        parts.append(
            html_table(
                "sa-team-questions-table",
                text(lang, "team_questions_caption"),
                headers(lang, view.question_columns),
                rows,
            )
        )
        if view.roles:
            header = [text(lang, "col_question"), *(r.label for r in view.roles)]
            parts.append(
                html_table(
                    "sa-team-question-roles-table",
                    text(lang, "team_question_roles_caption"),
                    header,
                    role_rows,
                )
            )
    return html_section("sa-team-questions", text(lang, "team_questions_heading"), "".join(parts))


def _notes(view: TeamView) -> str:
    if not view.notes:
        return ""
    lang = view.language
    items = "".join(
        f'<li data-question="{_e(n.question)}"><span class="sa-note-question">{_e(n.text)}</span> '
        f'<span class="sa-note-author">{_e(_author(lang, n.name, n.role_label))}</span> '
        f'<span class="sa-note-text">{_e(n.note)}</span></li>'
        for n in view.notes
    )
    return html_section(
        "sa-notes", text(lang, "team_notes_heading"), f'<ul class="sa-note-list">{items}</ul>'
    )


def _author(language: str, name: str, role_label: str) -> str:
    return text(
        language, "team_note_author", name=name or text(language, "team_anonymous"), role=role_label
    )
