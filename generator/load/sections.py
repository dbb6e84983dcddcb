"""Sections and their questions: read from the nodes into the bank's JSON form.

Model 2's keys (streams, conditions, roles, levels, criteria, answer sets, steps) are
written into the JSON form only when given, so a bank without them keeps its JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node

from selfassess.core.model import QUESTION_TYPES

from . import defaults
from .conditions import Conditions
from .display import WrittenScale
from .fields import Key, NodeReader, Ref, UniqueIds, index_path, key_path
from .options import answer_set_options, builtin_options, read_options, read_steps
from .structure import check_role_refs, read_members

TEXT = "text"
SECTION_KEYS = (
    Key("id", True, "a short id, unique among the sections"),
    Key("title", True, TEXT),
    Key("intro", False, TEXT),
    Key("weight", False, "the section's weight (0 or more)"),
    Key("target", False, "the target score (0–100, or on the display scale)"),
    Key("questions", True, "a list of questions"),
    Key("streams", False, "a list of streams: named subsets of the section's questions"),
    Key("when", False, "a condition: the section is asked only when it holds"),
    Key("roles", False, "the ids of the roles the section is meant for"),
)
QUESTION_KEYS = (
    Key("id", True, "a short id, unique among all the questions of the bank"),
    Key("type", True, "one of " + ", ".join(QUESTION_TYPES)),
    Key("text", True, "the question, as text"),
    Key("help", False, TEXT),
    Key("weight", False, "the question's weight within its section (0 or more)"),
    Key("action", True, "what to do when the answer falls short, as text"),
    Key("labels", False, "five labels per language (scale questions)"),
    Key("options", False, "a list of {id, label, value} (choice and checklist questions)"),
    Key("answer_set", False, "the id of one of the bank's answer sets (choice, checklist and "
        "scale)"),
    Key("steps", False, "the next step per answer: {option id: text} (scale, yesno, and "
        "questions with an answer set)"),
    Key("level", False, "the maturity level the question belongs to, 1 to the bank's `levels`"),
    Key("criteria", False, "a list of texts: what must be true to answer yes"),
    Key("when", False, "a condition: the question is asked only when it holds"),
    Key("roles", False, "the ids of the roles the question is meant for"),
)
_SCALE_SIZE = len(defaults.SCALE_VALUES)


@dataclass
class BankContext:
    """What the bank's top level declares that its sections and questions refer to."""

    reader: NodeReader
    conditions: Conditions
    scale: WrittenScale
    default_target: float | None
    scale_labels: dict[str, list[str]] | None = None
    levels: int | None = 0
    """How many levels the bank declares: 0 for none, None when `levels` is unusable."""
    answer_sets: dict[str, list[dict[str, Any]] | None] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    section_ids: dict[str, Ref] = field(default_factory=dict)
    """Every section id read, with where it is first written (filled once they are all read)."""
    question_options: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Every question id read, with the ids of its options (its own or its answer set's): what
    the bank's conditions are checked against."""

    def text(self, fields: dict[str, Node], path: str, key: str, default: Any) -> Any:
        return self.reader.optional(fields, path, key, self.reader.text, default=default)

    def weight(self, fields: dict[str, Node], path: str) -> float | None:
        if "weight" not in fields:
            return defaults.DEFAULT_WEIGHT
        return self.reader.number(fields["weight"], key_path(path, "weight"), 0, None)

    def roles_of(self, fields: dict[str, Node], path: str) -> list[str] | None:
        refs = self.reader.identifiers(fields["roles"], key_path(path, "roles"), "role ids")
        return check_role_refs(self.reader, refs, self.roles)


def read_sections(ctx: BankContext, node: Node, path: str) -> list[dict[str, Any]] | None:
    reader = ctx.reader
    items = reader.sequence(node, path, "sections", minimum=1)
    if items is None:
        return None
    section_ids = UniqueIds(reader, "section")
    question_ids = UniqueIds(reader, "question")
    sections = []
    for i, item in enumerate(items):
        item_path = index_path(path, i)
        fields = reader.mapping(item, item_path, "a section", SECTION_KEYS) or {}
        section_id = section_ids.read(fields.get("id"), key_path(item_path, "id"))
        questions, declared = _questions(ctx, fields.get("questions"),
                                         key_path(item_path, "questions"), question_ids)
        target = ctx.scale.score(reader, fields["target"], key_path(item_path, "target")) \
            if "target" in fields else ctx.default_target
        section = {
            "id": section_id,
            "title": ctx.text(fields, item_path, "title", None),
            "intro": ctx.text(fields, item_path, "intro", {}),
            "weight": ctx.weight(fields, item_path),
            "target": target,
            "questions": questions,
        }
        if "streams" in fields:
            section["streams"] = read_members(reader, fields["streams"],
                                              key_path(item_path, "streams"), "stream",
                                              ctx.weight, ctx.conditions, declared)
        if "when" in fields:
            section["when"] = ctx.conditions.read(fields["when"], key_path(item_path, "when"),
                                                  tuple(declared))
        if "roles" in fields:
            section["roles"] = ctx.roles_of(fields, item_path)
        sections.append(section)
    ctx.section_ids = section_ids.first
    reader.some_weight(node, path, sections, "section", "section")
    return sections


def _questions(ctx: BankContext, node: Node | None, path: str,
               ids: UniqueIds) -> tuple[list[dict[str, Any]], dict[str, Ref]]:
    """The section's questions, and its question ids with where each is written."""
    if node is None:
        return [], {}
    items = ctx.reader.sequence(node, path, "questions", minimum=1) or []
    declared: dict[str, Ref] = {}
    questions = [_question(ctx, item, index_path(path, i), ids, declared)
                 for i, item in enumerate(items)]
    ctx.reader.some_weight(node, path, questions, "question of this section", "question")
    return questions, declared


def _question(ctx: BankContext, node: Node, path: str, ids: UniqueIds,
              declared: dict[str, Ref]) -> dict[str, Any]:
    reader = ctx.reader
    fields = reader.mapping(node, path, "a question", QUESTION_KEYS) or {}
    question_type = reader.optional(fields, path, "type", reader.choice, QUESTION_TYPES)
    question_id = ids.read(fields.get("id"), key_path(path, "id"))
    if question_id is not None and question_id not in declared:
        declared[question_id] = Ref(fields["id"], key_path(path, "id"), question_id)
    question: dict[str, Any] = {
        "id": question_id,
        "type": question_type,
        "text": ctx.text(fields, path, "text", None),
        "help": ctx.text(fields, path, "help", {}),
        "weight": ctx.weight(fields, path),
        "action": ctx.text(fields, path, "action", None),
    }
    if "answer_set" in fields:
        option_ids = _answer_set(ctx, fields, path, question_type, question)
    else:
        question["options"] = _question_options(ctx, fields, path, question_type)
        option_ids = [o["id"] for o in question["options"] or () if o["id"]]
    if question_id is not None:
        ctx.question_options[question_id] = tuple(option_ids)
    if "level" in fields:
        question["level"] = _level(ctx, fields["level"], key_path(path, "level"))
    if "criteria" in fields:
        question["criteria"] = _criteria(reader, fields["criteria"], key_path(path, "criteria"))
    if "when" in fields:
        question["when"] = ctx.conditions.read(fields["when"], key_path(path, "when"),
                                               (question_id,) if question_id else ())
    if "roles" in fields:
        question["roles"] = ctx.roles_of(fields, path)
    return question


def _answer_set(ctx: BankContext, fields: dict[str, Node], path: str,
                question_type: str | None, question: dict[str, Any]) -> list[str]:
    """Put the answer set a question names, and its own `steps` over the set's, into
    `question`: the steps are written only when given, keyed by the set's option ids.
    Returns those ids (none for a set that cannot be read)."""
    reader = ctx.reader
    for key, why in (("options", "give either `options` or `answer_set`, not both"),
                     ("labels", "the answer set gives the labels: remove `labels`")):
        if key in fields:
            reader.problem(fields[key], key_path(path, key), why)
    set_id = answer_set_options(reader, fields["answer_set"], key_path(path, "answer_set"),
                                question_type, ctx.answer_sets)
    question["answer_set"] = set_id
    options = ctx.answer_sets.get(set_id or "")
    option_ids = [o["id"] for o in options or () if o["id"]]
    if "steps" in fields and options is not None:
        question["steps"] = read_steps(reader, fields["steps"], key_path(path, "steps"),
                                       option_ids)
    return option_ids


def _question_options(ctx: BankContext, fields: dict[str, Node], path: str,
                      question_type: str | None) -> list[dict[str, Any]] | None:
    """The options of a question: given for choice and checklist, generated for the rest."""
    reader = ctx.reader
    if question_type != "scale" and "labels" in fields:
        reader.problem(fields["labels"], key_path(path, "labels"),
                       "`labels` is only for scale questions: remove it")
    if question_type not in ("scale", "yesno") and "steps" in fields:
        reader.problem(fields["steps"], key_path(path, "steps"), "`steps` is for scale and "
                       "yesno questions and those with an `answer_set`: give each option its own "
                       "`action` instead")
    if question_type in ("scale", "yesno"):
        if "options" in fields:
            fixed = "1 to 5 (rename them with `labels`)" if question_type == "scale" \
                else "yes, partial and no"
            reader.problem(fields["options"], key_path(path, "options"),
                           f"{question_type} questions have the fixed options {fixed}: "
                           "remove `options`, or make it a choice question")
            return None
        labels = None
        if question_type == "scale":
            labels = ctx.scale_labels or defaults.generic_scale_labels(reader.languages)
            if "labels" in fields:
                labels = scale_labels(reader, fields["labels"], key_path(path, "labels"))
        options = builtin_options(reader, question_type, labels)
        if options is not None and "steps" in fields:
            steps = read_steps(reader, fields["steps"], key_path(path, "steps"),
                               [o["id"] for o in options])
            for option in options:
                if option["id"] in steps:
                    option["action"] = steps[option["id"]]
        return options
    if question_type is None:
        return None
    if "options" not in fields:
        reader.problem(fields.get("type") or next(iter(fields.values())), key_path(path, "options"),
                       f"a {question_type} question needs `options`: a list of "
                       "{id, label, value}")
        return None
    return read_options(reader, fields["options"], key_path(path, "options"), question_type)


def _level(ctx: BankContext, node: Node, path: str) -> int | None:
    if ctx.levels == 0:
        ctx.reader.problem(node, path, "the bank declares no levels: add `levels: N` (how many "
                           "maturity levels there are) at the top of the bank")
        return None
    level = ctx.reader.integer(node, path, 1)
    if level is not None and ctx.levels is not None and level > ctx.levels:
        ctx.reader.problem(node, path, f"must be between 1 and {ctx.levels} (the bank's "
                           f"`levels`), not {level}")
        return None
    return level


def _criteria(reader: NodeReader, node: Node, path: str) -> list[dict[str, str]] | None:
    items = reader.sequence(node, path, "criteria", minimum=1)
    if items is None:
        return None
    criteria = [reader.text(item, index_path(path, i)) for i, item in enumerate(items)]
    return None if None in criteria else criteria  # type: ignore[return-value]


def scale_labels(reader: NodeReader, node: Node, path: str) -> dict[str, list[str]] | None:
    """Five labels per language: `{es: [...], en: [...]}`, or one list in a one-language bank."""
    if len(reader.languages) == 1 and not isinstance(node, MappingNode):
        labels = _five_labels(reader, node, path)
        return None if labels is None else {reader.languages[0]: labels}
    if not isinstance(node, MappingNode):
        reader.problem(node, path, "must give five labels per language: "
                       + "{" + ", ".join(f"{lang}: [...]" for lang in reader.languages) + "}")
        return None
    return reader.per_language(node, path, lambda n, p: _five_labels(reader, n, p))


def _five_labels(reader: NodeReader, node: Node, path: str) -> list[str] | None:
    items = reader.sequence(node, path, "labels")
    if items is None:
        return None
    if len(items) != _SCALE_SIZE:
        reader.problem(node, path, f"give exactly {_SCALE_SIZE} labels, from worst to best, "
                       f"not {len(items)}")
        return None
    labels = [reader.string(item, index_path(path, i)) for i, item in enumerate(items)]
    return None if None in labels else labels  # type: ignore[return-value]
