"""Aggregation streams: its memory does not grow with the number of respondents, so a hundred
thousand files take no more than a hundred (timings are the benchmark's, bench/scale.py)."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator

from selfassess.core.aggregate import aggregate, stream_files
from selfassess.core.model import Bank
from tests.core.test_aggregate import response_file


def _files(bank: Bank, count: int) -> Iterator[tuple[str, str]]:
    """`count` response files made one at a time, every answer random, in every role."""
    rng = random.Random(count)
    roles = ["direccion", "equipo", "Staff", ""]
    for index in range(count):
        answers = {}
        for _, question in bank.questions():
            ids = [o.id for o in question.options]
            if question.is_multiple:
                answers[question.id] = [i for i in ids if rng.random() < 0.5]
            else:
                answers[question.id] = rng.choice([*ids, "na"])
        yield f"{index}.json", response_file(bank, answers, roles[index % 4])


def _peak(bank: Bank, count: int) -> int:
    rejected: list = []
    tracemalloc.start()
    try:
        team = aggregate(bank, stream_files(bank, _files(bank, count), rejected), rejected)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert team.respondents == count
    return peak


def test_memory_does_not_grow_with_respondents(mini_bank: Bank) -> None:
    # Caches filled once (the locale, the bank's lookups), and CPython's free lists of small
    # tuples and dicts (up to 2,000 each, counted as allocated) filled up.
    _peak(mini_bank, 3000)
    small, large = _peak(mini_bank, 300), _peak(mini_bank, 3000)
    assert large < 1.2 * small, (small, large)
