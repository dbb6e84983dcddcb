"""Interface strings of the site (form, status, buttons) in every language the site speaks.

The same keys in every language; the browser receives the ones it needs as JSON.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "es": {
        "assessments": "Evaluaciones",
        "questions": "preguntas",
        "minutes": "min",
        "progress": "Progreso",
        "not_started": "Sin empezar",
        "start": "Empezar",
        "print_blank": "Cuestionario en blanco para imprimir",
        "respondent": "Quién responde",
        "name": "Nombre",
        "role": "Rol",
        "role_none": "(sin indicar)",
        "na": "No sé / No aplica",
        "note": "Nota o evidencia",
        "overall_progress": "Progreso total",
        "answered_of": "{answered} de {total} respondidas",
        "show_results": "Ver resultados",
        "download": "Descargar",
        "download_responses": "Respuestas (.json)",
        "download_report_md": "Informe (.md)",
        "download_report_csv": "Informe (.csv)",
        "download_report_json": "Informe (.json)",
        "download_report_html": "Informe (.html)",
        "import": "Cargar un archivo de respuestas",
        "clear_all": "Borrar todas las respuestas",
        "confirm_clear": "¿Borrar todas las respuestas de esta evaluación? No se puede deshacer.",
        "status_idle": "El motor de cálculo se cargará en segundo plano.",
        "status_loading": "Cargando el motor de cálculo…",
        "status_ready": "Motor de cálculo listo.",
        "status_failed": "No se pudo cargar el motor de cálculo. Tus respuestas están a salvo.",
        "retry": "Reintentar",
        "results": "Resultados",
        "targets": "Objetivos por sección",
        "targets_help": "Ajusta el objetivo de cada sección; el informe se actualiza al momento.",
        "computing": "Calculando…",
        "imported": "Respuestas cargadas.",
        "import_failed": "No se pudo cargar el archivo:",
        "saved_locally": "Tus respuestas se guardan solo en este navegador.",
        "no_js": "Sin JavaScript puedes leer e imprimir el cuestionario; para calcular los "
        "resultados hace falta JavaScript.",
        "print_title": "Cuestionario para imprimir",
        "print_intro": "Marca una casilla por pregunta (varias en las listas). Anota la evidencia "
        "en las líneas.",
        "calculators_title": "Calculadoras",
        "calc_intro": (
            "Las métricas de la guía, con tus datos. Para CSAT, NPS y CES, pega la columna de "
            "respuestas de la encuesta (una por línea, o una tabla copiada de la hoja de "
            "cálculo) o elige un archivo CSV; para las demás, escribe las cifras."
        ),
        "calc_privacy": "Los datos se leen y se calculan en este navegador; no salen de él.",
        "calc_no_js": (
            "Las calculadoras necesitan JavaScript. La guía de métricas explica cada fórmula "
            "con un ejemplo para calcularla a mano."
        ),
        "calc_scale": "Respuestas de {low} a {high}; las vacías y «no sé» se omiten.",
        "calc_paste": "Respuestas (una por línea, o CSV)",
        "calc_file": "O elige un archivo CSV",
        "calc_column": "Columna, si hay varias (nombre o número)",
        "calc_compute": "Calcular",
        "calc_from_text": "Resultado del texto pegado.",
        "calc_from_file": "Resultado del archivo {name}.",
        "calc_file_too_large": "{name} es demasiado grande: el límite es {mb} MB.",
        "calc_file_unreadable": "No se puede leer {name}.",
        "back_to_form": "Volver a la evaluación en línea",
    },
    "en": {
        "assessments": "Assessments",
        "questions": "questions",
        "minutes": "min",
        "progress": "Progress",
        "not_started": "Not started",
        "start": "Start",
        "print_blank": "Blank questionnaire to print",
        "respondent": "Who answers",
        "name": "Name",
        "role": "Role",
        "role_none": "(not given)",
        "na": "Don't know / Not applicable",
        "note": "Note or evidence",
        "overall_progress": "Overall progress",
        "answered_of": "{answered} of {total} answered",
        "show_results": "Show results",
        "download": "Download",
        "download_responses": "Answers (.json)",
        "download_report_md": "Report (.md)",
        "download_report_csv": "Report (.csv)",
        "download_report_json": "Report (.json)",
        "download_report_html": "Report (.html)",
        "import": "Load an answers file",
        "clear_all": "Clear all answers",
        "confirm_clear": "Clear every answer of this assessment? This cannot be undone.",
        "status_idle": "The scoring engine will load in the background.",
        "status_loading": "Loading the scoring engine…",
        "status_ready": "Scoring engine ready.",
        "status_failed": "The scoring engine could not load. Your answers are safe.",
        "retry": "Retry",
        "results": "Results",
        "targets": "Targets per section",
        "targets_help": "Adjust each section's target; the report updates at once.",
        "computing": "Computing…",
        "imported": "Answers loaded.",
        "import_failed": "The file could not be loaded:",
        "saved_locally": "Your answers are kept in this browser only.",
        "no_js": "Without JavaScript you can read and print the questionnaire; computing the "
        "results needs JavaScript.",
        "print_title": "Printable questionnaire",
        "print_intro": "Tick one box per question (several in lists). Write the evidence on the "
        "lines.",
        "calculators_title": "Calculators",
        "calc_intro": (
            "The metrics of the guide, with your data. For CSAT, NPS and CES, paste the survey's "
            "column of answers (one a line, or a table copied from the spreadsheet) or choose a "
            "CSV file; for the others, type the figures."
        ),
        "calc_privacy": "The data is read and computed in this browser; it never leaves it.",
        "calc_no_js": (
            "The calculators need JavaScript. The metrics guide explains every formula with an "
            "example to work out by hand."
        ),
        "calc_scale": "Answers from {low} to {high}; blank and “don’t know” ones are skipped.",
        "calc_paste": "Answers (one a line, or CSV)",
        "calc_file": "Or choose a CSV file",
        "calc_column": "Column, if there are several (name or number)",
        "calc_compute": "Calculate",
        "calc_from_text": "Result of the pasted text.",
        "calc_from_file": "Result of the file {name}.",
        "calc_file_too_large": "{name} is too large: the limit is {mb} MB.",
        "calc_file_unreadable": "{name} cannot be read.",
        "back_to_form": "Back to the online assessment",
    },
}

LANGUAGES = tuple(UI)


def ui(language: str) -> dict[str, str]:
    """The interface strings in `language` (Spanish when the site speaks neither)."""
    return UI.get(language, UI["es"])
