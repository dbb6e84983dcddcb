"""Pieces that the report, team report and comparison JSON forms share, so they stay alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from selfassess.core.render.view import GapView


class BankHeader(Protocol):
    """What a view says about the bank it was made with, and the language it is in."""

    @property
    def language(self) -> str: ...
    @property
    def bank_id(self) -> str: ...
    @property
    def bank_version(self) -> str: ...
    @property
    def bank_hash(self) -> str: ...
    @property
    def bank_title(self) -> str: ...


def bank_json(view: BankHeader) -> dict[str, str]:
    """The bank a view was made with: id, version, hash and title."""
    return {
        "id": view.bank_id,
        "version": view.bank_version,
        "hash": view.bank_hash,
        "title": view.bank_title,
    }


def gaps_json(gaps: Sequence[GapView]) -> list[dict[str, Any]]:
    """The gaps, largest priority first as in the view, each with its questions' actions."""
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
