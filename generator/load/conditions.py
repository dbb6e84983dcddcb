"""Conditions (`when:`): when a question, stream or section is asked, read and checked.

A condition may name a question written further down the file, so each leaf is kept with
its node and checked once every question is known: the question must exist, the options
must be its own, and no question may depend on its own answer, directly or through its
stream's or section's condition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from yaml.nodes import Node

from .fields import Key, NodeReader, Ref, did_you_mean, index_path, key_path, show

CONDITION_KEYS = (
    Key("question", False, "the id of the question whose answer decides"),
    Key("in", False, "the list of that question's option ids that make the condition hold"),
    Key("is", False, "the one option id that makes the condition hold (short for `in: [id]`)"),
    Key("all", False, "a list of conditions that must all hold"),
    Key("any", False, "a list of conditions of which at least one must hold"),
)
FORMS = ("question", "all", "any")
MAX_DEPTH = 8
"""How deeply all/any may nest: deeper is never needed and hard to read."""


@dataclass(frozen=True)
class Leaf:
    """`question` answered with one of `options`; `gates` are the questions it decides on."""

    question: Ref
    options: tuple[Ref, ...]
    gates: tuple[str, ...]


class Conditions:
    """Reads the conditions of one bank and keeps their leaves for the checks at the end."""

    def __init__(self, reader: NodeReader) -> None:
        self.reader = reader
        self.leaves: list[Leaf] = []

    def read(self, node: Node, path: str, gates: tuple[str, ...],
             depth: int = 0) -> dict[str, Any] | None:
        """The JSON form of a condition; `gates`: the questions asked only when it holds."""
        fields = self.reader.mapping(node, path, "a condition", CONDITION_KEYS)
        if fields is None:
            return None
        forms = [f for f in FORMS if f in fields]
        if len(forms) != 1:
            given = f" (it gives {' and '.join(forms)})" if forms else ""
            self.reader.problem(node, path, f"a condition takes one of `question`, `all` or "
                                f"`any`{given}: {{question: id, in: [option ids]}}, "
                                "{all: [conditions]} or {any: [conditions]}")
            return None
        if forms[0] == "question":
            return self._leaf(fields, path, gates)
        for key in ("in", "is"):
            if key in fields:
                self.reader.problem(fields[key], key_path(path, key),
                                    f"`{key}` goes with `question`, not with `{forms[0]}`")
        if depth >= MAX_DEPTH:
            self.reader.problem(node, path, f"conditions nest more than {MAX_DEPTH} deep: "
                                "write a simpler condition")
            return None
        form_path = key_path(path, forms[0])
        items = self.reader.sequence(fields[forms[0]], form_path, "conditions", minimum=1)
        if not items:
            return None
        parts = [self.read(item, index_path(form_path, i), gates, depth + 1)
                 for i, item in enumerate(items)]
        return None if None in parts else {forms[0]: parts}

    def _leaf(self, fields: dict[str, Node], path: str,
              gates: tuple[str, ...]) -> dict[str, Any] | None:
        question_path = key_path(path, "question")
        question = self.reader.identifier(fields["question"], question_path)
        options: list[Ref] | None
        if ("in" in fields) == ("is" in fields):
            self.reader.problem(fields["question"], path, "give the answers that make the "
                                "condition hold: `in: [option ids]`, or `is: option id`")
            return None
        if "in" in fields:
            options = self.reader.identifiers(fields["in"], key_path(path, "in"), "option ids")
        else:
            is_path = key_path(path, "is")
            option = self.reader.identifier(fields["is"], is_path)
            options = None if option is None else [Ref(fields["is"], is_path, option)]
        if question is None or options is None:
            return None
        self.leaves.append(Leaf(Ref(fields["question"], question_path, question),
                                tuple(options), gates))
        return {"question": question, "in": [o.value for o in options]}

    def check(self, options_by_question: Mapping[str, tuple[str, ...]]) -> None:
        """Log every leaf naming an unknown question or option, and every condition cycle."""
        known = list(options_by_question)
        for leaf in self.leaves:
            name = leaf.question.value
            if name not in options_by_question:
                self.reader.problem(leaf.question.node, leaf.question.path,
                                    f"no question has the id {show(name)}"
                                    + did_you_mean(name, known, ": "))
                continue
            allowed = options_by_question[name]
            for option in leaf.options:
                if option.value not in allowed:
                    self.reader.problem(option.node, option.path,
                                        f"{show(option.value)} is not an option of question "
                                        f"{show(name)} (its options: {', '.join(allowed)})")
        self._check_cycles()

    def _check_cycles(self) -> None:
        depends: dict[str, set[str]] = {}
        for leaf in self.leaves:
            for gated in leaf.gates:
                depends.setdefault(gated, set()).add(leaf.question.value)
        reach = {q: _reachable(q, depends) for q in depends}
        reported: set[str] = set()
        for leaf in sorted(self.leaves, key=lambda f: (f.question.node.start_mark.index)):
            target = leaf.question.value
            for gated in leaf.gates:
                if gated in reported or (gated not in reach.get(target, ()) and gated != target):
                    continue
                cycle = [gated, *_path(target, gated, depends)]
                reported.update(cycle)
                self.reader.problem(leaf.question.node, leaf.question.path,
                                    "condition cycle: " + " → ".join(map(show, cycle))
                                    + ": a question cannot wait for its own answer; remove "
                                    "one of these conditions")
                break


def _reachable(start: str, depends: Mapping[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(depends.get(start, ()))
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(depends.get(current, ()))
    return seen


def _path(start: str, goal: str, depends: Mapping[str, set[str]]) -> list[str]:
    """The shortest chain of dependencies from `start` to `goal` (both included)."""
    previous: dict[str, str] = {}
    queue, seen = [start], {start}
    while queue:
        current = queue.pop(0)
        if current == goal:
            break
        for following in sorted(depends.get(current, ())):
            if following not in seen:
                seen.add(following)
                previous[following] = current
                queue.append(following)
    chain = [goal]
    while chain[-1] != start:
        chain.append(previous[chain[-1]])
    return chain[::-1]
