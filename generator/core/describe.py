"""How messages about a file name its untrusted values: shortened and quoted, or by JSON type.

The response reader and the comparison's snapshot reader both describe what a file holds
without echoing it whole, so one reader's messages read like the other's.
"""

from __future__ import annotations

import json
import math
from typing import Any

from selfassess.core.locale import FALLBACK_LANGUAGE, locale


def quote_value(value: Any, limit: int = 40) -> str:
    """A short, printable rendering of an untrusted value for a message: strings in quotes."""
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    cut = len(shown) > limit
    kept = shown[: limit - 1] if cut else shown
    printable = "".join(c if c.isprintable() else repr(c)[1:-1] for c in kept)
    printable += "…" if cut else ""
    return "'" + printable.replace("'", "\\'") + "'" if isinstance(value, str) else printable


def json_kind(value: Any, language: str = FALLBACK_LANGUAGE) -> str:
    """The JSON name of a value's type, for messages in `language`."""
    if isinstance(value, float) and not math.isfinite(value):
        return json.dumps(value)  # NaN, Infinity or -Infinity, as the file wrote it
    if value is None:
        kind = "null"
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, int | float):
        kind = "number"
    elif isinstance(value, str):
        kind = "string"
    elif isinstance(value, list):
        kind = "list"
    else:
        kind = "object"
    return locale(language).text(f"report.kind_{kind}")
