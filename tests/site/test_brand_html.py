"""The brand's HTML (footer line, assessment intro) comes from autoescaped Jinja templates: a
consultant's text shows as text, never as markup."""

from __future__ import annotations

from selfassess.core.brand import Brand
from selfassess.pages.brand import footer_html, intro_html

HOSTILE = '<img src=x onerror="alert(1)">'


def test_the_footer_escapes_every_option():
    brand = Brand(name=HOSTILE, contact_email=f"a{HOSTILE}@b.c", contact_web=f"x.org/{HOSTILE}")
    html = footer_html(brand, "en")
    assert "<img" not in html and "&lt;img" in html
    assert html.startswith('<span class="sa-brand-footer">') and html.endswith("</span>")
    assert ' · <a href="mailto:a&lt;img' in html
    assert '<a href="https://x.org/&lt;img' in html, "a web address without scheme gets https"


def test_the_intro_says_who_asks_and_whom_to_ask():
    brand = Brand(name="Acme & Co", contact_web="https://acme.example")
    html = intro_html(brand, f"Why: {HOSTILE}", "es")
    assert html == (
        '<div class="sa-brand-intro"><p class="sa-brand-name">Acme &amp; Co</p>'
        '<p>Why: &lt;img src=x onerror=&#34;alert(1)&#34;&gt;</p><p class="sa-brand-contact">'
        '<a href="https://acme.example">https://acme.example</a></p></div>\n'
    )
    assert intro_html(None, "anything", "es") == ""
    assert intro_html(Brand(), "", "es") == ""
