"""One column of answers read from pasted text or CSV, as (line number, cell) pairs."""

from __future__ import annotations

import csv
import io

from selfassess.core.locale import FALLBACK_LANGUAGE
from selfassess.core.metrics.numbers import parse_number
from selfassess.core.metrics.result import MetricError, MetricResult, text
from selfassess.core.metrics.survey import MissingCell, is_skip, survey, unquote


def _is_value(cell: str) -> bool:
    cell = unquote(cell)
    if is_skip(cell):
        return True
    try:
        parse_number(cell, whole=True)
    except ValueError:
        return False
    return True


def _delimiter(line: str) -> str:
    for candidate in (";", "\t", ","):
        if candidate in line:
            return candidate
    return ","


def read_column(
    text_: str,
    column: str | int | None = None,
    language: str = FALLBACK_LANGUAGE,
    metric: str = "",
) -> list[tuple[int, object]]:
    """The cells of one column as (line number, cell) pairs, header excluded.

    With no `column`, text whose lines hold one value each (numbers may use a decimal
    comma) is one column; otherwise it is CSV, delimited by `;`, tab or `,` (the first
    that the first line holds). The first row is a header when more rows follow and none
    of its cells is a number or a "don't know" entry. `column` is a header name
    (case-insensitive) or a number from 1; with none, a single column is taken, or the one
    named like `metric`.
    Leading and trailing blank lines are ignored; blank lines in between are cells ""
    (skipped answers). A row too short for the column gives a malformed cell.
    """
    lines = text_.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise MetricError(text(language, "empty"))

    def single(line: str) -> bool:
        return not any(d in line for d in ";\t,") or _is_value(line)

    body = lines[first:]
    rows: list[tuple[int, list[str]]]
    if column is None and all(single(line) for line in body):
        rows = [(first + 1 + i, [line]) for i, line in enumerate(body)]
    else:
        rows = _csv_rows("\n".join(body), _delimiter(lines[first]), first, language)
    header = rows[0][1]
    has_header = len(rows) > 1 and any(c.strip() for c in header) and not any(
        c.strip() and _is_value(c) for c in header
    )
    data = rows[1:] if has_header else rows
    index = _column_index(header if has_header else None, len(header), column, language, metric)
    cells: list[tuple[int, object]] = []
    for line, row in data:
        if not row or (len(row) == 1 and not row[0].strip()):
            cells.append((line, ""))
        elif index < len(row):
            cells.append((line, row[index]))
        else:
            cells.append((line, MissingCell(index + 1)))
    return cells


def _csv_rows(body: str, delimiter: str, first: int, language: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    rows = []
    previous = 0
    try:
        for row in reader:
            rows.append((first + previous + 1, row))
            previous = reader.line_num
    except csv.Error as error:
        raise MetricError(text(language, "unreadable_csv", error=error)) from None
    return rows


def _column_index(
    header: list[str] | None, width: int, column: str | int | None, language: str, metric: str
) -> int:
    names = [cell.strip() for cell in header] if header else []
    shown = ", ".join(names) if names else ""
    if column is None:
        if width == 1:
            return 0
        folded = [n.casefold() for n in names]
        if metric and metric.casefold() in folded:
            return folded.index(metric.casefold())
        raise MetricError(
            text(language, "choose_column", count=width,
                 names=shown or ", ".join(str(i) for i in range(1, width + 1)))
        )  # fmt: skip
    if isinstance(column, str):
        wanted = column.strip().casefold()
        folded = [n.casefold() for n in names]
        if wanted in folded:
            return folded.index(wanted)
        if not wanted.isdigit():
            if header is None:
                raise MetricError(text(language, "no_header", column=column.strip()))
            raise MetricError(text(language, "no_such_column", column=column.strip(), names=shown))
        column = int(wanted)
    if not 1 <= column <= width:
        raise MetricError(text(language, "column_out_of_range", column=column, count=width))
    return column - 1


def survey_from_text(
    name: str, text_: str, column: str | int | None = None, language: str = FALLBACK_LANGUAGE
) -> MetricResult:
    """CSAT, NPS or CES from pasted text or CSV; see `read_column` for how it is read."""
    return survey(name, read_column(text_, column, language, name), language)
