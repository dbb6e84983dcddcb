"""Strict builds of a consultant's site: MkDocs' own warnings are shown, and a site with the
calculators page turned off still builds cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfassess.scaffold import create_site
from selfassess.site.calculator_links import without_links_to
from tests.site.branded import CUSTOM_BANK, CUSTOM_BANK_ID
from tests.site.sites import build


def test_a_strict_build_shows_the_warning_before_the_summary(tmp_path: Path):
    folder = tmp_path / "client"
    create_site(folder, language="en", banks=["madurez-cx"])
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


def test_without_calculators_the_guides_build_strict_and_link_nowhere(tmp_path: Path):
    folder = tmp_path / "client"
    create_site(folder, language="es", banks=["madurez-cx"])
    config = folder / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "      calculators: true" in text
    config.write_text(text.replace("      calculators: true", "      calculators: false"), "utf-8")
    result = build(config, folder / "site", strict=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    site = folder / "site"
    assert not (site / "calculadoras").exists()
    guide = (site / "guias" / "metricas" / "index.html").read_text("utf-8")
    assert "calculadoras" not in guide and "Calcula el CSAT" not in guide
    assert "CSAT = 100 × (respuestas de 4 o 5)" in guide  # the guide itself stays


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("→ [Calculate your CSAT](../calculators/index.md#csat)", None),
        ("[Calculators](../calculators/)", None),
        ("Try [the calculator](../calculators/index.md#nps) today.", "Try the calculator today."),
        ("→ [CSAT](../calculators/index.md) and [NPS](nps.md)", "→ CSAT and [NPS](nps.md)"),
        ("[Elsewhere](../other/index.md#csat)", "[Elsewhere](../other/index.md#csat)"),
        ("[Web](https://example.org/calculators/)", "[Web](https://example.org/calculators/)"),
    ],
)
def test_links_to_the_calculators_page_go_and_others_stay(line: str, kept: str | None):
    markdown = f"# Metrics\n\n{line}\n\nEnd.\n"
    result = without_links_to(markdown, "guides/metrics.md", "calculators/index.md")
    expected = "# Metrics\n\n\nEnd.\n" if kept is None else f"# Metrics\n\n{kept}\n\nEnd.\n"
    assert result == expected


def test_a_blank_site_on_the_consultants_bank_builds_strict(tmp_path: Path):
    own = tmp_path / "readiness.yml"
    own.write_text(CUSTOM_BANK, "utf-8")
    folder = tmp_path / "client"
    create_site(folder, language="en", banks=[str(own)], blank=True)
    result = build(folder / "mkdocs.yml", folder / "site", strict=True)
    assert result.returncode == 0, result.stderr
    site = folder / "site"
    assert not (site / "guides").exists() and not (site / "calculators").exists()
    pages = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    assert {".", "how-to-use", "privacy"} <= pages
    assert [p for p in pages if CUSTOM_BANK_ID in p]  # the consultant's assessment
    assert not [p for p in pages if "madurez-cx" in p]  # and only it
