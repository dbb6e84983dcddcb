"""The brand in the theme: logo, favicon, colours (a generated stylesheet), footer, intro.

Thin glue between the plugin's `brand` options and MkDocs' config; the checks and the CSS
live in `generator/site/brand.py`.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig

from selfassess.core.brand import Brand

BRAND_CSS = "brand.css"
BRAND_JSON = "brand.json"


def has_colours(options: Any) -> bool:
    return bool(options.primary_color or options.accent_color)


def apply_to_theme(config: MkDocsConfig, options: Any, brand: Brand | None, assets: str) -> None:
    """Logo, favicon, the colours' stylesheet and the footer line, on the MkDocs config."""
    if options.logo and not config.theme.get("logo"):
        config.theme["logo"] = options.logo
    if options.favicon:
        config.theme["favicon"] = options.favicon
    if has_colours(options):
        config.extra_css.append(f"{assets}/{BRAND_CSS}")
    if brand is not None and config.copyright is None and (brand.footer or brand.name):
        config.copyright = str(footer_html(brand))


def _contact_links(brand: Brand) -> list[Markup]:
    links = []
    if brand.contact_email:
        email = escape(brand.contact_email)
        links.append(Markup(f'<a href="mailto:{email}">{email}</a>'))
    if brand.contact_web:
        web = escape(brand.contact_web)
        href = web if brand.contact_web.startswith(("http://", "https://")) else f"https://{web}"
        links.append(Markup(f'<a href="{href}">{web}</a>'))
    return links


def footer_html(brand: Brand) -> Markup:
    """The footer line: the brand's footer text (else its name) and contact links."""
    parts = [escape(brand.footer or brand.name), *_contact_links(brand)]
    return Markup('<span class="sa-brand-footer">') + Markup(" · ").join(parts) + Markup("</span>")


def intro_html(brand: Brand | None, intro: str) -> str:
    """The short introduction at the top of each assessment page: who asks, why, whom to ask."""
    if brand is None or not (brand.name or intro):
        return ""
    parts = [Markup('<div class="sa-brand-intro">')]
    if brand.name:
        parts.append(Markup('<p class="sa-brand-name">') + escape(brand.name) + Markup("</p>"))
    if intro:
        parts.append(Markup("<p>") + escape(intro) + Markup("</p>"))
    contact = _contact_links(brand)
    if contact:
        parts.append(Markup('<p class="sa-brand-contact">') + Markup(" · ").join(contact))
        parts.append(Markup("</p>"))
    parts.append(Markup("</div>\n"))
    return str(Markup("").join(parts))
