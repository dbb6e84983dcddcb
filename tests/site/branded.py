"""A consultant's site made the way the README says: `selfassess new`, a few lines of the brand
edited in mkdocs.yml, a logo in docs/ and an own bank dropped into questionbank/."""

from __future__ import annotations

from pathlib import Path

from tests.site.sites import SELFASSESS, run

BRAND_NAME = "Northwind Advisory"
PRIMARY = "#8a1c4a"
ACCENT = "#1b5e20"
EMAIL = "audits@northwind.example"
WEB = "northwind.example"
INTRO = "Northwind asks twenty minutes of your time before our first workshop."
FOOTER = "Prepared for you by Northwind Advisory"
LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
    '<rect width="40" height="40" fill="#8a1c4a"/></svg>'
)
CUSTOM_BANK_ID = "northwind-readiness"
CUSTOM_BANK = """\
# yaml-language-server: $schema=schema.json
id: northwind-readiness
version: "1.0"
languages: [en]
title: Northwind service readiness
sections:
  - id: basics
    title: Basics
    questions:
      - id: basics-owner
        type: yesno
        text: Does one person own the service experience?
        action: Name one owner.
      - id: basics-review
        type: scale
        text: How often are complaints reviewed?
        action: Review complaints every week.
"""
CUSTOM_ANSWERS = {"basics-owner": "yes", "basics-review": "3"}
CUSTOM_SCORE = 75.0
"""Yes is 1 and the scale's middle point .5, both weight 1: 100 × 1.5 / 2."""


def edit_brand(config: Path, **values: str) -> None:
    """Change lines of the brand block the way a person does in an editor."""
    lines = config.read_text("utf-8").splitlines()
    for number, line in enumerate(lines):
        key = line.strip().lstrip("# ").split(":", 1)[0]
        if key in values and line.startswith("        "):
            lines[number] = f'        {key}: "{values[key]}"'
    config.write_text("\n".join(lines) + "\n", "utf-8")


def scaffold_branded_site(folder: Path) -> Path:
    """The consultant's folder, ready to build; returns its mkdocs.yml."""
    result = run([SELFASSESS, "new", folder, "--name", BRAND_NAME, "--language", "en",
                  "--bank", "madurez-cx"])  # fmt: skip
    assert result.returncode == 0, result.stderr
    config = folder / "mkdocs.yml"
    (folder / "docs" / "logo.svg").write_text(LOGO_SVG, "utf-8")
    edit_brand(
        config, primary_color=PRIMARY, accent_color=ACCENT, logo="logo.svg", favicon="logo.svg",
        contact_email=EMAIL, contact_web=WEB, intro=INTRO, footer=FOOTER,
    )  # fmt: skip
    (folder / "questionbank" / f"{CUSTOM_BANK_ID}.yml").write_text(CUSTOM_BANK, "utf-8")
    return config
