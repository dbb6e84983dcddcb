"""The contrast check that keeps unreadable brand colours out of a site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from selfassess.site.brand import BrandInvalid, brand_css, colour_problems, site_brand
from selfassess.site.contrast import contrast_ratio, relative_luminance


def test_luminance_and_ratio_match_wcag_reference_values():
    assert relative_luminance("#000") == 0
    assert relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#fff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#fff", "#767676") == contrast_ratio("#767676", "#fff")


@pytest.mark.parametrize("color", ["#767676", "#1f5f8b", "#8a1c4a", "#1b5e20", "#000"])
def test_dark_enough_colours_pass(color: str):
    assert colour_problems("primary_color", color) == []


@pytest.mark.parametrize("color", ["#777777", "#ffeb3b", "#4caf50", "#fff", "#03a9f4"])
def test_light_colours_are_refused_with_the_ratio(color: str):
    [problem] = colour_problems("accent_color", color)
    ratio = f"{contrast_ratio(color, '#fff'):.1f}:1"
    assert problem.startswith(f"brand.accent_color: {color} gives a contrast of {ratio}")
    assert "4.5:1" in problem and "darker" in problem


def test_site_brand_collects_every_problem(tmp_path: Path):
    options = {"primary_color": "#ffeb3b", "accent_color": "blue", "logo": "missing.png"}
    with pytest.raises(BrandInvalid) as error:
        site_brand(options, tmp_path)
    lines = str(error.value).splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "brand.primary_color", "brand accent_color 'blue' is not a colour", "brand.logo",
    ]  # fmt: skip


def test_no_brand_options_means_no_brand(tmp_path: Path):
    assert site_brand({"name": "", "logo": None, "primary_color": None}, tmp_path) is None


def test_css_sets_the_theme_variables(tmp_path: Path):
    brand = site_brand({"name": "A", "primary_color": "#8a1c4a"}, tmp_path)
    assert brand is not None
    css = brand_css(brand)
    assert "--md-primary-fg-color: #8a1c4a;" in css and "--md-accent-fg-color: #8a1c4a;" in css


SELFASSESS_CSS = Path(__file__).parents[2] / "site_plugins/selfassess/assets/selfassess.css"
THEME_COLOUR = re.compile(
    r"(--md-(?:primary|accent)-fg-color(?:--light|--dark)?): (#[0-9a-f]{3,6});"
)


def test_the_unbranded_accent_is_readable_focused_and_hovered():
    """Focused or hovered, a button is white on the accent and a link is the accent on white."""
    [root] = re.findall(r"^:root \{([^}]*)\}", SELFASSESS_CSS.read_text("utf-8"), re.MULTILINE)
    colours = dict(THEME_COLOUR.findall(root))
    assert set(colours) == {"--md-accent-fg-color"}
    assert contrast_ratio(colours["--md-accent-fg-color"], "#fff") >= 4.5
    assert contrast_ratio("#526cfe", "#fff") < 4.5, "Material's own accent, which this replaces"


@pytest.mark.parametrize(
    "options",
    [{"primary_color": "#8a1c4a"}, {"primary_color": "#1b5e20", "accent_color": "#1f5f8b"}],
    ids=["primary-only", "with-accent"],
)
def test_every_shade_of_a_brand_is_readable_focused_and_hovered(tmp_path: Path, options: dict):
    brand = site_brand({"name": "A", **options}, tmp_path)
    assert brand is not None
    css = brand_css(brand)
    colours = dict(THEME_COLOUR.findall(css))
    assert len(colours) == 4  # primary, its light and dark shades, and the accent
    assert {name: c for name, c in colours.items() if contrast_ratio(c, "#fff") < 4.5} == {}
    # The brand outweighs the unbranded accent of selfassess.css, which comes after it.
    assert css.startswith("html:root,")
