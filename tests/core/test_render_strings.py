"""The report strings' façade and its number formats, and the Brand that reports show."""

from __future__ import annotations

import pytest

from selfassess.core.brand import Brand
from selfassess.core.render.numbers import Numbers, round_score
from selfassess.core.strings import text


def test_text_fills_values_in_and_falls_back_to_english() -> None:
    assert text("es", "bank_version", id="mini", version="1.0") == "mini, versión 1.0"
    assert text("fr", "bank_version", id="mini", version="1.0") == "mini, version 1.0"


@pytest.mark.parametrize(
    ("value", "written"),
    [(72.5, "72.5"), (72.46, "72.5"), (72.44, "72.4"), (100, "100.0"), (0.0, "0.0"), (None, "—")],
)
def test_scores_for_machines_have_a_decimal_point(value: float | None, written: str) -> None:
    assert Numbers("es", machine=True).score(value) == written
    assert Numbers("es").score(value) == written.replace(".", ",")


def test_a_missing_score_may_be_written_as_nothing() -> None:
    assert Numbers("en").score(None, missing="") == ""


def test_deltas_have_a_sign_and_display_scales_their_decimals() -> None:
    from selfassess.core.model import DisplayScale

    assert Numbers("es").delta(4.5) == "+4,5"
    assert Numbers("en").delta(-2) == "-2.0"
    assert Numbers("en").delta(0.04) == "0.0"
    on_3 = Numbers("es", DisplayScale(0, 3, 2))
    assert (on_3.shown(71.6), on_3.of(50), on_3.shown_delta(10)) == ("2,15", "1,50 / 3", "+0,30")
    assert Numbers("en").of(72.5) == "72.5 / 100"


def test_round_score_keeps_none() -> None:
    assert round_score(None) is None
    assert round_score(85.714) == 85.7


def test_format_percent_follows_the_language() -> None:
    assert Numbers("es").percent(600 / 7) == "85,7 %"
    assert Numbers("en").percent(600 / 7) == "85.7%"
    assert Numbers("en").percent(None) == "—"


def test_brand_contact_joins_what_is_given() -> None:
    assert Brand(contact_email="a@b.example", contact_web="b.example").contact == (
        "a@b.example · b.example"
    )
    assert Brand(contact_web="b.example").contact == "b.example"
    assert Brand().contact == ""


@pytest.mark.parametrize("color", ["red", "#12345", "#1f5f8b; background: url(x)", ""])
def test_brand_refuses_a_colour_that_is_not_hex(color: str) -> None:
    with pytest.raises(ValueError, match="write it as #rgb or #rrggbb"):
        Brand(primary_color=color)


def test_brand_accepts_short_and_long_hex_colours() -> None:
    assert Brand(primary_color="#abc").primary_color == "#abc"
    assert Brand(primary_color="#A1B2C3").primary_color == "#A1B2C3"
