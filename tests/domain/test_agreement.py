"""Krippendorff's alpha: published worked examples, missing ratings, edge cases and the round's figures.

The published figures are from Klaus Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011),
University of Pennsylvania, ScholarlyCommons (repository.upenn.edu/asc_papers/43).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from fractions import Fraction

import pytest

from domain._build import tiny_framework
from smartcert_desktop.domain.agreement import (
    REASON_NO_VARIATION,
    REASON_TOO_FEW,
    alpha,
    krippendorff_alpha,
    ratings_from_levels,
    ratings_from_sheets,
    reading,
    round_alpha,
    scale_index,
)
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet

# Section E of the paper: 4 observers (A-D) x 12 units, values 1-5, "." = missing.
PAPER_4X12 = {
    "A": "1 2 3 3 2 1 4 1 2 . . .",
    "B": "1 2 3 3 2 2 4 1 2 5 . 3",
    "C": ". 3 3 3 2 3 4 2 2 5 1 .",
    "D": "1 2 3 3 2 4 4 1 2 5 1 .",
}


def units_from_rows(rows: Mapping[str, str],
                    convert: Callable[[str], int] = int) -> dict[str, dict[str, int]]:
    """The paper's layout (one row per observer, one column per unit) as unit -> observer -> value."""
    units: dict[str, dict[str, int]] = {}
    for observer, row in rows.items():
        for position, value in enumerate(row.split(), start=1):
            units.setdefault(f"u{position:02d}", {})
            if value != ".":
                units[f"u{position:02d}"][observer] = convert(value)
    return units


@pytest.mark.parametrize(("level", "expected"), [
    ("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)])
def test_paper_four_observers_twelve_units_with_missing_values(level: str, expected: float) -> None:
    units = units_from_rows(PAPER_4X12)
    assert round(krippendorff_alpha(units, level) or 0, 3) == expected
    result = alpha(units, level)
    # Unit 12 is rated by B only: it cannot be paired and does not count.
    assert (result.units, result.pairable, result.raters) == (11, 40, 4)


def test_paper_binary_two_observers() -> None:
    """Section A: two observers, binary data, no missing values: alpha = 0.095."""
    units = units_from_rows({"A": "0 1 0 0 0 0 0 0 1 0", "B": "1 1 1 0 0 1 0 0 0 0"})
    assert round(krippendorff_alpha(units, "nominal") or 0, 3) == 0.095


def test_paper_nominal_two_observers() -> None:
    """Section B: two observers, nominal categories a-e, no missing values: alpha = 0.692."""
    codes = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
    rows = {"A": "a a b b d c c c e d d a", "B": "b a b b b c c c e d d d"}
    units = units_from_rows(rows, codes.__getitem__)
    assert round(krippendorff_alpha(units, "nominal") or 0, 3) == 0.692


def test_two_raters_ordinal_by_hand() -> None:
    """Two raters, three units: (0, 0), (1, 2), (2, 2).

    Frequencies n0 = 2, n1 = 1, n2 = 3 (n = 6); ordinal distances d(0,1) = 2.25, d(1,2) = 4, d(0,2) = 12.25.
    Observed: o12 = o21 = 1, so sum o*d = 8; expected: 2 (2*1*2.25 + 2*3*12.25 + 1*3*4) = 180.
    alpha = 1 - (n - 1) * 8 / 180 = 7/9. Interval: 1 - 5 * 2 / 58 = 24/29.
    """
    units = {"u1": {"x": 0, "y": 0}, "u2": {"x": 1, "y": 2}, "u3": {"x": 2, "y": 2}}
    assert krippendorff_alpha(units) == pytest.approx(7 / 9, abs=1e-12)
    assert krippendorff_alpha(units, "interval") == pytest.approx(24 / 29, abs=1e-12)


def test_unused_scale_levels_leave_the_ordinal_value_unchanged() -> None:
    """An unused level has frequency 0: it adds nothing to the ordinal distance of its neighbours."""
    units = {"u1": {"x": 0, "y": 0}, "u2": {"x": 1, "y": 2}, "u3": {"x": 2, "y": 2}}
    assert krippendorff_alpha(units, value_domain=range(5)) == pytest.approx(7 / 9, abs=1e-12)
    shifted = {u: {r: v + 2 for r, v in by.items()} for u, by in units.items()}  # levels 2..4 of 0..4
    assert krippendorff_alpha(shifted, value_domain=range(5)) == pytest.approx(7 / 9, abs=1e-12)


def reference_alpha(units: Mapping[str, Mapping[str, int]], level: str) -> float:
    """Krippendorff's coincidence-matrix definition in exact fractions, independent of the library."""
    pairable = [list(by.values()) for by in units.values() if len(by) >= 2]
    values = sorted({v for vs in pairable for v in vs})
    o: dict[tuple[int, int], Fraction] = {}
    for vs in pairable:
        m = len(vs)
        for i, c in enumerate(vs):
            for j, k in enumerate(vs):
                if i != j:
                    o[(c, k)] = o.get((c, k), Fraction(0)) + Fraction(1, m - 1)
    n_c = {c: sum((w for (a, _), w in o.items() if a == c), Fraction(0)) for c in values}
    n = sum(n_c.values())

    def delta(c: int, k: int) -> Fraction:
        if level == "nominal":
            return Fraction(int(c != k))
        if level == "interval":
            return Fraction((c - k) ** 2)
        lo, hi = min(c, k), max(c, k)
        return (sum((n_c[g] for g in values if lo <= g <= hi), Fraction(0)) - (n_c[c] + n_c[k]) / 2) ** 2

    observed = sum((w * delta(c, k) for (c, k), w in o.items()), Fraction(0))
    expected = sum((n_c[c] * n_c[k] * delta(c, k) for c in values for k in values), Fraction(0))
    return float(1 - (n - 1) * observed / expected)


@pytest.mark.parametrize("seed", range(25))
def test_matches_the_definition_on_random_committees_with_missing_ratings(seed: int) -> None:
    rng = random.Random(seed)
    raters = [f"E{i:02d}" for i in range(1, 10)]
    units: dict[str, dict[str, int]] = {}
    for u in range(rng.randint(2, 15)):
        chosen = rng.sample(raters, rng.randint(1, 5))  # some units rated once: not pairable
        base = rng.randint(0, 4)
        units[f"U{u}"] = {r: min(4, max(0, base + rng.choice((-1, 0, 0, 1)))) for r in chosen}
    result = alpha(units, "ordinal", range(5))
    pairable = [v for by in units.values() if len(by) >= 2 for v in by.values()]
    if len(set(pairable)) < 2:
        assert result.value is None
        return
    for level in ("nominal", "ordinal", "interval"):
        assert krippendorff_alpha(units, level, range(5)) == pytest.approx(reference_alpha(units, level),
                                                                           abs=1e-9)


def test_perfect_agreement_with_variation_is_one() -> None:
    units = {"u1": {"a": 0, "b": 0, "c": 0}, "u2": {"a": 3, "c": 3}, "u3": {"b": 1, "c": 1}}
    assert krippendorff_alpha(units) == 1.0
    assert reading(1.0) == "reliable"


def test_no_variation_is_undefined_and_reported_as_none() -> None:
    """Every pairable rating is the same level: alpha is 0/0, returned as None with the reason."""
    units = {"u1": {"a": 1, "b": 1}, "u2": {"a": 1, "b": 1, "c": 1}, "u3": {"c": 4}}  # u3 cannot pair
    result = alpha(units, value_domain=range(5))
    assert result.value is None
    assert result.reason == REASON_NO_VARIATION
    assert (result.units, result.pairable) == (2, 5)
    assert result.reading == "undefined"


@pytest.mark.parametrize("units", [
    {},
    {"u1": {"a": 1}},
    {"u1": {"a": 1}, "u2": {"b": 3}, "u3": {}},
])
def test_too_few_pairable_values(units: dict[str, dict[str, int]]) -> None:
    result = alpha(units)
    assert result.value is None
    assert result.reason == REASON_TOO_FEW
    assert result.units == 0


def test_invalid_input_is_refused() -> None:
    with pytest.raises(ValueError, match="level of measurement"):
        alpha({"u": {"a": 1, "b": 2}}, "cardinal")
    with pytest.raises(ValueError, match="value domain"):
        alpha({"u": {"a": 1, "b": 7}}, value_domain=range(5))
    with pytest.raises(ValueError, match="whole number"):
        alpha({"u": {"a": 1, "b": 2.5}})  # type: ignore[dict-item]


def test_reading_thresholds() -> None:
    assert [reading(v) for v in (None, 0.9, 0.8, 0.7999, 0.667, 0.5, -0.2)] == [
        "undefined", "reliable", "reliable", "tentative", "tentative", "unreliable", "unreliable"]


# --- the round ---------------------------------------------------------------------------------------------

def test_scale_index_and_levels_to_indices() -> None:
    fw = tiny_framework()  # Scale A..E; qualitative S1, S2
    assert [scale_index(fw, c) for c in ("A", " c ", "e", "X", "", None)] == [0, 2, 4, None, None, None]
    ratings = ratings_from_levels(fw, {"P1": {"E1": {"S1": "b", "S2": "", "Q1": "A"}, "E2": {"S1": "Z"}}})
    assert ratings == {"P1": {"E1": {"S1": 1}}}  # quantitative, blank and unknown levels left out


def test_round_alpha_units_per_indicator_and_overall() -> None:
    fw = tiny_framework()
    ratings = {
        "P1": {"E1": {"S1": 0, "S2": 1}, "E2": {"S1": 0, "S2": 2}, "E3": {"S1": 1, "S2": 1}},
        "P2": {"E1": {"S1": 3, "S2": 3}, "E2": {"S1": 3, "S2": 4}},
        "P3": {"E3": {"S1": 2, "S2": 2}},  # one rater: pairs with nobody
    }
    result = round_alpha(fw, ratings)
    assert list(result.per_indicator) == ["S1", "S2"]
    assert result.raters == ("E1", "E2", "E3")
    s1 = {"P1": {"E1": 0, "E2": 0, "E3": 1}, "P2": {"E1": 3, "E2": 3}, "P3": {"E3": 2}}
    assert result.per_indicator["S1"].value == krippendorff_alpha(s1, value_domain=range(5))
    assert result.per_indicator["S1"].units == 2
    every = {f"{a}/{code}": {e: by[code] for e, by in ratings[a].items()}
             for code in ("S1", "S2") for a in ratings}
    assert result.overall.value == pytest.approx(krippendorff_alpha(every, value_domain=range(5)), abs=1e-12)
    assert (result.overall.units, result.overall.pairable) == (4, 10)


def test_ratings_from_sheets_keep_only_counted_evaluators() -> None:
    fw = tiny_framework()

    def sheet(e: str, a: str, s1: str, s2: str) -> Sheet:
        return Sheet(e, a, {"S1": IndicatorEntry(level=s1), "S2": IndicatorEntry(level=s2)})

    sheets = {("E1", "P1"): sheet("E1", "P1", "A", "B"), ("E2", "P1"): sheet("E2", "P1", "C", "D"),
              ("E3", "P1"): sheet("E3", "P1", "E", "E")}
    ratings = ratings_from_sheets(fw, {"P1": ["E1", "E2"], "P2": ["E9"]}, sheets)
    assert ratings == {"P1": {"E1": {"S1": 0, "S2": 1}, "E2": {"S1": 2, "S2": 3}}}
