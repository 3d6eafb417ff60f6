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

from ..messages import Message, Text, msg
from .failures import DomainError

TWO_PLACES = Decimal("0.01")
# Contract section 10: a value (reported, verified, accepted) that is a number has at most 15 significant
# digits (what a spreadsheet keeps) and an absolute value below 10^15. Digits after the decimal point are
# bounded as well (at most 15), so that no exact rational built from a value (1E-400000000 has one
# significant digit) can grow huge. Other numbers (framework parameters, points) get the same magnitude bound
# and room for 30 digits, so that an exact ratio such as 0.123456789012345678 keeps all of them. A text longer
# than MAX_NUMBER_CHARS is refused before it is parsed.
MAX_SIGNIFICANT_DIGITS = 15
MAX_INTEGER_DIGITS = 15      # |x| < 10^15
MAX_DECIMAL_PLACES = 15
OTHER_MAX_DIGITS = 30        # significant digits and decimal places of numbers that are not values
MAX_NUMBER_CHARS = 100
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?$")  # commas only as thousands separators


class NotANumber(DomainError):
    """The text is not a decimal number."""


class NumberOutOfRange(NotANumber):
    """A number beyond the bounds of contract section 10; the message says which bound."""


def _shown(text: str, limit: int = 40) -> Text:
    text = text.strip()
    if len(text) > limit:
        return msg("'{start}...' ({count} characters)", start=text[:limit], count=len(text))
    return f"'{text}'"


def bounds_problem(value: Decimal, *, digits: int = MAX_SIGNIFICANT_DIGITS,
                   text: str | None = None) -> Message | None:
    """Why ``value`` (written ``text``) is outside the bounds of contract section 10, or ``None`` when it is
    inside.

    Bounds: at most ``digits`` significant digits and decimal places (15 for a value), an absolute value
    below 10^15.
    """
    number = _shown(text) if text is not None else _shown(str(value))
    if not value.is_finite():
        return msg("{number} is not a finite number", number=number)
    if not value:
        return None
    _sign, coefficient, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    end = len(coefficient)
    while end > 1 and coefficient[end - 1] == 0:
        end -= 1
    exponent += len(coefficient) - end     # trailing zeros of the coefficient are not significant
    significant = end
    if significant > digits:
        return msg("{number} has {significant} significant digits; at most {digits} are allowed",
                   number=number, significant=significant, digits=digits)
    if exponent + significant > MAX_INTEGER_DIGITS:
        return msg("{number} is too large: its absolute value must be below 10^15", number=number)
    if exponent < -digits:
        return msg("{number} has more than {digits} digits after the decimal point", number=number, digits=digits)
    return None


def check_bounds(value: Decimal, text: str | None = None, *, digits: int = OTHER_MAX_DIGITS) -> Decimal:
    """``value`` (a zero as plain 0) when it is inside the bounds, else :class:`NumberOutOfRange`.

    ``digits`` is :data:`MAX_SIGNIFICANT_DIGITS` for a value, :data:`OTHER_MAX_DIGITS` for other numbers.
    """
    problem = bounds_problem(value, digits=digits, text=text)
    if problem:
        raise NumberOutOfRange(problem)
    # 0E+400000000 is zero, but converting it to a fraction would still build 10^400000000.
    return value if value else Decimal(0).copy_sign(value)


def parse_value(text: str) -> Decimal:
    """A value (reported, verified, accepted) that is a number, inside the bounds of contract section 10."""
    return parse_decimal(text, digits=MAX_SIGNIFICANT_DIGITS)


def parse_decimal(text: str, *, digits: int = OTHER_MAX_DIGITS) -> Decimal:
    """A decimal from text such as ``"12"``, ``"0.85"``, ``"1,234.5"`` or ``"-3e2"``; never via float.

    The number must be inside the bounds (:func:`bounds_problem`: below 10^15, at most ``digits`` significant
    digits and decimal places); a number outside them raises :class:`NumberOutOfRange`, any other text
    :class:`NotANumber`. Values use :func:`parse_value` (15 digits).
    """
    cleaned = text.strip()
    if len(cleaned) > MAX_NUMBER_CHARS:
        raise NumberOutOfRange(msg("{number} is too long to be a number (at most {count} characters)",
                                   number=_shown(cleaned), count=MAX_NUMBER_CHARS))
    if "," in cleaned:
        # "1,234.5" is a number; "0,85" or "1,5" is not (never silently read as 85 or 15)
        if not _GROUPED.match(cleaned):
            raise NotANumber(msg("{number} is not a number", number=_shown(text)))
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.match(cleaned):
        raise NotANumber(msg("{number} is not a number", number=_shown(text)))
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already rules this out
        raise NotANumber(msg("{number} is not a number", number=_shown(text))) from exc
    if not value.is_finite():
        raise NotANumber(msg("{number} is not a finite number", number=_shown(text)))
    return check_bounds(value, text, digits=digits)


def to_decimal(value: Decimal | int | str | Fraction) -> Decimal:
    """Coerce an exact value to Decimal. Floats are refused on purpose."""
    if isinstance(value, (bool, float)):
        raise TypeError(msg("points are never binary floats"))
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
