"""The team report as Markdown, from the same view as its HTML; every untrusted text literal."""

from __future__ import annotations

from selfassess.core.render.markdown import (
    band_facts,
    footer_lines,
    gap_lines,
    header_lines,
    markdown_table,
    markdown_text,
    plan_lines,
)
from selfassess.core.render.team_view import (
    QUESTION_COLUMNS,
    SECTION_COLUMNS,
    StatsView,
    TeamView,
    role_means,
    spread_text,
    stats_cells,
)
from selfassess.core.strings import format_percent, format_score, text

NUMBER = "---:"


def render_team_markdown(view: TeamView) -> str:
    lang = view.language
    lines = [*_header(view), *_participation(view), *_disagreement(view), *_sections(view)]
    lines += [*_questions(view), *gap_lines(view.gaps, lang), *plan_lines(view.gaps, lang)]
    lines += [*_notes(view), *footer_lines(view.brand, lang)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _header(view: TeamView) -> list[str]:
    lang = view.language
    facts = [(text(lang, "team_respondents"), str(view.respondents))]
    if view.overall.count:
        score = text(lang, "score_of_100", score=format_score(view.overall.mean))
        facts.append((text(lang, "team_overall"), f"{score} ({spread_text(lang, view.overall)})"))
    facts += band_facts(lang, view.rating_label, view.stage_label)
    if view.respondents:
        detail = text(
            lang, "team_complete_detail", complete=view.complete, respondents=view.respondents
        )
        completeness = format_percent(lang, view.completeness.mean)
        facts.append((text(lang, "team_mean_completeness"), f"{completeness} ({detail})"))
    lines = header_lines(view.brand, text(lang, "team_report_title"), view, facts)
    if not view.respondents:
        lines += [text(lang, "team_none_used"), ""]
    return lines


def _participation(view: TeamView) -> list[str]:
    lang = view.language
    lines = [f"## {text(lang, 'team_participation_heading')}", ""]
    if view.roles:
        header = [text(lang, "col_role"), text(lang, "col_respondents")]
        rows = [[r.label, str(r.count)] for r in view.roles]
        lines += [*markdown_table(header, rows, ("---", NUMBER)), ""]
    if len(view.bank_versions) > 1 or any(v != view.bank_version for v, _ in view.bank_versions):
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
        lines += [*markdown_table(header, rows, ("---", "---")), ""]
    if view.warnings:
        lines += [f"### {text(lang, 'team_warnings_heading')} ({len(view.warnings)})", ""]
        lines += [f"- {markdown_text(w)}" for w in view.warnings]
        lines.append("")
    return lines


def _disagreement(view: TeamView) -> list[str]:
    lang = view.language
    rule = text(lang, "team_disagreement_rule", threshold=format_score(view.threshold))
    lines = [f"## {text(lang, 'team_disagreement_heading')}", "", rule, ""]
    if not view.disagreements:
        return [*lines, text(lang, "team_disagreement_none"), ""]
    for item in view.disagreements:
        label = getattr(item, "text", None) or getattr(item, "title", item.id)
        detail = spread_text(lang, item.stats, "team_spread_detail")
        lines.append(f"- {markdown_text(label)} ({markdown_text(detail)})")
    return [*lines, ""]


def _flag(language: str, stats: StatsView) -> str:
    return text(language, "team_flag") if stats.disagreement else ""


def _sections(view: TeamView) -> list[str]:
    lang = view.language
    rows = [
        [
            s.title,
            *stats_cells(s.stats),
            format_score(s.target),
            format_score(s.gap),
            _flag(lang, s.stats),
        ]
        for s in view.sections
    ]
    align = ("---", *[NUMBER] * 7, "---")
    lines = [f"## {text(lang, 'team_sections_heading')}", ""]
    lines += [*markdown_table([text(lang, c) for c in SECTION_COLUMNS], rows, align), ""]
    if view.roles:
        header = [text(lang, "col_section"), *(r.label for r in view.roles)]
        role_rows = [[s.title, *role_means(view, s.by_role)] for s in view.sections]
        lines += [f"### {text(lang, 'team_roles_heading')}", ""]
        lines += [*markdown_table(header, role_rows, ("---", *[NUMBER] * len(view.roles))), ""]
    return lines


def _questions(view: TeamView) -> list[str]:
    lang = view.language
    role_labels = [r.label for r in view.roles]
    header = [text(lang, c) for c in QUESTION_COLUMNS[:-1]] + role_labels + [text(lang, "col_flag")]
    align = ("---", *[NUMBER] * (6 + len(role_labels)), "---")
    lines = [f"## {text(lang, 'team_questions_heading')}", ""]
    for section in view.sections:
        rows = [
            [
                q.text,
                *stats_cells(q.stats),
                str(q.unknown),
                *role_means(view, q.by_role),
                _flag(lang, q.stats),
            ]
            for q in view.questions
            if q.section == section.id
        ]
        lines += [f"### {markdown_text(section.title)}", "", *markdown_table(header, rows, align)]
        lines.append("")
    return lines


def _notes(view: TeamView) -> list[str]:
    if not view.notes:
        return []
    lang = view.language
    items = [
        f"- **{markdown_text(n.text)}** "
        + markdown_text(
            text(
                lang,
                "team_note_author",
                name=n.name or text(lang, "team_anonymous"),
                role=n.role_label,
            )
        )
        + f": {markdown_text(n.note)}"
        for n in view.notes
    ]
    return [f"## {text(lang, 'team_notes_heading')}", "", *items, ""]
