"""The comparison in every format — Markdown, CSV, JSON and HTML — from one Comparison."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from selfassess.core.brand import Brand
from selfassess.core.compare import Comparison
from selfassess.core.model import Bank
from selfassess.core.render.compare_csv import render_compare_csv
from selfassess.core.render.compare_html import render_compare_body, render_compare_document
from selfassess.core.render.compare_markdown import render_compare_markdown
from selfassess.core.render.compare_view import CompareView, compare_to_json, compare_view
from selfassess.core.render.formats import json_text, render_format

COMPARE_FORMATS = ("md", "csv", "json", "html")


def comparison_json(comparison: Comparison, bank: Bank) -> dict[str, Any]:
    return compare_to_json(compare_view(comparison, bank))


def render_comparison(
    comparison: Comparison, bank: Bank, fmt: str, brand: Brand | None = None
) -> str:
    """The comparison as the text of a file in format `fmt`."""
    renderers: dict[str, Callable[[CompareView], str]] = {
        "md": lambda view: render_compare_markdown(view, brand),
        "csv": render_compare_csv,
        "json": lambda view: json_text(compare_to_json(view)),
        "html": lambda view: render_compare_document(view, brand),
    }
    return render_format(compare_view(comparison, bank), fmt, renderers)


def comparison_body_html(comparison: Comparison, bank: Bank, brand: Brand | None = None) -> str:
    """The comparison's HTML without the document around it, for the compare page."""
    return render_compare_body(compare_view(comparison, bank), brand)
