"""Response files: the answers a person gives to one bank, as the JSON file they keep.

A response file is user data and comes from anywhere, so `read_response` trusts nothing:
what makes the file unusable raises ResponseInvalid; everything else that is wrong is
dropped and listed as a warning, so a person never loses the answers that are still good.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import accumulate
from typing import Any

from selfassess.core.answers import CHECKED, CHECKLIST_KEYS, checklist_parts
from selfassess.core.describe import json_kind, quote_value
from selfassess.core.file_reader import FileReader
from selfassess.core.model import NOT_APPLICABLE, Bank, Question
from selfassess.core.results import Answer
from selfassess.core.strings import FALLBACK_LANGUAGE, format_count, json_error, text

RESPONSE_FORMAT = "selfassess/response@1"
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NESTING = 32
"""Selfassess files nest a few levels; a file that opens this many in a row is refused unparsed."""
MAX_NOTE_CHARS = 10_000
MAX_NAME_CHARS = 200
MAX_WARNINGS = 50
_FIELDS = (
    "format", "bank", "language", "respondent", "answers", "notes", "targets", "created", "updated"
)  # fmt: skip


@dataclass(frozen=True)
class Response:
    bank_id: str
    bank_version: str
    bank_hash: str
    language: str
    respondent_name: str
    respondent_role: str
    answers: Mapping[str, Answer]
    notes: Mapping[str, str]
    targets: Mapping[str, float]
    """Targets the respondent set for sections (0–100), overriding the bank's."""
    created: str
    updated: str


@dataclass(frozen=True)
class ResponseReading:
    response: Response
    warnings: tuple[str, ...]
    """What was dropped or corrected, one message per item, each naming file and field."""
    dropped_answers: int = 0
    """Answers given in the file that were dropped: no such question, or an answer that does
    not fit it (such as one to an older version of the bank)."""

    @property
    def unusable(self) -> bool:
        """The file gave answers and none of them is usable for the bank."""
        usable = any(a is not None for a in self.response.answers.values())
        return self.dropped_answers > 0 and not usable


class ResponseInvalid(Exception):
    """The file cannot be used at all; `problems` says why, one message each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def empty_response(bank: Bank, language: str, now: str) -> Response:
    """A response to `bank` with every question unanswered, created and updated `now`."""
    return Response(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=language,
        respondent_name="",
        respondent_role="",
        answers={q.id: None for _, q in bank.questions()},
        notes={},
        targets={},
        created=now,
        updated=now,
    )


def response_to_json(response: Response) -> dict[str, Any]:
    """The response file's JSON form, keys in a stable order."""
    return {
        "format": RESPONSE_FORMAT,
        "bank": {
            "id": response.bank_id,
            "version": response.bank_version,
            "hash": response.bank_hash,
        },
        "language": response.language,
        "respondent": {"name": response.respondent_name, "role": response.respondent_role},
        "answers": {qid: _normalized(a) for qid, a in response.answers.items()},
        "notes": dict(response.notes),
        "targets": dict(response.targets),
        "created": response.created,
        "updated": response.updated,
    }


def read_response(
    data: str | bytes, bank: Bank, source: str, language: str = FALLBACK_LANGUAGE
) -> ResponseReading:
    """Read a response file to `bank`; raise ResponseInvalid when it cannot be used at all.
    Problems and warnings are written in `language`, the language of the page or the CLI."""
    document = _parse(data, source, language)
    _check_identity(document, bank, source, language)
    reader = _Reader(bank, source, language)
    response = reader.read(document)
    return ResponseReading(response, reader.warnings(), reader.dropped_answers)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")


def _key(key: str) -> str:
    """A key of the file as it appears in a field path: plain when safe, else quoted."""
    return key if _PLAIN_KEY.fullmatch(key) else quote_value(key)


def _answer_problem(question: Question, answer: Any, language: str) -> str | None:
    """Why `answer` cannot stand as an answer to `question`, or None when it can."""
    if answer is None or answer == NOT_APPLICABLE:
        return None
    if question.is_multiple:
        parts = checklist_parts(answer)
        if parts is None:
            return text(language, "warn_option_list", kind=json_kind(answer, language))
        chosen = [*parts[0], *parts[1]]
    elif isinstance(answer, str):
        chosen = [answer]
    else:
        return text(language, "warn_option", options=_option_list(question),
                    kind=json_kind(answer, language))  # fmt: skip
    known = question.options_by_id
    unknown = next((a for a in chosen if a not in known), None)
    if unknown is not None:
        options = _option_list(question)
        return text(language, "warn_option_unknown", value=quote_value(unknown), options=options)
    return None


def _items_of(question: Question, ids: list[Any]) -> bool:
    """Every id is one of the checklist's items: the answer fits as it is, repeats aside."""
    known = question.options_by_id
    return question.is_multiple and all(i.__class__ is str and i in known for i in ids)


def _option_list(question: Question) -> str:
    return ", ".join(o.id for o in question.options)


def _normalized(answer: Answer) -> Answer:
    """A fitting answer with repeated ids dropped; a checklist keeps the shape it came in."""
    if isinstance(answer, list):
        return list(dict.fromkeys(answer))
    if isinstance(answer, Mapping):
        return {key: list(dict.fromkeys(answer[key])) for key in CHECKLIST_KEYS if key in answer}
    return answer


def _none_of_these(question: Question, answer: Answer) -> Answer:
    """A checklist answered with nothing checked and nothing marked n/a ([]) is "none of these":
    the form's own box for it writes []. A checklist whose bank offers its own exclusive item
    has no such box, so [] (a file of an older version of the bank, say) reads as that item,
    which the form can show: answered, worth 0 as before, and a condition on the item holds,
    as it does when the item is checked on the form."""
    if not question.is_multiple or answer is None or answer == NOT_APPLICABLE:
        return answer
    parts = checklist_parts(answer)
    if parts is None or parts[0] or parts[1]:
        return answer
    exclusive = next((o.id for o in question.options if o.exclusive), None)
    if exclusive is None:
        return answer
    return [exclusive] if isinstance(answer, list) else {**answer, CHECKED: [exclusive]}


_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\Z)', re.DOTALL)
"""A JSON string, or an unterminated one up to the end: linear time on any input."""
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_TOO_DEEP = re.compile(r"[\[{]" + f"{{{MAX_NESTING + 1}}}")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _brackets(text: str) -> str:
    """The text's brackets outside strings, in order."""
    return _NOT_BRACKET.sub("", _STRING.sub("", text))


def _may_nest_too_deep(text: str) -> bool:
    """More opening brackets than the nesting allowed. A response has about ten, so it skips the
    scan for strings and brackets: 0.1 s of CPU over a team's thousand files."""
    return text.count("[") + text.count("{") > MAX_NESTING


def _nested_too_deep(source: str, brackets: str, language: str) -> ResponseInvalid:
    depth = max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)
    return ResponseInvalid([text(language, "file_too_deep", source=source, depth=depth)])


def _parse_int(literal: str) -> int | float:
    """Integers as json reads them, except that absurdly long ones become floats, not errors."""
    return int(literal) if len(literal) <= 100 else float(literal)


_DECODER = json.JSONDecoder(parse_int=_parse_int)
"""What `json.loads(content, parse_int=_parse_int)` builds on every call, built once."""


def parse_untrusted(data: str | bytes, source: str, language: str = FALLBACK_LANGUAGE) -> Any:
    """The JSON value of a file from anywhere: refused, before any parsing, when it is too
    big or too deeply nested for a selfassess file, or when it is not UTF-8."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if len(raw) > MAX_FILE_BYTES:
        raise ResponseInvalid([text(
            language, "file_too_big", source=source, size=format_count(language, MAX_FILE_BYTES)
        )])
    if isinstance(data, bytes):
        try:
            content = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ResponseInvalid([
                text(language, "file_not_utf8", source=source, byte=f"{data[error.start]:02x}",
                     offset=error.start)
            ]) from None  # fmt: skip
    else:
        content = data.removeprefix("\ufeff")
    if _may_nest_too_deep(content):
        brackets = _brackets(content)
        if _TOO_DEEP.search(brackets):  # a nesting bomb: refused before json recurses into it
            raise _nested_too_deep(source, brackets, language)
    try:
        return _DECODER.decode(content)
    except json.JSONDecodeError as error:
        raise ResponseInvalid([
            text(language, "file_not_json", source=source, line=error.lineno,
                 column=error.colno, error=json_error(language, error.msg))
        ]) from None  # fmt: skip
    except RecursionError:  # deep nesting of a sparser shape, caught by json's own guard
        raise _nested_too_deep(source, _brackets(content), language) from None


def _parse(data: str | bytes, source: str, language: str) -> dict[str, Any]:
    document = parse_untrusted(data, source, language)
    if not isinstance(document, dict):
        raise ResponseInvalid([
            text(language, "file_not_object", source=source, format=RESPONSE_FORMAT,
                 kind=json_kind(document, language))
        ])  # fmt: skip
    return document


def _check_identity(document: Mapping[str, Any], bank: Bank, source: str, language: str) -> None:
    """Refuse files that are not responses, or that answer another bank."""
    problems = []
    if "format" not in document:
        problems.append(
            text(language, "file_format_missing", source=source, format=RESPONSE_FORMAT)
        )
    elif document["format"] != RESPONSE_FORMAT:
        problems.append(
            text(language, "file_format_unknown", source=source,
                 value=quote_value(document["format"]), format=RESPONSE_FORMAT)
        )  # fmt: skip
    bank_ref = document.get("bank")
    if not isinstance(bank_ref, dict) or "id" not in bank_ref:
        problems.append(text(language, "file_bank_missing", source=source, bank=bank.id))
    elif bank_ref["id"] != bank.id:
        problems.append(
            text(language, "file_bank_other", source=source, value=quote_value(bank_ref["id"]),
                 bank=bank.id)
        )  # fmt: skip
    if problems:
        raise ResponseInvalid(problems)


class _Reader(FileReader):
    """Reads the fields of a parsed response file, dropping and listing what does not fit."""

    def __init__(self, bank: Bank, source: str, language: str) -> None:
        super().__init__(bank, source, language)
        self._warnings: list[str] = []
        self._questions = bank.questions_by_id
        self.dropped_answers = 0

    def warn(self, field: str, key: str, **values: object) -> None:
        """Record the message `key` of the strings, filled with `values`, about `field`."""
        self._warnings.append(self.located(field, key, **values))

    def warnings(self) -> tuple[str, ...]:
        if len(self._warnings) <= MAX_WARNINGS:
            return tuple(self._warnings)
        hidden = len(self._warnings) - MAX_WARNINGS
        more = text(self.language, "file_more_warnings", source=self.source, count=hidden)
        return (*self._warnings[:MAX_WARNINGS], more)

    def read(self, document: Mapping[str, Any]) -> Response:
        for key in document:
            if key not in _FIELDS:
                self.warn(_key(key), "warn_unknown_field")
        bank_ref = document["bank"]
        self._check_version(bank_ref)
        version = self._string(bank_ref, "version", "bank.version")
        content = self._string(bank_ref, "hash", "bank.hash")
        language = self._language(document.get("language"))
        name, role = self._respondent(document.get("respondent"))
        return Response(
            bank_id=self.bank.id,
            bank_version=version,
            bank_hash=content,
            language=language,
            respondent_name=name,
            respondent_role=role,
            answers=self._answers(document.get("answers")),
            notes=self._notes(document.get("notes")),
            targets=self._targets(document.get("targets")),
            created=self._timestamp(document, "created"),
            updated=self._timestamp(document, "updated"),
        )

    def _string(self, data: Mapping[str, Any], key: str, field: str, limit: int = 200) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.warn(field, "warn_string_ignored", kind=self.kind(value))
            return ""
        if len(value) > limit:
            self.warn(field, "warn_string_cut", limit=limit)
            return value[:limit]
        return value

    def _check_version(self, bank_ref: Mapping[str, Any]) -> None:
        version, content = bank_ref.get("version"), bank_ref.get("hash")
        if version != self.bank.version:
            self.warn("bank.version", "warn_version", value=quote_value(version), bank=self.bank.id,
                      version=self.bank.version)  # fmt: skip
        elif content is not None and content != self.bank.hash:
            self.warn("bank.hash", "warn_hash", bank=self.bank.id, version=self.bank.version)

    def _language(self, value: Any) -> str:
        if value in self.bank.languages:
            return value
        fallback = self.bank.languages[0]
        if value is None:
            self.warn("language", "warn_language_missing", fallback=fallback)
        else:
            self.warn("language", "warn_language_unknown", value=quote_value(value),
                      languages=", ".join(self.bank.languages), fallback=fallback)  # fmt: skip
        return fallback

    def _respondent(self, value: Any) -> tuple[str, str]:
        if value is None:
            return "", ""
        if not isinstance(value, dict):
            self.warn("respondent", "warn_respondent", kind=self.kind(value))
            return "", ""
        return (
            self._string(value, "name", "respondent.name", MAX_NAME_CHARS),
            self._string(value, "role", "respondent.role", MAX_NAME_CHARS),
        )

    def _timestamp(self, document: Mapping[str, Any], key: str) -> str:
        value = self._string(document, key, key, 64)
        if not value:
            return ""
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.warn(key, "warn_timestamp", value=quote_value(value))
            return ""
        return value

    def _mapping(self, value: Any, field: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.warn(field, f"warn_mapping_{field}", kind=self.kind(value))
            return {}
        return value

    def _known_question(self, field: str, qid: str) -> Question | None:
        question = self._questions.get(qid)
        if question is None:
            self.warn(f"{field}.{_key(qid)}", "warn_no_question", bank=self.bank.id,
                      version=self.bank.version)  # fmt: skip
        return question

    def _answers(self, value: Any) -> dict[str, Answer]:
        answers: dict[str, Answer] = {}
        questions = self._questions
        for qid, answer in self._mapping(value, "answers").items():
            question = questions.get(qid)
            if question is None:
                self._known_question("answers", qid)
                self.dropped_answers += answer is not None
                continue
            if answer is None or (answer.__class__ is str and answer in question.plain_answers):
                answers[qid] = answer  # the common case, checked first: one option id, or "na"
                continue
            if answer.__class__ is list and answer and _items_of(question, answer):
                answers[qid] = _normalized(answer)  # the next: a checklist's item ids
                continue
            problem = _answer_problem(question, answer, self.language)
            if problem:
                self.dropped_answers += 1
                self._warnings.append(f"{self.source}: answers.{qid}: {problem}")
            else:
                answers[qid] = _none_of_these(question, _normalized(answer))
        return answers

    def _notes(self, value: Any) -> dict[str, str]:
        notes: dict[str, str] = {}
        for qid, note in self._mapping(value, "notes").items():
            if self._known_question("notes", qid) is None or note is None:
                continue
            field = f"notes.{qid}"
            if not isinstance(note, str):
                self.warn(field, "warn_note_type", kind=self.kind(note))
            elif len(note) > MAX_NOTE_CHARS:
                self.warn(field, "warn_note_cut",
                          limit=format_count(self.language, MAX_NOTE_CHARS))  # fmt: skip
                notes[qid] = note[:MAX_NOTE_CHARS]
            elif note:
                notes[qid] = note
        return notes

    def _targets(self, value: Any) -> dict[str, float]:
        targets: dict[str, float] = {}
        for sid, target in self._mapping(value, "targets").items():
            field = f"targets.{_key(sid)}"
            if self.bank.section(sid) is None:
                self.warn(field, "warn_no_section", bank=self.bank.id)
            elif not _is_number(target):
                self.warn(field, "warn_target_type", kind=self.kind(target))
            elif not 0 <= target <= 100:
                self.warn(field, "warn_target_range", value=target)
            else:
                targets[sid] = float(target)
        return targets
