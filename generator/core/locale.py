"""Every text selfassess writes, in each language it speaks, and how each language writes numbers.

One catalogue per language, `locales/<language>.json` beside this module: its "texts" are
namespaced keys ("report.*", "metric.*", "ui.*", "browser.*", "scaffold.*", "bank.*",
"error.json.*", "number.*"); its "rules" say how the language writes numbers and which counts
take the singular, and its "pages" name the site pages that have a path per language. The CLI,
the site build and the browser's core (the wheel ships the files beside the modules) read the
same files; the pages ship the "browser.*" texts to their scripts. The languages are the
catalogues present: adding a language is adding a file.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).with_name("locales")
FALLBACK_LANGUAGE = "en"
"""The language of a text missing from a catalogue, and of a language with no catalogue."""
LANGUAGES: tuple[str, ...] = (
    FALLBACK_LANGUAGE,
    *sorted(p.stem for p in LOCALES.glob("*.json") if p.stem != FALLBACK_LANGUAGE),
)
"""Every language with a catalogue, the fallback first."""

Entry = str | Mapping[str, str]
"""A text, or its plural forms {"one": ..., "other": ...} chosen by the value of `count`."""


@dataclass(frozen=True)
class NumberRules:
    decimal: str
    """The decimal mark: "," or "."."""
    group: str
    """The thousands separator."""
    group_from: int
    """Digits a whole part needs before it is grouped (Spanish leaves 1234 whole: 5)."""
    plural_one: tuple[int, ...]
    """Counts that take the "one" form of a plural text."""


_CATALOGUES: dict[str, dict[str, Any]] = {
    language: json.loads((LOCALES / f"{language}.json").read_text("utf-8"))
    for language in LANGUAGES
}
"""Read at import: the browser starts from a memory snapshot taken after the core's import,
and only what the core read by then is there (the wheel's files are not)."""


def known(language: str) -> str:
    """`language` when it has a catalogue, else the fallback language."""
    return language if language in LANGUAGES else FALLBACK_LANGUAGE


class Locale:
    """The texts and number rules of one language; a text it lacks comes from the fallback."""

    def __init__(self, language: str) -> None:
        self.language = known(language)
        own, fallback = _CATALOGUES[self.language], _CATALOGUES[FALLBACK_LANGUAGE]
        rules = own["rules"]
        self.rules = NumberRules(
            rules["decimal"], rules["group"], int(rules["group_from"]), tuple(rules["plural_one"])
        )
        self.pages: dict[str, str] = {**fallback["pages"], **own["pages"]}
        """Site pages with a path per language: "calculators" (generated), "deploy" (a guide)."""
        self.entries: dict[str, Entry] = {**fallback["texts"], **own["texts"]}

    def find(self, key: str) -> Entry | None:
        """The catalogue entry `key`, None when no catalogue has it."""
        return self.entries.get(key)

    def text(self, key: str, **values: object) -> str:
        """The text `key` with its {placeholders} filled in; a plural text picks its form by
        `count`. KeyError when no catalogue has the key (a bug, not bad input)."""
        entry = self.entries[key]
        if not isinstance(entry, str):
            entry = entry[self.plural_form(values.get("count"))]
        return entry.format(**values)

    def plural_form(self, count: object) -> str:
        """The form of a plural text for `count`: "one" or "other"."""
        whole = isinstance(count, int) and not isinstance(count, bool)
        return "one" if whole and count in self.rules.plural_one else "other"

    def texts(self, prefix: str) -> dict[str, Entry]:
        """Every entry whose key starts with `prefix`, keyed without it (for pages and scripts)."""
        return {k[len(prefix) :]: v for k, v in self.entries.items() if k.startswith(prefix)}

    def number(self, value: float, decimals: int = 2) -> str:
        """`value` rounded to at most `decimals`, trailing zeros dropped, as the language writes
        it: 1,080 and 5.6 in English; 1080, 36 000 (narrow no-break space) and 5,6 in Spanish."""
        rendered = f"{value:.{decimals}f}"
        if "." in rendered:
            rendered = rendered.rstrip("0").rstrip(".")
        if rendered in ("-0", ""):
            rendered = "0"
        sign = "-" if rendered.startswith("-") else ""
        whole, _, fraction = rendered.lstrip("-").partition(".")
        if len(whole) >= self.rules.group_from:
            whole = f"{int(whole):,}".replace(",", self.rules.group)
        return sign + whole + (self.rules.decimal + fraction if fraction else "")

    def decimal(self, value: float, decimals: int = 1, signed: bool = False) -> str:
        """`value` with exactly `decimals` decimals, as the language writes them for a reader:
        72,5 in Spanish, 72.5 in English; `signed` writes a change's sign, +4,5 (0,0 has none)."""
        rendered = f"{value:+.{decimals}f}" if signed else f"{value:.{decimals}f}"
        if signed and float(rendered) == 0:
            rendered = rendered[1:]
        if rendered.startswith("-") and float(rendered) == 0:
            rendered = rendered[1:]
        return rendered.replace(".", self.rules.decimal)

    def percent(self, value: str) -> str:
        """A number already written, as a percentage: "7,5 %", "7.5%"."""
        return self.text("number.percent", value=value)


def locale(language: str) -> Locale:
    """The locale of `language` (the fallback's when it has no catalogue), built once per
    catalogue: a language the catalogues do not have adds no entry of its own."""
    return _locale(known(language))


@functools.cache
def _locale(language: str) -> Locale:
    return Locale(language)
