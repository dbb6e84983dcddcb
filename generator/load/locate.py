"""Where a value of a bank sits in its YAML file, found from its path (`stages[1].requires[0]`)."""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, SequenceNode

_STEP = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")


def position(root: Node | None, path: str) -> tuple[int, int] | None:
    """The 1-based line and column where the value at `path` starts; None when it is not there."""
    node: Node | None = root
    for key, indices in _STEP.findall(path):
        node = _value(node, key)
        for index in re.findall(r"\d+", indices):
            node = _item(node, int(index))
    if node is None:
        return None
    return node.start_mark.line + 1, node.start_mark.column + 1


def _value(node: Node | None, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    return next((value for k, value in node.value if k.value == key), None)


def _item(node: Node | None, index: int) -> Node | None:
    if not isinstance(node, SequenceNode) or index >= len(node.value):
        return None
    return node.value[index]
