"""What the positions of an answer code mean for a bank: answers as digits, and back.

A code writes a response as one mixed-radix number: the language and role indices, then one
digit per question in the bank's order (0 unanswered, 1 "na", then the option's index; a
checklist's items as a base-2 number of checked items, base 3 when some item is marked n/a).
The layout hash names what the positions mean, so a code is read only against a bank whose
positions mean the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from selfassess.core.model import NOT_APPLICABLE, Bank, Question, canonical_sha256
from selfassess.core.results import Answer

CodedAnswer = Answer | dict[str, list[str]]
"""An answer as a code holds it: a checklist's may name items marked n/a (model 2's shape)."""


def layout_hash(bank: Bank) -> bytes:
    """3 bytes that change whenever what a code's positions mean changes."""
    layout = {
        "languages": list(bank.languages),
        "roles": [r.id for r in bank.roles],
        "questions": [[q.id, q.type, [o.id for o in q.options]] for _, q in bank.questions()],
    }
    return bytes.fromhex(canonical_sha256(layout))[:3]


def content_tag(bank: Bank) -> bytes:
    """2 bytes of the bank's content hash: tells an edited bank from the one a code answers."""
    return hashlib.sha256(bank.hash.encode("utf-8")).digest()[:2]


def has_na_marks(bank: Bank, answers: Mapping[str, Any]) -> bool:
    """Whether some checklist answer marks items n/a: then checklists take base-3 digits."""
    return any(
        isinstance(answers.get(q.id), dict) and answers[q.id].get("na")
        for _, q in bank.questions() if q.is_multiple
    )  # fmt: skip


def _radix(question: Question, na_marks: bool) -> int:
    items = len(question.options)
    return 2 + ((3 if na_marks else 2) ** items if question.is_multiple else items)


def _radices(bank: Bank, na_marks: bool) -> list[int]:
    questions = (_radix(q, na_marks) for _, q in bank.questions())
    return [len(bank.languages), len(bank.roles) + 2, *questions]


def answers_size(bank: Bank, na_marks: bool) -> int:
    """The bytes every code to `bank` spends on its answers: the same whatever they are."""
    product = 1
    for radix in _radices(bank, na_marks):
        product *= radix
    return ((product - 1).bit_length() + 7) // 8


def answers_bytes(
    bank: Bank, language: int, role: int, answers: Mapping[str, Any], na_marks: bool
) -> bytes:
    """The language index, the role digit (0 none, then the bank's roles, then a typed role)
    and the answer to each question of the bank, as one number of `answers_size` bytes."""
    questions = [_digit(q, answers.get(q.id), na_marks) for _, q in bank.questions()]
    number = 0
    for digit, radix in zip([language, role, *questions], _radices(bank, na_marks), strict=True):
        number = number * radix + digit
    return number.to_bytes(answers_size(bank, na_marks), "big")


def read_answers(
    bank: Bank, data: bytes, na_marks: bool
) -> tuple[int, int, dict[str, CodedAnswer]] | None:
    """The language index, role digit and answers `answers_bytes` wrote; None when the number
    is too big for the bank: it names options or roles the bank does not have."""
    number = int.from_bytes(data, "big")
    digits = []
    for radix in reversed(_radices(bank, na_marks)):
        number, digit = divmod(number, radix)
        digits.append(digit)
    if number:
        return None
    language, role, *answers = reversed(digits)
    questions = [q for _, q in bank.questions()]
    coded = {q.id: _answer(q, d, na_marks) for q, d in zip(questions, answers, strict=True)}
    return language, role, coded


def _checklist(answer: Any) -> tuple[list[str], list[str]]:
    """The checked and n/a items of a checklist answer, in either of its shapes."""
    if isinstance(answer, dict):
        return list(answer.get("checked") or ()), list(answer.get("na") or ())
    return list(answer), []


def _digit(question: Question, answer: CodedAnswer, na_marks: bool) -> int:
    if answer is None:
        return 0
    if answer == NOT_APPLICABLE:
        return 1
    index = {o.id: i for i, o in enumerate(question.options)}
    if not question.is_multiple:
        if not isinstance(answer, str) or answer not in index:
            raise ValueError(f"{question.id}: {answer!r} is not one of its options")
        return 2 + index[answer]
    if isinstance(answer, str):
        raise ValueError(f"{question.id}: {answer!r} is not a list of its items")
    checked, na = _checklist(answer)
    unknown = [item for item in (*checked, *na) if item not in index]
    if unknown:
        raise ValueError(f"{question.id}: {unknown[0]!r} is not one of its items")
    states = [0] * len(question.options)
    for item in checked:
        states[index[item]] = 1
    for item in na:  # an item both checked and n/a counts as n/a, as scoring reads it
        states[index[item]] = 2
    base, value = (3 if na_marks else 2), 0
    for state in reversed(states):
        value = value * base + state
    return 2 + value


def _answer(question: Question, digit: int, na_marks: bool) -> CodedAnswer:
    if digit == 0:
        return None
    if digit == 1:
        return NOT_APPLICABLE
    if not question.is_multiple:
        return question.options[digit - 2].id
    value, base = digit - 2, (3 if na_marks else 2)
    checked, na = [], []
    for option in question.options:
        value, state = divmod(value, base)
        if state:
            (checked if state == 1 else na).append(option.id)
    return {"checked": checked, "na": na} if na else checked
