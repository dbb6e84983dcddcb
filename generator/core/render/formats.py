"""Choosing a report's file format: what the report, team report and comparison share."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

View = TypeVar("View")


def render_format(view: View, fmt: str, renderers: Mapping[str, Callable[[View], str]]) -> str:
    """The view as the text of a file in format `fmt`; an unknown format names the choices."""
    renderer = renderers.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown report format {fmt!r}: choose one of {', '.join(renderers)}")
    return renderer(view)


def json_text(data: Any) -> str:
    """JSON data as a file's text: indented, non-ASCII kept, one final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
