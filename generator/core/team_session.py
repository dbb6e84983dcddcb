"""A team report built up batch by batch: the team page's worker keeps one between messages,
so adding files costs only the new ones, and the page reads the next batch meanwhile.

Response files are tallied as they come and only their tally is kept. Texts holding answer
codes are kept and read together when the report is made, as `read_code_texts` reads them,
since a code found twice (in two emails, or in an email and the pasted text) counts once.
The report is the same as `aggregate`'s of every file and text at once, whatever the batches.
"""

from __future__ import annotations

from collections.abc import Iterable

from selfassess.core.aggregate import (
    Rejected,
    TeamReport,
    TeamTally,
    stream_files,
    tally_readings,
    team_report,
)
from selfassess.core.code_reading import read_code_texts
from selfassess.core.model import Bank
from selfassess.core.rollup import Scorer


class TeamSession:
    """Files and texts of codes added over time to one bank's team report."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.scorer = Scorer(bank)
        """Shared by every batch: it remembers the values of the answers it has seen."""
        self.files = TeamTally(bank)
        self.rejected: list[Rejected] = []
        self.code_texts: list[tuple[str, str]] = []
        self.pasted: list[tuple[str, str]] = []
        self._codes: tuple[str, TeamTally, list[Rejected]] | None = None
        """The tally of every text of codes, in the language it was read in, until one changes."""

    def add(
        self, files: Iterable[tuple[str, str]], texts: Iterable[tuple[str, str]], language: str
    ) -> None:
        """Tally response `files` (name, text) and keep `texts` of answer codes, with those
        added before; files that cannot be used are listed in `language`."""
        batch = stream_files(self.bank, files, self.rejected, language)
        self.files.merge(tally_readings(self.bank, batch, self.scorer))
        texts = list(texts)
        if texts:
            self.code_texts.extend(texts)
            self._codes = None

    def paste(self, texts: Iterable[tuple[str, str]]) -> None:
        """Texts of codes pasted in, in place of those pasted before."""
        self.pasted = list(texts)
        self._codes = None

    def report(self, language: str) -> TeamReport:
        """The team report of everything added and pasted so far."""
        if self._codes is None or self._codes[0] != language:
            readings, rejected = read_code_texts(self.bank, [*self.code_texts, *self.pasted],
                                                 language)  # fmt: skip
            self._codes = (language, tally_readings(self.bank, readings, self.scorer), rejected)
        _, codes, codes_rejected = self._codes
        team = TeamTally(self.bank)
        team.merge(self.files)
        team.merge(codes)
        return team_report(self.bank, team, [*self.rejected, *codes_rejected], language)
