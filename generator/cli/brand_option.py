"""`-f/--config`: brand the command line's reports with a site's brand, as its downloads are.

Without the option, `mkdocs.yml` in the current folder is used when there is one, so running
`selfassess score` inside a site's folder gives the site's own reports.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from selfassess.cli.common import CliError
from selfassess.core.brand import Brand

DEFAULT_CONFIG = Path("mkdocs.yml")


def add_config_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f", "--config", metavar="FILE", type=Path,
        help=f"the site's MkDocs config whose brand the report carries "
        f"(default: {DEFAULT_CONFIG} in the current folder when there is one)",
    )  # fmt: skip


def report_brand(args: argparse.Namespace) -> Brand | None:
    """The brand of --config, or of ./mkdocs.yml; None when neither names one."""
    config: Path | None = args.config
    if config is None:
        if not DEFAULT_CONFIG.is_file():
            return None
        config = DEFAULT_CONFIG
    elif not config.is_file():
        raise CliError(f"{config}: no such MkDocs configuration file (option -f)")
    # MkDocs is imported only when a config is read: scoring without one starts at once.
    from selfassess.site.config_brand import ConfigBrandInvalid, config_brand

    try:
        return config_brand(config)
    except ConfigBrandInvalid as error:
        raise CliError(str(error)) from None
