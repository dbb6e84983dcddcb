"""A generated 1,000-question bank that uses model 2 (conditions, audiences, streams, groups
and levels) for the benchmark's figures at scale (bench/scale.py).

20 sections of 50 questions in 4 groups; every section in two streams; a third of the
questions asked only on an earlier answer of the same section; every seventh question for
management only; in every fifth section the second stream asked only on the first answer, and
every fifth section for management and staff only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

CONDITIONAL_BANK = "grande-condicional"
SECTIONS = 20
PER_SECTION = 50
GROUPS = 4
LEVELS = 3


def _text(label: str) -> dict[str, str]:
    return {"es": f"{label} (es)", "en": f"{label} (en)"}


PRACTICE = [
    {"id": "nunca", "label": _text("Nunca"), "value": 0,
     "action": _text("Empezad con un piloto")},
    {"id": "a-veces", "label": _text("A veces"), "value": 0.5},
    {"id": "siempre", "label": _text("Siempre"), "value": 1},
]  # fmt: skip
CHANNELS = [
    {"id": "web", "label": _text("Web"), "value": 1},
    {"id": "telefono", "label": _text("Teléfono"), "value": 1},
    {"id": "tienda", "label": _text("Tienda"), "value": 0.5},
    {"id": "ninguno", "label": _text("Ninguno"), "value": 0, "exclusive": True},
]
SATISFIED = {"scale": ["4", "5"], "yesno": ["yes", "partial"], "choice": ["a-veces", "siempre"],
             "checklist": ["web", "telefono"]}  # fmt: skip
"""For each type, the answers to an earlier question on which a conditional one is asked."""
KINDS = ("scale", "yesno", "choice", "checklist")


def _question(section: int, number: int) -> dict[str, Any]:
    kind = KINDS[(section + number) % len(KINDS)]
    data: dict[str, Any] = {
        "id": f"q{section}-{number}",
        "type": kind,
        "level": 1 + number % LEVELS,
        "text": _text(f"Pregunta {section}.{number}"),
        "action": _text(f"Mejorad {section}.{number}"),
    }
    if kind == "choice":  # written out: the site's form does not yet read answer sets
        data["options"] = PRACTICE
    elif kind == "checklist":
        data["options"] = CHANNELS
    if number % 3 == 2:
        earlier = number - 1 - number % 2
        earlier_kind = KINDS[(section + earlier) % len(KINDS)]
        data["when"] = {"question": f"q{section}-{earlier}", "in": SATISFIED[earlier_kind]}
    if number % 7 == 3:
        data["roles"] = ["direccion"]
    return data


def _section(number: int) -> dict[str, Any]:
    questions = [_question(number, n) for n in range(PER_SECTION)]
    half = PER_SECTION // 2
    streams = [
        {"id": "practica", "title": _text("Práctica"),
         "questions": [q["id"] for q in questions[:half]]},
        {"id": "resultados", "title": _text("Resultados"), "weight": 2,
         "questions": [q["id"] for q in questions[half:]]},
    ]  # fmt: skip
    if number % 5 == 4:
        streams[1]["when"] = {"question": f"q{number}-0", "in": SATISFIED[KINDS[number % 4]]}
    data = {"id": f"s{number}", "title": _text(f"Sección {number}"), "weight": 1 + number % 3,
            "streams": streams, "questions": questions}  # fmt: skip
    if number % 5 == 3:
        data["roles"] = ["direccion", "equipo"]
    return data


def conditional_bank(sections: int = SECTIONS) -> dict[str, Any]:
    """The bank as YAML data: `sections` × 50 questions."""
    per_group = max(1, sections // GROUPS)
    grouped = [list(range(sections))[g : g + per_group] for g in range(0, sections, per_group)]
    return {
        "id": CONDITIONAL_BANK,
        "version": "1.0.0",
        "languages": ["es", "en"],
        "title": _text("Banco grande con condiciones"),
        "minutes": 240,
        "levels": LEVELS,
        "roles": [{"id": "direccion", "label": _text("Dirección")},
                  {"id": "equipo", "label": _text("Equipo")}],
        "groups": [
            {"id": f"g{g}", "title": _text(f"Grupo {g}"), "weight": 1 + g % 2,
             "sections": [f"s{s}" for s in members]}
            for g, members in enumerate(grouped)
        ],
        "sections": [_section(s) for s in range(sections)],
    }  # fmt: skip


def conditional_bank_yaml(folder: Path) -> Path:
    """The bank written as `folder`/grande-condicional.yml, as an author would write it."""
    path = folder / f"{CONDITIONAL_BANK}.yml"
    unshared = json.loads(json.dumps(conditional_bank()))  # YAML anchors are not allowed in banks
    path.write_text(yaml.safe_dump(unshared, allow_unicode=True, sort_keys=False), "utf-8")
    return path
