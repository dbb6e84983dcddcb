"""`selfassess validate` and `selfassess inspect`: check banks, and show one as JSON or outline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from selfassess.cli.bank_view import bank_json_view, bank_outline
from selfassess.cli.common import (
    DEFAULT_BANKS_DIR,
    add_bank_argument,
    add_output_argument,
    bank_language,
    open_bank,
    write_output,
)
from selfassess.core.render import json_text
from selfassess.load import BankInvalid, find_bank_files, load_bank


def register(subparsers: argparse._SubParsersAction) -> None:
    validate = subparsers.add_parser(
        "validate",
        help="check question banks and report every problem",
        description=(
            "Check question banks (YAML files) and print every problem as "
            "FILE:LINE:COL: PATH: message, then a one-line summary. Exit status 0 when "
            "every bank is valid, 2 otherwise."
        ),
    )
    validate.add_argument(
        "paths", metavar="PATH", nargs="*", type=Path, default=[DEFAULT_BANKS_DIR],
        help=f"bank files or folders of banks (default: {DEFAULT_BANKS_DIR}/)",
    )  # fmt: skip
    validate.set_defaults(func=run_validate)

    inspect = subparsers.add_parser(
        "inspect",
        help="show a bank's sections, questions, options and values",
        description=(
            "Show a validated bank as a readable outline, or with --json as JSON: id, "
            "version, hash, languages, ratings, stages and sections with their questions, "
            "weights, targets, options and values."
        ),
    )
    add_bank_argument(inspect)
    inspect.add_argument(
        "--lang", metavar="L",
        help="texts in this language only (default: the outline uses the bank's first language; "
        "--json gives every language as {language: text})",
    )  # fmt: skip
    inspect.add_argument("--json", action="store_true", help="print JSON instead of an outline")
    add_output_argument(inspect, "the outline or JSON")
    inspect.set_defaults(func=run_inspect)


def run_validate(args: argparse.Namespace) -> int:
    files = find_bank_files(args.paths)
    if not files:
        shown = ", ".join(str(p) for p in args.paths)
        print(f"selfassess: error: no bank files (*.yml, *.yaml) in {shown}", file=sys.stderr)
        return 2
    problems = 0
    invalid = 0
    owners: dict[str, Path] = {}
    for path in files:
        try:
            bank_id = load_bank(path)["id"]
        except BankInvalid as error:
            invalid += 1
            problems += len(error.problems)
            print(error, file=sys.stderr)
            continue
        if bank_id in owners:
            invalid += 1
            problems += 1
            print(f"{path}: id: bank id '{bank_id}' is already used by {owners[bank_id]}; "
                  "give each bank its own id", file=sys.stderr)  # fmt: skip
            continue
        owners[bank_id] = path
        print(f"{path}: ok ({bank_id})")
    if invalid:
        print(f"{invalid} of {_count(len(files), 'bank')} invalid, {_count(problems, 'problem')}",
              file=sys.stderr)  # fmt: skip
        return 2
    print(f"{_count(len(files), 'bank')} valid")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def run_inspect(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    if args.json:
        language = bank_language(bank, args.lang) if args.lang else None
        text = json_text(bank_json_view(bank, language))
    else:
        text = bank_outline(bank, bank_language(bank, args.lang))
    write_output(text, args.output)
    return 0
