"""HTML of the site's generated pages, written at build time from Jinja2 templates.

The form is complete static HTML, so it reads and prints without JavaScript; the
browser scripts only enhance it through the stable `data-` hooks the templates set.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from selfassess.core.asking import role_estimates
from selfassess.core.locale import locale
from selfassess.core.metrics import describe_metrics
from selfassess.core.model import Bank, bank_from_json, localize
from selfassess.core.textfile import MAX_FILE_BYTES
from selfassess.pages.questionnaire import questionnaire_view
from selfassess.pages.strings import browser_ui, ui
from selfassess.pages.urls import ASSESSMENT, PRINT, links_from, page_url
from selfassess.wheel import wheel_filename

_TEMPLATES = Path(__file__).parent / "templates"

BankJson = Mapping[str, Any]


class _DataEnvironment(Environment):
    """Templates here read bank JSON, dicts: `question.id` looks the key up first.

    Jinja's own order (attribute, then key) fails an attribute lookup, an exception, for every
    such expression: some 16,000 per build, a third of the time to write the pages. So a key
    named like a dict method would win over the method; no bank key or template needs one.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@functools.cache
def _environment(language: str) -> Environment:
    """One environment per language, so each template is compiled once per process, not per page."""
    env = _DataEnvironment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["loc"] = lambda text: localize(text or {}, language)
    return env


def script_json(data: Any) -> Markup:
    """JSON safe inside a <script type="application/json"> element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@functools.cache
def _ui_json(language: str) -> Markup:
    """The page scripts' texts (`browser_ui`) as a page embeds them: the same on every page of a
    language, so written once per language, not once per page."""
    return script_json(browser_ui(language))


def question_count(bank: BankJson) -> int:
    return sum(len(section["questions"]) for section in bank["sections"])


def bank_size(bank: Bank, language: str) -> str:
    """How many questions and minutes the bank asks, as a page's meta line says it: per role
    ("Staff: 4 questions, 17 min · ...") when its audiences leave some role out, since one count
    would then be false for most respondents; else the count and the bank's minutes."""
    texts = locale(language)
    labels = {r.id: localize(r.label, language) or r.id for r in bank.roles}
    per_role = [
        texts.text("ui.role_size", role=labels[e.role], count=len(e.questions), minutes=e.minutes)
        for e in role_estimates(bank)
    ]
    if per_role:
        return " · ".join(per_role)
    count = len(bank.questions_by_id)
    return f"{count} {texts.text('ui.questions')} · {bank.minutes} {texts.text('ui.minutes')}"


def assessment_page_html(bank: BankJson, language: str, root: str, pyodide: str) -> str:
    """The assessment page's content: respondent, questionnaire, toolbar, status and results.

    `root` is the relative URL from the page to the site root (e.g. "../../"), so the
    site works from any sub-path; `pyodide` is the runtime's base URL, relative or absolute.
    """
    model = bank_from_json(bank)  # the layout reads the model, where answer sets are resolved
    return _engine_page(
        "assessment.html.j2", language, root, pyodide,
        bank=bank, question_count=question_count(bank), size=bank_size(model, language),
        links=links_from(ASSESSMENT),
        groups=questionnaire_view(model, ui(language), language), display=model.display,
    )  # fmt: skip


def team_page_html(bank: BankJson, language: str, root: str, pyodide: str, kind: str) -> str:
    """The team page (`kind` "team") or the compare page ("compare") of a bank.

    Files are chosen or dropped there and combined by the same worker as the assessment
    page; `root` and `pyodide` are as for `assessment_page_html`.
    """
    return _engine_page(
        f"{kind}.html.j2", language, root, pyodide, bank=bank, links=links_from(kind)
    )


def print_page_html(bank: BankJson, language: str) -> str:
    """The blank questionnaire for workshops: the same questions, boxes to tick, lines to write."""
    template = _environment(language).get_template("print.html.j2")
    groups = questionnaire_view(bank_from_json(bank), ui(language), language)
    return template.render(bank=bank, t=ui(language), links=links_from(PRINT), groups=groups)


def search_text_html(bank: BankJson, language: str) -> str:
    """The assessment's words as the site search reads them: the form without its controls.

    Indexing the form itself would parse thousands of inputs and labels (the slowest part of
    building a bank's page) only to store the answer labels and button texts of every question.
    """
    return _environment(language).get_template("search_text.html.j2").render(bank=bank)


def bank_list_html(banks: Sequence[BankJson], language: str, root: str) -> str:
    """The home page's list of banks; a script adds the visitor's progress on each."""
    template = _environment(language).get_template("bank_list.html.j2")
    entries = [
        {
            "bank": bank,
            "question_count": question_count(bank),
            "size": bank_size(bank_from_json(bank), language),
            "url": page_url(bank["id"]),
        }
        for bank in banks
    ]
    return template.render(
        banks=entries, t=ui(language), ui_json=_ui_json(language), root=root
    )


def calculators_page_html(language: str, root: str, pyodide: str) -> str:
    """The calculators page: one form per metric of the core, computed by the same worker.

    `root` and `pyodide` are as for `assessment_page_html`.
    """
    return _engine_page(
        "calculators.html.j2", language, root, pyodide,
        metrics=describe_metrics(language), max_file_bytes=MAX_FILE_BYTES,
    )  # fmt: skip


def _engine_page(template: str, language: str, root: str, pyodide: str, **context: Any) -> str:
    """A page whose script starts the scoring engine: interface strings, root, Pyodide, wheel."""
    return (
        _environment(language)
        .get_template(template)
        .render(
            lang=language,
            t=ui(language),
            ui_json=_ui_json(language),
            root=root,
            pyodide=pyodide,
            wheel=wheel_filename(),
            **context,
        )
    )


def erase_control_html(language: str, root: str) -> str:
    """The button that erases everything the site keeps in this browser, after a confirmation."""
    template = _environment(language).get_template("erase.html.j2")
    return template.render(t=ui(language), ui_json=_ui_json(language), root=root)
