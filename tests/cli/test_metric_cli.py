"""`selfassess metric`: the calculators on real files, run as the installed console script."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import CONSOLE_SCRIPT, REPO

CSAT_LINES = [""] * 20 + ["1"] * 10 + ["2"] * 14 + ["3"] * 28 + ["4"] * 84 + ["5"] * 64
CSAT_LINES[0] = "score"  # a header, then 19 blank lines and one "n/a" among the answers
CSAT_LINES.insert(100, "n/a")


@pytest.fixture
def csat_file(tmp_path: Path) -> Path:
    """The CSAT example of the guide: 200 valid answers and 20 left blank.

    (Blank lines at the very start or end of a file are not answers: they are ignored.)
    """
    path = tmp_path / "csat.txt"
    path.write_text("\n".join(CSAT_LINES) + "\n", encoding="utf-8")
    return path


def test_csat_readable(console, csat_file: Path) -> None:
    run = console("metric", "csat", csat_file)
    assert (run.status, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[0] == "CSAT = 100 × 148 / 200 = 74"
    assert lines[1] == ("valid answers: 200 · skipped: 20 · malformed: 0 · answers of 4 or 5: 148")
    assert lines[3].split() == ["Answer", "Count"]
    assert lines[4].split()[:2] == ["1", "10"]
    assert lines[7].split() == ["4", "84", "█" * 40]  # the longest bar
    assert len(lines) == 9


def test_csat_json_in_spanish(console, csat_file: Path) -> None:
    run = console("metric", "csat", csat_file, "--json", "--lang", "es")
    assert (run.status, run.err) == (0, "")
    data = json.loads(run.out)
    assert data["value"] == 74 and data["display"] == "74"
    assert data["counts"] == {"valid": 200, "skipped": 20, "malformed": 0, "satisfied": 148}
    assert [d["count"] for d in data["distribution"]] == [10, 14, 28, 84, 64]


def test_nps_from_csv_with_header_and_semicolons(console, tmp_path: Path) -> None:
    rows = ["fecha;tienda;recomendación"]
    rows += [f"2024-05-01;Centro;{score}" for score in [10, 9] * 90 + [8, 7] * 70 + [6, 0] * 40]
    path = tmp_path / "nps.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    run = console("metric", "nps", path, "--column", "recomendación", "--lang", "es")
    assert (run.status, run.err) == (0, "")
    assert run.out.splitlines()[0] == "NPS = 100 × 180 / 400 − 100 × 80 / 400 = 45 − 20 = 25"
    assert run.out.splitlines()[1].startswith("respuestas válidas: 400 · omitidas: 0")
    by_number = console("metric", "nps", path, "--column", "3", "--json")
    assert json.loads(by_number.out)["value"] == 25


def test_ces_with_skipped_and_malformed_rows(console, tmp_path: Path) -> None:
    path = tmp_path / "ces.csv"
    path.write_text('call,ces\n1,7\n2,6\n3,n/a\n4,9\n5,easy\n6,"5,0"\n', encoding="utf-8")
    run = console("metric", "ces", path, "--json")
    assert run.status == 0
    assert run.err.splitlines() == [
        f"{path}: line 5: 9 is outside the scale 1 to 7",
        f"{path}: line 6: 'easy' is not a number",
    ]
    data = json.loads(run.out)
    assert (data["value"], data["display"]) == (6, "6")
    assert data["counts"] == {"valid": 3, "skipped": 1, "malformed": 2}
    assert len(data["problems"]) == 2


def test_spreadsheet_encodings(console, tmp_path: Path) -> None:
    text = "Puntuación;Opinión\r\n5;sí\r\n3;más o menos\r\n"
    for encoding in ("cp1252", "utf-16", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        run = console("metric", "csat", path, "--column", "puntuación", "--json")
        assert (run.status, json.loads(run.out)["value"]) == (0, 50), encoding


def test_standard_input() -> None:
    done = subprocess.run(
        [str(CONSOLE_SCRIPT), "metric", "ces", "-"], input="7\n6\n6\n5\n7\n4\n6\n3\n7\n5\n\n",
        capture_output=True, text=True, cwd=REPO,
    )  # fmt: skip
    assert (done.returncode, done.stdout.splitlines()[0]) == (0, "CES = 56 / 10 = 5.6")


@pytest.mark.parametrize(
    ("args", "first_line"),
    [
        (["churn", "--lost", "90", "--start", "1,200"], "Churn rate = 100 × 90 / 1,200 = 7.5%"),
        (["churn", "--lost", "90", "--start", "1200", "--lang", "es"],
         "Tasa de abandono = 100 × 90 / 1200 = 7,5 %"),
        (["annual-value", "--average-purchase", "45", "--purchases-per-year", "6"],
         "Annual customer value = 45 × 6 = 270"),
        (["clv", "--annual-value", "270", "--gross-margin", "40", "--years", "4"],
         "CLV = 270 × 40% × 4 = 432"),
        (["clv", "--average-purchase", "45", "--purchases-per-year", "6", "--gross-margin",
          "40", "--years", "4", "--lang", "es"], "CLV = 45 × 6 × 40 % × 4 = 432"),
        (["clv-cac", "--clv", "432", "--cac", "150"], "CLV/CAC = 432 / 150 = 2.9"),
        (["unprofitable-cost", "--unprofitable-customers", "120", "--cost-to-serve", "300",
          "--customer-margin", "180"],
         "Cost of unprofitable customers = 120 × (300 − 180) = 14,400"),
        (["cac", "--spend", "36000", "--new-customers", "240"], "CAC = 36,000 / 240 = 150"),
        (["annual-value", "--average-purchase", "22,5", "--purchases-per-year", "12",
          "--lang", "es"], "Valor anual del cliente = 22,5 × 12 = 270"),
    ],
)  # fmt: skip
def test_number_metrics(console, args: list[str], first_line: str) -> None:
    run = console("metric", *args)
    assert (run.status, run.out, run.err) == (0, first_line + "\n", "")


def test_number_metric_json(console) -> None:
    run = console("metric", "cac", "--spend", "36 000", "--new-customers", "240", "--json")
    assert json.loads(run.out) == {
        "name": "cac", "value": 150, "display": "150", "formula": "CAC = 36,000 / 240 = 150",
        "counts": {}, "distribution": [], "problems": [],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["csat", "missing.csv"], "selfassess: error: missing.csv: no such file"),
        (["csat", "."], "selfassess: error: .: is a folder; give the path of a file"),
        (["cac", "--spend", "100", "--new-customers", "0"],
         "selfassess: error: --new-customers: new customers won in the period: must be more "
         "than zero (it divides)"),
        (["churn", "--lost", "-5", "--start", "10"],
         "selfassess: error: --lost: customers lost during the period: -5 is negative; it must "
         "be zero or more"),
        (["churn", "--lost", "5", "--start", "ten", "--lang", "es"],
         "selfassess: error: --start: clientes al inicio del periodo: «ten» no es un número"),
        (["clv", "--gross-margin", "40", "--years", "4"], "selfassess: error: CLV needs the "
         "annual customer value, or the average value of a purchase and the purchases per "
         "customer per year; and the gross margin and the average years a customer stays"),
        (["clv", "--annual-value", "270", "--gross-margin", "140", "--years", "4"],
         "selfassess: error: --gross-margin: gross margin, in % of what customers pay: 140 is "
         "more than 100; it is a percentage"),
        (["unprofitable-cost", "--unprofitable-customers", "3", "--cost-to-serve", "50",
          "--customer-margin", "80"], "selfassess: error: --customer-margin: a margin of 80 "
         "covers a cost to serve of 50: those customers are not unprofitable"),
    ],
)  # fmt: skip
def test_errors_exit_2_without_traceback(console, args: list[str], message: str) -> None:
    run = console("metric", *args)
    assert (run.status, run.out, run.err) == (2, "", message + "\n")


def test_a_file_with_no_valid_answers(console, tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("n/a\n\n-\n11\n", encoding="utf-8")
    run = console("metric", "nps", path)
    assert (run.status, run.out) == (2, "")
    assert run.err.splitlines() == [
        f"selfassess: error: {path}: no valid answers to compute NPS: 3 skipped, 1 malformed",
        "line 4: 11 is outside the scale 0 to 10",
    ]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    run = console("metric", "csat", empty)
    assert run.err == f"selfassess: error: {empty}: no answers: the text is empty\n"
    assert run.status == 2


def test_several_columns_need_a_choice(console, tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    path.write_text("store,score\nA,4\n", encoding="utf-8")
    run = console("metric", "csat", path)
    assert run.status == 2
    assert "the data has 2 columns (store, score); choose the one with the answers" in run.err
    assert "Traceback" not in run.err


def test_argparse_mistakes_exit_2(cli) -> None:
    missing = cli("metric", "churn", "--lost", "3")
    assert missing.status == 2
    assert "the following arguments are required: --start" in missing.err
    assert cli("metric", "roi").status == 2
    assert cli("metric", "csat", "x", "--lang", "fr").status == 2


def test_help_lists_every_metric(cli) -> None:
    run = cli("metric", "--help")
    assert run.status == 0
    names = ("csat", "nps", "ces", "churn", "annual-value", "clv", "cac", "clv-cac",
             "unprofitable-cost")  # fmt: skip
    for name in names:
        assert name in run.out
    for name in names:
        assert cli("metric", name, "--help").status == 0
