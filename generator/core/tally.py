"""Running statistics: mean, min, max and spread of numbers seen one at a time.

A team's aggregation adds each respondent's numbers to tallies and keeps no list of them,
so its memory does not grow with the number of respondents. Sums are kept exactly (a
float is a fraction whose denominator is a power of two), so the result is the same
whatever the order the numbers come in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
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

    def add(self, value: float) -> None:
        numerator, denominator = value.as_integer_ratio()
        shift = denominator.bit_length() - 1
        if shift > self._shift:
            grow = shift - self._shift
            self._sum <<= grow
            self._squares <<= 2 * grow
            self._shift = shift
        scale = self._shift - shift
        self._sum += numerator << scale
        self._squares += (numerator * numerator) << (2 * scale)
        self.count += 1
        if value < self._min:
            self._min = value
        if value > self._max:
            self._max = value

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
