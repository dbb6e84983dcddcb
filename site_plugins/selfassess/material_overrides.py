"""Every Material template the plugin's `templates/` folder overrides, with the Material version
each was written against.

An override is a copy of Material's own template (or a block of it) with our changes: when
Material changes its template, ours keeps the old one silently. A test compares this record with
the installed Material and with the folder, so an upgrade says which overrides to look at again.
"""

from __future__ import annotations

from typing import NamedTuple


class Override(NamedTuple):
    material: str
    """The Material version whose template this one was written against."""
    why: str


MATERIAL_OVERRIDES: dict[str, Override] = {
    "main.html": Override(
        "9.8.2",
        "the CSP meta tag; the page's script preloaded from the head; Material's scripts deferred; "
        "the offline worker's registration",
    ),
    "partials/search.html": Override("9.8.2", "a name on the search dialog"),
    "partials/javascripts/base.html": Override(
        "9.8.2", "Material's inline globals from a file (md-globals.js), for the CSP"
    ),
    "partials/javascripts/announce.html": Override("9.8.2", "inline script removed, for the CSP"),
    "partials/javascripts/consent.html": Override("9.8.2", "inline script removed, for the CSP"),
    "partials/javascripts/content.html": Override("9.8.2", "inline script removed, for the CSP"),
    "partials/javascripts/outdated.html": Override("9.8.2", "inline script removed, for the CSP"),
    "partials/javascripts/palette.html": Override("9.8.2", "inline script removed, for the CSP"),
}
"""By path under site_plugins/selfassess/templates/ (and Material's templates/)."""
