"""Where the calculators page lives and how it joins the nav."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from selfassess.core.locale import locale


def calculators_page(language: str) -> str:
    """The generated page in the site's language (named in its catalogue's "pages"): the
    metrics guides link to it with a relative link."""
    return locale(language).pages["calculators"]


def _mentions(nav: Any, wanted: Callable[[str], bool]) -> bool:
    if isinstance(nav, str):
        return wanted(nav)
    if isinstance(nav, dict):
        return any(_mentions(value, wanted) for value in nav.values())
    if isinstance(nav, list):
        return any(_mentions(item, wanted) for item in nav)
    return False


def nav_with_calculators(nav: list[Any], path: str, title: str, after: str) -> list[Any]:
    """The nav with the page, unless mkdocs.yml already places it: right after the first entry
    holding pages under `after` (the assessments, "assess/"), else second."""
    if _mentions(nav, lambda entry: entry == path):
        return nav
    holders = [i for i, item in enumerate(nav) if _mentions(item, lambda e: e.startswith(after))]
    position = holders[0] + 1 if holders else min(1, len(nav))
    return [*nav[:position], {title: path}, *nav[position:]]
