"""The report as JSON: for other tools, and for comparing years by machine."""

from __future__ import annotations

from typing import Any

from selfassess.core.brand import Brand
from selfassess.core.model import Bank
from selfassess.core.render.json_parts import bank_json, gaps_json
from selfassess.core.render.view import ReportView, report_view
from selfassess.core.results import Report

REPORT_FORMAT = "selfassess/report@1"


def report_to_json(report: Report, bank: Bank, brand: Brand | None = None) -> dict[str, Any]:
    """The report as plain JSON data, keys in a stable order, numbers rounded to one decimal."""
    return report_view_to_json(report_view(report, bank, brand))


def report_view_to_json(view: ReportView) -> dict[str, Any]:
    """The report's view as plain JSON data, keys in a stable order."""
    data: dict[str, Any] = {
        "format": REPORT_FORMAT,
        "bank": bank_json(view),
        "language": view.language,
        "respondent": {
            "name": view.respondent_name,
            "role": view.respondent_role,
            "role_label": view.respondent_role_label,
        },
        "overall": {
            "score": view.score,
            "rating": view.rating,
            "rating_label": view.rating_label or None,
            "completeness": view.completeness,
            "answered": view.answered,
            "unknown": view.unknown,
            "total": view.total,
        },
        "stage": {"id": view.stage, "label": view.stage_label} if view.stage else None,
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "score": s.score,
                "rating": s.rating,
                "rating_label": s.rating_label or None,
                "target": s.target,
                "gap": s.gap,
                "weight": s.weight,
                "answered": s.answered,
                "unknown": s.unknown,
                "total": s.total,
            }
            for s in view.sections
        ],
        "gaps": gaps_json(view.gaps),
        "questions": [
            {
                "id": q.id,
                "section": q.section,
                "text": q.text,
                "answer": q.answer,
                "answer_label": q.answer_label,
                "value": q.value,
                "note": q.note,
            }
            for q in view.questions
        ],
    }
    if view.brand is not None:
        data["brand"] = view.brand.metadata()
    return data
