"""Messages about files read, in the reader's language: a Spanish page explains a bad file in
Spanish, the CLI (English by default) as it always has; and a report baseline naming ids the
bank does not know is read with warnings, never silently."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from selfassess.core.aggregate import read_files, rejection
from selfassess.core.compare import compare, read_snapshot
from selfassess.core.model import bank_from_json
from selfassess.core.responses import MAX_WARNINGS, ResponseInvalid, read_response
from selfassess.load import load_bank

REPO = Path(__file__).parents[2]
BANK = bank_from_json(load_bank(REPO / "tests" / "banks" / "mini.yml"))
HOSTILE = sorted(p for p in (REPO / "tests" / "hostile").iterdir() if p.suffix in (".json", ".bin"))


def response(**fields: object) -> str:
    document = {
        "format": "selfassess/response@1",
        "bank": {"id": "mini", "version": BANK.version, "hash": BANK.hash},
        "language": "es",
        "answers": {},
    }
    return json.dumps({**document, **fields})


def messages(data: str | bytes, language: str) -> list[str]:
    try:
        return list(read_response(data, BANK, "f.json", language).warnings)
    except ResponseInvalid as error:
        return error.problems


BAD_FILES = [
    ("{,}", "f.json:1:2: no es JSON válido: se esperaba un nombre de campo entre comillas dobles"),
    ("[1]", 'f.json: se esperaba un objeto JSON con "format": "selfassess/response@1", '
            "se encontró una lista"),
    ('{"bank": {"id": "mini"}}', 'f.json: format: falta; un archivo de respuestas empieza por '
                                 '"format": "selfassess/response@1"'),
    (b"\xff", "f.json: no es texto UTF-8 (byte 0xff en la posición 0); guarda el archivo "
              "como UTF-8"),
    ("[" * 40 + "]" * 40, "f.json: listas y objetos anidados a 40 niveles; un archivo de "
                         "respuestas necesita 3 como mucho"),
    (b" " * (5 * 1024 * 1024 + 1), "f.json: el archivo pasa de 5 MB (5\u202f242\u202f880 bytes)"),
    (response(bank={"id": "otro"}), "f.json: bank.id: el archivo responde al cuestionario 'otro', "
                                    "no a 'mini'; puntúalo con ese cuestionario"),
    (response(extra=1), "f.json: extra: campo desconocido, ignorado"),
    (response(answers={"nada": "yes"}),
     "f.json: answers.nada: no hay tal pregunta en 'mini' versión '1.0.0'; descartada"),
    (response(answers={"valores-uso": 5}),
     'f.json: answers.valores-uso: se esperaba un id de opción'),
    (response(answers={"valores-uso": "9"}), "f.json: answers.valores-uso: la opción '9' no es "
                                             "ninguna de"),
    (response(targets={"valores": 120}), "f.json: targets.valores: 120 está fuera de 0–100; se "
                                         "usa el objetivo del cuestionario"),
    (response(targets=[]), "f.json: targets: se esperaba un objeto de ids de sección y objetivos, "
                           "se encontró una lista; todo ignorado"),
    (response(language="fr"), "f.json: language: 'fr' no es ninguno de es, en; se usa 'es'"),
    (response(created="ayer"), "f.json: created: 'ayer' no es una fecha y hora ISO-8601; ignorado"),
    (response(respondent="Ana"), "f.json: respondent: se esperaba un objeto con name y role, se "
                                 "encontró un texto"),
    (response(notes={"valores-uso": "x" * 10_001}),
     "f.json: notes.valores-uso: más larga de 10\u202f000 caracteres; recortada a esa longitud"),
    (response(bank={"id": "mini", "version": "0.1"}),
     "f.json: bank.version: el archivo responde a la versión '0.1' de 'mini'"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "spanish"), BAD_FILES, ids=range(len(BAD_FILES)))
def test_a_bad_file_is_explained_in_spanish(data: str | bytes, spanish: str) -> None:
    said = messages(data, "es")
    assert any(m.startswith(spanish) for m in said), said
    # The same messages as in English, one for one, each in the other language.
    english = messages(data, "en")
    assert len(said) == len(english)
    assert all(es != en for es, en in zip(said, english, strict=True))


ENGLISH_WORDS = re.compile(r"\b(expected|found|dropped|ignored|missing|no such|not valid|"
                           r"is not one of|is outside|longer than|larger than)\b")  # fmt: skip


@pytest.mark.parametrize("case", HOSTILE, ids=[c.name for c in HOSTILE])
def test_every_hostile_file_is_explained_in_spanish_without_english_words(case: Path) -> None:
    data = case.read_bytes()
    for read in (lambda lang: messages(data, lang), lambda lang: _snapshot_messages(data, lang)):
        spanish, english = read("es"), read("en")
        assert len(spanish) == len(english)
        for message in spanish:
            assert not ENGLISH_WORDS.search(message.split(": ", 1)[-1].split("'")[0]), message


def _snapshot_messages(data: bytes, language: str) -> list[str]:
    try:
        return read_snapshot(data, BANK, "f.json", language)[1]
    except ResponseInvalid as error:
        return error.problems


def test_english_stays_the_default() -> None:
    assert messages(response(extra=1), "en") == ["f.json: extra: unknown field, ignored"]
    assert list(read_response(response(extra=1), BANK, "f.json").warnings) == [
        "f.json: extra: unknown field, ignored"
    ]


def test_rejected_files_of_a_team_are_located_in_spanish() -> None:
    readings, rejected = read_files(BANK, [("roto.json", "{,}"), ("bien.json", response())], "es")
    assert len(readings) == 1
    assert [(r.file, r.reason) for r in rejected] == [
        ("roto.json", "línea 1, columna 2: no es JSON válido: se esperaba un nombre de campo "
                      "entre comillas dobles")
    ]  # fmt: skip
    english = rejection("roto.json", ResponseInvalid(["roto.json:1:2: not valid JSON: x"]))
    assert english.reason == "line 1, column 2: not valid JSON: x"


def team_report(**fields: object) -> str:
    document = {
        "format": "selfassess/team-report@1",
        "bank": {"id": "mini", "version": "0.9.0"},
        "respondents": 2,
        "overall": {"mean": 50},
        "sections": [{"id": "valores", "mean": 40}, {"id": "__proto__", "mean": 10}],
        "questions": [{"id": "valores-uso", "mean": 30}, {"id": "antigua", "mean": 20},
                      {"id": "valores-uso", "mean": 90}],
    }  # fmt: skip
    return json.dumps({**document, **fields})


def test_a_baseline_report_names_its_unknown_and_repeated_ids_as_warnings() -> None:
    snapshot, warnings = read_snapshot(team_report(), BANK, "equipo.json")
    assert warnings == [
        "equipo.json: sections[1].id: '__proto__': no such section in 'mini'; shown as a "
        "section no longer there",
        "equipo.json: questions[1].id: 'antigua': no such question in 'mini' version '1.0.0'; "
        "shown as a question no longer asked",
        "equipo.json: questions[2].id: 'valores-uso' is already listed at questions[0]; the "
        "first is used",
    ]
    # Kept, and shown as no longer there, as the warnings say; the first of a repeated id used.
    assert snapshot.questions["valores-uso"] == 30
    current, _ = read_snapshot(response(answers={"valores-uso": "5"}), BANK, "ahora.json")
    comparison = compare(BANK, snapshot, current, "es")
    assert "__proto__" in comparison.sections_removed
    assert "antigua" in comparison.questions_removed
    _, spanish = read_snapshot(team_report(), BANK, "equipo.json", "es")
    assert spanish[0] == ("equipo.json: sections[1].id: '__proto__': no hay tal sección en "
                          "'mini'; aparece como sección que ya no está")  # fmt: skip
    assert spanish[2] == ("equipo.json: questions[2].id: 'valores-uso' ya aparece en "
                          "questions[0]; se usa el primero")  # fmt: skip


def test_a_baseline_of_only_known_ids_has_no_warnings() -> None:
    known = team_report(sections=[{"id": "valores", "mean": 40}],
                        questions=[{"id": "valores-uso", "mean": 30}])  # fmt: skip
    assert read_snapshot(known, BANK, "equipo.json")[1] == []


def test_a_flood_of_unknown_ids_is_cut_to_the_warnings_limit() -> None:
    flood = team_report(questions=[{"id": f"q{i}", "mean": 1} for i in range(500)])
    _, warnings = read_snapshot(flood, BANK, "equipo.json", "es")
    assert len(warnings) == MAX_WARNINGS + 1
    assert warnings[-1] == f"equipo.json: … y {500 + 1 - MAX_WARNINGS} avisos más"
