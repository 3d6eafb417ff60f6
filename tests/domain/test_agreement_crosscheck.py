"""The program's own Krippendorff's alpha against the ``krippendorff`` package, on random committees.

The program computes alpha in exact fractions (domain/agreement.py); the package (numpy, floats) is an
independent implementation of the same statistic, used here only, never by the program.
"""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcert_desktop.domain.agreement import alpha

RATERS = ("E1", "E2", "E3", "E4", "E5")


@st.composite
def committees(draw: st.DrawFn) -> dict[str, dict[str, int]]:
    """Units rated by some of five raters on a five-level scale (0–4), some ratings missing."""
    n_units = draw(st.integers(min_value=1, max_value=8))
    units: dict[str, dict[str, int]] = {}
    for u in range(n_units):
        raters = draw(st.lists(st.sampled_from(RATERS), min_size=1, max_size=5, unique=True))
        units[f"U{u}"] = {r: draw(st.integers(min_value=0, max_value=4)) for r in raters}
    return units


def _package_alpha(units: dict[str, dict[str, int]], level: str, domain: list[int]) -> float:
    names = sorted(units)
    matrix = np.full((len(RATERS), len(names)), np.nan)
    for j, u in enumerate(names):
        for r, v in units[u].items():
            matrix[RATERS.index(r), j] = v
    return float(krippendorff.alpha(reliability_data=matrix, value_domain=domain, level_of_measurement=level))


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
@settings(max_examples=150, deadline=None)
@given(units=committees())
def test_alpha_agrees_with_the_krippendorff_package(units: dict[str, dict[str, int]], level: str) -> None:
    domain = [0, 1, 2, 3, 4]
    ours = alpha(units, level, domain)
    if ours.value is None:
        # Too few pairable ratings, or no variation: the package gives nan (0/0) or raises for these.
        pairable = [v for r in units.values() if len(r) >= 2 for v in r.values()]
        assert len(pairable) < 2 or len(set(pairable)) < 2 or level == "ratio"
        return
    theirs = _package_alpha(units, level, domain)
    assert math.isclose(ours.value, theirs, rel_tol=1e-9, abs_tol=1e-12), (units, level, ours.value, theirs)


def test_a_hand_computed_ordinal_case() -> None:
    # Two units, two raters: U1 rated 0 and 1, U2 rated 2 and 2. Coincidences o(0,1)=o(1,0)=1, o(2,2)=2;
    # n0=1, n1=1, n2=2, n=4. Ordinal δ²(0,1) = (n0+n1 - (n0+n1)/2)² = 1; δ²(0,2) = (1+1+2 - 3/2)² = 6.25;
    # δ²(1,2) = (1+2 - 3/2)² = 2.25. Σ o δ² = 2·1 = 2; Σ n_c n_k δ² = 2·(1·1·1 + 1·2·6.25 + 1·2·2.25) = 36.
    # alpha = 1 - 3·2/36 = 5/6.
    result = alpha({"U1": {"E1": 0, "E2": 1}, "U2": {"E1": 2, "E2": 2}}, "ordinal", [0, 1, 2, 3, 4])
    assert result.value == pytest.approx(5 / 6)
