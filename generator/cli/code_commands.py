"""`selfassess code` and `selfassess decode`: a response file as an answer code, and back;
and the codes in text files that `selfassess aggregate` reads beside response files."""

from __future__ import annotations

import argparse
from pathlib import Path

from selfassess.cli.common import (
    CliError,
    add_bank_argument,
    add_messages_language_argument,
    add_output_argument,
    open_bank,
    print_warnings,
    read_all,
    read_response_file,
    write_output,
)
from selfassess.core.aggregate import Rejected
from selfassess.core.code_reading import read_code_texts
from selfassess.core.codes import encode
from selfassess.core.locale import locale
from selfassess.core.model import Bank
from selfassess.core.render import json_text
from selfassess.core.responses import ResponseReading, response_to_json
from selfassess.core.textfile import MAX_FILE_BYTES as MAX_TEXT_BYTES
from selfassess.core.textfile import decode_text

_MESSAGES = "the messages about the files and codes"


def register(subparsers: argparse._SubParsersAction) -> None:
    code = subparsers.add_parser(
        "code",
        help="write the answer code of a response file",
        description=(
            "Write the answer code of a response file: one short line holding the answers "
            "and the role (never the name), which `selfassess aggregate` and the team page "
            "find in emails and chat logs."
        ),
        epilog="Example: selfassess code bloques-cx answers.json --notes",
    )
    add_bank_argument(code)
    code.add_argument("response", metavar="RESPONSE", type=Path,
                      help="the response file (JSON)")  # fmt: skip
    code.add_argument("--notes", action="store_true", help="put the notes in the code too")
    add_messages_language_argument(code, _MESSAGES)
    code.set_defaults(func=run_code)

    decode = subparsers.add_parser(
        "decode",
        help="write the responses held by answer codes in text files",
        description=(
            "Find every answer code in text files (emails, .eml, .mbox, chat logs, any text) "
            "and write the responses they hold as a JSON list of response files. Codes that "
            "cannot be used are listed with the file, the line and why; a code repeated "
            "counts once."
        ),
        epilog="Example: selfassess decode bloques-cx inbox.mbox -o responses.json",
    )
    add_bank_argument(decode)
    decode.add_argument("texts", metavar="TEXTFILE", nargs="+", type=Path,
                        help="text files holding answer codes")  # fmt: skip
    add_messages_language_argument(decode, _MESSAGES)
    add_output_argument(decode, "the responses")
    decode.set_defaults(func=run_decode)


def read_code_files(
    bank: Bank, paths: list[Path], language: str
) -> tuple[list[ResponseReading], list[Rejected]]:
    """The responses in the codes of text files, and the files and codes that are not usable."""
    contents, rejected = read_all(paths, MAX_TEXT_BYTES)
    texts = []
    for name, data in contents:
        if len(data) > MAX_TEXT_BYTES:
            words = locale(language)
            size = words.number(MAX_TEXT_BYTES, 0)
            rejected.append(Rejected(file=name, reason=words.text("code.text_too_big", size=size)))
        else:
            texts.append((name, decode_text(data)))
    readings, not_used = read_code_texts(bank, texts, language)
    return readings, rejected + not_used


def run_code(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    response = read_response_file(bank, args.response, args.lang)
    write_output(encode(bank, response, with_notes=args.notes), None)
    return 0


def run_decode(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    readings, rejected = read_code_files(bank, args.texts, args.lang)
    words = locale(args.lang)
    print_warnings(
        words.text("report.file_not_used", file=item.file, reason=item.reason)
        for item in rejected
    )
    print_warnings(warning for reading in readings for warning in reading.warnings)
    if not readings:
        raise CliError(words.text("code.none_used", bank=bank.id))
    responses = [response_to_json(reading.response) for reading in readings]
    write_output(json_text(responses), args.output)
    return 0
