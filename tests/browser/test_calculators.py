"""The calculators page in real Chromium: pasted answers, chosen CSV files and figures give
what `selfassess metric ... --json` gives, and the guide's hand-computed examples."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import ENGINE_TIMEOUT, Watch
from tests.site.sites import REPO, SELFASSESS

pytestmark = pytest.mark.browser

CSAT_TEXT = "\n".join(
    ["1"] * 10 + ["2"] * 14 + ["", "n/a"] * 10 + ["3"] * 28 + ["4"] * 84 + ["5"] * 64
)
"""The CSAT example of the guide: 200 valid answers (148 of 4 or 5) and 20 left blank."""
CES_TEXT = "7\n6\n6\n5\n7\n\n4\n6\n3\n7\n5\n"
"""The CES example of the guide: ten answers summing to 56, one skipped."""
NPS_ROWS = ["fecha;tienda;recomendación"] + [
    f"2024-05-01;Centro;{score}" for score in [10, 9] * 90 + [8, 7] * 70 + [6, 0] * 40
]
"""The NPS example of the guide (180 promoters, 140 passives, 80 detractors) as a CSV file."""


def open_calculators(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}calculadoras/")
    page.locator(".sa-calculators[data-interactive]").wait_for()


def cli_metric(name: str, *args: str | Path) -> dict:
    result = subprocess.run(
        [str(SELFASSESS), "metric", name, *map(str, args), "--json", "--lang", "es"],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


def calculator(page: Page, name: str) -> Locator:
    return page.locator(".sa-calculator").filter(
        has=page.locator(f'form[data-calculator="{name}"]')
    )


def shown(page: Page, name: str) -> dict:
    """What the calculator shows, in the shape of the CLI's JSON."""
    view = calculator(page, name).locator('[data-calculator-result][data-ready="true"]')
    view.wait_for(timeout=ENGINE_TIMEOUT)
    counts = {
        item.get_attribute("data-count"): int(item.locator("dd").inner_text())
        for item in view.locator("[data-count]").all()
    }
    rows = [row.locator("td").all_inner_texts() for row in view.locator("table tbody tr").all()]
    return {
        "display": view.locator("[data-metric-value]").inner_text(),
        "formula": view.locator("[data-metric-formula]").inner_text(),
        "counts": counts,
        "distribution": [{"value": int(r[0]), "count": int(r[1])} for r in rows],
        "problems": view.locator("[data-metric-problems] li").all_inner_texts(),
        "chart": view.locator("svg[role=img]").count(),
    }


def cli_shape(result: dict) -> dict:
    keys = ("display", "formula", "counts", "distribution", "problems")
    return {**{k: result[k] for k in keys}, "chart": 1 if result["distribution"] else 0}


def paste(page: Page, name: str, text: str) -> None:
    form = calculator(page, name).locator("form")
    form.locator("textarea").fill(text)
    form.locator("button[type=submit]").click()


def test_pasted_answers_and_a_chosen_csv_equal_the_cli(
    page: Page, watch: Watch, mini_sub_url: str, tmp_path: Path
):
    open_calculators(page, mini_sub_url)
    paste(page, "csat", CSAT_TEXT)
    (tmp_path / "csat.txt").write_text(CSAT_TEXT, "utf-8")
    csat = shown(page, "csat")
    assert csat == cli_shape(cli_metric("csat", tmp_path / "csat.txt"))
    assert csat["formula"] == "CSAT = 100 × 148 / 200 = 74"
    assert csat["counts"]["skipped"] == 20

    paste(page, "ces", CES_TEXT)
    (tmp_path / "ces.txt").write_text(CES_TEXT, "utf-8")
    assert shown(page, "ces") == cli_shape(cli_metric("ces", tmp_path / "ces.txt"))
    assert shown(page, "ces")["formula"] == "CES = 56 / 10 = 5,6"

    # A spreadsheet's CSV in Windows-1252, with malformed rows: counted and listed by line.
    rows = [*NPS_ROWS, "2024-05-02;Norte;diez", "2024-05-02;Norte;11", "2024-05-02;Norte;7,5"]
    nps_file = tmp_path / "encuesta.csv"
    nps_file.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    nps = calculator(page, "nps")
    nps.locator('input[name="column"]').fill("Recomendación")
    nps.locator('input[type="file"]').set_input_files(nps_file)
    result = shown(page, "nps")
    assert result == cli_shape(cli_metric("nps", nps_file, "--column", "Recomendación"))
    assert result["formula"] == "NPS = 100 × 180 / 400 − 100 × 80 / 400 = 45 − 20 = 25"
    assert result["counts"]["malformed"] == 3
    assert result["problems"] == [
        "línea 402: «diez» no es un número",
        "línea 403: 11 está fuera de la escala de 0 a 10",
        "línea 404: «7,5» no es un número entero; la escala solo tiene enteros",
    ]
    expect(nps.locator("[data-calculator-source]")).to_contain_text("encuesta.csv")


def test_figures_equal_the_guide_and_errors_point_at_the_field(
    page: Page, watch: Watch, mini_sub_url: str
):
    open_calculators(page, mini_sub_url)
    examples = {
        "churn": ({"lost": "90", "start": "1.200"}, "7,5 %"),
        "annual-value": ({"average_purchase": "45", "purchases_per_year": "6"}, "270"),
        "clv": ({"annual_value": "270", "gross_margin": "40", "years": "4"}, "432"),
        "cac": ({"spend": "36 000", "new_customers": "240"}, "150"),
        "clv-cac": ({"clv": "432", "cac": "150"}, "2,9"),
        "unprofitable-cost": ({"unprofitable_customers": "120", "cost_to_serve": "300",
                               "customer_margin": "180"}, "14\u202f400"),
    }
    for name, (values, expected) in examples.items():
        form = calculator(page, name).locator("form")
        for field, value in values.items():
            form.locator(f'input[name="{field}"]').fill(value)
        form.locator("button[type=submit]").click()
        result = shown(page, name)
        options = [a for f, v in values.items() for a in (f"--{f.replace('_', '-')}", v)]
        assert result == cli_shape(cli_metric(name, *options))
        assert result["display"] == expected

    # No valid answer at all: the reason and the rows at fault, never a guess.
    paste(page, "csat", "0\nbien\n\n9\n")
    view = calculator(page, "csat").locator('[data-calculator-result][data-ready="true"]')
    expect(view.locator("[data-metric-error]")).to_contain_text("no hay respuestas válidas")
    expect(view.locator("[data-metric-problems] li")).to_have_text(
        [
            "línea 1: 0 está fuera de la escala de 1 a 5",
            "línea 2: «bien» no es un número",
            "línea 4: 9 está fuera de la escala de 1 a 5",
        ]
    )
    cac = calculator(page, "cac").locator("form")
    cac.locator('input[name="new_customers"]').fill("0")
    cac.locator("button[type=submit]").click()
    expect(cac.locator('input[name="new_customers"]')).to_have_attribute("aria-invalid", "true")
    expect(cac.locator('input[name="new_customers"]')).to_be_focused()
