"""`selfassess validate` and `selfassess inspect`: check banks, and show one as JSON or outline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from yaml.nodes import Node

from selfassess.cli.bank_view import bank_json_view, bank_outline, plural
from selfassess.cli.common import (
    DEFAULT_BANKS_DIR,
    add_bank_argument,
    add_output_argument,
    bank_language,
    open_bank,
    write_output,
)
from selfassess.core.coverage import bank_notes
from selfassess.core.model import bank_from_json
from selfassess.core.render import json_text
from selfassess.load import BankInvalid, find_bank_files, load_bank_nodes, position


def register(subparsers: argparse._SubParsersAction) -> None:
    validate = subparsers.add_parser(
        "validate",
        help="check question banks and report every problem",
        description=(
            "Check question banks (YAML files) and print every problem as "
            "FILE:LINE:COL: PATH: message, then a one-line summary. A valid bank may get "
            "notes, as FILE:LINE:COL: note: message: levels a role reaches with any answers, "
            "stage rules a role can never meet; they are information and leave the bank "
            "valid. Exit status 0 when every bank is valid, 2 otherwise."
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
    notes = 0
    owners: dict[str, Path] = {}
    for path in files:
        try:
            bank_json, root = load_bank_nodes(path)
        except BankInvalid as error:
            invalid += 1
            problems += len(error.problems)
            print(error, file=sys.stderr)
            continue
        bank_id = bank_json["id"]
        if bank_id in owners:
            invalid += 1
            problems += 1
            print(f"{path}: id: bank id '{bank_id}' is already used by {owners[bank_id]}; "
                  "give each bank its own id", file=sys.stderr)  # fmt: skip
            continue
        owners[bank_id] = path
        print(f"{path}: ok ({bank_id})")
        notes += _print_notes(path, bank_json, root)
    noted = f", {plural(notes, 'note')}" if notes else ""
    if invalid:
        print(f"{invalid} of {plural(len(files), 'bank')} invalid, "
              f"{plural(problems, 'problem')}{noted}", file=sys.stderr)  # fmt: skip
        return 2
    print(f"{plural(len(files), 'bank')} valid{noted}")
    return 0


def _print_notes(path: Path, bank_json: dict[str, Any], root: Node | None) -> int:
    """Print the notes on a valid bank, each where its section or stage rule starts; how many.
    They inform the author (a level some role reaches with any answers), never block."""
    notes = bank_notes(bank_from_json(bank_json))
    for note in notes:
        where = position(root, note.path)
        located = f"{path}:{where[0]}:{where[1]}" if where else str(path)
        print(f"{located}: note: {note.message}")
    return len(notes)


def run_inspect(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    if args.json:
        language = bank_language(bank, args.lang) if args.lang else None
        text = json_text(bank_json_view(bank, language))
    else:
        text = bank_outline(bank, bank_language(bank, args.lang))
    write_output(text, args.output)
    return 0
