"""The structure around questions: streams inside a section, groups above sections, and the
rules a stage needs besides its score. Each names ids declared elsewhere, checked here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.nodes import Node

from .conditions import Conditions
from .display import WrittenScale
from .fields import Key, NodeReader, Ref, UniqueIds, did_you_mean, index_path, key_path, show

STREAM_KEYS = (
    Key("id", True, "a short id, unique within the section"),
    Key("title", True, "text"),
    Key("weight", False, "the stream's weight within its section (0 or more)"),
    Key("questions", True, "the ids of the section's questions in this stream"),
    Key("when", False, "a condition: the stream is asked only when it holds"),
)
GROUP_KEYS = (
    Key("id", True, "a short id, unique among the groups"),
    Key("title", True, "text"),
    Key("weight", False, "the group's weight in the overall score (0 or more)"),
    Key("sections", True, "the ids of the sections in this group"),
)
RULE_KEYS = (
    Key("label", True, "text: what the stage needs, as the report names it"),
    Key("when", False, "a condition on answers that must hold"),
    Key("section", False, "the id of a section whose score must reach `min`"),
    Key("min", False, "the lowest score of `section` (0–100, or on the display scale)"),
)
Weight = Callable[[dict[str, Node], str], "float | None"]
_MEMBERS = {
    "stream": (STREAM_KEYS, "questions", "section"),
    "group": (GROUP_KEYS, "sections", "bank"),
}
"""A stream's and a group's keys, the key that lists their members, and what holds them."""


def read_members(reader: NodeReader, node: Node, path: str, kind: str, weight: Weight,
                 conditions: Conditions, members: dict[str, Ref]) -> list[dict[str, Any]] | None:
    """Streams or groups (`kind`): each lists members (questions, sections) by id; every member
    must be listed by exactly one of them. `members`: the ids that may be listed, where each is
    declared."""
    _, member_key, container = _MEMBERS[kind]
    items = reader.sequence(node, path, f"{kind}s", minimum=1)
    if items is None:
        return None
    ids = UniqueIds(reader, kind)
    listed = [_member(reader, item, index_path(path, i), kind, ids, weight, conditions)
              for i, item in enumerate(items)]
    placed: dict[str, str] = {}
    for refs, part in listed:
        for ref in refs or ():
            if ref.value not in members:
                reader.problem(ref.node, ref.path, f"{show(ref.value)} is not one of the "
                               f"{container}'s {member_key}"
                               + did_you_mean(ref.value, list(members), ": "))
            elif ref.value in placed:
                reader.problem(ref.node, ref.path, f"{show(ref.value)} is already in the {kind} "
                               f"{show(placed[ref.value])}: put it in one {kind} only")
            else:
                placed[ref.value] = part["id"]
    for member, declared in members.items():
        if member not in placed:
            reader.problem(declared.node, declared.path, f"{show(member)} is in no {kind}: "
                           f"with {kind}s, every one of the {container}'s {member_key} is in "
                           "one of them")
    parts = [part for _, part in listed]
    reader.some_weight(node, path, parts, kind, kind)
    return parts


def _member(reader: NodeReader, node: Node, path: str, kind: str, ids: UniqueIds,
            weight: Weight, conditions: Conditions) -> tuple[list[Ref] | None, dict[str, Any]]:
    """One stream or group, and its members' ids as written; a stream's `when` gates its
    questions (a group has no `when`)."""
    keys, member_key, _ = _MEMBERS[kind]
    fields = reader.mapping(node, path, f"a {kind}", keys) or {}
    refs = reader.identifiers(fields[member_key], key_path(path, member_key),
                              f"{member_key[:-1]} ids") if member_key in fields else None
    part = {
        "id": ids.read(fields.get("id"), key_path(path, "id")),
        "title": reader.optional(fields, path, "title", reader.text),
        "weight": weight(fields, path),
        member_key: None if refs is None else [r.value for r in refs],
    }
    if "when" in fields:
        part["when"] = conditions.read(fields["when"], key_path(path, "when"),
                                       tuple(part[member_key] or ()))
    return refs, part


def rules_reader(reader: NodeReader, conditions: Conditions, scale: WrittenScale,
                 section_ids: list[str]) -> Callable[[Node, str], list[dict[str, Any]] | None]:
    """Reads a stage's `requires`: each rule a condition on answers or a section's minimum."""
    def read_rules(node: Node, path: str) -> list[dict[str, Any]] | None:
        items = reader.sequence(node, path, "rules", minimum=1)
        if items is None:
            return None
        rules = [_rule(item, index_path(path, i)) for i, item in enumerate(items)]
        return None if None in rules else rules  # type: ignore[return-value]

    def _rule(node: Node, path: str) -> dict[str, Any] | None:
        fields = reader.mapping(node, path, "a stage rule", RULE_KEYS)
        if fields is None:
            return None
        label = reader.optional(fields, path, "label", reader.text)
        if ("when" in fields) == ("section" in fields):
            reader.problem(node, path, "a stage rule takes either `when` (a condition on "
                           "answers) or `section` and `min` (a section's lowest score)")
            return None
        if "when" in fields:
            if "min" in fields:
                reader.problem(fields["min"], key_path(path, "min"),
                               "`min` goes with `section`: remove it")
            when = conditions.read(fields["when"], key_path(path, "when"), ())
            return None if label is None or when is None else {"label": label, "when": when}
        section = _section_ref(Ref(fields["section"], key_path(path, "section"), ""))
        if "min" not in fields:
            reader.problem(fields["section"], key_path(path, "min"), "a section rule needs "
                           "`min`: the lowest score the section must reach")
            return None
        low = scale.score(reader, fields["min"], key_path(path, "min"))
        if None in (label, section, low):
            return None
        return {"label": label, "section": section, "min": low}

    def _section_ref(ref: Ref) -> str | None:
        section = reader.identifier(ref.node, ref.path)
        if section is not None and section not in section_ids:
            reader.problem(ref.node, ref.path, f"no section has the id {show(section)}"
                           + did_you_mean(section, section_ids, ": "))
            return None
        return section

    return read_rules


def check_role_refs(reader: NodeReader, refs: list[Ref] | None,
                    declared: list[str]) -> list[str] | None:
    """The role ids of a question or section, each one declared in the bank's `roles`."""
    if refs is None:
        return None
    for ref in refs:
        if ref.value not in declared:
            reader.problem(ref.node, ref.path, f"the role {show(ref.value)} is not declared "
                           "in the bank's `roles`"
                           + (did_you_mean(ref.value, declared, ": ") if declared else
                              ": add it there as {id, label}"))
    return [r.value for r in refs]
