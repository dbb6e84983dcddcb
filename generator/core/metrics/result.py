"""What a metric gives back (`MetricResult`) or raises (`MetricError`), and its words.

The words are the catalogue's "metric.*" texts (`selfassess.core.locale`); numbers are written
by the locale's rule, so a formula reads "5,6" in Spanish and "5.6" in English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from selfassess.core.locale import locale


@dataclass(frozen=True)
class MetricResult:
    name: str
    """The metric's registry name: csat, nps, ces, churn, annual-value, clv, cac."""
    value: float
    """Unrounded; `display` and `formula` show it rounded."""
    formula: str
    """The formula with the numbers filled in, in the requested language."""
    counts: Mapping[str, int] = field(default_factory=dict)
    """Survey metrics: valid, skipped, malformed (and promoters/passives/detractors for NPS,
    satisfied for CSAT). Empty for metrics computed from named numbers."""
    distribution: tuple[tuple[int, int], ...] = ()
    """(answer value, count) for every point of the scale, in order; empty for number metrics."""
    problems: tuple[str, ...] = ()
    """The first malformed rows, one message each with its line number."""
    display: str = ""
    """The value as the language writes it: "74", "5,6", "7.5%", "1,080"."""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "display": self.display,
            "formula": self.formula,
            "counts": dict(self.counts),
            "distribution": [{"value": v, "count": c} for v, c in self.distribution],
            "problems": list(self.problems),
        }


class MetricError(ValueError):
    """The metric cannot be computed; the message says why, `problems` lists the details."""

    def __init__(self, message: str, problems: Iterable[str] = (), field: str | None = None):
        self.message = message
        self.problems = tuple(problems)
        self.field = field
        """The named input at fault (e.g. "start"), when there is one."""
        super().__init__("\n".join((message, *self.problems)))


def text(language: str, key: str, **values: object) -> str:
    """The metrics text `key` in `language` (see `Locale.text` for the fallback), filled in."""
    return locale(language).text(f"metric.{key}", **values)


def format_number(language: str, value: float, decimals: int = 2) -> str:
    """`value` rounded to at most `decimals`, trailing zeros dropped, as `language` writes it."""
    return locale(language).number(value, decimals)
