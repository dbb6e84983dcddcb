"""Every human string of the reports, in Spanish and English, and how numbers are written.

Texts of the bank itself (titles, questions, actions, band labels) come from the bank
through `selfassess.core.model.localize`; this module holds only the report's own words,
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
        "chart_table": "Los datos de los gráficos, en una tabla",
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
        # team report
        "team_report_title": "Informe del equipo",
        "team_respondents": "Personas que responden",
        "team_participation_heading": "Participación",
        "team_by_role": "Por rol",
        "role_none": "Sin rol indicado",
        "team_complete_detail": "{complete} de {respondents} respondieron todas las preguntas",
        "team_mean_completeness": "Completitud media",
        "team_versions": "Versiones del cuestionario respondidas",
        "team_version_count": "versión {version}: {count} archivos",
        "team_overall": "Puntuación media del equipo",
        "team_range": "mín. {min} · máx. {max} · dispersión {spread} · {count} personas",
        "team_spread_detail": (
            "media {mean} · mín. {min} · máx. {max} · dispersión {spread} · {count} personas"
        ),
        "team_rejected_heading": "Archivos que no se han usado",
        "team_rejected_intro": (
            "Estos archivos no se han podido leer como respuestas a este cuestionario; "
            "el resto sí se ha usado."
        ),
        "team_warnings_heading": "Avisos sobre archivos usados",
        "team_warnings_more": "… y {count} avisos más.",
        "col_file": "Archivo",
        "col_reason": "Motivo",
        "col_question": "Pregunta",
        "col_mean": "Media",
        "col_min": "Mín.",
        "col_max": "Máx.",
        "col_spread": "Dispersión",
        "col_count": "N",
        "col_unknown": "No sé",
        "col_flag": "Desacuerdo",
        "col_role": "Rol",
        "col_respondents": "Personas",
        "team_flag": "desacuerdo",
        "team_mean_count": "{mean} ({count})",
        "team_disagreement_heading": "Dónde no hay acuerdo",
        "team_disagreement_rule": (
            "Se marca desacuerdo cuando la dispersión (desviación típica) de las puntuaciones "
            "llega a {threshold} puntos sobre 100, es decir, un paso de la escala de cinco "
            "puntos: un equipo dividido entre «a veces» y «siempre», o entre «sí» y "
            "«en parte», la alcanza. Por debajo, las diferencias suelen ser de matiz; por "
            "encima, las personas no ven la misma organización y conviene hablarlo antes de "
            "actuar sobre la media."
        ),
        "team_disagreement_none": "Ninguna sección ni pregunta alcanza ese umbral.",
        "team_sections_heading": "Resultados del equipo por sección",
        "team_sections_caption": (
            "Media, mínimo, máximo y dispersión de las puntuaciones de cada sección, "
            "con el objetivo y la brecha de la media"
        ),
        "team_roles_heading": "Por rol, en paralelo",
        "team_roles_caption": "Media de cada sección por rol (número de personas)",
        "team_questions_heading": "Resultados del equipo por pregunta",
        "team_questions_caption": (
            "Media, mínimo, máximo y dispersión de las respuestas (0–100); "
            "«No sé» cuenta las respuestas «no sé / no aplica»"
        ),
        "team_question_roles_caption": "Media de cada pregunta por rol (número de personas)",
        "team_charts_heading": "Puntuación por rol frente al objetivo",
        "team_chart_radar_title": "Media de cada sección por rol frente al objetivo (radar)",
        "team_chart_bar_title": "Media de cada sección por rol frente al objetivo (barras)",
        "series_team": "Todo el equipo",
        "team_notes_heading": "Notas de las personas que responden",
        "team_note_author": "{name} ({role})",
        "team_anonymous": "Anónimo",
        "team_none_used": "No se ha podido usar ningún archivo.",
        "csv_level": "Nivel",
        "csv_level_overall": "global",
        "csv_level_section": "sección",
        "csv_level_question": "pregunta",
        "csv_id": "Id",
        "csv_title": "Título",
        "csv_mean": "Media",
        "csv_min": "Mínimo",
        "csv_max": "Máximo",
        "csv_spread": "Dispersión",
        "csv_count": "Respuestas",
        "csv_unknown": "No sé / no aplica",
        "csv_disagreement": "Desacuerdo",
        "csv_role_mean": "Media {role}",
        "csv_yes": "sí",
        # comparison
        "compare_title": "Comparación con la referencia",
        "compare_baseline": "Referencia",
        "compare_current": "Actual",
        "compare_kind_response": "respuestas de {name}",
        "compare_kind_response_anonymous": "un archivo de respuestas",
        "compare_kind_team": "informe de equipo (n = {count})",
        "compare_side_detail": "{what}, versión {version}",
        "compare_side_date": "{what}, versión {version}, {date}",
        "compare_overall": "Puntuación global",
        "compare_overall_value": "{baseline} → {current} ({delta})",
        "compare_summary_heading": "Resumen",
        "compare_counts": (
            "Secciones: {improved} mejoran, {unchanged} sin cambios y {worse} empeoran."
        ),
        "compare_tolerance": (
            "Una diferencia menor de {tolerance} puntos cuenta como «sin cambios»: es menos de "
            "lo que mueve una sola respuesta un paso en una sección de diez preguntas."
        ),
        "compare_most_improved": "Lo que más ha mejorado",
        "compare_most_worse": "Lo que más ha empeorado",
        "compare_move": "{title}: {baseline} → {current} ({delta})",
        "compare_no_moves": "Nada.",
        "compare_sections_heading": "Cambios por sección",
        "compare_sections_caption": "Puntuación de referencia, actual y diferencia de cada sección",
        "compare_questions_heading": "Cambios por pregunta",
        "compare_questions_caption": "Puntuación de referencia, actual y diferencia (0–100)",
        "compare_charts_heading": "Referencia frente a ahora",
        "compare_chart_radar_title": "Puntuación de cada sección, referencia y actual (radar)",
        "compare_chart_bar_title": "Puntuación de cada sección, referencia y actual (barras)",
        "col_baseline": "Referencia",
        "col_current": "Actual",
        "col_delta": "Diferencia",
        "col_status": "Cambio",
        "status_improved": "mejora",
        "status_unchanged": "sin cambios",
        "status_worse": "empeora",
        "status_missing": "sin dato",
        "compare_changes_heading": "Cambios en el cuestionario",
        "compare_versions_same": "Las dos partes responden a la misma versión del cuestionario.",
        "compare_versions_differ": (
            "La referencia responde a la versión {baseline} y lo actual a la versión {current}: "
            "solo se comparan las preguntas con el mismo identificador."
        ),
        "compare_changed_unknown": (
            "Una respuesta suelta no guarda el texto de las preguntas, así que no se puede "
            "saber cuáles han cambiado de redacción u opciones entre versiones."
        ),
        "compare_questions_added": "Preguntas nuevas (sin referencia)",
        "compare_questions_removed": "Preguntas que ya no están (sin dato actual)",
        "compare_questions_changed": "Preguntas con otra redacción u opciones",
        "compare_sections_added": "Secciones nuevas",
        "compare_sections_removed": "Secciones que ya no están",
        # messages about files read (responses, reports, team files)
        "thousands": "\u202f",
        "kind_null": "null",
        "kind_bool": "true o false",
        "kind_number": "un número",
        "kind_string": "un texto",
        "kind_list": "una lista",
        "kind_object": "un objeto",
        "file_too_big": (
            "{source}: el archivo pasa de 5 MB ({size} bytes), lo máximo que puede ocupar un "
            "archivo de respuestas; elige el archivo de respuestas guardado desde la página "
            "de la evaluación"
        ),
        "file_not_utf8": (
            "{source}: no es texto UTF-8 (byte 0x{byte} en la posición {offset}); guarda el "
            "archivo como UTF-8"
        ),
        "file_not_json": "{source}:{line}:{column}: no es JSON válido: {error}",
        "file_too_deep": (
            "{source}: listas y objetos anidados a {depth} niveles; un archivo de respuestas "
            "necesita 3 como mucho"
        ),
        "file_not_object": (
            '{source}: se esperaba un objeto JSON con "format": "{format}", se encontró {kind}'
        ),
        "file_format_missing": (
            '{source}: format: falta; un archivo de respuestas empieza por "format": "{format}"'
        ),
        "file_format_unknown": (
            "{source}: format: {value} no es un formato que lea esta versión; "
            'se esperaba "{format}"'
        ),
        "file_bank_missing": (
            "{source}: bank.id: falta; el archivo debe decir a qué cuestionario responde ('{bank}')"
        ),
        "file_bank_other": (
            "{source}: bank.id: el archivo responde al cuestionario {value}, no a '{bank}'; "
            "puntúalo con ese cuestionario"
        ),
        "file_more_warnings": "{source}: … y {count} avisos más",
        "file_line_column": "línea {line}, columna {column}: ",
        "warn_unknown_field": "campo desconocido, ignorado",
        "warn_string_ignored": "se esperaba un texto, se encontró {kind}; ignorado",
        "warn_string_cut": "más largo de {limit} caracteres; recortado a {limit}",
        "warn_version": (
            "el archivo responde a la versión {value} de '{bank}' y esta es la versión "
            "'{version}'; se conservan las respuestas a las preguntas que siguen existiendo"
        ),
        "warn_hash": (
            "la versión '{version}' de '{bank}' ha cambiado desde que se guardó el archivo; se "
            "conservan las respuestas a las preguntas que siguen existiendo"
        ),
        "warn_language_missing": "falta; se usa '{fallback}'",
        "warn_language_unknown": "{value} no es ninguno de {languages}; se usa '{fallback}'",
        "warn_respondent": "se esperaba un objeto con name y role, se encontró {kind}",
        "warn_timestamp": "{value} no es una fecha y hora ISO-8601; ignorado",
        "warn_mapping_answers": (
            "se esperaba un objeto de ids de pregunta y respuestas, se encontró {kind}; "
            "todo ignorado"
        ),
        "warn_mapping_notes": (
            "se esperaba un objeto de ids de pregunta y notas, se encontró {kind}; todo ignorado"
        ),
        "warn_mapping_targets": (
            "se esperaba un objeto de ids de sección y objetivos, se encontró {kind}; "
            "todo ignorado"
        ),
        "warn_no_question": "no hay tal pregunta en '{bank}' versión '{version}'; descartada",
        "warn_no_section": "no hay tal sección en '{bank}'; descartada",
        "warn_note_type": "se esperaba un texto, se encontró {kind}; descartada",
        "warn_note_cut": "más larga de {limit} caracteres; recortada a esa longitud",
        "warn_target_type": "se esperaba un número de 0 a 100, se encontró {kind}; descartado",
        "warn_target_range": "{value} está fuera de 0–100; se usa el objetivo del cuestionario",
        "warn_option_list": (
            'se esperaba una lista de ids de opción o "na", se encontró {kind}; descartada'
        ),
        "warn_option": (
            'se esperaba un id de opción ({options}) o "na", se encontró {kind}; descartada'
        ),
        "warn_option_unknown": "la opción {value} no es ninguna de {options}",
        "snapshot_format": (
            "{source}: format: {value} no se puede comparar; se esperaba un archivo de respuestas "
            '("{response}"), un informe ("{report}") o un informe de equipo ("{team}")'
        ),
        "snapshot_number": "se esperaba un número o null, se encontró {kind}",
        "snapshot_range": "{value} está fuera de 0–100",
        "snapshot_string": "se esperaba un texto, se encontró {kind}",
        "snapshot_list": "se esperaba una lista, se encontró {kind}",
        "snapshot_object": "se esperaba un objeto, se encontró {kind}",
        "snapshot_count": "se esperaba un recuento, se encontró {kind}",
        "snapshot_bank_missing": "falta; el archivo debe decir de qué cuestionario es",
        "snapshot_bank_other": "el archivo es del cuestionario {value}, no de '{bank}'",
        "snapshot_no_section": (
            "{value}: no hay tal sección en '{bank}'; aparece como sección que ya no está"
        ),
        "snapshot_no_question": (
            "{value}: no hay tal pregunta en '{bank}' versión '{version}'; aparece como "
            "pregunta que ya no está"
        ),
        "snapshot_duplicate": "{value} ya aparece en {first}; se usa el primero",
        "file_not_used": "{file}: no usado: {reason}",
        "none_used": (
            "no se ha podido usar ninguno de los {count} archivos como respuestas a '{bank}'"
        ),
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
        "chart_table": "The charts' data as a table",
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
        # team report
        "team_report_title": "Team report",
        "team_respondents": "Respondents",
        "team_participation_heading": "Participation",
        "team_by_role": "By role",
        "role_none": "No role given",
        "team_complete_detail": "{complete} of {respondents} answered every question",
        "team_mean_completeness": "Mean completeness",
        "team_versions": "Questionnaire versions answered",
        "team_version_count": "version {version}: {count} files",
        "team_overall": "Team mean score",
        "team_range": "min {min} · max {max} · spread {spread} · {count} respondents",
        "team_spread_detail": (
            "mean {mean} · min {min} · max {max} · spread {spread} · {count} respondents"
        ),
        "team_rejected_heading": "Files not used",
        "team_rejected_intro": (
            "These files could not be read as answers to this questionnaire; "
            "all the others were used."
        ),
        "team_warnings_heading": "Warnings about files used",
        "team_warnings_more": "… and {count} more warnings.",
        "col_file": "File",
        "col_reason": "Reason",
        "col_question": "Question",
        "col_mean": "Mean",
        "col_min": "Min",
        "col_max": "Max",
        "col_spread": "Spread",
        "col_count": "N",
        "col_unknown": "Don't know",
        "col_flag": "Disagreement",
        "col_role": "Role",
        "col_respondents": "Respondents",
        "team_flag": "disagreement",
        "team_mean_count": "{mean} ({count})",
        "team_disagreement_heading": "Where the team disagrees",
        "team_disagreement_rule": (
            "Disagreement is flagged when the spread (standard deviation) of the scores "
            "reaches {threshold} points out of 100, one step of the five-point scale: a team "
            "split between “sometimes” and “always”, or between “yes” and “partly”, reaches "
            "it. Below it, differences are mostly nuance; above it, people do not see the same "
            "organization, and it is worth talking it through before acting on the mean."
        ),
        "team_disagreement_none": "No section or question reaches that threshold.",
        "team_sections_heading": "Team results by section",
        "team_sections_caption": (
            "Mean, minimum, maximum and spread of each section's scores, "
            "with the target and the gap of the mean"
        ),
        "team_roles_heading": "By role, side by side",
        "team_roles_caption": "Mean of each section by role (number of respondents)",
        "team_questions_heading": "Team results by question",
        "team_questions_caption": (
            "Mean, minimum, maximum and spread of the answers (0–100); "
            "“Don't know” counts “don't know / not applicable” answers"
        ),
        "team_question_roles_caption": "Mean of each question by role (number of respondents)",
        "team_charts_heading": "Score by role against target",
        "team_chart_radar_title": "Mean of each section by role against its target (radar)",
        "team_chart_bar_title": "Mean of each section by role against its target (bars)",
        "series_team": "Whole team",
        "team_notes_heading": "Respondents' notes",
        "team_note_author": "{name} ({role})",
        "team_anonymous": "Anonymous",
        "team_none_used": "No file could be used.",
        "csv_level": "Level",
        "csv_level_overall": "overall",
        "csv_level_section": "section",
        "csv_level_question": "question",
        "csv_id": "Id",
        "csv_title": "Title",
        "csv_mean": "Mean",
        "csv_min": "Minimum",
        "csv_max": "Maximum",
        "csv_spread": "Spread",
        "csv_count": "Answers",
        "csv_unknown": "Don't know / not applicable",
        "csv_disagreement": "Disagreement",
        "csv_role_mean": "Mean {role}",
        "csv_yes": "yes",
        # comparison
        "compare_title": "Comparison with the baseline",
        "compare_baseline": "Baseline",
        "compare_current": "Current",
        "compare_kind_response": "answers of {name}",
        "compare_kind_response_anonymous": "a response file",
        "compare_kind_team": "team report (n = {count})",
        "compare_side_detail": "{what}, version {version}",
        "compare_side_date": "{what}, version {version}, {date}",
        "compare_overall": "Overall score",
        "compare_overall_value": "{baseline} → {current} ({delta})",
        "compare_summary_heading": "Summary",
        "compare_counts": "Sections: {improved} improved, {unchanged} unchanged, {worse} worse.",
        "compare_tolerance": (
            "A difference under {tolerance} points counts as unchanged: less than one answer "
            "moving one step does to a section of ten questions."
        ),
        "compare_most_improved": "Most improved",
        "compare_most_worse": "Most declined",
        "compare_move": "{title}: {baseline} → {current} ({delta})",
        "compare_no_moves": "Nothing.",
        "compare_sections_heading": "Changes by section",
        "compare_sections_caption": "Baseline score, current score and difference of each section",
        "compare_questions_heading": "Changes by question",
        "compare_questions_caption": "Baseline score, current score and difference (0–100)",
        "compare_charts_heading": "Baseline against now",
        "compare_chart_radar_title": "Score of each section, baseline and current (radar)",
        "compare_chart_bar_title": "Score of each section, baseline and current (bars)",
        "col_baseline": "Baseline",
        "col_current": "Current",
        "col_delta": "Difference",
        "col_status": "Change",
        "status_improved": "improved",
        "status_unchanged": "unchanged",
        "status_worse": "worse",
        "status_missing": "no data",
        "compare_changes_heading": "Changes in the questionnaire",
        "compare_versions_same": "Both sides answer the same version of the questionnaire.",
        "compare_versions_differ": (
            "The baseline answers version {baseline} and the current side version {current}: "
            "only questions with the same id are compared."
        ),
        "compare_changed_unknown": (
            "A single response file does not keep the wording of the questions, so which ones "
            "changed wording or options between versions cannot be told."
        ),
        "compare_questions_added": "New questions (no baseline)",
        "compare_questions_removed": "Questions no longer asked (no current data)",
        "compare_questions_changed": "Questions with new wording or options",
        "compare_sections_added": "New sections",
        "compare_sections_removed": "Sections no longer there",
        # messages about files read (responses, reports, team files)
        "thousands": ",",
        "kind_null": "null",
        "kind_bool": "true or false",
        "kind_number": "a number",
        "kind_string": "a string",
        "kind_list": "a list",
        "kind_object": "an object",
        "file_too_big": (
            "{source}: the file is larger than 5 MB ({size} bytes), the most a response file "
            "can be; choose the response file saved from the assessment page"
        ),
        "file_not_utf8": (
            "{source}: not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8"
        ),
        "file_not_json": "{source}:{line}:{column}: not valid JSON: {error}",
        "file_too_deep": (
            "{source}: arrays and objects nested {depth} levels deep; a response file needs at "
            "most 3"
        ),
        "file_not_object": (
            '{source}: expected a JSON object with "format": "{format}", found {kind}'
        ),
        "file_format_missing": (
            '{source}: format: missing; a response file starts with "format": "{format}"'
        ),
        "file_format_unknown": (
            '{source}: format: {value} is not a format this version reads; expected "{format}"'
        ),
        "file_bank_missing": (
            "{source}: bank.id: missing; the file must name the bank it answers ('{bank}')"
        ),
        "file_bank_other": (
            "{source}: bank.id: the file answers bank {value}, not '{bank}'; "
            "score it with that bank"
        ),
        "file_more_warnings": "{source}: … and {count} more warnings",
        "file_line_column": "line {line}, column {column}: ",
        "warn_unknown_field": "unknown field, ignored",
        "warn_string_ignored": "expected a string, found {kind}; ignored",
        "warn_string_cut": "longer than {limit} characters; cut to {limit}",
        "warn_version": (
            "the file answers version {value} of '{bank}', this is version '{version}'; answers "
            "to questions that still exist are kept"
        ),
        "warn_hash": (
            "version '{version}' of '{bank}' has changed since the file was saved; answers to "
            "questions that still exist are kept"
        ),
        "warn_language_missing": "missing; using '{fallback}'",
        "warn_language_unknown": "{value} is not one of {languages}; using '{fallback}'",
        "warn_respondent": "expected an object with name and role, found {kind}",
        "warn_timestamp": "{value} is not an ISO-8601 date and time; ignored",
        "warn_mapping_answers": (
            "expected an object of question ids to answers, found {kind}; all ignored"
        ),
        "warn_mapping_notes": (
            "expected an object of question ids to notes, found {kind}; all ignored"
        ),
        "warn_mapping_targets": (
            "expected an object of section ids to targets, found {kind}; all ignored"
        ),
        "warn_no_question": "no such question in '{bank}' version '{version}'; dropped",
        "warn_no_section": "no such section in '{bank}'; dropped",
        "warn_note_type": "expected a string, found {kind}; dropped",
        "warn_note_cut": "longer than {limit} characters; cut to that length",
        "warn_target_type": "expected a number from 0 to 100, found {kind}; dropped",
        "warn_target_range": "{value} is outside 0–100; the bank's target is used",
        "warn_option_list": 'expected a list of option ids or "na", found {kind}; dropped',
        "warn_option": 'expected an option id ({options}) or "na", found {kind}; dropped',
        "warn_option_unknown": "option {value} is not one of {options}",
        "snapshot_format": (
            "{source}: format: {value} cannot be compared; expected a response file "
            '("{response}"), a report ("{report}") or a team report ("{team}")'
        ),
        "snapshot_number": "expected a number or null, found {kind}",
        "snapshot_range": "{value} is outside 0–100",
        "snapshot_string": "expected a string, found {kind}",
        "snapshot_list": "expected a list, found {kind}",
        "snapshot_object": "expected an object, found {kind}",
        "snapshot_count": "expected a count, found {kind}",
        "snapshot_bank_missing": "missing; the file must name its bank",
        "snapshot_bank_other": "the file is about bank {value}, not '{bank}'",
        "snapshot_no_section": (
            "{value}: no such section in '{bank}'; shown as a section no longer there"
        ),
        "snapshot_no_question": (
            "{value}: no such question in '{bank}' version '{version}'; shown as a question "
            "no longer asked"
        ),
        "snapshot_duplicate": "{value} is already listed at {first}; the first is used",
        "file_not_used": "{file}: not used: {reason}",
        "none_used": "none of the {count} files could be used as answers to '{bank}'",
    },
}


JSON_ERRORS: dict[str, dict[str, str]] = {
    "es": {
        "Expecting value": "se esperaba un valor",
        "Expecting property name enclosed in double quotes": (
            "se esperaba un nombre de campo entre comillas dobles"
        ),
        "Expecting ',' delimiter": "falta una coma (,)",
        "Expecting ':' delimiter": "faltan los dos puntos (:)",
        "Extra data": "hay más texto después del JSON",
        "Unterminated string starting at": "un texto sin cerrar empieza aquí",
        "Invalid control character at": "carácter de control no válido",
        "Invalid \\escape": "secuencia de escape \\ no válida",
        "Invalid \\uXXXX escape": "secuencia \\uXXXX no válida",
        "Illegal trailing comma before end of object": "sobra una coma antes del final del objeto",
        "Illegal trailing comma before end of array": "sobra una coma antes del final de la lista",
    },
}
"""Python's json module explains in English; its messages in the other languages."""


def json_error(language: str, message: str) -> str:
    """The json module's `message` in `language`, as it is when there is no translation."""
    return JSON_ERRORS.get(language, {}).get(message, message)


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


def format_count(language: str, value: int) -> str:
    """A whole number grouped by thousands as the language does: "10 000", "10,000"."""
    return f"{value:,}".replace(",", text(language, "thousands"))


def format_delta(value: float | None, missing: str = DASH) -> str:
    """A change of score with its sign, "+4.5" or "-2.0"; `missing` (a dash) when there is none."""
    rounded = round_score(value)
    if rounded is None:
        return missing
    return f"{rounded:+.1f}" if rounded else "0.0"
