"""The comparison as Markdown, from the same view as its HTML; every untrusted text literal."""

from __future__ import annotations

from collections.abc import Sequence

from selfassess.core.brand import Brand
from selfassess.core.render.compare_html import delta_text, side_text
from selfassess.core.render.compare_view import CompareView, DeltaView, ItemView
from selfassess.core.render.markdown import (
    footer_lines,
    header_lines,
    markdown_table,
    markdown_text,
)
from selfassess.core.strings import format_delta, format_score, text


def render_compare_markdown(view: CompareView, brand: Brand | None = None) -> str:
    lang = view.language
    facts = [
        (text(lang, "compare_baseline"), side_text(lang, view.baseline)),
        (text(lang, "compare_current"), side_text(lang, view.current)),
        (
            text(lang, "compare_overall"),
            f"{delta_text(lang, view.overall)}, {view.overall.status_label}",
        ),
    ]
    lines = header_lines(brand, text(lang, "compare_title"), view, facts)
    lines += [f"## {text(lang, 'compare_summary_heading')}", ""]
    lines += [text(lang, "compare_counts", **view.counts("section")), ""]
    lines += [text(lang, "compare_tolerance", tolerance=format_score(view.tolerance)), ""]
    lines += _moves(lang, "compare_most_improved", view.most_improved)
    lines += _moves(lang, "compare_most_worse", view.most_worse)
    lines += _deltas(lang, "compare_sections_heading", "col_section", view.sections)
    lines += _deltas(lang, "compare_questions_heading", "col_question", view.questions)
    lines += _changes(view)
    lines += footer_lines(brand, lang)
    return "\n".join(lines).rstrip("\n") + "\n"


def _moves(language: str, heading: str, moves: Sequence[DeltaView]) -> list[str]:
    lines = [f"### {text(language, heading)}", ""]
    if not moves:
        return [*lines, text(language, "compare_no_moves"), ""]
    for d in moves:
        move = text(
            language,
            "compare_move",
            title=d.title,
            baseline=format_score(d.baseline),
            current=format_score(d.current),
            delta=format_delta(d.delta),
        )
        lines.append(f"- {markdown_text(move)}")
    return [*lines, ""]


def _deltas(language: str, heading: str, first: str, deltas: Sequence[DeltaView]) -> list[str]:
    columns = (first, "col_baseline", "col_current", "col_delta", "col_status")
    rows = [
        [
            d.title,
            format_score(d.baseline),
            format_score(d.current),
            format_delta(d.delta),
            d.status_label,
        ]
        for d in deltas
    ]
    table = markdown_table(
        [text(language, c) for c in columns], rows, ("---", "---:", "---:", "---:", "---")
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
    if view.versions_differ:
        note = text(
            lang,
            "compare_versions_differ",
            baseline=view.baseline.bank_version or "?",
            current=view.current.bank_version or "?",
        )
    else:
        note = text(lang, "compare_versions_same")
    lines = [f"## {text(lang, 'compare_changes_heading')}", "", markdown_text(note), ""]
    if view.versions_differ and not view.changes_known:
        lines += [text(lang, "compare_changed_unknown"), ""]
    lines += _items(lang, "compare_sections_added", view.sections_added)
    lines += _items(lang, "compare_sections_removed", view.sections_removed)
    lines += _items(lang, "compare_questions_added", view.questions_added)
    lines += _items(lang, "compare_questions_removed", view.questions_removed)
    lines += _items(lang, "compare_questions_changed", view.questions_changed)
    return lines
