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
from dataclasses import dataclass, field

from selfassess.core.asking import ASKED, NOT_ASKED_REASONS, role_id
from selfassess.core.model import NOT_APPLICABLE, Bank, Condition
from selfassess.core.plan import plan_steps, section_gaps
from selfassess.core.responses import Response, ResponseInvalid, ResponseReading, read_response
from selfassess.core.results import Gap, NextStage, PlanStep
from selfassess.core.rollup import Scorer, Scores
from selfassess.core.scoring import overall_rating, section_rating_and_gap
from selfassess.core.stages import stage_reached
from selfassess.core.strings import FALLBACK_LANGUAGE, text
from selfassess.core.tally import (
    DISAGREEMENT_SPREAD,
    EMPTY_STATS,
    FigureTallies,
    Level,
    Stats,
    stats,
)

__all__ = [
    "DISAGREEMENT_SPREAD", "EMPTY_STATS", "Stats", "TeamTally", "aggregate", "read_files",
    "role_id", "stats", "stream_files", "tally_readings", "team_report",
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
    not_asked_by_reason: Mapping[str, int] = field(default_factory=dict)
    """Those respondents by reason ("condition", "role"), in the reports' order of reasons:
    the team report says why, as a single report does."""


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
    plan: tuple[PlanStep, ...] = ()
    """The single report's plan of the question and section means (`plan_steps`): a team
    of one plans as its respondent's own report does. Each step is the question's action."""


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


def _rule_conditions(bank: Bank) -> list[Condition]:
    """The conditions on answers of the bank's stage rules, in the bank's order."""
    return [r.when for b in bank.stages for r in b.requires if r.when]


class TeamTally:
    """Everything the team report needs from the respondents, added one at a time by
    `tally_readings`. It holds numbers only (no bank), so a tally made in another process
    comes back whole, and two tallies merge exactly: the same as one of all the files."""

    def __init__(self, bank: Bank) -> None:
        questions = sum(len(s.questions) for s in bank.sections)
        sizes = (questions, sum(len(s.streams) for s in bank.sections), len(bank.sections),
                 len(bank.groups), 1, 1)  # fmt: skip
        self.figures = FigureTallies([100] * questions + [1] * (sum(sizes) - questions))
        """Every figure in one row, as `_figure_row` lays out a respondent's."""
        starts = [sum(sizes[:level]) for level in range(len(sizes))]
        self.questions, self.streams, self.sections, self.groups, self.overall = (
            Level(self.figures, start) for start in starts[:5]
        )
        self.completeness = Level(self.figures, starts[5])
        self.unknown = [0] * questions
        self.unanswered = [0] * questions
        self.not_asked = {reason: [0] * questions for reason in NOT_ASKED_REASONS}
        """Per reason, the respondents not asked each question."""
        self.roles: Counter[str] = Counter()
        self.versions: Counter[str] = Counter()
        self.complete = 0
        self.rules_held: Counter[int] = Counter()
        """Respondents for whom each of the bank's rules on answers holds, by its index."""
        self.warnings: list[str] = []
        self.notes: list[TeamNote] = []

    def fold(self) -> None:
        self.figures.fold()

    def merge(self, other: TeamTally) -> None:
        """Add `other`'s respondents (to the same bank): every figure as if tallied here."""
        self.figures.merge(other.figures)
        not_asked = [(self.not_asked[r], other.not_asked[r]) for r in NOT_ASKED_REASONS]
        for counts, more in ((self.unknown, other.unknown), (self.unanswered, other.unanswered),
                             *not_asked):  # fmt: skip
            counts[:] = [a + b for a, b in zip(counts, more, strict=True)]
        self.roles.update(other.roles)
        self.versions.update(other.versions)
        self.complete += other.complete
        self.rules_held.update(other.rules_held)
        self.warnings.extend(other.warnings)
        self.notes.extend(other.notes)


def _figure_row(numbers: Scores, completeness: float) -> tuple[float | None, ...]:
    """A respondent's figures in the order of TeamTally's row: questions, streams, sections,
    groups, overall, completeness."""
    return (numbers.values + numbers.streams + numbers.sections + numbers.groups
            + (numbers.overall, completeness))  # fmt: skip


class _Adder:
    """Adds respondents to a TeamTally: each scored on the bank laid out once."""

    def __init__(self, bank: Bank, scorer: Scorer | None = None) -> None:
        self.scorer = scorer or Scorer(bank)
        self.rule_conditions = _rule_conditions(bank)
        self.team = TeamTally(bank)

    def add(self, reading: ResponseReading) -> None:
        team, response = self.team, reading.response
        typed = response.respondent_role
        role = self.scorer.tables.role(typed)
        asking = self.scorer.asking(response.answers, typed) if self.rule_conditions else None
        numbers = self.scorer.scores(response.answers, typed, asking)
        team.roles[role] += 1
        team.versions[response.bank_version] += 1
        completeness = numbers.completeness
        team.figures.add(role, _figure_row(numbers, completeness))
        team.complete += completeness >= 100
        if numbers.answered < len(numbers.values):
            self._count_unscored(response, numbers)
        if asking is not None:  # the response's stage rules, on the questions decided above
            for index, condition in enumerate(self.rule_conditions):
                team.rules_held[index] += asking.holds(condition)
        team.warnings.extend(reading.warnings)
        if response.notes:
            team.notes.extend(_notes(reading, role))

    def _count_unscored(self, response: Response, numbers: Scores) -> None:
        """Count the questions not asked, answered "don't know" and unanswered."""
        team, questions = self.team, self.scorer.questions
        for index in [i for i, value in enumerate(numbers.values) if value is None]:
            reason = numbers.not_asked[index]
            if reason != ASKED:
                team.not_asked[reason][index] += 1
            elif response.answers.get(questions[index].id) == NOT_APPLICABLE:
                team.unknown[index] += 1
            else:
                team.unanswered[index] += 1


def tally_readings(
    bank: Bank, readings: Iterable[ResponseReading], scorer: Scorer | None = None
) -> TeamTally:
    """The team tally of `readings`, read once each; `scorer`: the bank's, when the caller
    scores other files to it too (it remembers the values of the answers it has seen)."""
    adder = _Adder(bank, scorer)
    for reading in readings:
        adder.add(reading)
    adder.team.fold()
    return adder.team


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
    return team_report(bank, tally_readings(bank, readings), rejected, language, targets)


def team_report(
    bank: Bank,
    team: TeamTally,
    rejected: Sequence[Rejected] = (),
    language: str | None = None,
    targets: Mapping[str, float] | None = None,
) -> TeamReport:
    """The team report of a tally (of one process, or merged from several)."""
    section_target = {s.id: float((targets or {}).get(s.id, s.target)) for s in bank.sections}
    # Respondents' own targets are ignored: the team's decide its gaps, and never scores.
    team.fold()
    rule_index: dict[int, int] = {}
    for index, condition in enumerate(_rule_conditions(bank)):
        rule_index.setdefault(id(condition), index)

    def holds(condition: Condition) -> bool:
        """A rule on answers holds for the team when it holds for more than half of it."""
        return 2 * team.rules_held[rule_index[id(condition)]] > team.roles.total()

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
            not_asked=sum(counts[index] for counts in team.not_asked.values()),
            not_asked_by_reason={r: n[index] for r, n in team.not_asked.items() if n[index]},
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
    scores = {q.id: q.stats.mean for q in questions}
    means = {s.id: s.stats.mean for s in sections}
    stage, next_stage = stage_reached(bank, overall.mean, means, holds)
    order = {q.id: index for index, (_, q) in enumerate(bank.questions())}
    notes = sorted(team.notes, key=lambda n: (order.get(n.question, 0), n.name, n.role, n.note))
    return TeamReport(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=language if language in bank.languages else bank.languages[0],
        respondents=team.roles.total(),
        rejected=tuple(sorted(rejected, key=lambda r: (r.file, r.reason))),
        warnings=tuple(sorted(team.warnings)),
        roles=tuple((r, team.roles[r]) for r in roles),
        bank_versions=tuple(sorted(team.versions.items())),
        complete=team.complete,
        completeness=team.completeness.stats(0),
        overall=overall,
        rating=overall_rating(bank, overall.mean),
        stage=stage,
        sections=tuple(sections),
        questions=questions,
        gaps=section_gaps(bank, scores, sections),
        notes=tuple(notes),
        streams=streams,
        groups=groups,
        next_stage=next_stage,
        plan=plan_steps(bank, scores, sections),
    )


def _notes(reading: ResponseReading, role: str) -> list[TeamNote]:
    """The notes of one respondent; the report lists them in the bank's question order, then
    by name, role and text."""
    return [
        TeamNote(question=qid, name=reading.response.respondent_name, role=role, note=note)
        for qid, note in reading.response.notes.items()
        if note.strip()
    ]
