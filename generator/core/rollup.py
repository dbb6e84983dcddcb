"""A response's numbers: question values rolled up to streams, sections, groups and overall.

stream = 100 × Σ(w·v) / Σ(w) over its answered questions; section = weighted mean of its
streams when it has streams, else 100 × Σ(w·v) / Σ(w) over its answered questions;
group = weighted mean of its sections; overall = weighted mean of groups when the bank
has groups, else of sections. A level with nothing scored is None and left out of the
level above. Questions not asked are neither scored nor counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import fsum

from selfassess.core.answers import answer_value
from selfassess.core.asking import ASKED, Asking, AskingTables, asks_everyone
from selfassess.core.model import NOT_APPLICABLE, Bank
from selfassess.core.responses import Response
from selfassess.core.results import Answer


def weighted_mean(pairs: Sequence[tuple[float, float | None]]) -> float | None:
    """Σw·x / Σw over the (weight, x) pairs whose x is known; None when there are none or
    their weights sum to 0. Sums are math.fsum's, correctly rounded: the built-in sum() of
    floats rounds differently from Python 3.12 on, and the browser's Python must agree with
    the command line's to the last bit."""
    known = [(w, x) for w, x in pairs if x is not None]
    total_weight = fsum([w for w, _ in known])
    if total_weight <= 0:
        return None
    return fsum([w * x for w, x in known]) / total_weight


@dataclass(frozen=True)
class Scores:
    """A response's numbers without the report around them: what aggregation needs, fast."""

    values: tuple[float | None, ...]
    """Each question's value in [0, 1], in the bank's order; None when not scored."""
    sections: tuple[float | None, ...]
    """Each section's score (0–100), in the bank's order; None when none is answered."""
    overall: float | None
    answered: int
    unknown: int
    total: int
    """Questions asked."""
    not_asked: tuple[str, ...]
    """Each question's reason for not being asked ("" when asked), in the bank's order."""
    streams: tuple[float | None, ...]
    """Each stream's score, sections in the bank's order and streams in each section's."""
    groups: tuple[float | None, ...]
    """Each group's score, in the bank's order."""

    @property
    def completeness(self) -> float:
        return 100 * (self.answered + self.unknown) / self.total if self.total else 0.0


MEMO_SIZE = 256
"""Answers whose value a Scorer remembers per question: a checklist's orders stay bounded."""
_UNKNOWN = object()


def _memo_key(answer: Answer) -> object:
    """What an answer's value is remembered by: the option id, the checked ids in the order
    given; None for no answer or one of another shape (its value is computed every time)."""
    if answer.__class__ is str:
        return answer
    if answer.__class__ is list and all(item.__class__ is str for item in answer):
        return tuple(answer)
    return None


class Scorer:
    """A bank laid out once for scoring: each question's weight, and which questions each
    stream and section rolls up. Scoring a response then looks nothing up by id and builds no
    object per question; a team's hundred thousand responses share one."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.questions = tuple(q for _, q in bank.questions())
        self._ids = tuple(q.id for q in self.questions)
        self.tables = AskingTables(bank)
        self._everyone = tuple(ASKED for _ in self.questions) if asks_everyone(bank) else None
        self._weights = tuple(q.weight for q in self.questions)
        self._values: tuple[dict[object, float | None], ...] = tuple({} for _ in self.questions)
        """Each question's `answer_value` of the answers seen so far: a team gives the same few."""
        position = {q.id: index for index, q in enumerate(self.questions)}
        self._sections = tuple(
            (
                tuple(position[q.id] for q in section.questions),
                tuple(tuple(position[q] for q in s.questions) for s in section.streams),
                tuple(s.weight for s in section.streams),
            )
            for section in bank.sections
        )
        """Each section's questions (positions), its streams' questions and its streams' weights."""
        self._section_weights = tuple(s.weight for s in bank.sections)
        index_of = {s.id: index for index, s in enumerate(bank.sections)}
        self._groups = tuple(tuple(index_of[sid] for sid in g.sections) for g in bank.groups)
        self._group_weights = tuple(g.weight for g in bank.groups)

    def asking(self, answers: Mapping[str, Answer], role: str) -> Asking:
        """Who is asked what in one response, on the bank's tables built once."""
        return Asking(self.bank, answers, role, self.tables)

    def not_asked(
        self, answers: Mapping[str, Answer], role: str, asking: Asking | None = None
    ) -> tuple[str, ...]:
        """Each question's reason for not being asked ("" when asked), in the bank's order;
        decided by `asking` when the caller has one for this response."""
        if self._everyone is not None:
            return self._everyone
        return (asking or self.asking(answers, role)).reasons(self._ids)

    def _mean(self, values: list[float | None], questions: tuple[int, ...]) -> float | None:
        """100 × Σ(w·v) / Σ(w) over these questions' values that are known: `weighted_mean`
        of (w, 100·v), without building the pairs (a team's every section, every respondent)."""
        weights = self._weights
        known = [i for i in questions if values[i] is not None]
        total_weight = fsum([weights[i] for i in known])
        if total_weight <= 0:
            return None
        return fsum([weights[i] * (100 * values[i]) for i in known]) / total_weight

    def scores(
        self, answers: Mapping[str, Answer], role: str = "", asking: Asking | None = None
    ) -> Scores:
        """The values and scores of these answers at every level, as `score` reports them;
        `asking`: the response's, when the caller needs one too (a stage's rules)."""
        reasons = self.not_asked(answers, role, asking)
        values: list[float | None] = []
        answered = unknown = total = 0
        for question, reason, known in zip(self.questions, reasons, self._values, strict=True):
            if reason:  # not asked: neither scored nor counted
                values.append(None)
                continue
            answer = answers.get(question.id)
            key = answer if answer.__class__ is str else _memo_key(answer)
            value = known.get(key, _UNKNOWN) if key is not None else _UNKNOWN
            if value is _UNKNOWN:
                value = answer_value(question, answer)
                if key is not None and len(known) < MEMO_SIZE:
                    known[key] = value
            values.append(value)
            total += 1
            if value is not None:
                answered += 1
            elif answer == NOT_APPLICABLE:
                unknown += 1
        sections: list[float | None] = []
        streams: list[float | None] = []
        for questions, stream_questions, stream_weights in self._sections:
            if stream_questions:
                own = [self._mean(values, s) for s in stream_questions]
                streams.extend(own)
                sections.append(weighted_mean(list(zip(stream_weights, own, strict=True))))
            else:
                sections.append(self._mean(values, questions))
        groups = tuple(
            weighted_mean([(self._section_weights[i], sections[i]) for i in group])
            for group in self._groups
        )  # fmt: skip
        if self._groups:
            overall = weighted_mean(list(zip(self._group_weights, groups, strict=True)))
        else:
            overall = weighted_mean(list(zip(self._section_weights, sections, strict=True)))
        return Scores(
            values=tuple(values),
            sections=tuple(sections),
            overall=overall,
            answered=answered,
            unknown=unknown,
            total=total,
            not_asked=reasons,
            streams=tuple(streams),
            groups=groups,
        )


def scores(bank: Bank, response: Response) -> Scores:
    """The values and scores of `response` at every level, as `score` reports them."""
    return Scorer(bank).scores(response.answers, response.respondent_role)
