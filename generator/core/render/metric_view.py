"""A calculator's outcome as HTML: the value, its formula, the counts, the malformed rows
and the distribution (the report's bar chart and a table with the same numbers).

The browser's calculators show exactly this, made by the same core as `selfassess metric`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from selfassess.core.metrics import format_number, text
from selfassess.core.render.charts import ChartSeries, bar_chart_svg
from selfassess.core.render.html_report import escape_html, html_figure, html_num, html_table


def metric_body_html(outcome: Mapping[str, Any], language: str) -> str:
    """HTML of `metric_json`'s answer: the result, or the error and the rows at fault."""
    if not outcome["ok"]:
        return _error_html(outcome["error"], outcome["problems"])
    result = outcome["result"]
    parts = [
        f'<p class="sa-metric-value" data-metric-value>{escape_html(result["display"])}</p>',
        f'<p class="sa-metric-formula" data-metric-formula><code>'
        f"{escape_html(result['formula'])}</code></p>",
    ]
    if result["counts"]:
        counts = "".join(
            f'<div class="sa-fact" data-count="{escape_html(key)}"><dt>'
            f"{escape_html(text(language, 'count_' + key))}</dt><dd>{count}</dd></div>"
            for key, count in result["counts"].items()
        )
        parts.append(f'<dl class="sa-facts">{counts}</dl>')
    if result["problems"]:
        parts.append(_problems_html(result["problems"], language))
    if result["distribution"]:
        parts.append(
            _distribution_html(result["distribution"], result["counts"]["valid"], language)
        )
    return "".join(parts)


def _error_html(error: str, problems: list[str]) -> str:
    items = "".join(f"<li>{escape_html(problem)}</li>" for problem in problems)
    listed = f'<ul class="sa-metric-problems" data-metric-problems>{items}</ul>' if items else ""
    return f'<p class="sa-metric-error" data-metric-error>{escape_html(error)}</p>{listed}'


def _problems_html(problems: list[str], language: str) -> str:
    items = "".join(f"<li>{escape_html(problem)}</li>" for problem in problems)
    return (
        f'<p class="sa-metric-problems-title">{escape_html(text(language, "problems_heading"))}</p>'
        f'<ul class="sa-metric-problems" data-metric-problems>{items}</ul>'
    )


def _distribution_html(distribution: list[Mapping[str, int]], valid: int, language: str) -> str:
    """The share of each answer as bars on a 0–100 scale, then the counts as a table."""
    title = text(language, "distribution_heading")
    axes = [str(point["value"]) for point in distribution]
    shares = [100 * point["count"] / valid for point in distribution]
    series = [ChartSeries(text(language, "share_of_valid"), shares)]
    rows = [
        f"<tr><td>{point['value']}</td>{html_num(str(point['count']))}"
        f"{html_num(format_number(language, share, 1))}</tr>"
        for point, share in zip(distribution, shares, strict=True)
    ]
    header = [text(language, key) for key in ("col_answer", "col_count", "col_share")]
    return html_figure("sa-chart-bar", title, bar_chart_svg(axes, series, title)) + html_table(
        "sa-distribution-table", title, header, rows
    )
