"""The brand of a site's mkdocs.yml, read as the plugin reads it, for the command line's reports.

MkDocs loads and validates the config (INHERIT, !ENV, the plugin's typed options), and the
plugin's own `site_brand` checks the brand and inlines the logo: so a report written by
`selfassess score -f mkdocs.yml` is the very file the site's download button gives.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from selfassess.core.brand import Brand
from selfassess.site.brand import BrandInvalid, site_brand


class ConfigBrandInvalid(Exception):
    """The config cannot be read, or its brand cannot be used; the message says why."""


def config_brand(config_file: Path) -> Brand | None:
    """The brand of the selfassess plugin in `config_file`; None when it sets none."""
    from selfassess.mkdocs_plugin.plugin import enabled_options

    try:
        config = load_config(str(config_file))
    except (ConfigurationError, Abort) as error:
        raise ConfigBrandInvalid(f"{config_file}: {error}") from None
    options = enabled_options(config)
    if options is None:
        return None
    try:
        return site_brand(options.brand, Path(config.docs_dir))
    except BrandInvalid as error:
        raise ConfigBrandInvalid(f"{config_file}: the brand cannot be used:\n{error}") from None
