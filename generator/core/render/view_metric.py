"""A calculator's outcome in one language: what every format of a metric report shows.

Built from `metric_json`'s answer (what the browser's worker has): the value, its formula,
the counts, the malformed rows and the distribution, or the error and the rows at fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from selfassess.core.metrics import format_number, text


@dataclass(frozen=True)
class CountView:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class PointView:
    value: int
    count: int
    share: float
    """The share of the valid answers, 0–100."""
    share_text: str


@dataclass(frozen=True)
class MetricView:
    kind: ClassVar[str] = "metric"
    language: str
    ok: bool
    name: str
    value: float | None
    display: str
    formula: str
    error: str
    field: str | None
    """The named input at fault, when the error has one."""
    counts: tuple[CountView, ...]
    problems: tuple[str, ...]
    """The malformed rows of a result, or the rows at fault of an error."""
    distribution: tuple[PointView, ...]

    def label(self, key: str) -> str:
        """A heading or column label of the metrics strings, in the view's language."""
        return text(self.language, key)


def metric_view(outcome: Mapping[str, Any], language: str) -> MetricView:
    """The view of `metric_json`'s answer, labels in `language`."""
    if not outcome["ok"]:
        return MetricView(
            language=language, ok=False, name="", value=None, display="", formula="",
            error=outcome["error"], field=outcome.get("field"), counts=(),
            problems=tuple(outcome["problems"]), distribution=(),
        )  # fmt: skip
    result = outcome["result"]
    counts = result["counts"]
    points = result["distribution"]
    shares = [100 * point["count"] / counts["valid"] for point in points]
    return MetricView(
        language=language,
        ok=True,
        name=result["name"],
        value=result["value"],
        display=result["display"],
        formula=result["formula"],
        error="",
        field=None,
        counts=tuple(CountView(k, text(language, "count_" + k), n) for k, n in counts.items()),
        problems=tuple(result["problems"]),
        distribution=tuple(
            PointView(p["value"], p["count"], share, format_number(language, share, 1))
            for p, share in zip(points, shares, strict=True)
        ),
    )
