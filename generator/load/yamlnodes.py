"""Parsing YAML into nodes that keep their line and column, refusing risky constructs.

Banks need plain mappings, lists and scalars only. Aliases are refused outright (which
also defuses "billion laughs"), as are anchors and explicit tags such as
`!!python/object`: each becomes a located problem, never an exception.
"""

from __future__ import annotations

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode
from yaml.resolver import Resolver

from .problems import DOCUMENT, ProblemLog

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python parser does it all
    CParser = None

STR = "tag:yaml.org,2002:str"
NULL = "tag:yaml.org,2002:null"
_ALLOWED_EXPLICIT_TAGS = {"!", STR}

_HINTS = {
    "mapping values are not allowed here": "a text that holds ': ' must be put in quotes",
    "found character '\\t' that cannot start any token": "use spaces, not tabs",
    "expected <block end>": "check the indentation: the keys of one mapping must line up",
    "expected ',' or '}'": "close each `{` with `}`, and put texts holding `?`, `:` or `,` "
    "in quotes",
    "expected ',' or ']'": "close each `[` with `]`, and put texts holding `:` or `,` in quotes",
}
_REPLACED = {
    "but found another document": "a bank file holds one YAML document: remove this `---` "
    "and what follows, or move it to a file of its own",
}
_YAML_TAG_PREFIX = "tag:yaml.org,2002:"


class _LoggingComposer(Composer):
    """A composer that logs aliases, anchors and explicit tags instead of using them."""

    log: ProblemLog
    aliases_seen: set[str]

    def compose_node(self, parent: Node | None, index: object) -> Node:  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self.get_event()
            if event.anchor in self.aliases_seen:
                return ScalarNode(NULL, "", event.start_mark, event.end_mark)
            self.aliases_seen.add(event.anchor)
            self.log.add_at_mark(event.start_mark, DOCUMENT, f"alias *{event.anchor} is not "
                                 "allowed: banks do not use anchors and aliases; write the "
                                 "value out in full")
            return ScalarNode(NULL, "", event.start_mark, event.end_mark)
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            if event.anchor is not None:
                self.log.add_at_mark(event.start_mark, DOCUMENT, f"anchor &{event.anchor} is "
                                     "not allowed: banks do not use anchors and aliases; "
                                     "remove it")
                event.anchor = None
            if event.tag is not None and event.tag not in _ALLOWED_EXPLICIT_TAGS:
                tag = event.tag.replace(_YAML_TAG_PREFIX, "!!")
                self.log.add_at_mark(event.start_mark, DOCUMENT, f"the YAML tag {tag} is "
                                     "not allowed: write a plain value without a tag")
                event.tag = None
        return super().compose_node(parent, index)


class _PureComposer(_LoggingComposer, yaml.SafeLoader):
    """PyYAML's own scanner and parser: its error messages are the ones banks are told."""

    def __init__(self, text: str, log: ProblemLog) -> None:
        yaml.SafeLoader.__init__(self, text)
        self.log = log
        self.aliases_seen = set()


_FAST_BASES = (CParser, Resolver) if CParser is not None else ()


class _FastComposer(_LoggingComposer, *_FAST_BASES):  # type: ignore[misc]
    """libyaml's scanner and parser (same events and marks, ten times faster) under our composer."""

    def __init__(self, text: str, log: ProblemLog) -> None:
        CParser.__init__(self, text)
        Composer.__init__(self)
        Resolver.__init__(self)
        self.log = log
        self.aliases_seen = set()


def compose(text: str, log: ProblemLog) -> Node | None:
    """The document's root node; None, with problems logged, when the YAML is unusable.

    Valid YAML goes through libyaml; YAML it refuses is parsed again by PyYAML's pure
    parser, whose wording (and hints) the messages keep, and so is YAML where libyaml is
    known to differ: tabs (PyYAML refuses them before a token), `?` and empty values in
    flow collections.
    """
    if CParser is not None and "\t" not in text:
        fast_log = ProblemLog(log.file)
        try:
            root = _FastComposer(text, fast_log).get_single_node()
        except (yaml.YAMLError, RecursionError):
            pass
        else:
            if root is None or _pure_parser_agrees(root):
                log.problems.extend(fast_log.problems)
                return None if fast_log.problems else root
    before = len(log.problems)
    try:
        composer = _PureComposer(text, log)
        root = composer.get_single_node()
    except yaml.MarkedYAMLError as error:
        log.add_at_mark(error.problem_mark, DOCUMENT, _syntax_message(error))
        return None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        col = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        code = _code_point(error.character)
        log.add(line, col, DOCUMENT, f"character U+{code:04X} is not allowed in YAML: remove it")
        return None
    except yaml.YAMLError as error:
        log.add(1, 1, DOCUMENT, f"not valid YAML: {error}")
        return None
    except RecursionError:
        log.add(1, 1, DOCUMENT, "the YAML is nested too deeply: a bank needs only a few levels")
        return None
    if len(log.problems) > before:
        return None
    return root


def _pure_parser_agrees(root: Node) -> bool:
    """False where libyaml and PyYAML differ on a plain scalar inside a flow collection.

    PyYAML ends such a scalar at a `?` and refuses the document, where libyaml reads on;
    and an empty value (`{en: }`) gets another column from each.
    """
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, in_flow = stack.pop()
        if isinstance(node, ScalarNode):
            if in_flow and not node.style and ("?" in node.value or not node.value):
                return False
        elif isinstance(node, CollectionNode):
            flow = in_flow or bool(node.flow_style)
            children = [c for pair in node.value for c in pair] if isinstance(
                node, MappingNode) else node.value
            stack.extend((child, flow) for child in children)
    return True


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "not valid YAML"
    replaced = next((m for key, m in _REPLACED.items() if problem.startswith(key)), None)
    if replaced:
        return replaced
    message = f"not valid YAML: {problem}"
    if error.context and error.context_mark is not None:
        message += (f" ({error.context} that starts at line {error.context_mark.line + 1}, "
                    f"column {error.context_mark.column + 1})")
    hint = next((h for key, h in _HINTS.items() if problem.startswith(key)), None)
    return f"{message}: {hint}" if hint else message


def _code_point(character: int | str) -> int:
    return ord(character) if isinstance(character, str) else character
