"""Text of a file people bring: spreadsheets save CSV in more than one encoding.

Shared by the CLI (`selfassess metric FILE`) and the browser's calculators (a file chosen
and read locally), so the same bytes read as the same text in both.
"""

from __future__ import annotations

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused: a column of survey answers is far smaller."""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (spreadsheets' "Unicode text"), else
    Windows-1252, what spreadsheets in Spanish and English save as plain CSV."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
