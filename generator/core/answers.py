"""What an answer is worth: an option's value, or a checklist's share of applicable items.

A checklist answer comes in two shapes: today's list of checked item ids, or
{"checked": [ids], "na": [ids]} where the items marked not applicable leave both sums.
An exclusive item ("none of these") clears the others when it is checked; an item both
checked and marked n/a counts as n/a.
"""

from __future__ import annotations

from collections.abc import Mapping
from math import fsum

from selfassess.core.model import NOT_APPLICABLE, Question
from selfassess.core.results import Answer

CHECKED = "checked"
MARKED_NA = "na"
CHECKLIST_KEYS = (CHECKED, MARKED_NA)


def _ids(value: object) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    return None


def checklist_parts(answer: Answer) -> tuple[list[str], list[str]] | None:
    """The checked and n/a ids of a checklist answer of either shape, as given; None when the
    answer has neither shape."""
    if isinstance(answer, list):
        checked = _ids(answer)
        return None if checked is None else (checked, [])
    if isinstance(answer, Mapping) and set(answer) <= set(CHECKLIST_KEYS):
        checked, marked = _ids(answer.get(CHECKED, [])), _ids(answer.get(MARKED_NA, []))
        if checked is not None and marked is not None:
            return checked, marked
    return None


def checklist_items(question: Question, answer: Answer) -> tuple[set[str], set[str]] | None:
    """The items that count as checked, and those marked n/a, with the exclusive rule applied;
    None when the answer does not fit the question (wrong shape or unknown ids)."""
    parts = checklist_parts(answer)
    if parts is None:
        return None
    checked, marked = set(parts[0]), set(parts[1])
    if not (checked | marked).issubset(question.options_by_id):
        return None
    checked -= marked
    exclusive = {i for i in checked if question.options_by_id[i].exclusive}
    return (exclusive or checked), marked


def answer_value(question: Question, answer: Answer) -> float | None:
    """The answer's value in [0, 1]; None for no answer, "na", every item n/a, or an answer
    that does not fit."""
    if answer is None or answer == NOT_APPLICABLE:
        return None
    if question.is_multiple:
        items = checklist_items(question, answer)
        if items is None:
            return None
        checked, marked = items
        applicable = [o for o in question.options if o.id not in marked]
        total = fsum(o.value for o in applicable)  # as rollup.weighted_mean, for Pyodide
        if total <= 0:
            return None
        if any(question.options_by_id[i].exclusive for i in checked):
            return 0.0
        return fsum(o.value for o in applicable if o.id in checked) / total
    if not isinstance(answer, str):
        return None
    option = question.option(answer)
    return None if option is None else option.value


def chosen_options(question: Question, answer: Answer) -> set[str]:
    """The option ids the answer gives: the option of a single answer, the items that count as
    checked in a checklist; empty for no answer, "na" or an answer that does not fit."""
    if answer is None or answer == NOT_APPLICABLE:
        return set()
    if question.is_multiple:
        items = checklist_items(question, answer)
        return set() if items is None else items[0]
    return {answer} if isinstance(answer, str) and answer in question.options_by_id else set()
