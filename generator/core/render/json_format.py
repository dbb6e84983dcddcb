"""Every report view as JSON data: for other tools, and for comparing years by machine.

The one place that writes a view's JSON: the CLI's files, the browser's downloads and the
data the browser's pages read are all this, so they are the very same document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from selfassess.core.render.view_common import BankHeader, GapView, HeadedView, View

if TYPE_CHECKING:
    from selfassess.core.render.view_compare import CompareView, DeltaView, ItemView, SideView
    from selfassess.core.render.view_metric import MetricView
    from selfassess.core.render.view_report import (
        NextStageView,
        QuestionView,
        ReportView,
        SectionView,
        StepView,
    )
    from selfassess.core.render.view_team import StatsView, TeamView

REPORT_FORMAT = "selfassess/report@1"
COMPARISON_FORMAT = "selfassess/comparison@1"


def json_text(data: Any) -> str:
    """JSON data as a file's text: indented, non-ASCII kept, one final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def view_json(view: View) -> dict[str, Any]:
    """The view as plain JSON data, keys in a stable order, numbers as the view rounds them."""
    return _BY_KIND[view.kind](view)


def render_json(view: View) -> str:
    """The view as the text of a JSON file."""
    return json_text(view_json(view))


def _bank(header: BankHeader) -> dict[str, str]:
    return {
        "id": header.bank_id,
        "version": header.bank_version,
        "hash": header.bank_hash,
        "title": header.bank_title,
    }


def _with_brand(view: HeadedView, data: dict[str, Any]) -> dict[str, Any]:
    if view.header.brand is not None:
        data["brand"] = view.header.brand.metadata()
    return data


def _gaps(gaps: Sequence[GapView]) -> list[dict[str, Any]]:
    return [
        {
            "section": g.section,
            "title": g.title,
            "gap": g.gap,
            "priority": g.priority,
            "actions": [
                {"question": a.question, "text": a.text, "action": a.action} for a in g.actions
            ],
        }
        for g in gaps
    ]


def _report(view: ReportView) -> dict[str, Any]:
    data = _with_brand(view, {
        "format": REPORT_FORMAT,
        "bank": _bank(view.header),
        "language": view.language,
        "respondent": {
            "name": view.respondent_name,
            "role": view.respondent_role,
            "role_label": view.respondent_role_label,
        },
        "overall": {
            "score": view.score,
            "rating": view.rating,
            "rating_label": view.rating_label or None,
            "completeness": view.completeness,
            "answered": view.answered,
            "unknown": view.unknown,
            "total": view.total,
        },
        "stage": {"id": view.stage, "label": view.stage_label} if view.stage else None,
        "sections": [_section(s, view) for s in view.sections],
        "gaps": _gaps(view.gaps),
        "questions": [_question(q, view) for q in view.questions],
    })  # fmt: skip
    return {**data, **_model2(view)}


def _section(s: SectionView, view: ReportView) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": s.id, "title": s.title, "score": s.score, "rating": s.rating,
        "rating_label": s.rating_label or None, "target": s.target, "gap": s.gap,
        "weight": s.weight, "answered": s.answered, "unknown": s.unknown, "total": s.total,
    }  # fmt: skip
    if view.groups:
        data["group"] = s.group
    if view.levels:
        data["level"] = s.level
    if s.not_asked:
        data["not_asked"] = {"count": s.not_asked, "by_reason": dict(s.not_asked_by_reason or {})}
    return data


def _question(q: QuestionView, view: ReportView) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": q.id, "section": q.section, "text": q.text, "answer": q.answer,
        "answer_label": q.answer_label, "value": q.value, "note": q.note,
    }  # fmt: skip
    if view.structured:
        data.update(group=q.group, stream=q.stream, level=q.level)
    if q.criteria:
        data["criteria"] = list(q.criteria)
    if q.not_asked:
        data["not_asked"] = q.not_asked
    return data


def _model2(view: ReportView) -> dict[str, Any]:
    """What model 2 adds: written only when the bank (or the answers) have it, so a report of
    a bank without groups, streams, levels, a display scale or unasked questions is as before.
    Groups and streams are lists of {id, score, ...} ("section/stream" ids), as a comparison
    reads its baseline."""
    data: dict[str, Any] = {}
    if view.groups:
        data["groups"] = [
            {"id": g.id, "title": g.title, "score": g.score, "weight": g.weight,
             "level": g.level, "sections": list(g.sections)}
            for g in view.groups
        ]  # fmt: skip
    streams = [t for s in view.sections for t in s.streams]
    if streams:
        data["streams"] = [
            {"id": t.key, "section": t.section, "stream": t.id, "title": t.title,
             "score": t.score, "weight": t.weight, "answered": t.answered, "total": t.total}
            for t in streams
        ]  # fmt: skip
    if view.levels:
        data["levels"] = view.levels
        data["level"] = view.level
    if view.display is not None:
        data["display"] = {"min": view.display.min, "max": view.display.max,
                           "decimals": view.display.decimals}  # fmt: skip
    if view.not_asked:
        data["not_asked"] = {"count": view.not_asked,
                             "by_reason": dict(view.not_asked_by_reason or {})}  # fmt: skip
    if view.next_stage is not None:
        data["next_stage"] = _next_stage(view.next_stage)
    if view.structured or any(step.option for step in view.plan):
        data["plan"] = _plan(view.plan)
    return data


def _plan(plan: Sequence[StepView]) -> list[dict[str, Any]]:
    """The plan's steps in its order: a single report's and a team's alike."""
    return [
        {"question": p.question, "section": p.section, "group": p.group, "stream": p.stream,
         "level": p.level, "option": p.option, "step": p.text, "gap": p.gap}
        for p in plan
    ]  # fmt: skip


def _stats(stats: StatsView) -> dict[str, Any]:
    return {
        "mean": stats.mean,
        "min": stats.min,
        "max": stats.max,
        "spread": stats.spread,
        "count": stats.count,
        "disagreement": stats.disagreement,
    }


def _by_role(by_role: tuple[tuple[str, StatsView], ...]) -> dict[str, Any]:
    return {role: _stats(s) for role, s in by_role}


def _team(view: TeamView) -> dict[str, Any]:
    # Only a team view imports this; the assessment page needs no comparison code.
    from selfassess.core.compare import TEAM_REPORT_FORMAT

    data = _with_brand(view, {
        "format": TEAM_REPORT_FORMAT,
        "bank": _bank(view.header),
        "language": view.language,
        "respondents": view.respondents,
        "rejected": [{"file": r.file, "reason": r.reason} for r in view.rejected],
        "warnings": list(view.warnings),
        "by_role": {r.id: r.count for r in view.roles},
        "roles": [{"id": r.id, "label": r.label, "count": r.count} for r in view.roles],
        "bank_versions": dict(view.bank_versions),
        "participation": {
            "respondents": view.respondents,
            "complete": view.complete,
            "completeness": _stats(view.completeness),
        },
        "disagreement_threshold": view.threshold,
        "overall": {
            **_stats(view.overall),
            "rating": view.rating,
            "rating_label": view.rating_label or None,
            "stage": view.stage,
            "stage_label": view.stage_label or None,
        },
        "sections": [
            {
                "id": s.id, "title": s.title, **_stats(s.stats), "target": s.target,
                "gap": s.gap, "rating": s.rating, "rating_label": s.rating_label or None,
                "weight": s.weight, "by_role": _by_role(s.by_role),
            }
            for s in view.sections
        ],
        "questions": [
            {
                "id": q.id, "section": q.section, "text": q.text, "fingerprint": q.fingerprint,
                **_stats(q.stats), "unknown": q.unknown, "unanswered": q.unanswered,
                **({} if view.asks_everyone else {
                    "not_asked": q.not_asked,
                    "not_asked_by_reason": dict(q.not_asked_by_reason or {}),
                }),
                "by_role": _by_role(q.by_role),
            }
            for q in view.questions
        ],
        "gaps": _gaps(view.gaps),
        "notes": [
            {
                "question": n.question, "name": n.name, "role": n.role,
                "role_label": n.role_label, "note": n.note,
            }
            for n in view.notes
        ],
    })  # fmt: skip
    for key, items in (("groups", view.groups), ("streams", view.streams)):
        if items:
            data[key] = [
                {"id": i.id, **({"section": i.section} if i.section else {}), "title": i.title,
                 **_stats(i.stats), "weight": i.weight, "by_role": _by_role(i.by_role)}
                for i in items
            ]  # fmt: skip
    if view.next_stage is not None:
        data["next_stage"] = _next_stage(view.next_stage)
    if view.structured:
        data["plan"] = _plan(view.plan)
    return data


def _next_stage(stage: NextStageView) -> dict[str, Any]:
    return {"id": stage.id, "label": stage.label, "missing": list(stage.missing)}


def _delta(d: DeltaView) -> dict[str, Any]:
    data: dict[str, Any] = {"id": d.id, "title": d.title}
    if d.kind == "question":
        data["section"] = d.section
    return {
        **data,
        "baseline": d.baseline,
        "current": d.current,
        "delta": d.delta,
        "status": d.status,
    }


def _side(side: SideView) -> dict[str, Any]:
    return {
        "kind": side.kind,
        "label": side.label,
        "name": side.name,
        "respondents": side.respondents,
        "bank_version": side.bank_version,
        "bank_hash": side.bank_hash,
        "date": side.date,
    }


def _items(items: tuple[ItemView, ...]) -> list[dict[str, str]]:
    return [{"id": i.id, "title": i.title} for i in items]


def _compare(view: CompareView) -> dict[str, Any]:
    data = {
        "format": COMPARISON_FORMAT,
        "bank": _bank(view.header),
        "language": view.language,
        "tolerance": view.tolerance,
        "baseline": _side(view.baseline),
        "current": _side(view.current),
        "overall": {k: v for k, v in _delta(view.overall).items() if k not in ("id", "title")},
        "summary": {
            "sections": view.counts("section"),
            "questions": view.counts("question"),
            "most_improved": [{"kind": d.kind, **_delta(d)} for d in view.most_improved],
            "most_worse": [{"kind": d.kind, **_delta(d)} for d in view.most_worse],
        },
        "sections": [_delta(d) for d in view.sections],
        "questions": [_delta(d) for d in view.questions],
        "versions_differ": view.versions_differ,
        "sections_added": _items(view.sections_added),
        "sections_removed": _items(view.sections_removed),
        "questions_added": _items(view.questions_added),
        "questions_removed": _items(view.questions_removed),
        "questions_changed": _items(view.questions_changed),
        "changes_known": view.changes_known,
    }
    for kind, deltas in view.levels:
        if kind in ("group", "stream"):
            data["summary"][f"{kind}s"] = view.counts(kind)
            data[f"{kind}s"] = [_delta(d) for d in deltas]
            data[f"{kind}s_added"] = _items(getattr(view, f"{kind}s_added"))
            data[f"{kind}s_removed"] = _items(getattr(view, f"{kind}s_removed"))
    return data


def _metric(view: MetricView) -> dict[str, Any]:
    """As `metric_json` answers: the result, or the error and the rows at fault."""
    if not view.ok:
        return {"ok": False, "error": view.error, "problems": list(view.problems),
                "field": view.field}  # fmt: skip
    return {
        "ok": True,
        "result": {
            "name": view.name,
            "value": view.value,
            "display": view.display,
            "formula": view.formula,
            "counts": {c.key: c.count for c in view.counts},
            "distribution": [{"value": p.value, "count": p.count} for p in view.distribution],
            "problems": list(view.problems),
        },
    }


_BY_KIND: dict[str, Callable[[Any], dict[str, Any]]] = {
    "report": _report,
    "team": _team,
    "compare": _compare,
    "metric": _metric,
}
