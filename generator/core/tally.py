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


class _ExactSum:
    """A sum of floats kept exactly, as an integer over a power of two."""

    __slots__ = ("numerator", "shift")

    def __init__(self) -> None:
        self.numerator = 0
        self.shift = 0

    def add(self, numerator: int, shift: int) -> None:
        """Add numerator / 2**shift."""
        if shift > self.shift:
            self.numerator <<= shift - self.shift
            self.shift = shift
        self.numerator += numerator << (self.shift - shift)

    def value(self) -> Fraction:
        return Fraction(self.numerator, 1 << self.shift)


class Tally:
    """Count, exact sum and sum of squares, min and max of the numbers added so far."""

    __slots__ = ("_max", "_min", "_squares", "_sum", "count")

    def __init__(self) -> None:
        self.count = 0
        self._sum = _ExactSum()
        self._squares = _ExactSum()
        self._min = math.inf
        self._max = -math.inf

    def add(self, value: float) -> None:
        numerator, denominator = float(value).as_integer_ratio()
        shift = denominator.bit_length() - 1
        self.count += 1
        self._sum.add(numerator, shift)
        self._squares.add(numerator * numerator, 2 * shift)
        self._min = min(self._min, value)
        self._max = max(self._max, value)

    def stats(self) -> Stats:
        """Mean, min, max and population standard deviation of what was added."""
        if not self.count:
            return EMPTY_STATS
        mean = self._sum.value() / self.count
        variance = self._squares.value() / self.count - mean * mean
        return Stats(float(mean), self._min, self._max, math.sqrt(variance), self.count)


def stats(values: Iterable[float]) -> Stats:
    """Mean, min, max and population standard deviation; the same whatever the order."""
    tally = Tally()
    for value in values:
        tally.add(value)
    return tally.stats()
