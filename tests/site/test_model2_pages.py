"""Model 2 banks on the built site's static pages (no JavaScript): groups, streams, levels,
answer-set options, conditions as sentences, audiences, criteria, exclusive and n/a items; the
form's data attributes; the same on the blank printable questionnaire."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from selfassess.load import load_bank
from selfassess.pages import assessment_page_html, print_page_html
from selfassess.pages.urls import PRINT, page_url
from tests.site.sites import REPO

EXAMPLE = "ejemplo-madurez"


def _page(site: Path, bank_id: str, kind: str = "assessment") -> str:
    return (site / page_url(bank_id, kind) / "index.html").read_text("utf-8")


def _fieldset(page: str, attribute: str, value: str) -> str:
    """The opening tag of the fieldset with `attribute`="value" and what follows it."""
    start = page.index(f'{attribute}="{value}"')
    return page[page.rindex("<fieldset", 0, start) :]


def test_example_model2_form_says_when_and_for_whom(mini_site: Path):
    page = _page(mini_site, EXAMPLE)
    budget = _fieldset(page, "data-question", "presupuesto")
    sentence = ('<p class="sa-when">Se pregunta si a «¿Hay un responsable de la experiencia del '
                "cliente?» se responde «Sí» o «En parte».</p>")  # fmt: skip
    assert budget.index(sentence) < budget.index("</fieldset>")
    when = re.search(r'data-question="presupuesto"[^>]*data-when="([^"]*)"', page)
    assert when and json.loads(html.unescape(when[1])) == {
        "question": "responsable", "in": ["yes", "partial"]
    }  # fmt: skip
    assert "<li>Una partida escrita en el presupuesto</li>" in budget
    response = _fieldset(page, "data-section", "respuesta")
    assert (
        "«A veces» o «Siempre», o a «¿Qué canales escuchas?» se responde «Web» o «Teléfono»"
        in response
    )
    leadership = _fieldset(page, "data-section", "liderazgo")
    assert 'data-roles="[&#34;direccion&#34;]"' in leadership.split(">", 1)[0]
    assert '<p class="sa-roles">Para: Dirección</p>' in leadership
    revision = _fieldset(page, "data-question", "revision")
    assert '<p class="sa-roles">Para: Dirección, Equipo</p>' in revision


def test_example_model2_form_lays_out_groups_streams_levels_and_items(mini_site: Path):
    page = _page(mini_site, EXAMPLE)
    assert (
        page.index('<h2 class="sa-group-title" id="group-estrategia">Estrategia</h2>')
        < page.index('data-section="liderazgo"')
        < page.index('id="group-operacion">Operación</h2>')
        < page.index('data-stream="recoger"')
        < page.index('data-stream="usar"')
    )
    assert '<span class="sa-level">Nivel 3</span>' in _fieldset(page, "data-question", "revision")
    surveys = _fieldset(page, "data-question", "encuestas")
    for option, label in (("no", "No"), ("a-veces", "A veces"), ("siempre", "Siempre")):
        assert f'name="encuestas" value="{option}"> {label}' in surveys  # from the answer set
    assert '<small class="sa-option-description">Aún no lo hacemos.</small>' in surveys
    channels = _fieldset(page, "data-question", "canales").split("</fieldset>")[0]
    assert 'value="ninguno" data-exclusive>' in channels
    assert 'value="_none"' not in channels, "the bank's own exclusive item replaces the generic one"
    assert re.findall(r'name="na:canales" value="([^"]+)"', channels) == ["web", "telefono"]
    assert '<span class="sa-visually-hidden">Web: </span>No aplica</label>' in channels
    # Targets are set on the display scale (0–3); the script writes them on 0–100.
    assert (
        'max="3" step="0.01" value="2.5" data-target-section="escucha" data-default="2.5" '
        'data-scale="0 3 2"' in page
    )


def test_print_page_shows_conditions_roles_criteria_and_item_boxes(mini_site: Path):
    page = _page(mini_site, EXAMPLE, PRINT)
    assert '<p class="sa-when">Se pregunta si a «¿Hay un responsable' in page
    assert '<p class="sa-roles">Para: Dirección</p>' in page
    assert "<li>Una partida escrita en el presupuesto</li>" in page
    assert 'name="na:canales" value="web"' in page and "data-exclusive" in page
    assert "data-progress-section" not in page


def test_samm_renders_its_practices_streams_and_answer_sets(mini_site: Path):
    bank = load_bank(REPO / "tests" / "banks" / "samm.yml")
    page = _page(mini_site, bank["id"])
    questions = [q for s in bank["sections"] for q in s["questions"]]
    assert page.count('<fieldset class="sa-question') == len(questions) == 90
    assert page.count('<h2 class="sa-group-title"') == len(bank["groups"]) == 5
    assert page.count('<fieldset class="sa-stream"') == 30
    first = questions[0]
    options = next(a for a in bank["answer_sets"] if a["id"] == first["answer_set"])["options"]
    fieldset = _fieldset(page, "data-question", first["id"]).split("</fieldset>")[0]
    assert re.findall(rf'name="{first["id"]}" value="([^"]+)"', fieldset) == [
        *(o["id"] for o in options), "na"
    ]
    assert "sa-question" in _page(mini_site, bank["id"], PRINT)


def test_condition_sentences_in_english():
    bank = load_bank(REPO / "tests" / "banks" / "example-model2.yml")
    assessment = assessment_page_html(bank, "en", "../../", "../../pyodide/")
    for page in (assessment, print_page_html(bank, "en")):
        assert (
            "Asked when «Do you ask customers after every purchase?» is answered «Sometimes» or "
            "«Always», or «Which channels do you listen to?» is answered «Web» or «Phone»."
        ) in page
        assert "For: Management, Staff" in page and "Level 2" in page
        assert '<span class="sa-visually-hidden">Phone: </span>n/a</label>' in page
