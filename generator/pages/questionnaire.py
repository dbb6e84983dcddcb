"""The questionnaire as the form and the printable page lay it out: groups, sections, streams,
questions, each with what is said about it in words (when it is asked, whom it is for).

Built from the model (answer sets resolved), so a template never reads a bank's JSON options.
The browser gets each condition and audience as JSON in a data attribute (the templates'
autoescape makes it safe there); the sentences are for people, with or without JavaScript.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from selfassess.core.model import Bank, Condition, Group, Question, Section, Stream, localize

Texts = Mapping[str, Any]


@dataclass(frozen=True)
class Asked:
    """When a question, stream or section is asked and whom it is for: sentences for people
    (empty when always asked, or for everyone) and JSON for the script (empty alike)."""

    when: str
    when_json: str
    roles: str
    roles_json: str


@dataclass(frozen=True)
class QuestionView(Asked):
    question: Question
    number: int
    exclusive: bool
    """Whether a checklist has its own "none of these" item (then no generic one is added)."""


@dataclass(frozen=True)
class StreamView(Asked):
    stream: Stream | None
    """None for a section without streams: its questions, with no heading of their own."""
    questions: tuple[QuestionView, ...]


@dataclass(frozen=True)
class SectionView(Asked):
    section: Section
    streams: tuple[StreamView, ...]
    question_count: int


@dataclass(frozen=True)
class GroupView:
    group: Group | None
    """None for the sections of a bank without groups."""
    sections: tuple[SectionView, ...]


def condition_json(condition: Condition | None) -> str:
    """The condition in the bank's JSON form (what the browser evaluates); "" for none."""
    return "" if condition is None else json.dumps(condition_data(condition), ensure_ascii=False)


def condition_data(condition: Condition) -> dict[str, Any]:
    """The condition as the bank's JSON holds it (and the browser's conditions.js reads)."""
    data: dict[str, Any] = {}
    if condition.question:
        data.update(question=condition.question, **{"in": list(condition.options)})
    if condition.all:
        data["all"] = [condition_data(c) for c in condition.all]
    if condition.any:
        data["any"] = [condition_data(c) for c in condition.any]
    return data


def join_words(words: Sequence[str], last: str) -> str:
    """«a», «b» and «c»: the words joined by commas, the last two by `last`."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


class Sentences:
    """Writes conditions and audiences of one bank in one language."""

    def __init__(self, bank: Bank, texts: Texts, language: str) -> None:
        self._bank = bank
        self._t = texts
        self._language = language
        self._roles = {r.id: localize(r.label, language) for r in bank.roles}

    def when(self, condition: Condition | None) -> str:
        """"Asked when «Q» is answered «A» or «B»."; "" for no condition."""
        if condition is None:
            return ""
        return self._t["asked_when"].format(condition=self._clause(condition, nested=False))

    def asked(self, condition: Condition | None, roles: Sequence[str] = ()) -> dict[str, str]:
        """The fields of an `Asked` view."""
        return {
            "when": self.when(condition),
            "when_json": condition_json(condition),
            "roles": self.roles(roles),
            "roles_json": json.dumps(list(roles)) if roles else "",
        }

    def roles(self, roles: Sequence[str]) -> str:
        """"For: Management, Staff"; "" for everyone."""
        if not roles:
            return ""
        return self._t["for_roles"].format(roles=", ".join(self._roles.get(r, r) for r in roles))

    def _clause(self, condition: Condition, nested: bool) -> str:
        parts = [self._leaf(condition)] if condition.question else []
        if condition.all:
            parts.append(self._join(condition.all, self._t["and"], nested or bool(parts)))
        if condition.any:
            parts.append(self._join(condition.any, self._t["or"], nested or bool(parts)))
        return join_words(parts, self._t["and"])

    def _join(self, parts: Sequence[Condition], word: str, nested: bool) -> str:
        """The parts joined by ", and" / ", or" (a part may hold "or" itself: its options)."""
        clause = f", {word} ".join(self._clause(c, nested=True) for c in parts)
        return f"({clause})" if nested and len(parts) > 1 else clause

    def _leaf(self, condition: Condition) -> str:
        question = self._bank.question(condition.question)
        if question is None:  # the loader forbids it; say what the bank says
            return condition.question
        labels = [
            f"«{localize(o.label, self._language)}»"
            for o in (question.option(i) for i in condition.options)
            if o is not None
        ]
        return self._t["answered_with"].format(
            question=localize(question.text, self._language),
            options=join_words(labels, self._t["or"]),
        )


def questionnaire_view(bank: Bank, texts: Texts, language: str) -> tuple[GroupView, ...]:
    """The bank's questionnaire in the order it is laid out: groups (or one without a heading),
    their sections in the groups' order, streams, questions numbered within their section."""
    words = Sentences(bank, texts, language)
    sections = [_section_view(section, words) for section in bank.sections]
    if not bank.groups:
        return (GroupView(group=None, sections=tuple(sections)),)
    by_id = {view.section.id: view for view in sections}
    return tuple(
        GroupView(group=group, sections=tuple(by_id[s] for s in group.sections if s in by_id))
        for group in bank.groups
    )


def _section_view(section: Section, words: Sentences) -> SectionView:
    by_id = {q.id: q for q in section.questions}
    parts: list[tuple[Stream | None, tuple[Question, ...]]] = [
        (stream, tuple(by_id[q] for q in stream.questions if q in by_id))
        for stream in section.streams
    ] or [(None, section.questions)]
    number = 0
    streams = []
    for stream, questions in parts:
        views = []
        for question in questions:
            number += 1
            views.append(_question_view(question, number, words))
        when = stream.when if stream else None
        streams.append(StreamView(stream=stream, questions=tuple(views), **words.asked(when)))
    return SectionView(
        section=section,
        streams=tuple(streams),
        question_count=number,
        **words.asked(section.when, section.roles),
    )


def _question_view(question: Question, number: int, words: Sentences) -> QuestionView:
    return QuestionView(
        question=question,
        number=number,
        exclusive=any(o.exclusive for o in question.options),
        **words.asked(question.when, question.roles),
    )
