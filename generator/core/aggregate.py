"""Aggregation: many respondents' response files to one bank, combined into a team report.

Each respondent is scored on their own with `scores`, the numbers of a single report's `score`;
the team report then describes the spread of those scores on the 0–100 scale: mean, min,
max, spread (population standard deviation) and count, at every level of the structure
(questions, streams, sections, groups, overall), for the whole team and by role, over the
respondents who were asked and answered.

Respondents are added to running tallies one at a time, so memory does not grow with their
number (only the notes and warnings, which the report lists, do). Everything here is
independent of the order of the files: sums are exact, and every list is ordered by the
bank or by name, never by arrival.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from selfassess.core.asking import ASKED, role_id
from selfassess.core.model import NOT_APPLICABLE, Bank, Condition
from selfassess.core.responses import Response, ResponseInvalid, ResponseReading, read_response
from selfassess.core.results import ActionItem, Gap, NextStage
from selfassess.core.rollup import Scorer, Scores
from selfassess.core.scoring import overall_rating, section_rating_and_gap
from selfassess.core.stages import stage_reached
from selfassess.core.strings import FALLBACK_LANGUAGE, text
from selfassess.core.tally import DISAGREEMENT_SPREAD, EMPTY_STATS, Stats, Tally, stats

__all__ = [
    "DISAGREEMENT_SPREAD", "EMPTY_STATS", "Stats", "aggregate", "read_files", "role_id", "stats",
    "stream_files",
]  # fmt: skip

NO_ROLE = ""
"""The role of respondents who gave none."""

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
    """Of the answers' values × 100; "don't know", unanswered and not asked are not counted."""
    unknown: int
    unanswered: int
    weight: float
    by_role: Mapping[str, Stats]
    not_asked: int = 0
    """Respondents who were not asked the question (its condition or their role)."""


@dataclass(frozen=True)
class StreamStats:
    id: str
    section: str
    stats: Stats
    weight: float
    by_role: Mapping[str, Stats]


@dataclass(frozen=True)
class GroupStats:
    id: str
    stats: Stats
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
    streams: tuple[StreamStats, ...] = ()
    groups: tuple[GroupStats, ...] = ()
    next_stage: NextStage | None = None
    """What the team's next stage lacks: section rules on the section means; a rule on
    answers holds for the team when it holds for more than half of the respondents."""


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
    """Read (name, content) pairs as response files to `bank`: those usable, and those not
    (unreadable, or whose answers are all unusable for the bank), with messages in
    `language`. A file left blank is used: it counts in the team's participation."""
    rejected: list[Rejected] = []
    return list(stream_files(bank, files, rejected, language)), rejected


def stream_files(
    bank: Bank,
    files: Iterable[tuple[str, str | bytes]],
    rejected: list[Rejected],
    language: str = FALLBACK_LANGUAGE,
) -> Iterator[ResponseReading]:
    """The usable readings of `files`, one at a time as they are read, each file that cannot
    be used appended to `rejected` meanwhile: with a lazy `files`, `aggregate` holds one
    file at a time, whatever their number."""
    for name, content in files:
        try:
            reading = read_response(content, bank, name, language)
        except ResponseInvalid as error:
            rejected.append(rejection(name, error, language))
            continue
        if not reading.unusable:
            yield reading
        else:
            rejected.append(Rejected(file=name, reason=text(language, "no_usable_answer")))


FOLD_EVERY = 256
"""Respondents between two folds of the counts into the exact tallies."""
PENDING_VALUES = 32
"""Distinct values a count keeps before it is folded: memory stays flat."""


class _Tallies:
    """The tallies of one level of the structure (each question, stream, ...): for the whole
    team and by role. A respondent's values are only counted (a team gives the same few
    values again and again: a dict increment each), and the counts folded now and then into
    the exact tallies, whose sums do not depend on when."""

    def __init__(self, size: int, scale: float = 1) -> None:
        self.size = size
        self.scale = scale
        self.team = [Tally() for _ in range(size)]
        self.roles: dict[str, list[Tally]] = {}
        self._counts: dict[str, list[dict[float, int]]] = {}

    def add(self, role: str, values: Sequence[float | None]) -> None:
        counts = self._counts.get(role)
        if counts is None:
            counts = self._counts[role] = [{} for _ in range(self.size)]
            self.roles[role] = [Tally() for _ in range(self.size)]
        for count, value in zip(counts, values, strict=True):
            if value is not None:
                count[value] = count.get(value, 0) + 1

    def fold(self, pending: int = 0) -> None:
        """Fold into the tallies each count of more than `pending` distinct values."""
        for role, counts in self._counts.items():
            for index, count in enumerate(counts):
                if len(count) > pending:
                    self.team[index].add_counts(count, self.scale)
                    self.roles[role][index].add_counts(count, self.scale)
                    count.clear()

    def stats(self, index: int) -> Stats:
        return self.team[index].stats()

    def by_role(self, index: int, roles: Sequence[str]) -> dict[str, Stats]:
        return {r: self.roles[r][index].stats() if r in self.roles else EMPTY_STATS for r in roles}


class _Team:
    """Everything the team report needs, added one respondent at a time."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.scorer = Scorer(bank)
        questions = len(self.scorer.questions)
        self.questions = _Tallies(questions, 100)
        self.streams = _Tallies(sum(len(s.streams) for s in bank.sections))
        self.sections = _Tallies(len(bank.sections))
        self.groups = _Tallies(len(bank.groups))
        self.overall = _Tallies(1)
        self.completeness = _Tallies(1)
        self.levels = (self.questions, self.streams, self.sections, self.groups, self.overall,
                       self.completeness)  # fmt: skip
        self.unknown = [0] * questions
        self.unanswered = [0] * questions
        self.not_asked = [0] * questions
        self.roles: Counter[str] = Counter()
        self.versions: Counter[str] = Counter()
        self.complete = 0
        self.rule_conditions = [r.when for b in bank.stages for r in b.requires if r.when]
        self.rules_held: Counter[int] = Counter()

    def role(self, response: Response) -> str:
        return self.scorer.tables.role(response.respondent_role)

    def add(self, reading: ResponseReading) -> None:
        response = reading.response
        role = self.role(response)
        typed = response.respondent_role
        asking = self.scorer.asking(response.answers, typed) if self.rule_conditions else None
        numbers = self.scorer.scores(response.answers, typed, asking)
        self.roles[role] += 1
        self.versions[response.bank_version] += 1
        self.questions.add(role, numbers.values)
        self.streams.add(role, numbers.streams)
        self.sections.add(role, numbers.sections)
        self.groups.add(role, numbers.groups)
        self.overall.add(role, (numbers.overall,))
        completeness = numbers.completeness
        self.completeness.add(role, (completeness,))
        self.complete += completeness >= 100
        if numbers.answered < len(numbers.values):
            self._count_unscored(response, numbers)
        if asking is not None:  # the response's stage rules, on the questions decided above
            for index, condition in enumerate(self.rule_conditions):
                self.rules_held[index] += asking.holds(condition)
        if self.roles.total() % FOLD_EVERY == 0:
            self.fold(PENDING_VALUES)

    def _count_unscored(self, response: Response, numbers: Scores) -> None:
        """Count the questions not asked, answered "don't know" and unanswered."""
        questions = self.scorer.questions
        for index, value in enumerate(numbers.values):
            if value is not None:
                continue
            if numbers.not_asked[index] != ASKED:
                self.not_asked[index] += 1
            elif response.answers.get(questions[index].id) == NOT_APPLICABLE:
                self.unknown[index] += 1
            else:
                self.unanswered[index] += 1

    def fold(self, pending: int = 0) -> None:
        for level in self.levels:
            level.fold(pending)

    def holds(self, condition: Condition) -> bool:
        """A rule on answers holds for the team when it holds for more than half of it."""
        index = next(i for i, c in enumerate(self.rule_conditions) if c is condition)
        return 2 * self.rules_held[index] > self.roles.total()


def aggregate(
    bank: Bank,
    readings: Iterable[ResponseReading],
    rejected: Sequence[Rejected] = (),
    language: str | None = None,
    targets: Mapping[str, float] | None = None,
) -> TeamReport:
    """The team report of `readings`, read once each; section targets are the bank's unless
    `targets` says. (`read_files` has left out, and listed, files with no usable answer.)
    `rejected` is read once `readings` are, so `stream_files` may add to it meanwhile."""
    section_target = {s.id: float((targets or {}).get(s.id, s.target)) for s in bank.sections}
    # Respondents' own targets are ignored: the team's decide its gaps, and never scores.
    team = _Team(bank)
    warnings: list[str] = []
    notes: list[TeamNote] = []
    for reading in readings:
        team.add(reading)
        warnings.extend(reading.warnings)
        if reading.response.notes:
            notes.extend(_notes(reading, team.role(reading.response)))
    team.fold()
    roles = _role_order(bank, team.roles)

    sections = []
    for index, section in enumerate(bank.sections):
        section_stats = team.sections.stats(index)
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
                by_role=team.sections.by_role(index, roles),
            )
        )
    questions = tuple(
        QuestionStats(
            id=question.id,
            section=section.id,
            stats=team.questions.stats(index),
            unknown=team.unknown[index],
            unanswered=team.unanswered[index],
            weight=question.weight,
            by_role=team.questions.by_role(index, roles),
            not_asked=team.not_asked[index],
        )
        for index, (section, question) in enumerate(bank.questions())
    )
    streams = tuple(
        StreamStats(
            id=stream.id,
            section=section.id,
            stats=team.streams.stats(index),
            weight=stream.weight,
            by_role=team.streams.by_role(index, roles),
        )
        for index, (section, stream) in enumerate(
            (s, t) for s in bank.sections for t in s.streams
        )
    )
    groups = tuple(
        GroupStats(
            id=group.id,
            stats=team.groups.stats(index),
            weight=group.weight,
            by_role=team.groups.by_role(index, roles),
        )
        for index, group in enumerate(bank.groups)
    )
    overall = team.overall.stats(0)
    means = {s.id: s.stats.mean for s in sections}
    stage, next_stage = stage_reached(bank, overall.mean, means, team.holds)
    order = {q.id: index for index, q in enumerate(team.scorer.questions)}
    notes.sort(key=lambda n: (order.get(n.question, 0), n.name, n.role, n.note))
    return TeamReport(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=language if language in bank.languages else bank.languages[0],
        respondents=team.roles.total(),
        rejected=tuple(sorted(rejected, key=lambda r: (r.file, r.reason))),
        warnings=tuple(sorted(warnings)),
        roles=tuple((r, team.roles[r]) for r in roles),
        bank_versions=tuple(sorted(team.versions.items())),
        complete=team.complete,
        completeness=team.completeness.stats(0),
        overall=overall,
        rating=overall_rating(bank, overall.mean),
        stage=stage,
        sections=tuple(sections),
        questions=questions,
        gaps=_gaps(sections, questions),
        notes=tuple(notes),
        streams=streams,
        groups=groups,
        next_stage=next_stage,
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


def _notes(reading: ResponseReading, role: str) -> list[TeamNote]:
    """The notes of one respondent; the report lists them in the bank's question order, then
    by name, role and text."""
    return [
        TeamNote(question=qid, name=reading.response.respondent_name, role=role, note=note)
        for qid, note in reading.response.notes.items()
        if note.strip()
    ]
