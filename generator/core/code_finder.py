"""Finding answer codes in pasted text: one email, many, a mailbox export, a chat log.

A code may reach us wrapped by a mail client (a line break anywhere, the next line quoted
with "> "), quoted-printable encoded (soft breaks "=" + line break, escapes such as "=2E"),
with CRLF line ends, or cut short. The finder joins what belongs to a code and stops at its
full stop; what it finds without one is still returned, for the reader to say it is cut.

Linear time on any text: the start is found by a regular expression without nested
repetition, each candidate is walked once, at most MAX_CODE_CHARS + 1 characters of it, and
no more than MAX_CODES_PER_TEXT + 1 candidates are taken.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from selfassess.core.codes import END, MAX_CODE_CHARS

MAX_CODES_PER_TEXT = 10_000
"""A team's codes, each repeated in replies, are far fewer; a text holding more is hostile."""
_BREAK = r"(?:=\r?\n)?"
_START = re.compile(rf"(?:(?<![0-9A-Za-z])|(?<==3D))S{_BREAK}A{_BREAK}([0-9]){_BREAK}-")
"""SA<format>-, not inside a word (but after a quoted-printable "=", as in a link's
"#code=3DSA1-"), where a soft break may fall between any two characters."""
_CODE_CHARS = frozenset(string.ascii_letters + string.digits + "-")
_RUN = re.compile(r"[0-9A-Za-z-]+")
_HEX = frozenset("0123456789ABCDEF")
_SPACE = " \t"
_QUOTE = " \t>"


@dataclass(frozen=True)
class FoundCode:
    code: str
    """Its characters joined: what `read_code` reads."""
    line: int
    """The line of the text where it starts, from 1."""


def find_codes(text: str) -> list[str]:
    """Every answer code in `text`, in order, repeats included, cut ones too."""
    return [found.code for found in locate_codes(text)]


def locate_codes(text: str) -> list[FoundCode]:
    """Every answer code in `text`, in order, with the line it starts on; one more than
    MAX_CODES_PER_TEXT at most, so a reader can say there are too many."""
    found: list[FoundCode] = []
    at, line, counted = 0, 1, 0
    while match := _START.search(text, at):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        code, at = _walk(text, match.end())
        found.append(FoundCode(f"SA{match[1]}-{code}", line))
        if len(found) > MAX_CODES_PER_TEXT:
            break
    return found


def _walk(text: str, at: int) -> tuple[str, int]:
    """The characters of the code from `at` on, joined over breaks, up to and with its full
    stop when it has one; and where the walk stopped."""
    parts: list[str] = []
    length, end = 0, len(text)
    while at < end and length <= MAX_CODE_CHARS:
        run = _RUN.match(text, at, min(end, at + MAX_CODE_CHARS + 1 - length))
        if run and run.end() > at:  # the common case: a run of the code's characters
            parts.append(run[0])
            length += run.end() - at
            at = run.end()
            continue
        char = text[at]
        if char == "=":
            char, at = _quoted_printable(text, at)
        else:
            at += 1
        if char in _CODE_CHARS:
            parts.append(char)
            length += 1
        elif char == END:
            parts.append(char)
            break
        elif char != "":  # not a soft break
            resumed = _after_break(text, at - 1) if char in "\r\n \t" else None
            if resumed is None:
                break
            at = resumed
    return "".join(parts), at


def _quoted_printable(text: str, at: int) -> tuple[str, int]:
    """At an "=": "" for a soft line break, the character of a code an escape stands for
    ("=2E" for its full stop), else "=" itself."""
    if text.startswith("=\n", at):
        return "", at + 2
    if text.startswith("=\r\n", at):
        return "", at + 3
    pair = text[at + 1 : at + 3]
    if len(pair) == 2 and pair[0] in _HEX and pair[1] in _HEX:
        char = chr(int(pair, 16))
        if char in _CODE_CHARS or char == END:
            return char, at + 3
    return "=", at + 1


def _after_break(text: str, at: int) -> int | None:
    """Where a code goes on after a line break at `at` (spaces before it, the next line's
    quoting after it), or None when there is no line break or the next line does not go on."""
    end = len(text)
    while at < end and text[at] in _SPACE:
        at += 1
    if text.startswith("\r\n", at):
        at += 2
    elif text.startswith("\n", at) or text.startswith("\r", at):
        at += 1
    else:
        return None
    while at < end and text[at] in _QUOTE:
        at += 1
    if at < end and (text[at] in _CODE_CHARS or text[at] in (END, "=")):
        return at
    return None
