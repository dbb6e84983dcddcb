"""Entry points of the browser's Web Worker: JSON strings in, JSON strings out.

The worker passes strings across the JavaScript/Python boundary, so these functions
never hand Python objects to JavaScript. The browser renders no report logic of its
own: everything it shows or downloads comes from here, i.e. from the same code as the CLI.
"""

from __future__ import annotations

import json
from typing import Any

from generator.core.model import Bank, bank_from_json
from generator.core.render import render_report, report_body_html
from generator.core.responses import ResponseInvalid, read_response, response_to_json
from generator.core.scoring import score

REPORT_FORMATS = ("md", "csv", "json", "html")

_banks: dict[str, Bank] = {}


def _bank(bank_json: str) -> Bank:
    """The Bank of this JSON text, built once per text (the worker scores many times)."""
    if bank_json not in _banks:
        _banks[bank_json] = bank_from_json(json.loads(bank_json))
    return _banks[bank_json]


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def evaluate(bank_json: str, response_json: str) -> str:
    """Score a response: the report as JSON, its HTML body, and every download format.

    Returns {"ok": true, "report", "body_html", "downloads": {fmt: text}, "warnings"}
    or {"ok": false, "problems"} when the response is unusable.
    """
    bank = _bank(bank_json)
    try:
        reading = read_response(response_json, bank, "response")
    except ResponseInvalid as error:
        return _dump({"ok": False, "problems": list(error.problems)})
    report = score(bank, reading.response)
    downloads = {fmt: render_report(report, bank, fmt) for fmt in REPORT_FORMATS}
    return _dump(
        {
            "ok": True,
            "report": json.loads(downloads["json"]),
            "body_html": report_body_html(report, bank),
            "downloads": downloads,
            "warnings": list(reading.warnings),
        }
    )


def import_response(bank_json: str, data: str, source: str) -> str:
    """Validate a response file a person loads: the normalized response, or the problems.

    Returns {"ok": true, "response", "warnings"} or {"ok": false, "problems"}.
    """
    bank = _bank(bank_json)
    try:
        reading = read_response(data, bank, source)
    except ResponseInvalid as error:
        return _dump({"ok": False, "problems": list(error.problems)})
    return _dump(
        {
            "ok": True,
            "response": response_to_json(reading.response),
            "warnings": list(reading.warnings),
        }
    )
