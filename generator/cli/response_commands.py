"""`selfassess template` and `selfassess score`: an empty response file, and a scored report."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from selfassess.cli.brand_option import add_config_argument, report_brand
from selfassess.cli.common import (
    add_bank_argument,
    add_format_argument,
    add_messages_language_argument,
    add_output_argument,
    add_target_argument,
    bank_language,
    checked_targets,
    open_bank,
    read_response_file,
    write_output,
)
from selfassess.core.render import REPORT_FORMATS, json_text, render_report
from selfassess.core.responses import empty_response, response_to_json
from selfassess.core.scoring import score


def register(subparsers: argparse._SubParsersAction) -> None:
    template = subparsers.add_parser(
        "template",
        help="write an empty response file for a bank",
        description=(
            "Write an empty response file for a bank: every question unanswered. Fill in "
            'the answers (option ids, a list of them for checklists, or "na") and score '
            "it with `selfassess score`."
        ),
    )
    add_bank_argument(template)
    template.add_argument(
        "--lang", metavar="L", help="language of the response (default: the bank's first)"
    )
    add_output_argument(template, "the response file")
    template.set_defaults(func=run_template)

    score_parser = subparsers.add_parser(
        "score",
        help="score a response file and write the gap report",
        description=(
            "Score a response file against its bank and write the gap report, with the "
            "same code the site runs in the browser. Problems found in the response file "
            "are listed on standard error; answers that cannot be used are left out."
        ),
        epilog="Example: selfassess score bloques-cx answers.json --format html -o report.html",
    )
    add_bank_argument(score_parser)
    score_parser.add_argument("response", metavar="RESPONSE", type=Path,
                              help="the response file (JSON) to score")  # fmt: skip
    add_format_argument(score_parser, REPORT_FORMATS)
    add_target_argument(
        score_parser,
        "the target score (0–100) of a section, overriding the bank's and the "
        "response's; repeat for more sections",
    )
    add_messages_language_argument(
        score_parser, "the messages about the response file",
        "; the report is in the response's language",
    )  # fmt: skip
    add_output_argument(score_parser, "the report")
    add_config_argument(score_parser)
    score_parser.set_defaults(func=run_score)


def run_template(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    response = empty_response(bank, bank_language(bank, args.lang), now)
    write_output(json_text(response_to_json(response)), args.output)
    return 0


def run_score(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    brand = report_brand(args)
    targets = checked_targets(bank, args.target)
    report = score(bank, read_response_file(bank, args.response, args.lang), targets)
    write_output(render_report(report, bank, args.format, brand), args.output)
    return 0
