"""Answer codes in texts (emails, mailbox exports, chat logs), read as a team's responses.

Every code found is read; a code repeated (a reply quoting it, the same email sent twice)
counts once; every code that cannot be used is listed as the file and line it starts on,
with why, the way unusable response files are, so files and codes mix in one report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from selfassess.core.aggregate import Rejected, rejection
from selfassess.core.code_finder import MAX_CODES_PER_TEXT, locate_codes
from selfassess.core.codes import CodeInvalid, read_code
from selfassess.core.locale import FALLBACK_LANGUAGE, locale
from selfassess.core.model import Bank
from selfassess.core.responses import ResponseReading

TEXT_SUFFIXES = (".txt", ".eml", ".mbox")
"""Files read as text holding answer codes: emails, mailbox exports, chat logs."""


def read_code_texts(
    bank: Bank, texts: Iterable[tuple[str, str]], language: str = FALLBACK_LANGUAGE
) -> tuple[list[ResponseReading], list[Rejected]]:
    """Read the codes in (name, text) pairs as responses to `bank`: those usable, and those
    not (a text without any code among them), with messages in `language`."""
    words = locale(language)
    readings: list[ResponseReading] = []
    rejected: list[Rejected] = []
    first: dict[str, tuple[str, int | None]] = {}
    """Each code seen: where, and the index of its reading (None when it was not usable)."""
    for name, text in texts:
        found = locate_codes(text)
        if not found:
            rejected.append(Rejected(file=name, reason=words.text("code.none_found")))
        elif len(found) > MAX_CODES_PER_TEXT:
            limit = words.number(MAX_CODES_PER_TEXT, 0)
            rejected.append(Rejected(file=name, reason=words.text("code.too_many", limit=limit)))
            found = found[:MAX_CODES_PER_TEXT]
        for code in found:
            where = f"{name}:{code.line}"
            if code.code in first:
                seen, index = first[code.code]
                if index is not None:
                    repeated = f"{where}: {words.text('code.repeated', first=seen)}"
                    reading = readings[index]
                    readings[index] = replace(reading, warnings=(*reading.warnings, repeated))
                continue
            try:
                readings.append(read_code(bank, code.code, language, where))
                first[code.code] = (where, len(readings) - 1)
            except CodeInvalid as error:
                rejected.append(rejection(where, error, language))
                first[code.code] = (where, None)
    return readings, rejected
