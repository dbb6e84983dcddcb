"""Each bank's pages are where the URL scheme (selfassess.pages.urls) says, and link to one another
through it: each link leads to the page of the kind it names."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from selfassess.pages.urls import ASSESSMENT, COMPARE, KINDS, PRINT, TEAM, links_from, page_url

LINKED = {
    ASSESSMENT: {PRINT, TEAM, COMPARE},
    PRINT: {ASSESSMENT},
    TEAM: {ASSESSMENT, COMPARE},
    COMPARE: {ASSESSMENT, TEAM},
}
"""The pages each page of a bank links to."""
HREF = re.compile(r'<a [^>]*href="([^"]*)"')


def test_each_bank_page_is_where_the_scheme_says_and_links_to_the_others(default_site: Path):
    banks = sorted(path.stem for path in (default_site / "assets/selfassess/banks").glob("*.json"))
    home = (default_site / "index.html").read_text("utf-8")
    assert len(banks) >= 2
    for bank in banks:
        assert f'href="{page_url(bank)}"' in home
        for kind in KINDS:
            here = page_url(bank, kind)
            html = (default_site / here / "index.html").read_text("utf-8")
            hrefs = set(HREF.findall(html))
            for other in LINKED[kind]:
                link = links_from(kind)[other]
                assert link in hrefs, f"{here} links to its {other} page"
                assert posixpath.normpath(posixpath.join(here, link)) + "/" == page_url(bank, other)
