"""Exact numbers: half-up rounding to two decimals, two-decimal text, decimals parsed without floats."""

from decimal import Decimal
from fractions import Fraction

import pytest

from smartcert_desktop.domain.numbers import (
    NotANumber,
    canonical_decimal,
    fmt2,
    parse_decimal,
    round_half_up,
    sum_decimals,
    to_decimal,
)

D = Decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # .xx5 always goes up (away from zero); banker's rounding would give 2.66, 0.12, 0.00, 24.00, 8.32
        (D("2.675"), "2.68"),
        (D("2.665"), "2.67"),
        (D("0.125"), "0.13"),
        (D("0.135"), "0.14"),
        (D("0.005"), "0.01"),
        (D("24.005"), "24.01"),
        (D("8.325"), "8.33"),
        # just below the half: down
        (D("0.004999"), "0.00"),
        (D("2.67499999"), "2.67"),
        # just above: up
        (D("2.665000001"), "2.67"),
        # negatives round away from zero at the half
        (D("-2.675"), "-2.68"),
        (D("-0.005"), "-0.01"),
        (D("-0.004"), "0.00"),
        # already on the grid
        (D("1523.4"), "1523.40"),
        (D("0"), "0.00"),
        (7, "7.00"),
        # exact thirds: 1/3 = 0.333.. -> 0.33, 2/3 = 0.666.. -> 0.67, 100/3 = 33.333.. -> 33.33,
        # 200/3 = 66.666.. -> 66.67, 55/3 = 18.333.. -> 18.33
        (Fraction(1, 3), "0.33"),
        (Fraction(2, 3), "0.67"),
        (Fraction(100, 3), "33.33"),
        (Fraction(200, 3), "66.67"),
        (Fraction(55, 3), "18.33"),
        # 1/8 = 0.125 exactly -> 0.13; 1/200 = 0.005 -> 0.01; 1/7*9 = 1.285714.. -> 1.29
        (Fraction(1, 8), "0.13"),
        (Fraction(1, 200), "0.01"),
        (Fraction(9, 7), "1.29"),
    ],
)
def test_round_half_up(value: object, expected: str) -> None:
    result = round_half_up(value)  # type: ignore[arg-type]
    assert isinstance(result, Decimal)
    assert str(result) == expected


def test_round_half_up_always_two_places() -> None:
    assert round_half_up(D("5")).as_tuple().exponent == -2
    assert round_half_up(Fraction(10, 4)).as_tuple().exponent == -2  # 2.5 -> "2.50"
    assert str(round_half_up(Fraction(10, 4))) == "2.50"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("1523.4"), "1523.40"),
        (D("2000"), "2000.00"),
        (D("0"), "0.00"),
        (D("30.00"), "30.00"),
        (D("1E+3"), "1000.00"),
        (D("-12.5"), "-12.50"),
        (D("0.1"), "0.10"),
    ],
)
def test_fmt2(value: Decimal, expected: str) -> None:
    assert fmt2(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", D("12")),
        ("0.85", D("0.85")),
        ("  0.85  ", D("0.85")),
        ("1,234.5", D("1234.5")),
        ("-3e2", D("-300")),
        ("+7", D("7")),
        (".5", D("0.5")),
        ("5.", D("5")),
        ("0.1", D("0.1")),  # exactly one tenth, not the binary double 0.1000000000000000055...
    ],
)
def test_parse_decimal(text: str, expected: Decimal) -> None:
    value = parse_decimal(text)
    assert isinstance(value, Decimal)
    assert value == expected


def test_parse_decimal_is_exact() -> None:
    assert parse_decimal("0.1") + parse_decimal("0.2") == D("0.3")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "1.2.3", "12abc", "--1", "0x10", "1e", "e5", "NaN", "nan", "Infinity", "inf", "-inf",
     "1 2", "½", "3/5", "%"],
)
def test_parse_decimal_refuses_junk(text: str) -> None:
    with pytest.raises(NotANumber) as info:
        parse_decimal(text)
    assert "number" in str(info.value)


def test_not_a_number_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_decimal("junk")


def test_to_decimal_refuses_float_and_bool() -> None:
    with pytest.raises(TypeError):
        to_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_decimal(2.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_decimal(True)


def test_to_decimal_exact_inputs() -> None:
    assert to_decimal(D("0.85")) == D("0.85")
    assert to_decimal(3) == D(3)
    assert to_decimal("1,000") == D(1000)
    # a fraction is rounded half-up to two decimals: 1/8 = 0.125 -> 0.13
    assert str(to_decimal(Fraction(1, 8))) == "0.13"
    with pytest.raises(NotANumber):
        to_decimal("twelve")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(D("30"), "30"), (D("30.00"), "30"), (D("0.85"), "0.85"), (D("0.850"), "0.85"), (D("1E+2"), "100"),
     (D("-0.5"), "-0.5"), (D("0"), "0"), (D("0.00"), "0")],
)
def test_canonical_decimal(value: Decimal, expected: str) -> None:
    assert canonical_decimal(value) == expected


def test_sum_decimals() -> None:
    # 0.1 + 0.2 + 33.33 = 33.63 exactly
    assert str(sum_decimals([D("0.1"), D("0.2"), D("33.33")])) == "33.63"
    assert str(sum_decimals([])) == "0.00"


@pytest.mark.parametrize(("text", "expected"), [("1,000", D(1000)), ("-1,234", D(-1234)),
                                                ("1,000,000.25", D("1000000.25")), ("12,345", D(12345))])
def test_parse_decimal_thousands_separators(text: str, expected: Decimal) -> None:
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["1,5", "0,85", "1,2,3", "12,34", "1,,000", ",5", "1,000.5,0", "1234,567"])
def test_parse_decimal_refuses_commas_that_are_not_thousands_separators(text: str) -> None:
    # "0,85" is not eighty-five: a comma that does not separate groups of three digits is refused
    with pytest.raises(NotANumber):
        parse_decimal(text)
