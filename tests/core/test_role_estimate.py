"""What each role may be asked and how long it takes: the count and minutes pages promise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from selfassess.core.asking import role_estimate, role_estimates
from selfassess.core.model import Bank

EVERY = ["responsable", "presupuesto", "encuestas", "canales", "revision", "plazo"]


def _ids(bank: Bank, role: str) -> list[str]:
    return [q.id for q in role_estimate(bank, role).questions]


def test_roles_leave_out_what_is_not_for_them(load_test_bank: Callable[[str], Bank]):
    """Management is asked everything; staff not the leadership section (meant for management),
    but still the conditional `plazo`, whose section's condition reads answers not given yet."""
    bank = replace(load_test_bank("example-model2"), minutes=25)
    assert _ids(bank, "direccion") == EVERY  # `presupuesto` is conditional: possibly asked
    assert _ids(bank, "equipo") == ["encuestas", "canales", "revision", "plazo"]
    assert role_estimate(bank, "direccion").minutes == 25  # the bank's time: asked everything
    assert role_estimate(bank, "equipo").minutes == 17  # 25 × 4/6 = 16.7, rounded up
    assert _ids(bank, "") == EVERY, "no role: everything"


def test_minutes_are_whole_and_at_least_one(load_test_bank: Callable[[str], Bank]):
    bank = load_test_bank("example-model2")
    assert role_estimate(replace(bank, minutes=30), "equipo").minutes == 20  # 30 × 4/6 exactly
    assert role_estimate(replace(bank, minutes=1), "equipo").minutes == 1  # 0.67 rounded up
    managers_only = replace(
        bank, sections=tuple(replace(s, roles=("direccion",)) for s in bank.sections)
    )
    nothing = role_estimate(managers_only, "equipo")
    assert (nothing.questions, nothing.minutes) == ((), 1)


def test_estimates_only_when_roles_differ(load_test_bank: Callable[[str], Bank]):
    bank = load_test_bank("example-model2")
    assert [(e.role, len(e.questions)) for e in role_estimates(bank)] == [
        ("direccion", 6), ("equipo", 4)
    ]  # fmt: skip
    assert role_estimates(load_test_bank("mini")) == (), "roles, but every question for all"
    for_both = replace(
        bank, sections=tuple(replace(s, roles=("direccion", "equipo")) for s in bank.sections)
    )
    assert role_estimates(for_both) == (), "audiences that name every role leave nobody out"
    assert role_estimates(replace(bank, roles=())) == (), "no roles to estimate for"


def test_a_condition_that_reads_only_what_a_role_is_never_asked_leaves_it_out(
    load_test_bank: Callable[[str], Bank],
):
    """`plazo`'s section is asked when `encuestas` or `canales` has some answers: with the
    listening section for management only, staff can never give them, so is never asked it."""
    bank = load_test_bank("example-model2")
    listening_for_managers = replace(bank, sections=tuple(
        replace(s, roles=("direccion",)) if s.id == "escucha" else s for s in bank.sections
    ))  # fmt: skip
    assert _ids(listening_for_managers, "equipo") == []
    assert _ids(listening_for_managers, "direccion") == EVERY
