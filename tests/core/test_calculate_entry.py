"""The calculators' worker entry point: the core's metric, its view, files decoded like the CLI."""

from __future__ import annotations

import base64
import json
import xml.etree.ElementTree as ET

from selfassess.core import browser
from selfassess.core.metrics import metric_json

CES_LINES = "7\n6\n6\n5\n7\n\n4\n6\n3\n7\n5\n"
"""The CES example of the guide: ten answers summing to 56, one skipped."""


def calculate(**request: object) -> dict:
    return json.loads(browser.calculate(json.dumps(request)))


def test_pasted_text_gives_metric_json_and_its_view():
    answer = calculate(name="ces", text=CES_LINES, language="en")
    assert {k: v for k, v in answer.items() if k != "body_html"} == metric_json(
        "ces", CES_LINES, language="en"
    )
    assert answer["result"]["formula"] == "CES = 56 / 10 = 5.6"
    html = answer["body_html"]
    assert "CES = 56 / 10 = 5.6" in html and 'data-count="skipped"' in html
    svg = html[html.index("<svg") : html.index("</svg>") + len("</svg>")]
    ET.fromstring(svg)  # well-formed
    assert '<td>7</td><td class="sa-num">3</td><td class="sa-num">30</td>' in html


def test_a_file_in_windows_1252_reads_as_the_cli_reads_it():
    data = "Opinión;Puntuación\nbien;9\nmal;x\n".encode("cp1252")
    request = {"name": "nps", "file": base64.b64encode(data).decode(), "column": "puntuación"}
    answer = calculate(**request, language="es")
    assert answer["ok"], answer
    assert answer["result"]["counts"]["malformed"] == 1
    assert answer["result"]["problems"] == ["línea 3: «x» no es un número"]
    assert "línea 3: «x» no es un número" in answer["body_html"]


def test_named_values_and_errors_with_their_field():
    assert (
        calculate(name="churn", values={"lost": "90", "start": "1.200"}, language="es")["result"][
            "display"
        ]
        == "7,5 %"
    )
    error = calculate(name="cac", values={"spend": "100", "new_customers": "0"}, language="en")
    assert (error["ok"], error["field"]) == (False, "new_customers")
    assert "must be more than zero" in error["body_html"]
    assert "&lt;b&gt;" in calculate(name="csat", text="<b>\n", language="en")["body_html"]
