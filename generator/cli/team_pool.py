"""Response files tallied on every core: `selfassess aggregate` of a hundred thousand files.

Each worker process reads and scores a share of the files with the core's `tally_readings`
and sends back its partial tally; the tallies merge exactly (sums are exact, lists are
sorted by the report), so the report is byte for byte the one a single process makes. The
pool lives here, in the command line: the browser's Python has no processes and calls the
core directly.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from selfassess.cli.common import read_each
from selfassess.core.aggregate import Rejected, TeamTally, stream_files, tally_readings
from selfassess.core.model import Bank
from selfassess.core.responses import MAX_FILE_BYTES
from selfassess.core.rollup import Scorer

CHUNK = 2_000
"""Files a worker reads per task: few tasks to send and merge, yet the cores stay busy."""
MIN_FILES = 2 * CHUNK
"""Fewer files are read in this process: starting workers would cost more than it saves."""

_worker: tuple[Bank, Scorer, str] | None = None
"""A worker's bank, its Scorer (kept from one task to the next) and the messages' language."""


def _start_worker(bank: Bank, language: str) -> None:
    global _worker
    _worker = (bank, Scorer(bank), language)


def _tally_share(paths: Sequence[Path | str]) -> tuple[TeamTally, list[Rejected]]:
    """In a worker: the tally of these files, and those not used."""
    assert _worker is not None, "the pool starts each worker with _start_worker"
    bank, scorer, language = _worker
    return _tally(bank, paths, language, scorer)


def _tally(
    bank: Bank, paths: Sequence[Path | str], language: str, scorer: Scorer | None = None
) -> tuple[TeamTally, list[Rejected]]:
    rejected: list[Rejected] = []
    files = read_each(paths, MAX_FILE_BYTES, rejected)
    return tally_readings(bank, stream_files(bank, files, rejected, language), scorer), rejected


def _start_method() -> str | None:
    """"fork" where the system has it: a worker starts as a copy of this process, its modules
    imported and its bank read (Python 3.14 starts workers with "forkserver" by default,
    each importing the command's modules again); the system's default elsewhere."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else None


def tally_files(
    bank: Bank, paths: Sequence[Path | str], language: str, rejected: list[Rejected]
) -> TeamTally:
    """The team tally of the response files `paths`, those not used appended to `rejected`
    in the order of `paths`; read by one worker per core when there are many."""
    workers = os.cpu_count() or 1
    if workers < 2 or len(paths) < MIN_FILES:
        team, not_used = _tally(bank, paths, language)
        rejected.extend(not_used)
        return team
    shares = [paths[start : start + CHUNK] for start in range(0, len(paths), CHUNK)]
    team = TeamTally(bank)
    context = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(
        workers, context, initializer=_start_worker, initargs=(bank, language)
    ) as pool:
        for part, not_used in pool.map(_tally_share, shares):  # in the order of the files
            team.merge(part)
            rejected.extend(not_used)
    return team
