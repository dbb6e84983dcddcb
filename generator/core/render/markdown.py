"""The report as Markdown: readable as plain text, and rendered by any Markdown tool.

Texts from the bank or the response are escaped, so a name or note can neither break a
table nor turn into a link, an HTML tag or a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from selfassess.core.brand import Brand
from selfassess.core.render.json_parts import BankHeader
from selfassess.core.render.view import GapView, QuestionView, ReportView
from selfassess.core.strings import format_percent, format_score, text

_INLINE_MARKUP = re.compile(r"([\\`*_\[\]|~#])")
_BULLET_START = re.compile(r"^([+-])")
_NUMBER_START = re.compile(r"^(\d+)([.)])(?=\s|$)")


def markdown_text(value: str) -> str:
    """User or bank text made literal in Markdown, on one line."""
    flat = " ".join(value.split())
    flat = flat.replace("<", "&lt;").replace(">", "&gt;")
    flat = _INLINE_MARKUP.sub(r"\\\1", flat)
    flat = _BULLET_START.sub(r"\\\1", flat)
    return _NUMBER_START.sub(r"\1\\\2", flat)


def render_markdown(view: ReportView) -> str:
    lines = [*_header(view), *_sections(view)]
    lines += [*gap_lines(view.gaps, view.language), *plan_lines(view.gaps, view.language)]
    lines += _question_list(view, "unanswered_heading", view.unanswered)
    lines += _question_list(view, "unknown_heading", view.unknown_questions)
    lines += _notes(view)
    lines += _footer(view)
    return "\n".join(lines).rstrip("\n") + "\n"


def _header(view: ReportView) -> list[str]:
    lang = view.language
    facts = []
    if view.respondent_name:
        facts.append((text(lang, "respondent"), view.respondent_name))
    if view.respondent_role:
        facts.append((text(lang, "role"), view.respondent_role_label))
    score = text(lang, "score_of_100", score=format_score(view.score))
    facts.append((text(lang, "overall_score"), score))
    facts += band_facts(lang, view.rating_label, view.stage_label)
    detail = text(
        lang, "completeness_detail", answered=view.answered, unknown=view.unknown, total=view.total
    )
    facts.append(
        (text(lang, "completeness"), f"{format_percent(lang, view.completeness)} ({detail})")
    )
    return header_lines(view.brand, text(lang, "report_title"), view, facts)


def header_lines(
    brand: Brand | None, title: str, view: BankHeader, facts: Sequence[tuple[str, str]]
) -> list[str]:
    """A report's heading (after the brand's name, when branded), the bank, then its facts."""
    heading = f"{markdown_text(brand.name)} — {title}" if brand and brand.name else title
    version = text(view.language, "bank_version", id=view.bank_id, version=view.bank_version)
    facts = [(text(view.language, "bank"), f"{view.bank_title} ({version})"), *facts]
    return [f"# {heading}", "", *(f"- **{k}:** {markdown_text(v)}" for k, v in facts), ""]


def band_facts(lang: str, rating_label: str, stage_label: str) -> list[tuple[str, str]]:
    """The rating and stage facts, each only when the bank labels it."""
    facts = [(text(lang, "rating"), rating_label)] if rating_label else []
    return facts + ([(text(lang, "stage"), stage_label)] if stage_label else [])


def _sections(view: ReportView) -> list[str]:
    lang = view.language
    header = [text(lang, key) for key in ("col_section", "col_score", "col_rating", "col_target")]
    rows = [
        [
            s.title,
            format_score(s.score),
            s.rating_label,
            format_score(s.target),
            format_score(s.gap),
        ]
        for s in view.sections
    ]
    table = markdown_table(
        [*header, text(lang, "col_gap")], rows, ("---", "---:", "---", "---:", "---:")
    )
    return [f"## {text(lang, 'sections_heading')}", "", *table, ""]


def gap_lines(gaps: Sequence[GapView], lang: str) -> list[str]:
    """The prioritized gaps, each with the actions of its questions that fall short."""
    lines = [f"## {text(lang, 'gaps_heading')}", ""]
    if not gaps:
        return [*lines, text(lang, "gaps_none"), ""]
    for rank, gap in enumerate(gaps, start=1):
        summary = text(
            lang, "gap_summary", gap=format_score(gap.gap), priority=format_score(gap.priority)
        )
        lines += [f"### {rank}. {markdown_text(gap.title)} ({summary})", ""]
        lines += [f"- {markdown_text(a.text)} — {markdown_text(a.action)}" for a in gap.actions]
        if not gap.actions:
            lines.append(text(lang, "gap_no_actions"))
        lines.append("")
    return lines


def plan_lines(gaps: Sequence[GapView], lang: str) -> list[str]:
    """The action plan table, owner and date left blank for the planning session."""
    header = [text(lang, key) for key in ("col_gap_item", "col_action", "col_owner", "col_date")]
    rows = [
        [f"{gap.title} ({format_score(gap.gap)})", action.action, "", ""]
        for gap in gaps
        for action in gap.actions
    ]
    if not rows:
        return []
    table = markdown_table(header, rows, ("---", "---", "---", "---"))
    return [f"## {text(lang, 'plan_heading')}", "", text(lang, "plan_intro"), "", *table, ""]


def _question_list(view: ReportView, heading: str, questions: Sequence[QuestionView]) -> list[str]:
    if not questions:
        return []
    items = [f"- {markdown_text(q.text)} (`{q.id}`)" for q in questions]
    return [f"## {text(view.language, heading)}", "", *items, ""]


def _notes(view: ReportView) -> list[str]:
    if not view.noted:
        return []
    items = [f"- **{markdown_text(q.text)}** {markdown_text(q.note)}" for q in view.noted]
    return [f"## {text(view.language, 'notes_heading')}", "", *items, ""]


def _footer(view: ReportView) -> list[str]:
    return footer_lines(view.brand, view.language)


def footer_lines(brand: Brand | None, language: str) -> list[str]:
    """The brand's footer text and contact, when it has any."""
    if brand is None or not (brand.footer or brand.contact):
        return []
    lines = ["---", ""]
    if brand.footer:
        lines += [markdown_text(brand.footer), ""]
    if brand.contact:
        lines += [f"{text(language, 'contact')}: {markdown_text(brand.contact)}", ""]
    return lines


def markdown_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], align: Sequence[str]
) -> list[str]:
    """A table; every cell is made literal text."""

    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(markdown_text(c) for c in cells) + " |"

    return [row(header), "| " + " | ".join(align) + " |", *(row(r) for r in rows)]
