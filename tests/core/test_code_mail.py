"""The worker's entry points for answer codes: the code and its email, a resume link read back,
and codes pasted on the team page mixed with files in one report."""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

import pytest

from selfassess.core import browser
from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.codes import encode
from selfassess.core.model import Bank
from selfassess.core.render import render_all, team_view
from selfassess.core.responses import read_response
from tests.core.test_aggregate import HOSTILE, A, B, C, response_file
from tests.core.test_aggregate_browser import BANK_TEXT


def _mail(href: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(href)
    return parts.path, {k: unquote(v) for k, v in (p.split("=", 1) for p in parts.query.split("&"))}


def test_the_code_comes_with_an_email_to_the_brand_contact(mini_bank: Bank) -> None:
    text = response_file(mini_bank, A, "direccion", "Ana", "en", notes={"valores-uso": HOSTILE})
    brand = json.dumps({"name": "Acme", "contact_email": "equipo@acme.example"})
    result = json.loads(browser.answer_code(BANK_TEXT, text, True, "en", brand))
    response = read_response(text, mini_bank, "x").response
    assert result["code"] == encode(mini_bank, response, with_notes=True)
    recipient, fields = _mail(result["mailto"])
    assert recipient == "equipo@acme.example"
    assert fields["subject"] == result["subject"] == "My answers to Mini audit"
    lines = fields["body"].split("\r\n")
    assert lines == [*result["body"].split("\n")]
    assert lines[0] == "5 of 5 questions answered; role: Management."
    assert lines[-1] == result["code"] and "Ana" not in fields["body"]
    without = json.loads(browser.answer_code(BANK_TEXT, text, False, "en"))
    assert len(without["code"]) < len(result["code"])
    assert without["mailto"].startswith("mailto:?subject=")


@pytest.mark.parametrize("contact", ["a@b.example?bcc=x@y.example", "not an address", ""])
def test_a_contact_that_is_not_a_plain_address_is_left_out(mini_bank: Bank, contact: str) -> None:
    text = response_file(mini_bank, A)
    brand = json.dumps({"name": "Acme", "contact_email": contact})
    result = json.loads(browser.answer_code(BANK_TEXT, text, False, "es", brand))
    assert result["mailto"].startswith("mailto:?subject=Mis%20respuestas")


def test_a_resume_link_reads_back_with_its_notes(mini_bank: Bank) -> None:
    text = response_file(mini_bank, C, "Staff", "Cy", "en", notes={"valores-uso": HOSTILE})
    code = json.loads(browser.answer_code(BANK_TEXT, text, True, "es"))["code"]
    result = json.loads(browser.read_resume(BANK_TEXT, code, "es"))
    assert result["ok"] is True
    assert result["response"]["notes"] == {"valores-uso": HOSTILE}
    assert result["response"]["respondent"] == {"name": "", "role": "Staff"}
    assert result["summary"] == "4 de 5 preguntas respondidas; rol: Staff."
    refused = json.loads(browser.read_resume(BANK_TEXT, code[:-4], "es"))
    assert refused == {"ok": False, "problems": [refused["problems"][0]]}
    assert "cortado" in refused["problems"][0]


def test_pasted_codes_and_files_make_one_report(mini_bank: Bank) -> None:
    a = response_file(mini_bank, A, "direccion", language="en")
    b = response_file(mini_bank, B, "equipo", language="en")
    code_b = encode(mini_bank, read_response(b, mini_bank, "b").response)
    pasted = f"Hi,\n> {code_b}\nagain {code_b}\nand SA1-mini-0000.\n{HOSTILE}"
    batch = [{"name": "a.json", "text": a}, {"text": pasted, "codes": True},
             {"name": "chat.txt", "text": "nothing here"}]  # fmt: skip
    result = json.loads(browser.aggregate_files(BANK_TEXT, json.dumps(batch), "en"))
    assert result["counts"] == {"used": 2, "rejected": 2}
    rejected = {r["file"]: r["reason"] for r in result["report"]["rejected"]}
    assert set(rejected) == {"pasted text:4", "chat.txt"}
    expected = aggregate(mini_bank, *read_files(mini_bank, [("a.json", a), ("b.json", b)]), "en")
    ours, theirs = result["report"], render_all(team_view(expected, mini_bank))[1]
    for key in ("respondents", "by_role", "overall", "sections", "questions"):
        assert ours[key] == theirs[key], key
