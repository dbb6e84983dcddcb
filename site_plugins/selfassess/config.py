"""Options of the `selfassess` plugin: MkDocs typed config, as Material declares its own."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from selfassess.core.locale import FALLBACK_LANGUAGE, LANGUAGES
from selfassess.site.generation import VENDORED


class BrandConfig(Config):
    """Who publishes the site: shown in the theme, on the assessment pages and in every report."""

    name = c.Type(str, default="")
    logo = c.Optional(c.Type(str))
    """Image file relative to docs/: the header's logo, and inlined in the HTML reports."""
    favicon = c.Optional(c.Type(str))
    """Image file relative to docs/."""
    primary_color = c.Optional(c.Type(str))
    """#rrggbb; must reach 4.5:1 contrast with white, or the build stops."""
    accent_color = c.Optional(c.Type(str))
    contact_email = c.Type(str, default="")
    contact_web = c.Type(str, default="")
    intro = c.Type(str, default="")
    """A short paragraph at the top of every assessment page."""
    footer = c.Type(str, default="")


class SelfassessConfig(Config):
    """The plugin's options, `enabled` first as in MkDocs' and Material's own plugins."""

    enabled = c.Type(bool, default=True)
    banks_dir = c.Type(str, default="questionbank")
    """Folder of the YAML banks, relative to the config file."""
    banks = c.ListOfItems(c.Type(str), default=[])
    """Ids of the banks to publish, in this order; empty means every bank in `banks_dir`."""
    language = c.Optional(c.Choice(LANGUAGES))
    """Language of the interface; by default the theme's language, else the fallback (English)."""
    brand = c.SubConfig(BrandConfig)
    pyodide = c.Type(str, default=VENDORED)
    """`vendored` ships the runtime with the site; otherwise a base URL to load it from."""
    calculators = c.Type(bool, default=True)
    """A page of metric calculators (CSAT, NPS, CES, churn, CLV, CAC), placed in the nav."""
    offline = c.Type(bool, default=True)
    """A service worker at the site root caches the site: it works offline after one visit."""

    def site_language(self, theme_language: object) -> str:
        """The interface's language: this option, else the theme's if it has a catalogue, else
        the catalogues' fallback."""
        if self.language:
            return self.language
        return str(theme_language) if theme_language in LANGUAGES else FALLBACK_LANGUAGE
