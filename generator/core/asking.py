"""Which questions a respondent is asked, and why not.

A question is not asked when its own condition, its stream's or its section's fails
("condition"), or when the respondent gives a role and the question's or its section's
roles do not include it ("role"). A condition's leaf holds when the named question is
asked and answered with one of its options (a checklist: one of them counts as checked).
Answers to questions not asked stay in the response; they are neither scored nor counted.
"""

from __future__ import annotations

from collections.abc import Mapping

from selfassess.core.answers import chosen_options
from selfassess.core.model import Bank, Condition, Question
from selfassess.core.results import Answer

ASKED = ""
CONDITION = "condition"
ROLE = "role"
NOT_ASKED_REASONS = (CONDITION, ROLE)
"""Why a question is not asked, in the order reports list them."""


def role_id(bank: Bank, role: str) -> str:
    """A respondent's role as one of the bank's role ids when it names one (by id or by its
    label in any language, whatever the case); otherwise as typed, trimmed."""
    typed = " ".join(role.split())
    folded = typed.casefold()
    for candidate in bank.roles:
        names = {candidate.id.casefold(), *(label.casefold() for label in candidate.label.values())}
        if folded in names:
            return candidate.id
    return typed


def _conditions(bank: Bank) -> dict[str, tuple[Condition, ...]]:
    """Each question's conditions: its own, its stream's and its section's."""
    result: dict[str, tuple[Condition, ...]] = {}
    for section in bank.sections:
        stream_when = {q: s.when for s in section.streams for q in s.questions}
        for question in section.questions:
            parts = (question.when, stream_when.get(question.id), section.when)
            result[question.id] = tuple(c for c in parts if c is not None)
    return result


class Asking:
    """Decides, for one response, which questions are asked; each is decided once."""

    def __init__(self, bank: Bank, answers: Mapping[str, Answer], role: str = "") -> None:
        self._bank = bank
        self._answers = answers
        self._role = role_id(bank, role) if role else ""
        self._conditions = _conditions(bank)
        self._reasons: dict[str, str] = {}
        self._deciding: set[str] = set()
        self._section_roles = {q.id: s.roles for s, q in bank.questions()}

    def reason(self, question: Question) -> str:
        """"" when the question is asked, else why not: "role" or "condition"."""
        known = self._reasons.get(question.id)
        if known is not None:
            return known
        if question.id in self._deciding:  # a cycle of conditions: none of them holds
            return CONDITION
        self._deciding.add(question.id)
        if self._role and any(
            roles and self._role not in roles
            for roles in (question.roles, self._section_roles[question.id])
        ):
            reason = ROLE
        elif all(self.holds(c) for c in self._conditions[question.id]):
            reason = ASKED
        else:
            reason = CONDITION
        self._deciding.discard(question.id)
        self._reasons[question.id] = reason
        return reason

    def holds(self, condition: Condition) -> bool:
        """Whether `condition` holds on this response's answers."""
        if condition.question:
            question = self._bank.question(condition.question)
            if question is None or self.reason(question) != ASKED:
                return False
            given = chosen_options(question, self._answers.get(question.id))
            if not given & set(condition.options):
                return False
        if not all(self.holds(part) for part in condition.all):
            return False
        return not condition.any or any(self.holds(part) for part in condition.any)


def asks_everyone(bank: Bank) -> bool:
    """True when the bank has no condition and no audience: every question is always asked."""
    if any(s.when or s.roles or any(t.when for t in s.streams) for s in bank.sections):
        return False
    return not any(q.when or q.roles for _, q in bank.questions())


def not_asked_reasons(bank: Bank, answers: Mapping[str, Answer], role: str = "") -> tuple[str, ...]:
    """Each question's reason for not being asked ("" when asked), in the bank's order."""
    if asks_everyone(bank):
        return tuple(ASKED for _ in bank.questions())
    asking = Asking(bank, answers, role)
    return tuple(asking.reason(q) for _, q in bank.questions())
