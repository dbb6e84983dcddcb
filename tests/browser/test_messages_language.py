"""Messages about files, in real Chromium, in the site's language: a bad response file loaded
on the Spanish default site is explained in Spanish, on an English site in English, and a
baseline report naming questions the bank does not know is compared with Spanish warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from selfassess.pages.urls import COMPARE, page_url
from tests.browser.assessment import open_assessment, wait_engine
from tests.browser.conftest import ENGINE_TIMEOUT, Watch
from tests.site import branded

pytestmark = pytest.mark.browser

SPANISH = {
    "refused": ["No se pudo cargar el archivo:",
                "otro.json: format: 'algo/distinto' no es un formato que lea esta versión"],
    "not_json": ["roto.json:1:2: no es JSON válido: se esperaba un nombre de campo"],
    "warned": ["Respuestas cargadas.", "con-avisos.json: extra: campo desconocido, ignorado",
               "con-avisos.json: answers.no-existe: no hay tal pregunta en"],
}  # fmt: skip
ENGLISH = {
    "refused": ["could not be loaded",
                "otro.json: format: 'algo/distinto' is not a format this version reads"],
    "not_json": ["roto.json:1:2: not valid JSON: Expecting property name"],
    "warned": ["con-avisos.json: extra: unknown field, ignored",
               "con-avisos.json: answers.no-existe: no such question in"],
}  # fmt: skip


def _files(folder: Path, bank_id: str) -> dict[str, Path]:
    """A refused file, a file that is not JSON, and one read with warnings, for `bank_id`."""
    base = {"format": "selfassess/response@1", "bank": {"id": bank_id}, "answers": {}}
    contents = {
        "refused": ("otro.json", json.dumps({**base, "format": "algo/distinto"})),
        "not_json": ("roto.json", "{,}"),
        "warned": ("con-avisos.json",
                   json.dumps({**base, "extra": 1, "answers": {"no-existe": "yes"}})),
    }  # fmt: skip
    paths = {}
    for kind, (name, text) in contents.items():
        paths[kind] = folder / name
        paths[kind].write_text(text, "utf-8")
    return paths


def _load_each(page: Page, site_url: str, bank_id: str, folder: Path,
               expected: dict[str, list[str]]) -> None:  # fmt: skip
    open_assessment(page, site_url, bank_id)
    wait_engine(page)
    messages = page.locator("[data-selfassess-messages]")
    for kind, path in _files(folder, bank_id).items():
        page.set_input_files('[data-action="import"]', path)
        for text in expected[kind]:
            expect(messages).to_contain_text(text, timeout=ENGINE_TIMEOUT)


def test_a_bad_file_is_explained_in_spanish_on_the_spanish_site(
    page: Page, watch: Watch, default_url: str, tmp_path: Path
) -> None:
    _load_each(page, default_url, "bloques-cx", tmp_path, SPANISH)
    expect(page.locator("[data-selfassess-messages]")).not_to_contain_text("unknown field")


def test_a_bad_file_is_explained_in_english_on_an_english_site(
    page: Page, watch: Watch, branded_url: str, tmp_path: Path
) -> None:
    _load_each(page, branded_url, branded.CUSTOM_BANK_ID, tmp_path, ENGLISH)


def test_compare_lists_a_baseline_report_s_unknown_ids_in_spanish(
    page: Page, watch: Watch, default_url: str, default_site: Path, tmp_path: Path
) -> None:
    bank = json.loads((default_site / "assets/selfassess/banks/bloques-cx.json").read_text("utf-8"))
    sections = [{"id": s["id"], "mean": 50} for s in bank["sections"]]
    baseline = tmp_path / "equipo-2024.json"
    baseline.write_text(json.dumps({
        "format": "selfassess/team-report@1",
        "bank": {"id": "bloques-cx", "version": "0.9.0"},
        "respondents": 3,
        "overall": {"mean": 50},
        "sections": [*sections, {"id": "__proto__", "mean": 10}],
        "questions": [{"id": "pregunta-antigua", "mean": 20}],
    }), "utf-8")  # fmt: skip
    page.goto(default_url + page_url("bloques-cx", COMPARE))
    area = page.locator('[data-selfassess-compare="bloques-cx"]')
    area.wait_for()
    area.locator('input[data-compare="baseline"]').set_input_files(str(baseline))
    area.locator('input[data-compare="current"]').set_input_files(str(baseline))
    page.locator("[data-selfassess-report][data-ready='true']").wait_for(timeout=ENGINE_TIMEOUT)
    messages = page.locator("[data-selfassess-messages]")
    index = len(sections)
    expect(messages).to_contain_text(
        f"equipo-2024.json: sections[{index}].id: '__proto__': no hay tal sección en 'bloques-cx'"
    )
    expect(messages).to_contain_text(
        "equipo-2024.json: questions[0].id: 'pregunta-antigua': no hay tal pregunta en "
        "'bloques-cx'"
    )
