"""Inline SVG charts of scores against targets: a radar and a bar chart.

Generic on purpose: a single report draws its scores (solid) and targets (dashed); a team
report draws one solid series per role. Values run from 0 to `maximum`; a missing value
(None) is left out of the drawing, never drawn as zero. Each chart is an accessible image
(`role="img"`, `<title>`, `<desc>` with every number) and well-formed XML.
"""

from __future__ import annotations

import hashlib
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import Literal

from selfassess.core.render.numbers import Numbers

MACHINE = Numbers("en", machine=True)
"""How a chart writes its numbers unless told the reader's language."""

SOLID_COLORS = ("#1f5f8b", "#c2572b", "#3f8f4f", "#7b4fa0", "#a07a1f", "#2b8c8c")
DASHED_COLORS = ("#444444", "#8a5a00", "#6a1b4d")
TEXT_COLOR = "#222222"
GRID_COLOR = "#c8c8c8"
GRID_STEPS = (25, 50, 75, 100)
FONT_SIZE = 12
LINE_HEIGHT = 14
LABEL_WIDTH = 18
"""Characters per line of an axis label; longer labels wrap, up to three lines."""
LABEL_LINES = 3
RADAR_WIDTH, RADAR_CX, RADAR_CY, RADAR_RADIUS = 560, 280, 210, 150
BAR_WIDTH, BAR_LABEL_RIGHT, BAR_PLOT_LEFT, BAR_PLOT_WIDTH = 560, 186, 196, 300
BAR_HEIGHT, BAR_GAP, BAR_ROW_PADDING = 14, 2, 12


@dataclass(frozen=True)
class ChartSeries:
    label: str
    values: Sequence[float | None]
    kind: Literal["solid", "dashed"] = "solid"
    color: str = ""
    """A colour for the series; empty picks one from the palette of its kind."""

    def value(self, index: int) -> float | None:
        """The value on axis `index`; None (missing) past the end of the values."""
        return self.values[index] if index < len(self.values) else None


def radar_chart_svg(
    axes: Sequence[str],
    series: Sequence[ChartSeries],
    title: str,
    maximum: float = 100,
    numbers: Numbers = MACHINE,
) -> str:
    """A radar: one spoke per axis, one closed line per series, broken where a value is missing."""
    legend_top = RADAR_CY + RADAR_RADIUS + LABEL_LINES * LINE_HEIGHT + 36
    height = legend_top + 20 * len(series)
    count = len(axes)
    parts = [_radar_frame(tuple(axes), maximum)]
    for s, color in zip(series, _colors(series), strict=True):
        values = (s.value(i) for i in range(count))
        points = [
            None if v is None else _radar_point(v, i, count, maximum) for i, v in enumerate(values)
        ]
        parts.extend(_radar_series(s, color, points))
    parts.extend(_legend(series, 24, legend_top))
    return _svg(RADAR_WIDTH, height, title, _description(axes, series, numbers), parts)


@lru_cache(maxsize=32)
def _radar_frame(axes: tuple[str, ...], maximum: float) -> str:
    """The rings, their numbers, the spokes and the axis labels: drawn once per set of axes,
    since every report of a bank has the same (the results view redraws its chart often)."""
    cx, cy, radius, count = RADAR_CX, RADAR_CY, RADAR_RADIUS, len(axes)
    parts = []
    for step in GRID_STEPS:
        ring = [_radar_point(step * maximum / 100, i, count, maximum) for i in range(count)]
        if count >= 3:
            parts.append(_shape("polygon", ring, stroke=GRID_COLOR, fill="none"))
        else:
            parts.append(
                f'<circle cx="{cx}" cy="{cy}" r="{_num(radius * step / 100)}" '
                f'fill="none" stroke="{GRID_COLOR}"/>'
            )
        parts.append(
            _text(
                cx + 4,
                cy - radius * step / 100 + 11,
                _tick(step * maximum / 100),
                "start",
                10,
            )
        )
    for i, axis in enumerate(axes):
        x, y = _radar_point(maximum, i, count, maximum)
        parts.append(_line(cx, cy, x, y, stroke=GRID_COLOR))
        parts.append(_axis_label(axis, *_label_anchor(cx, cy, x, y)))
    return "".join(parts)


def _radar_point(value: float, index: int, count: int, maximum: float) -> tuple[float, float]:
    """Where `value` lies on the spoke of axis `index` of `count`."""
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = RADAR_RADIUS * _clamp(value, maximum) / maximum
    return RADAR_CX + r * math.cos(angle), RADAR_CY + r * math.sin(angle)


def bar_chart_svg(
    axes: Sequence[str],
    series: Sequence[ChartSeries],
    title: str,
    maximum: float = 100,
    numbers: Numbers = MACHINE,
) -> str:
    """Horizontal bars: one bar per solid series in each row, dashed series as marker lines."""
    bars = [s for s in series if s.kind == "solid"]
    colors = dict(zip(map(id, series), _colors(series), strict=True))

    def x_of(value: float) -> float:
        return BAR_PLOT_LEFT + BAR_PLOT_WIDTH * _clamp(value, maximum) / maximum

    frame, rows, plot_bottom = _bar_frame(tuple(axes), len(bars), maximum)
    parts = [frame]
    for i, label, top, row_height in rows:
        parts.append(label)
        for b, s in enumerate(bars):
            value = s.value(i)
            bar_top = top + b * (BAR_HEIGHT + BAR_GAP)
            if value is None:
                parts.append(
                    _text(BAR_PLOT_LEFT + 4, bar_top + BAR_HEIGHT - 3, numbers.shown(None), "start")
                )
                continue
            parts.append(
                f'<rect x="{BAR_PLOT_LEFT}" y="{bar_top}" '
                f'width="{_num(x_of(value) - BAR_PLOT_LEFT)}" '
                f'height="{BAR_HEIGHT}" fill="{_attr(colors[id(s)])}"/>'
            )
            parts.append(
                _text(x_of(value) + 4, bar_top + BAR_HEIGHT - 3, numbers.shown(value), "start")
            )
        for s in series:
            value = s.value(i)
            if s.kind == "dashed" and value is not None:
                x, bottom = x_of(value), top + row_height - BAR_ROW_PADDING + 2
                parts.append(
                    _line(x, top - 2, x, bottom, **_stroke(s, colors[id(s)]), stroke_width="2")
                )
    legend_top = plot_bottom + 24
    parts.extend(_legend(series, 24, legend_top))
    description = _description(axes, series, numbers)
    return _svg(BAR_WIDTH, legend_top + 20 * len(series), title, description, parts)


@lru_cache(maxsize=32)
def _bar_frame(
    axes: tuple[str, ...], bar_count: int, maximum: float
) -> tuple[str, tuple[tuple[int, str, int, int], ...], int]:
    """The grid with its numbers, and each row's (index, label, top, height), and the plot's
    bottom: drawn once per set of axes and number of bars, like the radar's frame."""
    y = 28
    rows = []
    for i, axis in enumerate(axes):
        lines = _wrap(axis)
        row_height = (
            max(bar_count * (BAR_HEIGHT + BAR_GAP), len(lines) * LINE_HEIGHT) + BAR_ROW_PADDING
        )
        rows.append((i, _lines(BAR_LABEL_RIGHT, y + FONT_SIZE, lines, "end"), y, row_height))
        y += row_height
    parts = []
    for step in (0, *GRID_STEPS):
        x = BAR_PLOT_LEFT + BAR_PLOT_WIDTH * step / 100
        parts.append(_line(x, 22, x, y, stroke=GRID_COLOR))
        parts.append(_text(x, 16, _tick(step * maximum / 100), "middle", 10))
    return "".join(parts), tuple(rows), y


def _radar_series(
    series: ChartSeries, color: str, points: list[tuple[float, float] | None]
) -> list[str]:
    """The series' closed line when every value is there, else the runs of neighbours that are."""
    style = {**_stroke(series, color), "stroke_width": "2"}
    present = [p for p in points if p is not None]
    if len(points) >= 3 and len(present) == len(points):
        fill = "none" if series.kind == "dashed" else color
        parts = [_shape("polygon", present, fill=fill, fill_opacity="0.15", **style)]
    else:
        parts = [
            _shape("polyline", run, fill="none", **style) for run in _runs(points) if len(run) > 1
        ]
    if series.kind == "solid":
        parts += [
            f'<circle cx="{_num(x)}" cy="{_num(y)}" r="3" fill="{_attr(color)}"/>'
            for x, y in present
        ]
    return parts


def _runs(points: list[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """Consecutive present points, going round: the last axis neighbours the first."""
    if all(p is None for p in points):
        return []
    start = next((i for i, p in enumerate(points) if p is None), 0)
    runs: list[list[tuple[float, float]]] = [[]]
    for offset in range(1, len(points) + 1):
        p = points[(start + offset) % len(points)]
        if p is None:
            runs.append([])
        else:
            runs[-1].append(p)
    return [run for run in runs if run]


def _label_anchor(cx: float, cy: float, x: float, y: float) -> tuple[float, float, str, int]:
    """Where an axis label sits beyond the tip of its spoke, and which way it reads."""
    dx, dy = x - cx, y - cy
    length = math.hypot(dx, dy) or 1
    lx, ly = x + 12 * dx / length, y + 12 * dy / length
    anchor = "start" if dx / length > 0.3 else "end" if dx / length < -0.3 else "middle"
    vertical = -1 if dy / length < -0.3 else 1 if dy / length > 0.3 else 0
    return lx, ly, anchor, vertical


def _axis_label(label: str, x: float, y: float, anchor: str, vertical: int) -> str:
    lines = _wrap(label)
    if vertical < 0:
        first = y - (len(lines) - 1) * LINE_HEIGHT
    elif vertical > 0:
        first = y + FONT_SIZE
    else:
        first = y + FONT_SIZE / 2 - (len(lines) - 1) * LINE_HEIGHT / 2
    return _lines(x, first, lines, anchor)


def _wrap(label: str) -> list[str]:
    lines = textwrap.wrap(label, LABEL_WIDTH) or [""]
    if len(lines) > LABEL_LINES:
        lines = [*lines[: LABEL_LINES - 1], lines[LABEL_LINES - 1][: LABEL_WIDTH - 1] + "…"]
    return lines


def _lines(x: float, first_baseline: float, lines: Sequence[str], anchor: str) -> str:
    spans = "".join(
        f'<tspan x="{_num(x)}" y="{_num(first_baseline + k * LINE_HEIGHT)}">{escape(line)}</tspan>'
        for k, line in enumerate(lines)
    )
    return f'<text text-anchor="{anchor}" fill="{TEXT_COLOR}">{spans}</text>'


def _legend(series: Sequence[ChartSeries], left: float, top: float) -> list[str]:
    parts = []
    for k, (s, color) in enumerate(zip(series, _colors(series), strict=True)):
        y = top + 20 * k
        width = "3" if s.kind == "solid" else "2"
        parts.append(_line(left, y, left + 28, y, **_stroke(s, color), stroke_width=width))
        parts.append(_text(left + 36, y + 4, s.label, "start"))
    return parts


def _colors(series: Sequence[ChartSeries]) -> list[str]:
    solid = dashed = 0
    colors = []
    for s in series:
        if s.kind == "dashed":
            colors.append(s.color or DASHED_COLORS[dashed % len(DASHED_COLORS)])
            dashed += 1
        else:
            colors.append(s.color or SOLID_COLORS[solid % len(SOLID_COLORS)])
            solid += 1
    return colors


def _description(axes: Sequence[str], series: Sequence[ChartSeries], numbers: Numbers) -> str:
    """Every number of the chart in words, for readers who cannot see it."""
    return "; ".join(
        f"{s.label}: "
        + ", ".join(f"{axis} {numbers.shown(s.value(i))}" for i, axis in enumerate(axes))
        for s in series
    )


def _svg(width: float, height: float, title: str, description: str, parts: Sequence[str]) -> str:
    uid = (
        "sa-chart-"
        + hashlib.sha256("\n".join([title, description]).encode("utf-8")).hexdigest()[:10]
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sa-chart-svg" role="img" '
        f'viewBox="0 0 {_num(width)} {_num(height)}" width="{_num(width)}" height="{_num(height)}" '
        f'aria-labelledby="{uid}-title {uid}-desc" font-family="system-ui, sans-serif" '
        f'font-size="{FONT_SIZE}">'
        f'<title id="{uid}-title">{escape(title)}</title>'
        f'<desc id="{uid}-desc">{escape(description)}</desc>' + "".join(parts) + "</svg>"
    )


def _shape(tag: str, points: Sequence[tuple[float, float]], **attributes: str) -> str:
    coordinates = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    return f'<{tag} points="{coordinates}"{_attributes(attributes)}/>'


def _line(x1: float, y1: float, x2: float, y2: float, **attributes: str) -> str:
    ends = f'x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}"'
    return f"<line {ends}{_attributes(attributes)}/>"


def _stroke(series: ChartSeries, color: str) -> dict[str, str]:
    """How a series' lines are stroked: its colour, dashed for a dashed series."""
    if series.kind == "dashed":
        return {"stroke": color, "stroke_dasharray": "6 4"}
    return {"stroke": color}


def _attributes(attributes: dict[str, str]) -> str:
    return "".join(
        f' {name.replace("_", "-")}="{_attr(value)}"' for name, value in attributes.items()
    )


def _text(x: float, y: float, content: str, anchor: str, size: int = FONT_SIZE) -> str:
    font = "" if size == FONT_SIZE else f' font-size="{size}"'
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" fill="{TEXT_COLOR}"{font}>'
        f"{escape(content)}</text>"
    )


def _tick(value: float) -> str:
    """A grid line's number: "25", or "2.5" when the scale needs a decimal."""
    return f"{value:g}"


def _clamp(value: float, maximum: float) -> float:
    return min(max(value, 0.0), maximum)


def _num(value: float) -> str:
    """A coordinate, short and the same on every platform."""
    return f"{value:.1f}".removesuffix(".0")


def _attr(value: str) -> str:
    return escape(value, quote=True)
