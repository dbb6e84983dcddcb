"""Maturity levels: the level a section reaches, from the values of its asked questions.

A section reaches level k when every asked question of level 1..k has a value of at least
the bank's threshold; unanswered and "don't know" do not meet it. 0 when level 1 is not
met; None when the bank has no levels or the section asks no question that has one.
A group, and the whole bank, reach the lowest level their sections reached: a level is a
floor everything under it stands on.
"""

from __future__ import annotations

from collections.abc import Iterable

from selfassess.core.model import Bank, Question


def level_reached(
    bank: Bank, asked: Iterable[tuple[Question, float | None]]
) -> int | None:
    """The level reached by these asked questions and their values."""
    if not bank.levels:
        return None
    lowest_short = bank.levels + 1
    leveled = False
    for question, value in asked:
        if question.level < 1:
            continue
        leveled = True
        if value is None or value < bank.level_threshold:
            lowest_short = min(lowest_short, question.level)
    if not leveled:
        return None
    return min(lowest_short - 1, bank.levels)


def lowest_level(levels: Iterable[int | None]) -> int | None:
    """The lowest of the levels that are known; None when none is."""
    known = [level for level in levels if level is not None]
    return min(known) if known else None
