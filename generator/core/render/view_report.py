"""A Report joined with its Bank in one language: what every report format shows.

The Report holds ids and unrounded numbers; readers need titles, labels and actions in
their language and numbers rounded once. Doing that here keeps the formats in step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import fsum
from typing import TYPE_CHECKING, ClassVar

from selfassess.core.asking import NOT_ASKED_REASONS
from selfassess.core.brand import Brand
from selfassess.core.model import NOT_APPLICABLE, Bank, DisplayScale, Question, localize
from selfassess.core.render.numbers import round_score
from selfassess.core.render.view_common import (
    BankHeader,
    GapView,
    answer_label,
    band_label,
    bank_header,
    gap_views,
    group_titles,
    plan_actions,
    question_text,
    role_label,
    section_titles,
    step_text,
    stream_titles,
)
from selfassess.core.results import (
    Answer,
    NextStage,
    PlanStep,
    QuestionResult,
    Report,
    SectionResult,
)
from selfassess.core.strings import text

if TYPE_CHECKING:
    from selfassess.core.plan import SectionStanding


@dataclass(frozen=True)
class StreamView:
    id: str
    key: str
    """"section/stream": stream ids are only unique within their section."""
    section: str
    title: str
    score: float | None
    weight: float
    answered: int
    total: int


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    score: float | None
    rating: str | None
    rating_label: str
    target: float
    gap: float | None
    weight: float
    answered: int
    unknown: int
    total: int
    group: str = ""
    level: int | None = None
    streams: tuple[StreamView, ...] = ()
    not_asked: int = 0
    not_asked_by_reason: Mapping[str, int] | None = None


@dataclass(frozen=True)
class GroupView:
    id: str
    title: str
    score: float | None
    weight: float
    level: int | None
    sections: tuple[str, ...]
    target: float | None = None
    """The weighted mean of its sections' targets: what the charts draw it against."""


@dataclass(frozen=True)
class RowView:
    """A row of the structure table: a group, a section or a stream, at its depth."""

    kind: str
    """"group", "section" or "stream"."""
    id: str
    depth: int
    title: str
    score: float | None
    rating: str | None = None
    rating_label: str = ""
    level: int | None = None
    target: float | None = None
    gap: float | None = None


@dataclass(frozen=True)
class NextStageView:
    id: str
    label: str
    missing: tuple[str, ...]
    """The labels of its rules that do not hold, then "score below its floor" when it is."""


@dataclass(frozen=True)
class StepView:
    """One step of the plan, in the plan's order."""

    question: str
    section: str
    section_title: str
    group: str
    stream: str
    level: int
    option: str
    text: str
    gap: float | None
    """The section's gap."""


@dataclass(frozen=True)
class QuestionView:
    id: str
    section: str
    section_title: str
    text: str
    answer: Answer
    answer_label: str
    value: float | None
    note: str
    action: str
    """The next step when its answer falls short of the target, else ""."""
    criteria: tuple[str, ...] = ()
    not_asked: str = ""
    """"" when asked; else why not: "condition" or "role"."""
    stream: str = ""
    group: str = ""
    level: int = 0


@dataclass(frozen=True)
class ReportView:
    kind: ClassVar[str] = "report"
    language: str
    header: BankHeader
    respondent_name: str
    respondent_role: str
    """As in the response file: usually one of the bank's role ids."""
    respondent_role_label: str
    score: float | None
    rating: str | None
    rating_label: str
    stage: str | None
    stage_label: str
    completeness: float
    answered: int
    unknown: int
    total: int
    sections: tuple[SectionView, ...]
    gaps: tuple[GapView, ...]
    questions: tuple[QuestionView, ...]
    groups: tuple[GroupView, ...] = ()
    levels: int = 0
    """The bank's number of levels; 0 without levels."""
    level: int | None = None
    not_asked: int = 0
    not_asked_by_reason: Mapping[str, int] | None = None
    next_stage: NextStageView | None = None
    plan: tuple[StepView, ...] = ()
    display: DisplayScale | None = None
    structured: bool = False
    """The bank has groups, streams or levels: the report shows its structure, levels and
    the plan in its order; a bank without them keeps the sections table and gaps' plan."""

    @property
    def plan_order(self) -> tuple[tuple[str, int], ...]:
        """(question id, level) of each step in the order the report's plan shows them."""
        return plan_order(self.structured, self.plan, self.gaps)

    @property
    def unanswered(self) -> tuple[QuestionView, ...]:
        return tuple(
            q for q in self.questions
            if q.value is None and q.answer != NOT_APPLICABLE and not q.not_asked
        )  # fmt: skip

    @property
    def unknown_questions(self) -> tuple[QuestionView, ...]:
        return tuple(q for q in self.questions if q.answer == NOT_APPLICABLE and not q.not_asked)

    @property
    def noted(self) -> tuple[QuestionView, ...]:
        return tuple(q for q in self.questions if q.note.strip())

    @property
    def rows(self) -> tuple[RowView, ...]:
        """The structure table: each group, then its sections, each followed by its streams."""
        by_id = {s.id: s for s in self.sections}
        rows: list[RowView] = []
        if not self.groups:
            for section in self.sections:
                rows += _section_rows(section, 0)
            return tuple(rows)
        for group in self.groups:
            rows.append(RowView("group", group.id, 0, group.title, group.score, level=group.level))
            for sid in group.sections:
                if sid in by_id:
                    rows += _section_rows(by_id[sid], 1)
        return tuple(rows)


def not_asked_text(language: str, count: int, reasons: Mapping[str, int] | None) -> str:
    """How many questions were not asked and why: "3 questions not asked: 2 by a condition,
    1 by role"; "" when all were asked."""
    if not count:
        return ""
    return text(language, "not_asked_detail", count=count, reasons=reasons_text(language, reasons))


def reasons_text(language: str, reasons: Mapping[str, int] | None) -> str:
    """Counts of not asked by reason, in words: "2 by a condition, 1 by role"."""
    return ", ".join(text(language, f"not_asked_{r}", count=n) for r, n in (reasons or {}).items())


def next_stage_text(language: str, stage: NextStageView) -> str:
    """What the next stage still lacks, in words."""
    if not stage.missing:
        return stage.label
    return text(language, "next_stage_lacks", stage=stage.label, missing="; ".join(stage.missing))


def level_text(language: str, level: int | None, levels: int) -> str:
    """A level reached out of the bank's levels: "2 of 3"; "" when there is none."""
    return "" if level is None else text(language, "level_of", level=level, levels=levels)


def _section_rows(section: SectionView, depth: int) -> list[RowView]:
    row = RowView("section", section.id, depth, section.title, section.score, section.rating,
                  section.rating_label, section.level, section.target, section.gap)  # fmt: skip
    streams = [RowView("stream", t.key, depth + 1, t.title, t.score) for t in section.streams]
    return [row, *streams]


def report_view(report: Report, bank: Bank, brand: Brand | None = None) -> ReportView:
    """Everything a report shows, in the report's language, numbers rounded to one decimal."""
    language = report.language
    titles = section_titles(bank, language)
    groups = group_titles(bank, language)
    streams = stream_titles(bank, language)
    steps = {s.question: s.option for s in report.plan}
    sections = tuple(_section_view(s, bank, titles, streams, language) for s in report.sections)
    gaps = {s.id: s.gap for s in sections}
    return ReportView(
        language=language,
        header=bank_header(report, bank, language, brand),
        respondent_name=report.respondent_name,
        respondent_role=report.respondent_role,
        respondent_role_label=role_label(bank, report.respondent_role, language),
        score=round_score(report.score),
        rating=report.rating,
        rating_label=band_label(bank.ratings, report.rating, language),
        stage=report.stage,
        stage_label=band_label(bank.stages, report.stage, language),
        completeness=round(report.completeness, 1),
        answered=report.answered,
        unknown=report.unknown,
        total=report.total,
        sections=sections,
        gaps=gap_views(report.gaps, bank, titles, language, steps),
        questions=tuple(
            _question_view(r, bank.question(r.id), titles.get(r.section, r.section),
                           steps.get(r.id, ""), language)
            for r in report.questions
        ),
        groups=tuple(
            GroupView(g.id, groups.get(g.id) or g.id,
                      round_score(g.score), g.weight, g.level, g.sections,
                      mean_target(sections, g.sections))
            for g in report.groups
        ),
        levels=bank.levels,
        level=report.level,
        not_asked=report.not_asked,
        not_asked_by_reason=_reasons(report.not_asked_by_reason),
        next_stage=next_stage_view(report.next_stage, bank, language),
        plan=step_views(report.plan, bank, titles, gaps, language),
        display=report.display,
        structured=is_structured(bank),
    )


def is_structured(bank: Bank) -> bool:
    """The bank has groups, streams or levels: its reports show their structure and the plan
    in its order (`step_views`); without them, the sections table and the gaps' plan."""
    return bool(bank.groups or bank.levels or any(s.streams for s in bank.sections))


def step_views(
    plan: Sequence[PlanStep],
    bank: Bank,
    titles: Mapping[str, str],
    gaps: Mapping[str, float | None],
    language: str,
) -> tuple[StepView, ...]:
    """The plan's steps with their section's title and (rounded) gap and their step's text:
    a single report's and a team report's alike."""
    return tuple(
        StepView(
            question=s.question,
            section=s.section,
            section_title=titles.get(s.section, s.section),
            group=s.group,
            stream=s.stream,
            level=s.level,
            option=s.option,
            text=step_text(bank.question(s.question), s.option, language),
            gap=gaps.get(s.section),
        )
        for s in plan
    )


def plan_order(
    structured: bool, plan: Sequence[StepView], gaps: Sequence[GapView]
) -> tuple[tuple[str, int], ...]:
    """(question id, level) of each step in the order a report's plan shows them: the plan's
    own order when the report shows its structure, else its gaps' actions."""
    if structured:
        return tuple((p.question, p.level) for p in plan)
    return tuple((a.question, a.level) for _, a in plan_actions(gaps))


def mean_target(sections: Sequence[SectionStanding], ids: Sequence[str]) -> float | None:
    """A group's target: the weighted mean of its sections' (what the charts draw it against,
    in a single report and a team's alike); None when its sections weigh nothing."""
    chosen = [s for s in sections if s.id in ids]
    weight = fsum(s.weight for s in chosen)
    return round(fsum(s.target * s.weight for s in chosen) / weight, 1) if weight else None


def _reasons(reasons: Mapping[str, int]) -> dict[str, int]:
    """Not-asked counts by reason, in a fixed order ("condition", "role"), without zeros."""
    return {r: reasons[r] for r in NOT_ASKED_REASONS if reasons.get(r)}


def _section_view(
    section: SectionResult,
    bank: Bank,
    titles: Mapping[str, str],
    streams: Mapping[tuple[str, str], str],
    language: str,
) -> SectionView:
    return SectionView(
        id=section.id,
        title=titles.get(section.id, section.id),
        score=round_score(section.score),
        rating=section.rating,
        rating_label=band_label(bank.ratings, section.rating, language),
        target=round(section.target, 1),
        gap=round_score(section.gap),
        weight=section.weight,
        answered=section.answered,
        unknown=section.unknown,
        total=section.total,
        group=section.group,
        level=section.level,
        streams=tuple(
            StreamView(t.id, f"{section.id}/{t.id}", section.id,
                       streams.get((section.id, t.id), t.id), round_score(t.score), t.weight,
                       t.answered, t.total)
            for t in section.streams
        ),
        not_asked=section.not_asked,
        not_asked_by_reason=_reasons(section.not_asked_by_reason),
    )


def next_stage_view(stage: NextStage | None, bank: Bank, language: str) -> NextStageView | None:
    """What the next stage lacks, in `language`; None when there is no next stage."""
    if stage is None:
        return None
    missing = [localize(label, language) for label in stage.missing]
    if stage.below_floor:
        missing.append(text(language, "next_stage_floor"))
    return NextStageView(stage.id, band_label(bank.stages, stage.id, language), tuple(missing))


def _question_view(
    result: QuestionResult,
    question: Question | None,
    section_title: str,
    option: str,
    language: str,
) -> QuestionView:
    return QuestionView(
        id=result.id,
        section=result.section,
        section_title=section_title,
        text=question_text(question, result.id, language),
        answer=result.answer,
        answer_label=answer_label(question, result.answer, language),
        value=result.value,
        note=result.note,
        action=step_text(question, option, language) if result.falls_short else "",
        criteria=tuple(localize(c, language) for c in question.criteria) if question else (),
        not_asked=result.not_asked,
        stream=result.stream,
        group=result.group,
        level=result.level,
    )
