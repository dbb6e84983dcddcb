"""Rating bands and stages: each a range of scores; together they must cover the scale once.

Band limits are written on the bank's display scale when it has one; the JSON form holds
them on 0–100.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.nodes import Node

from .display import WrittenScale
from .fields import Key, NodeReader, UniqueIds, format_number, index_path, key_path

BAND_KEYS = (
    Key("id", True, "a short id such as `excelente`"),
    Key("min", True, "the lowest score of the band (0–100, or on the display scale)"),
    Key("max", True, "the score where the band ends (0–100, or on the display scale); the top "
        "band includes the top score"),
    Key("label", True, "the band's name, as text"),
    Key("description", False, "text"),
)
STAGE_KEYS = (*BAND_KEYS, Key("requires", False, "a list of rules the stage needs besides its "
                              "score: {label, when} or {label, section, min}"))
RuleReader = Callable[[Node, str], "list[dict[str, Any]] | None"]


def read_bands(reader: NodeReader, node: Node, path: str, what: str, scale: WrittenScale,
               read_rules: RuleReader | None = None) -> list[dict[str, Any]] | None:
    """The bands of a `ratings` or `stages` list, checked one by one and as a whole.

    Only stages take `requires` (given `read_rules`); a band writes it only when given.
    """
    items = reader.sequence(node, path, what, minimum=1)
    if items is None:
        return None
    ids = UniqueIds(reader, "band")
    bands = [_band(reader, item, index_path(path, i), ids, scale, read_rules)
             for i, item in enumerate(items)]
    complete = [b for b in bands if b is not None]
    if complete and len(complete) == len(bands):
        for message in coverage_problems([(b["id"], b["min"], b["max"]) for b in complete],
                                         scale.low, scale.high):
            reader.problem(node, path, message)
    for band in complete:
        band["min"], band["max"] = scale.percent(band["min"]), scale.percent(band["max"])
    return complete


def _band(reader: NodeReader, node: Node, path: str, ids: UniqueIds, scale: WrittenScale,
          read_rules: RuleReader | None) -> dict[str, Any] | None:
    fields = reader.mapping(node, path, "a stage" if read_rules else "a band",
                            STAGE_KEYS if read_rules else BAND_KEYS)
    if fields is None:
        return None
    band = {
        "id": ids.read(fields.get("id"), key_path(path, "id")),
        "min": scale.number(reader, fields["min"], key_path(path, "min"))
        if "min" in fields else None,
        "max": scale.number(reader, fields["max"], key_path(path, "max"))
        if "max" in fields else None,
        "label": reader.optional(fields, path, "label", reader.text),
        "description": reader.optional(fields, path, "description", reader.text, default={}),
    }
    if band["min"] is not None and band["max"] is not None and band["min"] >= band["max"]:
        reader.problem(fields["max"], key_path(path, "max"),
                       f"must be above min ({format_number(band['min'])})")
        return None
    if read_rules is not None and "requires" in fields:
        band["requires"] = read_rules(fields["requires"], key_path(path, "requires"))
    return band if None not in band.values() else None


def coverage_problems(bands: list[tuple[str, float, float]], bottom: float = 0.0,
                      top: float = 100.0) -> list[str]:
    """Holes and overlaps in how `bands` (id, min, max) cover bottom–top, in words."""
    messages = []
    reached, reached_by = bottom, ""
    for band_id, low, high in sorted(bands, key=lambda b: (b[1], b[2])):
        if low > reached:
            messages.append(f"no band covers {_range(reached, low)}: move a band's min or max "
                            "so that each band starts where another ends")
        elif low < reached:
            messages.append(f"bands '{reached_by}' and '{band_id}' overlap on "
                            f"{_range(low, min(reached, high))}: a band must start where the "
                            "one below ends")
        if high > reached:
            reached, reached_by = high, band_id
    if reached < top:
        messages.append(f"no band covers {_range(reached, top)}: the top band's max must be "
                        f"{format_number(top)}")
    return messages


def _range(low: float, high: float) -> str:
    return f"{format_number(low)}–{format_number(high)}"
