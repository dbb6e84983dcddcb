"""The site's brand from the plugin's `brand` options: checked, then turned into CSS and JSON.

A colour is refused at build time when text would be unreadable with it. The theme puts
white text on the primary and accent colours (header, buttons) and uses them as the colour
of links and headings on the white page, so each must reach 4.5:1 against white.
"""

from __future__ import annotations

import base64
import json
import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from selfassess.core.brand import DEFAULT_PRIMARY_COLOR, Brand
from selfassess.site.contrast import MIN_TEXT_CONTRAST, contrast_ratio

WHITE = "#ffffff"
BLACK = "#000000"
LOGO_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"}
MAX_LOGO_BYTES = 512 * 1024
"""The logo travels inside every HTML report; a larger file is a mistake, not a logo."""


class BrandInvalid(Exception):
    """A brand option that cannot be shipped: an unreadable colour, a missing logo."""


def colour_problems(name: str, color: str) -> list[str]:
    """Why `color` cannot be the brand's `name` colour; empty when it is readable."""
    problems = []
    on_white = contrast_ratio(color, WHITE)
    if on_white < MIN_TEXT_CONTRAST:
        on_black = contrast_ratio(color, BLACK)
        problems.append(
            f"brand.{name}: {color} gives a contrast of {on_white:.1f}:1 with white text "
            f"(and as text on the white page), below the {MIN_TEXT_CONTRAST}:1 readable text "
            f"needs (WCAG AA); "
            + (
                f"it suits black text ({on_black:.1f}:1) but the theme writes white on it: "
                if on_black >= MIN_TEXT_CONTRAST
                else ""
            )
            + "choose a darker shade"
        )
    return problems


def _data_uri(path: Path, option: str) -> str:
    if path.suffix.lower() not in LOGO_TYPES:
        raise BrandInvalid(
            f"brand.{option}: {path.name} is not an image the browser shows everywhere; "
            f"use one of {', '.join(sorted(LOGO_TYPES))}"
        )
    if not path.is_file():
        raise BrandInvalid(f"brand.{option}: {path} does not exist (the path is relative to docs/)")
    data = path.read_bytes()
    if len(data) > MAX_LOGO_BYTES:
        raise BrandInvalid(
            f"brand.{option}: {path.name} is {len(data):,} bytes; keep it under 512 KB"
        )
    kind = "image/svg+xml" if path.suffix.lower() == ".svg" else mimetypes.guess_type(path.name)[0]
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def site_brand(options: Mapping[str, Any], docs_dir: Path) -> Brand | None:
    """The Brand the reports carry, or None when no brand option is set."""
    if not any(options.get(key) for key in options):
        return None
    problems = []
    for name in ("primary_color", "accent_color"):
        color = options.get(name)
        if color:
            try:
                Brand(primary_color=color)
            except ValueError as error:
                problems.append(str(error).replace("primary_color", name))
                continue
            problems += colour_problems(name, color)
    logo = options.get("logo")
    try:
        logo_uri = _data_uri(docs_dir / logo, "logo") if logo else ""
        if options.get("favicon"):
            _data_uri(docs_dir / options["favicon"], "favicon")
    except BrandInvalid as error:
        problems.append(str(error))
    if problems:
        raise BrandInvalid("\n".join(problems))
    return Brand(
        name=options.get("name") or "",
        contact_email=options.get("contact_email") or "",
        contact_web=options.get("contact_web") or "",
        primary_color=options.get("primary_color") or DEFAULT_PRIMARY_COLOR,
        accent_color=options.get("accent_color") or "",
        footer=options.get("footer") or "",
        logo=logo_uri,
    )


def brand_css(brand: Brand) -> str:
    """Theme colours through Material's CSS variables, and the reports' `--sa-primary`.

    `html:root` outweighs the `:root` of selfassess.css, which comes later and gives the
    unbranded site a readable accent. The accent is the focused and hovered colour.
    """
    primary = brand.primary_color
    accent = brand.accent_color or primary
    return (
        "html:root, [data-md-color-primary], [data-md-color-accent] {\n"
        f"  --md-primary-fg-color: {primary};\n"
        f"  --md-primary-fg-color--light: {primary};\n"
        f"  --md-primary-fg-color--dark: {primary};\n"
        f"  --md-primary-bg-color: {WHITE};\n"
        f"  --md-accent-fg-color: {accent};\n"
        f"  --md-accent-fg-color--transparent: color-mix(in srgb, {accent} 10%, transparent);\n"
        f"  --md-accent-bg-color: {WHITE};\n"
        f"  --md-typeset-a-color: {primary};\n"
        f"  --sa-primary: {primary};\n"
        "}\n"
    )


def brand_json(brand: Brand | None) -> str:
    """What the worker reads to brand the reports: {} for an unbranded site."""
    if brand is None:
        return "{}"
    data = {**brand.metadata(), "logo": brand.logo}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
