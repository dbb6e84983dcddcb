"""Aggregating response files into a team report: numbers worked out by hand, roles, rejected
files, both languages together, disagreement, and every format with hostile names and notes."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from selfassess.core.aggregate import (
    DISAGREEMENT_SPREAD,
    aggregate,
    read_files,
    role_id,
    stats,
)
from selfassess.core.model import Bank
from selfassess.core.render import render_team_report
from selfassess.core.responses import empty_response, response_to_json
from tests.core.test_render_html import CheckedDocument

NOW = "2025-03-01T09:00:00+00:00"
HOSTILE = '<img src=x onerror="alert(1)"> | *bold* [link](http://x)'

# Mini (tests/banks/mini.yml), by hand:
# A (direccion, es): valores 100; clientes 100 (sistema 1, all channels 1, "5" 1); overall 100
# B (equipo, en):    valores 0;   clientes 0;                                      overall 0
# C ("Staff" = equipo by its English label): escritos partial .5, uso "3" .5 → valores 50;
#   escucha "na", canales web = 1/2.5 = .4, satisfaccion unanswered → clientes 40;
#   overall (2 × 50 + 40) / 3 = 46.67
# valores: 100, 0, 50 → mean 50, spread √(5000/3) = 40.8 (disagreement), gap 80 − 50 = 30 (×2)
# clientes: 100, 0, 40 → mean 46.7, spread 41.1, gap 75 − 46.7 = 28.3 (×1)
# overall: 100, 0, 46.67 → mean 48.9
A = {"valores-escritos": "yes", "valores-uso": "5", "clientes-escucha": "sistema",
     "clientes-canales": ["web", "tienda", "telefono"], "clientes-satisfaccion": "5"}  # fmt: skip
B = {"valores-escritos": "no", "valores-uso": "1", "clientes-escucha": "nada",
     "clientes-canales": [], "clientes-satisfaccion": "1"}  # fmt: skip
C = {"valores-escritos": "partial", "valores-uso": "3", "clientes-escucha": "na",
     "clientes-canales": ["web"]}  # fmt: skip


def response_file(
    bank: Bank, answers: dict[str, Any], role: str = "", name: str = "", language: str = "es",
    notes: dict[str, str] | None = None,
) -> str:  # fmt: skip
    data = response_to_json(empty_response(bank, language, NOW))
    data["answers"].update(answers)
    data["respondent"] = {"name": name, "role": role}
    data["notes"] = notes or {}
    return json.dumps(data, ensure_ascii=False)


@pytest.fixture
def team_files(mini_bank: Bank) -> list[tuple[str, str]]:
    return [
        ("ana.json", response_file(mini_bank, A, "direccion", "Ana", "es")),
        ("bo.json", response_file(mini_bank, B, "equipo", "Bo", "en")),
        ("cy.json", response_file(mini_bank, C, "Staff", HOSTILE, "en",
                                  notes={"valores-uso": HOSTILE})),
        ("broken.json", '{"format": "selfassess/response@1", "bank": '),
        ("other.json", '{"format": "selfassess/response@1", "bank": {"id": "bloques-cx"}}'),
        ("list.json", "[]"),
    ]  # fmt: skip


def team_json(bank: Bank, files: list[tuple[str, str]], language: str = "en") -> dict[str, Any]:
    readings, rejected = read_files(bank, files)
    return json.loads(
        render_team_report(aggregate(bank, readings, rejected, language), bank, "json")
    )


def test_team_numbers_worked_out_by_hand(mini_bank: Bank, team_files) -> None:
    data = team_json(mini_bank, team_files)
    assert data["format"] == "selfassess/team-report@1"
    assert data["respondents"] == 3
    assert data["by_role"] == {"direccion": 1, "equipo": 2}
    assert data["overall"]["mean"] == 48.9
    assert (data["overall"]["min"], data["overall"]["max"], data["overall"]["count"]) == (0, 100, 3)
    sections = {s["id"]: s for s in data["sections"]}
    assert {k: sections["valores"][k] for k in ("mean", "min", "max", "spread", "count")} == {
        "mean": 50.0, "min": 0.0, "max": 100.0, "spread": 40.8, "count": 3
    }  # fmt: skip
    assert (sections["clientes"]["mean"], sections["clientes"]["spread"]) == (46.7, 41.1)
    assert sections["valores"]["by_role"]["equipo"]["mean"] == 25.0
    assert sections["valores"]["by_role"]["direccion"]["count"] == 1
    questions = {q["id"]: q for q in data["questions"]}
    escucha = questions["clientes-escucha"]
    assert (escucha["mean"], escucha["count"], escucha["unknown"], escucha["unanswered"]) == (
        50.0, 2, 1, 0
    )  # fmt: skip
    assert questions["clientes-satisfaccion"]["unanswered"] == 1
    assert questions["clientes-canales"]["mean"] == pytest.approx(46.7)
    assert [(g["section"], g["gap"], g["priority"]) for g in data["gaps"]] == [
        ("valores", 30.0, 60.0), ("clientes", 28.3, 28.3)
    ]  # fmt: skip
    assert [a["question"] for a in data["gaps"][0]["actions"]] == [
        "valores-uso",
        "valores-escritos",
    ]
    assert data["participation"] == {
        "respondents": 3,
        "complete": 2,
        "completeness": {"mean": 93.3, "min": 80.0, "max": 100.0, "spread": 9.4, "count": 3,
                         "disagreement": False},
    }  # fmt: skip


def test_bad_files_are_listed_with_reason_and_field(mini_bank: Bank, team_files) -> None:
    rejected = {r["file"]: r["reason"] for r in team_json(mini_bank, team_files)["rejected"]}
    assert set(rejected) == {"broken.json", "other.json", "list.json"}
    assert rejected["broken.json"].startswith("line 1, column ")
    assert "not valid JSON" in rejected["broken.json"]
    assert rejected["other.json"].startswith("bank.id: the file answers bank 'bloques-cx'")
    assert "found a list" in rejected["list.json"]
    assert all(not reason.startswith(name) for name, reason in rejected.items())


def test_spanish_and_english_files_aggregate_together(mini_bank: Bank) -> None:
    files = [
        ("es.json", response_file(mini_bank, A, language="es")),
        ("en.json", response_file(mini_bank, A, language="en")),
    ]
    data = team_json(mini_bank, files, "es")
    assert data["respondents"] == 2
    assert data["overall"]["mean"] == 100.0
    assert all(q["count"] == 2 for q in data["questions"])
    assert data["sections"][0]["title"] == "Valores"


def test_roles_match_ids_and_labels_in_any_language(mini_bank: Bank) -> None:
    assert role_id(mini_bank, "direccion") == "direccion"
    assert role_id(mini_bank, " MANAGEMENT ") == "direccion"
    assert role_id(mini_bank, "Dirección") == "direccion"
    assert role_id(mini_bank, "equipo") == "equipo"
    assert role_id(mini_bank, "Consultora  externa") == "Consultora externa"
    assert role_id(mini_bank, "") == ""
    files = [
        ("a.json", response_file(mini_bank, A, "Zeta")),
        ("b.json", response_file(mini_bank, A, "")),
        ("c.json", response_file(mini_bank, A, "alfa")),
        ("d.json", response_file(mini_bank, A, "Staff")),
    ]
    data = team_json(mini_bank, files)
    # The bank's roles first, then others by name, then "no role".
    assert list(data["by_role"]) == ["equipo", "alfa", "Zeta", ""]
    assert [r["label"] for r in data["roles"]] == ["Staff", "alfa", "Zeta", "No role given"]


def test_disagreement_threshold_is_one_scale_step() -> None:
    assert DISAGREEMENT_SPREAD == 25
    # Half the team one step apart: nuance. Two steps apart: disagreement.
    assert not stats([50, 75, 50, 75]).disagreement
    assert stats([50, 100, 50, 100]).spread == 25
    assert stats([50, 100, 50, 100]).disagreement
    assert not stats([0]).disagreement
    assert stats([]).mean is None


def test_no_usable_file_still_makes_a_report(mini_bank: Bank) -> None:
    readings, rejected = read_files(mini_bank, [("x.json", "nope")])
    team = aggregate(mini_bank, readings, rejected)
    data = json.loads(render_team_report(team, mini_bank, "json"))
    assert (data["respondents"], data["overall"]["mean"], data["gaps"]) == (0, None, [])
    assert "No se ha podido usar ningún archivo." in render_team_report(team, mini_bank, "html")


def test_other_bank_versions_are_counted_and_their_lost_answers_warned(mini_bank: Bank) -> None:
    old = json.loads(response_file(mini_bank, A))
    old["bank"]["version"] = "0.9.0"
    old["answers"]["valores-antiguos"] = "yes"
    readings, rejected = read_files(mini_bank, [("old.json", json.dumps(old))])
    data = json.loads(
        render_team_report(aggregate(mini_bank, readings, rejected), mini_bank, "json")
    )
    assert data["bank_versions"] == {"0.9.0": 1}
    assert any("old.json: answers.valores-antiguos" in w for w in data["warnings"])


def test_html_shows_names_and_notes_as_text(mini_bank: Bank, team_files) -> None:
    readings, rejected = read_files(mini_bank, team_files)
    team = aggregate(mini_bank, readings, rejected, "en")
    document = render_team_report(team, mini_bank, "html")
    parsed = CheckedDocument(document)
    assert "img" not in parsed.names() and "script" not in parsed.names()
    assert any(HOSTILE in t for t in parsed.texts)
    assert "&lt;img" in document
    # The charts are well-formed SVG with one series per role, the team and the target.
    for svg in document.split("<svg")[1:]:
        tree = ET.fromstring("<svg" + svg.split("</svg>")[0] + "</svg>")
        legend = [t.text for t in tree.iter("{http://www.w3.org/2000/svg}text")]
        assert {"Whole team", "Management", "Staff", "Target"} <= set(legend)
    flagged = [a for tag, a in parsed.tags if a.get("data-disagreement") == "true"]
    assert len(flagged) >= 1
    assert "25.0 points out of 100" in document
    for name in ("broken.json", "other.json", "list.json"):
        assert name in document


def test_markdown_and_csv_keep_hostile_text_literal(mini_bank: Bank, team_files) -> None:
    readings, rejected = read_files(mini_bank, team_files)
    team = aggregate(mini_bank, readings, rejected, "en")
    markdown = render_team_report(team, mini_bank, "md")
    assert "<img" not in markdown and "&lt;img" in markdown
    assert "\\[link\\]" in markdown and "\\*bold\\*" in markdown
    assert "## Where the team disagrees" in markdown
    rows = list(csv.reader(io.StringIO(render_team_report(team, mini_bank, "csv"))))
    assert rows[0][:5] == ["Level", "Section", "Id", "Title", "Mean"]
    assert rows[0][-6:-4] == ["Mean Management", "Mean Staff"]
    by_id = {row[2]: row for row in rows[1:]}
    assert by_id["valores"][4:9] == ["50.0", "0.0", "100.0", "40.8", "3"]
    assert by_id["valores"][10] == "yes"
    assert len({len(row) for row in rows}) == 1


def test_unknown_format_is_refused(mini_bank: Bank) -> None:
    team = aggregate(mini_bank, [])
    with pytest.raises(ValueError, match="choose one of md, csv, json, html"):
        render_team_report(team, mini_bank, "pdf")


def test_radar_has_one_series_per_role_from_three_sections() -> None:
    from tests.core.strategies import answered, make_bank, question, section

    bank = make_bank([section(f"s{i}", [question(f"s{i}-q", "scale")]) for i in range(3)])
    answers = [({"s0-q": "5", "s1-q": "1", "s2-q": "3"}, "direccion"), ({"s0-q": "1"}, "Ventas")]
    files = [
        (f"{n}.json", json.dumps(response_to_json(answered(bank, a, respondent_role=role))))
        for n, (a, role) in enumerate(answers)
    ]
    team = aggregate(bank, *read_files(bank, files), "es")
    body = render_team_report(team, bank, "html")
    radar = body.split('class="sa-chart sa-chart-radar"')[1].split("</svg>")[0]
    legend = [t.text for t in ET.fromstring(radar[radar.index("<svg"):] + "</svg>").iter(
        "{http://www.w3.org/2000/svg}text")]  # fmt: skip
    assert {"Todo el equipo", "direccion (es)", "Ventas", "Objetivo"} <= set(legend)
    # A role with no answer in a section leaves a gap in its line, never a zero; the numbers
    # are written as Spanish writes them.
    assert "Ventas: s0 (es) 0,0, s1 (es) —, s2 (es) —" in body
