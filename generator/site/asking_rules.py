"""Which questions are asked, for a page without the form: the home page counts each bank's
progress over the questions asked, as the assessment page and the report's completeness do.

The rules are the ones the form carries in its `data-when` / `data-roles` / `data-exclusive`
attributes, written here from the same model (core.asking's tables) for conditions.js's
`askedIds`, which mirrors core.asking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from selfassess.core.asking import AskingTables, asks_everyone
from selfassess.core.model import Bank, bank_from_json
from selfassess.pages import script_json
from selfassess.pages.questionnaire import condition_data

ASKING_ID = "selfassess-asking"
"""The id of the home page's <script type="application/json"> holding the rules (home.js)."""


def asking_rules(bank: Bank) -> dict[str, dict[str, list[Any]]] | None:
    """Each question's conditions (its own, its stream's, its section's), audiences (its own,
    its section's) and exclusive options, as conditions.js's `askingRules` reads them from the
    form; None when the bank asks every question of everyone."""
    if asks_everyone(bank):
        return None
    tables = AskingTables(bank)
    return {
        question.id: {
            "when": [condition_data(c) for c in tables.conditions[question.id]],
            "roles": [list(r) for r in (question.roles, tables.section_roles[question.id]) if r],
            "exclusive": [option.id for option in question.options if option.exclusive],
        }
        for _, question in bank.questions()
    }


def asking_script(banks: Sequence[dict[str, Any]]) -> str:
    """The rules of the banks that have any, by bank id, as JSON safe inside a <script>."""
    rules = {
        bank["id"]: bank_rules
        for bank in banks
        if (bank_rules := asking_rules(bank_from_json(bank))) is not None
    }
    return f'<script type="application/json" id="{ASKING_ID}">{script_json(rules)}</script>'
