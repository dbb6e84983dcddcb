"""A Comparison joined with its Bank in one language, and the comparison's JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selfassess.core.compare import Comparison, Delta, Snapshot, moves
from selfassess.core.model import Bank, localize
from selfassess.core.render.json_parts import bank_json
from selfassess.core.render.view import section_titles
from selfassess.core.strings import round_score, text

COMPARISON_FORMAT = "selfassess/comparison@1"
STATUSES = ("improved", "unchanged", "worse", "missing")


@dataclass(frozen=True)
class SideView:
    kind: str
    label: str
    """What the side is, in words: "answers of Ana", "team report (20 respondents)"."""
    name: str
    respondents: int
    bank_version: str
    bank_hash: str
    date: str


@dataclass(frozen=True)
class DeltaView:
    id: str
    kind: str
    """"overall", "section" or "question"."""
    title: str
    section: str
    baseline: float | None
    current: float | None
    delta: float | None
    status: str
    status_label: str


@dataclass(frozen=True)
class ItemView:
    id: str
    title: str


@dataclass(frozen=True)
class CompareView:
    language: str
    bank_id: str
    bank_version: str
    bank_hash: str
    bank_title: str
    tolerance: float
    baseline: SideView
    current: SideView
    overall: DeltaView
    sections: tuple[DeltaView, ...]
    questions: tuple[DeltaView, ...]
    most_improved: tuple[DeltaView, ...]
    most_worse: tuple[DeltaView, ...]
    sections_added: tuple[ItemView, ...]
    sections_removed: tuple[ItemView, ...]
    questions_added: tuple[ItemView, ...]
    questions_removed: tuple[ItemView, ...]
    questions_changed: tuple[ItemView, ...]
    versions_differ: bool
    changes_known: bool
    """Both sides record their questions' content, so changed questions could be told."""

    def counts(self, kind: str) -> dict[str, int]:
        deltas = self.sections if kind == "section" else self.questions
        return {status: sum(1 for d in deltas if d.status == status) for status in STATUSES}


def _side(side: Snapshot, language: str) -> SideView:
    if side.kind == "team":
        label = text(language, "compare_kind_team", count=side.respondents)
    elif side.name:
        label = text(language, "compare_kind_response", name=side.name)
    else:
        label = text(language, "compare_kind_response_anonymous")
    return SideView(
        kind=side.kind,
        label=label,
        name=side.name,
        respondents=side.respondents,
        bank_version=side.bank_version,
        bank_hash=side.bank_hash,
        date=side.date,
    )


def compare_view(comparison: Comparison, bank: Bank) -> CompareView:
    language = comparison.language
    titles = section_titles(bank, language)
    questions = {q.id: (s.id, localize(q.text, language)) for s, q in bank.questions()}

    def view(delta: Delta, kind: str) -> DeltaView:
        if kind == "section":
            title, section = titles.get(delta.id, delta.id), delta.id
        elif kind == "question":
            section, title = questions.get(delta.id, ("", delta.id))
        else:
            title, section = text(language, "compare_overall"), ""
        return DeltaView(
            id=delta.id,
            kind=kind,
            title=title,
            section=section,
            baseline=round_score(delta.baseline),
            current=round_score(delta.current),
            delta=delta.delta,
            status=delta.status,
            status_label=text(language, f"status_{delta.status}"),
        )

    sections = tuple(view(d, "section") for d in comparison.sections)
    question_views = tuple(view(d, "question") for d in comparison.questions)
    by_id = {(v.kind, v.id): v for v in (*sections, *question_views)}

    def top(status: str) -> tuple[DeltaView, ...]:
        chosen = [
            *(by_id["section", d.id] for d in moves(comparison.sections, status)),
            *(by_id["question", d.id] for d in moves(comparison.questions, status)),
        ]
        return tuple(chosen)

    def items(ids: tuple[str, ...], titles: dict[str, str]) -> tuple[ItemView, ...]:
        return tuple(ItemView(i, titles.get(i, i)) for i in ids)

    question_titles = {qid: title for qid, (_, title) in questions.items()}
    return CompareView(
        language=language,
        bank_id=comparison.bank_id,
        bank_version=comparison.bank_version,
        bank_hash=comparison.bank_hash,
        bank_title=localize(bank.title, language),
        tolerance=comparison.tolerance,
        baseline=_side(comparison.baseline, language),
        current=_side(comparison.current, language),
        overall=view(comparison.overall, "overall"),
        sections=sections,
        questions=question_views,
        most_improved=top("improved"),
        most_worse=top("worse"),
        sections_added=items(comparison.sections_added, titles),
        sections_removed=items(comparison.sections_removed, titles),
        questions_added=items(comparison.questions_added, question_titles),
        questions_removed=items(comparison.questions_removed, question_titles),
        questions_changed=items(comparison.questions_changed, question_titles),
        versions_differ=comparison.versions_differ,
        changes_known=bool(comparison.baseline.fingerprints and comparison.current.fingerprints),
    )


def _delta_json(d: DeltaView) -> dict[str, Any]:
    data: dict[str, Any] = {"id": d.id, "title": d.title}
    if d.kind == "question":
        data["section"] = d.section
    return {
        **data,
        "baseline": d.baseline,
        "current": d.current,
        "delta": d.delta,
        "status": d.status,
    }


def _side_json(side: SideView) -> dict[str, Any]:
    return {
        "kind": side.kind,
        "label": side.label,
        "name": side.name,
        "respondents": side.respondents,
        "bank_version": side.bank_version,
        "bank_hash": side.bank_hash,
        "date": side.date,
    }


def _items_json(items: tuple[ItemView, ...]) -> list[dict[str, str]]:
    return [{"id": i.id, "title": i.title} for i in items]


def compare_to_json(view: CompareView) -> dict[str, Any]:
    """The comparison as plain JSON data, keys in a stable order."""
    return {
        "format": COMPARISON_FORMAT,
        "bank": bank_json(view),
        "language": view.language,
        "tolerance": view.tolerance,
        "baseline": _side_json(view.baseline),
        "current": _side_json(view.current),
        "overall": {k: v for k, v in _delta_json(view.overall).items() if k not in ("id", "title")},
        "summary": {
            "sections": view.counts("section"),
            "questions": view.counts("question"),
            "most_improved": [{"kind": d.kind, **_delta_json(d)} for d in view.most_improved],
            "most_worse": [{"kind": d.kind, **_delta_json(d)} for d in view.most_worse],
        },
        "sections": [_delta_json(d) for d in view.sections],
        "questions": [_delta_json(d) for d in view.questions],
        "versions_differ": view.versions_differ,
        "sections_added": _items_json(view.sections_added),
        "sections_removed": _items_json(view.sections_removed),
        "questions_added": _items_json(view.questions_added),
        "questions_removed": _items_json(view.questions_removed),
        "questions_changed": _items_json(view.questions_changed),
        "changes_known": view.changes_known,
    }
