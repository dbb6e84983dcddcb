"""The site's interface texts: the catalogue's "ui.*" and "browser.*" texts, by language.

The templates and the plugin read both; a page ships its scripts only the "browser.*" texts
(see selfassess.core.locale).
"""

from __future__ import annotations

import functools
from typing import Any

from selfassess.core.locale import Entry, locale


@functools.cache
def ui(language: str) -> dict[str, Entry]:
    """Every interface text in `language` (the fallback's where it has none), without prefix.

    Built once per language (as its catalogue is read once, `locale`), not once per page; the
    dict is shared: read it, never change it."""
    texts = locale(language)
    return {**texts.texts("ui."), **texts.texts("browser.")}


def browser_ui(language: str) -> dict[str, Any]:
    """What a page's scripts read: the "browser.*" texts and, as `plural_one`, the counts that
    take the "one" form of a plural text (assets/texts.js picks the form)."""
    texts = locale(language)
    return {**texts.texts("browser."), "plural_one": list(texts.rules.plural_one)}
