"""Customer-experience metric calculators: CSAT, NPS, CES, churn, annual value, CLV and CAC.

Standard library only: the CLI (`selfassess metric`) and the calculator page (Pyodide in
a Web Worker) call the same functions. They take text and plain numbers and return a
`MetricResult`, whose `to_json()` is plain data.

Survey metrics read one column of answers: text pasted one answer a line, or CSV (`;`,
tab or `,` delimited, with or without a header row). Blank and "don't know" entries are
skipped and counted; malformed ones (not a number, outside the scale, not a whole number)
are counted and listed by line, never guessed. The definitions and worked examples are
those of the guide pages docs/en/guides/metrics.md and docs/es/guias/metricas.md.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

FALLBACK_LANGUAGE = "en"
MAX_LISTED_PROBLEMS = 5
"""Malformed rows listed one by one; the rest are summed up in one more line."""
SKIP_TOKENS = frozenset(
    {"", "na", "n/a", "n.a.", "n/d", "nd", "ns/nc", "ns", "nc", "dk", "-", "–", "—",
     "don't know", "dont know", "don’t know", "no sé", "no se", "no sabe"}
)  # fmt: skip
"""Entries that mean "no answer" (compared lower-cased, spaces collapsed): skipped, counted."""
MAX_NUMBER_CHARS = 40
MAX_INPUT = 1e15
"""Named inputs above this are refused: no spend or count is that large, and results stay finite."""

_GROUPING_SPACES = "\u00a0\u202f\u2009 "
_NBSP = "\u00a0"


@dataclass(frozen=True)
class MetricResult:
    name: str
    """The metric's registry name: csat, nps, ces, churn, annual-value, clv, cac."""
    value: float
    """Unrounded; `display` and `formula` show it rounded."""
    formula: str
    """The formula with the numbers filled in, in the requested language."""
    counts: Mapping[str, int] = field(default_factory=dict)
    """Survey metrics: valid, skipped, malformed (and promoters/passives/detractors for NPS,
    satisfied for CSAT). Empty for metrics computed from named numbers."""
    distribution: tuple[tuple[int, int], ...] = ()
    """(answer value, count) for every point of the scale, in order; empty for number metrics."""
    problems: tuple[str, ...] = ()
    """The first malformed rows, one message each with its line number."""
    display: str = ""
    """The value as the language writes it: "74", "5,6", "7.5%", "1,080"."""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "display": self.display,
            "formula": self.formula,
            "counts": dict(self.counts),
            "distribution": [{"value": v, "count": c} for v, c in self.distribution],
            "problems": list(self.problems),
        }


class MetricError(ValueError):
    """The metric cannot be computed; the message says why, `problems` lists the details."""

    def __init__(self, message: str, problems: Iterable[str] = (), field: str | None = None):
        self.message = message
        self.problems = tuple(problems)
        self.field = field
        """The named input at fault (e.g. "start"), when there is one."""
        super().__init__("\n".join((message, *self.problems)))


# --- words ------------------------------------------------------------------------------

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title_csat": "CSAT: customer satisfaction",
        "title_nps": "NPS: Net Promoter Score",
        "title_ces": "CES: Customer Effort Score",
        "title_churn": "Churn rate",
        "title_annual-value": "Annual customer value",
        "title_clv": "CLV: customer lifetime value",
        "title_cac": "CAC: customer acquisition cost",
        "formula_csat": "CSAT = 100 × {top} / {valid} = {value}",
        "formula_nps": (
            "NPS = 100 × {promoters} / {valid} − 100 × {detractors} / {valid} "
            "= {promoters_pct} − {detractors_pct} = {value}"
        ),
        "formula_ces": "CES = {total} / {valid} = {value}",
        "formula_churn": "Churn rate = 100 × {lost} / {start} = {value}",
        "formula_annual-value": (
            "Annual customer value = {average_purchase} × {purchases} = {value}"
        ),
        "formula_clv": "CLV = {annual_value} × {years} = {value}",
        "formula_clv_from_purchases": (
            "CLV = {average_purchase} × {purchases} × {years} = {value}"
        ),
        "formula_cac": "CAC = {spend} / {new_customers} = {value}",
        "percent": "{value}%",
        "input_lost": "customers lost during the period",
        "input_start": "customers at the start of the period",
        "input_average_purchase": "average value of a purchase",
        "input_purchases_per_year": "purchases per customer per year",
        "input_annual_value": "annual customer value",
        "input_years": "average years a customer stays",
        "input_spend": "sales and marketing spend in the period",
        "input_new_customers": "new customers won in the period",
        "count_valid": "valid answers",
        "count_skipped": "skipped",
        "count_malformed": "malformed",
        "count_satisfied": "answers of 4 or 5",
        "count_promoters": "promoters",
        "count_passives": "passives",
        "count_detractors": "detractors",
        "col_answer": "Answer",
        "col_count": "Count",
        "result_heading": "Result",
        "distribution_heading": "Distribution of the valid answers",
        "share_of_valid": "% of valid answers",
        "col_share": "% of valid",
        "problems_heading": "Malformed rows (not counted)",
        "not_a_number": "line {line}: '{cell}' is not a number",
        "not_whole": (
            "line {line}: '{cell}' is not a whole number; the scale has only whole numbers"
        ),
        "out_of_range": "line {line}: {cell} is outside the scale {low} to {high}",
        "missing_column": "line {line}: the row has no column {column}",
        "more_problems": "… and {count} more malformed rows",
        "empty": "no answers: the text is empty",
        "no_valid": (
            "no valid answers to compute {metric}: {skipped} skipped, {malformed} malformed"
        ),
        "unreadable_csv": "the CSV cannot be read: {error}",
        "no_such_column": "there is no column '{column}'; the columns are: {names}",
        "no_header": "there is no column '{column}': the data has no header row with names",
        "column_out_of_range": "there is no column {column}: the data has {count} columns",
        "choose_column": (
            "the data has {count} columns ({names}); choose the one with the answers, "
            "by name or by number from 1"
        ),
        "unknown_metric": "unknown metric '{name}'; the metrics are: {names}",
        "not_survey": "{metric} is computed from numbers, not from a column of answers",
        "input_missing": "{label}: missing",
        "input_unknown": "unknown input '{name}'; {metric} takes: {names}",
        "input_bad_line": "line {line}: '{text}' is not NAME = NUMBER",
        "input_not_number": "{label}: '{text}' is not a number",
        "input_ambiguous": (
            "{label}: '{text}' is ambiguous; write it without a thousands separator "
            "(e.g. 1200) or with one that cannot be a decimal point (e.g. 1 200)"
        ),
        "input_negative": "{label}: {text} is negative; it must be zero or more",
        "input_too_large": "{label}: {text} is too large",
        "input_not_whole": "{label}: {text} is not a whole number",
        "input_zero": "{label}: must be more than zero (it divides)",
        "lost_above_start": (
            "customers lost ({lost}) cannot be more than customers at the start ({start}); "
            "customers won during the period do not enter the formula"
        ),
        "clv_inputs": (
            "CLV needs the annual customer value, or the average value of a purchase and "
            "the purchases per customer per year, and the average years a customer stays"
        ),
    },
    "es": {
        "title_csat": "CSAT: satisfacción del cliente",
        "title_nps": "NPS: índice de recomendación neta",
        "title_ces": "CES: esfuerzo del cliente",
        "title_churn": "Tasa de abandono (churn)",
        "title_annual-value": "Valor anual del cliente",
        "title_clv": "CLV: valor del ciclo de vida del cliente",
        "title_cac": "CAC: coste de adquisición de clientes",
        "formula_csat": "CSAT = 100 × {top} / {valid} = {value}",
        "formula_nps": (
            "NPS = 100 × {promoters} / {valid} − 100 × {detractors} / {valid} "
            "= {promoters_pct} − {detractors_pct} = {value}"
        ),
        "formula_ces": "CES = {total} / {valid} = {value}",
        "formula_churn": "Tasa de abandono = 100 × {lost} / {start} = {value}",
        "formula_annual-value": (
            "Valor anual del cliente = {average_purchase} × {purchases} = {value}"
        ),
        "formula_clv": "CLV = {annual_value} × {years} = {value}",
        "formula_clv_from_purchases": (
            "CLV = {average_purchase} × {purchases} × {years} = {value}"
        ),
        "formula_cac": "CAC = {spend} / {new_customers} = {value}",
        "percent": "{value} %",
        "input_lost": "clientes perdidos durante el periodo",
        "input_start": "clientes al inicio del periodo",
        "input_average_purchase": "valor medio de una compra",
        "input_purchases_per_year": "compras por cliente al año",
        "input_annual_value": "valor anual del cliente",
        "input_years": "años medios que un cliente permanece",
        "input_spend": "gasto en ventas y marketing del periodo",
        "input_new_customers": "clientes nuevos captados en el periodo",
        "count_valid": "respuestas válidas",
        "count_skipped": "omitidas",
        "count_malformed": "no válidas",
        "count_satisfied": "respuestas de 4 o 5",
        "count_promoters": "promotores",
        "count_passives": "pasivos",
        "count_detractors": "detractores",
        "col_answer": "Respuesta",
        "col_count": "Cantidad",
        "result_heading": "Resultado",
        "distribution_heading": "Distribución de las respuestas válidas",
        "share_of_valid": "% de las respuestas válidas",
        "col_share": "% de válidas",
        "problems_heading": "Filas no válidas (no se cuentan)",
        "not_a_number": "línea {line}: «{cell}» no es un número",
        "not_whole": (
            "línea {line}: «{cell}» no es un número entero; la escala solo tiene enteros"
        ),
        "out_of_range": "línea {line}: {cell} está fuera de la escala de {low} a {high}",
        "missing_column": "línea {line}: la fila no tiene columna {column}",
        "more_problems": "… y {count} filas no válidas más",
        "empty": "no hay respuestas: el texto está vacío",
        "no_valid": (
            "no hay respuestas válidas para calcular {metric}: {skipped} omitidas, "
            "{malformed} no válidas"
        ),
        "unreadable_csv": "no se puede leer el CSV: {error}",
        "no_such_column": "no hay ninguna columna «{column}»; las columnas son: {names}",
        "no_header": (
            "no hay ninguna columna «{column}»: los datos no tienen una fila de encabezado "
            "con nombres"
        ),
        "column_out_of_range": "no hay columna {column}: los datos tienen {count} columnas",
        "choose_column": (
            "los datos tienen {count} columnas ({names}); elige la de las respuestas, "
            "por nombre o por número a partir de 1"
        ),
        "unknown_metric": "métrica desconocida «{name}»; las métricas son: {names}",
        "not_survey": "{metric} se calcula con números, no con una columna de respuestas",
        "input_missing": "{label}: falta",
        "input_unknown": "dato desconocido «{name}»; {metric} usa: {names}",
        "input_bad_line": "línea {line}: «{text}» no es NOMBRE = NÚMERO",
        "input_not_number": "{label}: «{text}» no es un número",
        "input_ambiguous": (
            "{label}: «{text}» es ambiguo; escríbelo sin separador de miles (p. ej. 1200) "
            "o con uno que no pueda ser la coma decimal (p. ej. 1 200)"
        ),
        "input_negative": "{label}: {text} es negativo; debe ser cero o más",
        "input_too_large": "{label}: {text} es demasiado grande",
        "input_not_whole": "{label}: {text} no es un número entero",
        "input_zero": "{label}: debe ser mayor que cero (divide)",
        "lost_above_start": (
            "los clientes perdidos ({lost}) no pueden ser más que los clientes al inicio "
            "({start}); los captados durante el periodo no entran en la fórmula"
        ),
        "clv_inputs": (
            "el CLV necesita el valor anual del cliente, o el valor medio de una compra y "
            "las compras por cliente al año, y los años medios que un cliente permanece"
        ),
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The metrics string `key` in `language` (English when the language is unknown)."""
    return _TEXT.get(language, _TEXT[FALLBACK_LANGUAGE])[key].format(**values)


def _language(language: str) -> str:
    return language if language in _TEXT else FALLBACK_LANGUAGE


# --- numbers ----------------------------------------------------------------------------


def format_number(language: str, value: float, decimals: int = 2) -> str:
    """`value` rounded to at most `decimals`, trailing zeros dropped, as `language` writes it.

    English: 1,080 and 5.6. Spanish: 1080, 36 000 (no-break space from five digits) and 5,6.
    """
    rendered = f"{value:.{decimals}f}"
    if "." in rendered:
        rendered = rendered.rstrip("0").rstrip(".")
    if rendered in ("-0", ""):
        rendered = "0"
    sign = "-" if rendered.startswith("-") else ""
    whole, _, fraction = rendered.lstrip("-").partition(".")
    if _language(language) == "es":
        grouped = whole if len(whole) <= 4 else f"{int(whole):,}".replace(",", _NBSP)
        decimal_mark = ","
    else:
        grouped = f"{int(whole):,}"
        decimal_mark = "."
    return sign + grouped + (decimal_mark + fraction if fraction else "")


_INTEGER = re.compile(r"[+-]?\d+")
_ONE_MARK = re.compile(r"([+-]?)(\d*)([.,])(\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})*")
_GROUPED_DECIMAL = re.compile(
    r"[+-]?\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})*(?P<decimal>[.,])\d+"
)
_SPACE_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[" + _GROUPING_SPACES + r"]\d{3})+(?:[.,]\d+)?")


def parse_number(text: str, *, whole: bool = False) -> float:
    """A number as people type it: 45, 45.5, 45,5, 1 200, 1.200,50, 1,200.50.

    A single `.` or `,` followed by exactly three digits (1,200 or 1.200) is a thousands
    separator when `whole` (counts cannot be 1.2) and ambiguous otherwise. Raises
    ValueError("not_a_number" | "ambiguous") when the text is not a plain number.
    """
    s = text.strip()
    if len(s) > MAX_NUMBER_CHARS:
        raise ValueError("not_a_number")
    if _SPACE_GROUPED.fullmatch(s):
        s = re.sub("[" + _GROUPING_SPACES + "]", "", s)
        if re.search(r"[.,]\d{3}$", s):  # 1 200.000: a decimal part or one more group?
            raise ValueError("ambiguous")
    if _INTEGER.fullmatch(s):
        return float(int(s))
    match = _GROUPED_DECIMAL.fullmatch(s)
    if match and match["mark"] != match["decimal"]:
        return float(s.replace(match["mark"], "").replace(match["decimal"], "."))
    one = _ONE_MARK.fullmatch(s)
    if one:
        sign, integer, _, fraction = one.groups()
        looks_grouped = len(fraction) == 3 and 1 <= len(integer) <= 3 and integer[0] != "0"
        if looks_grouped:
            if not whole:
                raise ValueError("ambiguous")
            return float(sign + integer + fraction)
        return float(f"{sign}{integer or '0'}.{fraction}")
    if _GROUPED.fullmatch(s):
        match = _GROUPED.fullmatch(s)
        assert match is not None
        return float(s.replace(match["mark"], ""))
    raise ValueError("not_a_number")


# --- survey metrics ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Scale:
    low: int
    high: int


SCALES: dict[str, _Scale] = {"csat": _Scale(1, 5), "nps": _Scale(0, 10), "ces": _Scale(1, 7)}


def _is_skip(cell: str) -> bool:
    return " ".join(cell.lower().split()) in SKIP_TOKENS


def _unquote(cell: str) -> str:
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] and cell[0] in "\"'":
        cell = cell[1:-1].strip()
    return cell


@dataclass(frozen=True)
class _Missing:
    """The cell of a row too short to have the chosen column (numbered from 1)."""

    column: int


@dataclass
class _Tally:
    scale: _Scale
    language: str
    counts: dict[int, int]
    skipped: int = 0
    malformed: int = 0

    def __post_init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, key: str, **values: object) -> None:
        self.malformed += 1
        cell = str(values.get("cell", ""))
        if len(cell) > MAX_NUMBER_CHARS:
            values["cell"] = cell[: MAX_NUMBER_CHARS - 1] + "…"
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(text(self.language, key, **values))

    def add(self, line: int, cell: object) -> None:
        if cell is None:
            self.skipped += 1
            return
        if isinstance(cell, _Missing):
            self.problem("missing_column", line=line, column=cell.column)
            return
        if isinstance(cell, bool):
            self.problem("not_a_number", line=line, cell=cell)
            return
        if isinstance(cell, int | float):
            number, shown = float(cell), str(cell)
            if not math.isfinite(number):
                self.problem("not_a_number", line=line, cell=shown)
                return
        else:
            shown = _unquote(str(cell))
            if _is_skip(shown):
                self.skipped += 1
                return
            try:
                number = parse_number(shown, whole=True)
            except ValueError:
                self.problem("not_a_number", line=line, cell=shown)
                return
        if number != int(number):
            self.problem("not_whole", line=line, cell=shown)
        elif not self.scale.low <= number <= self.scale.high:
            self.problem("out_of_range", line=line, cell=shown,
                         low=self.scale.low, high=self.scale.high)  # fmt: skip
        else:
            self.counts[int(number)] += 1

    def all_problems(self) -> tuple[str, ...]:
        hidden = self.malformed - len(self.problems)
        more = [text(self.language, "more_problems", count=hidden)] if hidden else []
        return (*self.problems, *more)


def _survey(name: str, cells: Iterable[tuple[int, object]], language: str) -> MetricResult:
    """Tally (line, cell) pairs on the metric's scale and compute it from the valid answers."""
    language = _language(language)
    scale = SCALES[name]
    tally = _Tally(scale, language, dict.fromkeys(range(scale.low, scale.high + 1), 0))
    for line, cell in cells:
        tally.add(line, cell)
    counts = tally.counts
    valid = sum(counts.values())
    problems = tally.all_problems()
    if valid == 0:
        raise MetricError(
            text(language, "no_valid", metric=name.upper(), skipped=tally.skipped,
                 malformed=tally.malformed),
            problems,
        )  # fmt: skip
    summary = {"valid": valid, "skipped": tally.skipped, "malformed": tally.malformed}
    distribution = tuple(counts.items())

    def number(value: float, decimals: int = 1) -> str:
        return format_number(language, value, decimals)

    if name == "csat":
        top = counts[4] + counts[5]
        value = 100 * top / valid
        display = number(value)
        formula = text(language, "formula_csat", top=number(top), valid=number(valid),
                       value=display)  # fmt: skip
        summary["satisfied"] = top
    elif name == "nps":
        promoters = counts[9] + counts[10]
        detractors = sum(counts[v] for v in range(0, 7))
        value = 100 * (promoters - detractors) / valid
        display = number(value)
        formula = text(
            language, "formula_nps", promoters=number(promoters), detractors=number(detractors),
            valid=number(valid), promoters_pct=number(100 * promoters / valid),
            detractors_pct=number(100 * detractors / valid), value=display,
        )  # fmt: skip
        summary |= {
            "promoters": promoters,
            "passives": valid - promoters - detractors,
            "detractors": detractors,
        }
    else:
        total = sum(v * c for v, c in counts.items())
        value = total / valid
        display = number(value, 2)
        formula = text(language, "formula_ces", total=number(total), valid=number(valid),
                       value=display)  # fmt: skip
    return MetricResult(name, value, formula, summary, distribution, problems, display)


def _numbered(answers: Iterable[object]) -> Iterable[tuple[int, object]]:
    return enumerate(answers, start=1)


def csat(answers: Iterable[object], language: str = "en") -> MetricResult:
    """CSAT = 100 × (answers of 4 or 5) / (valid answers), on a 1–5 scale.

    `answers` are numbers or cells of text ("4", "n/a", ""); None and "don't know" entries
    are skipped. Line numbers in problems count answers from 1.
    """
    return _survey("csat", _numbered(answers), language)


def nps(answers: Iterable[object], language: str = "en") -> MetricResult:
    """NPS = % promoters (9–10) − % detractors (0–6), answers on a 0–10 scale."""
    return _survey("nps", _numbered(answers), language)


def ces(answers: Iterable[object], language: str = "en") -> MetricResult:
    """CES = mean of the valid answers on a 1–7 scale."""
    return _survey("ces", _numbered(answers), language)


# --- reading a column of answers from text ----------------------------------------------


def _is_value(cell: str) -> bool:
    cell = _unquote(cell)
    if _is_skip(cell):
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
    text_: str, column: str | int | None = None, language: str = "en", metric: str = ""
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
    language = _language(language)
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
            cells.append((line, _Missing(index + 1)))
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
    name: str, text_: str, column: str | int | None = None, language: str = "en"
) -> MetricResult:
    """CSAT, NPS or CES from pasted text or CSV; see `read_column` for how it is read."""
    return _survey(name, read_column(text_, column, language, name), language)


# --- metrics from named numbers ---------------------------------------------------------


@dataclass(frozen=True)
class NumberInput:
    name: str
    whole: bool = False
    """A count of customers: a whole number; 1,200 and 1.200 read as 1200."""
    positive: bool = False
    """A denominator: more than zero."""


NUMBER_INPUTS: dict[str, tuple[NumberInput, ...]] = {
    "churn": (NumberInput("lost", whole=True), NumberInput("start", whole=True, positive=True)),
    "annual-value": (NumberInput("average_purchase"), NumberInput("purchases_per_year")),
    "clv": (NumberInput("annual_value"), NumberInput("years")),
    "cac": (NumberInput("spend"), NumberInput("new_customers", whole=True, positive=True)),
}
"""The named numbers each metric takes, in the order its formula uses them. CLV also takes
average_purchase and purchases_per_year instead of annual_value."""
_CLV_ALTERNATIVE = (NumberInput("average_purchase"), NumberInput("purchases_per_year"))


def _number(value: object, spec: NumberInput, language: str) -> float:
    """One named input, read (text with a decimal comma accepted) and validated."""
    label = text(language, f"input_{spec.name}")
    shown = str(value).strip() if isinstance(value, str) else str(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise MetricError(text(language, "input_missing", label=label), field=spec.name)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise MetricError(text(language, "input_not_number", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if isinstance(value, str):
        try:
            number = parse_number(value, whole=spec.whole)
        except ValueError as error:
            key = "input_ambiguous" if error.args == ("ambiguous",) else "input_not_number"
            raise MetricError(text(language, key, label=label, text=shown),
                              field=spec.name) from None  # fmt: skip
    else:
        number = float(value)
    if not math.isfinite(number):
        raise MetricError(text(language, "input_not_number", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if number > MAX_INPUT:
        raise MetricError(text(language, "input_too_large", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if number < 0:
        raise MetricError(text(language, "input_negative", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if spec.whole and number != int(number):
        raise MetricError(text(language, "input_not_whole", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if spec.positive and number == 0:
        raise MetricError(text(language, "input_zero", label=label), field=spec.name)
    return number


def _numbers(
    name: str, values: Mapping[str, object], specs: Iterable[NumberInput], language: str
) -> list[float]:
    return [_number(values.get(spec.name), spec, language) for spec in specs]


def churn(lost: object, start: object, language: str = "en") -> MetricResult:
    """Churn rate = 100 × customers lost during the period / customers at its start.

    Every input here and below may be a number or text ("1200", "1 200", "45,5").
    """
    language = _language(language)
    lost_n, start_n = _numbers("churn", {"lost": lost, "start": start},
                               NUMBER_INPUTS["churn"], language)  # fmt: skip
    if lost_n > start_n:
        raise MetricError(
            text(language, "lost_above_start", lost=format_number(language, lost_n),
                 start=format_number(language, start_n)),
            field="lost",
        )  # fmt: skip
    value = 100 * lost_n / start_n
    display = text(language, "percent", value=format_number(language, value, 1))
    formula = text(language, "formula_churn", lost=format_number(language, lost_n),
                   start=format_number(language, start_n), value=display)  # fmt: skip
    return MetricResult("churn", value, formula, display=display)


def annual_value(
    average_purchase: object, purchases_per_year: object, language: str = "en"
) -> MetricResult:
    """Annual customer value = average value of a purchase × purchases per customer per year."""
    language = _language(language)
    purchase, purchases = _numbers(
        "annual-value",
        {"average_purchase": average_purchase, "purchases_per_year": purchases_per_year},
        NUMBER_INPUTS["annual-value"], language,
    )  # fmt: skip
    value = purchase * purchases
    display = format_number(language, value)
    formula = text(language, "formula_annual-value", value=display,
                   average_purchase=format_number(language, purchase, 4),
                   purchases=format_number(language, purchases, 4))  # fmt: skip
    return MetricResult("annual-value", value, formula, display=display)


def clv(
    annual_value: object = None,
    years: object = None,
    language: str = "en",
    *,
    average_purchase: object = None,
    purchases_per_year: object = None,
) -> MetricResult:
    """CLV = annual customer value × average years a customer stays.

    Instead of `annual_value`, give `average_purchase` and `purchases_per_year`: the
    formula then shows all three factors.
    """
    language = _language(language)
    from_purchases = annual_value is None and (
        average_purchase is not None or purchases_per_year is not None
    )
    if from_purchases:
        purchase, purchases = _numbers(
            "clv",
            {"average_purchase": average_purchase, "purchases_per_year": purchases_per_year},
            _CLV_ALTERNATIVE, language,
        )  # fmt: skip
        (years_n,) = _numbers("clv", {"years": years}, NUMBER_INPUTS["clv"][1:], language)
        value = purchase * purchases * years_n
        display = format_number(language, value)
        formula = text(language, "formula_clv_from_purchases", value=display,
                       average_purchase=format_number(language, purchase, 4),
                       purchases=format_number(language, purchases, 4),
                       years=format_number(language, years_n, 4))  # fmt: skip
        return MetricResult("clv", value, formula, display=display)
    if annual_value is None or average_purchase is not None or purchases_per_year is not None:
        raise MetricError(text(language, "clv_inputs"))
    annual, years_n = _numbers("clv", {"annual_value": annual_value, "years": years},
                               NUMBER_INPUTS["clv"], language)  # fmt: skip
    value = annual * years_n
    display = format_number(language, value)
    formula = text(language, "formula_clv", annual_value=format_number(language, annual, 4),
                   years=format_number(language, years_n, 4), value=display)  # fmt: skip
    return MetricResult("clv", value, formula, display=display)


def cac(spend: object, new_customers: object, language: str = "en") -> MetricResult:
    """CAC = sales and marketing spend in the period / new customers won in the period."""
    language = _language(language)
    spend_n, new_n = _numbers("cac", {"spend": spend, "new_customers": new_customers},
                              NUMBER_INPUTS["cac"], language)  # fmt: skip
    value = spend_n / new_n
    display = format_number(language, value)
    formula = text(language, "formula_cac", spend=format_number(language, spend_n, 4),
                   new_customers=format_number(language, new_n), value=display)  # fmt: skip
    return MetricResult("cac", value, formula, display=display)


# --- the registry and the entry points of the CLI and the browser ------------------------

METRICS: dict[str, Callable[..., MetricResult]] = {
    "csat": csat,
    "nps": nps,
    "ces": ces,
    "churn": churn,
    "annual-value": annual_value,
    "clv": clv,
    "cac": cac,
}
"""Every metric by name. Survey metrics take (answers, language); the others take their
NUMBER_INPUTS by keyword, plus language."""


def _known(name: str, language: str) -> None:
    if name not in METRICS:
        raise MetricError(text(language, "unknown_metric", name=name, names=", ".join(METRICS)))


def metric_from_values(
    name: str, values: Mapping[str, object], language: str = "en"
) -> MetricResult:
    """A number metric from its named inputs (numbers, or text as people type them)."""
    language = _language(language)
    _known(name, language)
    if name in SCALES:
        raise MetricError(text(language, "not_survey", metric=name.upper()))
    accepted = [i.name for i in NUMBER_INPUTS[name]]
    if name == "clv":
        accepted += [i.name for i in _CLV_ALTERNATIVE]
    for key in values:
        if key not in accepted:
            raise MetricError(text(language, "input_unknown", name=key, metric=name,
                                   names=", ".join(accepted)))  # fmt: skip
    present = {k: v for k, v in values.items() if v is not None and v != ""}
    if name == "clv":
        return clv(language=language, **present)
    return METRICS[name](language=language, **{k: values.get(k) for k in accepted})


def _named_values(text_: str, language: str) -> dict[str, str]:
    values = {}
    for number, line in enumerate(text_.splitlines(), start=1):
        if not line.strip():
            continue
        match = re.fullmatch(r"\s*([A-Za-z][\w -]*?)\s*[=:]\s*(.*?)\s*", line)
        if match is None:
            raise MetricError(text(language, "input_bad_line", line=number, text=line.strip()))
        key, value = match.groups()
        values[key.lower().replace("-", "_").replace(" ", "_")] = value
    return values


def metric_from_text(
    name: str, text_: str, column: str | int | None = None, language: str = "en"
) -> MetricResult:
    """Any metric from text: survey metrics from a column of answers (see `read_column`),
    number metrics from lines NAME = NUMBER (e.g. "lost = 90" and "start = 1200").

    Raises MetricError (a ValueError) whose message says what to fix, in `language`.
    """
    language = _language(language)
    _known(name, language)
    if name in SCALES:
        return survey_from_text(name, text_, column, language)
    return metric_from_values(name, _named_values(text_, language), language)


def metric_json(
    name: str,
    text_: str = "",
    column: str | int | None = None,
    language: str = "en",
    values: Mapping[str, object] | None = None,
) -> dict[str, Any]:
    """For the browser's worker: never raises on bad input; plain data to send as JSON.

    {"ok": true, "result": {...}} or {"ok": false, "error": message, "problems": [...],
    "field": input name or null}. With `values`, a number metric from named inputs.
    """
    try:
        if values is not None:
            result = metric_from_values(name, values, language)
        else:
            result = metric_from_text(name, text_, column, language)
    except MetricError as error:
        return {"ok": False, "error": error.message, "problems": list(error.problems),
                "field": error.field}  # fmt: skip
    return {"ok": True, "result": result.to_json()}


def describe_metrics(language: str = "en") -> list[dict[str, Any]]:
    """What a calculator page needs to draw its forms: names, titles, scales, input labels."""
    language = _language(language)
    described: list[dict[str, Any]] = []
    for name in METRICS:
        entry: dict[str, Any] = {"name": name, "title": text(language, f"title_{name}")}
        if name in SCALES:
            entry |= {"kind": "survey", "scale": [SCALES[name].low, SCALES[name].high]}
        else:
            entry |= {
                "kind": "numbers",
                "inputs": [
                    {"name": i.name, "label": text(language, f"input_{i.name}"),
                     "whole": i.whole, "positive": i.positive}
                    for i in NUMBER_INPUTS[name]
                ],
            }  # fmt: skip
        described.append(entry)
    return described
