"""`selfassess new`: create a ready, branded site folder for a consultant or a trainer."""

from __future__ import annotations

import argparse
from pathlib import Path

from selfassess.cli.common import CliError
from selfassess.scaffold import LANGUAGES, ScaffoldRefused, create_site, default_bank_ids


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser(
        "new",
        help="create a new site folder: config with a brand, pages, guides and banks",
        description=(
            "Create a site folder that builds as is: mkdocs.yml with a brand block, docs/ "
            "with a home page and the guides, questionbank/ with copies of the default banks "
            "and the JSON Schema, and a README on building, serving and deploying."
        ),
    )
    new.add_argument("directory", metavar="DIR", type=Path, help="the folder to create")
    new.add_argument("--name", help="the organization's name (site title and brand)")
    new.add_argument(
        "--language", choices=LANGUAGES, default="es",
        help="language of the pages and the interface (default: es)",
    )  # fmt: skip
    new.add_argument(
        "--bank", dest="banks", metavar="ID|FILE", action="extend", nargs="+", default=[],
        help="banks to copy, repeatable: a default bank's id, or the path of a bank file of "
        f"your own (default: all of {', '.join(default_bank_ids())})",
    )  # fmt: skip
    new.add_argument(
        "--blank", action="store_true",
        help="leave out the CX guides and the calculators (home, assessments, help pages stay)",
    )  # fmt: skip
    new.add_argument(
        "--force", action="store_true",
        help="write into a folder that is not empty (same-named files are replaced)",
    )  # fmt: skip
    new.set_defaults(func=run_new)


def run_new(args: argparse.Namespace) -> int:
    try:
        written = create_site(
            args.directory, args.name, args.language, args.banks, args.force, args.blank
        )
    except ScaffoldRefused as refused:
        raise CliError(str(refused)) from None
    banks = sorted(p.stem for p in written if p.parts[0] == "questionbank" and p.suffix == ".yml")
    print(f"Created {args.directory} ({len(written)} files; banks: {', '.join(banks)}).")
    print(f"Next: cd {args.directory} && npm ci && selfassess serve   (see README.md)")
    return 0
