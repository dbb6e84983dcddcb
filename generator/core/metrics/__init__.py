"""Customer-experience metric calculators: CSAT, NPS, CES, churn, annual value, CLV and CAC.

Standard library only: the CLI (`selfassess metric`) and the calculator page (Pyodide in
a Web Worker) call the same functions. They take text and plain numbers and return a
`MetricResult`, whose `to_json()` is plain data. The definitions and worked examples are
those of the guide pages docs/en/guides/metrics.md and docs/es/guias/metricas.md.

One module a job: `numbers` reads numbers as people type them, `survey` computes CSAT, NPS
and CES from answers, `columns` reads a column of answers from text or CSV, `values` computes
the metrics of named numbers, `entry` holds the registry and the CLI's and browser's entries,
and `result` what they give back and their words.
"""

from selfassess.core.metrics.columns import read_column, survey_from_text
from selfassess.core.metrics.entry import (
    METRICS,
    describe_metrics,
    metric_from_text,
    metric_from_values,
    metric_json,
)
from selfassess.core.metrics.numbers import parse_number
from selfassess.core.metrics.result import MetricError, MetricResult, format_number, text
from selfassess.core.metrics.survey import MAX_LISTED_PROBLEMS, SCALES, ces, csat, nps
from selfassess.core.metrics.values import NUMBER_INPUTS, annual_value, cac, churn, clv

__all__ = [
    "MAX_LISTED_PROBLEMS",
    "METRICS",
    "NUMBER_INPUTS",
    "SCALES",
    "MetricError",
    "MetricResult",
    "annual_value",
    "cac",
    "ces",
    "churn",
    "clv",
    "csat",
    "describe_metrics",
    "format_number",
    "metric_from_text",
    "metric_from_values",
    "metric_json",
    "nps",
    "parse_number",
    "read_column",
    "survey_from_text",
    "text",
]
