"""Property: the browser and the CLI agree, byte for byte, on random model 2 banks and answers.

Random banks use every feature of model 2 at once (conditions, audiences, streams, groups,
levels, answer sets, stage rules, a display scale); random responses use both checklist
shapes, roles, "don't know" and unanswered questions. CPython scores and renders each case
with the core's public functions, as the CLI does; Pyodide in real Chromium runs the same
case through the worker's entry points (selfassess.core.browser), loaded from the files the
built site ships (its Pyodide runtime and its core wheel) on one of its pages, under its CSP.
The worker keeps its engine to itself, so the test starts a second Pyodide in the page: the
product gains no test hook.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Page

from selfassess.core import browser
from selfassess.core.aggregate import aggregate, read_files
from selfassess.core.model import bank_from_json
from selfassess.core.render import (
    REPORT_FORMATS,
    TEAM_FORMATS,
    render_all,
    render_report,
    render_team_report,
    report_body_html,
    team_view,
)
from selfassess.core.responses import read_response, response_to_json
from selfassess.core.scoring import score
from selfassess.wheel import wheel_filename
from tests.browser.assessment import open_assessment
from tests.browser.conftest import Watch
from tests.core.strategies import answered, model2_answer_choices, model2_bank_jsons

pytestmark = pytest.mark.browser

CASES_PER_BATCH = 20
BATCHES = 3
"""60 cases in all, one page.evaluate per batch: Pyodide stays loaded across batches."""

ALL_FORMATS = ",".join(REPORT_FORMATS)

SCORED = """
import dataclasses, json
from selfassess.core.model import bank_from_json
from selfassess.core.responses import read_response
from selfassess.core.scoring import score

def scored(bank_text, response_text):
    bank = bank_from_json(json.loads(bank_text))
    report = score(bank, read_response(response_text, bank, "response").response)
    return json.dumps(dataclasses.asdict(report), ensure_ascii=False)
"""
"""Every field of score()'s Report as JSON text, model 2's included (the renderings may not show
them all): the same source defines it in CPython and in Pyodide."""

START_PYODIDE = """async ([runtime, wheel, scored]) => {
  const { loadPyodide } = await import(runtime + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: runtime });
  await pyodide.loadPackage(wheel, { messageCallback: () => {} });
  pyodide.runPython(scored);
  globalThis.selfassessAgreement = {
    entry: pyodide.pyimport("selfassess.core.browser"), scored: pyodide.globals.get("scored"),
  };
  return pyodide.runPython("import sys; sys.platform");
}"""
"""Pyodide started in the page from the site's own runtime and wheel (same origin)."""

RUN_CASES = """(cases) => cases.map((c) => {
  const { entry, scored } = globalThis.selfassessAgreement;
  return {
    reports: c.responses.map((response) => scored(c.bank, response)),
    evaluate: entry.evaluate(c.bank, c.responses[0], "", c.formats, c.language),
    aggregate: entry.aggregate_files(c.bank, c.files, c.language, ""),
  };
})"""


_defined: dict[str, Any] = {}
exec(SCORED, _defined)
scored = _defined["scored"]


@dataclass(frozen=True)
class Case:
    """A bank's JSON text, one to three responses to it, and the page's language."""

    bank: str
    responses: list[str]
    language: str

    def files(self) -> str:
        return json.dumps([{"name": f"r{i}.json", "text": t} for i, t in enumerate(self.responses)])

    def to_page(self) -> dict[str, Any]:
        return {"bank": self.bank, "responses": self.responses, "language": self.language,
                "formats": ALL_FORMATS, "files": self.files()}  # fmt: skip


@st.composite
def cases(draw: st.DrawFn) -> Case:
    bank_json = draw(model2_bank_jsons())
    bank = bank_from_json(bank_json)
    choices = model2_answer_choices(bank)
    responses = []
    for _ in range(draw(st.integers(1, 3))):
        answers = {qid: draw(choice) for qid, choice in choices.items()}
        role = draw(st.sampled_from(["", "direccion", "equipo", "Equipo (en)"]))
        language = draw(st.sampled_from(bank.languages))
        response = answered(bank, answers, language, respondent_role=role)
        responses.append(json.dumps(response_to_json(response), ensure_ascii=False))
    return Case(
        json.dumps(bank_json, ensure_ascii=False), responses, draw(st.sampled_from(["es", "en"]))
    )


def cli_evaluation(case: Case) -> dict[str, Any]:
    """What the CLI's functions make of the case's first response: the report in every format."""
    bank = bank_from_json(json.loads(case.bank))
    reading = read_response(case.responses[0], bank, "response", case.language)
    report = score(bank, reading.response)
    return {
        "ok": True,
        "body_html": report_body_html(report, bank),
        "downloads": {fmt: render_report(report, bank, fmt) for fmt in REPORT_FORMATS},
        "warnings": list(reading.warnings),
    }


def cli_aggregation(case: Case) -> dict[str, Any]:
    """What `selfassess aggregate`'s functions make of all the case's responses."""
    bank = bank_from_json(json.loads(case.bank))
    files = [(f"r{i}.json", t) for i, t in enumerate(case.responses)]
    readings, rejected = read_files(bank, files, case.language)
    team = aggregate(bank, readings, rejected, case.language)
    _, report, body_html = render_all(team_view(team, bank))
    return {
        "ok": True,
        "report": report,
        "body_html": body_html,
        "downloads": {fmt: render_team_report(team, bank, fmt) for fmt in TEAM_FORMATS},
        "counts": {"used": team.respondents, "rejected": len(team.rejected)},
    }


def _differences(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The keys (and download formats) whose values differ, to name in a failure."""
    names = [k for k in expected if k != "downloads" and expected[k] != got.get(k)]
    downloads = expected.get("downloads", {})
    names += [f"downloads.{f}" for f in downloads if downloads[f] != got["downloads"].get(f)]
    return names


@pytest.fixture
def pyodide_page(page: Page, watch: Watch, mini_sub_url: str) -> Page:
    """An assessment page of the test site with the site's core running in Pyodide."""
    open_assessment(page, mini_sub_url, "mini")
    runtime = f"{mini_sub_url}assets/selfassess/pyodide/"
    wheel = f"{mini_sub_url}assets/selfassess/{wheel_filename()}"
    assert page.evaluate(START_PYODIDE, [runtime, wheel, SCORED]) == "emscripten"
    return page


@settings(max_examples=BATCHES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])  # fmt: skip
@given(batch=st.lists(cases(), min_size=CASES_PER_BATCH, max_size=CASES_PER_BATCH))
def test_pyodide_scores_and_renders_as_cpython(pyodide_page: Page, batch: list[Case]) -> None:
    in_browser = pyodide_page.evaluate(RUN_CASES, [case.to_page() for case in batch])
    for number, (case, got) in enumerate(zip(batch, in_browser, strict=True)):
        where = f"case {number}: bank {case.bank}\nresponses {case.responses}"
        assert got["reports"] == [scored(case.bank, r) for r in case.responses], where
        # The worker's entry in Pyodide returns, byte for byte, what it returns in CPython...
        assert got["evaluate"] == browser.evaluate(
            case.bank, case.responses[0], "", ALL_FORMATS, case.language
        ), where
        assert got["aggregate"] == browser.aggregate_files(
            case.bank, case.files(), case.language
        ), where
        # ...which is what the CLI's functions render.
        evaluation, aggregation = json.loads(got["evaluate"]), json.loads(got["aggregate"])
        expected = cli_evaluation(case)
        assert evaluation == expected, f"{_differences(expected, evaluation)} differ in {where}"
        expected = cli_aggregation(case)
        assert aggregation == expected, f"{_differences(expected, aggregation)} differ in {where}"
