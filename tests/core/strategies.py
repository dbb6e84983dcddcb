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


# --- model 2: groups, streams, answer sets, levels, conditions, audiences, stage rules ---

LEVELS = 3
MATURITY = [option("m0", 0), option("m1", 0.25), option("m2", 0.5), option("m3", 1)]


def model2_json(
    sections: list[dict[str, Any]], stages: list[dict[str, Any]] | None = None, **keys: Any
) -> dict[str, Any]:
    """A bank's JSON form with model 2's keys (`groups`, `levels`, `display`, ...) added."""
    data = {k: v for k, v in bank_json(sections).items() if k != "hash"}
    if stages is not None:
        data["stages"] = stages
    data.update(keys)
    data["hash"] = content_hash(data)
    return data


def with_action(option_json: dict[str, Any], step: str) -> dict[str, Any]:
    return {**option_json, "action": text(step)}


def _condition_on(draw: st.DrawFn, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A condition on earlier questions, or None; leaves name one or two of their options."""
    if not earlier or draw(st.integers(0, 2)) != 0:
        return None
    leaves = []
    for target in draw(st.lists(st.sampled_from(earlier), min_size=1, max_size=2)):
        ids = [o["id"] for o in target["options"]]
        chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=2, unique=True))
        leaves.append({"question": target["id"], "in": chosen})
    if len(leaves) == 1:
        return leaves[0]
    return {draw(st.sampled_from(["all", "any"])): leaves}


@st.composite
def _model2_question(
    draw: st.DrawFn, question_id: str, earlier: list[dict[str, Any]]
) -> dict[str, Any]:
    kind = draw(st.sampled_from(["scale", "yesno", "choice", "checklist", "answer_set"]))
    if kind == "answer_set":
        data = question(question_id, "choice", draw(weights), [0, 1])
        data.pop("options")
        data["answer_set"] = "maturity"
    else:
        values = draw(option_values) if kind in ("choice", "checklist") else None
        if kind == "choice":
            values = [0, 1, *values]
        data = question(question_id, kind, draw(weights), values)
        opts = data["options"]
        if kind == "checklist" and draw(st.booleans()):
            opts.append({**option("none", 0), "exclusive": True})
        acted = draw(st.sets(st.integers(0, len(opts) - 1)))
        data["options"] = [with_action(o, f"step {o['id']}") if i in acted else o
                           for i, o in enumerate(opts)]  # fmt: skip
    data["level"] = draw(st.integers(1, LEVELS))
    when = _condition_on(draw, earlier)
    if when:
        data["when"] = when
    if draw(st.integers(0, 4)) == 0:
        data["roles"] = [draw(st.sampled_from(["direccion", "equipo"]))]
    return data


def _options_json(data: dict[str, Any]) -> list[dict[str, Any]]:
    return MATURITY if data.get("answer_set") else data["options"]


@st.composite
def model2_bank_jsons(draw: st.DrawFn) -> dict[str, Any]:
    """A valid bank's JSON form that may use every feature of model 2 at once."""
    earlier: list[dict[str, Any]] = []
    sections = []
    for i in range(draw(st.integers(min_value=1, max_value=4))):
        own = []
        for j in range(draw(st.integers(min_value=1, max_value=4))):
            data = draw(_model2_question(f"s{i}-q{j}", earlier))
            own.append(data)
            earlier.append({"id": data["id"], "options": _options_json(data)})
        if sum(q["weight"] for q in own) == 0:
            own[0]["weight"] = 1
        data = section(f"s{i}", own, draw(weights), draw(st.sampled_from([0, 50, 75, 100])))
        if len(own) > 1 and draw(st.booleans()):
            cut = draw(st.integers(1, len(own) - 1))
            data["streams"] = [
                {"id": "a", "title": text("a"), "weight": draw(weights),
                 "questions": [q["id"] for q in own[:cut]]},
                {"id": "b", "title": text("b"), "weight": draw(weights),
                 "questions": [q["id"] for q in own[cut:]]},
            ]  # fmt: skip
            if sum(s["weight"] for s in data["streams"]) == 0:
                data["streams"][0]["weight"] = 1
        when = _condition_on(draw, earlier[: -len(own)])
        if when:
            data["when"] = when
        sections.append(data)
    if sum(s["weight"] for s in sections) == 0:
        sections[0]["weight"] = 1
    keys: dict[str, Any] = {
        "answer_sets": [{"id": "maturity", "options": MATURITY}],
        "levels": LEVELS,
        "roles": [{"id": "direccion", "label": text("direccion")},
                  {"id": "equipo", "label": text("equipo")}],
    }  # fmt: skip
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(sections)))
        parts = [p for p in (sections[:cut], sections[cut:]) if p]
        keys["groups"] = [
            {"id": f"g{k}", "title": text(f"g{k}"), "weight": draw(st.sampled_from([0.5, 1, 2])),
             "sections": [s["id"] for s in part]}
            for k, part in enumerate(parts)
        ]  # fmt: skip
    if draw(st.booleans()):
        keys["display"] = {"min": 0, "max": 3, "decimals": 2}
    stages = [dict(s) for s in STAGES]
    rule_on = draw(st.sampled_from(earlier))
    stages[1]["requires"] = [
        {"label": text("rule"), "when": {"question": rule_on["id"],
                                         "in": [rule_on["options"][-1]["id"]]}},
    ]  # fmt: skip
    stages[2]["requires"] = [{"label": text("floor"), "section": "s0", "min": 50}]
    return model2_json(sections, stages, **keys)


def model2_banks() -> st.SearchStrategy[Bank]:
    """model2_bank_jsons, as the Bank the site and the CLI build from it."""
    return model2_bank_jsons().map(bank_from_json)


def model2_answer_choices(bank: Bank) -> dict[str, st.SearchStrategy[Answer]]:
    """answer_choices, with checklists also answered in the {"checked", "na"} shape."""
    choices = answer_choices(bank)
    for _, q in bank.questions():
        if q.is_multiple:
            ids = [o.id for o in q.options]
            split = st.fixed_dictionaries({
                "checked": st.lists(st.sampled_from(ids), unique=True),
                "na": st.lists(st.sampled_from(ids), unique=True),
            })  # fmt: skip
            choices[q.id] = st.one_of(choices[q.id], split)
    return choices


@st.composite
def model2_banks_with_answers(draw: st.DrawFn) -> tuple[Bank, dict[str, Answer], str]:
    """A model 2 bank, answers to it and the respondent's role ("" for none)."""
    bank = draw(model2_banks())
    answers = {qid: draw(choice) for qid, choice in model2_answer_choices(bank).items()}
    return bank, answers, draw(st.sampled_from(["", "direccion", "equipo", "Equipo (en)"]))
