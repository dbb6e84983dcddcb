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
from selfassess.core.model import NOT_APPLICABLE, Bank, Question
from selfassess.core.responses import Response
from selfassess.core.results import Answer


def weighted_mean(pairs: Sequence[tuple[float, float | None]]) -> float | None:
    """Σw·x / Σw over the (weight, x) pairs whose x is known; None when there are none or
    their weights sum to 0. Sums are math.fsum's, correctly rounded: the built-in sum() of
    floats rounds differently from Python 3.12 on, and the browser's Python must agree with
    the command line's to the last bit."""
    known = [(w, x) for w, x in pairs if x is not None]
    total_weight = fsum(w for w, _ in known)
    if total_weight <= 0:
        return None
    return fsum(w * x for w, x in known) / total_weight


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


def _option_values(question: Question) -> dict[str, float]:
    """A single-answer question's value of each option id ("na" is never one)."""
    return {o.id: o.value for o in question.options if o.id != NOT_APPLICABLE}


_SectionLayout = tuple[
    tuple[tuple[int, str, dict[str, float] | None, float, Question], ...],
    tuple[tuple[int, ...], ...],
    tuple[float, ...],
]
"""A section's questions (position, id, option values or None for a checklist, weight,
question), its streams' questions (positions) and its streams' weights."""


class Scorer:
    """A bank laid out once for scoring: each question's weight and option values, and which
    questions each stream and section rolls up. Scoring a response then looks nothing up by
    id and builds no object per question; a team's hundred thousand responses share one."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.questions = tuple(q for _, q in bank.questions())
        self.tables = AskingTables(bank)
        self._asks_everyone = asks_everyone(bank)
        self._everyone = tuple(ASKED for _ in self.questions)
        self._weights = tuple(q.weight for q in self.questions)
        position = {q.id: index for index, q in enumerate(self.questions)}
        self._sections: list[_SectionLayout] = []
        for section in bank.sections:
            rows = tuple(
                (position[q.id], q.id, None if q.is_multiple else _option_values(q), q.weight, q)
                for q in section.questions
            )  # fmt: skip
            streams = tuple(tuple(position[q] for q in s.questions) for s in section.streams)
            self._sections.append((rows, streams, tuple(s.weight for s in section.streams)))
        self._section_weights = tuple(s.weight for s in bank.sections)
        index_of = {s.id: index for index, s in enumerate(bank.sections)}
        self._groups = tuple(tuple(index_of[sid] for sid in g.sections) for g in bank.groups)
        self._group_weights = tuple(g.weight for g in bank.groups)

    def asking(self, answers: Mapping[str, Answer], role: str) -> Asking:
        """Who is asked what in one response, on the bank's tables built once."""
        return Asking(self.bank, answers, role, self.tables)

    def not_asked(self, answers: Mapping[str, Answer], role: str) -> tuple[str, ...]:
        """Each question's reason for not being asked ("" when asked), in the bank's order."""
        if self._asks_everyone:
            return self._everyone
        asking = Asking(self.bank, answers, role, self.tables)
        return tuple(asking.reason(q) for q in self.questions)

    def _stream_score(self, values: list[float | None], questions: tuple[int, ...]) -> float | None:
        weights = self._weights
        return weighted_mean([
            (weights[i], None if values[i] is None else 100 * values[i]) for i in questions
        ])  # fmt: skip

    def scores(self, answers: Mapping[str, Answer], role: str = "") -> Scores:
        """The values and scores of these answers at every level, as `score` reports them."""
        reasons = self.not_asked(answers, role)
        values: list[float | None] = []
        sections: list[float | None] = []
        streams: list[float | None] = []
        answered = unknown = total = 0
        for rows, stream_questions, stream_weights in self._sections:
            weights: list[float] = []  # of the section's scored questions, and weight × 100·value:
            products: list[float] = []  # weighted_mean's sums, in the same order
            for index, qid, option_values, weight, question in rows:
                if reasons[index]:  # not asked: neither scored nor counted
                    values.append(None)
                    continue
                answer = answers.get(qid)
                total += 1
                if option_values is not None and answer.__class__ is str:
                    value = option_values.get(answer)  # "na" is no option: None
                else:
                    value = answer_value(question, answer)
                values.append(value)
                if value is None:
                    unknown += answer == NOT_APPLICABLE
                else:
                    answered += 1
                    weights.append(weight)
                    products.append(weight * (100 * value))
            if stream_questions:
                own = [self._stream_score(values, s) for s in stream_questions]
                streams.extend(own)
                sections.append(weighted_mean(list(zip(stream_weights, own, strict=True))))
            else:
                total_weight = fsum(weights)
                sections.append(None if total_weight <= 0 else fsum(products) / total_weight)
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
