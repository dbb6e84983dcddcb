"""What the report, team report and comparison views share: the bank they were made with,
labels looked up in the bank in one language, and the prioritized gaps with their actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from selfassess.core.brand import Brand
from selfassess.core.model import NOT_APPLICABLE, Band, Bank, Question, localize
from selfassess.core.results import Answer, Gap
from selfassess.core.strings import text


class View(Protocol):
    """Any report view: its kind picks what each format's renderer draws."""

    @property
    def kind(self) -> str: ...
    @property
    def language(self) -> str: ...


class Sourced(Protocol):
    """What a report, a team report and a comparison record of the bank they were made with."""

    @property
    def bank_id(self) -> str: ...
    @property
    def bank_version(self) -> str: ...
    @property
    def bank_hash(self) -> str: ...


@dataclass(frozen=True)
class BankHeader:
    """What a view says about the bank it was made with, and who publishes it."""

    bank_id: str
    bank_version: str
    bank_hash: str
    bank_title: str
    brand: Brand | None


class HeadedView(View, Protocol):
    """A view of a report, a team report or a comparison: it heads with its bank."""

    @property
    def header(self) -> BankHeader: ...


def bank_header(source: Sourced, bank: Bank, language: str, brand: Brand | None) -> BankHeader:
    """The header of every view of `source`: its bank, the bank's title in `language`."""
    return BankHeader(
        source.bank_id, source.bank_version, source.bank_hash, localize(bank.title, language), brand
    )


@dataclass(frozen=True)
class ActionView:
    question: str
    text: str
    action: str
    level: int = 0
    """The question's level: the step's phase; 0 when the bank has no levels."""


@dataclass(frozen=True)
class GapView:
    section: str
    title: str
    gap: float
    priority: float
    actions: tuple[ActionView, ...]


def gap_views(
    gaps: Sequence[Gap],
    bank: Bank,
    titles: Mapping[str, str],
    language: str,
    steps: Mapping[str, str] | None = None,
) -> tuple[GapView, ...]:
    """Gaps with their section's title (`titles`, from `section_titles`) and the text and next
    step of each question, in `language`; `steps` (question id → option id, from a report's
    plan) picks the option's own step."""
    return tuple(
        GapView(
            section=g.section,
            title=titles.get(g.section, g.section),
            gap=round(g.gap, 1),
            priority=round(g.priority, 1),
            actions=tuple(
                _action_view(
                    bank.question(a.question), a.question, (steps or {}).get(a.question, ""),
                    language,
                )
                for a in g.actions
            ),
        )
        for g in gaps
    )


def plan_actions(gaps: Sequence[GapView]) -> list[tuple[GapView, ActionView]]:
    """The plan of a bank without groups, streams or levels: each gap's actions, by gap
    priority (a bank with them plans in `plan_steps`' order)."""
    return [(gap, action) for gap in gaps for action in gap.actions]


def section_titles(bank: Bank, language: str) -> dict[str, str]:
    """Each section's title in `language`, by section id."""
    return {s.id: localize(s.title, language) for s in bank.sections}


def group_titles(bank: Bank, language: str) -> dict[str, str]:
    """Each group's title in `language`, by group id."""
    return {g.id: localize(g.title, language) for g in bank.groups}


def stream_titles(bank: Bank, language: str) -> dict[tuple[str, str], str]:
    """Each stream's title in `language`, by (section id, stream id): stream ids are only
    unique within their section."""
    return {(s.id, t.id): localize(t.title, language) for s in bank.sections for t in s.streams}


def question_text(question: Question | None, question_id: str, language: str) -> str:
    """A question's text in `language`; its id when the bank has no such question."""
    return localize(question.text, language) if question else question_id


def answer_label(question: Question | None, answer: Answer, language: str) -> str:
    """The answer as the reader saw it: option labels, "don't know", or "" when unanswered."""
    if answer is None:
        return ""
    if answer == NOT_APPLICABLE:
        return text(language, "answer_na")
    if isinstance(answer, Mapping):
        checked = _option_labels(question, answer.get("checked", ()), language)
        na = _option_labels(question, answer.get("na", ()), language)
        return text(language, "answer_items_na", items=checked, na=na).strip() if na else checked
    return _option_labels(question, [answer] if isinstance(answer, str) else answer, language)


def _option_labels(question: Question | None, option_ids: Sequence[str], language: str) -> str:
    return "; ".join(_option_label(question, option_id, language) for option_id in option_ids)


def step_text(question: Question | None, option_id: str, language: str) -> str:
    """The next step: the given option's action when it has one, else the question's."""
    option = question.option(option_id) if question and option_id else None
    if option is not None and option.action:
        return localize(option.action, language)
    return localize(question.action, language) if question else ""


def _option_label(question: Question | None, option_id: str, language: str) -> str:
    option = question.option(option_id) if question else None
    return localize(option.label, language) if option else option_id


def band_label(bands: tuple[Band, ...], band_id: str | None, language: str) -> str:
    """A rating band's or stage's label in `language`; its id when the bank has no such band."""
    band = next((b for b in bands if b.id == band_id), None)
    return localize(band.label, language) if band else (band_id or "")


def role_label(bank: Bank, role: str, language: str) -> str:
    """A role id of the bank by its label; anything else as the respondent typed it."""
    match = next((r for r in bank.roles if r.id == role), None)
    return localize(match.label, language) if match else role


def _action_view(
    question: Question | None, question_id: str, option_id: str, language: str
) -> ActionView:
    return ActionView(
        question=question_id,
        text=question_text(question, question_id, language),
        action=step_text(question, option_id, language),
        level=question.level if question else 0,
    )
