"""The brand's HTML on the site's pages: the theme's footer line and the assessment pages'
introduction, from Jinja templates that escape every brand option (a consultant's text)."""

from __future__ import annotations

from selfassess.core.brand import Brand
from selfassess.pages import _environment


def _web_href(address: str) -> str:
    return address if address.startswith(("http://", "https://")) else f"https://{address}"


def footer_html(brand: Brand, language: str) -> str:
    """The footer line: the brand's footer text (else its name) and contact links."""
    template = _environment(language).get_template("brand_footer.html.j2")
    return template.render(brand=brand, web_href=_web_href(brand.contact_web)).rstrip("\n")


def intro_html(brand: Brand | None, intro: str, language: str) -> str:
    """The short introduction at the top of each assessment page; empty with nothing to say."""
    if brand is None or not (brand.name or intro):
        return ""
    template = _environment(language).get_template("brand_intro.html.j2")
    return template.render(brand=brand, intro=intro, web_href=_web_href(brand.contact_web))
