"""Reading a bank file's bytes into text, refusing what YAML should never see."""

from __future__ import annotations

import codecs
from pathlib import Path

from .defaults import MAX_FILE_BYTES
from .problems import DOCUMENT, ProblemLog

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_text(path: Path, log: ProblemLog) -> str | None:
    """The file's text without a BOM; None (with problems logged) when it cannot be parsed."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            log.add(1, 1, DOCUMENT, f"the file is {size:,} bytes; a bank may be at most "
                    f"{MAX_FILE_BYTES:,} bytes (2 MB): split it into several banks")
            return None
        data = path.read_bytes()
    except OSError as error:
        log.add(1, 1, DOCUMENT, f"cannot read the file ({error.strerror or error})")
        return None
    text = _decode(data, log)
    if text is None:
        return None
    if not _has_content(text):
        log.add(1, 1, DOCUMENT, "the file is empty: a bank starts with `id:`, `version:`, "
                "`languages:`, `title:` and `sections:`")
        return None
    if _report_tabs(text, log):
        return None
    return text


def _decode(data: bytes, log: ProblemLog) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith(_UTF16_BOMS):
        log.add(1, 1, DOCUMENT, "the file is UTF-16: save it as UTF-8")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        col = len(data[line_start:error.start].decode("utf-8")) + 1
        log.add(line, col, DOCUMENT, f"byte 0x{data[error.start]:02X} is not UTF-8: "
                "save the file as UTF-8")
        return None


def _has_content(text: str) -> bool:
    """Whether any line holds more than blanks, a comment or a document marker."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and stripped not in ("---", "..."):
            return True
    return False


def _report_tabs(text: str, log: ProblemLog) -> bool:
    """Log every tab used for indentation; YAML forbids them and its own message is cryptic."""
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            log.add(number, indent.index("\t") + 1, DOCUMENT,
                    "tab in the indentation: indent with spaces")
            found = True
    return found
