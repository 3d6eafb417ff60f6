"""Exact arithmetic for points.

Points are :class:`~decimal.Decimal` at every boundary. Inside a computation ratios and means are kept as
:class:`~fractions.Fraction` (exact rationals built from decimals), so that a division such as 1/3 is not
rounded twice; the one rounding is half-up to two decimals per indicator, as the contract asks. A binary
float never touches a point: :func:`to_decimal` refuses ``float``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

TWO_PLACES = Decimal("0.01")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?$")  # commas only as thousands separators


class NotANumber(ValueError):
    """The text is not a decimal number."""


def parse_decimal(text: str) -> Decimal:
    """A decimal from text such as ``"12"``, ``"0.85"``, ``"1,234.5"`` or ``"-3e2"``; never via float."""
    cleaned = text.strip()
    if "," in cleaned:
        # "1,234.5" is a number; "0,85" or "1,5" is not (never silently read as 85 or 15)
        if not _GROUPED.match(cleaned):
            raise NotANumber(f"'{text}' is not a number")
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.match(cleaned):
        raise NotANumber(f"'{text}' is not a number")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already rules this out
        raise NotANumber(f"'{text}' is not a number") from exc
    if not value.is_finite():
        raise NotANumber(f"'{text}' is not a finite number")
    return value


def to_decimal(value: Decimal | int | str | Fraction) -> Decimal:
    """Coerce an exact value to Decimal. Floats are refused on purpose."""
    if isinstance(value, (bool, float)):
        raise TypeError("points are never binary floats")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Fraction):
        return round_half_up(value)
    return parse_decimal(value)


def round_half_up(value: Fraction | Decimal | int) -> Decimal:
    """Round an exact value half-up (away from zero at .5) to two decimals."""
    frac = Fraction(value)
    sign = -1 if frac < 0 else 1
    scaled = abs(frac) * 100
    cents = (scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2)
    return (Decimal(sign * cents) / 100).quantize(TWO_PLACES)


def fmt2(value: Decimal) -> str:
    """Exactly two decimals, as in the results JSON (``"1523.40"``)."""
    return str(value.quantize(TWO_PLACES))


def canonical_decimal(value: Decimal) -> str:
    """The shortest plain text for a decimal (``30``, ``0.85``), so equal numbers print equal."""
    if value == value.to_integral_value():
        return str(int(value))
    # Strip the trailing zeros from the text: normalize() would round to the context's 28 digits.
    return format(value, "f").rstrip("0")


def sum_decimals(values: list[Decimal]) -> Decimal:
    total = Decimal(0)
    for v in values:
        total += v
    return total.quantize(TWO_PLACES)
