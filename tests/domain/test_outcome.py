"""The round's outcome as a domain value: the one share rule and the one ranking (domain/outcome.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smartcert_desktop.domain.outcome import share_percent

D = Decimal


@pytest.mark.parametrize(("points", "maximum", "decimals", "shown"), [
    ("1399.90", "2000", 2, "69.99"),   # 69.995 %: truncated, not rounded to 70.00
    ("1399.90", "2000", 1, "69.9"),    # what the workbook and the chair's screen show
    ("1400.00", "2000", 1, "70.0"),    # the threshold itself is reached
    ("1769.89", "2000", 2, "88.49"),   # 88.4945 %
    ("2", "3", 2, "66.66"),            # 66.666… %
    ("0", "2000", 2, "0.00"),
    ("2000", "2000", 0, "100"),
])
def test_a_shown_share_is_truncated_toward_zero(points: str, maximum: str, decimals: int, shown: str) -> None:
    assert share_percent(D(points), D(maximum), decimals) == D(shown)
    assert str(share_percent(D(points), D(maximum), decimals)) == shown


def test_no_maximum_no_share() -> None:
    assert share_percent(D("5"), D("0")) is None
