"""How a report writes its numbers: one rule for every renderer.

Readers' formats (Markdown, HTML, the page's results view) write numbers as their language
does ("72,5" in Spanish, "72.5" in English, from the catalogue's rules); files read by
programs (CSV, JSON) write machine numbers ("72.5") whatever the language. Scores are kept
on 0–100 with one decimal; a bank with a display scale (0–3 for SAMM) shows its scores,
targets and gaps on that scale, with its decimals.
"""

from __future__ import annotations

from dataclasses import dataclass

from selfassess.core.locale import locale
from selfassess.core.model import DisplayScale

DASH = "—"
"""Written where there is no number: a section nobody answered has no score."""


def round_score(value: float | None) -> float | None:
    """A score, gap or percentage as every report keeps it: one decimal, None kept."""
    return None if value is None else round(value, 1)


@dataclass(frozen=True)
class Numbers:
    """The numbers of one report in one language (`machine`: as programs read them)."""

    language: str
    display: DisplayScale | None = None
    machine: bool = False

    def decimal(self, value: float, decimals: int = 1, signed: bool = False) -> str:
        if self.machine:
            return locale("en").decimal(value, decimals, signed)
        return locale(self.language).decimal(value, decimals, signed)

    def score(self, value: float | None, missing: str = DASH) -> str:
        """A 0–100 score (or gap, or points) with one decimal; `missing` when there is none."""
        return missing if value is None else self.decimal(round(value, 1))

    def delta(self, value: float | None, missing: str = DASH) -> str:
        """A change of score with its sign: "+4,5", "-2,0", "0,0"."""
        return missing if value is None else self.decimal(round(value, 1), signed=True)

    def percent(self, value: float | None) -> str:
        """A percentage as the language writes it: "85,7 %", "85.7%"."""
        return DASH if value is None else locale(self.language).percent(self.score(value))

    def shown(self, value: float | None, missing: str = DASH) -> str:
        """A 0–100 score on the bank's display scale ("2,15"); on 0–100 without one."""
        if value is None or self.display is None:
            return self.score(value, missing)
        return self.decimal(self.display.shown(value), self.display.decimals)

    def shown_gap(self, value: float | None, missing: str = DASH, signed: bool = False) -> str:
        """A gap (a difference of scores) on the display scale: no offset, only the span."""
        if value is None or self.display is None:
            return (self.delta if signed else self.score)(value, missing)
        span = (self.display.max - self.display.min) / 100
        decimals = self.display.decimals
        return self.decimal(round(value * span, decimals), decimals, signed)

    def shown_delta(self, value: float | None, missing: str = DASH) -> str:
        """A change of score with its sign, on the display scale when the bank has one."""
        return self.shown_gap(value, missing, signed=True)

    def of(self, value: float | None) -> str:
        """A score with the top of its scale: "72,5 / 100", "2,15 / 3"."""
        top = 100 if self.display is None else self.display.max
        return locale(self.language).text(
            "report.score_of", score=self.shown(value), top=locale(self.language).number(top)
        )
