"""The banks' Spanish is one variety: tú for the reader, ustedes or «tu empresa» for the
organization, as the default banks write it; never vosotros forms, which only part of the
Spanish-speaking world uses.

The check looks for the forms that give vosotros away: its pronouns, its present-tense endings
(-áis, -éis, -ís) and its imperatives (-ad, -ed, -id) opening a sentence. Nouns with those
endings open sentences too («Calidad», «Mitad», «Usted»): nouns in -idad and the common others
are not taken as verbs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
BANKS = sorted((REPO / "questionbank").glob("*.yml")) + sorted((REPO / "tests/banks").glob("*.yml"))
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?¿¡:;]\s*)([^\W\d_]+)")
_PRONOUNS = {"vosotros", "vosotras", "vuestro", "vuestra", "vuestros", "vuestras", "os"}
_PRESENT = re.compile(r"(?:áis|éis|[^aeiouáéíóú]ís)$")
_IMPERATIVE = re.compile(r"[aei]d$")
_NOUN = re.compile(r"idad$")
_NOUNS = {"verdad", "mitad", "edad", "libertad", "lealtad", "voluntad", "dificultad",
          "facultad", "amistad", "humildad", "red", "sed", "pared", "usted", "huésped"}  # fmt: skip


def spanish_texts(node: Any) -> Iterator[str]:
    """Every Spanish text of a bank's JSON form: the `es` entries of its texts and label lists."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "es":
                yield from [value] if isinstance(value, str) else value
            else:
                yield from spanish_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from spanish_texts(item)


def vosotros_forms(text: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    found = [w for w in words if w in _PRONOUNS or _PRESENT.search(w)]
    openers = [w.lower() for w in _SENTENCE_START.findall(text)]
    return found + [w for w in openers if _is_imperative(w)]


def _is_imperative(word: str) -> bool:
    return bool(_IMPERATIVE.search(word)) and not (_NOUN.search(word) or word in _NOUNS)


def test_the_check_finds_vosotros_forms() -> None:
    assert vosotros_forms("¿Cómo escucháis a los clientes? Medid la satisfacción.") == [
        "escucháis", "medid"
    ]  # fmt: skip
    assert vosotros_forms("Citad los valores. ¿Qué canales medís?") == ["medís", "citad"]
    assert vosotros_forms("Mitad urgencias. Calidad: usted mide el país. Red social.") == []


@pytest.mark.parametrize("path", BANKS, ids=[p.name for p in BANKS])
def test_bank_spanish_has_no_vosotros_forms(path: Path) -> None:
    bank = load_bank(path)
    found = {text: forms for text in spanish_texts(bank) if (forms := vosotros_forms(text))}
    assert found == {}
