"""Every human string of the reports, in Spanish and English, and how numbers are written.

Texts of the bank itself (titles, questions, actions, band labels) come from the bank
through `generator.core.model.localize`; this module holds only the report's own words,
so that every renderer says the same thing the same way.
"""

from __future__ import annotations

DASH = "—"
"""Written where there is no number: a section nobody answered has no score."""

FALLBACK_LANGUAGE = "en"

STRINGS: dict[str, dict[str, str]] = {
    "es": {
        "report_title": "Informe de autoevaluación",
        "bank": "Cuestionario",
        "bank_version": "{id}, versión {version}",
        "respondent": "Persona que responde",
        "role": "Rol",
        "overall_score": "Puntuación global",
        "score_of_100": "{score} / 100",
        "rating": "Valoración",
        "stage": "Etapa",
        "completeness": "Completitud",
        "percent": "{value} %",
        "completeness_detail": (
            "{answered} respondidas y {unknown} «no sé / no aplica», de {total} preguntas"
        ),
        "sections_heading": "Resultados por sección",
        "sections_caption": "Puntuación, valoración, objetivo y brecha de cada sección",
        "col_section": "Sección",
        "col_score": "Puntuación",
        "col_rating": "Valoración",
        "col_target": "Objetivo",
        "col_gap": "Brecha",
        "charts_heading": "Puntuación frente al objetivo",
        "chart_radar_title": "Puntuación de cada sección frente a su objetivo (radar)",
        "chart_bar_title": "Puntuación de cada sección frente a su objetivo (barras)",
        "series_score": "Puntuación",
        "series_target": "Objetivo",
        "gaps_heading": "Brechas por orden de prioridad",
        "gaps_none": "Ninguna sección queda por debajo de su objetivo.",
        "gap_summary": "brecha {gap} · prioridad {priority}",
        "gap_no_actions": (
            "Ninguna pregunta respondida queda por debajo del objetivo: "
            "responded las pendientes para ver qué hacer."
        ),
        "plan_heading": "Plan de acción",
        "plan_intro": (
            "Decidid en la sesión de planificación quién se encarga de cada acción y para cuándo."
        ),
        "plan_caption": "Acciones por brecha, con responsable y fecha por decidir",
        "col_gap_item": "Brecha",
        "col_action": "Acción",
        "col_owner": "Responsable",
        "col_date": "Fecha",
        "unanswered_heading": "Preguntas sin responder",
        "unknown_heading": "Preguntas respondidas con «No sé / No aplica»",
        "notes_heading": "Notas",
        "answer_na": "No sé / No aplica",
        "contact": "Contacto",
        "csv_section": "Sección",
        "csv_question": "Pregunta",
        "csv_question_text": "Texto de la pregunta",
        "csv_answer": "Respuesta",
        "csv_value": "Valor (0–100)",
        "csv_section_score": "Puntuación de la sección",
        "csv_gap": "Brecha de la sección",
        "csv_action": "Acción",
        "csv_note": "Nota",
    },
    "en": {
        "report_title": "Self-assessment report",
        "bank": "Questionnaire",
        "bank_version": "{id}, version {version}",
        "respondent": "Respondent",
        "role": "Role",
        "overall_score": "Overall score",
        "score_of_100": "{score} / 100",
        "rating": "Rating",
        "stage": "Stage",
        "completeness": "Completeness",
        "percent": "{value}%",
        "completeness_detail": (
            "{answered} answered and {unknown} “don't know / not applicable”, of {total} questions"
        ),
        "sections_heading": "Results by section",
        "sections_caption": "Score, rating, target and gap of each section",
        "col_section": "Section",
        "col_score": "Score",
        "col_rating": "Rating",
        "col_target": "Target",
        "col_gap": "Gap",
        "charts_heading": "Score against target",
        "chart_radar_title": "Score of each section against its target (radar)",
        "chart_bar_title": "Score of each section against its target (bars)",
        "series_score": "Score",
        "series_target": "Target",
        "gaps_heading": "Gaps by priority",
        "gaps_none": "No section falls short of its target.",
        "gap_summary": "gap {gap} · priority {priority}",
        "gap_no_actions": (
            "No answered question falls short of the target: "
            "answer the open ones to see what to do."
        ),
        "plan_heading": "Action plan",
        "plan_intro": "Fill in the owner and the date of each action in the planning session.",
        "plan_caption": "Actions by gap, with owner and date still to decide",
        "col_gap_item": "Gap",
        "col_action": "Action",
        "col_owner": "Owner",
        "col_date": "Date",
        "unanswered_heading": "Unanswered questions",
        "unknown_heading": "Questions answered “Don't know / Not applicable”",
        "notes_heading": "Notes",
        "answer_na": "Don't know / Not applicable",
        "contact": "Contact",
        "csv_section": "Section",
        "csv_question": "Question",
        "csv_question_text": "Question text",
        "csv_answer": "Answer",
        "csv_value": "Value (0–100)",
        "csv_section_score": "Section score",
        "csv_gap": "Section gap",
        "csv_action": "Action",
        "csv_note": "Note",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The report string `key` in `language` (English when the language is unknown), filled in."""
    strings = STRINGS.get(language, STRINGS[FALLBACK_LANGUAGE])
    return strings[key].format(**values)


def round_score(value: float | None) -> float | None:
    """A score, gap or percentage as every report writes it: one decimal, None kept."""
    return None if value is None else round(value, 1)


def format_score(value: float | None, missing: str = DASH) -> str:
    """A score as text, "72.5"; `missing` (a dash) when there is none."""
    rounded = round_score(value)
    return missing if rounded is None else f"{rounded:.1f}"


def format_percent(language: str, value: float | None) -> str:
    """A percentage as the language writes it: "90.0 %" in Spanish, "90.0%" in English."""
    if value is None:
        return DASH
    return text(language, "percent", value=format_score(value))
