"""A bank as `selfassess inspect` shows it: a JSON projection, or a readable outline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from selfassess.core.asking import role_estimate, role_estimates
from selfassess.core.model import Band, Bank, Option, Question, Role, Text, localize
from selfassess.core.render.numbers import Numbers


def _text(text: Text, language: str | None) -> str | dict[str, str]:
    """The text in `language`, or every language's text when none is asked for."""
    return localize(text, language) if language else dict(text)


def _band(band: Band, language: str | None) -> dict[str, Any]:
    return {
        "id": band.id,
        "min": band.min,
        "max": band.max,
        "label": _text(band.label, language),
        "description": _text(band.description, language),
    }


def _option(option: Option, language: str | None) -> dict[str, Any]:
    return {"id": option.id, "label": _text(option.label, language), "value": option.value}


def _question(question: Question, language: str | None) -> dict[str, Any]:
    return {
        "id": question.id,
        "type": question.type,
        "text": _text(question.text, language),
        "help": _text(question.help, language),
        "action": _text(question.action, language),
        "weight": question.weight,
        "options": [_option(o, language) for o in question.options],
    }


def _role(bank: Bank, role: Role, language: str | None) -> dict[str, Any]:
    """The role, with how many questions it may be asked and the minutes that takes."""
    estimate = role_estimate(bank, role.id)
    return {
        "id": role.id,
        "label": _text(role.label, language),
        "question_count": len(estimate.questions),
        "minutes": estimate.minutes,
    }


def bank_json_view(bank: Bank, language: str | None) -> dict[str, Any]:
    """The bank's ids, numbers and texts; texts in `language`, or as {language: text} mappings."""
    return {
        "id": bank.id,
        "version": bank.version,
        "hash": bank.hash,
        "languages": list(bank.languages),
        "title": _text(bank.title, language),
        "description": _text(bank.description, language),
        "minutes": bank.minutes,
        "default_target": bank.default_target,
        "ratings": [_band(b, language) for b in bank.ratings],
        "stages": [_band(b, language) for b in bank.stages],
        "roles": [_role(bank, r, language) for r in bank.roles],
        "sections": [
            {
                "id": s.id,
                "title": _text(s.title, language),
                "intro": _text(s.intro, language),
                "weight": s.weight,
                "target": s.target,
                "questions": [_question(q, language) for q in s.questions],
            }
            for s in bank.sections
        ],
        # As in a report's JSON: scores stay on 0–100, the scale reports show them on beside.
        **({"display": asdict(bank.display)} if bank.display else {}),
    }


def _number(value: float) -> str:
    return f"{value:g}"


def plural(count: int, noun: str) -> str:
    """"1 bank", "2 banks": the English of the command's own lines."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _bands(
    title: str, bands: tuple[Band, ...], language: str, score: Callable[[float], str]
) -> list[str]:
    if not bands:
        return []
    ranges = [
        f"{localize(b.label, language)} ({b.id}) {score(b.min)}–{score(b.max)}" for b in bands
    ]
    return [f"{title}: " + "; ".join(ranges)]


def bank_outline(bank: Bank, language: str) -> str:
    """A readable outline of the bank in `language`: sections, questions, options and values;
    targets and band limits on the bank's display scale, as its reports write them, when it
    has one."""
    score = Numbers(language, bank.display).shown if bank.display else _number
    count = len(bank.questions_by_id)
    lines = [
        f"{localize(bank.title, language)} — {bank.id} {bank.version}",
        f"Languages: {', '.join(bank.languages)}; {len(bank.sections)} sections, "
        f"{count} questions, about {bank.minutes} minutes",
        *_bands("Ratings", bank.ratings, language, score),
        *_bands("Stages", bank.stages, language, score),
    ]
    if bank.roles:
        roles = ", ".join(f"{localize(r.label, language)} ({r.id})" for r in bank.roles)
        lines.append(f"Roles: {roles}")
    labels = {r.id: localize(r.label, language) or r.id for r in bank.roles}
    sizes = [
        f"{labels[e.role]}: {plural(len(e.questions), 'question')}, "
        f"about {plural(e.minutes, 'minute')}"
        for e in role_estimates(bank)
    ]
    if sizes:
        lines.append("By role: " + "; ".join(sizes))
    for number, section in enumerate(bank.sections, 1):
        lines += [
            "",
            f"{number}. {localize(section.title, language)} ({section.id}) — weight "
            f"{_number(section.weight)}, target {score(section.target)}",
        ]
        for question in section.questions:
            lines.append(
                f"   - {question.id} [{question.type}, weight {_number(question.weight)}] "
                f"{localize(question.text, language)}"
            )
            options = " · ".join(
                f"{o.id} {localize(o.label, language)} = {_number(o.value)}"
                for o in question.options
            )
            lines.append(f"       {options}")
            lines.append(f"       action: {localize(question.action, language)}")
    return "\n".join(lines) + "\n"
