"""Aggregation policies of contract section 8 on hand-made panels."""

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

import pytest

from smartcert_desktop.domain.aggregation import (
    QualitativeAggregate,
    aggregate_qualitative,
    mean,
    median,
    pick_highest_lowest,
)

D = Decimal


Rows = Mapping[str, tuple[str, ...]]


def panel(rows: Rows, codes: tuple[str, ...] = ("S1", "S2")) -> dict[str, dict[str, Decimal]]:
    return {e: {c: D(v) for c, v in zip(codes, values, strict=True)} for e, values in rows.items()}


def agg(policy: str, rows: Rows, trim_min: int = 5,
        codes: tuple[str, ...] = ("S1", "S2")) -> QualitativeAggregate:
    return aggregate_qualitative(policy, trim_min, panel(rows, codes), list(codes))


# --- trimmed_total ---------------------------------------------------------------------------------------

def test_trimmed_total_five_distinct_totals() -> None:
    rows = {
        "E1": ("25", "12"),  # total 37  highest -> dropped
        "E2": ("20", "12"),  # total 32
        "E3": ("20", "9"),   # total 29
        "E4": ("15", "12"),  # total 27
        "E5": ("10", "9"),   # total 19  lowest -> dropped
    }
    result = agg("trimmed_total", rows)
    # S1: (20 + 20 + 15) / 3 = 55/3 = 18.333.. -> 18.33
    # S2: (12 + 9 + 12) / 3 = 33/3 = 11.00
    assert result.points == {"S1": D("18.33"), "S2": D("11.00")}
    assert result.dropped == {"S1": frozenset({"E1", "E5"}), "S2": frozenset({"E1", "E5"})}
    assert result.evaluator_totals == {"E1": 37, "E2": 32, "E3": 29, "E4": 27, "E5": 19}


def test_trimmed_total_drops_whole_evaluators_not_per_indicator_extremes() -> None:
    rows = {
        "E1": ("25", "3"),   # total 28 (highest on S1 but not dropped)
        "E2": ("20", "15"),  # total 35 highest -> dropped
        "E3": ("15", "12"),  # total 27
        "E4": ("15", "9"),   # total 24
        "E5": ("5", "15"),   # total 20 lowest -> dropped
    }
    result = agg("trimmed_total", rows)
    # kept E1, E3, E4
    # S1: (25 + 15 + 15) / 3 = 55/3 -> 18.33;  S2: (3 + 12 + 9) / 3 = 8.00
    assert result.points == {"S1": D("18.33"), "S2": D("8.00")}


def test_trimmed_total_tie_at_the_top() -> None:
    rows = {
        "E1": ("20", "9"),   # total 29 (tied highest)
        "E2": ("15", "14"),  # total 29 (tied highest)
        "E3": ("20", "6"),   # total 26
        "E4": ("15", "9"),   # total 24
        "E5": ("10", "6"),   # total 16 lowest
    }
    result = agg("trimmed_total", rows)
    # among equal highest totals E1 sorts first: E1 dropped as highest, E2 remains; E5 dropped as lowest
    assert result.dropped["S1"] == frozenset({"E1", "E5"})
    # kept E2, E3, E4: S1 (15 + 20 + 15)/3 = 50/3 = 16.666.. -> 16.67
    #                   S2 (14 + 6 + 9)/3 = 29/3 = 9.666.. -> 9.67
    assert result.points == {"S1": D("16.67"), "S2": D("9.67")}


def test_trimmed_total_tie_at_the_bottom() -> None:
    rows = {
        "E1": ("25", "15"),  # 40 highest
        "E2": ("20", "12"),  # 32
        "E3": ("20", "9"),   # 29
        "E4": ("10", "9"),   # 19 tied lowest, sorts first -> dropped
        "E5": ("15", "4"),   # 19 tied lowest, remains
    }
    result = agg("trimmed_total", rows)
    assert result.dropped["S1"] == frozenset({"E1", "E4"})
    # kept E2, E3, E5: S1 (20 + 20 + 15)/3 = 55/3 -> 18.33; S2 (12 + 9 + 4)/3 = 25/3 = 8.333.. -> 8.33
    assert result.points == {"S1": D("18.33"), "S2": D("8.33")}


def test_trimmed_total_all_equal_totals() -> None:
    rows = {
        "E3": ("20", "10"),
        "E1": ("25", "5"),
        "E5": ("10", "20"),
        "E2": ("15", "15"),
        "E4": ("5", "25"),
    }
    result = agg("trimmed_total", rows)
    # every total is 30: E1 (sorts first) dropped as highest, E2 (first of the rest) as lowest
    assert result.dropped["S1"] == frozenset({"E1", "E2"})
    # kept E3, E4, E5: S1 (20 + 5 + 10)/3 = 35/3 = 11.666.. -> 11.67; S2 (10 + 25 + 20)/3 = 55/3 -> 18.33
    assert result.points == {"S1": D("11.67"), "S2": D("18.33")}


def test_trimmed_total_ids_compare_as_plain_strings() -> None:
    rows = {
        "E9": ("25", "10"),   # 35 tied highest
        "E10": ("15", "20"),  # 35 tied highest; "E10" < "E9" as strings, so E10 is dropped
        "E2": ("20", "10"),   # 30
        "E3": ("10", "10"),   # 20
        "E11": ("5", "5"),    # 10 lowest
    }
    result = agg("trimmed_total", rows)
    assert result.dropped["S1"] == frozenset({"E10", "E11"})
    # kept E9, E2, E3: S1 (25 + 20 + 10)/3 = 55/3 -> 18.33; S2 (10 + 10 + 10)/3 = 10.00
    assert result.points == {"S1": D("18.33"), "S2": D("10.00")}


def test_trimmed_total_below_trim_min_is_plain_mean() -> None:
    rows = {"E1": ("25", "15"), "E2": ("20", "12"), "E3": ("15", "9"), "E4": ("5", "3")}
    result = agg("trimmed_total", rows)
    # 4 < 5: nobody dropped. S1 (25 + 20 + 15 + 5)/4 = 65/4 = 16.25; S2 (15 + 12 + 9 + 3)/4 = 39/4 = 9.75
    assert result.points == {"S1": D("16.25"), "S2": D("9.75")}
    assert result.dropped == {}


def test_trim_min_evaluators_changed() -> None:
    rows = {"E1": ("25", "15"), "E2": ("20", "12"), "E3": ("15", "9"), "E4": ("5", "3")}
    # trimming from 4: drop E1 (40) and E4 (8); kept E2, E3: S1 (20 + 15)/2 = 17.50; S2 (12 + 9)/2 = 10.50
    result = agg("trimmed_total", rows, trim_min=4)
    assert result.points == {"S1": D("17.50"), "S2": D("10.50")}
    assert result.dropped["S2"] == frozenset({"E1", "E4"})
    # trimming from 6: five evaluators are not trimmed
    five = {**rows, "E5": ("10", "6")}
    # mean of 25, 20, 15, 5, 10 = 75/5 = 15.00; of 15, 12, 9, 3, 6 = 45/5 = 9.00
    assert agg("trimmed_total", five, trim_min=6).points == {"S1": D("15.00"), "S2": D("9.00")}
    # trimming from 3 with three evaluators keeps only the middle one (E2: 20, 12)
    three = {"E1": ("25", "15"), "E2": ("20", "12"), "E3": ("15", "9")}
    assert agg("trimmed_total", three, trim_min=3).points == {"S1": D("20.00"), "S2": D("12.00")}


def test_trimming_never_leaves_nobody() -> None:
    # with trim_min 2 and two evaluators, dropping both would leave nothing: the plain mean is used
    result = agg("trimmed_total", {"E1": ("25", "15"), "E2": ("20", "12")}, trim_min=2)
    # S1 (25 + 20)/2 = 22.50; S2 (15 + 12)/2 = 13.50
    assert result.points == {"S1": D("22.50"), "S2": D("13.50")}


# --- trimmed_indicator -----------------------------------------------------------------------------------

def test_trimmed_indicator_per_indicator() -> None:
    rows = {
        "E1": ("25", "3"),
        "E2": ("20", "15"),
        "E3": ("15", "12"),
        "E4": ("15", "9"),
        "E5": ("5", "15"),
    }
    result = agg("trimmed_indicator", rows)
    # S1 values 25, 20, 15, 15, 5: drop 25 (E1) and 5 (E5): (20 + 15 + 15)/3 = 50/3 = 16.666.. -> 16.67
    # S2 values 3, 15, 12, 9, 15: drop 15 (E2, sorts before E5) and 3 (E1): (12 + 9 + 15)/3 = 12.00
    assert result.points == {"S1": D("16.67"), "S2": D("12.00")}
    assert result.dropped == {"S1": frozenset({"E1", "E5"}), "S2": frozenset({"E1", "E2"})}


def test_trimmed_indicator_ties() -> None:
    rows = {"E1": ("20",), "E2": ("20",), "E3": ("20",), "E4": ("10",), "E5": ("10",)}
    result = agg("trimmed_indicator", rows, codes=("S1",))
    # drop one 20 (E1) and one 10 (E4): (20 + 20 + 10)/3 = 50/3 -> 16.67
    assert result.points == {"S1": D("16.67")}
    assert result.dropped == {"S1": frozenset({"E1", "E4"})}
    equal = {"E1": ("12",), "E2": ("12",), "E3": ("12",), "E4": ("12",), "E5": ("12",)}
    assert agg("trimmed_indicator", equal, codes=("S1",)).points == {"S1": D("12.00")}


def test_trimmed_indicator_below_trim_min_is_mean() -> None:
    rows = {"E1": ("25",), "E2": ("20",), "E3": ("5",)}
    # (25 + 20 + 5)/3 = 50/3 -> 16.67
    assert agg("trimmed_indicator", rows, codes=("S1",)).points == {"S1": D("16.67")}


# --- mean and median -------------------------------------------------------------------------------------

def mean1(*values: str) -> Decimal:
    """The mean policy on one indicator."""
    return agg("mean", {f"E{i}": (v,) for i, v in enumerate(values)}, codes=("S1",)).points["S1"]


def test_mean_policy_and_half_up_rounding() -> None:
    # (24 + 24 + 18)/3 = 66/3 = 22.00
    assert mean1("24", "24", "18") == D("22.00")
    # (30 + 24)/2 = 27.00
    assert mean1("30", "24") == D("27.00")
    # (30 + 24 + 24)/3 = 78/3 = 26.00; (25 + 24 + 24)/3 = 73/3 = 24.333.. -> 24.33; (20 + 20 + 25)/3 -> 21.67
    assert mean1("30", "24", "24") == D("26.00")
    assert mean1("25", "24", "24") == D("24.33")
    assert mean1("20", "20", "25") == D("21.67")
    # a mean exactly on a half cent goes up: (24.01 + 24.00)/2 = 24.005 -> 24.01 (not 24.00)
    assert mean1("24.01", "24.00") == D("24.01")
    # (8.32 + 8.33)/2 = 8.325 -> 8.33 (banker's rounding would give 8.32)
    assert mean1("8.32", "8.33") == D("8.33")


def test_mean_policy_never_trims() -> None:
    rows = {"E1": ("25",), "E2": ("20",), "E3": ("15",), "E4": ("10",), "E5": ("5",), "E6": ("5",)}
    result = agg("mean", rows, codes=("S1",))
    # (25 + 20 + 15 + 10 + 5 + 5)/6 = 80/6 = 13.333.. -> 13.33
    assert result.points == {"S1": D("13.33")}
    assert result.dropped == {}


def test_median_policy() -> None:
    odd = {"E1": ("25",), "E2": ("5",), "E3": ("15",), "E4": ("20",), "E5": ("10",)}
    # sorted 5, 10, 15, 20, 25 -> 15
    assert agg("median", odd, codes=("S1",)).points == {"S1": D("15.00")}
    even = {"E1": ("25",), "E2": ("5",), "E3": ("15",), "E4": ("20",)}
    # sorted 5, 15, 20, 25 -> (15 + 20)/2 = 17.50
    assert agg("median", even, codes=("S1",)).points == {"S1": D("17.50")}
    # (8.32 + 8.33)/2 = 8.325 -> 8.33
    assert agg("median", {"E1": ("8.32",), "E2": ("8.33",)}, codes=("S1",)).points == {"S1": D("8.33")}
    assert agg("median", {"E1": ("7",)}, codes=("S1",)).points == {"S1": D("7.00")}


def test_no_evaluators_gives_zero() -> None:
    for policy in ("trimmed_total", "trimmed_indicator", "mean", "median"):
        assert aggregate_qualitative(policy, 5, {}, ["S1", "S2"]).points == {"S1": D("0.00"), "S2": D("0.00")}


def test_unknown_policy() -> None:
    with pytest.raises(ValueError, match="unknown aggregation"):
        agg("mode", {"E1": ("1",)}, codes=("S1",))


# --- helpers ---------------------------------------------------------------------------------------------

def test_mean_and_median_helpers_exact() -> None:
    assert mean([D("1"), D("2"), D("2")]) == Fraction(5, 3)
    assert median([D("3"), D("1"), D("2")]) == 2
    assert median([D("4"), D("1"), D("2"), D("3")]) == Fraction(5, 2)
    with pytest.raises(ValueError):
        mean([])
    with pytest.raises(ValueError):
        median([])


def test_pick_highest_lowest() -> None:
    assert pick_highest_lowest({"b": D(3), "a": D(1), "c": D(2)}) == ("b", "a")
    # all equal: the first id is highest, the second lowest, never the same evaluator twice
    assert pick_highest_lowest({"z": D(1), "y": D(1), "x": D(1)}) == ("x", "y")
    assert pick_highest_lowest({"E9": D(5), "E10": D(5), "E1": D(0)}) == ("E10", "E1")
    assert pick_highest_lowest({"k": D(2), "j": D(2)}) == ("j", "k")
    with pytest.raises(ValueError):
        pick_highest_lowest({"only": D(1)})
