"""The display scale: the scale a bank shows scores on, and writes its bands and targets on.

Inside, and in the JSON form, scores are always 0–100; a bank with `display: {max: 3}`
writes band limits, targets and stage-rule minimums on 0–3, and the loader maps them back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from yaml.nodes import Node

from .fields import Key, NodeReader, format_number, key_path

DISPLAY_KEYS = (
    Key("min", False, "the shown score of 0 (default 0)"),
    Key("max", True, "the shown score of 100, e.g. 3"),
    Key("decimals", False, "how many decimals scores are shown with, 0 to 4 (default 1)"),
)
DEFAULT_DECIMALS = 1
MAX_DECIMALS = 4


@dataclass(frozen=True)
class WrittenScale:
    """The scale a bank writes scores on: 0–100, or its display scale."""

    low: float = 0.0
    high: float = 100.0
    is_display: bool = False

    def percent(self, value: float | None) -> float | None:
        """A score as written, on 0–100 (unchanged when the bank writes on 0–100)."""
        if value is None or not self.is_display:
            return value
        return (value - self.low) * 100 / (self.high - self.low)

    def number(self, reader: NodeReader, node: Node, path: str) -> float | None:
        """A score as written, within the scale, as read (not yet mapped to 0–100)."""
        return reader.number(node, path, self.low, self.high)

    def score(self, reader: NodeReader, node: Node, path: str) -> float | None:
        """A score (a target, a stage rule's minimum) as written, mapped to 0–100."""
        return self.percent(self.number(reader, node, path))


PERCENT = WrittenScale()


def read_display(reader: NodeReader, node: Node, path: str) -> tuple[dict[str, Any] | None,
                                                                    WrittenScale]:
    """The display scale's JSON form and the scale the bank's scores are written on.

    When the display scale is unusable (already reported) scores are read on 0–100.
    """
    fields = reader.mapping(node, path, "a display scale", DISPLAY_KEYS)
    if fields is None:
        return None, PERCENT
    low = reader.optional(fields, path, "min", reader.number, -math.inf, None, default=0.0)
    high = reader.optional(fields, path, "max", reader.number, -math.inf, None)
    decimals = reader.optional(fields, path, "decimals", reader.integer, 0,
                               default=DEFAULT_DECIMALS)
    if decimals is not None and decimals > MAX_DECIMALS:
        reader.problem(fields["decimals"], key_path(path, "decimals"),
                       f"must be between 0 and {MAX_DECIMALS}, not {decimals}")
        decimals = None
    if low is not None and high is not None and high <= low:
        reader.problem(fields["max"], key_path(path, "max"),
                       f"must be above min ({format_number(low)})")
        high = None
    if low is None or high is None or decimals is None:
        return None, PERCENT
    return {"min": low, "max": high, "decimals": decimals}, WrittenScale(low, high, True)
