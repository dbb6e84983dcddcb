"""Metrics from named numbers: churn, annual customer value, CLV and CAC."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from selfassess.core.locale import FALLBACK_LANGUAGE, known, locale
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


NUMBER_INPUTS: dict[str, tuple[NumberInput, ...]] = {
    "churn": (NumberInput("lost", whole=True), NumberInput("start", whole=True, positive=True)),
    "annual-value": (NumberInput("average_purchase"), NumberInput("purchases_per_year")),
    "clv": (NumberInput("annual_value"), NumberInput("years")),
    "cac": (NumberInput("spend"), NumberInput("new_customers", whole=True, positive=True)),
}
"""The named numbers each metric takes, in the order its formula uses them. CLV also takes
average_purchase and purchases_per_year instead of annual_value."""
CLV_ALTERNATIVE = (NumberInput("average_purchase"), NumberInput("purchases_per_year"))


def _number(value: object, spec: NumberInput, language: str) -> float:
    """One named input, read (text with a decimal comma accepted) and validated."""
    label = text(language, f"input_{spec.name}")
    shown = str(value).strip() if isinstance(value, str) else str(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise MetricError(text(language, "input_missing", label=label), field=spec.name)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise MetricError(text(language, "input_not_number", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if isinstance(value, str):
        try:
            number = parse_number(value, whole=spec.whole)
        except ValueError as error:
            key = "input_ambiguous" if error.args == ("ambiguous",) else "input_not_number"
            raise MetricError(text(language, key, label=label, text=shown),
                              field=spec.name) from None  # fmt: skip
    else:
        number = float(value)
    if not math.isfinite(number):
        raise MetricError(text(language, "input_not_number", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if number > MAX_INPUT:
        raise MetricError(text(language, "input_too_large", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if number < 0:
        raise MetricError(text(language, "input_negative", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if spec.whole and number != int(number):
        raise MetricError(text(language, "input_not_whole", label=label, text=shown),
                          field=spec.name)  # fmt: skip
    if spec.positive and number == 0:
        raise MetricError(text(language, "input_zero", label=label), field=spec.name)
    return number


def _numbers(
    name: str, values: Mapping[str, object], specs: Iterable[NumberInput], language: str
) -> list[float]:
    return [_number(values.get(spec.name), spec, language) for spec in specs]


def churn(lost: object, start: object, language: str = FALLBACK_LANGUAGE) -> MetricResult:
    """Churn rate = 100 × customers lost during the period / customers at its start.

    Every input here and below may be a number or text ("1200", "1 200", "45,5").
    """
    language = known(language)
    lost_n, start_n = _numbers("churn", {"lost": lost, "start": start},
                               NUMBER_INPUTS["churn"], language)  # fmt: skip
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
    language = known(language)
    purchase, purchases = _numbers(
        "annual-value",
        {"average_purchase": average_purchase, "purchases_per_year": purchases_per_year},
        NUMBER_INPUTS["annual-value"], language,
    )  # fmt: skip
    value = purchase * purchases
    display = format_number(language, value)
    formula = text(language, "formula_annual-value", value=display,
                   average_purchase=format_number(language, purchase, 4),
                   purchases=format_number(language, purchases, 4))  # fmt: skip
    return MetricResult("annual-value", value, formula, display=display)


def clv(
    annual_value: object = None,
    years: object = None,
    language: str = FALLBACK_LANGUAGE,
    *,
    average_purchase: object = None,
    purchases_per_year: object = None,
) -> MetricResult:
    """CLV = annual customer value × average years a customer stays.

    Instead of `annual_value`, give `average_purchase` and `purchases_per_year`: the
    formula then shows all three factors.
    """
    language = known(language)
    from_purchases = annual_value is None and (
        average_purchase is not None or purchases_per_year is not None
    )
    if from_purchases:
        purchase, purchases = _numbers(
            "clv",
            {"average_purchase": average_purchase, "purchases_per_year": purchases_per_year},
            CLV_ALTERNATIVE, language,
        )  # fmt: skip
        (years_n,) = _numbers("clv", {"years": years}, NUMBER_INPUTS["clv"][1:], language)
        value = purchase * purchases * years_n
        display = format_number(language, value)
        formula = text(language, "formula_clv_from_purchases", value=display,
                       average_purchase=format_number(language, purchase, 4),
                       purchases=format_number(language, purchases, 4),
                       years=format_number(language, years_n, 4))  # fmt: skip
        return MetricResult("clv", value, formula, display=display)
    if annual_value is None or average_purchase is not None or purchases_per_year is not None:
        raise MetricError(text(language, "clv_inputs"))
    annual, years_n = _numbers("clv", {"annual_value": annual_value, "years": years},
                               NUMBER_INPUTS["clv"], language)  # fmt: skip
    value = annual * years_n
    display = format_number(language, value)
    formula = text(language, "formula_clv", annual_value=format_number(language, annual, 4),
                   years=format_number(language, years_n, 4), value=display)  # fmt: skip
    return MetricResult("clv", value, formula, display=display)


def cac(
    spend: object, new_customers: object, language: str = FALLBACK_LANGUAGE
) -> MetricResult:
    """CAC = sales and marketing spend in the period / new customers won in the period."""
    language = known(language)
    spend_n, new_n = _numbers("cac", {"spend": spend, "new_customers": new_customers},
                              NUMBER_INPUTS["cac"], language)  # fmt: skip
    value = spend_n / new_n
    display = format_number(language, value)
    formula = text(language, "formula_cac", spend=format_number(language, spend_n, 4),
                   new_customers=format_number(language, new_n), value=display)  # fmt: skip
    return MetricResult("cac", value, formula, display=display)
