"""Answers a respondent can check: every answer label of a default bank names a threshold (a
count, a share, a period or an event) instead of a vague amount, and no help text asks the
respondent to poll other people, whose view the bank asks of their own role instead.

"Partly" stays: each yes / partly / no question's help says what it means (checked here too).
"""

from __future__ import annotations

import re

import pytest

from selfassess.core.model import Bank
from tests.content.organization_reports import default_bank

BANKS = ("bloques-cx", "comunicacion-cx", "cx-intencional", "madurez-cx", "programa-cx")
VAGUE = {
    "es": re.compile(
        r"\b(algun[oa]s|algún|vari[oa]s|a veces|(?<!más )a menudo|rara vez|pocas veces|pocos|pocas|"
        r"la mayoría|muchos|muchas|de vez en cuando|con regularidad|regularmente|"
        r"ocasionalmente|bastantes?)\b", re.IGNORECASE),
    "en": re.compile(
        r"\b(some|several|sometimes|(?<!more )often|rarely|seldom|(?<!at )most|mostly|many|few|"
        r"regularly|occasionally|now and then)\b", re.IGNORECASE),
}
POLLING = {
    "es": re.compile(r"\bpregunta (a|al) (personas|varias|cinco|tres|dos|algunas|la primera|"
                     r"el personal|personal|alguien|cada)\b", re.IGNORECASE),
    "en": re.compile(r"\bask (people|several|five|three|two|some|a few|front-line|frontline|"
                     r"staff|employees|someone|each|every)\b", re.IGNORECASE),
}


@pytest.fixture(scope="module", params=BANKS)
def bank(request: pytest.FixtureRequest) -> Bank:
    return default_bank(request.param)


def test_every_answer_label_names_a_threshold(bank: Bank) -> None:
    vague = [
        f"{question.id}: {option.id} ({language}) {option.label[language]!r}"
        for _, question in bank.questions() for option in question.options
        for language, pattern in VAGUE.items() if pattern.search(option.label.get(language, ""))
    ]  # fmt: skip
    assert not vague, f"{bank.id}: answers with a vague amount: {vague}"


def test_no_help_asks_the_respondent_to_poll_people(bank: Bank) -> None:
    polling = [
        f"{question.id} ({language})"
        for _, question in bank.questions() for language, pattern in POLLING.items()
        if pattern.search(question.help.get(language, ""))
    ]  # fmt: skip
    assert not polling, f"{bank.id}: help texts that send the respondent to poll people: {polling}"


def test_every_partly_is_defined(bank: Bank) -> None:
    undefined = [
        question.id for _, question in bank.questions() if question.type == "yesno"
        and not ("«En parte»" in question.help.get("es", "")
                 and '"Partly"' in question.help.get("en", ""))
    ]  # fmt: skip
    assert not undefined, f"{bank.id}: yes / partly / no, 'partly' undefined: {undefined}"
