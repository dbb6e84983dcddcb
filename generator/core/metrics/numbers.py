"""Numbers as people type them into a calculator: 45, 45,5, 1 200, 1.200,50, 1,200.50."""

from __future__ import annotations

import re

MAX_NUMBER_CHARS = 40
_GROUPING_SPACES = "\u00a0\u202f\u2009 "

_INTEGER = re.compile(r"[+-]?\d+")
_ONE_MARK = re.compile(r"([+-]?)(\d*)([.,])(\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})*")
_GROUPED_DECIMAL = re.compile(
    r"[+-]?\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})*(?P<decimal>[.,])\d+"
)
_SPACE_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[" + _GROUPING_SPACES + r"]\d{3})+(?:[.,]\d+)?")


def parse_number(text: str, *, whole: bool = False) -> float:
    """A number as people type it: 45, 45.5, 45,5, 1 200, 1.200,50, 1,200.50.

    A single `.` or `,` followed by exactly three digits (1,200 or 1.200) is a thousands
    separator when `whole` (counts cannot be 1.2) and ambiguous otherwise. Raises
    ValueError("not_a_number" | "ambiguous") when the text is not a plain number.
    """
    s = text.strip()
    if len(s) > MAX_NUMBER_CHARS:
        raise ValueError("not_a_number")
    if _SPACE_GROUPED.fullmatch(s):
        s = re.sub("[" + _GROUPING_SPACES + "]", "", s)
        if re.search(r"[.,]\d{3}$", s):  # 1 200.000: a decimal part or one more group?
            raise ValueError("ambiguous")
    if _INTEGER.fullmatch(s):
        return float(int(s))
    match = _GROUPED_DECIMAL.fullmatch(s)
    if match and match["mark"] != match["decimal"]:
        return float(s.replace(match["mark"], "").replace(match["decimal"], "."))
    one = _ONE_MARK.fullmatch(s)
    if one:
        sign, integer, _, fraction = one.groups()
        looks_grouped = len(fraction) == 3 and 1 <= len(integer) <= 3 and integer[0] != "0"
        if looks_grouped:
            if not whole:
                raise ValueError("ambiguous")
            return float(sign + integer + fraction)
        return float(f"{sign}{integer or '0'}.{fraction}")
    if _GROUPED.fullmatch(s):
        match = _GROUPED.fullmatch(s)
        assert match is not None
        return float(s.replace(match["mark"], ""))
    raise ValueError("not_a_number")
