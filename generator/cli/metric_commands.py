"""`selfassess metric`: the CX metric calculators (CSAT, NPS, CES, churn, annual value, CLV,
CAC, CLV/CAC, cost of unprofitable customers) with the same core functions the site's
calculator page runs in the browser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from selfassess.cli.common import (
    CliError,
    add_messages_language_argument,
    print_warnings,
    read_limited,
)
from selfassess.core.locale import FALLBACK_LANGUAGE
from selfassess.core.metrics import (
    NUMBER_INPUTS,
    SCALES,
    MetricError,
    MetricResult,
    metric_from_values,
    survey_from_text,
    text,
)
from selfassess.core.render import json_text
from selfassess.core.textfile import MAX_FILE_BYTES, decode_text

BAR_WIDTH = 40

_SURVEY_HELP = {
    "csat": "CSAT: % of answers of 4 or 5, on a 1–5 scale",
    "nps": "NPS: % promoters (9–10) − % detractors (0–6), on a 0–10 scale",
    "ces": "CES: mean of the answers on a 1–7 scale",
}
_NUMBER_HELP = {
    "churn": ("churn rate: 100 × customers lost / customers at the start",
              "Example: selfassess metric churn --lost 90 --start 1200"),
    "annual-value": ("annual customer value: average purchase × purchases per year",
                     "Example: selfassess metric annual-value --average-purchase 45 "
                     "--purchases-per-year 6"),
    "clv": ("CLV: annual customer value × gross margin % × average years a customer stays",
            "Example: selfassess metric clv --annual-value 270 --gross-margin 40 --years 4  (or "
            "--average-purchase 45 --purchases-per-year 6 --gross-margin 40 --years 4)"),
    "cac": ("CAC: sales and marketing spend / new customers won",
            "Example: selfassess metric cac --spend 36000 --new-customers 240"),
    "clv-cac": ("CLV/CAC: CLV on gross margin / CAC",
                "Example: selfassess metric clv-cac --clv 432 --cac 150"),
    "unprofitable-cost": ("cost of unprofitable customers: their number × (average yearly cost "
                          "to serve one − average yearly gross margin from one)",
                          "Example: selfassess metric unprofitable-cost "
                          "--unprofitable-customers 120 --cost-to-serve 300 "
                          "--customer-margin 180"),
}  # fmt: skip
_OPTION_METAVAR = {True: "N", False: "X"}


def register(subparsers: argparse._SubParsersAction) -> None:
    metric = subparsers.add_parser(
        "metric",
        help="compute a CX metric: CSAT, NPS, CES, churn, annual value, CLV, CAC, CLV/CAC, "
        "cost of unprofitable customers",
        description=(
            "Compute a customer-experience metric with the formulas of the metrics guide. "
            "CSAT, NPS and CES read a column of answers from a file (one answer a line, or "
            "CSV); the others take named numbers. Numbers may use a decimal comma."
        ),
        epilog="Run `selfassess metric NAME --help` for the options of each metric.",
    )
    metrics = metric.add_subparsers(title="metrics", metavar="METRIC", required=True)
    for name, summary in _SURVEY_HELP.items():
        scale = SCALES[name]
        parser = metrics.add_parser(
            name,
            help=summary.replace("%", "%%"),
            description=(
                f"{summary}. FILE holds one answer a line, or is a CSV file (delimited by "
                f"';', tab or ','; a header row is detected). Blank and \"don't know\" "
                f"entries (na, n/a, ns/nc, -) are skipped; answers that are not whole "
                f"numbers from {scale.low} to {scale.high} are counted as malformed and "
                f"listed on standard error with their line numbers."
            ),
            epilog=f"Example: selfassess metric {name} answers.csv --column {name}",
        )
        parser.add_argument("file", metavar="FILE", help="the answers; '-' reads standard input")
        parser.add_argument(
            "--column", metavar="NAME|N",
            help="the column of the answers: a header name, or a number from 1 "
            "(needed when the file has several columns, unless one is named " f"'{name}')",
        )  # fmt: skip
        _add_common(parser)
        parser.set_defaults(func=run_survey, metric=name)
    for name, (summary, example) in _NUMBER_HELP.items():
        parser = metrics.add_parser(
            name, help=summary.replace("%", "%%"), description=summary + ".",
            epilog=example,
        )
        inputs = list(NUMBER_INPUTS[name])
        if name == "clv":
            inputs = [inputs[0], *NUMBER_INPUTS["annual-value"], *inputs[1:]]
        for spec in inputs:
            required = name != "clv" or spec.name in ("gross_margin", "years")
            parser.add_argument(
                "--" + spec.name.replace("_", "-"), dest=spec.name, required=required,
                metavar=_OPTION_METAVAR[spec.whole],
                help=text(FALLBACK_LANGUAGE, f"input_{spec.name}").replace("%", "%%"),
            )  # fmt: skip
        _add_common(parser)
        parser.set_defaults(func=run_numbers, metric=name, inputs=[s.name for s in inputs])


def _add_common(parser: argparse.ArgumentParser) -> None:
    add_messages_language_argument(parser, "the formula and the messages")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_survey(args: argparse.Namespace) -> int:
    content = _read_text(args.file)
    try:
        result = survey_from_text(args.metric, content, args.column, args.lang)
    except MetricError as error:
        raise CliError(f"{args.file}: {error}") from None
    print_warnings(f"{args.file}: {problem}" for problem in result.problems)
    _print(result, args)
    return 0


def run_numbers(args: argparse.Namespace) -> int:
    values = {name: getattr(args, name) for name in args.inputs}
    given = {name: value for name, value in values.items() if value is not None}
    try:
        result = metric_from_values(args.metric, given, args.lang)
    except MetricError as error:
        option = f"--{error.field.replace('_', '-')}: " if error.field else ""
        raise CliError(option + str(error)) from None
    _print(result, args)
    return 0


def _read_text(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    else:
        data = read_limited(Path(name), MAX_FILE_BYTES)
    if len(data) > MAX_FILE_BYTES:
        raise CliError(f"{name}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return decode_text(data)


def _print(result: MetricResult, args: argparse.Namespace) -> None:
    if args.json:
        sys.stdout.write(json_text(result.to_json()))
        return
    lines = [result.formula]
    if result.counts:
        lines.append(
            " · ".join(
                f"{text(args.lang, 'count_' + key)}: {count}"
                for key, count in result.counts.items()
            )
        )
    if result.distribution:
        lines += ["", *_chart(result, args.lang)]
    print("\n".join(lines))


def _chart(result: MetricResult, language: str) -> list[str]:
    """The distribution as a text bar chart: one row per answer value."""
    top = max(count for _, count in result.distribution) or 1
    head_answer, head_count = text(language, "col_answer"), text(language, "col_count")
    width_value = max(len(head_answer), *(len(str(v)) for v, _ in result.distribution))
    width_count = max(len(head_count), *(len(str(c)) for _, c in result.distribution))
    rows = [f"{head_answer:>{width_value}}  {head_count:>{width_count}}"]
    for value, count in result.distribution:
        bar = "█" * round(BAR_WIDTH * count / top)
        rows.append(f"{value:>{width_value}}  {count:>{width_count}}  {bar}".rstrip())
    return rows
