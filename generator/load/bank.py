"""The bank's structure: walks the YAML nodes and builds the normalized bank JSON form.

Every problem is logged where it occurs and the walk goes on, so an author sees all of
them at once. The result is only meaningful when no problem was logged.
"""

from __future__ import annotations

import math
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from selfassess.core.model import BANK_FORMAT, content_hash

from . import defaults
from .bands import read_bands
from .conditions import Conditions
from .display import PERCENT, read_display
from .fields import FLOAT, INT, Key, NodeReader, UniqueIds, describe, index_path, key_path, show
from .options import read_answer_sets
from .problems import DOCUMENT, ProblemLog
from .sections import TEXT, BankContext, read_sections, scale_labels
from .structure import read_members, rules_reader

BANK_KEYS = (
    Key("id", True, "the bank's id: lower-case letters, digits and '-'"),
    Key("version", True, 'the version in quotes, e.g. "1.0.0"'),
    Key("languages", True, "a list of es and/or en"),
    Key("title", True, TEXT),
    Key("description", False, TEXT),
    Key("minutes", False, "minutes it takes to answer"),
    Key("default_target", False, "the target score of sections that give none (0–100, or on "
        "the display scale)"),
    Key("ratings", False, "a list of rating bands"),
    Key("stages", False, "a list of stages"),
    Key("roles", False, "a list of respondent roles"),
    Key("scale", False, "the default labels of scale questions"),
    Key("sections", True, "a list of sections"),
    Key("groups", False, "a list of groups of sections"),
    Key("answer_sets", False, "a list of answer sets: options that questions share by id"),
    Key("levels", False, "how many maturity levels questions may belong to"),
    Key("level_threshold", False, "the value (0 to 1) a question needs for its level to count"),
    Key("display", False, "the scale scores are shown on: {min, max, decimals}"),
)
ROLE_KEYS = (
    Key("id", True, "a short id such as `direccion`"),
    Key("label", True, TEXT),
)
MODEL2_KEYS = ("groups", "answer_sets", "levels", "level_threshold", "display")
"""Top-level keys written into the JSON form only when the bank gives them, in this order."""


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
        return reader.optional(fields, "", key, read, *args, default=default)

    extra: dict[str, Any] = {}
    display, scale = read_display(reader, fields["display"], "display") \
        if "display" in fields else (None, PERCENT)
    default_target = scale.score(reader, fields["default_target"], "default_target") \
        if "default_target" in fields else defaults.DEFAULT_TARGET
    ctx = BankContext(reader, Conditions(reader), scale, default_target)
    ctx.scale_labels = optional("scale", lambda n, p: scale_labels(reader, n, p), None)
    extra["levels"] = optional("levels", reader.integer, None, 1)
    ctx.levels = extra["levels"] if "levels" in fields else 0
    if "level_threshold" in fields:
        extra["level_threshold"] = reader.number(fields["level_threshold"], "level_threshold",
                                                 0, 1)
        if "levels" not in fields:
            reader.problem(fields["level_threshold"], "level_threshold", "a level threshold "
                           "needs `levels`: add `levels: N` or remove `level_threshold`")
    extra["answer_sets"] = optional("answer_sets", lambda n, p: read_answer_sets(reader, n, p),
                                    None)
    ctx.answer_sets = {s["id"]: s["options"] for s in extra["answer_sets"] or () if s["id"]}
    roles = optional("roles", lambda n, p: _roles(reader, n, p), [])
    ctx.roles = [r["id"] for r in roles or () if r["id"]]
    sections = optional("sections", lambda n, p: read_sections(ctx, n, p), [])
    if "groups" in fields:
        extra["groups"] = read_members(reader, fields["groups"], "groups", "group", ctx.weight,
                                       ctx.conditions, ctx.section_ids)
    read_rules = rules_reader(reader, ctx.conditions, scale, list(ctx.section_ids))
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
        "ratings": optional("ratings", lambda n, p: read_bands(reader, n, p, "rating bands",
                                                                 scale),
                            defaults.default_ratings(reader.languages)),
        "stages": optional("stages", lambda n, p: read_bands(reader, n, p, "stages", scale,
                                                               read_rules), []),
        "roles": roles,
        "sections": sections,
    }
    extra["display"] = display
    bank.update((key, extra[key]) for key in MODEL2_KEYS if key in fields)
    ctx.conditions.check(ctx.question_options)
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
        label = reader.optional(fields, item_path, "label", reader.text)
        roles.append({"id": role_id, "label": label})
    return roles
