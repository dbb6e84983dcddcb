"""A response's numbers: question values rolled up to streams, sections, groups and overall.

stream = 100 × Σ(w·v) / Σ(w) over its answered questions; section = weighted mean of its
streams when it has streams, else 100 × Σ(w·v) / Σ(w) over its answered questions;
group = weighted mean of its sections; overall = weighted mean of groups when the bank
has groups, else of sections. A level with nothing scored is None and left out of the
level above. Questions not asked are neither scored nor counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from selfassess.core.answers import answer_value
from selfassess.core.asking import ASKED, not_asked_reasons
from selfassess.core.model import NOT_APPLICABLE, Bank
from selfassess.core.responses import Response


def weighted_mean(pairs: Sequence[tuple[float, float | None]]) -> float | None:
    """Σw·x / Σw over the (weight, x) pairs whose x is known; None when there are none or
    their weights sum to 0."""
    known = [(w, x) for w, x in pairs if x is not None]
    total_weight = sum(w for w, _ in known)
    if total_weight <= 0:
        return None
    return sum(w * x for w, x in known) / total_weight


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


def groups_and_overall(
    bank: Bank, sections: Sequence[float | None]
) -> tuple[tuple[float | None, ...], float | None]:
    """The groups' scores and the overall score from the sections' scores."""
    by_id = {s.id: (s.weight, x) for s, x in zip(bank.sections, sections, strict=True)}
    groups = tuple(weighted_mean([by_id[sid] for sid in g.sections]) for g in bank.groups)
    if bank.groups:
        weighted = zip((g.weight for g in bank.groups), groups, strict=True)
        return groups, weighted_mean(list(weighted))
    return groups, weighted_mean(list(by_id.values()))


def scores(bank: Bank, response: Response) -> Scores:
    """The values and scores of `response` at every level, as `score` reports them."""
    answers = response.answers
    reasons = not_asked_reasons(bank, answers, response.respondent_role)
    values: list[float | None] = []
    sections: list[float | None] = []
    streams: list[float | None] = []
    answered = unknown = total = 0
    position = 0
    for section in bank.sections:
        pairs: dict[str, tuple[float, float | None]] = {}
        for question in section.questions:
            answer = answers.get(question.id)
            asked = reasons[position] == ASKED
            position += 1
            value = answer_value(question, answer) if asked else None
            values.append(value)
            pairs[question.id] = (question.weight, None if value is None else 100 * value)
            total += asked
            answered += value is not None
            unknown += asked and answer == NOT_APPLICABLE
        if section.streams:
            own = [weighted_mean([pairs[q] for q in s.questions]) for s in section.streams]
            streams.extend(own)
            sections.append(
                weighted_mean([(s.weight, x) for s, x in zip(section.streams, own, strict=True)])
            )
        else:
            sections.append(weighted_mean(list(pairs.values())))
    groups, overall = groups_and_overall(bank, sections)
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
