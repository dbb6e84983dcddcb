"""Untrusted text made literal in each output format: HTML, Markdown and spreadsheet cells.

Names, roles, notes and file names are typed by whoever filled in a file; bank texts come
from whoever wrote the bank. In every format they show as text, never as markup or formulas.
"""

from __future__ import annotations

import re
from html import escape

_INLINE_MARKUP = re.compile(r"([\\`*_\[\]|~#])")
_BULLET_START = re.compile(r"^([+-])")
_NUMBER_START = re.compile(r"^(\d+)([.)])(?=\s|$)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_html(value: str) -> str:
    """Text as HTML text or attribute value: never markup."""
    return escape(value, quote=True)


def markdown_text(value: str) -> str:
    """User or bank text made literal in Markdown, on one line."""
    flat = " ".join(value.split())
    flat = flat.replace("<", "&lt;").replace(">", "&gt;")
    flat = _INLINE_MARKUP.sub(r"\\\1", flat)
    flat = _BULLET_START.sub(r"\\\1", flat)
    return _NUMBER_START.sub(r"\1\\\2", flat)


def spreadsheet_text(value: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets a quote before it."""
    return "'" + value if value.startswith(_FORMULA_START) else value
