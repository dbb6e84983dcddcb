"""The SVG charts: well-formed, accessible, and honest about missing values."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from selfassess.core.render import ChartSeries, bar_chart_svg, charts, radar_chart_svg

NS = "{http://www.w3.org/2000/svg}"
AXES = ["Valores", "Misión", "Líderes", "Clientes", "Cultura"]
SCORES = ChartSeries("Puntuación", [37.5, 55.0, None, 100.0, 62.5], "solid")
TARGETS = ChartSeries("Objetivo", [75.0, 80.0, 75.0, 75.0, 75.0], "dashed")
CHARTS = [radar_chart_svg, bar_chart_svg]


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


@pytest.mark.parametrize("chart", CHARTS)
def test_charts_are_accessible_images(chart) -> None:
    root = _parse(chart(AXES, [SCORES, TARGETS], "Puntuación frente al objetivo"))
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{NS}title"), root.find(f"{NS}desc")
    assert title is not None and title.text == "Puntuación frente al objetivo"
    assert desc is not None
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert desc.text == (
        "Puntuación: Valores 37.5, Misión 55.0, Líderes —, Clientes 100.0, Cultura 62.5; "
        "Objetivo: Valores 75.0, Misión 80.0, Líderes 75.0, Clientes 75.0, Cultura 75.0"
    )


@pytest.mark.parametrize("chart", CHARTS)
def test_hostile_labels_are_text(chart) -> None:
    label = '</text><script>alert("x")</script>'
    root = _parse(chart([label, "B", "C"], [ChartSeries(label, [1, 2, 3])], label))
    assert root.find(f".//{NS}script") is None
    assert label in "".join(root.itertext())


@pytest.mark.parametrize("chart", CHARTS)
def test_axis_labels_wrap_and_are_cut_after_three_lines(chart) -> None:
    long_label = "Adopción y alineación organizativa de toda la empresa, de arriba abajo"
    root = _parse(chart([long_label, "B", "C"], [SCORES], "t"))
    label = next(t for t in root.iter(f"{NS}text") if t.find(f"{NS}tspan") is not None)
    lines = [span.text or "" for span in label.findall(f"{NS}tspan")]
    assert len(lines) == 3
    assert lines[-1].endswith("…")


def test_the_radar_breaks_the_score_line_where_a_value_is_missing() -> None:
    root = _parse(radar_chart_svg(AXES, [SCORES, TARGETS], "t"))
    polylines = root.findall(f"{NS}polyline")
    # the scores run from Clientes round to Misión (4 points); the complete targets are a polygon
    assert [len(p.get("points", "").split()) for p in polylines] == [4]
    shapes = [p for p in root.findall(f"{NS}polygon") if p.get("stroke-dasharray")]
    assert len(shapes) == 1 and len(shapes[0].get("points", "").split()) == 5
    assert len(root.findall(f"{NS}circle")) == 4  # a dot per score present


def test_the_radar_draws_a_complete_series_as_a_closed_shape() -> None:
    root = _parse(radar_chart_svg(AXES[:3], [ChartSeries("s", [10, 20, 30])], "t"))
    assert not root.findall(f"{NS}polyline")
    filled = [p for p in root.findall(f"{NS}polygon") if p.get("fill") != "none"]
    assert len(filled) == 1


def test_the_radar_with_nothing_to_draw_has_only_its_grid() -> None:
    root = _parse(radar_chart_svg(AXES, [ChartSeries("s", [None] * 5)], "t"))
    assert not root.findall(f"{NS}polyline") and not root.findall(f"{NS}circle")


def test_bars_leave_missing_values_out_and_mark_them_with_a_dash() -> None:
    root = _parse(bar_chart_svg(AXES, [SCORES, TARGETS], "t"))
    bars = root.findall(f"{NS}rect")
    assert len(bars) == 4
    widths = sorted(float(b.get("width", "0")) for b in bars)
    assert widths == [112.5, 165, 187.5, 300]
    texts = [t.text for t in root.iter(f"{NS}text") if t.text]
    assert "—" in texts and "100.0" in texts
    target_marks = [line for line in root.findall(f"{NS}line") if line.get("stroke-dasharray")]
    assert len(target_marks) == 5 + 1  # one per axis, and the legend's sample


def test_bars_group_one_bar_per_solid_series() -> None:
    roles = [ChartSeries("Dirección", [50, 60, 70]), ChartSeries("Equipo", [40, None, 90])]
    root = _parse(bar_chart_svg(["A", "B", "C"], roles, "t"))
    bars = root.findall(f"{NS}rect")
    assert len(bars) == 5
    assert len({b.get("fill") for b in bars}) == 2


def test_values_outside_the_scale_stay_inside_the_plot() -> None:
    root = _parse(bar_chart_svg(["A", "B"], [ChartSeries("s", [-20, 250])], "t"))
    assert [float(b.get("width", "0")) for b in root.findall(f"{NS}rect")] == [0, 300]


def test_a_series_may_bring_its_own_colour() -> None:
    svg = bar_chart_svg(["A"], [ChartSeries("s", [50], "solid", "#8b1f5f")], "t")
    assert _parse(svg).find(f"{NS}rect").get("fill") == "#8b1f5f"  # type: ignore[union-attr]


def test_the_same_data_gives_the_same_svg() -> None:
    assert radar_chart_svg(AXES, [SCORES], "t") == radar_chart_svg(AXES, [SCORES], "t")
    ids = {
        _parse(radar_chart_svg(AXES, [s], "t")).get("aria-labelledby") for s in (SCORES, TARGETS)
    }
    assert len(ids) == 2


@pytest.mark.parametrize("chart", CHARTS)
def test_a_frame_drawn_before_for_the_same_axes_changes_nothing(chart) -> None:
    """The grid and labels of a set of axes are drawn once and kept: a chart drawn after others
    of the same axes (other values, scale, or number of bars) equals the one drawn first."""
    two_bars = [SCORES, ChartSeries("Otra", [10.0, 20.0, 30.0, 40.0, 50.0]), TARGETS]
    cases = [([SCORES, TARGETS], 100), (two_bars, 100), ([TARGETS], 100), ([SCORES], 5)]
    fresh = []
    for series, maximum in cases:
        charts._radar_frame.cache_clear()
        charts._bar_frame.cache_clear()
        fresh.append(chart(AXES, series, "t", maximum))
    kept = [chart(AXES, series, "t", maximum) for series, maximum in cases * 2]
    assert kept == fresh * 2
    assert len(set(fresh)) == len(cases)
