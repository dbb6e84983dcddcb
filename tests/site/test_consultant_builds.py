"""Strict builds of a consultant's site: MkDocs' own warnings are shown, and a site with the
calculators page turned off still builds cleanly."""

from __future__ import annotations

from pathlib import Path

from generator.scaffold import create_site
from tests.site.sites import build


def test_a_strict_build_shows_the_warning_before_the_summary(tmp_path: Path):
    folder = tmp_path / "client"
    create_site(folder, language="en", bank_ids=["madurez-cx"])
    with (folder / "docs" / "how-to-use.md").open("a", encoding="utf-8") as page:
        page.write("\nSee [the plan](action-plan.md).\n")
    result = build(folder / "mkdocs.yml", folder / "site", strict=True)
    assert result.returncode == 2
    warning = (
        "WARNING: Doc file 'how-to-use.md' contains a link 'action-plan.md', but the target "
        "is not found among documentation files."
    )
    assert warning in result.stderr
    assert result.stderr.index(warning) < result.stderr.index("Aborted with 1 warnings")
    assert "Traceback" not in result.stderr
