"""The CX metric calculators: the guides' worked examples, reading answers, validation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfassess.core.metrics import (
    MAX_LISTED_PROBLEMS,
    METRICS,
    MetricError,
    MetricResult,
    annual_value,
    cac,
    ces,
    churn,
    clv,
    csat,
    describe_metrics,
    format_number,
    metric_from_text,
    metric_from_values,
    metric_json,
    nps,
    parse_number,
    read_column,
)

REPO = Path(__file__).parents[2]
GUIDES = {
    "en": REPO / "docs" / "en" / "guides" / "metrics.md",
    "es": REPO / "docs" / "es" / "guias" / "metricas.md",
}
NBSP = "\u00a0"
GROUP = "\u202f"
"""The Spanish thousands separator, a narrow no-break space (the catalogue's rule)."""

# The guides' worked examples, as answers and inputs.
CSAT_ANSWERS = [1] * 10 + [2] * 14 + [3] * 28 + [4] * 84 + [5] * 64
CSAT_BLANKS = 20
NPS_ANSWERS = [10, 9] * 90 + [8, 7] * 70 + [0, 3, 6, 5] * 20  # 180 / 140 / 80
CES_ANSWERS = [7, 6, 6, 5, 7, 4, 6, 3, 7, 5]


def guide_examples(language: str) -> dict[str, MetricResult]:
    return {
        "csat": csat([*CSAT_ANSWERS, *[""] * CSAT_BLANKS], language),
        "nps": nps(NPS_ANSWERS, language),
        "ces": ces([*CES_ANSWERS[:4], None, *CES_ANSWERS[4:]], language),
        "churn": churn(90, 1200, language),
        "annual-value": annual_value(45, 6, language),
        "clv": clv(270, 4, language),
        "cac": cac(36000, 240, language),
    }


EXPECTED = {
    "en": {
        "csat": (74, "74", "CSAT = 100 × 148 / 200 = 74"),
        "nps": (25, "25", "NPS = 100 × 180 / 400 − 100 × 80 / 400 = 45 − 20 = 25"),
        "ces": (5.6, "5.6", "CES = 56 / 10 = 5.6"),
        "churn": (7.5, "7.5%", "Churn rate = 100 × 90 / 1,200 = 7.5%"),
        "annual-value": (270, "270", "Annual customer value = 45 × 6 = 270"),
        "clv": (1080, "1,080", "CLV = 270 × 4 = 1,080"),
        "cac": (150, "150", "CAC = 36,000 / 240 = 150"),
    },
    "es": {
        "csat": (74, "74", "CSAT = 100 × 148 / 200 = 74"),
        "nps": (25, "25", "NPS = 100 × 180 / 400 − 100 × 80 / 400 = 45 − 20 = 25"),
        "ces": (5.6, "5,6", "CES = 56 / 10 = 5,6"),
        "churn": (7.5, "7,5 %", "Tasa de abandono = 100 × 90 / 1200 = 7,5 %"),
        "annual-value": (270, "270", "Valor anual del cliente = 45 × 6 = 270"),
        "clv": (1080, "1080", "CLV = 270 × 4 = 1080"),
        "cac": (150, "150", f"CAC = 36{GROUP}000 / 240 = 150"),
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_worked_example_of_the_guides(language: str) -> None:
    results = guide_examples(language)
    assert set(results) == set(METRICS)
    for name, result in results.items():
        value, display, formula = EXPECTED[language][name]
        assert (result.name, result.value, result.display, result.formula) == (
            name, pytest.approx(value), display, formula,
        ), name  # fmt: skip
    assert results["csat"].counts == {"valid": 200, "skipped": 20, "malformed": 0,
                                      "satisfied": 148}  # fmt: skip
    assert results["csat"].distribution == ((1, 10), (2, 14), (3, 28), (4, 84), (5, 64))
    assert results["nps"].counts == {
        "valid": 400, "skipped": 0, "malformed": 0,
        "promoters": 180, "passives": 140, "detractors": 80,
    }  # fmt: skip
    assert results["ces"].counts == {"valid": 10, "skipped": 1, "malformed": 0}
    # the closing remark of the CAC example: CLV is 7.2 times CAC
    assert results["clv"].value / results["cac"].value == pytest.approx(7.2)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_guide_pages_show_what_the_calculators_compute(language: str) -> None:
    """Each formula's last steps, and each bold result, appear as such in the guide."""
    page = GUIDES[language].read_text(encoding="utf-8")
    prose = " ".join(page.replace("**", "").split())
    bold = re.findall(r"\*\*([^*]+)\*\*", page)
    for name, result in guide_examples(language).items():
        formula = " ".join(result.formula.split())
        last_steps = " = ".join(formula.split(" = ")[-2:])
        assert last_steps in prose, (name, last_steps)
        assert result.display.replace(GROUP, " ") in bold, (name, result.display)


@pytest.mark.parametrize("language", ["en", "es"])
def test_worked_examples_from_text_as_people_type_it(language: str) -> None:
    lines = [str(a) for a in CSAT_ANSWERS]
    for i in range(CSAT_BLANKS):  # blank answers spread among the others
        lines.insert(i * 10 + 3, "" if i % 2 else "n/a")
    result = metric_from_text("csat", "\n".join(lines) + "\n", language=language)
    assert (result.value, result.counts["skipped"], result.counts["valid"]) == (74, 20, 200)

    decimal = "," if language == "es" else "."
    examples = {
        "churn": ("lost = 90\nstart = 1200", 7.5),
        "annual-value": (f"average purchase = 45{decimal}0\npurchases per year: 6", 270),
        "clv": (f"annual_value = 270\nyears = 4{decimal}0", 1080),
        "cac": ("spend = 36 000\nnew-customers = 240", 150),
    }
    for name, (text, value) in examples.items():
        assert metric_from_text(name, text, language=language).value == pytest.approx(value)
    assert clv(None, "4", language, average_purchase="45",
               purchases_per_year="6").value == 1080  # fmt: skip
    es_values = {"average_purchase": "22,5", "purchases_per_year": "12"}
    assert metric_from_values("annual-value", es_values, "es").formula == (
        "Valor anual del cliente = 22,5 × 12 = 270"
    )


# --- reading a column of answers --------------------------------------------------------


def test_skipped_entries_are_counted_not_guessed() -> None:
    text = "5\n\nna\nN/A\nns/nc\n-\n  \nNo sé\ndon't know\n4\n"
    result = metric_from_text("csat", text)
    assert result.counts == {"valid": 2, "skipped": 8, "malformed": 0, "satisfied": 2}
    assert result.problems == ()


def test_leading_and_trailing_blank_lines_are_not_answers() -> None:
    assert metric_from_text("ces", "\n\n7\n\n5\n\n\n").counts["skipped"] == 1


def test_malformed_rows_are_counted_with_their_line_numbers() -> None:
    text = "4\nfive\n6\n4.5\n3,5\n0\n\n1e3\n5\n"
    result = metric_from_text("csat", text)
    assert result.counts == {"valid": 2, "skipped": 1, "malformed": 6, "satisfied": 2}
    assert result.value == 100
    assert result.problems == (
        "line 2: 'five' is not a number",
        "line 3: 6 is outside the scale 1 to 5",
        "line 4: '4.5' is not a whole number; the scale has only whole numbers",
        "line 5: '3,5' is not a whole number; the scale has only whole numbers",
        "line 6: 0 is outside the scale 1 to 5",
        "… and 1 more malformed row",
    )
    assert len(result.problems) == MAX_LISTED_PROBLEMS + 1


def test_long_cells_are_shortened_in_problems() -> None:
    result = metric_from_text("csat", "5\n" + "x" * 500 + "\n")
    assert result.problems == ("line 2: '" + "x" * 39 + "…' is not a number",)


def test_problems_in_spanish() -> None:
    result = metric_from_text("nps", "10\n11\nx\n", language="es")
    assert result.problems == (
        "línea 2: 11 está fuera de la escala de 0 a 10",
        "línea 3: «x» no es un número",
    )


def test_whole_numbers_written_with_decimals_are_answers() -> None:
    assert metric_from_text("ces", '4.0\n5,0\n"6"\n').value == 5


def test_all_skipped_is_a_clear_error() -> None:
    with pytest.raises(MetricError) as raised:
        metric_from_text("nps", "n/a\n\n-\nns/nc\n")
    assert raised.value.message == "no valid answers to compute NPS: 4 skipped, 0 malformed"
    assert raised.value.problems == ()


def test_no_valid_answers_lists_the_malformed_ones() -> None:
    with pytest.raises(MetricError) as raised:
        metric_from_text("csat", "9\nhigh\n")
    assert raised.value.message == "no valid answers to compute CSAT: 0 skipped, 2 malformed"
    assert raised.value.problems == (
        "line 1: 9 is outside the scale 1 to 5", "line 2: 'high' is not a number"
    )  # fmt: skip
    assert str(raised.value).splitlines()[1] == "line 1: 9 is outside the scale 1 to 5"


@pytest.mark.parametrize("text", ["", "\n\n", "   \n"])
def test_empty_text(text: str) -> None:
    with pytest.raises(MetricError, match="no answers: the text is empty"):
        metric_from_text("csat", text)


def test_a_header_line_on_a_single_column() -> None:
    result = metric_from_text("ces", "Puntuación\n7\n6\n")
    assert (result.value, result.counts["valid"]) == (6.5, 2)


def test_csv_with_a_header_and_semicolons() -> None:
    text = "fecha;tienda;puntuación\n2024-05-01;Centro;4\n2024-05-01;Norte;\n2024-05-02;Sur;2\n"
    result = metric_from_text("csat", text, column="Puntuación")
    assert result.counts == {"valid": 2, "skipped": 1, "malformed": 0, "satisfied": 1}
    assert metric_from_text("csat", text, column=3) == result
    assert metric_from_text("csat", text, column="3") == result


def test_csv_with_commas_quotes_and_a_multiline_field() -> None:
    text = 'id,comment,nps\n1,"fine, thanks",10\n2,"two\nlines",3\n3,,x\n'
    result = metric_from_text("nps", text, column="NPS")
    assert result.counts["valid"] == 2
    assert result.problems == ("line 5: 'x' is not a number",)


def test_tab_delimited_and_a_decimal_comma() -> None:
    text = "store\tces\nA\t6,0\nB\t4\n"
    assert metric_from_text("ces", text, column="ces").value == 5


def test_the_column_named_like_the_metric_is_taken() -> None:
    assert metric_from_text("nps", "date;NPS\nmay;9\nmay;10\n").value == 100


def test_csv_without_a_header_counts_every_row() -> None:
    result = metric_from_text("csat", "a;5\nb;1\n", column=2)
    assert (result.counts["valid"], result.value) == (2, 50)


def test_rows_too_short_for_the_column() -> None:
    result = metric_from_text("csat", "id;csat\n1;5\n2\n3;4\n")
    assert result.counts["malformed"] == 1
    assert result.problems == ("line 3: the row has no column 2",)


def test_column_errors() -> None:
    text = "date;store;score\nmay;A;4\n"
    with pytest.raises(MetricError, match=r"the data has 3 columns \(date, store, score\); choose"):
        metric_from_text("csat", text)
    with pytest.raises(MetricError, match="there is no column 'rating'; the columns are: date, "):
        metric_from_text("csat", text, column="rating")
    with pytest.raises(MetricError, match="there is no column 4: the data has 3 columns"):
        metric_from_text("csat", text, column=4)
    with pytest.raises(MetricError, match="the data has no header row"):
        metric_from_text("csat", "a;4\n", column="score")


def test_read_column_returns_line_numbers() -> None:
    assert read_column("\nscore\n4\n\n5\n") == [(3, "4"), (4, ""), (5, "5")]


# --- named numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "values", "field", "message"),
    [
        ("churn", {"lost": "-1", "start": "10"}, "lost", "is negative"),
        ("churn", {"lost": "1", "start": "0"}, "start", "must be more than zero"),
        ("churn", {"lost": "1.5", "start": "10"}, "lost", "is not a whole number"),
        ("churn", {"lost": "ninety", "start": "10"}, "lost", "'ninety' is not a number"),
        ("churn", {"lost": "", "start": "10"}, "lost", "missing"),
        ("churn", {"lost": "11", "start": "10"}, "lost", r"cannot be more than customers at"),
        ("cac", {"spend": "36000", "new_customers": "0"}, "new_customers", "more than zero"),
        ("cac", {"spend": "1,200", "new_customers": "3"}, "spend", "is ambiguous"),
        ("cac", {"spend": "inf", "new_customers": "3"}, "spend", "is not a number"),
        ("cac", {"spend": 1e300, "new_customers": "3"}, "spend", "is too large"),
        ("cac", {"spend": "9" * 400, "new_customers": "3"}, "spend", "is not a number"),
        ("annual-value", {"average_purchase": "45"}, "purchases_per_year", "missing"),
        ("clv", {"years": "4"}, None, "CLV needs the annual customer value"),
        ("clv", {"annual_value": "270", "average_purchase": "45", "years": "4"}, None,
         "CLV needs"),
    ],
)  # fmt: skip
def test_named_numbers_are_validated(name, values, field, message) -> None:
    with pytest.raises(MetricError, match=message) as raised:
        metric_from_values(name, values)
    assert raised.value.field == field


def test_counts_accept_thousands_separators() -> None:
    for start in ("1,200", "1.200", "1 200", f"1{NBSP}200", 1200, 1200.0):
        assert churn("90", start).value == 7.5


def test_unknown_metric_and_inputs() -> None:
    with pytest.raises(MetricError, match="unknown metric 'roi'; the metrics are: csat, nps"):
        metric_from_text("roi", "1")
    with pytest.raises(MetricError, match="unknown input 'gained'; churn takes: lost, start"):
        metric_from_text("churn", "lost = 1\ngained = 2\nstart = 3")
    with pytest.raises(MetricError, match="line 2: 'start 3' is not NAME = NUMBER"):
        metric_from_text("churn", "lost = 1\nstart 3")
    with pytest.raises(MetricError, match="CSAT is computed from numbers"):
        metric_from_values("csat", {})


@pytest.mark.parametrize(
    ("text", "whole", "number"),
    [
        ("45", False, 45), ("45.5", False, 45.5), ("45,5", False, 45.5), ("0,125", False, 0.125),
        ("1.200,50", False, 1200.5), ("1,200.50", False, 1200.5), ("36 000", False, 36000),
        ("1,200", True, 1200), ("1.200.000", True, 1200000), (" 7 ", True, 7), ("-3", True, -3),
    ],
)  # fmt: skip
def test_parse_number(text: str, whole: bool, number: float) -> None:
    assert parse_number(text, whole=whole) == number


@pytest.mark.parametrize(
    ("text", "reason"),
    [("1,200", "ambiguous"), ("1 200,000", "ambiguous"), ("1e3", "not_a_number"),
     ("1.2.3", "not_a_number"), ("1,200,50", "not_a_number"), ("4.", "not_a_number"),
     ("nan", "not_a_number"), ("", "not_a_number")],
)  # fmt: skip
def test_parse_number_refuses(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_number(text)


def test_format_number() -> None:
    assert format_number("en", 1234567.891) == "1,234,567.89"
    assert format_number("es", 1234567.891) == f"1{GROUP}234{GROUP}567,89"
    assert format_number("es", 1234.5) == "1234,5"
    assert format_number("en", -0.001) == "0"
    assert format_number("fr", 2.50) == "2.5"  # unknown languages write English


# --- what the browser receives ----------------------------------------------------------


def test_results_serialize_to_json() -> None:
    result = metric_from_text("nps", "9\n7\n3\nx\n")
    data = json.loads(json.dumps(result.to_json()))
    assert data["name"] == "nps" and data["value"] == 0
    assert data["distribution"][9] == {"value": 9, "count": 1}
    assert len(data["distribution"]) == 11
    assert data["problems"] == ["line 4: 'x' is not a number"]
    assert data["counts"]["passives"] == 1


def test_metric_json_never_raises_on_bad_input() -> None:
    assert metric_json("csat", "5\n4\n")["result"]["value"] == 100
    assert metric_json("cac", values={"spend": "100", "new_customers": "4"})["result"][
        "display"
    ] == "25"  # fmt: skip
    failed = metric_json("churn", values={"lost": "1", "start": "0"}, language="es")
    assert failed == {
        "ok": False, "error": "clientes al inicio del periodo: debe ser mayor que cero (divide)",
        "problems": [], "field": "start",
    }  # fmt: skip
    assert metric_json("ces", "x\n")["problems"] == ["line 1: 'x' is not a number"]
    json.dumps(describe_metrics("es"))


def test_describe_metrics() -> None:
    described = {m["name"]: m for m in describe_metrics("es")}
    assert list(described) == list(METRICS)
    assert described["nps"]["scale"] == [0, 10]
    assert [i["name"] for i in described["churn"]["inputs"]] == ["lost", "start"]
    assert described["churn"]["title"] == "Tasa de abandono (churn)"


# --- properties -------------------------------------------------------------------------

CSAT_CELLS = st.lists(st.integers(1, 5), min_size=1, max_size=60)
NPS_CELLS = st.lists(st.integers(0, 10), min_size=1, max_size=60)
SKIPS = st.lists(st.sampled_from(["", "na", "N/A", "ns/nc", "-", None]), max_size=10)


@given(CSAT_CELLS)
def test_csat_is_a_percentage(answers: list[int]) -> None:
    assert 0 <= csat(answers).value <= 100


@given(NPS_CELLS)
def test_nps_is_between_minus_and_plus_100(answers: list[int]) -> None:
    assert -100 <= nps(answers).value <= 100


@given(st.lists(st.integers(1, 7), min_size=1, max_size=60))
def test_ces_stays_on_its_scale(answers: list[int]) -> None:
    assert 1 <= ces(answers).value <= 7


@given(st.data(), st.sampled_from(["csat", "nps", "ces"]), SKIPS)
def test_order_of_rows_and_skipped_entries_do_not_matter(data, name: str, skips) -> None:
    high = {"csat": 5, "nps": 10, "ces": 7}[name]
    low = 0 if name == "nps" else 1
    answers = data.draw(st.lists(st.integers(low, high), min_size=1, max_size=40))
    shuffled = data.draw(st.permutations([*answers, *skips]))
    original, permuted = METRICS[name](answers), METRICS[name](shuffled)
    assert permuted.value == pytest.approx(original.value)
    assert permuted.distribution == original.distribution
    assert permuted.counts["skipped"] == len(skips)


@given(NPS_CELLS)
def test_text_and_numbers_agree(answers: list[int]) -> None:
    text = "\n".join(map(str, answers))
    assert metric_from_text("nps", text).value == pytest.approx(nps(answers).value)
