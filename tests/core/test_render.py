"""Report rendering: hand-built samples shared by the render tests, and the JSON report.

The Report here is written by hand rather than scored, so every format is tested
against numbers known in advance, including a section nobody answered (score None).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from selfassess.core.brand import Brand
from selfassess.core.model import Bank, bank_from_json, content_hash
from selfassess.core.render import REPORT_FORMATS, render_report
from selfassess.core.results import ActionItem, Gap, QuestionResult, Report, SectionResult
from selfassess.core.scoring import score
from tests.core.strategies import answered

HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_ROLE = '"><img src=x onerror=alert(1)>'
HOSTILE_NOTE = "| pipes | **bold** [link](javascript:alert(1)) <b>x</b>\n# heading"
FORMULA_NOTE = '=HYPERLINK("http://evil.example","x")'
BRAND = Brand(
    name="Acme <Consulting>",
    contact_email="hola@acme.example",
    contact_web="acme.example",
    primary_color="#8b1f5f",
    footer="Acme | informe confidencial",
)


def _text(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


def _band(band_id: str, low: float, high: float, es: str, en: str) -> dict[str, Any]:
    return {"id": band_id, "min": low, "max": high, "label": _text(es, en), "description": {}}


def _question(qid: str, qtype: str, options: list[tuple[str, float]]) -> dict[str, Any]:
    return {
        "id": qid,
        "type": qtype,
        "text": _text(f"¿Pregunta {qid}?", f"Question {qid}?"),
        "help": {},
        "weight": 1.0,
        "action": _text(f"Acción para {qid}.", f"Action for {qid}."),
        "options": [
            {"id": oid, "label": _text(f"{oid} (es)", f"{oid} (en)"), "value": value}
            for oid, value in options
        ],
    }


SCALE = [(str(i + 1), i / 4) for i in range(5)]
YESNO = [("yes", 1.0), ("partial", 0.5), ("no", 0.0)]


def _section(sid: str, es: str, en: str, questions: list[dict[str, Any]], **extra: float):
    return {"id": sid, "title": _text(es, en), "intro": {}, "weight": 1.0, "target": 75.0} | {
        "questions": questions,
        **extra,
    }


def sample_bank() -> Bank:
    """Four sections, one of which (lideres) nobody answers in the sample report."""
    data: dict[str, Any] = {
        "format": "selfassess/bank@1",
        "id": "muestra",
        "version": "2.1.0",
        "languages": ["es", "en"],
        "title": _text("Auditoría de muestra", "Sample audit"),
        "description": {},
        "minutes": 5,
        "default_target": 75.0,
        "ratings": [
            _band("excelente", 75, 100, "Excelente", "Excellent"),
            _band("margen-de-mejora", 50, 75, "Margen de mejora", "Room for improvement"),
            _band("accion-inmediata", 0, 50, "Necesita acción inmediata", "Needs immediate action"),
        ],
        "stages": [
            _band("pasiva", 0, 40, "Pasiva", "Passive"),
            _band("involucrada", 40, 70, "Involucrada", "Involved"),
            _band("enfocada", 70, 100, "Enfocada", "Focused"),
        ],
        "roles": [{"id": "direccion", "label": _text("Dirección", "Management")}],
        "sections": [
            _section(
                "valores",
                "Valores",
                "Values",
                [_question("q1", "scale", SCALE), _question("q2", "yesno", YESNO)],
                weight=2.0,
            ),
            _section(
                "mision",
                "Misión | propósito",
                "Mission | purpose",
                [
                    _question("q3", "choice", [("a", 0.0), ("b", 0.6), ("c", 1.0)]),
                    _question("q4", "checklist", [("x", 0.5), ("y", 0.5), ("z", 1.0)]),
                ],
                target=80.0,
            ),
            _section(
                "lideres",
                "Líderes",
                "Leaders",
                [_question("q5", "scale", SCALE), _question("q6", "yesno", YESNO)],
            ),
            _section("clientes", "Clientes", "Customers", [_question("q7", "scale", SCALE)]),
        ],
    }
    data["hash"] = content_hash(data)
    return bank_from_json(data)


def sample_report(language: str = "es", **changes: Any) -> Report:
    """The sample bank scored by hand; `changes` replace Report fields."""
    report = Report(
        bank_id="muestra",
        bank_version="2.1.0",
        bank_hash=sample_bank().hash,
        language=language,
        respondent_name=HOSTILE_NAME,
        respondent_role=HOSTILE_ROLE,
        score=57.5,
        rating="margen-de-mejora",
        stage="involucrada",
        completeness=600 / 7,
        answered=5,
        unknown=1,
        total=7,
        sections=(
            SectionResult("valores", 37.5, "accion-inmediata", 75.0, 37.5, 2.0, 2, 0, 2),
            SectionResult("mision", 55.0, "margen-de-mejora", 80.0, 25.0, 1.0, 2, 0, 2),
            SectionResult("lideres", None, None, 75.0, None, 1.0, 0, 1, 2),
            SectionResult("clientes", 100.0, "excelente", 75.0, 0.0, 1.0, 1, 0, 1),
        ),
        gaps=(
            Gap("valores", 37.5, 75.0, (ActionItem("q1", 0.5), ActionItem("q2", 0.25))),
            Gap("mision", 25.0, 25.04999, (ActionItem("q4", 0.3), ActionItem("q3", 0.2))),
        ),
        questions=(
            QuestionResult("q1", "valores", "2", 0.25, 1.0, HOSTILE_NOTE, True),
            QuestionResult("q2", "valores", "partial", 0.5, 1.0, FORMULA_NOTE, True),
            QuestionResult("q3", "mision", "b", 0.6, 1.0, "", True),
            QuestionResult("q4", "mision", ["x", "y"], 0.5, 1.0, "", True),
            QuestionResult("q5", "lideres", "na", None, 1.0, "", False),
            QuestionResult("q6", "lideres", None, None, 1.0, "", False),
            QuestionResult("q7", "clientes", "5", 1.0, 1.0, "", False),
        ),
    )
    return replace(report, **changes)


def test_json_has_the_documented_shape_in_a_stable_order() -> None:
    data = json.loads(render_report(sample_report(), sample_bank(), "json", BRAND))
    assert list(data) == [
        "format", "bank", "language", "respondent", "overall", "stage",
        "sections", "gaps", "questions", "brand",
    ]  # fmt: skip
    assert data["format"] == "selfassess/report@1"
    assert data["bank"] == {
        "id": "muestra",
        "version": "2.1.0",
        "hash": sample_bank().hash,
        "title": "Auditoría de muestra",
    }
    assert list(data["overall"]) == [
        "score", "rating", "rating_label", "completeness", "answered", "unknown", "total",
    ]  # fmt: skip
    assert list(data["sections"][0]) == [
        "id", "title", "score", "rating", "rating_label", "target", "gap", "weight",
        "answered", "unknown", "total",
    ]  # fmt: skip
    assert list(data["gaps"][0]) == ["section", "title", "gap", "priority", "actions"]
    assert list(data["gaps"][0]["actions"][0]) == ["question", "text", "action"]
    assert {"id", "section", "answer", "value", "note"} <= set(data["questions"][0])
    assert data["brand"]["primary_color"] == "#8b1f5f"


def test_json_rounds_to_one_decimal_and_writes_null_for_missing_scores() -> None:
    data = json.loads(render_report(sample_report(), sample_bank(), "json"))
    assert data["overall"]["completeness"] == 85.7
    assert data["overall"]["score"] == 57.5
    assert data["overall"]["rating_label"] == "Margen de mejora"
    assert data["gaps"][1]["priority"] == 25.0
    lideres = data["sections"][2]
    assert (lideres["score"], lideres["rating"], lideres["rating_label"], lideres["gap"]) == (
        None,
        None,
        None,
        None,
    )
    assert data["stage"] == {"id": "involucrada", "label": "Involucrada"}
    assert "brand" not in data


def test_json_gives_texts_in_the_report_language_and_keeps_user_data_verbatim() -> None:
    data = json.loads(render_report(sample_report("en"), sample_bank(), "json"))
    assert data["sections"][1]["title"] == "Mission | purpose"
    assert data["gaps"][0]["actions"][0] == {
        "question": "q1",
        "text": "Question q1?",
        "action": "Action for q1.",
    }
    assert data["respondent"]["name"] == HOSTILE_NAME
    assert data["questions"][0]["note"] == HOSTILE_NOTE
    assert data["questions"][3]["answer"] == ["x", "y"]


def test_json_without_a_stage_writes_null() -> None:
    data = json.loads(render_report(sample_report(stage=None), sample_bank(), "json"))
    assert data["stage"] is None


def test_rendered_json_is_indented_keeps_non_ascii_and_ends_with_a_newline() -> None:
    text = render_report(sample_report(), sample_bank(), "json", BRAND)
    assert text.endswith("}\n") and '\n  "format": "selfassess/report@1",' in text
    assert "Auditoría" in text and "\\u" not in text


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_a_scored_response_renders_in_every_format(
    mini_bank: Bank, fmt: str, language: str
) -> None:
    first = mini_bank.sections[0].questions[0]
    report = score(mini_bank, answered(mini_bank, {first.id: first.options[0].id}, language))
    rendered = render_report(report, mini_bank, fmt)  # type: ignore[arg-type]
    assert rendered == render_report(report, mini_bank, fmt)  # type: ignore[arg-type]
    assert rendered.strip()


def test_an_unknown_format_is_refused_with_the_formats_to_choose_from() -> None:
    with pytest.raises(ValueError, match="md, csv, json, html"):
        render_report(sample_report(), sample_bank(), "pdf")  # type: ignore[arg-type]
