"""Typed reads of YAML nodes: each read either returns a value or logs a located problem.

Scalars that should be text are taken as written (their source text), so that YAML 1.1
surprises like `No` turning into false or `1.10` into 1.1 never reach a bank.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .defaults import SUPPORTED_LANGUAGES
from .problems import ProblemLog
from .yamlnodes import NULL, STR

INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
MERGE = "tag:yaml.org,2002:merge"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PLAIN_KEY = re.compile(r"[\w<$-]+")

_CONSTRUCTOR = SafeConstructor()
_SHOWN_CHARS = 40
_CLOSE = 0.6
"""How alike (difflib ratio) a wrong word must be to a right one to be suggested."""


def show(value: str) -> str:
    """A value quoted for a message, shortened so a long line cannot flood the output."""
    if len(value) > _SHOWN_CHARS:
        value = value[: _SHOWN_CHARS - 1] + "…"
    printable = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    return "'" + printable + "'"


def key_path(path: str, key: str) -> str:
    """`path.key`, or `path['odd key']` for a key that is not a plain word."""
    if not _PLAIN_KEY.fullmatch(key):
        return f"{path}[{show(key)}]"
    return f"{path}.{key}" if path else key


def index_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def suggest_id(value: str) -> str:
    """An id close to `value` that matches ID_PATTERN, to show in messages."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "my-id"


@dataclass(frozen=True)
class Ref:
    """An id as written in the file, kept with its node so a later check can point at it."""

    node: Node
    path: str
    value: str


@dataclass(frozen=True)
class Key:
    """A key a mapping may hold, and a few words on what it is, for messages."""

    name: str
    required: bool
    about: str


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL


class NodeReader:
    """Reads values out of nodes for one bank file, logging each problem where it occurs."""

    def __init__(self, log: ProblemLog, languages: tuple[str, ...]) -> None:
        self.log = log
        self.languages = languages

    def problem(self, node: Node, path: str, message: str) -> None:
        self.log.add_at_mark(node.start_mark, path, message)

    def line_of(self, node: Node) -> int:
        return node.start_mark.line + 1

    def mapping(self, node: Node, path: str, what: str,
                keys: tuple[Key, ...]) -> dict[str, Node] | None:
        """The mapping's values by key, after checking its keys against `keys`."""
        if not isinstance(node, MappingNode):
            self.problem(node, path, f"{what} must be a mapping of keys to values "
                         f"(`{keys[0].name}: ...` and so on), not {describe(node)}")
            return None
        known = {k.name for k in keys}
        values: dict[str, Node] = {}
        misspelled: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, path, "a key must be a plain word, not "
                             f"{describe(key_node)}")
                continue
            key = key_node.value
            if key_node.tag == MERGE:
                self.problem(key_node, path, "merge keys (<<) are not allowed: write the keys "
                             "out in full")
                continue
            if key in values:
                self.problem(key_node, key_path(path, key), f"{show(key)} is given twice (first at "
                             f"line {self.line_of(values[key])}): keep one")
                continue
            if key not in known:
                self.problem(key_node, key_path(path, key), unknown_key(key, what, keys))
                misspelled.update(difflib.get_close_matches(key, known, n=1, cutoff=_CLOSE))
                continue
            values[key] = value_node
        for key in keys:
            if key.name in misspelled:
                continue
            if key.required and (key.name not in values or is_null(values[key.name])):
                where = values.get(key.name, node)
                self.problem(where, key_path(path, key.name),
                             f"{what} needs `{key.name}`: {key.about}")
        return {k: v for k, v in values.items() if not is_null(v)}

    def sequence(self, node: Node, path: str, what: str, *, minimum: int = 0) -> list[Node] | None:
        if not isinstance(node, SequenceNode):
            self.problem(node, path, f"must be a list of {what} (lines starting with `- `), "
                         f"not {describe(node)}")
            return None
        if len(node.value) < minimum:
            self.problem(node, path, f"must hold at least {minimum} {what}"
                         if minimum > 1 else f"is empty: give at least one of the {what}")
        return list(node.value)

    def optional(self, fields: dict[str, Node], path: str, key: str,
                 read: Callable[..., Any], *args: Any, default: Any = None) -> Any:
        """The value under `key` of a mapping's `fields` as `read` reads it (given its node,
        its path and `args`), or `default` when the mapping has no such key."""
        return read(fields[key], key_path(path, key), *args) if key in fields else default

    def some_weight(self, node: Node, path: str, parts: list[dict[str, Any]], every: str,
                    one: str) -> None:
        """Log when every one of `parts` (read with their `weight`) weighs 0: none would count."""
        weights = [p["weight"] for p in parts]
        if weights and None not in weights and sum(weights) == 0:
            self.problem(node, path, f"every {every} has weight 0: give at least one {one} a "
                         "weight above 0")

    def string(self, node: Node, path: str) -> str | None:
        """A scalar as written; numbers and yes/no count as the text they are written as."""
        if not isinstance(node, ScalarNode) or node.tag == NULL:
            self.problem(node, path, f"must be text, not {describe(node)}")
            return None
        if not node.value.strip():
            self.problem(node, path, "must not be empty")
            return None
        return node.value

    def identifier(self, node: Node, path: str) -> str | None:
        value = self.string(node, path)
        if value is None:
            return None
        if not ID_PATTERN.match(value):
            self.problem(node, path, f"{show(value)} is not a valid id: use lower-case letters, "
                         f"digits and '-', starting with a letter or digit, e.g. "
                         f"{show(suggest_id(value))}")
            return None
        return value

    def identifiers(self, node: Node, path: str, what: str) -> list[Ref] | None:
        """A list of at least one id, each listed once, each kept with where it is written."""
        items = self.sequence(node, path, what, minimum=1)
        if items is None:
            return None
        refs: list[Ref] = []
        for i, item in enumerate(items):
            item_path = index_path(path, i)
            value = self.identifier(item, item_path)
            if value is not None and value in [r.value for r in refs]:
                self.problem(item, item_path, f"{show(value)} is listed twice: keep one")
            elif value is not None:
                refs.append(Ref(item, item_path, value))
        return refs

    def boolean(self, node: Node, path: str) -> bool | None:
        if not isinstance(node, ScalarNode) or node.tag != BOOL \
                or node.value.lower() not in ("true", "false"):
            self.problem(node, path, f"must be true or false, not {describe(node)}")
            return None
        return node.value.lower() == "true"

    def choice(self, node: Node, path: str, allowed: tuple[str, ...]) -> str | None:
        value = self.string(node, path)
        if value is None:
            return None
        if value not in allowed:
            self.problem(node, path, f"{show(value)} is not one of {', '.join(allowed)}"
                         + did_you_mean(value, allowed, ", "))
            return None
        return value

    def number(self, node: Node, path: str, low: float, high: float | None) -> float | None:
        """A finite number within [low, high] (no upper bound when high is None)."""
        if not isinstance(node, ScalarNode) or node.tag not in (INT, FLOAT):
            self.problem(node, path, f"must be a number, not {describe(node)}"
                         + (": remove the quotes" if _looks_numeric(node) else ""))
            return None
        if ":" in node.value:
            self.problem(node, path, f"must be a plain number, not {node.value} (YAML reads "
                         "numbers with ':' in base 60)")
            return None
        constructor = (SafeConstructor.construct_yaml_int if node.tag == INT
                       else SafeConstructor.construct_yaml_float)
        value = float(constructor(_CONSTRUCTOR, node))
        if not math.isfinite(value):
            self.problem(node, path, "must be a finite number")
            return None
        if value < low or (high is not None and value > high):
            limits = (f"between {format_number(low)} and {format_number(high)}"
                      if high is not None else f"at least {format_number(low)}")
            self.problem(node, path, f"must be {limits}, not {node.value}")
            return None
        return value

    def integer(self, node: Node, path: str, low: int) -> int | None:
        if isinstance(node, ScalarNode) and node.tag == FLOAT:
            self.problem(node, path, f"must be a whole number, not {node.value}")
            return None
        value = self.number(node, path, low, None)
        return None if value is None else int(value)

    def text(self, node: Node, path: str) -> dict[str, str] | None:
        """A human text: {language: text} for every language of the bank.

        A plain string is enough when the bank has one language.
        """
        if isinstance(node, ScalarNode) and node.tag != NULL:
            value = self.string(node, path)
            if value is None or not self.languages:
                return None
            if len(self.languages) > 1:
                self.problem(node, path, "give the text in each language of the bank: "
                             + "{" + ", ".join(f"{lang}: ..." for lang in self.languages) + "}")
                return None
            return {self.languages[0]: value}
        if not isinstance(node, MappingNode):
            self.problem(node, path, f"must be a text, not {describe(node)}: "
                         + "{" + ", ".join(f"{lang}: ..." for lang in self.languages) + "}")
            return None
        return self.per_language(node, path, self.string)

    def per_language(self, node: MappingNode, path: str,
                     read: Callable[[Node, str], Any]) -> dict[str, Any] | None:
        """Read each value of a {language: value} mapping; every language must be there.

        Without valid languages (already reported) there is nothing to check against.
        """
        if not self.languages:
            return None
        values: dict[str, Any] = {}
        complete = True
        for key_node, value_node in node.value:
            language = key_node.value if isinstance(key_node, ScalarNode) else describe(key_node)
            item_path = key_path(path, language)
            if language not in self.languages:
                self.problem(key_node, item_path, self._not_a_language(language))
                complete = False
            elif language in values:
                self.problem(key_node, item_path, f"{show(language)} is given twice: keep one")
            else:
                value = read(value_node, item_path)
                complete = complete and value is not None
                values[language] = value
        missing = [lang for lang in self.languages if lang not in values]
        for language in missing:
            self.problem(node, key_path(path, language), f"`{language}` is missing: give one "
                         f"for each language of the bank ({', '.join(self.languages)})")
        if missing or not complete:
            return None
        return {lang: values[lang] for lang in self.languages}

    def _not_a_language(self, language: str) -> str:
        declared = ", ".join(self.languages)
        if language in SUPPORTED_LANGUAGES:
            return (f"`{language}` is not among the bank's languages ({declared}): remove it "
                    "or add it to `languages`")
        return (f"{show(language)} is not a language of this bank ({declared})"
                + did_you_mean(language, self.languages, ", "))


def describe(node: Node) -> str:
    """What a node is, in the words a bank author uses."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing (the value is empty)"
    if node.tag == BOOL:
        return f"the yes/no value {node.value}"
    if node.tag in (INT, FLOAT):
        return f"the number {node.value}"
    if node.tag == STR:
        return f"the text {show(node.value)}"
    if node.tag == TIMESTAMP:
        return f"the date {node.value}"
    return f"the value {show(node.value)}"


def did_you_mean(word: str, candidates: tuple[str, ...] | list[str], prefix: str) -> str:
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=_CLOSE)
    return f"{prefix}did you mean {show(close[0])}?" if close else ""


def unknown_key(key: str, what: str, keys: tuple[Key, ...]) -> str:
    names = [k.name for k in keys]
    suggestion = did_you_mean(key, names, ": ")
    if suggestion:
        return f"unknown key {show(key)}{suggestion}"
    return f"unknown key {show(key)}: {what} has the keys {', '.join(names)}"


def _looks_numeric(node: Node) -> bool:
    if not isinstance(node, ScalarNode) or node.tag != STR:
        return False
    try:
        float(node.value)
    except ValueError:
        return False
    return True


class UniqueIds:
    """Reads ids of one kind, logging any id used twice."""

    def __init__(self, reader: NodeReader, kind: str) -> None:
        self.reader = reader
        self.kind = kind
        self.first: dict[str, Ref] = {}
        """Each id read, with where it is first written."""

    def read(self, node: Node | None, path: str) -> str | None:
        if node is None:
            return None
        value = self.reader.identifier(node, path)
        if value is None:
            return None
        first = self.first.get(value)
        if first is not None:
            self.reader.problem(node, path, f"the {self.kind} id {show(value)} is already used "
                                f"by {first.path} (line {self.reader.line_of(first.node)}): give "
                                f"each {self.kind} its own id")
        else:
            self.first[value] = Ref(node, path, value)
        return value
