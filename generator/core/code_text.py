"""The byte layer of answer codes: bytes written with letters and digits only, and read back.

Letters and digits survive every mail client, chat and URL fragment untouched: no character
that quoted-printable escapes, Markdown formats or a URL encodes. Bytes go in blocks of 8
(11 characters each, 5.8 bits a character), so writing and reading are linear in the length.
"""

from __future__ import annotations

import string

ALPHABET = string.digits + string.ascii_uppercase + string.ascii_lowercase
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
_BLOCK = 8
_CHARS_FOR_BYTES = (0, 2, 3, 5, 6, 7, 9, 10, 11)
"""The fewest characters that hold k bytes: 62 ** chars >= 256 ** k."""
_BYTES_FOR_CHARS = {chars: k for k, chars in enumerate(_CHARS_FOR_BYTES)}


class LettersInvalid(ValueError):
    """Letters that no bytes write: `truncated` (a block's length) or damaged (the rest)."""

    def __init__(self, truncated: bool) -> None:
        super().__init__("truncated" if truncated else "damaged")
        self.truncated = truncated


def to_letters(data: bytes) -> str:
    """`data` in letters and digits."""
    parts = []
    for start in range(0, len(data), _BLOCK):
        block = data[start : start + _BLOCK]
        value = int.from_bytes(block, "big")
        digits = []
        for _ in range(_CHARS_FOR_BYTES[len(block)]):
            value, digit = divmod(value, 62)
            digits.append(ALPHABET[digit])
        parts.append("".join(reversed(digits)))
    return "".join(parts)


def from_letters(letters: str) -> bytes:
    """The bytes `letters` write; LettersInvalid when no bytes write them."""
    if len(letters) % _CHARS_FOR_BYTES[_BLOCK] not in _BYTES_FOR_CHARS:
        raise LettersInvalid(truncated=True)
    data = bytearray()
    for start in range(0, len(letters), _CHARS_FOR_BYTES[_BLOCK]):
        chunk = letters[start : start + _CHARS_FOR_BYTES[_BLOCK]]
        size = _BYTES_FOR_CHARS[len(chunk)]
        value = 0
        for char in chunk:
            index = _INDEX.get(char)
            if index is None:
                raise LettersInvalid(truncated=False)
            value = value * 62 + index
        if value >= 1 << (8 * size):
            raise LettersInvalid(truncated=False)
        data += value.to_bytes(size, "big")
    return bytes(data)


def varint(number: int) -> bytes:
    """A non-negative integer in 7-bit groups, low first (LEB128): small numbers take a byte."""
    out = bytearray()
    while True:
        number, low = divmod(number, 128)
        out.append(low | (128 if number else 0))
        if not number:
            return bytes(out)


class Cursor:
    """Reads bytes in order; IndexError when they run out or a number is absurdly long."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise IndexError("the bytes end early")
        self.at += size
        return self.data[self.at - size : self.at]

    def varint(self) -> int:
        number = 0
        for shift in range(0, 35, 7):
            byte = self.take(1)[0]
            number |= (byte & 127) << shift
            if byte < 128:
                return number
        raise IndexError("a number too long")

    def rest(self) -> bytes:
        self.at, rest = len(self.data), self.data[self.at :]
        return rest
