"""What is said about answer codes, in every language of the messages: the one table of them.

Kept apart from the codes' logic so the messages can move into the shared catalogue whole.
"""

from __future__ import annotations

from selfassess.core.strings import FALLBACK_LANGUAGE

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "code_too_long": (
            "the code is longer than {limit} characters, more than any answer code; not read"
        ),
        "code_not_code": "not an answer code: a code starts with SA1- and ends with a full stop",
        "code_truncated": "the code is cut short (its end is missing); copy it again whole",
        "code_damaged": (
            "the code is damaged: its checksum does not match (a character was changed, added "
            "or lost); copy it again"
        ),
        "code_format": (
            "the code is of format SA{version}; this version of selfassess reads SA1 codes"
        ),
        "code_other_bank": "the code answers the bank {code_bank}, not '{bank}'",
        "code_other_version": (
            "the code was made for version {version} of '{bank}', whose questions differ "
            "from those of version '{current}'; read it with that version of the bank"
        ),
        "code_unknown_ids": (
            "the code names answers, notes or roles that '{bank}' version '{current}' does not have"
        ),
        "code_malformed": "the code is not well formed; it was not made by selfassess",
        "code_same_questions": (
            "made for version {version} of '{bank}', whose questions are those of version "
            "'{current}'; its answers are used"
        ),
        "code_repeated": "the same code as {first}; counted once",
        "code_none_found": "holds no answer code (SA1-…)",
        "code_too_many": "holds more than {limit} answer codes; those after them are not read",
        "code_none_used": "no answer code to '{bank}' could be used",
        "code_text_too_big": (
            "larger than {size} bytes, more than a text of codes can be; split it"
        ),
    },
    "es": {
        "code_too_long": (
            "el código pasa de {limit} caracteres, más que cualquier código de respuestas; "
            "no se lee"
        ),
        "code_not_code": (
            "no es un código de respuestas: un código empieza por SA1- y acaba en un punto"
        ),
        "code_truncated": "el código está cortado (le falta el final); cópialo de nuevo entero",
        "code_damaged": (
            "el código está dañado: su suma de control no cuadra (se cambió, añadió o perdió "
            "un carácter); cópialo de nuevo"
        ),
        "code_format": (
            "el código es de formato SA{version}; esta versión de selfassess lee códigos SA1"
        ),
        "code_other_bank": "el código responde al cuestionario {code_bank}, no a '{bank}'",
        "code_other_version": (
            "el código se hizo para la versión {version} de '{bank}', cuyas preguntas no son "
            "las de la versión '{current}'; léelo con esa versión del cuestionario"
        ),
        "code_unknown_ids": (
            "el código nombra respuestas, notas o roles que '{bank}' versión '{current}' no tiene"
        ),
        "code_malformed": "el código está mal formado; no lo hizo selfassess",
        "code_same_questions": (
            "hecho para la versión {version} de '{bank}', con las mismas preguntas que la "
            "versión '{current}'; se usan sus respuestas"
        ),
        "code_repeated": "el mismo código que {first}; se cuenta una vez",
        "code_none_found": "no contiene ningún código de respuestas (SA1-…)",
        "code_too_many": "contiene más de {limit} códigos de respuestas; no se leen los demás",
        "code_none_used": "no se ha podido usar ningún código de respuestas a '{bank}'",
        "code_text_too_big": (
            "pasa de {size} bytes, más de lo que puede ocupar un texto con códigos; divídelo"
        ),
    },
}


def message(language: str, key: str, **values: object) -> str:
    """The message `key` in `language` (English when there is none in it), filled in."""
    return MESSAGES.get(language, MESSAGES[FALLBACK_LANGUAGE])[key].format(**values)
