"""The registry of metrics and the entry points of the CLI and the browser's worker."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from selfassess.core.locale import FALLBACK_LANGUAGE
from selfassess.core.metrics.columns import survey_from_text
from selfassess.core.metrics.result import MetricError, MetricResult, text
from selfassess.core.metrics.survey import SCALES, ces, csat, nps
from selfassess.core.metrics.values import (
    CLV_ALTERNATIVE,
    NUMBER_INPUTS,
    annual_value,
    cac,
    churn,
    clv,
    clv_cac,
    unprofitable_cost,
)

METRICS: dict[str, Callable[..., MetricResult]] = {
    "csat": csat,
    "nps": nps,
    "ces": ces,
    "churn": churn,
    "annual-value": annual_value,
    "clv": clv,
    "cac": cac,
    "clv-cac": clv_cac,
    "unprofitable-cost": unprofitable_cost,
}
"""Every metric by name. Survey metrics take (answers, language); the others take their
NUMBER_INPUTS by keyword, plus language."""


def _known(name: str, language: str) -> None:
    if name not in METRICS:
        raise MetricError(text(language, "unknown_metric", name=name, names=", ".join(METRICS)))


def metric_from_values(
    name: str, values: Mapping[str, object], language: str = FALLBACK_LANGUAGE
) -> MetricResult:
    """A number metric from its named inputs (numbers, or text as people type them)."""
    _known(name, language)
    if name in SCALES:
        raise MetricError(text(language, "not_survey", metric=name.upper()))
    accepted = [i.name for i in NUMBER_INPUTS[name]]
    if name == "clv":
        accepted += [i.name for i in CLV_ALTERNATIVE]
    for key in values:
        if key not in accepted:
            raise MetricError(text(language, "input_unknown", name=key, metric=name,
                                   names=", ".join(accepted)))  # fmt: skip
    present = {k: v for k, v in values.items() if v is not None and v != ""}
    if name == "clv":
        return clv(language=language, **present)
    return METRICS[name](language=language, **{k: values.get(k) for k in accepted})


def _named_values(text_: str, language: str) -> dict[str, str]:
    values = {}
    for number, line in enumerate(text_.splitlines(), start=1):
        if not line.strip():
            continue
        match = re.fullmatch(r"\s*([A-Za-z][\w -]*?)\s*[=:]\s*(.*?)\s*", line)
        if match is None:
            raise MetricError(text(language, "input_bad_line", line=number, text=line.strip()))
        key, value = match.groups()
        values[key.lower().replace("-", "_").replace(" ", "_")] = value
    return values


def metric_from_text(
    name: str, text_: str, column: str | int | None = None, language: str = FALLBACK_LANGUAGE
) -> MetricResult:
    """Any metric from text: survey metrics from a column of answers (see `read_column`),
    number metrics from lines NAME = NUMBER (e.g. "lost = 90" and "start = 1200").

    Raises MetricError (a ValueError) whose message says what to fix, in `language`.
    """
    _known(name, language)
    if name in SCALES:
        return survey_from_text(name, text_, column, language)
    return metric_from_values(name, _named_values(text_, language), language)


def metric_json(
    name: str,
    text_: str = "",
    column: str | int | None = None,
    language: str = FALLBACK_LANGUAGE,
    values: Mapping[str, object] | None = None,
) -> dict[str, Any]:
    """For the browser's worker: never raises on bad input; plain data to send as JSON.

    {"ok": true, "result": {...}} or {"ok": false, "error": message, "problems": [...],
    "field": input name or null}. With `values`, a number metric from named inputs.
    """
    try:
        if values is not None:
            result = metric_from_values(name, values, language)
        else:
            result = metric_from_text(name, text_, column, language)
    except MetricError as error:
        return {"ok": False, "error": error.message, "problems": list(error.problems),
                "field": error.field}  # fmt: skip
    return {"ok": True, "result": result.to_json()}


def describe_metrics(language: str = FALLBACK_LANGUAGE) -> list[dict[str, Any]]:
    """What a calculator page needs to draw its forms: names, titles, scales, input labels."""
    described: list[dict[str, Any]] = []
    for name in METRICS:
        entry: dict[str, Any] = {"name": name, "title": text(language, f"title_{name}")}
        if name in SCALES:
            entry |= {"kind": "survey", "scale": [SCALES[name].low, SCALES[name].high]}
        else:
            entry |= {
                "kind": "numbers",
                "inputs": [
                    {"name": i.name, "label": text(language, f"input_{i.name}"),
                     "whole": i.whole, "positive": i.positive}
                    for i in NUMBER_INPUTS[name]
                ],
            }  # fmt: skip
        described.append(entry)
    return described
