"""The question bank as frozen dataclasses, built from the bank's JSON form.

The JSON form is what the loader produces from YAML and what the site ships to the
browser, so the CLI and Pyodide build the very same objects from the very same data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

BANK_FORMAT = "selfassess/bank@1"
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


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: Text
    help: Text
    weight: float
    action: Text
    options: tuple[Option, ...]

    @property
    def is_multiple(self) -> bool:
        return self.type == "checklist"

    @cached_property
    def options_by_id(self) -> Mapping[str, Option]:
        """The options by id, built once: scoring a thousand respondents looks them up often."""
        return {o.id: o for o in self.options}

    def option(self, option_id: str) -> Option | None:
        return self.options_by_id.get(option_id)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    intro: Text
    weight: float
    target: float
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Band:
    """A named range of scores, a rating band or a stage: [min, max), plus 100 in the top band."""

    id: str
    min: float
    max: float
    label: Text
    description: Text

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


def _band(data: Mapping[str, Any]) -> Band:
    return Band(
        id=data["id"],
        min=float(data["min"]),
        max=float(data["max"]),
        label=_text(data, "label"),
        description=_text(data, "description"),
    )


def _question(data: Mapping[str, Any]) -> Question:
    return Question(
        id=data["id"],
        type=data["type"],
        text=_text(data, "text"),
        help=_text(data, "help"),
        weight=float(data["weight"]),
        action=_text(data, "action"),
        options=tuple(
            Option(id=o["id"], label=_text(o, "label"), value=float(o["value"]))
            for o in data["options"]
        ),
    )


def _section(data: Mapping[str, Any]) -> Section:
    return Section(
        id=data["id"],
        title=_text(data, "title"),
        intro=_text(data, "intro"),
        weight=float(data["weight"]),
        target=float(data["target"]),
        questions=tuple(_question(q) for q in data["questions"]),
    )


def bank_from_json(data: Mapping[str, Any]) -> Bank:
    """Build a Bank from its (already validated) JSON form."""
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
        sections=tuple(_section(s) for s in data["sections"]),
    )
