"""Every report view as Markdown: readable as plain text, and rendered by any Markdown tool.

Texts from the bank or the response are escaped, so a name or note can neither break a
table nor turn into a link, an HTML tag or a heading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from selfassess.core.render.escape import markdown_text
from selfassess.core.render.numbers import DASH, Numbers
from selfassess.core.render.view_common import GapView, HeadedView, View, plan_actions
from selfassess.core.render.view_report import level_text, next_stage_text, not_asked_text
from selfassess.core.strings import text

if TYPE_CHECKING:
    from selfassess.core.render.view_compare import CompareView, DeltaView, ItemView
    from selfassess.core.render.view_metric import MetricView
    from selfassess.core.render.view_report import QuestionView, ReportView
    from selfassess.core.render.view_team import StatsView, TeamLevelView, TeamView

NUMBER = "---:"
TEXT = "---"
Fact = tuple[str, str]


def render_markdown(view: View) -> str:
    """The view as the text of a Markdown file."""
    lines = _BY_KIND[view.kind](view)
    return "\n".join(lines).rstrip("\n") + "\n"


def markdown_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], align: Sequence[str]
) -> list[str]:
    """A table; every cell is made literal text."""

    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(markdown_text(c) for c in cells) + " |"

    return [row(header), "| " + " | ".join(align) + " |", *(row(r) for r in rows)]


def _header(view: HeadedView, title: str, facts: Sequence[Fact]) -> list[str]:
    """A report's heading (after the brand's name, when branded), the bank, then its facts."""
    header, brand = view.header, view.header.brand
    heading = f"{markdown_text(brand.name)} — {title}" if brand and brand.name else title
    version = text(view.language, "bank_version", id=header.bank_id, version=header.bank_version)
    facts = [(text(view.language, "bank"), f"{header.bank_title} ({version})"), *facts]
    return [f"# {heading}", "", *(f"- **{k}:** {markdown_text(v)}" for k, v in facts), ""]


def _footer(view: HeadedView) -> list[str]:
    """The brand's footer text and contact, when it has any."""
    brand = view.header.brand
    if brand is None or not (brand.footer or brand.contact):
        return []
    lines = ["---", ""]
    if brand.footer:
        lines += [markdown_text(brand.footer), ""]
    if brand.contact:
        lines += [f"{text(view.language, 'contact')}: {markdown_text(brand.contact)}", ""]
    return lines


def _band_facts(lang: str, rating_label: str, stage_label: str) -> list[Fact]:
    """The rating and stage facts, each only when the bank labels it."""
    facts = [(text(lang, "rating"), rating_label)] if rating_label else []
    return facts + ([(text(lang, "stage"), stage_label)] if stage_label else [])


def _gaps(gaps: Sequence[GapView], n: Numbers) -> list[str]:
    """The prioritized gaps, each with the actions of its questions that fall short."""
    lang = n.language
    lines = [f"## {text(lang, 'gaps_heading')}", ""]
    if not gaps:
        return [*lines, text(lang, "gaps_none"), ""]
    for rank, gap in enumerate(gaps, start=1):
        summary = text(
            lang, "gap_summary", gap=n.shown_gap(gap.gap), priority=n.shown_gap(gap.priority)
        )
        lines += [f"### {rank}. {markdown_text(gap.title)} ({summary})", ""]
        lines += [f"- {markdown_text(a.text)} — {markdown_text(a.action)}" for a in gap.actions]
        if not gap.actions:
            lines.append(text(lang, "gap_no_actions"))
        lines.append("")
    return lines


def _plan(gaps: Sequence[GapView], n: Numbers) -> list[str]:
    """The action plan of a bank without groups, streams or levels: the gaps' actions, owner
    and date left blank for the planning session."""
    lang = n.language
    columns = ("col_gap_item", "col_action", "col_owner", "col_date")
    rows = [
        [f"{gap.title} ({n.shown_gap(gap.gap)})", action.action, "", ""]
        for gap, action in plan_actions(gaps)
    ]
    if not rows:
        return []
    align = (TEXT, TEXT, TEXT, TEXT)
    table = markdown_table([text(lang, c) for c in columns], rows, align)
    return [f"## {text(lang, 'plan_heading')}", "", text(lang, "plan_intro"), "", *table, ""]


def _list(heading: str, items: Sequence[str]) -> list[str]:
    """A section of bullet items (already literal), or nothing when there are none."""
    return [f"## {heading}", "", *(f"- {item}" for item in items), ""] if items else []


# --- a single report --------------------------------------------------------------------


def _report(view: ReportView) -> list[str]:
    lang = view.language
    n = Numbers(lang, view.display)
    facts = []
    if view.respondent_name:
        facts.append((text(lang, "respondent"), view.respondent_name))
    if view.respondent_role:
        facts.append((text(lang, "role"), view.respondent_role_label))
    facts.append((text(lang, "overall_score"), n.of(view.score)))
    if view.levels and view.level is not None:
        facts.append((text(lang, "level_reached"), level_text(lang, view.level, view.levels)))
    facts += _band_facts(lang, view.rating_label, view.stage_label)
    if view.next_stage is not None:
        facts.append((text(lang, "next_stage"), next_stage_text(lang, view.next_stage)))
    detail = text(
        lang, "completeness_detail", answered=view.answered, unknown=view.unknown, total=view.total
    )
    not_asked = not_asked_text(lang, view.not_asked, view.not_asked_by_reason)
    detail += f"; {not_asked}" if not_asked else ""
    facts.append((text(lang, "completeness"), f"{n.percent(view.completeness)} ({detail})"))
    return [
        *_header(view, text(lang, "report_title"), facts),
        *_structure(view, n),
        *_gaps(view.gaps, n),
        *_report_plan(view, n),
        *_list(text(lang, "unanswered_heading"), _question_items(view.unanswered)),
        *_list(text(lang, "unknown_heading"), _question_items(view.unknown_questions)),
        *_answers(view),
        *_list(text(lang, "notes_heading"),
               [f"**{markdown_text(q.text)}** {markdown_text(q.note)}" for q in view.noted]),
        *_footer(view),
    ]  # fmt: skip


_INDENT = "› "
"""Before a row's title, once per level of depth (a section in its group, a stream in it)."""


def _structure(view: ReportView, n: Numbers) -> list[str]:
    """The sections table; with groups, streams or levels, every level of the structure."""
    lang = view.language
    levels = ("col_level",) if view.levels else ()
    columns = ("col_section", "col_score", "col_rating", *levels, "col_target", "col_gap")
    rows = [
        [_INDENT * r.depth + r.title, n.shown(r.score), r.rating_label,
         *([level_text(lang, r.level, view.levels)] if levels else []),
         n.shown(r.target, "") if r.kind == "section" else "",
         n.shown_gap(r.gap) if r.kind == "section" else ""]
        for r in view.rows
    ]  # fmt: skip
    align = (TEXT, NUMBER, TEXT, *(TEXT for _ in levels), NUMBER, NUMBER)
    table = markdown_table([text(lang, c) for c in columns], rows, align)
    heading = "structure_heading" if view.structured else "sections_heading"
    unasked = [
        f"{markdown_text(s.title)}: "
        + markdown_text(not_asked_text(lang, s.not_asked, s.not_asked_by_reason))
        for s in view.sections
        if s.not_asked
    ]
    lines = [f"## {text(lang, heading)}", "", *table, ""]
    return lines + ([*(f"- {u}" for u in unasked), ""] if unasked else [])


def _report_plan(view: ReportView | TeamView, n: Numbers) -> list[str]:
    """The plan as a report shows it, a single one or a team's: in its order, with phases, when
    the bank has groups, streams or levels; else the gaps' actions."""
    return _plan_steps(view, n) if view.structured else _plan(view.gaps, n)


def _plan_steps(view: ReportView | TeamView, n: Numbers) -> list[str]:
    """The plan in its order, with the phase (the step's level) when the bank has levels: a
    single report's and a team's."""
    lang = view.language
    phase = ("col_phase",) if view.levels else ()
    columns = (*phase, "col_section", "col_step", "col_gap", "col_owner", "col_date")
    rows = [
        [*([str(p.level)] if phase else []), p.section_title, p.text, n.shown_gap(p.gap), "", ""]
        for p in view.plan
    ]
    if not rows:
        return []
    align = (*(NUMBER for _ in phase), TEXT, TEXT, NUMBER, TEXT, TEXT)
    table = markdown_table([text(lang, c) for c in columns], rows, align)
    return [f"## {text(lang, 'plan_heading')}", "", text(lang, "plan_intro"), "", *table, ""]


def _answers(view: ReportView) -> list[str]:
    """Each question with its answer (or why it was not asked) and the criteria beside it."""
    if not (view.structured or any(q.criteria for q in view.questions)):
        return []
    lang = view.language
    items = []
    for q in view.questions:
        answer = text(lang, f"not_asked_by_{q.not_asked}") if q.not_asked else q.answer_label
        item = f"**{markdown_text(q.text)}** — {markdown_text(answer or DASH)}"
        if q.criteria:
            criteria = "; ".join(q.criteria)
            item += f" ({markdown_text(text(lang, 'criteria'))}: {markdown_text(criteria)})"
        items.append(item)
    return _list(text(lang, "answers_heading"), items)


def _question_items(questions: Sequence[QuestionView]) -> list[str]:
    return [f"{markdown_text(q.text)} (`{q.id}`)" for q in questions]


# --- a team report ----------------------------------------------------------------------


def _team(view: TeamView) -> list[str]:
    lang, n = view.language, view.numbers
    facts = [(text(lang, "team_respondents"), str(view.respondents))]
    if view.overall.count:
        score = n.of(view.overall.mean)
        facts.append((text(lang, "team_overall"), f"{score} ({view.overall.spread_text(n)})"))
    facts += _band_facts(lang, view.rating_label, view.stage_label)
    if view.next_stage is not None:
        facts.append((text(lang, "next_stage"), next_stage_text(lang, view.next_stage)))
    if view.respondents:
        detail = text(
            lang, "team_complete_detail", complete=view.complete, respondents=view.respondents
        )
        completeness = n.percent(view.completeness.mean)
        facts.append((text(lang, "team_mean_completeness"), f"{completeness} ({detail})"))
    lines = _header(view, text(lang, "team_report_title"), facts)
    if not view.respondents:
        lines += [text(lang, "team_none_used"), ""]
    lines += [*_participation(view), *_disagreement(view)]
    lines += _team_levels(view, "team_groups_heading", "col_group", view.groups)
    lines += [*_team_sections(view), *_team_levels(view, "team_streams_heading", "col_stream",
                                                   view.streams)]  # fmt: skip
    lines += [*_team_questions(view), *_gaps(view.gaps, n),
              *_report_plan(view, n)]
    notes = [
        f"**{markdown_text(n.text)}** "
        + markdown_text(text(lang, "team_note_author",
                             name=n.name or text(lang, "team_anonymous"), role=n.role_label))
        + f": {markdown_text(n.note)}"
        for n in view.notes
    ]  # fmt: skip
    return [*lines, *_list(text(lang, "team_notes_heading"), notes), *_footer(view)]


def _participation(view: TeamView) -> list[str]:
    lang = view.language
    lines = [f"## {text(lang, 'team_participation_heading')}", ""]
    if view.roles:
        header = [text(lang, "col_role"), text(lang, "col_respondents")]
        rows = [[r.label, str(r.count)] for r in view.roles]
        lines += [*markdown_table(header, rows, (TEXT, NUMBER)), ""]
    if view.versions_mixed:
        lines += [text(lang, "team_versions"), ""]
        lines += [
            f"- {markdown_text(text(lang, 'team_version_count', version=v, count=n))}"
            for v, n in view.bank_versions
        ]
        lines.append("")
    if view.rejected:
        lines += [f"### {text(lang, 'team_rejected_heading')} ({len(view.rejected)})", ""]
        lines += [text(lang, "team_rejected_intro"), ""]
        header = [text(lang, "col_file"), text(lang, "col_reason")]
        rows = [[r.file, r.reason] for r in view.rejected]
        lines += [*markdown_table(header, rows, (TEXT, TEXT)), ""]
    if view.warnings:
        lines += [f"### {text(lang, 'team_warnings_heading')} ({len(view.warnings)})", ""]
        lines += [f"- {markdown_text(w)}" for w in view.warnings]
        lines.append("")
    return lines


def _disagreement(view: TeamView) -> list[str]:
    lang = view.language
    rule = text(lang, "team_disagreement_rule", threshold=view.numbers.shown_gap(view.threshold))
    lines = [f"## {text(lang, 'team_disagreement_heading')}", "", rule, ""]
    if not view.disagreements:
        return [*lines, text(lang, "team_disagreement_none"), ""]
    for item in view.disagreements:
        label = getattr(item, "text", None) or getattr(item, "title", item.id)
        detail = item.stats.spread_text(view.numbers, "team_spread_detail")
        lines.append(f"- {markdown_text(label)} ({markdown_text(detail)})")
    return [*lines, ""]


def _flag(language: str, stats: StatsView) -> str:
    return text(language, "team_flag") if stats.disagreement else ""


def _team_levels(
    view: TeamView, heading: str, first: str, items: Sequence[TeamLevelView]
) -> list[str]:
    """The groups' or streams' statistics, with each role's mean and count."""
    if not items:
        return []
    lang, n = view.language, view.numbers
    header = [text(lang, first), *(text(lang, c) for c in view.SECTION_COLUMNS[1:6]),
              *(r.label for r in view.roles)]  # fmt: skip
    rows = [[i.title, *i.stats.cells(n), *view.role_means(i.by_role)] for i in items]
    align = (TEXT, *[NUMBER] * (5 + len(view.roles)))
    return [f"## {text(lang, heading)}", "", *markdown_table(header, rows, align), ""]


def _team_sections(view: TeamView) -> list[str]:
    lang, n = view.language, view.numbers
    rows = [
        [s.title, *s.stats.cells(n), n.shown(s.target), n.shown_gap(s.gap),
         _flag(lang, s.stats)]
        for s in view.sections
    ]  # fmt: skip
    align = (TEXT, *[NUMBER] * 7, TEXT)
    lines = [f"## {text(lang, 'team_sections_heading')}", ""]
    lines += [*markdown_table([text(lang, c) for c in view.SECTION_COLUMNS], rows, align), ""]
    if view.roles:
        header = [text(lang, "col_section"), *(r.label for r in view.roles)]
        role_rows = [[s.title, *view.role_means(s.by_role)] for s in view.sections]
        lines += [f"### {text(lang, 'team_roles_heading')}", ""]
        lines += [*markdown_table(header, role_rows, (TEXT, *[NUMBER] * len(view.roles))), ""]
    return lines


def _team_questions(view: TeamView) -> list[str]:
    lang = view.language
    role_labels = [r.label for r in view.roles]
    columns = view.question_columns
    header = [*(text(lang, c) for c in columns[:-1]), *role_labels, text(lang, columns[-1])]
    align = (TEXT, *[NUMBER] * (len(columns) - 2 + len(role_labels)), TEXT)
    lines = [f"## {text(lang, 'team_questions_heading')}", ""]
    for section in view.sections:
        rows = [
            [q.text, *q.stats.cells(view.numbers), *view.question_counts(q),
             *view.role_means(q.by_role), _flag(lang, q.stats)]
            for q in view.questions
            if q.section == section.id
        ]  # fmt: skip
        lines += [f"### {markdown_text(section.title)}", "", *markdown_table(header, rows, align)]
        lines.append("")
    return lines


# --- a comparison -----------------------------------------------------------------------


def _compare(view: CompareView) -> list[str]:
    lang, n = view.language, view.numbers
    overall = f"{view.overall.values_text(n)}, {view.overall.status_label}"
    facts = [
        (text(lang, "compare_baseline"), view.baseline.described(lang)),
        (text(lang, "compare_current"), view.current.described(lang)),
        (text(lang, "compare_overall"), overall),
    ]
    lines = _header(view, text(lang, "compare_title"), facts)
    lines += [f"## {text(lang, 'compare_summary_heading')}", ""]
    lines += [text(lang, "compare_counts", **view.counts("section")), ""]
    lines += [text(lang, "compare_tolerance", tolerance=n.shown_gap(view.tolerance)), ""]
    lines += _moves(n, "compare_most_improved", view.most_improved)
    lines += _moves(n, "compare_most_worse", view.most_worse)
    for kind, deltas in view.levels:
        lines += _deltas(n, f"compare_{kind}s_heading", f"col_{kind}", deltas)
    return [*lines, *_changes(view), *_footer(view)]


def _moves(n: Numbers, heading: str, moves: Sequence[DeltaView]) -> list[str]:
    language = n.language
    lines = [f"### {text(language, heading)}", ""]
    if not moves:
        return [*lines, text(language, "compare_no_moves"), ""]
    for d in moves:
        move = text(language, "compare_move", title=d.title, baseline=n.shown(d.baseline),
                    current=n.shown(d.current), delta=n.shown_delta(d.delta))  # fmt: skip
        lines.append(f"- {markdown_text(move)}")
    return [*lines, ""]


def _deltas(n: Numbers, heading: str, first: str, deltas: Sequence[DeltaView]) -> list[str]:
    language = n.language
    columns = (first, "col_baseline", "col_current", "col_delta", "col_status")
    rows = [
        [d.title, n.shown(d.baseline), n.shown(d.current), n.shown_delta(d.delta),
         d.status_label]
        for d in deltas
    ]  # fmt: skip
    table = markdown_table(
        [text(language, c) for c in columns], rows, (TEXT, NUMBER, NUMBER, NUMBER, TEXT)
    )
    return [f"## {text(language, heading)}", "", *table, ""]


def _items(language: str, heading: str, items: Sequence[ItemView]) -> list[str]:
    if not items:
        return []
    entries = [
        f"- {markdown_text(i.title)}" + (f" (`{i.id}`)" if i.title != i.id else "") for i in items
    ]
    return [f"### {text(language, heading)}", "", *entries, ""]


def _changes(view: CompareView) -> list[str]:
    lang = view.language
    note = markdown_text(view.versions_note())
    lines = [f"## {text(lang, 'compare_changes_heading')}", "", note, ""]
    if view.versions_differ and not view.changes_known:
        lines += [text(lang, "compare_changed_unknown"), ""]
    for _, heading, items in view.one_sided:
        lines += _items(lang, heading, items)
    return lines


# --- a metric ---------------------------------------------------------------------------


def _metric(view: MetricView) -> list[str]:
    """The value and its formula, the counts, the malformed rows and the distribution."""
    if not view.ok:
        return [markdown_text(view.error), "", *(f"- {markdown_text(p)}" for p in view.problems)]
    lines = [f"# {markdown_text(view.label('title_' + view.name))}", ""]
    lines += [f"**{markdown_text(view.display)}**", "", f"`{view.formula}`", ""]
    lines += [f"- **{markdown_text(c.label)}:** {c.count}" for c in view.counts]
    if view.counts:
        lines.append("")
    if view.problems:
        lines += [f"## {view.label('problems_heading')}", ""]
        lines += [*(f"- {markdown_text(p)}" for p in view.problems), ""]
    if view.distribution:
        header = [view.label(k) for k in ("col_answer", "col_count", "col_share")]
        rows = [[str(p.value), str(p.count), p.share_text] for p in view.distribution]
        lines += [f"## {view.label('distribution_heading')}", ""]
        lines += [*markdown_table(header, rows, (NUMBER, NUMBER, NUMBER)), ""]
    return lines


_BY_KIND: dict[str, Callable[[Any], list[str]]] = {
    "report": _report,
    "team": _team,
    "compare": _compare,
    "metric": _metric,
}
