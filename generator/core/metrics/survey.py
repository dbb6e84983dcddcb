"""Survey metrics: CSAT, NPS and CES from a column of answers on the metric's scale.

Blank and "don't know" entries are skipped and counted; malformed ones (not a number, outside
the scale, not a whole number) are counted and listed by line, never guessed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from selfassess.core.locale import FALLBACK_LANGUAGE
from selfassess.core.metrics.numbers import MAX_NUMBER_CHARS, parse_number
from selfassess.core.metrics.result import MetricError, MetricResult, format_number, text

MAX_LISTED_PROBLEMS = 5
"""Malformed rows listed one by one; the rest are summed up in one more line."""
SKIP_TOKENS = frozenset(
    {"", "na", "n/a", "n.a.", "n/d", "nd", "ns/nc", "ns", "nc", "dk", "-", "–", "—",
     "don't know", "dont know", "don’t know", "no sé", "no se", "no sabe"}
)  # fmt: skip
"""Entries that mean "no answer" (compared lower-cased, spaces collapsed): skipped, counted."""


@dataclass(frozen=True)
class _Scale:
    low: int
    high: int


SCALES: dict[str, _Scale] = {"csat": _Scale(1, 5), "nps": _Scale(0, 10), "ces": _Scale(1, 7)}


def is_skip(cell: str) -> bool:
    return " ".join(cell.lower().split()) in SKIP_TOKENS


def unquote(cell: str) -> str:
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] and cell[0] in "\"'":
        cell = cell[1:-1].strip()
    return cell


@dataclass(frozen=True)
class MissingCell:
    """The cell of a row too short to have the chosen column (numbered from 1)."""

    column: int


@dataclass
class _Tally:
    scale: _Scale
    language: str
    counts: dict[int, int]
    skipped: int = 0
    malformed: int = 0

    def __post_init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, key: str, **values: object) -> None:
        self.malformed += 1
        cell = str(values.get("cell", ""))
        if len(cell) > MAX_NUMBER_CHARS:
            values["cell"] = cell[: MAX_NUMBER_CHARS - 1] + "…"
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(text(self.language, key, **values))

    def add(self, line: int, cell: object) -> None:
        if cell is None:
            self.skipped += 1
            return
        if isinstance(cell, MissingCell):
            self.problem("missing_column", line=line, column=cell.column)
            return
        if isinstance(cell, bool):
            self.problem("not_a_number", line=line, cell=cell)
            return
        if isinstance(cell, int | float):
            number, shown = float(cell), str(cell)
            if not math.isfinite(number):
                self.problem("not_a_number", line=line, cell=shown)
                return
        else:
            shown = unquote(str(cell))
            if is_skip(shown):
                self.skipped += 1
                return
            try:
                number = parse_number(shown, whole=True)
            except ValueError:
                self.problem("not_a_number", line=line, cell=shown)
                return
        if number != int(number):
            self.problem("not_whole", line=line, cell=shown)
        elif not self.scale.low <= number <= self.scale.high:
            self.problem("out_of_range", line=line, cell=shown,
                         low=self.scale.low, high=self.scale.high)  # fmt: skip
        else:
            self.counts[int(number)] += 1

    def all_problems(self) -> tuple[str, ...]:
        hidden = self.malformed - len(self.problems)
        more = [text(self.language, "more_problems", count=hidden)] if hidden else []
        return (*self.problems, *more)


def survey(name: str, cells: Iterable[tuple[int, object]], language: str) -> MetricResult:
    """Tally (line, cell) pairs on the metric's scale and compute it from the valid answers."""
    scale = SCALES[name]
    tally = _Tally(scale, language, dict.fromkeys(range(scale.low, scale.high + 1), 0))
    for line, cell in cells:
        tally.add(line, cell)
    counts = tally.counts
    valid = sum(counts.values())
    problems = tally.all_problems()
    if valid == 0:
        raise MetricError(
            text(language, "no_valid", metric=name.upper(), skipped=tally.skipped,
                 malformed=tally.malformed),
            problems,
        )  # fmt: skip
    summary = {"valid": valid, "skipped": tally.skipped, "malformed": tally.malformed}
    distribution = tuple(counts.items())

    def number(value: float, decimals: int = 1) -> str:
        return format_number(language, value, decimals)

    if name == "csat":
        top = counts[4] + counts[5]
        value = 100 * top / valid
        display = number(value)
        formula = text(language, "formula_csat", top=number(top), valid=number(valid),
                       value=display)  # fmt: skip
        summary["satisfied"] = top
    elif name == "nps":
        promoters = counts[9] + counts[10]
        detractors = sum(counts[v] for v in range(0, 7))
        value = 100 * (promoters - detractors) / valid
        display = number(value)
        formula = text(
            language, "formula_nps", promoters=number(promoters), detractors=number(detractors),
            valid=number(valid), promoters_pct=number(100 * promoters / valid),
            detractors_pct=number(100 * detractors / valid), value=display,
        )  # fmt: skip
        summary |= {
            "promoters": promoters,
            "passives": valid - promoters - detractors,
            "detractors": detractors,
        }
    else:
        total = sum(v * c for v, c in counts.items())
        value = total / valid
        display = number(value, 2)
        formula = text(language, "formula_ces", total=number(total), valid=number(valid),
                       value=display)  # fmt: skip
    return MetricResult(name, value, formula, summary, distribution, problems, display)


def _numbered(answers: Iterable[object]) -> Iterable[tuple[int, object]]:
    return enumerate(answers, start=1)


def csat(answers: Iterable[object], language: str = FALLBACK_LANGUAGE) -> MetricResult:
    """CSAT = 100 × (answers of 4 or 5) / (valid answers), on a 1–5 scale.

    `answers` are numbers or cells of text ("4", "n/a", ""); None and "don't know" entries
    are skipped. Line numbers in problems count answers from 1.
    """
    return survey("csat", _numbered(answers), language)


def nps(answers: Iterable[object], language: str = FALLBACK_LANGUAGE) -> MetricResult:
    """NPS = % promoters (9–10) − % detractors (0–6), answers on a 0–10 scale."""
    return survey("nps", _numbered(answers), language)


def ces(answers: Iterable[object], language: str = FALLBACK_LANGUAGE) -> MetricResult:
    """CES = mean of the valid answers on a 1–7 scale."""
    return survey("ces", _numbered(answers), language)
