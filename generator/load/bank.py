"""The bank's structure: walks the YAML nodes and builds the normalized bank JSON form.

Every problem is logged where it occurs and the walk goes on, so an author sees all of
them at once. The result is only meaningful when no problem was logged.
"""

from __future__ import annotations

import math
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from selfassess.core.model import BANK_FORMAT, NOT_APPLICABLE, QUESTION_TYPES, content_hash

from . import defaults
from .bands import read_bands
from .fields import (
    FLOAT,
    INT,
    Key,
    NodeReader,
    UniqueIds,
    describe,
    index_path,
    key_path,
    show,
)
from .problems import DOCUMENT, ProblemLog

TEXT = "text"
BANK_KEYS = (
    Key("id", True, "the bank's id: lower-case letters, digits and '-'"),
    Key("version", True, 'the version in quotes, e.g. "1.0.0"'),
    Key("languages", True, "a list of es and/or en"),
    Key("title", True, TEXT),
    Key("description", False, TEXT),
    Key("minutes", False, "minutes it takes to answer"),
    Key("default_target", False, "the target score of sections that give none (0–100)"),
    Key("ratings", False, "a list of rating bands"),
    Key("stages", False, "a list of stages"),
    Key("roles", False, "a list of respondent roles"),
    Key("scale", False, "the default labels of scale questions"),
    Key("sections", True, "a list of sections"),
)
ROLE_KEYS = (
    Key("id", True, "a short id such as `direccion`"),
    Key("label", True, TEXT),
)
SECTION_KEYS = (
    Key("id", True, "a short id, unique among the sections"),
    Key("title", True, TEXT),
    Key("intro", False, TEXT),
    Key("weight", False, "the section's weight (0 or more)"),
    Key("target", False, "the target score (0–100)"),
    Key("questions", True, "a list of questions"),
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
)
OPTION_KEYS = (
    Key("id", True, "a short id, unique within the question"),
    Key("label", True, TEXT),
    Key("value", True, "what the option is worth, from 0 to 1"),
)
_SCALE_SIZE = len(defaults.SCALE_VALUES)


def read_bank(root: Node, log: ProblemLog) -> dict[str, Any]:
    """The bank JSON form of a composed YAML document (meaningful only if `log` stays empty)."""
    reader = NodeReader(log, ())
    if not isinstance(root, MappingNode):
        reader.problem(root, DOCUMENT, "a bank must be a mapping of keys to values (`id: ...`, "
                       f"`sections: ...`), not {describe(root)}")
        return {}
    fields = reader.mapping(root, "", "the bank", BANK_KEYS) or {}
    reader.languages = _languages(reader, fields.get("languages"))

    def optional(key: str, read: Any, default: Any, *args: Any) -> Any:
        return read(fields[key], key, *args) if key in fields else default

    default_target = optional("default_target", reader.number, defaults.DEFAULT_TARGET, 0, 100)
    scale = optional("scale", lambda n, p: _scale_labels(reader, n, p), None)
    sections = optional("sections", lambda n, p: _sections(reader, n, p, scale, default_target),
                        [])
    bank: dict[str, Any] = {
        "format": BANK_FORMAT,
        "id": optional("id", reader.identifier, None),
        "version": optional("version", lambda n, p: _version(reader, n, p), None),
        "hash": "",
        "languages": list(reader.languages),
        "title": optional("title", reader.text, None),
        "description": optional("description", reader.text, {}),
        "minutes": optional("minutes", reader.integer, _estimated_minutes(sections), 1),
        "default_target": default_target,
        "ratings": optional("ratings", lambda n, p: read_bands(reader, n, p, "rating bands"),
                            defaults.default_ratings(reader.languages)),
        "stages": optional("stages", lambda n, p: read_bands(reader, n, p, "stages"), []),
        "roles": optional("roles", lambda n, p: _roles(reader, n, p), []),
        "sections": sections,
    }
    bank["hash"] = content_hash(bank)
    return bank


def _languages(reader: NodeReader, node: Node | None) -> tuple[str, ...]:
    """The bank's valid languages; texts are checked against these."""
    if node is None:
        return ()
    items = reader.sequence(node, "languages", "languages (es, en)", minimum=1) or []
    found: list[str] = []
    for i, item in enumerate(items):
        path = index_path("languages", i)
        language = reader.string(item, path)
        if language is not None and language not in defaults.SUPPORTED_LANGUAGES:
            reader.problem(item, path, f"{show(language)} is not a supported language: a bank "
                           f"may be written in {' and '.join(defaults.SUPPORTED_LANGUAGES)}")
        elif language in found:
            reader.problem(item, path, f"`{language}` is listed twice: keep one")
        elif language is not None:
            found.append(language)
    return tuple(found)


def _version(reader: NodeReader, node: Node, path: str) -> str | None:
    if isinstance(node, ScalarNode) and node.tag in (INT, FLOAT):
        reader.problem(node, path, f'write the version in quotes: version: "{node.value}" '
                       "(unquoted, YAML reads it as a number)")
        return None
    return reader.string(node, path)


def _estimated_minutes(sections: list[dict[str, Any]] | None) -> int:
    count = sum(len(s.get("questions") or ()) for s in sections or () if s)
    return max(1, math.ceil(count / defaults.QUESTIONS_PER_MINUTE))


def _roles(reader: NodeReader, node: Node, path: str) -> list[dict[str, Any]] | None:
    items = reader.sequence(node, path, "roles")
    if items is None:
        return None
    roles = []
    ids = UniqueIds(reader, "role")
    for i, item in enumerate(items):
        item_path = index_path(path, i)
        fields = reader.mapping(item, item_path, "a role", ROLE_KEYS) or {}
        role_id = ids.read(fields.get("id"), key_path(item_path, "id"))
        label = reader.text(fields["label"], key_path(item_path, "label")) \
            if "label" in fields else None
        roles.append({"id": role_id, "label": label})
    return roles


def _scale_labels(reader: NodeReader, node: Node, path: str) -> dict[str, list[str]] | None:
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


def _sections(reader: NodeReader, node: Node, path: str, scale: dict[str, list[str]] | None,
              default_target: float | None) -> list[dict[str, Any]] | None:
    items = reader.sequence(node, path, "sections", minimum=1)
    if items is None:
        return None
    section_ids = UniqueIds(reader, "section")
    question_ids = UniqueIds(reader, "question")
    sections = []
    for i, item in enumerate(items):
        item_path = index_path(path, i)
        fields = reader.mapping(item, item_path, "a section", SECTION_KEYS) or {}
        section = {
            "id": section_ids.read(fields.get("id"), key_path(item_path, "id")),
            "title": _optional_text(reader, fields, item_path, "title", None),
            "intro": _optional_text(reader, fields, item_path, "intro", {}),
            "weight": _weight(reader, fields, item_path),
            "target": reader.number(fields["target"], key_path(item_path, "target"), 0, 100)
            if "target" in fields else default_target,
            "questions": _questions(reader, fields.get("questions"),
                                    key_path(item_path, "questions"), scale, question_ids),
        }
        sections.append(section)
    weights = [s["weight"] for s in sections]
    if weights and None not in weights and sum(weights) == 0:
        reader.problem(node, path, "every section has weight 0: give at least one section a "
                       "weight above 0")
    return sections


def _questions(reader: NodeReader, node: Node | None, path: str,
               scale: dict[str, list[str]] | None, ids: UniqueIds) -> list[dict[str, Any]]:
    if node is None:
        return []
    items = reader.sequence(node, path, "questions", minimum=1) or []
    questions = [_question(reader, item, index_path(path, i), scale, ids)
                 for i, item in enumerate(items)]
    weights = [q["weight"] for q in questions]
    if weights and None not in weights and sum(weights) == 0:
        reader.problem(node, path, "every question of this section has weight 0: give at least "
                       "one question a weight above 0")
    return questions


def _question(reader: NodeReader, node: Node, path: str, scale: dict[str, list[str]] | None,
              ids: UniqueIds) -> dict[str, Any]:
    fields = reader.mapping(node, path, "a question", QUESTION_KEYS) or {}
    question_type = reader.choice(fields["type"], key_path(path, "type"), QUESTION_TYPES) \
        if "type" in fields else None
    return {
        "id": ids.read(fields.get("id"), key_path(path, "id")),
        "type": question_type,
        "text": _optional_text(reader, fields, path, "text", None),
        "help": _optional_text(reader, fields, path, "help", {}),
        "weight": _weight(reader, fields, path),
        "action": _optional_text(reader, fields, path, "action", None),
        "options": _question_options(reader, fields, path, question_type, scale),
    }


def _question_options(reader: NodeReader, fields: dict[str, Node], path: str,
                      question_type: str | None,
                      scale: dict[str, list[str]] | None) -> list[dict[str, Any]] | None:
    """The options of a question: given for choice and checklist, generated for the rest."""
    if question_type != "scale" and "labels" in fields:
        reader.problem(fields["labels"], key_path(path, "labels"),
                       "`labels` is only for scale questions: remove it")
    if question_type in ("scale", "yesno"):
        if "options" in fields:
            fixed = "1 to 5 (rename them with `labels`)" if question_type == "scale" \
                else "yes, partial and no"
            reader.problem(fields["options"], key_path(path, "options"),
                           f"{question_type} questions have the fixed options {fixed}: "
                           "remove `options`, or make it a choice question")
            return None
        if question_type == "yesno":
            return defaults.yesno_options(reader.languages)
        labels = _scale_labels(reader, fields["labels"], key_path(path, "labels")) \
            if "labels" in fields else scale or defaults.generic_scale_labels(reader.languages)
        return None if labels is None else defaults.scale_options(labels)
    if question_type is None:
        return None
    if "options" not in fields:
        reader.problem(fields.get("type") or next(iter(fields.values())), key_path(path, "options"),
                       f"a {question_type} question needs `options`: a list of "
                       "{id, label, value}")
        return None
    return _options(reader, fields["options"], key_path(path, "options"), question_type)


def _options(reader: NodeReader, node: Node, path: str,
             question_type: str) -> list[dict[str, Any]] | None:
    items = reader.sequence(node, path, "options", minimum=2 if question_type == "choice" else 1)
    if items is None:
        return None
    ids = UniqueIds(reader, "option")
    options = []
    for i, item in enumerate(items):
        item_path = index_path(path, i)
        fields = reader.mapping(item, item_path, "an option", OPTION_KEYS) or {}
        option_id = ids.read(fields.get("id"), key_path(item_path, "id"))
        if option_id == NOT_APPLICABLE:
            reader.problem(fields["id"], key_path(item_path, "id"), f"{show(NOT_APPLICABLE)} is "
                           "reserved for \"don't know / not applicable\": choose another id")
        options.append({
            "id": option_id,
            "label": _optional_text(reader, fields, item_path, "label", None),
            "value": reader.number(fields["value"], key_path(item_path, "value"), 0, 1)
            if "value" in fields else None,
        })
    values = [o["value"] for o in options]
    if question_type == "checklist" and values and None not in values and not any(values):
        reader.problem(node, path, "every item is worth 0: give at least one item a value "
                       "above 0")
    if question_type == "choice" and values and None not in values and max(values) != 1:
        reader.problem(node, path, "no option is worth 1, so this question can never score full "
                       "marks: give the best option the value 1")
    return options


def _optional_text(reader: NodeReader, fields: dict[str, Node], path: str, key: str,
                   default: Any) -> Any:
    return reader.text(fields[key], key_path(path, key)) if key in fields else default


def _weight(reader: NodeReader, fields: dict[str, Node], path: str) -> float | None:
    if "weight" not in fields:
        return defaults.DEFAULT_WEIGHT
    return reader.number(fields["weight"], key_path(path, "weight"), 0, None)
