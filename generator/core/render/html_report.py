"""The parts of a single report's HTML body that model 2 adds: the plan in its order, with
its phase, and the answers with the criteria beside them. Bank texts and answers are
escaped, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from selfassess.core.render.escape import escape_html as _e
from selfassess.core.render.html_blocks import (
    headers,
    html_num,
    html_section,
    html_table,
    plan_html,
)
from selfassess.core.render.numbers import DASH, Numbers
from selfassess.core.render.view_report import ReportView
from selfassess.core.strings import text

if TYPE_CHECKING:
    from selfassess.core.render.view_team import TeamView


def report_plan_html(view: ReportView | TeamView, n: Numbers) -> str:
    """The plan as a report shows it, a single one or a team's: in its order, with phases, when
    the bank has groups, streams or levels; else the gaps' actions."""
    return plan_steps_html(view, n) if view.structured else plan_html(view.gaps, n)


def plan_steps_html(view: ReportView | TeamView, n: Numbers) -> str:
    """The plan in its order, with the phase (the step's level) when the bank has levels;
    owner and date left blank for the planning session: a single report's and a team's."""
    lang = view.language
    phase = ("col_phase",) if view.levels else ()
    rows = [
        f'<tr data-question="{_e(p.question)}" data-level="{p.level}">'
        + (html_num(str(p.level)) if phase else "")
        + f'<td>{_e(p.section_title)}</td><td class="sa-step">{_e(p.text)}</td>'
        f'{html_num(n.shown_gap(p.gap))}<td class="sa-blank"></td><td class="sa-blank"></td></tr>'
        for p in view.plan
    ]
    if not rows:
        return ""
    columns = (*phase, "col_section", "col_step", "col_gap", "col_owner", "col_date")
    caption = text(lang, "plan_steps_caption")
    table = html_table("sa-plan-table", caption, headers(lang, columns), rows)
    intro = f'<p class="sa-plan-intro">{_e(text(lang, "plan_intro"))}</p>'
    return html_section("sa-plan", text(lang, "plan_heading"), intro + table)


def answers_html(view: ReportView) -> str:
    """Each question with its answer, or why it was not asked, and its criteria beside it."""
    if not (view.structured or any(q.criteria for q in view.questions)):
        return ""
    lang = view.language
    items = []
    for q in view.questions:
        answer = text(lang, f"not_asked_by_{q.not_asked}") if q.not_asked else q.answer_label
        criteria = ""
        if q.criteria:
            entries = "".join(f"<li>{_e(c)}</li>" for c in q.criteria)
            criteria = (
                f'<div class="sa-criteria"><span>{_e(text(lang, "criteria"))}</span>'
                f"<ul>{entries}</ul></div>"
            )
        asked = f' data-not-asked="{_e(q.not_asked)}"' if q.not_asked else ""
        items.append(
            f'<li data-question="{_e(q.id)}"{asked}><span class="sa-answer-question">'
            f'{_e(q.text)}</span> <span class="sa-answer">{_e(answer or DASH)}</span>'
            f"{criteria}</li>"
        )
    answer_list = f'<ul class="sa-answer-list">{"".join(items)}</ul>'
    return html_section("sa-answers", text(lang, "answers_heading"), answer_list)
