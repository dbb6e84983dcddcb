"""The count of questions and minutes the assessment and home pages promise: per role when the
bank's audiences leave some role out, one count for everyone otherwise."""

from __future__ import annotations

import copy
import re
from typing import Any

from selfassess.load import load_bank
from selfassess.pages import assessment_page_html, bank_list_html
from tests.site.sites import REPO

BANKS = REPO / "tests" / "banks"


def _example(minutes: int = 25) -> dict[str, Any]:
    """example-model2 (management answers all 6 questions, staff 4) taking `minutes`."""
    return {**load_bank(BANKS / "example-model2.yml"), "minutes": minutes}


def _staff_asked_one() -> dict[str, Any]:
    """The example with all but `encuestas` for management only: staff is asked one question."""
    bank = copy.deepcopy(_example())
    for section in bank["sections"]:
        if section["id"] == "respuesta":
            section["roles"] = ["direccion"]
        for question in section["questions"]:
            if question["id"] in ("canales", "revision"):
                question["roles"] = ["direccion"]
    return bank


def _meta(page: str) -> str:
    """The text of the meta line before its links (or the home page's progress)."""
    line = re.search(r'<p class="sa-meta">(.*?) · <(?:a|span) ', page)
    assert line, "no meta line"
    return line[1]


def _assessment(bank: dict[str, Any], language: str) -> str:
    return assessment_page_html(bank, language, "../../", "../../pyodide/")


def test_meta_line_per_role_in_the_page_language():
    assert _meta(_assessment(_example(), "en")) == (
        "Management: 6 questions, 25 min · Staff: 4 questions, 17 min"
    )
    assert _meta(_assessment(_example(), "es")) == (
        "Dirección: 6 preguntas, 25 min · Equipo: 4 preguntas, 17 min"
    )


def test_meta_line_singular_in_both_languages():
    bank = _staff_asked_one()
    assert _meta(_assessment(bank, "en")) == (
        "Management: 6 questions, 25 min · Staff: 1 question, 5 min"
    )
    assert _meta(_assessment(bank, "es")).endswith("Equipo: 1 pregunta, 5 min")


def test_meta_line_without_role_differences_stays_one_count():
    """mini has roles, but every question is for everyone; solo-en has no roles."""
    assert _meta(_assessment(load_bank(BANKS / "mini.yml"), "es")) == "5 preguntas · 3 min"
    solo = load_bank(BANKS / "solo-en.yml")
    count = sum(len(s["questions"]) for s in solo["sections"])
    assert _meta(_assessment(solo, "en")) == f"{count} questions · {solo['minutes']} min"


def test_progress_still_counts_every_question():
    """The live count of asked questions is the form script's; the bar starts from all of them."""
    assert 'max="6" value="0" data-progress-overall' in _assessment(_example(), "en")


def test_home_page_says_the_same_per_bank():
    page = bank_list_html([_example(), load_bank(BANKS / "mini.yml")], "en", "")
    metas = re.findall(r'<p class="sa-meta">(.*?) · <span ', page)
    assert metas == [
        "Management: 6 questions, 25 min · Staff: 4 questions, 17 min",
        "5 questions · 3 min",
    ]
    assert 'data-total="6"' in page


def test_role_labels_are_escaped():
    bank = _example()
    bank["roles"] = [
        {"id": "direccion", "label": {"en": "<b>Boss</b> & co", "es": "Jefa"}},
        {"id": "equipo", "label": {"en": "Staff", "es": "Equipo"}},
    ]
    for page in (_assessment(bank, "en"), bank_list_html([bank], "en", "")):
        assert _meta(page).startswith("&lt;b&gt;Boss&lt;/b&gt; &amp; co: 6 questions, 25 min")
        assert "<b>Boss" not in page
