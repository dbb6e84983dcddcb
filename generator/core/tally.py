"""Running statistics: mean, min, max and spread of numbers seen one at a time.

A team's aggregation adds each respondent's numbers to tallies and keeps no list of them,
so its memory does not grow with the number of respondents. Sums are kept exactly (a
float is a fraction whose denominator is a power of two), so the result is the same
whatever the order the numbers come in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

DISAGREEMENT_SPREAD = 25.0
"""Spread (population standard deviation, 0–100 scale) from which respondents disagree.

25 points is one step of the five-point scale. A team split in half between two answers
one step apart ("sometimes" and "often") has a spread of 12.5: people read the question a
little differently. Split between answers two steps apart ("sometimes" and "always"), or
between yes and partial, the spread reaches 25: they no longer see the same organization,
and the planning session should talk about it before acting on the mean. Only figures with
at least two respondents can be flagged.
"""


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

FOLD_EVERY = 256
"""Respondents between two folds of the counts into the exact tallies."""
PENDING_VALUES = 32
"""Distinct values a position keeps counted when the counts are folded."""


class Tally:
    """Count, sum and sum of squares, min and max of the numbers added so far. The sums are
    exact: integers over a common power of two (a float's denominator is one)."""

    __slots__ = ("_max", "_min", "_shift", "_squares", "_sum", "count")

    def __init__(self) -> None:
        self.count = 0
        self._sum = 0
        self._squares = 0
        self._shift = 0
        self._min = math.inf
        self._max = -math.inf

    def add(self, value: float, times: int = 1) -> None:
        """Add `value`, `times` times over."""
        numerator, denominator = value.as_integer_ratio()
        shift = denominator.bit_length() - 1
        if shift > self._shift:
            grow = shift - self._shift
            self._sum <<= grow
            self._squares <<= 2 * grow
            self._shift = shift
        scale = self._shift - shift
        self._sum += (numerator << scale) * times
        self._squares += ((numerator * numerator) << (2 * scale)) * times
        self.count += times
        if value < self._min:
            self._min = value
        if value > self._max:
            self._max = value

    def merge(self, other: Tally) -> None:
        """Add everything `other` holds: the same as adding its numbers here, in any order."""
        if not other.count:
            return
        shift = max(self._shift, other._shift)
        self._sum = (self._sum << (shift - self._shift)) + (other._sum << (shift - other._shift))
        self._squares = (self._squares << 2 * (shift - self._shift)) + (
            other._squares << 2 * (shift - other._shift)
        )
        self._shift = shift
        self.count += other.count
        self._min = min(self._min, other._min)
        self._max = max(self._max, other._max)

    def stats(self) -> Stats:
        """Mean, min, max and population standard deviation of what was added."""
        if not self.count:
            return EMPTY_STATS
        unit = 1 << self._shift
        mean = Fraction(self._sum, unit * self.count)
        variance = Fraction(self._squares, unit * unit * self.count) - mean * mean
        return Stats(float(mean), self._min, self._max, math.sqrt(variance), self.count)


def stats(values: Iterable[float]) -> Stats:
    """Mean, min, max and population standard deviation; the same whatever the order."""
    tally = Tally()
    for value in values:
        tally.add(value)
    return tally.stats()


class FigureTallies:
    """The tallies of every figure of a report in one row (each question, stream, section,
    ..., by position), by role. A respondent's values are only counted, in one loop over the
    row (a team gives the same few values again and again: a dict increment each), and the
    counts folded now and then into the exact tallies, whose sums do not depend on when.
    The team's tally of a figure is its roles' merged."""

    def __init__(self, scales: Sequence[float]) -> None:
        self.scales = tuple(scales)
        """What each position's values are multiplied by before they are tallied."""
        self.roles: dict[str, list[Tally]] = {}
        self._counts: dict[str, list[dict[float | None, int]]] = {}
        self._added = 0

    def add(self, role: str, values: Sequence[float | None]) -> None:
        """Count one respondent's row of values (None is counted, never tallied)."""
        counts = self._counts.get(role)
        if counts is None:
            counts = self._new_role(role)
        for count, value in zip(counts, values, strict=True):
            count[value] = count.get(value, 0) + 1
        self._added += 1
        if self._added % FOLD_EVERY == 0:
            self.fold(PENDING_VALUES)

    def _new_role(self, role: str) -> list[dict[float | None, int]]:
        """Empty counts and tallies for a role seen for the first time; its counts."""
        self.roles[role] = [Tally() for _ in self.scales]
        counts = self._counts[role] = [{} for _ in self.scales]
        return counts

    def fold(self, pending: int = 0) -> None:
        """Fold into the tallies each count of more than `pending` distinct values."""
        for role, counts in self._counts.items():
            tallies = self.roles[role]
            for position, count in enumerate(counts):
                if len(count) > pending:
                    scale, tally = self.scales[position], tallies[position]
                    for value, times in count.items():
                        if value is not None:
                            tally.add(scale * value, times)
                    count.clear()

    def merge(self, other: FigureTallies) -> None:
        """Add the tallies of `other` (of the same figures) to these, both folded first."""
        self.fold()
        other.fold()
        for role, tallies in other.roles.items():
            if role not in self.roles:
                self._new_role(role)
            for mine, theirs in zip(self.roles[role], tallies, strict=True):
                mine.merge(theirs)

    def stats(self, position: int) -> Stats:
        """The whole team's (of every role), once folded."""
        team = Tally()
        for tallies in self.roles.values():
            team.merge(tallies[position])
        return team.stats()

    def by_role(self, position: int, roles: Sequence[str]) -> dict[str, Stats]:
        return {
            r: self.roles[r][position].stats() if r in self.roles else EMPTY_STATS for r in roles
        }


class Level:
    """The figures of one level of the structure (questions, sections, ...) in a row of
    FigureTallies: its index-th figure is the row's position start + index."""

    def __init__(self, figures: FigureTallies, start: int) -> None:
        self.figures = figures
        self.start = start

    def stats(self, index: int) -> Stats:
        return self.figures.stats(self.start + index)

    def by_role(self, index: int, roles: Sequence[str]) -> dict[str, Stats]:
        return self.figures.by_role(self.start + index, roles)
