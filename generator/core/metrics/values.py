"""Metrics from named numbers: churn, annual customer value, CLV, CAC, the CLV/CAC ratio and
the cost of unprofitable customers."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from selfassess.core.locale import FALLBACK_LANGUAGE, locale
from selfassess.core.metrics.numbers import parse_number
from selfassess.core.metrics.result import MetricError, MetricResult, format_number, text

MAX_INPUT = 1e15
"""Named inputs above this are refused: no spend or count is that large, and results stay finite."""


@dataclass(frozen=True)
class NumberInput:
    name: str
    whole: bool = False
    """A count of customers: a whole number; 1,200 and 1.200 read as 1200."""
    positive: bool = False
    """A denominator: more than zero."""
    percent: bool = False
    """A percentage: at most 100."""


NUMBER_INPUTS: dict[str, tuple[NumberInput, ...]] = {
    "churn": (NumberInput("lost", whole=True), NumberInput("start", whole=True, positive=True)),
    "annual-value": (NumberInput("average_purchase"), NumberInput("purchases_per_year")),
    "clv": (NumberInput("annual_value"), NumberInput("gross_margin", percent=True),
            NumberInput("years")),
    "cac": (NumberInput("spend"), NumberInput("new_customers", whole=True, positive=True)),
    "clv-cac": (NumberInput("clv"), NumberInput("cac", positive=True)),
    "unprofitable-cost": (NumberInput("unprofitable_customers", whole=True),
                          NumberInput("cost_to_serve"), NumberInput("customer_margin")),
}  # fmt: skip
"""The named numbers each metric takes, in the order its formula uses them. CLV also takes
average_purchase and purchases_per_year instead of annual_value."""
CLV_ALTERNATIVE = NUMBER_INPUTS["annual-value"]
"""What CLV takes instead of annual_value: the inputs of the annual value itself."""


def _number(value: object, spec: NumberInput, language: str) -> float:
    """One named input, read (text with a decimal comma accepted) and validated."""
    label = text(language, f"input_{spec.name}")
    shown = str(value).strip() if isinstance(value, str) else str(value)

    def refused(key: str) -> MetricError:
        return MetricError(text(language, key, label=label, text=shown), field=spec.name)

    if value is None or (isinstance(value, str) and not value.strip()):
        raise refused("input_missing")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise refused("input_not_number")
    if isinstance(value, str):
        try:
            number = parse_number(value, whole=spec.whole)
        except ValueError as error:
            raise refused(
                "input_ambiguous" if error.args == ("ambiguous",) else "input_not_number"
            ) from None
    else:
        number = float(value)
    if not math.isfinite(number):
        raise refused("input_not_number")
    if number > MAX_INPUT:
        raise refused("input_too_large")
    if number < 0:
        raise refused("input_negative")
    if spec.whole and number != int(number):
        raise refused("input_not_whole")
    if spec.percent and number > 100:
        raise refused("input_above_100")
    if spec.positive and number == 0:
        raise refused("input_zero")
    return number


def _numbers(values: Iterable[object], specs: Iterable[NumberInput], language: str) -> list[float]:
    """The inputs `values`, in the order of their `specs`, each read and validated."""
    return [_number(value, spec, language) for value, spec in zip(values, specs, strict=True)]


def churn(lost: object, start: object, language: str = FALLBACK_LANGUAGE) -> MetricResult:
    """Churn rate = 100 × customers lost during the period / customers at its start.

    Every input here and below may be a number or text ("1200", "1 200", "45,5").
    """
    lost_n, start_n = _numbers((lost, start), NUMBER_INPUTS["churn"], language)
    if lost_n > start_n:
        raise MetricError(
            text(language, "lost_above_start", lost=format_number(language, lost_n),
                 start=format_number(language, start_n)),
            field="lost",
        )  # fmt: skip
    value = 100 * lost_n / start_n
    display = locale(language).percent(format_number(language, value, 1))
    formula = text(language, "formula_churn", lost=format_number(language, lost_n),
                   start=format_number(language, start_n), value=display)  # fmt: skip
    return MetricResult("churn", value, formula, display=display)


def annual_value(
    average_purchase: object, purchases_per_year: object, language: str = FALLBACK_LANGUAGE
) -> MetricResult:
    """Annual customer value = average value of a purchase × purchases per customer per year."""
    purchase, purchases = _numbers(
        (average_purchase, purchases_per_year), NUMBER_INPUTS["annual-value"], language
    )
    value = purchase * purchases
    display = format_number(language, value)
    formula = text(language, "formula_annual-value", value=display,
                   average_purchase=format_number(language, purchase, 4),
                   purchases=format_number(language, purchases, 4))  # fmt: skip
    return MetricResult("annual-value", value, formula, display=display)


def clv(
    annual_value: object = None,
    gross_margin: object = None,
    years: object = None,
    language: str = FALLBACK_LANGUAGE,
    *,
    average_purchase: object = None,
    purchases_per_year: object = None,
) -> MetricResult:
    """CLV = annual customer value × gross margin % × average years a customer stays.

    On margin, not revenue: what a customer leaves after the cost of what it buys, the amount
    that can be weighed against CAC. Instead of `annual_value`, give `average_purchase` and
    `purchases_per_year`: the formula then shows all four factors.
    """
    from_purchases = annual_value is None and (
        average_purchase is not None or purchases_per_year is not None
    )
    if not from_purchases and (
        annual_value is None or average_purchase is not None or purchases_per_year is not None
    ):
        raise MetricError(text(language, "clv_inputs"))
    margin, years_n = _numbers((gross_margin, years), NUMBER_INPUTS["clv"][1:], language)
    shown = {"margin": locale(language).percent(format_number(language, margin, 4)),
             "years": format_number(language, years_n, 4)}  # fmt: skip
    if from_purchases:
        purchase, purchases = _numbers(
            (average_purchase, purchases_per_year), CLV_ALTERNATIVE, language
        )
        annual = purchase * purchases
        shown |= {"average_purchase": format_number(language, purchase, 4),
                  "purchases": format_number(language, purchases, 4)}  # fmt: skip
        key = "formula_clv_from_purchases"
    else:
        (annual,) = _numbers((annual_value,), NUMBER_INPUTS["clv"][:1], language)
        shown["annual_value"] = format_number(language, annual, 4)
        key = "formula_clv"
    value = annual * margin / 100 * years_n
    display = format_number(language, value)
    return MetricResult("clv", value, text(language, key, value=display, **shown),
                        display=display)  # fmt: skip


def cac(
    spend: object, new_customers: object, language: str = FALLBACK_LANGUAGE
) -> MetricResult:
    """CAC = sales and marketing spend in the period / new customers won in the period."""
    spend_n, new_n = _numbers((spend, new_customers), NUMBER_INPUTS["cac"], language)
    value = spend_n / new_n
    display = format_number(language, value)
    formula = text(language, "formula_cac", spend=format_number(language, spend_n, 4),
                   new_customers=format_number(language, new_n), value=display)  # fmt: skip
    return MetricResult("cac", value, formula, display=display)


def clv_cac(clv: object, cac: object, language: str = FALLBACK_LANGUAGE) -> MetricResult:
    """CLV/CAC = what a customer leaves in margin over the relationship / what winning one costs.

    Below 1, each new customer costs more than it will ever return.
    """
    clv_n, cac_n = _numbers((clv, cac), NUMBER_INPUTS["clv-cac"], language)
    value = clv_n / cac_n
    display = format_number(language, value, 1)
    formula = text(language, "formula_clv-cac", clv=format_number(language, clv_n, 4),
                   cac=format_number(language, cac_n, 4), value=display)  # fmt: skip
    return MetricResult("clv-cac", value, formula, display=display)


def unprofitable_cost(
    unprofitable_customers: object,
    cost_to_serve: object,
    customer_margin: object,
    language: str = FALLBACK_LANGUAGE,
) -> MetricResult:
    """Cost of unprofitable customers = customers whose cost to serve exceeds the margin they
    bring × (average yearly cost to serve one − average yearly gross margin from one).

    What the company loses each year on them: the sum over those customers of (cost to serve −
    margin), written with averages.
    """
    count, cost, margin = _numbers(
        (unprofitable_customers, cost_to_serve, customer_margin),
        NUMBER_INPUTS["unprofitable-cost"], language,
    )  # fmt: skip
    if margin >= cost:
        raise MetricError(
            text(language, "margin_covers_cost", margin=format_number(language, margin),
                 cost=format_number(language, cost)),
            field="customer_margin",
        )  # fmt: skip
    value = count * (cost - margin)
    display = format_number(language, value)
    formula = text(language, "formula_unprofitable-cost", value=display,
                   customers=format_number(language, count),
                   cost=format_number(language, cost, 4),
                   margin=format_number(language, margin, 4))  # fmt: skip
    return MetricResult("unprofitable-cost", value, formula, display=display)
