"""What the commands share: naming a bank, reading input files, writing output files."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from selfassess.core.aggregate import Rejected
from selfassess.core.locale import FALLBACK_LANGUAGE, LANGUAGES
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.responses import MAX_FILE_BYTES, Response, read_response
from selfassess.filemode import replace_atomically
from selfassess.load import load_bank, resolve_bank

DEFAULT_BANKS_DIR = Path("questionbank")


class CliError(Exception):
    """A mistake on the command line or with a file: the message says what to do instead."""


def add_bank_argument(parser: argparse.ArgumentParser) -> None:
    """BANK (a YAML file or a bank id) and --banks, the folder where ids are looked up."""
    parser.add_argument(
        "bank", metavar="BANK",
        help="a bank's YAML file, or the id of a bank in the banks folder",
    )  # fmt: skip
    parser.add_argument(
        "--banks", metavar="DIR", type=Path, default=DEFAULT_BANKS_DIR,
        help=f"folder where bank ids are looked up (default: {DEFAULT_BANKS_DIR}/)",
    )  # fmt: skip


def add_messages_language_argument(
    parser: argparse.ArgumentParser, what: str, note: str = ""
) -> None:
    """--lang, the language of `what` the command writes: one a catalogue has, the fallback's
    by default."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=FALLBACK_LANGUAGE,
        help=f"language of {what} (default: {FALLBACK_LANGUAGE}){note}",
    )  # fmt: skip


def add_output_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path,
        help=f"write {what} to FILE instead of standard output",
    )  # fmt: skip


def add_format_argument(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    parser.add_argument(
        "--format", choices=formats, default="md",
        help="report format: Markdown, CSV, JSON or a self-contained HTML file (default: md)",
    )  # fmt: skip


def add_target_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """--target SECTION=N, repeatable; `checked_targets` then checks the sections exist."""
    parser.add_argument(
        "--target", metavar="SECTION=N", action="append", default=[], type=_target,
        help=help_text,
    )  # fmt: skip


def _target(text: str) -> tuple[str, float]:
    """SECTION=N as (section id, target); argparse reports the error when it is malformed."""
    section, sep, number = text.partition("=")
    try:
        value = float(number)
    except ValueError:
        value = math.nan
    if not sep or not section or not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not SECTION=N with N from 0 to 100, e.g. valores=80"
        )
    return section, value


def checked_targets(bank: Bank, targets: list[tuple[str, float]]) -> dict[str, float]:
    """--target values as {section: target}; a section the bank does not have is refused."""
    known = [s.id for s in bank.sections]
    for section, _ in targets:
        if section not in known:
            raise CliError(
                f"--target {section}=…: bank '{bank.id}' has no section '{section}'; "
                f"its sections are {', '.join(known)}"
            )
    return dict(targets)


def open_bank(args: argparse.Namespace) -> Bank:
    """The validated bank that BANK names; raises BankInvalid with every problem located."""
    return bank_from_json(load_bank(resolve_bank(args.bank, args.banks)))


def bank_language(bank: Bank, requested: str | None) -> str:
    """`requested` when the bank is written in it; the bank's first language when none."""
    if requested is None:
        return bank.languages[0]
    if requested not in bank.languages:
        raise CliError(
            f"bank '{bank.id}' is written in {', '.join(bank.languages)}; "
            f"choose --lang {' or --lang '.join(bank.languages)}"
        )
    return requested


def read_limited(path: Path | str, limit: int) -> bytes:
    """The file's bytes, at most `limit` + 1 of them, so the reader can tell it is too big.
    It asks for no more than the file's size + 1: a read of `limit` + 1 bytes allocates that
    much each time (5 MB, three times the work of reading a response file)."""
    try:
        with open(path, "rb") as file:
            wanted = min(os.fstat(file.fileno()).st_size, limit) + 1
            data = file.read(wanted)
            if len(data) == wanted <= limit:  # the file grew since: read on, up to the limit
                data += file.read(limit + 1 - wanted)
            return data
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder; give the path of a file") from None
    except OSError as error:
        raise CliError(f"{path}: cannot be read ({error.strerror})") from None


def read_all(paths: list[Path | str], limit: int) -> tuple[list[tuple[str, bytes]], list[Rejected]]:
    """Each file's name and bytes (at most `limit` + 1), and the files that cannot be read."""
    unreadable: list[Rejected] = []
    return list(read_each(paths, limit, unreadable)), unreadable


def read_each(
    paths: Iterable[Path | str], limit: int, unreadable: list[Rejected]
) -> Iterator[tuple[str, bytes]]:
    """Each file's name and bytes (at most `limit` + 1), read only when asked for, so that a
    hundred thousand files are never in memory at once; those that cannot be read are
    appended to `unreadable` meanwhile."""
    for path in paths:
        try:
            content = read_limited(path, limit)
        except CliError as error:
            unreadable.append(Rejected(file=str(path), reason=str(error).removeprefix(f"{path}: ")))
            continue
        yield str(path), content


def read_response_file(bank: Bank, path: Path, language: str) -> Response:
    """The response in the file at `path`, its warnings printed on standard error; raises
    ResponseInvalid, in `language`, when it cannot be used."""
    reading = read_response(read_limited(path, MAX_FILE_BYTES), bank, str(path), language)
    print_warnings(reading.warnings)
    return reading.response


def print_warnings(warnings: Iterable[str]) -> None:
    """Each warning on a line of standard error, so a report on standard output stays clean."""
    for warning in warnings:
        print(warning, file=sys.stderr)


def write_output(text: str, path: Path | None) -> None:
    """Write `text` to `path` atomically (temp file, then rename), or to stdout when None."""
    if path is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    folder = path.parent
    if not folder.is_dir():
        raise CliError(f"{path}: the folder {folder} does not exist; create it first")
    try:
        replace_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise CliError(f"{path}: cannot be written ({error.strerror})") from None
