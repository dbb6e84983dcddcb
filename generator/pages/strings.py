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
        "engine_timeout": "tarda demasiado en arrancar",
        "engine_worker_error": "error del proceso de cálculo",
        "engine_restarted": "El motor de cálculo se ha reiniciado; vuelve a intentarlo.",
        "retry": "Reintentar",
        "results": "Resultados",
        "targets": "Objetivos por sección",
        "targets_help": "Ajusta el objetivo de cada sección; el informe se actualiza al momento.",
        "computing": "Calculando…",
        "imported": "Respuestas cargadas.",
        "import_failed": "No se pudo cargar el archivo:",
        "saved_locally": "Tus respuestas se guardan solo en este navegador.",
        "saved_at": "Guardado en este navegador a las {time}.",
        "results_ready": "Resultados al día: {summary}.",
        "none_of_these": "Ninguna de estas",
        "asked_when": "Se pregunta si {condition}.",
        "answered_with": "a «{question}» se responde {options}",
        "and": "y",
        "or": "o",
        "for_roles": "Para: {roles}",
        "level": "Nivel {level}",
        "criteria": "Criterios de evidencia",
        "item_na": "No aplica",
        "storage_failed": "Este navegador no deja guardar las respuestas (almacenamiento lleno o "
        "desactivado): se perderán al cerrar la página. Descarga el archivo de respuestas para "
        "conservarlas.",
        "bank_updated": "Esta evaluación ha cambiado desde tu última visita (versión {old} → "
        "{new}). Se han conservado tus respuestas a las preguntas que siguen igual; estas ya no "
        "se pueden usar:",
        "erase_all": "Borrar todos mis datos de este sitio",
        "confirm_erase": "¿Borrar de este navegador todas las respuestas y preferencias guardadas "
        "por este sitio? No se puede deshacer.",
        "erased": "Borrado: {count} elementos guardados.",
        "no_js": "Sin JavaScript puedes leer e imprimir el cuestionario; para calcular los "
        "resultados hace falta JavaScript.",
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
        "team_title": "Informe del equipo",
        "team_intro": (
            "Reúne los archivos de respuestas de todas las personas que han respondido a este "
            "cuestionario y cárgalos aquí a la vez: el informe muestra la participación, la media "
            "y la dispersión de cada sección y pregunta por rol, dónde no hay acuerdo y las "
            "brechas del equipo."
        ),
        "team_privacy": "Los archivos se leen en este navegador; no se envían a ningún sitio.",
        "team_no_js": "Para combinar archivos de respuestas hace falta JavaScript.",
        "team_files_heading": "Archivos de respuestas",
        "team_choose": "Elegir archivos de respuestas",
        "team_drop": "También puedes arrastrarlos y soltarlos aquí.",
        "team_files": "{count} archivos cargados.",
        "team_reset": "Empezar de nuevo",
        "team_done": "{used} archivos usados, {rejected} descartados.",
        "download_team_md": "Informe del equipo (.md)",
        "download_team_csv": "Informe del equipo (.csv)",
        "download_team_json": "Informe del equipo (.json)",
        "download_team_html": "Informe del equipo (.html)",
        "print_report": "Imprimir el informe",
        "team_link": "Informe del equipo",
        "compare_title": "Comparar con la referencia",
        "compare_link": "Comparar con la referencia",
        "compare_intro": (
            "Carga la referencia (el archivo de respuestas o el informe del equipo en JSON del "
            "año pasado) y lo actual (un archivo o tus respuestas en este navegador) para ver "
            "qué ha cambiado por sección y por pregunta."
        ),
        "compare_baseline_file": "Referencia: elegir archivo",
        "compare_current_file": "Actual: elegir archivo",
        "compare_use_mine": "Usar mis respuestas de este navegador",
        "compare_my_answers": "Mis respuestas en este navegador",
        "compare_no_answers": "Este navegador no guarda respuestas a este cuestionario.",
        "download_compare_md": "Comparación (.md)",
        "download_compare_csv": "Comparación (.csv)",
        "download_compare_json": "Comparación (.json)",
        "download_compare_html": "Comparación (.html)",
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
        "engine_timeout": "it takes too long to start",
        "engine_worker_error": "error in the scoring process",
        "engine_restarted": "The scoring engine restarted; try again.",
        "retry": "Retry",
        "results": "Results",
        "targets": "Targets per section",
        "targets_help": "Adjust each section's target; the report updates at once.",
        "computing": "Computing…",
        "imported": "Answers loaded.",
        "import_failed": "The file could not be loaded:",
        "saved_locally": "Your answers are kept in this browser only.",
        "saved_at": "Saved in this browser at {time}.",
        "results_ready": "Results up to date: {summary}.",
        "none_of_these": "None of these",
        "asked_when": "Asked when {condition}.",
        "answered_with": "«{question}» is answered {options}",
        "and": "and",
        "or": "or",
        "for_roles": "For: {roles}",
        "level": "Level {level}",
        "criteria": "Evidence criteria",
        "item_na": "n/a",
        "storage_failed": "This browser does not let the site save answers (storage full or "
        "disabled): they will be lost when the page closes. Download the response file to keep "
        "them.",
        "bank_updated": "This assessment has changed since your last visit (version {old} → "
        "{new}). Your answers to the questions that stayed the same were kept; these can no "
        "longer be used:",
        "erase_all": "Erase all my data from this site",
        "confirm_erase": "Erase every answer and preference this site saved in this browser? "
        "This cannot be undone.",
        "erased": "Erased: {count} saved items.",
        "no_js": "Without JavaScript you can read and print the questionnaire; computing the "
        "results needs JavaScript.",
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
        "team_title": "Team report",
        "team_intro": (
            "Gather the answer files of everyone who answered this questionnaire and load them "
            "here at once: the report shows participation, the mean and spread of every section "
            "and question by role, where the team disagrees, and the team's gaps."
        ),
        "team_privacy": "The files are read in this browser; they are not sent anywhere.",
        "team_no_js": "Combining answer files needs JavaScript.",
        "team_files_heading": "Answer files",
        "team_choose": "Choose answer files",
        "team_drop": "You can also drag and drop them here.",
        "team_files": "{count} files loaded.",
        "team_reset": "Start over",
        "team_done": "{used} files used, {rejected} set aside.",
        "download_team_md": "Team report (.md)",
        "download_team_csv": "Team report (.csv)",
        "download_team_json": "Team report (.json)",
        "download_team_html": "Team report (.html)",
        "print_report": "Print the report",
        "team_link": "Team report",
        "compare_title": "Compare with the baseline",
        "compare_link": "Compare with the baseline",
        "compare_intro": (
            "Load the baseline (last year's answer file or team report JSON) and the current "
            "side (a file, or your answers in this browser) to see what changed by section and "
            "by question."
        ),
        "compare_baseline_file": "Baseline: choose a file",
        "compare_current_file": "Current: choose a file",
        "compare_use_mine": "Use my answers in this browser",
        "compare_my_answers": "My answers in this browser",
        "compare_no_answers": "This browser has no saved answers to this questionnaire.",
        "download_compare_md": "Comparison (.md)",
        "download_compare_csv": "Comparison (.csv)",
        "download_compare_json": "Comparison (.json)",
        "download_compare_html": "Comparison (.html)",
    },
}

LANGUAGES = tuple(UI)


def ui(language: str) -> dict[str, str]:
    """The interface strings in `language` (Spanish when the site speaks neither)."""
    return UI.get(language, UI["es"])
