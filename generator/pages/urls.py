"""Where each bank's pages live in the site: the one place their URL scheme is written.

A bank has four pages under `assess/<bank id>/`: the assessment, its blank questionnaire to
print, the team page and the compare page. The plugin generates them at `page_source`, they link
to one another with `links_from`, and the tests open them at `page_url`.
"""

from __future__ import annotations

import posixpath

SECTION = "assess/"
"""The assessments' section; a nav entry `Title: assess/` in mkdocs.yml is where their pages go."""
ASSESSMENT, PRINT, TEAM, COMPARE = "assessment", "print", "team", "compare"
KINDS = (ASSESSMENT, PRINT, TEAM, COMPARE)
_FOLDERS = {ASSESSMENT: "", PRINT: "print/", TEAM: "team/", COMPARE: "compare/"}


def page_url(bank_id: str, kind: str = ASSESSMENT) -> str:
    """The page's URL relative to the site root: `assess/<bank>/`, `assess/<bank>/team/`..."""
    return f"{SECTION}{bank_id}/{_FOLDERS[kind]}"


def page_source(bank_id: str, kind: str = ASSESSMENT) -> str:
    """The page's generated Markdown file, relative to docs/."""
    return page_url(bank_id, kind) + "index.md"


def links_from(kind: str) -> dict[str, str]:
    """Relative URLs from a bank's page of `kind` to each of the bank's pages, by kind."""
    here = page_url("bank", kind)
    return {
        other: posixpath.relpath(page_url("bank", other), here) + "/"
        for other in KINDS
        if other != kind
    }
