"""Answer codes: a response as one short line a respondent sends by their own mail or chat.

    SA1-<bank id>-<letters>.

`SA1-` names the code's format (1); the bank id is written plainly; the letters and digits
(code_text) carry the payload and a CRC-32 of everything before it; the full stop ends it,
so a finder knows where a code wrapped over lines stops. The payload, in bytes:

    flags | version (length, UTF-8) | 2 bytes of the content hash | 3 bytes of the layout hash
    | answers: one mixed-radix number of fixed size | texts (raw deflate), when flagged

Answers are positional: the language and role indices, then one digit per question in the
bank's order (0 unanswered, 1 "na", then the option's index; a checklist's items as a
base-2 number, base 3 when some item is marked n/a). A 50-question bank without notes fits
in about 70 characters. The layout hash covers what positions mean (languages, role ids,
question ids, types and option ids in order): a code made for another version of the bank
reads when its layout is the same (with a warning), and is refused, naming the version,
when it is not, since positions cannot be mapped across a change. The respondent's name is
personal data and never goes in a code; notes go only when asked for.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence

from selfassess.core.code_layout import (
    answers_bytes,
    answers_size,
    content_tag,
    has_na_marks,
    layout_hash,
    read_answers,
)
from selfassess.core.code_text import Cursor, LettersInvalid, from_letters, to_letters, varint
from selfassess.core.describe import quote_value
from selfassess.core.locale import FALLBACK_LANGUAGE, locale
from selfassess.core.model import Bank
from selfassess.core.responses import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    Response,
    ResponseInvalid,
    ResponseReading,
)

CODE_FORMAT = 1
PREFIX = f"SA{CODE_FORMAT}-"
END = "."
MAX_CODE_CHARS = 100_000
"""Longer text is refused before any work: fifty long notes fit well within it."""
MAX_TEXT_BYTES = 1_000_000
"""The texts of a code, inflated, are refused beyond this: no deflate bomb."""
_TEXTS = 1
_NA_MARKS = 2
_ROLE_TEXT = 0
"""The key of a typed role among the texts; key k + 1 is the note to the bank's k-th question."""
_BANK_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


class CodeInvalid(ResponseInvalid):
    """A code that cannot be used; `kind` says why: too_long, not_code, truncated, damaged,
    format, other_bank, other_version, unknown_ids or malformed."""

    def __init__(self, kind: str, problem: str) -> None:
        super().__init__([problem])
        self.kind = kind


def _texts(records: Sequence[tuple[int, str]]) -> bytes:
    raw = bytearray()
    for key, value in records:
        data = value.encode("utf-8", "surrogatepass")  # as a JSON file may hold them
        raw += varint(key) + varint(len(data)) + data
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(bytes(raw)) + packer.flush()


def encode(bank: Bank, response: Response, with_notes: bool = False) -> str:
    """The answer code of `response` to `bank`, with its notes when `with_notes`. Answers to
    questions the bank does not have cannot be written; an answer that names no option of its
    question raises ValueError (a response read by `read_response` has none)."""
    role_ids = [r.id for r in bank.roles]
    role = response.respondent_role
    records: list[tuple[int, str]] = []
    if role in role_ids:
        role_digit = 1 + role_ids.index(role)
    elif role:
        role_digit = 1 + len(role_ids)
        records.append((_ROLE_TEXT, role))
    else:
        role_digit = 0
    if with_notes:
        notes = (response.notes.get(q.id, "") for _, q in bank.questions())
        records.extend((key, note) for key, note in enumerate(notes, start=1) if note)
    languages = list(bank.languages)
    language = languages.index(response.language) if response.language in languages else 0
    version = bank.version.encode("utf-8")
    if len(version) > 255:
        raise ValueError(f"bank version {bank.version!r} is too long for an answer code")
    na_marks = has_na_marks(bank, response.answers)
    flags = (_TEXTS if records else 0) | (_NA_MARKS if na_marks else 0)
    payload = (
        bytes([flags, len(version)]) + version + content_tag(bank) + layout_hash(bank)
        + answers_bytes(bank, language, role_digit, response.answers, na_marks)
        + (_texts(records) if records else b"")
    )  # fmt: skip
    head = f"{PREFIX}{bank.id}-"
    check = zlib.crc32(head.encode("ascii") + payload).to_bytes(4, "big")
    return head + to_letters(payload + check) + END


def decode(
    bank_or_banks: Bank | Sequence[Bank], code: str, language: str = FALLBACK_LANGUAGE
) -> Response:
    """The response an answer code holds; CodeInvalid, in `language`, when it cannot be used."""
    return read_code(bank_or_banks, code, language).response


def read_code(
    bank_or_banks: Bank | Sequence[Bank],
    code: str,
    language: str = FALLBACK_LANGUAGE,
    source: str = "",
) -> ResponseReading:
    """The response an answer code holds, and what to know about it (made for another version
    of the bank with the same questions), each warning naming `source`; CodeInvalid, in
    `language`, when the code cannot be used."""
    banks = [bank_or_banks] if isinstance(bank_or_banks, Bank) else list(bank_or_banks)
    if len(code) > MAX_CODE_CHARS:
        raise _invalid(language, "too_long", limit=MAX_CODE_CHARS)
    bank_id, payload = _verified(code.strip(), language)
    bank = next((b for b in banks if b.id == bank_id), None)
    if bank is None:
        raise _invalid(language, "other_bank", code_bank=quote_value(bank_id),
                       bank="', '".join(b.id for b in banks))  # fmt: skip
    try:
        return _Payload(bank, Cursor(payload), language, source).read()
    except (IndexError, UnicodeDecodeError, zlib.error):
        raise _invalid(language, "malformed") from None


def _invalid(language: str, kind: str, **values: object) -> CodeInvalid:
    return CodeInvalid(kind, locale(language).text(f"code.{kind}", **values))


def _verified(code: str, language: str) -> tuple[str, bytes]:
    """The bank id and payload of a code whose checksum holds."""
    if not (code.startswith("SA") and code[2:3].isdigit() and code[3:4] == "-"):
        raise _invalid(language, "not_code")
    if code[2] != str(CODE_FORMAT):
        raise _invalid(language, "format", version=code[2])
    if not code.endswith(END):
        raise _invalid(language, "truncated")
    bank_id, separator, letters = code[len(PREFIX) : -len(END)].rpartition("-")
    if not separator or not _BANK_ID.fullmatch(bank_id):
        raise _invalid(language, "not_code")
    try:
        data = from_letters(letters)
    except LettersInvalid as error:
        raise _invalid(language, "truncated" if error.truncated else "damaged") from None
    if len(data) < 5:
        raise _invalid(language, "truncated")
    payload, check = data[:-4], data[-4:]
    head = f"{PREFIX}{bank_id}-".encode("ascii")
    if zlib.crc32(head + payload).to_bytes(4, "big") != check:
        raise _invalid(language, "damaged")
    return bank_id, payload


class _Payload:
    """Reads a checked payload against `bank`: IndexError, UnicodeDecodeError or zlib.error
    when it is not well formed, CodeInvalid when it does not fit the bank."""

    def __init__(self, bank: Bank, cursor: Cursor, language: str, source: str) -> None:
        self.bank = bank
        self.cursor = cursor
        self.language = language
        self.source = source

    def fail(self, kind: str, **values: object) -> CodeInvalid:
        return _invalid(self.language, kind, bank=self.bank.id, current=self.bank.version,
                        **values)  # fmt: skip

    def read(self) -> ResponseReading:
        flags = self.cursor.take(1)[0]
        if flags & ~(_TEXTS | _NA_MARKS):
            raise IndexError("flags this format does not have")
        version = self.cursor.take(self.cursor.take(1)[0]).decode("utf-8")
        tag = self.cursor.take(2)
        same_content = version == self.bank.version and tag == content_tag(self.bank)
        if self.cursor.take(3) != layout_hash(self.bank):
            raise self.fail("other_version", version=quote_value(version))
        na_marks = bool(flags & _NA_MARKS)
        coded = read_answers(self.bank, self.cursor.take(answers_size(self.bank, na_marks)),
                             na_marks)  # fmt: skip
        if coded is None:
            raise self.fail("unknown_ids")
        language, role_digit, answers = coded
        texts = self.texts() if flags & _TEXTS else {}
        if self.cursor.rest():
            raise IndexError("bytes after the end")
        questions = [q.id for _, q in self.bank.questions()]
        response = Response(
            bank_id=self.bank.id,
            bank_version=version,
            bank_hash=self.bank.hash if same_content else "",
            language=self.bank.languages[language],
            respondent_name="",
            respondent_role=self.role(role_digit, texts),
            answers=answers,
            notes={questions[key - 1]: note for key, note in texts.items() if key},
            targets={},
            created="",
            updated="",
        )
        if same_content:
            return ResponseReading(response=response, warnings=())
        warning = locale(self.language).text("code.same_questions", version=quote_value(version),
                          bank=self.bank.id, current=self.bank.version)  # fmt: skip
        return ResponseReading(
            response=response, warnings=(f"{self.source}: {warning}" if self.source else warning,)
        )

    def role(self, digit: int, texts: Mapping[int, str]) -> str:
        roles = self.bank.roles
        typed = digit == len(roles) + 1
        if typed != (_ROLE_TEXT in texts):
            raise IndexError("a typed role and its text go together")
        if typed:
            return texts[_ROLE_TEXT]
        return roles[digit - 1].id if digit else ""

    def texts(self) -> dict[int, str]:
        inflater = zlib.decompressobj(-15)
        raw = inflater.decompress(self.cursor.rest(), MAX_TEXT_BYTES)
        if inflater.unconsumed_tail or inflater.unused_data or not inflater.eof:
            raise IndexError("texts too long or cut")
        texts: dict[int, str] = {}
        cursor = Cursor(raw)
        while cursor.at < len(raw):
            key = cursor.varint()
            value = cursor.take(cursor.varint()).decode("utf-8", "surrogatepass")
            if key > len(self.bank.questions_by_id):
                raise self.fail("unknown_ids")
            limit = MAX_NAME_CHARS if key == _ROLE_TEXT else MAX_NOTE_CHARS
            if key in texts or not value or len(value) > limit:
                raise IndexError("a text repeated, empty or too long")
            texts[key] = value
        return texts
