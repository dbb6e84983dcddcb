"""`--lang es`: score, aggregate and compare write their messages about files in Spanish;
without it, in English, as ever."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import REPO, Run

MINI_YML = REPO / "tests" / "banks" / "mini.yml"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    bank = {"id": "mini", "version": "1.0.0"}
    contents = {
        "avisos.json": {"format": "selfassess/response@1", "bank": bank, "extra": 1,
                        "language": "es", "answers": {"valores-uso": "5"}},
        "equipo.json": {"format": "selfassess/team-report@1", "bank": bank, "respondents": 2,
                        "overall": {"mean": 50}, "sections": [{"id": "valores", "mean": 40}],
                        "questions": [{"id": "antigua", "mean": 20}]},
    }  # fmt: skip
    paths = {name: tmp_path / name for name in contents}
    for name, document in contents.items():
        paths[name].write_text(json.dumps(document), "utf-8")
    (tmp_path / "roto.json").write_text("{,}", "utf-8")
    paths["roto.json"] = tmp_path / "roto.json"
    return paths


def test_score_says_it_in_spanish_with_lang_es(cli: Callable[..., Run], files: dict) -> None:
    spanish = cli("score", MINI_YML, files["avisos.json"], "--lang", "es")
    assert spanish.status == 0
    assert spanish.err == f"{files['avisos.json']}: extra: campo desconocido, ignorado\n"
    english = cli("score", MINI_YML, files["avisos.json"])
    assert english.err == f"{files['avisos.json']}: extra: unknown field, ignored\n"
    assert cli("score", MINI_YML, files["avisos.json"], "--lang", "fr").status == 2


def test_aggregate_lists_files_not_used_in_spanish(cli: Callable[..., Run], files: dict) -> None:
    run = cli("aggregate", MINI_YML, files["avisos.json"], files["roto.json"], "--lang", "es")
    assert run.status == 0
    assert (f"{files['roto.json']}: no usado: línea 1, columna 2: no es JSON válido: se esperaba "
            "un nombre de campo entre comillas dobles") in run.err.splitlines()  # fmt: skip
    assert "campo desconocido" in run.err
    refused = cli("aggregate", MINI_YML, files["roto.json"], "--lang", "es")
    assert "no se ha podido usar el único archivo como respuestas a 'mini'" in refused.err


def test_compare_warns_of_a_baseline_s_unknown_ids(cli: Callable[..., Run], files: dict) -> None:
    args = ("compare", MINI_YML, files["equipo.json"], files["avisos.json"])
    english = cli(*args)
    assert english.status == 0
    assert (
        f"{files['equipo.json']}: questions[0].id: 'antigua': no such question in 'mini' "
        "version '1.0.0'; shown as a question no longer asked"
    ) in english.err.splitlines()
    spanish = cli(*args, "--lang", "es")
    assert (
        f"{files['equipo.json']}: questions[0].id: 'antigua': no hay tal pregunta en 'mini' "
        "versión '1.0.0'; aparece como pregunta que ya no está"
    ) in spanish.err.splitlines()
