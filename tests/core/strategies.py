"""Bank and answer builders for core tests: hand-written banks and hypothesis strategies.

Banks are built in their JSON form and turned into Bank objects with bank_from_json, the
same way the site and the CLI build them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import strategies as st

from selfassess.core.model import Bank, bank_from_json, content_hash
from selfassess.core.responses import Response, empty_response
from selfassess.core.results import Answer

NOW = "2024-05-01T10:00:00+00:00"
SCALE_VALUES = (0, 0.25, 0.5, 0.75, 1)


def text(label: str) -> dict[str, str]:
    return {"es": f"{label} (es)", "en": f"{label} (en)"}


def band(band_id: str, low: float, high: float) -> dict[str, Any]:
    return {"id": band_id, "min": low, "max": high, "label": text(band_id), "description": {}}


DEFAULT_RATINGS = [
    band("excelente", 75, 100),
    band("margen-de-mejora", 50, 75),
    band("accion-inmediata", 0, 50),
]
STAGES = [band("pasiva", 0, 40), band("involucrada", 40, 70), band("enfocada", 70, 100)]


def option(option_id: str, value: float) -> dict[str, Any]:
    return {"id": option_id, "label": text(option_id), "value": value}


def options_for(kind: str, values: list[float] | None = None) -> list[dict[str, Any]]:
    """The options a question of `kind` has in the bank JSON form."""
    if kind == "scale":
        return [option(str(i + 1), v) for i, v in enumerate(SCALE_VALUES)]
    if kind == "yesno":
        return [option("yes", 1), option("partial", 0.5), option("no", 0)]
    assert values is not None, f"a {kind} question needs option values"
    return [option(f"o{i}", v) for i, v in enumerate(values)]


def question(
    question_id: str, kind: str, weight: float = 1, values: list[float] | None = None
) -> dict[str, Any]:
    return {
        "id": question_id,
        "type": kind,
        "text": text(question_id),
        "help": {},
        "weight": weight,
        "action": text(f"act on {question_id}"),
        "options": options_for(kind, values),
    }


def section(
    section_id: str, questions: list[dict[str, Any]], weight: float = 1, target: float = 75
) -> dict[str, Any]:
    return {
        "id": section_id,
        "title": text(section_id),
        "intro": {},
        "weight": weight,
        "target": target,
        "questions": questions,
    }


def bank_json(sections: list[dict[str, Any]], stages: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "selfassess/bank@1",
        "id": "test-bank",
        "version": "1.0.0",
        "languages": ["es", "en"],
        "title": text("Test bank"),
        "description": {},
        "minutes": 5,
        "default_target": 75,
        "ratings": DEFAULT_RATINGS,
        "stages": STAGES if stages else [],
        "roles": [{"id": "direccion", "label": text("direccion")}],
        "sections": sections,
    }
    data["hash"] = content_hash(data)
    return data


def make_bank(sections: list[dict[str, Any]], stages: bool = True) -> Bank:
    return bank_from_json(bank_json(sections, stages))


def answered(
    bank: Bank, answers: dict[str, Answer], language: str = "es", **fields: Any
) -> Response:
    """An empty response to `bank` with `answers` filled in and any other field replaced."""
    base = empty_response(bank, language, NOW)
    return replace(base, answers={**base.answers, **answers}, **fields)


# --- hypothesis strategies -------------------------------------------------------------

weights = st.sampled_from([0, 0.5, 1, 1, 2, 3])
option_values = st.lists(
    st.sampled_from([0, 0.1, 0.25, 0.5, 0.75, 1]), min_size=2, max_size=5
).filter(lambda vs: sum(vs) > 0)


@st.composite
def questions_json(draw: st.DrawFn, prefix: str) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=1, max_value=4))
    result = []
    for i in range(count):
        kind = draw(st.sampled_from(["scale", "yesno", "choice", "checklist"]))
        values = None
        if kind == "checklist":
            values = draw(option_values)
        elif kind == "choice":  # a choice runs from a worst option (0) to a best one (1)
            values = draw(st.permutations([0, 1, *draw(option_values)]))
        result.append(question(f"{prefix}-q{i}", kind, draw(weights), values))
    if sum(q["weight"] for q in result) == 0:
        result[0]["weight"] = 1
    return result


@st.composite
def banks(draw: st.DrawFn) -> Bank:
    """A valid bank: 1–4 sections of 1–4 questions of any type, weights and targets varied."""
    count = draw(st.integers(min_value=1, max_value=4))
    sections = [
        section(
            f"s{i}",
            draw(questions_json(f"s{i}")),
            weight=draw(weights),
            target=draw(st.sampled_from([0, 50, 75, 80, 100])),
        )
        for i in range(count)
    ]
    if sum(s["weight"] for s in sections) == 0:
        sections[0]["weight"] = 1
    return make_bank(sections, stages=draw(st.booleans()))


def answer_choices(bank: Bank) -> dict[str, st.SearchStrategy[Answer]]:
    """For each question, a strategy of every kind of answer it accepts."""
    choices: dict[str, st.SearchStrategy[Answer]] = {}
    for _, q in bank.questions():
        ids = [o.id for o in q.options]
        given = (
            st.lists(st.sampled_from(ids), unique=True) if q.is_multiple else st.sampled_from(ids)
        )
        choices[q.id] = st.one_of(st.none(), st.just("na"), given)
    return choices


@st.composite
def banks_with_answers(draw: st.DrawFn) -> tuple[Bank, dict[str, Answer]]:
    bank = draw(banks())
    answers = {qid: draw(choice) for qid, choice in answer_choices(bank).items()}
    return bank, answers
