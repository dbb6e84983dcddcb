"""Rating bands and stages: each a range of scores; together they must cover 0–100 once."""

from __future__ import annotations

from typing import Any

from yaml.nodes import Node

from .fields import Key, NodeReader, UniqueIds, format_number, index_path, key_path

BAND_KEYS = (
    Key("id", True, "a short id such as `excelente`"),
    Key("min", True, "the lowest score of the band (0–100)"),
    Key("max", True, "the score where the band ends (0–100); the top band includes 100"),
    Key("label", True, "the band's name, as text"),
    Key("description", False, "text"),
)


def read_bands(reader: NodeReader, node: Node, path: str, what: str) -> list[dict[str, Any]] | None:
    """The bands of a `ratings` or `stages` list, checked one by one and as a whole."""
    items = reader.sequence(node, path, what, minimum=1)
    if items is None:
        return None
    ids = UniqueIds(reader, "band")
    bands = [_band(reader, item, index_path(path, i), ids) for i, item in enumerate(items)]
    complete = [b for b in bands if b is not None]
    if complete and len(complete) == len(bands):
        for message in coverage_problems([(b["id"], b["min"], b["max"]) for b in complete]):
            reader.problem(node, path, message)
    return complete


def _band(reader: NodeReader, node: Node, path: str, ids: UniqueIds) -> dict[str, Any] | None:
    fields = reader.mapping(node, path, "a band", BAND_KEYS)
    if fields is None:
        return None
    band = {
        "id": ids.read(fields.get("id"), key_path(path, "id")),
        "min": reader.number(fields["min"], key_path(path, "min"), 0, 100)
        if "min" in fields else None,
        "max": reader.number(fields["max"], key_path(path, "max"), 0, 100)
        if "max" in fields else None,
        "label": reader.text(fields["label"], key_path(path, "label"))
        if "label" in fields else None,
        "description": reader.text(fields["description"], key_path(path, "description"))
        if "description" in fields else {},
    }
    if band["min"] is not None and band["max"] is not None and band["min"] >= band["max"]:
        reader.problem(fields["max"], key_path(path, "max"),
                       f"must be above min ({format_number(band['min'])})")
        return None
    return band if None not in band.values() else None


def coverage_problems(bands: list[tuple[str, float, float]]) -> list[str]:
    """Holes and overlaps in how `bands` (id, min, max) cover 0–100, in words."""
    messages = []
    reached, reached_by = 0.0, ""
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
    if reached < 100:
        messages.append(f"no band covers {_range(reached, 100)}: the top band's max must be 100")
    return messages


def _range(low: float, high: float) -> str:
    return f"{format_number(low)}–{format_number(high)}"
