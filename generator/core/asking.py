"""Which questions a respondent is asked, and why not.

A question is not asked when its own condition, its stream's or its section's fails
("condition"), or when the respondent gives a role and the question's or its section's
roles do not include it ("role"). A condition's leaf holds when the named question is
asked and answered with one of its options (a checklist: one of them counts as checked).
Answers to questions not asked stay in the response; they are neither scored nor counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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


def _left_out(role: str, question: Question, section_roles: tuple[str, ...]) -> bool:
    """The respondent gives a role, and the question's or its section's roles leave it out."""
    return bool(role) and any(r and role not in r for r in (question.roles, section_roles))


class AskingTables:
    """What deciding who is asked reads from a bank, built once per bank so that a team's
    thousands of responses do not rebuild it: each question's conditions, its section's
    roles, the role ids respondents' typed roles stand for, and per role the questions
    decided without reading any answer."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.conditions = _conditions(bank)
        self.section_roles = {q.id: s.roles for s, q in bank.questions()}
        self._roles: dict[str, str] = {}
        self._decided: dict[str, tuple[dict[str, str], tuple[Question, ...]]] = {}

    def decided(self, role: str) -> tuple[dict[str, str], tuple[Question, ...]]:
        """The reasons a respondent of this role id gets without any answer being read ("role"
        where the audience leaves the role out, asked where no condition applies), and the
        questions left to decide on the answers. Built once per role: a team's responses each
        start from it and decide only the conditions."""
        known = self._decided.get(role)
        if known is None:
            reasons: dict[str, str] = {}
            for _, question in self.bank.questions():
                if _left_out(role, question, self.section_roles[question.id]):
                    reasons[question.id] = ROLE
                elif not self.conditions[question.id]:
                    reasons[question.id] = ASKED
            undecided = tuple(q for _, q in self.bank.questions() if q.id not in reasons)
            known = self._decided[role] = (reasons, undecided)
        return known

    def role(self, typed: str) -> str:
        """`role_id` of the typed role, remembered: a team types a handful of roles."""
        known = self._roles.get(typed)
        if known is None:
            known = self._roles[typed] = role_id(self.bank, typed)
        return known


class Asking:
    """Decides, for one response, which questions are asked; each is decided once."""

    def __init__(
        self,
        bank: Bank,
        answers: Mapping[str, Answer],
        role: str = "",
        tables: AskingTables | None = None,
    ) -> None:
        tables = tables or AskingTables(bank)
        self._bank = bank
        self._answers = answers
        self._role = tables.role(role) if role else ""
        self._conditions = tables.conditions
        decided, self._undecided = tables.decided(self._role)
        self._reasons = dict(decided)
        self._deciding: set[str] = set()

    def reason(self, question: Question) -> str:
        """"" when the question is asked, else why not: "role" or "condition"."""
        known = self._reasons.get(question.id)
        if known is not None:
            return known
        if question.id in self._deciding:  # a cycle of conditions: none of them holds
            return CONDITION
        self._deciding.add(question.id)  # left out by role or unconditional: decided already
        holds = all(self.holds(c) for c in self._conditions[question.id])
        reason = ASKED if holds else CONDITION
        self._deciding.discard(question.id)
        self._reasons[question.id] = reason
        return reason

    def reasons(self, question_ids: Sequence[str]) -> tuple[str, ...]:
        """`reason` of each of these questions (of the bank), in their order."""
        for question in self._undecided:
            self.reason(question)
        return tuple(map(self._reasons.__getitem__, question_ids))

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


@dataclass(frozen=True)
class RoleEstimate:
    """What a respondent of one role may be asked, and about how long it takes."""

    role: str
    questions: tuple[Question, ...]
    minutes: int


def role_estimate(bank: Bank, role: str) -> RoleEstimate:
    """The questions a respondent of role id `role` may be asked, and the minutes that takes.

    The audience decides, and so do conditions that read only questions the role is never
    asked (they can never hold for it); other conditions read answers not given yet, so a
    conditional question counts as possibly asked. The minutes are the bank's `minutes` (the
    time for someone asked everything) scaled by the share of its questions the role may be
    asked, rounded up, at least 1: a page then promises each role the time it really spends."""
    every = tuple(bank.questions())
    conditions = _conditions(bank)
    possible = {q.id for s, q in every if not _left_out(role, q, s.roles)}
    while True:  # a question whose condition cannot hold may be the one another condition reads
        reachable = {q for q in possible if all(may_hold(c, possible) for c in conditions[q])}
        if reachable == possible:
            break
        possible = reachable
    asked = tuple(q for _, q in every if q.id in possible)
    scaled = -(-bank.minutes * len(asked) // len(every)) if every else bank.minutes  # rounded up
    return RoleEstimate(role, asked, max(1, scaled))


def may_hold(condition: Condition, asked: set[str]) -> bool:
    """Whether some answers of a respondent who may be asked these questions could make the
    condition hold: a leaf can hold only when its question may be asked."""
    if condition.question and condition.question not in asked:
        return False
    if not all(may_hold(part, asked) for part in condition.all):
        return False
    return not condition.any or any(may_hold(part, asked) for part in condition.any)


def role_estimates(bank: Bank) -> tuple[RoleEstimate, ...]:
    """`role_estimate` of each of the bank's roles, in its order; empty when every role may be
    asked every question, so that one count and one time stay true for all."""
    estimates = tuple(role_estimate(bank, r.id) for r in bank.roles)
    total = len(bank.questions_by_id)
    return estimates if any(len(e.questions) < total for e in estimates) else ()
