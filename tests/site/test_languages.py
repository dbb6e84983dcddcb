"""Each default site speaks one language: no interface text of the other shows on any page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from selfassess.core.locale import Entry, locale

MIN_PHRASE = 10
"""Shorter fragments (e.g. "CSV", "Rol") are the same word or too common to tell languages apart."""
MATERIAL_CHROME = {
    "es": ["Skip to content", "Back to top"],
    "en": ["Ir al contenido", "Volver al principio"],
}
"""A few of the theme's own strings: the theme's language must follow the site's."""


class _VisibleText(HTMLParser):
    """Text a visitor reads or hears: body text and labels, not scripts, styles or code samples."""

    HIDDEN: ClassVar[set[str]] = {"script", "style", "code", "pre"}
    SPOKEN: ClassVar[set[str]] = {"aria-label", "title", "alt", "placeholder"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        self.parts += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _visible_text(page: Path) -> str:
    parser = _VisibleText()
    parser.feed(page.read_text("utf-8"))
    return re.sub(r"\s+", " ", " ".join(parser.parts))


SHOWN = ("ui.", "browser.", "report.")
"""The catalogue's texts a page shows: the interface's, its scripts' and the reports'."""


def _shown(language: str, namespace: str) -> list[str]:
    """Every text of `namespace` in `language`, each form of a plural text on its own."""
    entries: list[Entry] = list(locale(language).texts(namespace).values())
    return [form for e in entries for form in ([e] if isinstance(e, str) else e.values())]


def foreign_phrases(language: str, other: str) -> set[str]:
    """Fixed parts of the other language's interface strings that this language never uses."""
    phrases: set[str] = set()
    for namespace in SHOWN:
        own = " | ".join(_shown(language, namespace))
        for template in _shown(other, namespace):
            for part in re.split(r"\{[^}]*\}", template):
                part = part.strip(" .:,;()")
                if len(part) >= MIN_PHRASE and part not in own:
                    phrases.add(part)
    return phrases | set(MATERIAL_CHROME[language])


def _leaks(site: Path, language: str, other: str) -> list[str]:
    phrases = foreign_phrases(language, other)
    assert len(phrases) > 100
    leaks = []
    for page in sorted(site.rglob("*.html")):
        text = _visible_text(page)
        leaks += [f"{page.relative_to(site)}: {p!r}" for p in sorted(phrases) if p in text]
    return leaks


def test_the_english_site_shows_no_spanish_interface_text(default_en_site: Path):
    assert (default_en_site / "assess" / "bloques-cx" / "index.html").is_file()
    assert _leaks(default_en_site, "en", "es") == []


def test_the_spanish_site_shows_no_english_interface_text(default_site: Path):
    assert (default_site / "assess" / "bloques-cx" / "index.html").is_file()
    assert _leaks(default_site, "es", "en") == []


def test_the_scan_finds_the_other_language(default_site: Path):
    """The scan itself works: the Spanish site is full of what the English site must not show."""
    page = default_site / "assess" / "bloques-cx" / "index.html"
    text = _visible_text(page)
    assert sum(p in text for p in foreign_phrases("en", "es")) > 10
