"""Aggregation: many respondents' response files to one bank, combined into a team report.

Each respondent is scored on their own with `scores`, the numbers of a single report's `score`;
the team report then describes the spread of those scores on the 0–100 scale: mean, min,
max, spread (population standard deviation) and count, for the whole team and by role.

Everything here is independent of the order of the files: sums are exact (`math.fsum`),
and every list is ordered by the bank or by name, never by arrival.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from selfassess.core.model import NOT_APPLICABLE, Bank
from selfassess.core.responses import ResponseInvalid, ResponseReading, read_response
from selfassess.core.results import ActionItem, Gap
from selfassess.core.scoring import overall_bands, scores, section_rating_and_gap
from selfassess.core.strings import FALLBACK_LANGUAGE, text

DISAGREEMENT_SPREAD = 25.0
"""Spread (population standard deviation, 0–100 scale) from which respondents disagree.

25 points is one step of the five-point scale. A team split in half between two answers
one step apart ("sometimes" and "often") has a spread of 12.5: people read the question a
little differently. Split between answers two steps apart ("sometimes" and "always"), or
between yes and partial, the spread reaches 25: they no longer see the same organization,
and the planning session should talk about it before acting on the mean. Only figures with
at least two respondents can be flagged.
"""

NO_ROLE = ""
"""The role of respondents who gave none."""


@dataclass(frozen=True)
class Stats:
    """Numbers on the 0–100 scale; mean, min, max and spread are None when count is 0."""

    mean: float | None
    min: float | None
    max: float | None
    spread: float | None
    count: int

    @property
    def disagreement(self) -> bool:
        return self.count >= 2 and self.spread is not None and self.spread >= DISAGREEMENT_SPREAD


EMPTY_STATS = Stats(None, None, None, None, 0)


def stats(values: Sequence[float]) -> Stats:
    """Mean, min, max and population standard deviation; the same whatever the order."""
    if not values:
        return EMPTY_STATS
    count = len(values)
    mean = math.fsum(values) / count
    variance = math.fsum([(v - mean) * (v - mean) for v in values]) / count
    return Stats(mean, min(values), max(values), math.sqrt(variance), count)


@dataclass(frozen=True)
class Rejected:
    """A file that could not be used, and why (naming the field at fault)."""

    file: str
    reason: str


@dataclass(frozen=True)
class SectionStats:
    id: str
    stats: Stats
    """Of the respondents' section scores; respondents who answered none are not counted."""
    target: float
    gap: float | None
    """max(0, target − rounded mean); None when nobody answered the section."""
    rating: str | None
    weight: float
    by_role: Mapping[str, Stats]


@dataclass(frozen=True)
class QuestionStats:
    id: str
    section: str
    stats: Stats
    """Of the answers' values × 100; "don't know" and unanswered are not counted."""
    unknown: int
    unanswered: int
    weight: float
    by_role: Mapping[str, Stats]


@dataclass(frozen=True)
class TeamNote:
    question: str
    name: str
    role: str
    note: str


@dataclass(frozen=True)
class TeamReport:
    bank_id: str
    bank_version: str
    bank_hash: str
    language: str
    respondents: int
    """Files used."""
    rejected: tuple[Rejected, ...]
    warnings: tuple[str, ...]
    """What was dropped from files that were used, one message each, naming file and field."""
    roles: tuple[tuple[str, int], ...]
    """(role, respondents): the bank's roles in its order, then other roles, then no role."""
    bank_versions: tuple[tuple[str, int], ...]
    """(bank version the files answer, files): other versions lose answers to removed questions."""
    complete: int
    """Respondents who answered every question ("don't know" counts as an answer)."""
    completeness: Stats
    overall: Stats
    rating: str | None
    stage: str | None
    sections: tuple[SectionStats, ...]
    questions: tuple[QuestionStats, ...]
    gaps: tuple[Gap, ...]
    notes: tuple[TeamNote, ...]
    threshold: float = DISAGREEMENT_SPREAD


def role_id(bank: Bank, role: str) -> str:
    """A respondent's role as one of the bank's role ids when it names one (by id or by its
    label in any language, whatever the case); otherwise as typed, trimmed."""
    typed = " ".join(role.split())
    folded = typed.casefold()
    for candidate in bank.roles:
        names = {candidate.id.casefold(), *(label.casefold() for label in candidate.label.values())}
        if folded in names:
            return candidate.id
    return typed


def _role_order(bank: Bank, roles: Iterable[str]) -> list[str]:
    known = [r.id for r in bank.roles]
    present = set(roles)
    others = sorted(present - {*known, NO_ROLE}, key=lambda r: (r.casefold(), r))
    return [r for r in known if r in present] + others + ([NO_ROLE] if NO_ROLE in present else [])


_LINE_COLUMN = re.compile(r"^(\d+):(\d+): ")


def rejection(
    source: str, error: ResponseInvalid, language: str = FALLBACK_LANGUAGE
) -> Rejected:
    """The file and its problems, without repeating the file name in front of each."""
    reasons = []
    for problem in error.problems:
        reason = problem.removeprefix(source).removeprefix(": ").removeprefix(":")
        located = _LINE_COLUMN.match(reason)
        if located:
            where = text(language, "file_line_column", line=located[1], column=located[2])
            reason = where + reason[located.end() :]
        reasons.append(reason)
    return Rejected(file=source, reason="; ".join(reasons))


def read_files(
    bank: Bank, files: Iterable[tuple[str, str | bytes]], language: str = FALLBACK_LANGUAGE
) -> tuple[list[ResponseReading], list[Rejected]]:
    """Read (name, content) pairs as response files to `bank`: those usable, and those not,
    with messages in `language`."""
    readings: list[ResponseReading] = []
    rejected: list[Rejected] = []
    for name, content in files:
        try:
            readings.append(read_response(content, bank, name, language))
        except ResponseInvalid as error:
            rejected.append(rejection(name, error, language))
    return readings, rejected


def aggregate(
    bank: Bank,
    readings: Sequence[ResponseReading],
    rejected: Sequence[Rejected] = (),
    language: str | None = None,
    targets: Mapping[str, float] | None = None,
) -> TeamReport:
    """The team report of `readings`; section targets are the bank's unless `targets` says."""
    section_target = {s.id: float((targets or {}).get(s.id, s.target)) for s in bank.sections}
    # Respondents' own targets are ignored: the team's decide its gaps, and never scores.
    reports = [
        (role_id(bank, r.response.respondent_role), scores(bank, r.response), r.response.answers)
        for r in readings
    ]
    roles = _role_order(bank, (role for role, _, _ in reports))

    def by_role(values: list[tuple[str, float]]) -> dict[str, Stats]:
        buckets: dict[str, list[float]] = {r: [] for r in roles}
        for role, value in values:
            buckets[role].append(value)
        return {r: stats(buckets[r]) for r in roles}

    sections = []
    for index, section in enumerate(bank.sections):
        values = [
            (role, numbers.sections[index])
            for role, numbers, _ in reports
            if numbers.sections[index] is not None
        ]
        section_stats = stats([v for _, v in values])
        target = section_target[section.id]
        rating, gap = section_rating_and_gap(bank, section_stats.mean, target)
        sections.append(
            SectionStats(
                id=section.id,
                stats=section_stats,
                target=target,
                gap=gap,
                rating=rating,
                weight=section.weight,
                by_role=by_role(values),
            )
        )

    questions = []
    for index, (section, question) in enumerate(bank.questions()):
        values, unknown, unanswered = [], 0, 0
        for role, numbers, answers in reports:
            value = numbers.values[index]
            if value is not None:
                values.append((role, 100 * value))
            elif answers.get(question.id) == NOT_APPLICABLE:
                unknown += 1
            else:
                unanswered += 1
        questions.append(
            QuestionStats(
                id=question.id,
                section=section.id,
                stats=stats([v for _, v in values]),
                unknown=unknown,
                unanswered=unanswered,
                weight=question.weight,
                by_role=by_role(values),
            )
        )

    overall = stats([n.overall for _, n, _ in reports if n.overall is not None])
    rating, stage = overall_bands(bank, overall.mean)

    completeness = [n.completeness for _, n, _ in reports]
    versions: dict[str, int] = {}
    for reading in readings:
        versions[reading.response.bank_version] = versions.get(reading.response.bank_version, 0) + 1
    return TeamReport(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=language if language in bank.languages else bank.languages[0],
        respondents=len(reports),
        rejected=tuple(sorted(rejected, key=lambda r: (r.file, r.reason))),
        warnings=tuple(sorted(w for reading in readings for w in reading.warnings)),
        roles=tuple((r, sum(1 for role, _, _ in reports if role == r)) for r in roles),
        bank_versions=tuple(sorted(versions.items())),
        complete=sum(1 for c in completeness if c >= 100),
        completeness=stats(completeness),
        overall=overall,
        rating=rating,
        stage=stage,
        sections=tuple(sections),
        questions=tuple(questions),
        gaps=_gaps(sections, questions),
        notes=_notes(bank, readings),
    )


def _gaps(sections: Sequence[SectionStats], questions: Sequence[QuestionStats]) -> tuple[Gap, ...]:
    """Sections whose mean falls short of target, by gap × weight; in each, the questions
    whose mean falls short, by how much they hold the section back (as in a single report)."""
    gaps = []
    for section in sections:
        if not section.gap:
            continue
        actions = [
            ActionItem(
                question=q.id, shortfall=q.weight * (section.target - q.stats.mean) / 100
            )
            for q in questions
            if q.section == section.id and q.stats.mean is not None
            and q.stats.mean < section.target
        ]  # fmt: skip
        actions.sort(key=lambda a: (-a.shortfall, a.question))
        gaps.append(
            Gap(
                section=section.id,
                gap=section.gap,
                priority=section.gap * section.weight,
                actions=tuple(actions),
            )
        )
    gaps.sort(key=lambda g: -g.priority)
    return tuple(gaps)


def _notes(bank: Bank, readings: Sequence[ResponseReading]) -> tuple[TeamNote, ...]:
    """Every note, in the bank's question order, then by name, role and text."""
    order = {q.id: i for i, (_, q) in enumerate(bank.questions())}
    notes = [
        TeamNote(
            question=qid,
            name=reading.response.respondent_name,
            role=role_id(bank, reading.response.respondent_role),
            note=note,
        )
        for reading in readings
        for qid, note in reading.response.notes.items()
        if note.strip()
    ]
    notes.sort(key=lambda n: (order.get(n.question, len(order)), n.name, n.role, n.note))
    return tuple(notes)
