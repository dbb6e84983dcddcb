"""Options of the `selfassess` plugin: MkDocs typed config, as Material declares its own."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

VENDORED = "vendored"


class SelfassessConfig(Config):
    enabled = c.Type(bool, default=True)
    banks_dir = c.Type(str, default="questionbank")
    """Folder of the YAML banks, relative to the config file."""
    banks = c.ListOfItems(c.Type(str), default=[])
    """Ids of the banks to publish, in this order; empty means every bank in `banks_dir`."""
    language = c.Optional(c.Choice(("es", "en")))
    """Language of the interface; by default the theme's language, else Spanish."""
    pyodide = c.Type(str, default=VENDORED)
    """`vendored` ships the runtime with the site; otherwise a base URL to load it from."""
