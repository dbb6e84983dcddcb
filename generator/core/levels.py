"""Maturity levels: the level a section reaches, from the values of its asked questions.

A section reaches level k when every asked question of level 1..k has a value of at least
the bank's threshold, and it asked a question of level k or above: a level nothing asked
is about, above every asked question, cannot be claimed (an employee asked one level-1
question has not shown level 3). Unanswered and "don't know" do not meet the threshold. 0
when level 1 is not met; None when the bank has no levels or the section asks no question
that has one.
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
    highest_asked = 0
    for question, value in asked:
        if question.level < 1:
            continue
        highest_asked = max(highest_asked, question.level)
        if value is None or value < bank.level_threshold:
            lowest_short = min(lowest_short, question.level)
    if not highest_asked:
        return None
    return min(lowest_short - 1, highest_asked)


def lowest_level(levels: Iterable[int | None]) -> int | None:
    """The lowest of the levels that are known; None when none is."""
    known = [level for level in levels if level is not None]
    return min(known) if known else None
