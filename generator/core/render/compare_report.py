"""The comparison in every format — Markdown, CSV, JSON and HTML — from one Comparison."""

from __future__ import annotations

import json
from typing import Any

from generator.core.brand import Brand
from generator.core.compare import Comparison
from generator.core.model import Bank
from generator.core.render.compare_csv import render_compare_csv
from generator.core.render.compare_html import render_compare_body, render_compare_document
from generator.core.render.compare_markdown import render_compare_markdown
from generator.core.render.compare_view import compare_to_json, compare_view

COMPARE_FORMATS = ("md", "csv", "json", "html")


def comparison_json(comparison: Comparison, bank: Bank) -> dict[str, Any]:
    return compare_to_json(compare_view(comparison, bank))


def render_comparison(
    comparison: Comparison, bank: Bank, fmt: str, brand: Brand | None = None
) -> str:
    """The comparison as the text of a file in format `fmt`."""
    view = compare_view(comparison, bank)
    if fmt == "json":
        return json.dumps(compare_to_json(view), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_compare_markdown(view, brand)
    if fmt == "csv":
        return render_compare_csv(view)
    if fmt == "html":
        return render_compare_document(view, brand)
    raise ValueError(f"unknown report format {fmt!r}: choose one of {', '.join(COMPARE_FORMATS)}")


def comparison_body_html(comparison: Comparison, bank: Bank, brand: Brand | None = None) -> str:
    """The comparison's HTML without the document around it, for the compare page."""
    return render_compare_body(compare_view(comparison, bank), brand)
