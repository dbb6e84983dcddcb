"""Entry points of the browser's Web Worker: JSON strings in, JSON strings out.

The worker passes strings across the JavaScript/Python boundary, so these functions
never hand Python objects to JavaScript. The browser renders no report logic of its
own: everything it shows or downloads comes from here, i.e. from the same code as the CLI.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from selfassess.core.brand import Brand, brand_from_json
from selfassess.core.locale import FALLBACK_LANGUAGE, locale
from selfassess.core.model import Bank, bank_from_json
from selfassess.core.render import REPORT_FORMATS, render_report, report_body_html
from selfassess.core.responses import (
    ResponseInvalid,
    empty_response,
    read_response,
    response_to_json,
)
from selfassess.core.scoring import score

if TYPE_CHECKING:
    from selfassess.core.team_session import TeamSession

# The team, comparison and calculator modules (half the core) are imported by the functions
# that use them: Python compiles every module it imports, which in the browser is slow, and
# the assessment page, the one most people open, needs none of them.

_banks: dict[str, Bank] = {}

MADE_UP_TIME = "2024-01-01T00:00:00.000Z"
"""A timestamp as the page writes one (`Date.toISOString`): checking it is warmed up too."""


def _bank(bank_json: str) -> Bank:
    """The Bank of this JSON text, built once per text (the worker scores many times)."""
    if bank_json not in _banks:
        _banks[bank_json] = bank_from_json(json.loads(bank_json))
    return _banks[bank_json]


def _brand(brand_json: str) -> Brand | None:
    """The site's brand (its brand.json), or None for an unbranded site."""
    return brand_from_json(json.loads(brand_json)) if brand_json else None


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def _refused(problems: Iterable[str]) -> str:
    """Every entry's answer when what it was given cannot be used: {"ok": false, "problems"}."""
    return _dump({"ok": False, "problems": list(problems)})


def prepare(bank_json: str, brand_json: str = "") -> str:
    """Score a made-up response as `evaluate` scores the person's: the worker calls this,
    a few times, as soon as it is ready.

    The first scoring pays for parsing the bank and for the first run of every step (reading
    the response, scoring, rendering, JSON), and WebAssembly code runs fast only once hot:
    done at once, what the page asks first (the results view worked out ahead, a team's
    files) comes sooner. Every question gets its middle option, so that scores, gaps and
    actions all render.
    Returns what `evaluate` returns, for the worker to parse as it parses the real one.
    """
    bank = _bank(bank_json)
    answers = {
        q.id: [q.options[0].id] if q.is_multiple else q.options[len(q.options) // 2].id
        for _, q in bank.questions()
        if q.options
    }
    language = bank.languages[0]
    response = replace(empty_response(bank, language, MADE_UP_TIME), answers=answers)
    return evaluate(bank_json, _dump(response_to_json(response)), brand_json, "", language)


def evaluate(
    bank_json: str,
    response_json: str,
    brand_json: str = "",
    formats: str = ",".join(REPORT_FORMATS),
    language: str = FALLBACK_LANGUAGE,
) -> str:
    """Score a response: the report's HTML body, and the download formats asked for.

    `formats` (comma-separated) names the downloads to render: the results view asks for
    none and a download button for its own, so showing results renders no file (the report
    as JSON is the "json" download). Problems and warnings are in `language`, the page's.
    Returns {"ok": true, "body_html", "downloads": {fmt: text}, "warnings"}
    or {"ok": false, "problems"} when the response is unusable.
    """
    bank = _bank(bank_json)
    try:
        reading = read_response(response_json, bank, "response", language)
    except ResponseInvalid as error:
        return _refused(error.problems)
    report = score(bank, reading.response)
    brand = _brand(brand_json)
    wanted = formats.split(",")
    downloads = {
        fmt: render_report(report, bank, fmt, brand) for fmt in REPORT_FORMATS if fmt in wanted
    }
    return _dump(
        {
            "ok": True,
            "body_html": report_body_html(report, bank, brand),
            "downloads": downloads,
            "warnings": list(reading.warnings),
        }
    )


def import_response(
    bank_json: str, data: str, source: str, language: str = FALLBACK_LANGUAGE
) -> str:
    """Validate a response file a person loads: the normalized response, or the problems
    (in `language`, the page's).

    Returns {"ok": true, "response", "warnings"} or {"ok": false, "problems"}.
    """
    bank = _bank(bank_json)
    try:
        reading = read_response(data, bank, source, language)
    except ResponseInvalid as error:
        return _refused(error.problems)
    return _dump(
        {
            "ok": True,
            "response": response_to_json(reading.response),
            "warnings": list(reading.warnings),
        }
    )


def _files(
    files_json: str, language: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """[{name, text, codes?}, ...] as (name, text) pairs: the response files, and the texts
    holding answer codes (pasted text, flagged `codes`, and .txt, .eml and .mbox files, as
    the CLI reads them). Anything else in the array is skipped; pasted text without a name
    is named so in `language`."""
    from selfassess.core.code_reading import TEXT_SUFFIXES

    files: list[tuple[str, str]] = []
    texts: list[tuple[str, str]] = []
    for item in json.loads(files_json):
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            name = str(item.get("name", ""))
            codes = item.get("codes") is True or name.lower().endswith(TEXT_SUFFIXES)
            if codes:
                texts.append((name or _pasted_name(language), item["text"]))
            else:
                files.append((name, item["text"]))
    return files, texts


def _pasted_name(language: str) -> str:
    """How the report names the text pasted in, which has no file name."""
    return locale(language).text("code.pasted_text")


_teams: dict[str, TeamSession] = {}
"""The team page's report so far, by bank: the worker keeps it between messages."""


def _team(bank_json: str) -> TeamSession:
    from selfassess.core.team_session import TeamSession

    if bank_json not in _teams:
        _teams[bank_json] = TeamSession(_bank(bank_json))
    return _teams[bank_json]


def team_add(bank_json: str, files_json: str, language: str) -> str:
    """Add a batch of files, as `aggregate_files` takes them, to the team page's report: only
    they are read, and those added before are kept. Returns {"ok": true}."""
    _team(bank_json).add(*_files(files_json, language), language)
    return _dump({"ok": True})


def team_paste(bank_json: str, text: str, language: str) -> str:
    """The text pasted in on the team page, in place of the one before: its answer codes
    count with the files. Returns {"ok": true}."""
    _team(bank_json).paste([(_pasted_name(language), text)] if text.strip() else [])
    return _dump({"ok": True})


def team_reset(bank_json: str) -> str:
    """Forget every file and text the team page added. Returns {"ok": true}."""
    _teams.pop(bank_json, None)
    return _dump({"ok": True})


def team_result(bank_json: str, language: str, brand_json: str = "") -> str:
    """The team page's report of everything added and pasted so far, as `aggregate_files`
    returns it."""
    return _team_result(_team(bank_json), language, brand_json)


def _team_result(team: TeamSession, language: str, brand_json: str) -> str:
    from selfassess.core.render import render_all, team_view

    report = team.report(language)
    downloads, data, body_html = render_all(team_view(report, team.bank, _brand(brand_json)))
    return _dump(
        {
            "ok": True,
            "report": data,
            "body_html": body_html,
            "downloads": downloads,
            "counts": {"used": report.respondents, "rejected": len(report.rejected)},
        }
    )


def aggregate_files(bank_json: str, files_json: str, language: str, brand_json: str = "") -> str:
    """Aggregate a batch of response files and texts holding answer codes, given as one JSON
    array of {name, text} ({name, text, codes: true} for a text of codes), in one report:
    the team page's report of this one batch.

    Returns {"ok": true, "report", "body_html", "downloads": {fmt: text}, "counts"}.
    """
    from selfassess.core.team_session import TeamSession

    team = TeamSession(_bank(bank_json))
    team.add(*_files(files_json, language), language)
    return _team_result(team, language, brand_json)


def answer_code(
    bank_json: str, response_json: str, with_notes: bool, language: str, brand_json: str = ""
) -> str:
    """The answer code of the page's answers (with the notes when `with_notes`), and the
    email that carries it, to the brand's contact when there is one.

    Returns {"ok": true, "code", "subject", "body", "mailto"} or {"ok": false, "problems"}.
    """
    from selfassess.core.code_mail import code_mail
    from selfassess.core.codes import encode

    bank = _bank(bank_json)
    try:
        reading = read_response(response_json, bank, "response", language)
    except ResponseInvalid as error:
        return _refused(error.problems)
    code = encode(bank, reading.response, with_notes=bool(with_notes))
    mail = code_mail(bank, reading.response, code, language, _brand(brand_json))
    return _dump(
        {"ok": True, "code": code, "subject": mail.subject, "body": mail.body, "mailto": mail.href}
    )


def read_resume(bank_json: str, code: str, language: str) -> str:
    """The answers a resume link carries (an answer code with its notes), and a line saying
    what they are, for the page to ask before it puts them in place of those saved.

    Returns {"ok": true, "response", "summary", "warnings"} or {"ok": false, "problems"}.
    """
    from selfassess.core.code_mail import summary
    from selfassess.core.codes import read_code

    bank = _bank(bank_json)
    try:
        reading = read_code(bank, code, language)
    except ResponseInvalid as error:
        return _refused(error.problems)
    return _dump(
        {
            "ok": True,
            "response": response_to_json(reading.response),
            "summary": summary(bank, reading.response, language),
            "warnings": list(reading.warnings),
        }
    )


def compare_files(
    bank_json: str,
    baseline: str,
    baseline_name: str,
    current: str,
    current_name: str,
    language: str,
    brand_json: str = "",
) -> str:
    """Compare two files (response, report or team report JSON) of the same bank.

    Returns {"ok": true, "comparison", "body_html", "downloads", "warnings"} or
    {"ok": false, "problems"} when either file cannot be used.
    """
    from selfassess.core.compare import SnapshotInvalid, compare, read_snapshot
    from selfassess.core.render import comparison_view, render_all

    bank = _bank(bank_json)
    try:
        before, before_warnings = read_snapshot(baseline, bank, baseline_name, language)
        after, after_warnings = read_snapshot(current, bank, current_name, language)
    except SnapshotInvalid as error:
        return _refused(error.problems)
    comparison = compare(bank, before, after, language)
    brand = _brand(brand_json)
    downloads, data, body_html = render_all(comparison_view(comparison, bank, brand))
    return _dump(
        {
            "ok": True,
            "comparison": data,
            "body_html": body_html,
            "downloads": downloads,
            "warnings": [*before_warnings, *after_warnings],
        }
    )


def calculate(request_json: str) -> str:
    """One calculator of the calculators page, by the functions of `selfassess metric`.

    The request names the metric ("name"), the "language" and either "text" (pasted answers),
    "file" (a chosen file's bytes in base64, decoded as the CLI decodes files) or "values"
    (named numbers), with an optional "column". Returns `metric_json`'s answer plus
    "body_html", the result (or the error) as the page shows it.
    """
    from selfassess.core.metrics import metric_json
    from selfassess.core.render import metric_body_html
    from selfassess.core.textfile import decode_text

    request = json.loads(request_json)
    language = request.get("language", FALLBACK_LANGUAGE)
    if "file" in request:
        text = decode_text(base64.b64decode(request["file"]))
    else:
        text = request.get("text", "")
    outcome = metric_json(
        request["name"], text, request.get("column") or None, language, request.get("values")
    )
    return _dump({**outcome, "body_html": metric_body_html(outcome, language)})
