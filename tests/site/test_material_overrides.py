"""The Material templates the site overrides are all on record, each with the Material version it
was written against: a different Material installed, or a template not on record, fails here."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import material

from selfassess.mkdocs_plugin.material_overrides import MATERIAL_OVERRIDES
from tests.site.sites import REPO

OURS = REPO / "site_plugins" / "selfassess" / "templates"
MATERIAL = Path(material.__file__).parent / "templates"
RECORD = "site_plugins/selfassess/material_overrides.py"


def test_every_override_is_on_record():
    found = {path.relative_to(OURS).as_posix() for path in OURS.rglob("*") if path.is_file()}
    unlisted = sorted(found - MATERIAL_OVERRIDES.keys())
    assert not unlisted, (
        f"{', '.join(unlisted)} in {OURS} override Material but are not in MATERIAL_OVERRIDES "
        f"({RECORD}): add each with the Material version it was written against "
        f"({version('mkdocs-material')} is installed) and what it changes"
    )
    gone = sorted(MATERIAL_OVERRIDES.keys() - found)
    assert not gone, f"{', '.join(gone)}: on record in {RECORD} but not in {OURS}; remove them"


def test_material_still_has_each_template_we_override():
    missing = [path for path in MATERIAL_OVERRIDES if not (MATERIAL / path).is_file()]
    assert not missing, (
        f"Material {version('mkdocs-material')} has no {', '.join(missing)}: what our override "
        f"changed has moved; find where in {MATERIAL} and move the change there"
    )


def test_each_override_was_written_against_the_installed_material():
    installed = version("mkdocs-material")
    stale = [
        f"{path} (written against Material {override.material}; {override.why})"
        for path, override in MATERIAL_OVERRIDES.items()
        if override.material != installed
    ]
    assert not stale, (
        f"Material {installed} is installed, but these overrides were written against another "
        f"version: {'; '.join(stale)}. Compare each with Material's template of that version "
        f"and of {installed} (material/templates/ in its package), carry Material's changes "
        f"into ours, then record {installed} for it in {RECORD}"
    )
