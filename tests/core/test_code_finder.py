"""Finding answer codes in what people paste: replies quoting them, quoted-printable emails,
mailbox exports, chat logs; each code found whole, repeats counted once, the rest explained."""

from __future__ import annotations

import quopri
import time
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

import pytest

from bench.code_lengths import full_response
from selfassess.core.code_finder import MAX_CODES_PER_TEXT, find_codes, locate_codes
from selfassess.core.code_reading import read_code_texts
from selfassess.core.codes import encode
from selfassess.core.model import Bank, bank_from_json
from selfassess.load import load_bank
from tests.core.strategies import answered

REPO = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def bank() -> Bank:
    return bank_from_json(load_bank(REPO / "questionbank" / "bloques-cx.yml"))


@pytest.fixture(scope="module")
def codes(bank: Bank) -> list[str]:
    """Three respondents' codes; the third with a long note, so its code wraps over lines."""
    first, second = (next(iter(bank.questions_by_id)), list(bank.questions_by_id)[1])
    full = full_response(bank)
    return [
        encode(bank, full),
        encode(bank, answered(bank, {first: "2", second: "na"}, respondent_role="Jefa")),
        encode(bank, replace(full, notes={first: "Lo hablamos en la reunión " * 8}), True),
    ]


def wrapped(code: str, width: int = 76, quote: str = "") -> str:
    """`code` hard-wrapped at `width` as a mail client does, each line quoted."""
    return "\n".join(quote + code[i : i + width] for i in range(0, len(code), width))


def test_a_gmail_reply_quoting_the_code(codes: list[str]) -> None:
    reply = (
        "Gracias, Ana. Lo recibo.\n\n"
        "El lun, 3 mar 2025 a las 10:12, Ana <ana@example.org> escribió:\n"
        "> Hola:\n>\n> Aquí va mi código de respuestas:\n>\n"
        f"{wrapped(codes[2], 70, '> ')}\n>\n> Un saludo,\n> Ana\n"
    )
    assert len(codes[2]) > 100  # it does wrap, over two lines
    assert find_codes(reply) == [codes[2]]
    assert [f.line for f in locate_codes(reply)] == [8]
    twice = f"> > {codes[0]}\n> Re: mine too:\n> {wrapped(codes[1], 30, '> ')}\n"
    assert find_codes(twice) == [codes[0], codes[1]]


def quoted_printable_email(body: str) -> str:
    message = EmailMessage()
    message["From"] = "Ana <ana@example.org>"
    message["Subject"] = "Mi código"
    message.set_content(body, cte="quoted-printable")
    return message.as_string()


def test_a_quoted_printable_email(codes: list[str]) -> None:
    body = f"Mi código es éste: {codes[2]}\r\nY el enlace: https://x.org/a/#code={codes[0]}\n"
    eml = quoted_printable_email(body)
    assert "=\n" in eml and "=3D" in eml and "=C3=A9" in eml  # soft breaks and escapes
    assert codes[2] not in eml  # broken up by soft line breaks
    assert find_codes(eml) == [codes[2], codes[0]]
    dotted = quopri.encodestring(f"{codes[1][:-1]}\n.\n".encode()).decode()
    assert find_codes(f"{codes[1][:-1]}=2E and more") == [codes[1]]
    assert find_codes(dotted)[0].startswith(codes[1][:-1])


def test_a_soft_break_may_fall_inside_the_prefix(codes: list[str]) -> None:
    for at in range(1, 5):
        assert find_codes(f"x {codes[0][:at]}=\r\n{codes[0][at:]} y") == [codes[0]]


def test_a_mailbox_with_several_messages_and_a_repeated_code(bank: Bank, codes: list[str]) -> None:
    messages = [
        f"From ana@example.org Mon Mar  3 10:12:00 2025\nSubject: respuestas\n\n{codes[0]}\n",
        f"From bo@example.org Mon Mar  3 11:00:00 2025\nSubject: Re\n\n> {codes[0]}\n"
        f"Aquí el mío:\n{wrapped(codes[1], 40)}\n",
        f"From cy@example.org Mon Mar  3 12:00:00 2025\nSubject: x\n\n{codes[2][:50]}\n\nCy\n",
    ]
    mbox = "\n".join(messages)
    readings, rejected = read_code_texts(bank, [("team.mbox", mbox)])
    assert [r.response.respondent_role for r in readings] == ["employee", "Jefa"]
    assert readings[0].warnings == ("team.mbox:9: the same code as team.mbox:4; counted once",)
    assert [(r.file, r.reason) for r in rejected] == [
        ("team.mbox:17", "the code is cut short (its end is missing); copy it again whole")
    ]
    again, _ = read_code_texts(bank, [("a.txt", codes[0]), ("b.txt", f"«{codes[0]}»")], "es")
    assert len(again) == 1 and again[0].warnings == (
        "b.txt:1: el mismo código que a.txt:1; se cuenta una vez",
    )


def test_a_chat_log(bank: Bank, codes: list[str]) -> None:
    chat = (
        f"[10:02] Ana: {codes[0]}\n"
        f"[10:03] Bo: aquí va `{codes[1]}` 👍\n"
        f"[10:05] Cy: **{codes[2]}**, y SA1-2 es la sala\n"
        "[10:06] Dee: SA1-otro-banco-abc.\n"
    )
    assert find_codes(chat) == [*codes, "SA1-2", "SA1-otro-banco-abc."]
    readings, rejected = read_code_texts(bank, [("chat.txt", chat)])
    assert len(readings) == 3
    assert [(r.file, r.reason) for r in rejected] == [
        ("chat.txt:3", "the code is cut short (its end is missing); copy it again whole"),
        (
            "chat.txt:4",
            "the code is damaged: its checksum does not match (a character was "
            "changed, added or lost); copy it again",
        ),
    ]


def test_a_text_without_codes_is_listed(bank: Bank) -> None:
    readings, rejected = read_code_texts(bank, [("notes.txt", "nothing here")], "es")
    assert readings == []
    assert [(r.file, r.reason) for r in rejected] == [
        ("notes.txt", "no contiene ningún código de respuestas (SA1-…)")
    ]


def test_the_finder_is_linear_on_hostile_text(bank: Bank, codes: list[str]) -> None:
    texts = [
        "SA1-" + "a" * 3_000_000,
        ("x SA1-a-" + "b" * 200 + " ") * 10_000,
        "SA=\n1=\n-" * 300_000,
        "=\n" * 1_000_000,
        ("SA1-" + " " * 50 + "\n> ") * 50_000,
        "=3DSA1-a" * 2 * MAX_CODES_PER_TEXT,
    ]
    for text in texts:
        start = time.process_time()
        found = locate_codes(text)
        assert time.process_time() - start < 5, text[:20]
        assert len(found) <= MAX_CODES_PER_TEXT + 1
    readings, rejected = read_code_texts(bank, [("huge.txt", texts[0] + " " + codes[0])])
    assert len(readings) == 1
    assert rejected[0].reason.startswith("the code is longer than 100000 characters")
    _, rejected = read_code_texts(bank, [("many.txt", texts[-1])])
    assert rejected[0].reason == (
        "holds more than 10,000 answer codes; those after them are not read"
    )
