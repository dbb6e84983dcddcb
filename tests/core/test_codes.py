"""Answer codes: every response comes back from its code, codes stay short, and a code that
cannot be used (cut, changed, for another bank or version, forged, huge) is refused naming why."""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.code_lengths import code_length_rows, full_response
from selfassess.core.code_text import from_letters, to_letters
from selfassess.core.codes import (
    MAX_CODE_CHARS,
    PREFIX,
    CodeInvalid,
    decode,
    encode,
    read_code,
)
from selfassess.core.model import Bank, Question, bank_from_json, content_hash
from selfassess.core.responses import Response
from selfassess.load import load_bank
from tests.core.strategies import answered, bank_json, banks, question, section

REPO = Path(__file__).parents[2]
MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)> **b** [l](javascript:x)'


def _normal(question: Question, answer: Any) -> Any:
    """An answer as a code gives it back: items in the bank's order, an item both checked and
    n/a as n/a, the n/a shape only when some item is n/a."""
    if not question.is_multiple or answer in (None, "na"):
        return answer
    checked, na = (answer["checked"], answer["na"]) if isinstance(answer, dict) else (answer, [])
    order = [o.id for o in question.options]
    na_items = [o for o in order if o in na]
    checked_items = [o for o in order if o in checked and o not in na]
    return {"checked": checked_items, "na": na_items} if na_items else checked_items


@st.composite
def coded_responses(draw: st.DrawFn) -> tuple[Bank, Response]:
    """A bank and a response to it: any answers (checklists in both shapes), role, language
    and notes."""
    bank = draw(banks())
    answers: dict[str, Any] = {}
    for _, q in bank.questions():
        ids = [o.id for o in q.options]
        if q.is_multiple:
            checked = draw(st.lists(st.sampled_from(ids), unique=True))
            na = draw(st.lists(st.sampled_from(ids), unique=True))
            given_ = st.sampled_from([checked, {"checked": checked, "na": na}])
        else:
            given_ = st.sampled_from(ids)
        answers[q.id] = draw(st.one_of(st.none(), st.just("na"), given_))
    notes = {q.id: draw(st.text(max_size=30)) for _, q in bank.questions() if draw(st.booleans())}
    role = draw(st.sampled_from(["", "direccion", draw(st.text(min_size=1, max_size=30))]))
    language = draw(st.sampled_from(bank.languages))
    return bank, answered(bank, answers, language, notes=notes, respondent_role=role)


@settings(max_examples=200, deadline=None)
@given(coded_responses(), st.booleans())
def test_a_response_comes_back_from_its_code(case: tuple[Bank, Response], notes: bool) -> None:
    bank, response = case
    code = encode(bank, response, with_notes=notes)
    back = decode(bank, code)
    questions = bank.questions_by_id
    assert back.answers == {q: _normal(questions[q], a) for q, a in response.answers.items()}
    assert back.respondent_role == response.respondent_role
    assert back.language == response.language
    assert back.notes == ({q: n for q, n in response.notes.items() if n} if notes else {})
    assert (back.bank_id, back.bank_version, back.bank_hash) == (bank.id, bank.version, bank.hash)
    assert back.respondent_name == ""  # a name is personal data: never in a code
    assert code.startswith(f"{PREFIX}{bank.id}-") and code.endswith(".")
    assert code[len(PREFIX) :].replace("-", "").removesuffix(".").isalnum()


def test_the_default_banks_codes_are_short(capsys: pytest.CaptureFixture[str]) -> None:
    rows = code_length_rows(REPO / "questionbank")
    with capsys.disabled():
        print("\n" + "\n".join(f"{label}: {value}" for label, value in rows))
    assert len(rows) == 5
    assert {int(value.split()[0]) <= 120 for _, value in rows} == {True}
    bloques = bank_from_json(load_bank(REPO / "questionbank" / "bloques-cx.yml"))
    assert len(bloques.questions_by_id) == 50
    na_everywhere = {
        q.id: {"checked": [], "na": [o.id for o in q.options]} if q.is_multiple else "na"
        for _, q in bloques.questions()
    }
    assert len(encode(bloques, answered(bloques, na_everywhere))) <= 120


@pytest.fixture
def bank() -> Bank:
    return bank_from_json(load_bank(REPO / "questionbank" / "bloques-cx.yml"))


@pytest.fixture
def code(bank: Bank) -> str:
    return encode(bank, full_response(bank))


def refused(bank: Bank | list[Bank], code: str, language: str = "en") -> CodeInvalid:
    with pytest.raises(CodeInvalid) as caught:
        decode(bank, code, language)
    return caught.value


def test_a_cut_code_is_refused_as_cut(bank: Bank, code: str) -> None:
    for end in range(len(PREFIX), len(code)):
        error = refused(bank, code[:end])
        assert error.kind in ("truncated", "not_code", "damaged"), (end, error.kind)
    assert refused(bank, code[:-1]).kind == "truncated"
    assert refused(bank, code[:-10] + ".").kind in ("truncated", "damaged")
    assert "cut short" in refused(bank, code[:40]).problems[0]
    assert "cortado" in refused(bank, code[:40], "es").problems[0]


def test_any_one_character_changed_is_refused(bank: Bank, code: str) -> None:
    for at in range(len(code)):
        for other in {"0", "z", "Z", "-"} - {code[at]}:
            changed = code[:at] + other + code[at + 1 :]
            with pytest.raises(CodeInvalid):
                decode(bank, changed)
    error = refused(bank, code[:30] + ("a" if code[30] != "a" else "b") + code[31:])
    assert (error.kind, error.problems[0].startswith("the code is damaged")) == ("damaged", True)
    assert refused(bank, "SA2" + code[3:]).kind == "format"
    assert refused(bank, "XX1" + code[3:]).kind == "not_code"


def test_a_code_for_another_bank_names_it(bank: Bank) -> None:
    mini = bank_from_json(load_bank(REPO / "tests" / "banks" / "mini.yml"))
    code = encode(mini, full_response(mini))
    error = refused(bank, code)
    assert error.kind == "other_bank"
    assert error.problems == ["the code answers the bank 'mini', not 'bloques-cx'"]
    assert decode([bank, mini], code).bank_id == "mini"  # one of several banks


def make_version(data: dict[str, Any]) -> Bank:
    return bank_from_json({**data, "hash": content_hash(data)})


def test_a_code_for_another_version_reads_only_when_its_questions_are_the_same() -> None:
    sections = [section("s", [question("q1", "scale"), question("q2", "checklist", 1, [1, 1])])]
    old = bank_json(sections)
    old_bank = bank_from_json(old)
    code = encode(old_bank, answered(old_bank, {"q1": "4", "q2": ["o1"]}))
    reworded = {**old, "version": "1.1.0", "title": {"es": "Otro", "en": "Other"}}
    reworded.pop("hash")
    reading = read_code(make_version(reworded), code, "en", "mail.eml:3")
    assert reading.response.answers == {"q1": "4", "q2": ["o1"]}
    assert reading.response.bank_version == "1.0.0"
    assert reading.warnings == (
        "mail.eml:3: made for version '1.0.0' of 'test-bank', whose questions are those of "
        "version '1.1.0'; its answers are used",
    )
    more = [section("s", [*sections[0]["questions"], question("q3", "yesno")])]
    grown = {**old, "version": "2.0.0", "sections": more}
    grown.pop("hash")
    error = refused(make_version(grown), code)
    assert error.kind == "other_version"
    assert error.problems == [
        "the code was made for version '1.0.0' of 'test-bank', whose questions differ from "
        "those of version '2.0.0'; read it with that version of the bank"
    ]


def test_a_huge_code_is_refused_before_any_work(bank: Bank, code: str) -> None:
    huge = code[:-1] + "A" * 5_000_000 + "."
    error = refused(bank, huge)
    assert error.kind == "too_long"
    assert str(MAX_CODE_CHARS) in error.problems[0]


def _forged(code: str, change: Any) -> str:
    """`code` with its payload changed by `change` and its checksum made to match: what only
    a forger (not a mail client) makes."""
    head, _, rest = code.rpartition("-")
    payload = change(from_letters(rest[:-1])[:-4])
    check = zlib.crc32(f"{head}-".encode() + payload).to_bytes(4, "big")
    return f"{head}-{to_letters(payload + check)}."


def _deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def test_forged_codes_are_refused(bank: Bank, code: str) -> None:
    size = 1 + 1 + 5 + 2 + 3
    all_ones = _forged(code, lambda p: p[:size] + b"\xff" * (len(p) - size))
    assert refused(bank, all_ones).kind == "unknown_ids"
    with_texts = lambda texts: _forged(code, lambda p: bytes([1]) + p[1:] + _deflated(texts))  # noqa: E731
    assert refused(bank, with_texts(b"\x33\x02ok")).kind == "unknown_ids"  # note to question 51
    assert refused(bank, with_texts(b"\x01\x02\xff\xfe")).kind == "malformed"  # not UTF-8
    assert refused(bank, with_texts(b"\x01" + b"\xff" * 6)).kind == "malformed"  # cut
    bomb = with_texts(b"\x01\x80\x80\x80\x01" + b"a" * 3_000_000)
    assert len(bomb) < 10_000 and refused(bank, bomb).kind == "malformed"
    assert refused(bank, _forged(code, lambda p: bytes([128]) + p[1:])).kind == "malformed"
    assert refused(bank, _forged(code, lambda p: p + b"x")).kind == "malformed"
    assert refused(bank, _forged(code, lambda p: p[:5])).kind == "malformed"


def test_markup_comes_back_as_plain_text(bank: Bank) -> None:
    first = next(iter(bank.questions_by_id))
    response = replace(full_response(bank), notes={first: MARKUP}, respondent_role=MARKUP)
    back = decode(bank, encode(bank, response, with_notes=True))
    assert (back.notes, back.respondent_role) == ({first: MARKUP}, MARKUP)
    assert encode(bank, response).count("<") == 0


def test_an_answer_that_is_not_an_option_cannot_be_encoded(mini_bank: Bank) -> None:
    with pytest.raises(ValueError, match="valores-uso: '9' is not one of its options"):
        encode(mini_bank, answered(mini_bank, {"valores-uso": "9"}))
    with pytest.raises(ValueError, match="is not a list of its items"):
        encode(mini_bank, answered(mini_bank, {"clientes-canales": "web"}))
