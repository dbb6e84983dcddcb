"""A Comparison joined with its Bank in one language: what every comparison format shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from selfassess.core.brand import Brand
from selfassess.core.compare import Comparison, Delta, Snapshot, moves
from selfassess.core.model import Bank, DisplayScale, localize
from selfassess.core.render.numbers import Numbers, round_score
from selfassess.core.render.view_common import (
    BankHeader,
    bank_header,
    group_titles,
    section_titles,
    stream_titles,
)
from selfassess.core.strings import text

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

    def described(self, language: str) -> str:
        """The side in words, with its bank version (and date, when known)."""
        key = "compare_side_date" if self.date else "compare_side_detail"
        return text(language, key, what=self.label, version=self.bank_version, date=self.date[:10])


@dataclass(frozen=True)
class DeltaView:
    id: str
    kind: str
    """"overall", "group", "section", "stream" or "question"."""
    title: str
    section: str
    baseline: float | None
    current: float | None
    delta: float | None
    status: str
    status_label: str

    def values_text(self, n: Numbers) -> str:
        """Baseline, current and the change between them, in words."""
        return text(
            n.language,
            "compare_overall_value",
            baseline=n.shown(self.baseline),
            current=n.shown(self.current),
            delta=n.shown_delta(self.delta),
        )


@dataclass(frozen=True)
class ItemView:
    id: str
    title: str


@dataclass(frozen=True)
class CompareView:
    kind: ClassVar[str] = "compare"
    language: str
    header: BankHeader
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
    groups: tuple[DeltaView, ...] = ()
    streams: tuple[DeltaView, ...] = ()
    groups_added: tuple[ItemView, ...] = ()
    groups_removed: tuple[ItemView, ...] = ()
    streams_added: tuple[ItemView, ...] = ()
    streams_removed: tuple[ItemView, ...] = ()
    display: DisplayScale | None = None

    @property
    def numbers(self) -> Numbers:
        """How the comparison writes numbers for a reader."""
        return Numbers(self.language, self.display)

    @property
    def levels(self) -> tuple[tuple[str, tuple[DeltaView, ...]], ...]:
        """(kind, deltas) of every level of the structure the bank has, from the top."""
        return tuple(
            (kind, deltas)
            for kind, deltas in (("group", self.groups), ("section", self.sections),
                                 ("stream", self.streams), ("question", self.questions))
            if deltas or kind in ("section", "question")
        )  # fmt: skip

    @property
    def one_sided(self) -> tuple[tuple[str, str, tuple[ItemView, ...]], ...]:
        """(kind, string key of the heading, items) of what only one side has, or changed."""
        return (
            ("group", "compare_groups_added", self.groups_added),
            ("group", "compare_groups_removed", self.groups_removed),
            ("section", "compare_sections_added", self.sections_added),
            ("section", "compare_sections_removed", self.sections_removed),
            ("stream", "compare_streams_added", self.streams_added),
            ("stream", "compare_streams_removed", self.streams_removed),
            ("question", "compare_questions_added", self.questions_added),
            ("question", "compare_questions_removed", self.questions_removed),
            ("question", "compare_questions_changed", self.questions_changed),
        )

    def versions_note(self) -> str:
        """Whether the two sides answered the same version of the bank, in words."""
        if not self.versions_differ:
            return text(self.language, "compare_versions_same")
        return text(self.language, "compare_versions_differ",
                    baseline=self.baseline.bank_version or "?",
                    current=self.current.bank_version or "?")  # fmt: skip

    def counts(self, kind: str) -> dict[str, int]:
        deltas = dict(self.levels).get(kind, ())
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


def compare_view(comparison: Comparison, bank: Bank, brand: Brand | None = None) -> CompareView:
    """Everything a comparison shows, in the comparison's language."""
    language = comparison.language
    titles = section_titles(bank, language)
    questions = {q.id: (s.id, localize(q.text, language)) for s, q in bank.questions()}
    others = group_titles(bank, language)
    others.update(
        (f"{section}/{stream}", f"{titles[section]} › {title}")
        for (section, stream), title in stream_titles(bank, language).items()
    )

    def view(delta: Delta, kind: str) -> DeltaView:
        if kind == "section":
            title, section = titles.get(delta.id, delta.id), delta.id
        elif kind in ("group", "stream"):
            title, section = others.get(delta.id, delta.id), delta.id.partition("/")[0]
            section = section if kind == "stream" else ""
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
        header=bank_header(comparison, bank, language, brand),
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
        groups=tuple(view(d, "group") for d in comparison.groups),
        streams=tuple(view(d, "stream") for d in comparison.streams),
        groups_added=items(comparison.groups_added, others),
        groups_removed=items(comparison.groups_removed, others),
        streams_added=items(comparison.streams_added, others),
        streams_removed=items(comparison.streams_removed, others),
        display=bank.display,
    )
