"""The `selfassess` command: one sub-command per job, each registered by its module.

A user error never shows a traceback: it is printed to stderr and the exit status is 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from selfassess.cli import (
    bank_commands,
    code_commands,
    metric_commands,
    response_commands,
    scaffold_commands,
    site_commands,
    team_commands,
)
from selfassess.cli.common import CliError
from selfassess.core.responses import ResponseInvalid
from selfassess.load import BankInvalid

COMMAND_MODULES = (
    bank_commands,
    response_commands,
    site_commands,
    scaffold_commands,
    metric_commands,
    team_commands,
    code_commands,
)
"""Each module has `register(subparsers)`, which adds its commands with `func(args) -> int`."""

USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="selfassess",
        description=(
            "Turn YAML question banks into a static self-assessment site, and score "
            "response files from the command line with the same code the site runs."
        ),
        epilog="Run `selfassess COMMAND --help` for the options of each command.",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


@contextmanager
def _warnings_on_stderr() -> Iterator[None]:
    """The command's own log handler: warnings of the libraries it runs (MkDocs' building the
    site among them) on stderr as they come, `WARNING: message`, so that MkDocs' "Aborted with 1
    warnings in strict mode!" follows the warning it counts. On the root logger, which warnings
    reach from every library's logger; no library's logger is changed."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line in `argv` (default: sys.argv); return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        with _warnings_on_stderr():
            return args.func(args)
    except (BankInvalid, ResponseInvalid) as invalid:
        print(invalid, file=sys.stderr)
    except CliError as error:
        print(f"selfassess: error: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    return USAGE_ERROR
