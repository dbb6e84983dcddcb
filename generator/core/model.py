"""The question bank as frozen dataclasses, built from the bank's JSON form.

The JSON form is what the loader produces from YAML and what the site ships to the
browser, so the CLI and Pyodide build the very same objects from the very same data.
Model 2's keys (groups, streams, answer sets, levels, display scale, conditions, audiences,
stage rules, per-option steps, exclusive items, criteria) are optional in the JSON form and
written only when a bank uses them, so a bank without them keeps its JSON and its hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal

BANK_FORMAT = "selfassess/bank@1"
DEFAULT_LEVEL_THRESHOLD = 0.5
QUESTION_TYPES = ("scale", "yesno", "choice", "checklist")
QuestionType = Literal["scale", "yesno", "choice", "checklist"]
NOT_APPLICABLE = "na"

Text = Mapping[str, str]
"""A human text in every language of the bank: {"es": "...", "en": "..."}."""


def localize(text: Text, language: str) -> str:
    """The text in `language`, falling back to any language the text has."""
    if language in text:
        return text[language]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    value: float
    description: Text = field(default_factory=dict)
    action: Text = field(default_factory=dict)
    """The next step for a respondent who gave this answer; empty: the question's action."""
    exclusive: bool = False
    """A checklist item such as "none of these": checking it clears the others."""


@dataclass(frozen=True)
class Condition:
    """When a question, stream or section is asked: a leaf (`question` answered with one of
    `options`; for a checklist, any of them checked), or all / any of other conditions."""

    question: str = ""
    options: tuple[str, ...] = ()
    all: tuple[Condition, ...] = ()
    any: tuple[Condition, ...] = ()

    def questions(self) -> Iterator[str]:
        """Every question id the condition reads."""
        if self.question:
            yield self.question
        for part in (*self.all, *self.any):
            yield from part.questions()


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: Text
    help: Text
    weight: float
    action: Text
    options: tuple[Option, ...]
    answer_set: str = ""
    """The id of the bank's answer set the options come from; empty for the question's own.
    The question's own `steps` (JSON form) replace the set's option actions in `options`."""
    level: int = 0
    """The maturity level 1..L the question belongs to; 0 when the bank has no levels."""
    criteria: tuple[Text, ...] = ()
    """What must be true to give an answer at a level: shown under the question and in reports."""
    when: Condition | None = None
    roles: tuple[str, ...] = ()
    """The roles the question is meant for; empty: everyone."""

    @property
    def is_multiple(self) -> bool:
        return self.type == "checklist"

    @cached_property
    def options_by_id(self) -> Mapping[str, Option]:
        """The options by id, built once: scoring a thousand respondents looks them up often."""
        return {o.id: o for o in self.options}

    def option(self, option_id: str) -> Option | None:
        return self.options_by_id.get(option_id)

    @cached_property
    def plain_answers(self) -> frozenset[str]:
        """The strings that answer the question as they are: "na", or the id of an option of
        a single-answer question (a checklist's answer is a list)."""
        return frozenset((NOT_APPLICABLE, *(() if self.is_multiple else self.options_by_id)))


@dataclass(frozen=True)
class Stream:
    """A named subset of a section's questions, scored on its own (SAMM's streams)."""

    id: str
    title: Text
    weight: float
    questions: tuple[str, ...]
    when: Condition | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    intro: Text
    weight: float
    target: float
    questions: tuple[Question, ...]
    streams: tuple[Stream, ...] = ()
    when: Condition | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """Sections under one heading (SAMM's business functions), scored as their weighted mean."""

    id: str
    title: Text
    weight: float
    sections: tuple[str, ...]


@dataclass(frozen=True)
class StageRule:
    """What a stage needs besides its score: answers that hold, or a section's minimum score."""

    label: Text
    when: Condition | None = None
    section: str = ""
    min_score: float = 0.0
    """On 0–100, whatever scale the bank writes it on."""


@dataclass(frozen=True)
class DisplayScale:
    """The scale scores are shown on (0–3 for SAMM's practice scores): a linear map of 0–100."""

    min: float
    max: float
    decimals: int

    def shown(self, score: float) -> float:
        return round(self.min + (self.max - self.min) * score / 100, self.decimals)


@dataclass(frozen=True)
class Band:
    """A named range of scores, a rating band or a stage: [min, max), plus 100 in the top band."""

    id: str
    min: float
    max: float
    label: Text
    description: Text
    requires: tuple[StageRule, ...] = ()
    """A stage's rules: it holds only when every one holds, whatever the score."""

    def contains(self, score: float) -> bool:
        return self.min <= score < self.max or (score == self.max == 100)


@dataclass(frozen=True)
class Role:
    id: str
    label: Text


@dataclass(frozen=True)
class Bank:
    id: str
    version: str
    hash: str
    languages: tuple[str, ...]
    title: Text
    description: Text
    minutes: int
    default_target: float
    ratings: tuple[Band, ...]
    stages: tuple[Band, ...]
    roles: tuple[Role, ...]
    sections: tuple[Section, ...]
    groups: tuple[Group, ...] = ()
    answer_sets: Mapping[str, tuple[Option, ...]] = field(default_factory=dict)
    levels: int = 0
    """How many maturity levels questions may carry (1..levels); 0 for none."""
    level_threshold: float = DEFAULT_LEVEL_THRESHOLD
    """The value in [0, 1] a question must reach for its level to count as reached."""
    display: DisplayScale | None = None

    def questions(self) -> Iterator[tuple[Section, Question]]:
        for section in self.sections:
            for question in section.questions:
                yield section, question

    @cached_property
    def questions_by_id(self) -> Mapping[str, Question]:
        """Every question by id, built once: reading a thousand files looks them up often."""
        return {q.id: q for _, q in self.questions()}

    def question(self, question_id: str) -> Question | None:
        return self.questions_by_id.get(question_id)

    @cached_property
    def group_of(self) -> Mapping[str, Group]:
        """The group of each section in one, by section id: where scores and plans place it."""
        return {sid: g for g in self.groups for sid in g.sections}

    @cached_property
    def stream_of(self) -> Mapping[str, str]:
        """The stream id of each question in one, by question id."""
        return {q: t.id for s in self.sections for t in s.streams for q in t.questions}

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def rating_for(self, score: float) -> Band | None:
        return _band_for(self.ratings, score)

    def stage_for(self, score: float) -> Band | None:
        return _band_for(self.stages, score)


def _band_for(bands: tuple[Band, ...], score: float) -> Band | None:
    return next((b for b in bands if b.contains(score)), None)


def content_hash(bank_json: Mapping[str, Any]) -> str:
    """A hash of everything in the bank's JSON form except the hash itself."""
    return "sha256:" + canonical_sha256({k: v for k, v in bank_json.items() if k != "hash"})


def canonical_sha256(content: Any) -> str:
    """The SHA-256 hex digest of JSON data in canonical form (sorted keys, no spaces), so equal
    content hashes alike however it was written."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _text(data: Mapping[str, Any], key: str) -> Text:
    return dict(data.get(key) or {})


def _condition(data: Mapping[str, Any] | None) -> Condition | None:
    if not data:
        return None
    return Condition(
        question=data.get("question", ""),
        options=tuple(data.get("in") or ()),
        all=tuple(filter(None, map(_condition, data.get("all") or ()))),
        any=tuple(filter(None, map(_condition, data.get("any") or ()))),
    )


def _rule(data: Mapping[str, Any]) -> StageRule:
    return StageRule(
        label=_text(data, "label"),
        when=_condition(data.get("when")),
        section=data.get("section", ""),
        min_score=float(data.get("min", 0.0)),
    )


def _band(data: Mapping[str, Any]) -> Band:
    return Band(
        id=data["id"],
        min=float(data["min"]),
        max=float(data["max"]),
        label=_text(data, "label"),
        description=_text(data, "description"),
        requires=tuple(_rule(r) for r in data.get("requires") or ()),
    )


def _option(data: Mapping[str, Any]) -> Option:
    return Option(
        id=data["id"],
        label=_text(data, "label"),
        value=float(data["value"]),
        description=_text(data, "description"),
        action=_text(data, "action"),
        exclusive=bool(data.get("exclusive", False)),
    )


def _question(data: Mapping[str, Any], answer_sets: Mapping[str, tuple[Option, ...]]) -> Question:
    answer_set = data.get("answer_set", "")
    options = answer_sets[answer_set] if answer_set else tuple(map(_option, data["options"]))
    steps = data.get("steps") or {}
    if steps:
        options = tuple(replace(o, action=dict(steps[o.id])) if o.id in steps else o
                        for o in options)
    return Question(
        id=data["id"],
        type=data["type"],
        text=_text(data, "text"),
        help=_text(data, "help"),
        weight=float(data["weight"]),
        action=_text(data, "action"),
        options=options,
        answer_set=answer_set,
        level=int(data.get("level", 0)),
        criteria=tuple(dict(c) for c in data.get("criteria") or ()),
        when=_condition(data.get("when")),
        roles=tuple(data.get("roles") or ()),
    )


def _stream(data: Mapping[str, Any]) -> Stream:
    return Stream(
        id=data["id"],
        title=_text(data, "title"),
        weight=float(data.get("weight", 1.0)),
        questions=tuple(data["questions"]),
        when=_condition(data.get("when")),
    )


def _section(data: Mapping[str, Any], answer_sets: Mapping[str, tuple[Option, ...]]) -> Section:
    return Section(
        id=data["id"],
        title=_text(data, "title"),
        intro=_text(data, "intro"),
        weight=float(data["weight"]),
        target=float(data["target"]),
        questions=tuple(_question(q, answer_sets) for q in data["questions"]),
        streams=tuple(_stream(s) for s in data.get("streams") or ()),
        when=_condition(data.get("when")),
        roles=tuple(data.get("roles") or ()),
    )


def _group(data: Mapping[str, Any]) -> Group:
    return Group(
        id=data["id"],
        title=_text(data, "title"),
        weight=float(data.get("weight", 1.0)),
        sections=tuple(data["sections"]),
    )


def _display(data: Mapping[str, Any] | None) -> DisplayScale | None:
    if not data:
        return None
    return DisplayScale(
        min=float(data.get("min", 0.0)), max=float(data["max"]), decimals=int(data["decimals"])
    )


def bank_from_json(data: Mapping[str, Any]) -> Bank:
    """Build a Bank from its (already validated) JSON form."""
    answer_sets = {
        s["id"]: tuple(_option(o) for o in s["options"]) for s in data.get("answer_sets") or ()
    }
    return Bank(
        id=data["id"],
        version=str(data["version"]),
        hash=data["hash"],
        languages=tuple(data["languages"]),
        title=_text(data, "title"),
        description=_text(data, "description"),
        minutes=int(data["minutes"]),
        default_target=float(data["default_target"]),
        ratings=tuple(_band(b) for b in data["ratings"]),
        stages=tuple(_band(b) for b in data.get("stages") or ()),
        roles=tuple(Role(id=r["id"], label=_text(r, "label")) for r in data.get("roles") or ()),
        sections=tuple(_section(s, answer_sets) for s in data["sections"]),
        groups=tuple(_group(g) for g in data.get("groups") or ()),
        answer_sets=answer_sets,
        levels=int(data.get("levels", 0)),
        level_threshold=float(data.get("level_threshold", DEFAULT_LEVEL_THRESHOLD)),
        display=_display(data.get("display")),
    )
