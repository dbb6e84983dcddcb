"""Notes for authors: levels reached with any answers (none of their questions is asked of
someone) and stage rules a role never meets; each checked against what scoring then does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from selfassess.core.coverage import (
    EMPTY_LEVEL,
    LEVEL_NOT_FOR_ROLE,
    RULE_NOT_FOR_ROLE,
    UNREACHABLE_LEVEL,
    Note,
    bank_notes,
)
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.scoring import score
from tests.core.strategies import STAGES, answered, model2_json, question, section, text

ROLES = [{"id": "direccion", "label": text("direccion")}, {"id": "equipo", "label": text("equipo")}]


def _q(question_id: str, level: int, *roles: str, **keys: Any) -> dict[str, Any]:
    data = {**question(question_id, "yesno"), "level": level, **keys}
    return {**data, "roles": list(roles)} if roles else data


def _bank(sections: list[dict[str, Any]], stages: list[dict[str, Any]] | None = None,
          **keys: Any) -> Bank:  # fmt: skip
    return bank_from_json(model2_json(sections, stages, **{"levels": 2, "roles": ROLES, **keys}))


def _facts(notes: tuple[Note, ...]) -> list[tuple[str, str, int, str]]:
    return [(n.kind, n.section or n.stage, n.level, n.role) for n in notes]


def test_a_level_without_questions_is_noted_for_everyone() -> None:
    bank = _bank([section("s", [_q("a", 2), _q("b", 2)])])
    notes = bank_notes(bank)
    assert _facts(notes) == [(EMPTY_LEVEL, "s", 1, "")]
    assert notes[0].path == "sections[0]"
    assert notes[0].message == (
        "section 's', level 1: the section has no question of this level, so everyone reaches "
        "level 1 there with any answers; give the level a question, or accept it"
    )
    report = score(bank, answered(bank, {"a": "no", "b": "no"}))
    assert report.sections[0].level == 1, "what the note says: level 1 with the lowest answers"


def test_a_level_none_of_whose_questions_is_for_a_role_is_noted_for_that_role() -> None:
    bank = _bank([section("s", [_q("a", 1, "direccion"), _q("b", 2), _q("c", 2, "equipo")])])
    notes = bank_notes(bank)
    assert _facts(notes) == [(LEVEL_NOT_FOR_ROLE, "s", 1, "equipo")]
    assert notes[0].message == (
        "section 's', level 1: no question of this level is ever asked of role 'equipo', so a "
        "respondent of that role reaches level 1 there with any answers; give the level a "
        "question for that role, or accept it"
    )
    lowest = {"a": "no", "b": "no", "c": "no"}
    assert score(bank, answered(bank, lowest, respondent_role="equipo")).sections[0].level == 1
    assert score(bank, answered(bank, lowest, respondent_role="direccion")).sections[0].level == 0


def test_higher_levels_say_who_passes_the_level_below() -> None:
    """A role asked levels 1 and 3 but not 2 passes 2 by passing 1; nobody reaches a level
    above every question of the section, and a role none above its own questions."""
    bank = _bank([section("s", [_q("a", 1), _q("b", 2, "direccion"), _q("c", 3)])], levels=4)
    notes = bank_notes(bank)
    assert _facts(notes) == [
        (LEVEL_NOT_FOR_ROLE, "s", 2, "equipo"), (UNREACHABLE_LEVEL, "s", 4, "")
    ]  # fmt: skip
    assert [n.message.split(": ", 1)[1] for n in notes] == [
        "no question of this level is ever asked of role 'equipo', so a respondent of that "
        "role who reaches level 1 there reaches level 2 too; give the level a question for "
        "that role, or accept it",
        "the section has no question of this level or above, so nobody can reach it there; "
        "give the level a question, or accept it",
    ]
    passes = {"a": "yes", "b": "no", "c": "yes"}
    assert score(bank, answered(bank, passes, respondent_role="equipo")).sections[0].level == 3
    assert score(bank, answered(bank, passes, respondent_role="direccion")).sections[0].level == 1
    only_a = _bank([section("s", [_q("a", 1), _q("b", 2, "direccion")])], levels=2)
    assert [n.kind for n in bank_notes(only_a)] == [], "equipo stops at level 1: nothing to note"
    report = score(only_a, answered(only_a, {"a": "yes"}, respondent_role="equipo"))
    assert report.sections[0].level == 1, "level 2 is not claimed by a role asked nothing of it"


def test_sections_that_show_no_level_to_someone_get_no_note() -> None:
    """A section whose asked questions carry no level shows none: nothing is reached falsely."""
    unleveled = {**question("u", "yesno"), "roles": ["equipo"]}
    bank = _bank([
        section("plain", [question("p", "yesno")]),  # no level at all
        {**section("managers", [_q("m1", 1), _q("m2", 2)]), "roles": ["direccion"]},
        section("mixed", [_q("x1", 1, "direccion"), _q("x2", 2, "direccion"), unleveled]),
    ])  # fmt: skip
    assert bank_notes(bank) == ()
    assert bank_notes(_bank([section("s", [_q("a", 1)])], levels=0, roles=[])) == ()


def test_a_stage_rule_on_a_question_a_role_is_never_asked() -> None:
    budget = {"question": "budget", "in": ["yes"]}
    a_yes = {"question": "a", "in": ["yes"]}
    stages = [
        dict(STAGES[0]),
        {**STAGES[1], "requires": [{"label": text("budget"), "when": budget},
                                   {"label": text("s"), "section": "s", "min": 10}]},
        {**STAGES[2], "requires": [{"label": text("either"), "when": {"any": [budget, a_yes]}},
                                   {"label": text("both"), "when": {"all": [budget, a_yes]}}]},
    ]  # fmt: skip
    bank = _bank([section("s", [_q("a", 1), _q("budget", 1, "direccion")])], stages, levels=1)
    notes = bank_notes(bank)
    assert [(n.kind, n.path, n.stage, n.role, n.questions) for n in notes] == [
        (RULE_NOT_FOR_ROLE, "stages[1].requires[0]", "involucrada", "equipo", ("budget",)),
        (RULE_NOT_FOR_ROLE, "stages[2].requires[1]", "enfocada", "equipo", ("budget",)),
    ], "`any` may hold through `a`; `all` never without `budget`"
    assert notes[0].message == (
        "stage 'involucrada', requires[0]: the rule reads question 'budget', never asked of "
        "role 'equipo', so it never holds for a respondent of that role, who stays below "
        "stage 'involucrada'; this is information: accept it when intended, or give that "
        "role the question"
    )
    highest = answered(bank, {"a": "yes", "budget": "yes"}, respondent_role="equipo")
    assert score(bank, highest).stage == "pasiva"


def test_the_worked_example_gets_its_notes(load_test_bank: Callable[[str], Bank]) -> None:
    assert _facts(bank_notes(load_test_bank("example-model2"))) == [
        (UNREACHABLE_LEVEL, "liderazgo", 3, ""),
        (UNREACHABLE_LEVEL, "respuesta", 2, ""),
        (UNREACHABLE_LEVEL, "respuesta", 3, ""),
        (RULE_NOT_FOR_ROLE, "gestionada", 0, "equipo"),
    ]
    assert bank_notes(load_test_bank("samm")) == ()
    assert bank_notes(load_test_bank("mini")) == ()
