"""The brand in the theme: logo, favicon, colours (a generated stylesheet) and the footer line.

Thin glue between the plugin's `brand` options and MkDocs' config; the checks and the CSS live
in `generator/site/brand.py`, the HTML in `generator/pages/brand.py` and its templates.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from selfassess.core.brand import Brand
from selfassess.pages.brand import footer_html

BRAND_CSS = "brand.css"
BRAND_JSON = "brand.json"


def has_colours(options: Any) -> bool:
    return bool(options.primary_color or options.accent_color)


def apply_to_theme(
    config: MkDocsConfig, options: Any, brand: Brand | None, assets: str, language: str
) -> None:
    """Logo, favicon, the colours' stylesheet and the footer line, on the MkDocs config."""
    if options.logo and not config.theme.get("logo"):
        config.theme["logo"] = options.logo
    if options.favicon:
        config.theme["favicon"] = options.favicon
    if has_colours(options):
        config.extra_css.append(f"{assets}/{BRAND_CSS}")
    if brand is not None and config.copyright is None and (brand.footer or brand.name):
        config.copyright = footer_html(brand, language)
