"""Response files: round trips, and what happens to bad files (exact messages)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.core.responses import (
    MAX_FILE_BYTES,
    MAX_NESTING,
    ResponseInvalid,
    empty_response,
    read_response,
    response_to_json,
)
from selfassess.core.scoring import score
from tests.core.strategies import NOW, answered, banks_with_answers, make_bank, question, section

BANK = make_bank([
    section("valores", [question("q1", "yesno"), question("q2", "checklist", values=[1, 1, 0.5])]),
    section("clientes", [question("q3", "scale")]),
])  # fmt: skip
SOURCE = "answers.json"


def _file(**changes: Any) -> dict[str, Any]:
    """A valid response file to BANK with `changes` applied to its top-level fields."""
    data = response_to_json(answered(BANK, {"q1": "yes", "q2": ["o0"], "q3": "4"}))
    data.update(changes)
    return {k: v for k, v in data.items() if v is not DROP}


DROP = object()


def _read(data: dict[str, Any] | str | bytes):
    raw = data if isinstance(data, str | bytes) else json.dumps(data)
    return read_response(raw, BANK, SOURCE)


def test_empty_response_file_form() -> None:
    data = response_to_json(empty_response(BANK, "en", NOW))
    assert list(data) == [
        "format", "bank", "language", "respondent", "answers", "notes", "targets", "created",
        "updated",
    ]  # fmt: skip
    assert data["format"] == "selfassess/response@1"
    assert data["bank"] == {"id": BANK.id, "version": BANK.version, "hash": BANK.hash}
    assert data["answers"] == {"q1": None, "q2": None, "q3": None}
    assert (data["language"], data["created"], data["updated"]) == ("en", NOW, NOW)
    assert data["respondent"] == {"name": "", "role": ""}


def test_a_good_file_reads_back_unchanged_and_without_warnings() -> None:
    response = answered(
        BANK, {"q1": "partial", "q2": ["o2", "o0"], "q3": "na"}, "en",
        respondent_name="Ana", respondent_role="direccion", notes={"q1": "see the handbook"},
        targets={"clientes": 60.0},
    )  # fmt: skip
    text = json.dumps(response_to_json(response), ensure_ascii=False)
    for data in (text, text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        reading = read_response(data, BANK, SOURCE)
        assert reading.warnings == ()
        assert reading.response == response


@given(banks_with_answers(), st.sampled_from(["es", "en"]))
def test_round_trip_for_any_bank_and_answers(case, language: str) -> None:
    bank, answers = case
    response = answered(bank, answers, language)
    reading = read_response(json.dumps(response_to_json(response)), bank, SOURCE)
    assert reading.warnings == ()
    assert score(bank, reading.response) == score(bank, response)


def test_the_same_answers_in_either_language_score_alike() -> None:
    answers = {"q1": "partial", "q2": ["o1"], "q3": "2"}
    reports = [
        score(BANK, _read(_file(language=lang, answers=answers)).response) for lang in ("es", "en")
    ]
    assert reports[1].language == "en"
    assert replace(reports[1], language="es") == reports[0]


@pytest.mark.parametrize(
    ("data", "problems"),
    [
        (b'{"format": "\xff"}',
         ["not UTF-8 text (byte 0xff at offset 12); save the file as UTF-8"]),
        ('{"format": "selfassess/response@1",\n  "bank": }',
         ["answers.json:2:11: not valid JSON: Expecting value"]),
        ("", ["answers.json:1:1: not valid JSON: Expecting value"]),
        ("[1, 2]", ['expected a JSON object with "format": "selfassess/response@1", found a list']),
        ('"text"',
         ['expected a JSON object with "format": "selfassess/response@1", found a string']),
        ("[" * 5000 + "]" * 5000,
         ["arrays and objects nested 5000 levels deep; a response file needs at most 3"]),
        ('{"a": ' + "[1, " * 100_000 + "]" * 100_000 + "}",
         ["arrays and objects nested 100001 levels deep; a response file needs at most 3"]),
        ({"answers": {}},
         ['format: missing; a response file starts with "format": "selfassess/response@1"',
          "bank.id: missing; the file must name the bank it answers ('test-bank')"]),
        (_file(format="selfassess/response@2"),
         ["format: 'selfassess/response@2' is not a format this version reads; "
          'expected "selfassess/response@1"']),
        (_file(bank={"id": "madurez-cx", "version": "1.0.0"}),
         ["bank.id: the file answers bank 'madurez-cx', not 'test-bank'; score it with that bank"]),
        (_file(bank="test-bank"),
         ["bank.id: missing; the file must name the bank it answers ('test-bank')"]),
    ],
    ids=["not-utf8", "syntax", "empty", "list", "string", "deep", "deep-sparse", "no-format",
         "format",
         "other-bank", "bank-not-object"],
)  # fmt: skip
def test_unusable_files(data, problems: list[str]) -> None:
    with pytest.raises(ResponseInvalid) as raised:
        _read(data)
    expected = [p if p.startswith(SOURCE + ":") else f"{SOURCE}: {p}" for p in problems]
    assert raised.value.problems == expected
    assert str(raised.value) == "\n".join(expected)


@pytest.mark.parametrize("depth", [MAX_NESTING, MAX_NESTING + 1])
def test_nesting_is_refused_from_one_level_past_the_limit(depth: int) -> None:
    with pytest.raises(ResponseInvalid) as raised:
        _read("[" * depth + "]" * depth)
    past = f"arrays and objects nested {depth} levels deep" in str(raised.value)
    assert past == (depth > MAX_NESTING)  # at the limit it is read, and found to be a list


def test_brackets_inside_strings_are_not_nesting() -> None:
    note = "[{" * MAX_NESTING + '\\"[{'
    response = _read(_file(notes={"q1": note}))
    assert response.response.notes == {"q1": note}


def test_a_file_over_5_mb_is_refused_before_parsing() -> None:
    data = b"{" + b" " * MAX_FILE_BYTES + b"}"
    with pytest.raises(ResponseInvalid) as raised:
        _read(data)
    assert raised.value.problems == [
        f"{SOURCE}: the file is larger than 5 MB (5,242,880 bytes), the most a response file "
        "can be; choose the response file saved from the assessment page"
    ]


@pytest.mark.parametrize(
    ("changes", "warnings", "kept"),
    [
        ({"bank": {"id": "test-bank", "version": "0.9", "hash": "sha256:old"},
          "answers": {"q1": "yes", "q0": "no"}},
         ["bank.version: the file answers version '0.9' of 'test-bank', this is version "
          "'1.0.0'; answers to questions that still exist are kept",
          "answers.q0: no such question in 'test-bank' version '1.0.0'; dropped"],
         {"answers": {"q1": "yes"}}),
        ({"bank": {"id": "test-bank", "version": "1.0.0", "hash": "sha256:old"}},
         ["bank.hash: version '1.0.0' of 'test-bank' has changed since the file was saved; "
          "answers to questions that still exist are kept"], {}),
        ({"answers": {"q1": "maybe", "q2": ["o0", "o9"], "q3": 4}},
         ["answers.q1: option 'maybe' is not one of yes, partial, no",
          "answers.q2: option 'o9' is not one of o0, o1, o2",
          'answers.q3: expected an option id (1, 2, 3, 4, 5) or "na", found a number; dropped'],
         {"answers": {}}),
        ({"answers": {"q2": "o0", "__proto__": {"polluted": True}, "constructor": "x"}},
         ['answers.q2: expected a list of option ids or "na", found a string; dropped',
          "answers.__proto__: no such question in 'test-bank' version '1.0.0'; dropped",
          "answers.constructor: no such question in 'test-bank' version '1.0.0'; dropped"],
         {"answers": {}}),
        ({"answers": {"q2": ["o1", "o1", "o0"], "q3": "na", "q1": None}}, [],
         {"answers": {"q2": ["o1", "o0"], "q3": "na", "q1": None}}),
        ({"answers": ["yes"]},
         ["answers: expected an object of question ids to answers, found a list; all ignored"],
         {"answers": {}}),
        ({"notes": {"q1": 7, "q9": "hello", "q3": "x" * 10_001, "q2": None}},
         ["notes.q1: expected a string, found a number; dropped",
          "notes.q9: no such question in 'test-bank' version '1.0.0'; dropped",
          "notes.q3: longer than 10,000 characters; cut to that length"],
         {"notes": {"q3": "x" * 10_000}}),
        ({"targets": {"valores": 120, "clientes": "80", "otros": 50, "<b>": 1}},
         ["targets.valores: 120 is outside 0–100; the bank's target is used",
          "targets.clientes: expected a number from 0 to 100, found a string; dropped",
          "targets.otros: no such section in 'test-bank'; dropped",
          "targets.'<b>': no such section in 'test-bank'; dropped"],
         {"targets": {}}),
        ({"targets": {"valores": True, "clientes": 60}},
         ["targets.valores: expected a number from 0 to 100, found true or false; dropped"],
         {"targets": {"clientes": 60.0}}),
        ({"language": "fr", "respondent": {"name": ["Ana"], "role": "x" * 300}},
         ["language: 'fr' is not one of es, en; using 'es'",
          "respondent.name: expected a string, found a list; ignored",
          "respondent.role: longer than 200 characters; cut to 200"],
         {"language": "es", "respondent_name": "", "respondent_role": "x" * 200}),
        ({"created": "yesterday", "updated": 5, "colour": "blue"},
         ["colour: unknown field, ignored",
          "created: 'yesterday' is not an ISO-8601 date and time; ignored",
          "updated: expected a string, found a number; ignored"],
         {"created": "", "updated": ""}),
        ({"respondent": DROP, "language": DROP, "notes": DROP, "targets": DROP},
         ["language: missing; using 'es'"], {"language": "es"}),
    ],
    ids=["old-version", "changed-hash", "bad-options", "hostile-keys", "dedupe", "answers-list",
         "notes", "targets", "bool-target", "respondent", "dates", "minimal"],
)  # fmt: skip
def test_files_kept_with_warnings(changes, warnings: list[str], kept: dict[str, Any]) -> None:
    reading = _read(_file(**changes))
    assert list(reading.warnings) == [f"{SOURCE}: {w}" for w in warnings]
    for field, value in kept.items():
        assert getattr(reading.response, field) == value


def test_warnings_are_capped() -> None:
    reading = _read(_file(answers={f"x{i}": "yes" for i in range(80)}))
    assert len(reading.warnings) == 51
    assert reading.warnings[-1] == f"{SOURCE}: … and 30 more warnings"


def test_untrusted_text_in_messages_is_short_and_printable() -> None:
    reading = _read(_file(answers={"q1": "\x1b[31m" + "y" * 500}))
    (warning,) = reading.warnings
    assert warning == (
        f"{SOURCE}: answers.q1: option '\\x1b[31m" + "y" * 34 + "…' is not one of yes, partial, no"
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=8,
)  # fmt: skip
fields = st.sampled_from(["bank", "language", "respondent", "answers", "notes", "targets",
                          "created", "updated", "format", "extra"])  # fmt: skip


@given(st.dictionaries(fields, json_values, max_size=4), st.data())
def test_any_json_either_reads_or_is_refused_with_messages(changes, data) -> None:
    document = _file(**changes)
    question_id = data.draw(st.sampled_from(["q1", "q2", "q3"]))
    if isinstance(document.get("answers"), dict):
        document["answers"][question_id] = data.draw(json_values)
    try:
        reading = _read(json.dumps(document))
    except ResponseInvalid as refused:
        assert refused.problems
        assert all(p.startswith(f"{SOURCE}: ") for p in refused.problems)
    else:
        assert all(w.startswith(f"{SOURCE}: ") for w in reading.warnings)
        score(BANK, reading.response)
