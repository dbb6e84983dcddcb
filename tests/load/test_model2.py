"""Model 2's keys: the worked example loads with every one of them and reads back whole."""

from __future__ import annotations

import json
from pathlib import Path

from selfassess.core.model import bank_from_json
from selfassess.load import load_bank

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "tests" / "banks" / "example-model2.yml"


def test_example_uses_every_key_and_reads_back_into_the_model() -> None:
    data = load_bank(EXAMPLE)
    bank = bank_from_json(json.loads(json.dumps(data)))
    assert [(g.id, g.weight, g.sections) for g in bank.groups] == [
        ("estrategia", 1.0, ("liderazgo",)), ("operacion", 2.0, ("escucha", "respuesta"))]
    assert (bank.levels, bank.level_threshold) == (3, 0.5)
    assert bank.display is not None and (bank.display.max, bank.display.decimals) == (3.0, 2)
    assert bank.display.shown(bank.default_target) == 2.0
    assert [round(b.min, 2) for b in bank.ratings] == [66.67, 33.33, 0.0]
    leadership, listening, response = bank.sections
    assert leadership.roles == ("direccion",)
    assert round(listening.target, 2) == 83.33
    assert [(s.id, s.questions) for s in listening.streams] == [
        ("recoger", ("encuestas", "canales")), ("usar", ("revision",))]
    assert [c.question for c in response.when.any] == ["encuestas", "canales"]
    in_charge, budget = leadership.questions
    assert in_charge.option("no").action["en"] == "Appoint someone this quarter."
    assert in_charge.option("yes").action == {}
    assert budget.when.question == "responsable" and budget.when.options == ("yes", "partial")
    assert budget.criteria == ({"es": "Una partida escrita en el presupuesto",
                                "en": "A written line in the budget"},)
    surveys, channels, review = listening.questions
    assert surveys.answer_set == "practica" and surveys.options == bank.answer_sets["practica"]
    assert surveys.option("no").description["en"] == "We do not do it yet."
    assert [o.exclusive for o in channels.options] == [False, False, True]
    assert [q.level for _, q in bank.questions()] == [1, 2, 1, 2, 3, 1]
    assert review.roles == ("direccion", "equipo")
    managed = bank.stages[1]
    assert managed.requires[0].when.question == "responsable"
    assert (managed.requires[1].section, managed.requires[1].min_score) == ("escucha", 50.0)


def test_answer_set_questions_ship_without_their_options() -> None:
    """The JSON form names the answer set once instead of repeating its options."""
    data = load_bank(EXAMPLE)
    surveys = data["sections"][1]["questions"][0]
    assert "options" not in surveys and surveys["answer_set"] == "practica"


SAMM = REPO / "tests" / "banks" / "samm.yml"
SAMM_FUNCTIONS = ["governance", "design", "implementation", "verification", "operations"]


def test_samm_has_its_functions_practices_streams_and_levels() -> None:
    bank = bank_from_json(load_bank(SAMM))
    assert [g.id for g in bank.groups] == SAMM_FUNCTIONS
    assert [len(g.sections) for g in bank.groups] == [3] * 5
    assert len(bank.sections) == 15
    assert (bank.levels, bank.display.min, bank.display.max, bank.display.decimals) == (
        3, 0.0, 3.0, 2)
    for section in bank.sections:
        assert [s.id for s in section.streams] == ["a", "b"]
        for stream in section.streams:
            levels = [bank.question(q).level for q in stream.questions]
            assert levels == [1, 2, 3]
    assert sum(1 for _ in bank.questions()) == 90
    values = {tuple(o.value for o in options) for options in bank.answer_sets.values()}
    assert values == {(0.0, 0.25, 0.5, 1.0)}
    assert all(q.answer_set in bank.answer_sets and q.type == "choice"
               for _, q in bank.questions())
