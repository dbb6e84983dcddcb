"""Links to the calculators page, taken out of the pages when a site turns the page off.

The metrics guides end each metric with "→ [Calculate your CSAT](../calculators/index.md#csat)".
A consultant who sets `calculators: false` keeps the guides: a line that is only such a link
goes, a link inside a sentence keeps its words, and the strict build finds no broken link.
"""

from __future__ import annotations

import posixpath
import re

_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]+)\)")
_LEFTOVER = re.compile(r"[\s→>*_.:;,-]*")
"""What may stay of a line once its link is gone for the line to be dropped: an arrow, marks."""


def _points_to(href: str, page: str, target: str) -> bool:
    path = href.split("#", 1)[0]
    if not path or "://" in path or path.startswith(("/", "mailto:")):
        return False
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return resolved in (target, posixpath.dirname(target))


def without_links_to(markdown: str, page: str, target: str) -> str:
    """`markdown` of the page at `page` (a docs-relative path) with no link to `target`."""
    lines = []
    for line in markdown.split("\n"):
        links = [m for m in _LINK.finditer(line) if _points_to(m.group(2), page, target)]
        if not links:
            lines.append(line)
            continue
        rest = line
        for link in links:
            rest = rest.replace(link.group(0), "", 1)
        if _LEFTOVER.fullmatch(rest):
            continue
        for link in links:
            line = line.replace(link.group(0), link.group(1), 1)
        lines.append(line)
    return "\n".join(lines)
