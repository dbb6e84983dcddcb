"""A TeamReport joined with its Bank in one language: what every team report format shows.

As for a single report, the view holds what every format shows: titles and labels in the
report's language, numbers rounded once to one decimal, and the tables' columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from selfassess.core.aggregate import NO_ROLE, Rejected, Stats, TeamReport
from selfassess.core.asking import asks_everyone
from selfassess.core.brand import Brand
from selfassess.core.compare import question_fingerprint
from selfassess.core.model import Bank, DisplayScale
from selfassess.core.render.numbers import Numbers, round_score
from selfassess.core.render.view_common import (
    BankHeader,
    GapView,
    band_label,
    bank_header,
    gap_views,
    group_titles,
    question_text,
    role_label,
    section_titles,
    stream_titles,
)
from selfassess.core.render.view_report import (
    NextStageView,
    StepView,
    is_structured,
    mean_target,
    next_stage_view,
    plan_order,
    reasons_text,
    step_views,
)
from selfassess.core.strings import text


@dataclass(frozen=True)
class StatsView:
    mean: float | None
    min: float | None
    max: float | None
    spread: float | None
    count: int
    disagreement: bool

    def cells(self, n: Numbers) -> list[str]:
        """The mean, min, max, spread and count as the tables show them (on the display
        scale when the bank has one: the spread, a difference, by its span only)."""
        scores = (self.mean, self.min, self.max)
        return [*(n.shown(v) for v in scores), n.shown_gap(self.spread), str(self.count)]

    def spread_text(self, n: Numbers, key: str = "team_range") -> str:
        """How the answers spread, in words: min, max, spread and count (and mean)."""
        return text(
            n.language,
            key,
            mean=n.shown(self.mean),
            min=n.shown(self.min),
            max=n.shown(self.max),
            spread=n.shown_gap(self.spread),
            count=self.count,
        )


@dataclass(frozen=True)
class RoleView:
    id: str
    label: str
    count: int


@dataclass(frozen=True)
class TeamSectionView:
    id: str
    title: str
    stats: StatsView
    target: float
    gap: float | None
    rating: str | None
    rating_label: str
    weight: float
    by_role: tuple[tuple[str, StatsView], ...]
    """(role id, stats) in the order of the report's roles."""


@dataclass(frozen=True)
class TeamLevelView:
    """A group or a stream of the team report: its statistics, for the team and by role."""

    kind: str
    """"group" or "stream"."""
    id: str
    """The group's id; a stream's "section/stream"."""
    title: str
    section: str
    """A stream's section; "" for a group."""
    stats: StatsView
    weight: float
    by_role: tuple[tuple[str, StatsView], ...]
    target: float | None = None
    """A group's: the weighted mean of its sections' targets, as in a single report."""


@dataclass(frozen=True)
class TeamQuestionView:
    id: str
    section: str
    section_title: str
    text: str
    fingerprint: str
    stats: StatsView
    unknown: int
    unanswered: int
    by_role: tuple[tuple[str, StatsView], ...]
    not_asked: int = 0
    """Respondents who were not asked it (its condition or their role)."""
    not_asked_by_reason: Mapping[str, int] | None = None
    """Those respondents by reason, in the reports' order of reasons."""


@dataclass(frozen=True)
class TeamNoteView:
    question: str
    text: str
    name: str
    role: str
    role_label: str
    note: str


@dataclass(frozen=True)
class TeamView:
    kind: ClassVar[str] = "team"
    SECTION_COLUMNS: ClassVar[tuple[str, ...]] = (
        "col_section", "col_mean", "col_min", "col_max", "col_spread", "col_count",
        "col_target", "col_gap", "col_flag",
    )  # fmt: skip
    """The section table's columns, in HTML and Markdown alike (string keys of the headers)."""
    QUESTION_COLUMNS: ClassVar[tuple[str, ...]] = (
        "col_question", "col_mean", "col_min", "col_max", "col_spread", "col_count",
        "col_unknown", "col_flag",
    )  # fmt: skip
    """The question table's columns, in HTML and Markdown alike (before the role columns),
    when the bank asks every question of everyone; see `question_columns`."""
    language: str
    header: BankHeader
    respondents: int
    rejected: tuple[Rejected, ...]
    warnings: tuple[str, ...]
    roles: tuple[RoleView, ...]
    bank_versions: tuple[tuple[str, int], ...]
    complete: int
    completeness: StatsView
    overall: StatsView
    rating: str | None
    rating_label: str
    stage: str | None
    stage_label: str
    threshold: float
    sections: tuple[TeamSectionView, ...]
    questions: tuple[TeamQuestionView, ...]
    gaps: tuple[GapView, ...]
    notes: tuple[TeamNoteView, ...]
    groups: tuple[TeamLevelView, ...] = ()
    streams: tuple[TeamLevelView, ...] = ()
    next_stage: NextStageView | None = None
    display: DisplayScale | None = None
    asks_everyone: bool = True
    """The bank has no condition and no audience: no question table counts the not asked."""
    levels: int = 0
    """The bank's number of levels: the plan has a phase column when it has any."""
    plan: tuple[StepView, ...] = ()
    """The plan of the team's means, ranked as a single report's (`plan_steps`)."""
    structured: bool = False
    """As a single report's: the plan in its order when the bank has groups, streams or
    levels, else the gaps' plan."""

    @property
    def plan_order(self) -> tuple[tuple[str, int], ...]:
        """(question id, level) of each step in the order the team's plan shows them."""
        return plan_order(self.structured, self.plan, self.gaps)

    @property
    def question_columns(self) -> tuple[str, ...]:
        """The question table's columns: "Not asked" after "Don't know" when a question can
        be left unasked (by a condition or by role)."""
        if self.asks_everyone:
            return self.QUESTION_COLUMNS
        return (*self.QUESTION_COLUMNS[:-1], "col_not_asked", self.QUESTION_COLUMNS[-1])

    def question_counts(self, question: TeamQuestionView) -> list[str]:
        """The question's "don't know" count, then its "not asked" one when the table has it,
        with why ("2 (1 by a condition, 1 by role)") when any respondent was not asked it."""
        counts = [str(question.unknown)]
        if self.asks_everyone:
            return counts
        if not question.not_asked:
            return [*counts, "0"]
        why = reasons_text(self.language, question.not_asked_by_reason)
        return [*counts, text(self.language, "team_not_asked_count", count=question.not_asked,
                              reasons=why)]  # fmt: skip

    @property
    def numbers(self) -> Numbers:
        """How the team report writes numbers for a reader."""
        return Numbers(self.language, self.display)

    @property
    def versions_mixed(self) -> bool:
        """The responses answered several versions of the bank, or another than the report's:
        the participation lists the versions."""
        versions = self.bank_versions
        return len(versions) > 1 or any(v != self.header.bank_version for v, _ in versions)

    @property
    def role_labels(self) -> dict[str, str]:
        return {r.id: r.label for r in self.roles}

    @property
    def disagreements(self) -> tuple[TeamSectionView | TeamQuestionView, ...]:
        """Sections, then questions, whose respondents disagree."""
        flagged = [s for s in self.sections if s.stats.disagreement]
        return (*flagged, *(q for q in self.questions if q.stats.disagreement))

    def role_means(self, by_role: tuple[tuple[str, StatsView], ...]) -> list[str]:
        """Each of the report's roles' mean and count for one figure, in the report's order."""
        cells = dict(by_role)
        return [
            text(
                self.language,
                "team_mean_count",
                mean=self.numbers.shown(cells[r.id].mean),
                count=cells[r.id].count,
            )
            for r in self.roles
        ]


def stats_view(stats: Stats) -> StatsView:
    return StatsView(
        mean=round_score(stats.mean),
        min=round_score(stats.min),
        max=round_score(stats.max),
        spread=round_score(stats.spread),
        count=stats.count,
        disagreement=stats.disagreement,
    )


def team_role_label(bank: Bank, role: str, language: str) -> str:
    return text(language, "role_none") if role == NO_ROLE else role_label(bank, role, language)


def _by_role(by_role: Mapping[str, Stats]) -> tuple[tuple[str, StatsView], ...]:
    return tuple((role, stats_view(s)) for role, s in by_role.items())


def team_view(team: TeamReport, bank: Bank, brand: Brand | None = None) -> TeamView:
    """Everything a team report shows, in the team report's language."""
    language = team.language
    titles = section_titles(bank, language)
    groups = group_titles(bank, language)
    streams = stream_titles(bank, language)
    sections = tuple(
        TeamSectionView(
            id=s.id,
            title=titles.get(s.id, s.id),
            stats=stats_view(s.stats),
            target=round(s.target, 1),
            gap=round_score(s.gap),
            rating=s.rating,
            rating_label=band_label(bank.ratings, s.rating, language),
            weight=s.weight,
            by_role=_by_role(s.by_role),
        )
        for s in team.sections
    )
    return TeamView(
        language=language,
        header=bank_header(team, bank, language, brand),
        respondents=team.respondents,
        rejected=team.rejected,
        warnings=team.warnings,
        roles=tuple(
            RoleView(role, team_role_label(bank, role, language), count)
            for role, count in team.roles
        ),
        bank_versions=team.bank_versions,
        complete=team.complete,
        completeness=stats_view(team.completeness),
        overall=stats_view(team.overall),
        rating=team.rating,
        rating_label=band_label(bank.ratings, team.rating, language),
        stage=team.stage,
        stage_label=band_label(bank.stages, team.stage, language),
        threshold=team.threshold,
        sections=sections,
        questions=tuple(
            TeamQuestionView(
                id=q.id,
                section=q.section,
                section_title=titles.get(q.section, q.section),
                text=question_text(bank.question(q.id), q.id, language),
                fingerprint=question_fingerprint(bank, q.id),
                stats=stats_view(q.stats),
                unknown=q.unknown,
                unanswered=q.unanswered,
                by_role=_by_role(q.by_role),
                not_asked=q.not_asked,
                not_asked_by_reason=q.not_asked_by_reason,
            )
            for q in team.questions
        ),
        gaps=gap_views(team.gaps, bank, titles, language),
        notes=tuple(
            TeamNoteView(
                question=n.question,
                text=question_text(bank.question(n.question), n.question, language),
                name=n.name,
                role=n.role,
                role_label=team_role_label(bank, n.role, language),
                note=n.note,
            )
            for n in team.notes
        ),
        groups=tuple(
            TeamLevelView("group", g.id, groups.get(g.id, g.id), "", stats_view(g.stats),
                          g.weight, _by_role(g.by_role),
                          mean_target(sections, bank.groups[index].sections))
            for index, g in enumerate(team.groups)
        ),
        streams=tuple(
            TeamLevelView("stream", f"{t.section}/{t.id}",
                          streams.get((t.section, t.id), t.id), t.section,
                          stats_view(t.stats), t.weight, _by_role(t.by_role))
            for t in team.streams
        ),
        next_stage=next_stage_view(team.next_stage, bank, language),
        display=bank.display,
        asks_everyone=asks_everyone(bank),
        levels=bank.levels,
        plan=step_views(team.plan, bank, titles, {s.id: s.gap for s in sections}, language),
        structured=is_structured(bank),
    )  # fmt: skip
