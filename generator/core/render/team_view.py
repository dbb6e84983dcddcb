"""A TeamReport joined with its Bank in one language, and the team report's JSON form.

As for a single report, the view holds what every format shows: titles and labels in the
report's language, numbers rounded once to one decimal. The JSON form is the view as data,
so the browser and the CLI, which both build it here, write the very same file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from selfassess.core.aggregate import NO_ROLE, Rejected, Stats, TeamReport
from selfassess.core.brand import Brand
from selfassess.core.compare import TEAM_REPORT_FORMAT, question_fingerprint
from selfassess.core.model import Bank, localize
from selfassess.core.render.json_parts import bank_json, gaps_json
from selfassess.core.render.view import (
    GapView,
    band_label,
    bank_questions,
    gap_views,
    question_text,
    role_label,
    section_titles,
)
from selfassess.core.strings import format_score, round_score, text


@dataclass(frozen=True)
class StatsView:
    mean: float | None
    min: float | None
    max: float | None
    spread: float | None
    count: int
    disagreement: bool


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
    language: str
    bank_id: str
    bank_version: str
    bank_hash: str
    bank_title: str
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
    brand: Brand | None

    @property
    def role_labels(self) -> dict[str, str]:
        return {r.id: r.label for r in self.roles}

    @property
    def disagreements(self) -> tuple[TeamSectionView | TeamQuestionView, ...]:
        """Sections, then questions, whose respondents disagree."""
        flagged = [s for s in self.sections if s.stats.disagreement]
        return (*flagged, *(q for q in self.questions if q.stats.disagreement))


def stats_view(stats: Stats) -> StatsView:
    return StatsView(
        mean=round_score(stats.mean),
        min=round_score(stats.min),
        max=round_score(stats.max),
        spread=round_score(stats.spread),
        count=stats.count,
        disagreement=stats.disagreement,
    )


def spread_text(language: str, stats: StatsView, key: str = "team_range") -> str:
    """How a figure's answers spread, in words: min, max, spread and count (and mean)."""
    return text(
        language,
        key,
        mean=format_score(stats.mean),
        min=format_score(stats.min),
        max=format_score(stats.max),
        spread=format_score(stats.spread),
        count=stats.count,
    )


SECTION_COLUMNS = (
    "col_section", "col_mean", "col_min", "col_max", "col_spread", "col_count",
    "col_target", "col_gap", "col_flag",
)  # fmt: skip
"""The team report's section table, in HTML and Markdown alike (string keys of the headers)."""
QUESTION_COLUMNS = (
    "col_question", "col_mean", "col_min", "col_max", "col_spread", "col_count",
    "col_unknown", "col_flag",
)  # fmt: skip
"""The team report's question table, in HTML and Markdown alike (before the role columns)."""


def stats_cells(stats: StatsView) -> list[str]:
    """A figure's mean, min, max, spread and count as its table cells show them."""
    numbers = (stats.mean, stats.min, stats.max, stats.spread)
    return [*(format_score(v) for v in numbers), str(stats.count)]


def role_means(view: TeamView, by_role: tuple[tuple[str, StatsView], ...]) -> list[str]:
    """Each of the report's roles' mean and count for one figure, in the report's order."""
    cells = dict(by_role)
    return [
        text(
            view.language,
            "team_mean_count",
            mean=format_score(cells[r.id].mean),
            count=cells[r.id].count,
        )
        for r in view.roles
    ]


def team_role_label(bank: Bank, role: str, language: str) -> str:
    return text(language, "role_none") if role == NO_ROLE else role_label(bank, role, language)


def _by_role(by_role: Mapping[str, Stats]) -> tuple[tuple[str, StatsView], ...]:
    return tuple((role, stats_view(s)) for role, s in by_role.items())


def team_view(team: TeamReport, bank: Bank, brand: Brand | None = None) -> TeamView:
    """Everything a team report shows, in the team report's language."""
    language = team.language
    titles = section_titles(bank, language)
    questions = bank_questions(bank)
    return TeamView(
        language=language,
        bank_id=team.bank_id,
        bank_version=team.bank_version,
        bank_hash=team.bank_hash,
        bank_title=localize(bank.title, language),
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
        sections=tuple(
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
        ),
        questions=tuple(
            TeamQuestionView(
                id=q.id,
                section=q.section,
                section_title=titles.get(q.section, q.section),
                text=question_text(questions.get(q.id), q.id, language),
                fingerprint=question_fingerprint(bank, q.id),
                stats=stats_view(q.stats),
                unknown=q.unknown,
                unanswered=q.unanswered,
                by_role=_by_role(q.by_role),
            )
            for q in team.questions
        ),
        gaps=gap_views(team.gaps, bank, language),
        notes=tuple(
            TeamNoteView(
                question=n.question,
                text=question_text(questions.get(n.question), n.question, language),
                name=n.name,
                role=n.role,
                role_label=team_role_label(bank, n.role, language),
                note=n.note,
            )
            for n in team.notes
        ),
        brand=brand,
    )


def _stats_json(stats: StatsView) -> dict[str, Any]:
    return {
        "mean": stats.mean,
        "min": stats.min,
        "max": stats.max,
        "spread": stats.spread,
        "count": stats.count,
        "disagreement": stats.disagreement,
    }


def _by_role_json(by_role: tuple[tuple[str, StatsView], ...]) -> dict[str, Any]:
    return {role: _stats_json(s) for role, s in by_role}


def team_to_json(view: TeamView) -> dict[str, Any]:
    """The team report as plain JSON data, keys in a stable order."""
    data: dict[str, Any] = {
        "format": TEAM_REPORT_FORMAT,
        "bank": bank_json(view),
        "language": view.language,
        "respondents": view.respondents,
        "rejected": [{"file": r.file, "reason": r.reason} for r in view.rejected],
        "warnings": list(view.warnings),
        "by_role": {r.id: r.count for r in view.roles},
        "roles": [{"id": r.id, "label": r.label, "count": r.count} for r in view.roles],
        "bank_versions": dict(view.bank_versions),
        "participation": {
            "respondents": view.respondents,
            "complete": view.complete,
            "completeness": _stats_json(view.completeness),
        },
        "disagreement_threshold": view.threshold,
        "overall": {
            **_stats_json(view.overall),
            "rating": view.rating,
            "rating_label": view.rating_label or None,
            "stage": view.stage,
            "stage_label": view.stage_label or None,
        },
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                **_stats_json(s.stats),
                "target": s.target,
                "gap": s.gap,
                "rating": s.rating,
                "rating_label": s.rating_label or None,
                "weight": s.weight,
                "by_role": _by_role_json(s.by_role),
            }
            for s in view.sections
        ],
        "questions": [
            {
                "id": q.id,
                "section": q.section,
                "text": q.text,
                "fingerprint": q.fingerprint,
                **_stats_json(q.stats),
                "unknown": q.unknown,
                "unanswered": q.unanswered,
                "by_role": _by_role_json(q.by_role),
            }
            for q in view.questions
        ],
        "gaps": gaps_json(view.gaps),
        "notes": [
            {
                "question": n.question,
                "name": n.name,
                "role": n.role,
                "role_label": n.role_label,
                "note": n.note,
            }
            for n in view.notes
        ],
    }
    if view.brand is not None:
        data["brand"] = view.brand.metadata()
    return data
