"""`selfassess aggregate` and `selfassess compare`: a team report, and a comparison with a baseline.

Both produce the very same reports as the site's team and compare pages, from the same core.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TypeGuard

from selfassess.cli.brand_option import add_config_argument, report_brand
from selfassess.cli.code_commands import read_code_files
from selfassess.cli.common import (
    CliError,
    add_bank_argument,
    add_format_argument,
    add_output_argument,
    add_target_argument,
    bank_language,
    checked_targets,
    open_bank,
    print_warnings,
    read_limited,
    write_output,
)
from selfassess.cli.team_pool import tally_files
from selfassess.core.aggregate import tally_readings, team_report
from selfassess.core.code_reading import TEXT_SUFFIXES
from selfassess.core.compare import Snapshot, read_snapshot
from selfassess.core.compare import compare as compare_snapshots
from selfassess.core.locale import FALLBACK_LANGUAGE, locale
from selfassess.core.model import Bank
from selfassess.core.render import (
    COMPARE_FORMATS,
    TEAM_FORMATS,
    render_comparison,
    render_team_report,
)
from selfassess.core.responses import MAX_FILE_BYTES


def _common_options(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    add_format_argument(parser, formats)
    parser.add_argument(
        "--lang", metavar="L",
        help="language of the report (default: the bank's first) and of the messages about "
        "the files (default: en)",
    )  # fmt: skip
    add_output_argument(parser, "the report")
    add_config_argument(parser)


def register(subparsers: argparse._SubParsersAction) -> None:
    team = subparsers.add_parser(
        "aggregate",
        help="combine many respondents' response files into a team report",
        description=(
            "Combine response files and answer codes to one bank into a team report: "
            "participation by role; mean, min, max, spread and count per section and question, "
            "also by role; where respondents disagree; the team's gaps and actions. Files and "
            "codes that cannot be used are listed with the reason and left out; the others are "
            "used, a code repeated counted once. Answers in any of the bank's languages "
            "aggregate together."
        ),
        epilog="Example: selfassess aggregate bloques-cx answers/*.json --format html -o team.html",
    )
    add_bank_argument(team)
    team.add_argument(
        "files", metavar="FILE", nargs="+", type=Path,
        help="response files (JSON), and texts holding answer codes (.txt, .eml, .mbox: "
        "emails, mailbox exports, chat logs); a folder stands for the .json files in it",
    )  # fmt: skip
    add_target_argument(
        team, "the team's target score (0–100) for a section, instead of the bank's; repeat"
    )
    _common_options(team, TEAM_FORMATS)
    team.set_defaults(func=run_aggregate)

    compare = subparsers.add_parser(
        "compare",
        help="compare answers or a team report with a baseline",
        description=(
            "Compare CURRENT with BASELINE — each a response file, a report JSON or a team "
            "report JSON (from `selfassess aggregate --format json` or the team page) — and "
            "write the deltas per section and question, what improved, stayed or got worse, "
            "and the questions added, removed or changed between bank versions."
        ),
        epilog="Example: selfassess compare bloques-cx team-2024.json team-2025.json -o change.md",
    )
    add_bank_argument(compare)
    compare.add_argument("baseline", metavar="BASELINE", type=Path,
                         help="last time's response file or team report JSON")  # fmt: skip
    compare.add_argument("current", metavar="CURRENT", type=Path,
                         help="this time's response file or team report JSON")  # fmt: skip
    _common_options(compare, COMPARE_FORMATS)
    compare.set_defaults(func=run_compare)


def _expand(paths: list[Path]) -> list[Path | str]:
    """The files named, a folder replaced by its .json files in name order. A folder's files
    come as the names Path would write, without a Path object each: it may hold 100,000."""
    files: list[Path | str] = []
    for path in paths:
        if path.is_dir():
            prefix = str(path / "_")[:-1]  # "" for ".", "answers/" for answers
            with os.scandir(path) as entries:
                names = [e.name for e in entries if _is_json(e.name) and e.is_file()]
            if not names:
                raise CliError(f"{path}: the folder holds no .json file")
            files.extend(prefix + name for name in sorted(names))
        else:
            files.append(path)
    return files


def _is_json(name: str) -> bool:
    """Path(name).suffix.lower() == ".json", without making the Path."""
    return len(name) > len(".json") and name[-5:].lower() == ".json"


def _is_text(path: Path | str) -> TypeGuard[Path]:
    """A text that may hold answer codes: a file named so (a folder's files are .json)."""
    return isinstance(path, Path) and path.suffix.lower() in TEXT_SUFFIXES


def run_aggregate(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    brand = report_brand(args)
    language = bank_language(bank, args.lang)
    targets = checked_targets(bank, args.target)
    messages = _messages_language(args)
    paths = _expand(args.files)
    texts = [p for p in paths if _is_text(p)]
    coded, rejected = read_code_files(bank, texts, messages)
    # Response files are read one at a time as they are tallied (by a worker per core when
    # there are many): memory stays flat.
    tally = tally_files(bank, [p for p in paths if not _is_text(p)], messages, rejected)
    tally.merge(tally_readings(bank, coded))
    team = team_report(bank, tally, rejected, language, targets)
    words = locale(messages)
    print_warnings(
        words.text("report.file_not_used", file=item.file, reason=item.reason)
        for item in sorted(rejected, key=lambda r: r.file)
    )
    if not team.respondents:
        raise CliError(words.text("report.none_used", count=len(rejected), bank=bank.id))
    print_warnings(team.warnings)
    write_output(render_team_report(team, bank, args.format, brand), args.output)
    return 0


def _messages_language(args: argparse.Namespace) -> str:
    """The language of messages about files: --lang when given, else English, as ever."""
    return args.lang or FALLBACK_LANGUAGE


def _snapshot(bank: Bank, path: Path, language: str) -> Snapshot:
    data = read_limited(path, MAX_FILE_BYTES)
    snapshot, warnings = read_snapshot(data, bank, str(path), language)
    print_warnings(warnings)
    return snapshot


def run_compare(args: argparse.Namespace) -> int:
    bank = open_bank(args)
    brand = report_brand(args)
    language = bank_language(bank, args.lang)
    baseline = _snapshot(bank, args.baseline, _messages_language(args))
    current = _snapshot(bank, args.current, _messages_language(args))
    comparison = compare_snapshots(bank, baseline, current, language)
    write_output(render_comparison(comparison, bank, args.format, brand), args.output)
    return 0
