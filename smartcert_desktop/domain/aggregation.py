"""Aggregation of evaluators' qualitative points (contract section 8).

Inputs are exact (Decimal points per evaluator); means are exact fractions; each indicator's result is
rounded half-up to two decimals once, at the end. Evaluator ids compare as plain strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, Inexact, localcontext
from fractions import Fraction

from ..messages import msg
from .numbers import round_half_up, round_half_up_quotient

Points = Mapping[str, Mapping[str, Decimal]]  # evaluator id -> indicator code -> points


def mean(values: Sequence[Fraction | Decimal]) -> Fraction:
    if not values:
        raise ValueError("mean of no values")
    if all(type(v) is Decimal for v in values):
        try:  # points are decimals: their sum is exact as a decimal (checked), and much quicker than fractions
            with localcontext(_EXACT):
                return Fraction(sum(values, Decimal(0))) / len(values)
        except Inexact:
            pass
    return sum((Fraction(v) for v in values), Fraction(0)) / len(values)


_EXACT = Context(prec=60, traps=[Inexact])


def rounded_mean(values: Sequence[Decimal]) -> Decimal:
    """``round_half_up(mean(values))``, without a fraction where the points' sum is an exact decimal."""
    if not values:
        raise ValueError("mean of no values")
    try:
        with localcontext(_EXACT):
            total = sum(values, Decimal(0))
    except Inexact:
        return round_half_up(mean(values))
    numerator, denominator = total.as_integer_ratio()
    return round_half_up_quotient(numerator, denominator * len(values))


def median(values: Sequence[Fraction | Decimal]) -> Fraction:
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(Fraction(v) for v in values)
    n = len(ordered)
    mid = n // 2
    if n % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def pick_highest_lowest(values: Mapping[str, Fraction | Decimal]) -> tuple[str, str]:
    """The evaluator to drop as highest and the one to drop as lowest.

    Among equal values the evaluator whose id sorts first is taken; never the same evaluator twice.
    Needs at least two evaluators.
    """
    if len(values) < 2:
        raise ValueError("trimming needs at least two evaluators")
    ids = sorted(values)
    top = max(values[i] for i in ids)
    highest = next(i for i in ids if values[i] == top)
    rest = [i for i in ids if i != highest]
    bottom = min(values[i] for i in rest)
    lowest = next(i for i in rest if values[i] == bottom)
    return highest, lowest


@dataclass(frozen=True)
class QualitativeAggregate:
    points: dict[str, Decimal]                    # indicator code -> rounded points
    dropped: dict[str, frozenset[str]] = field(default_factory=dict)  # indicator -> evaluators not counted
    evaluator_totals: dict[str, Decimal] = field(default_factory=dict)  # evaluator -> qualitative total


def aggregate_qualitative(policy: str, trim_min_evaluators: int, points: Points,
                          indicator_codes: Sequence[str]) -> QualitativeAggregate:
    """Points per qualitative indicator from the counted evaluators' points.

    ``points`` holds only counted evaluators, each with a value for every code in ``indicator_codes``.
    """
    evaluators = sorted(points)
    totals = {e: sum((points[e][c] for c in indicator_codes), Decimal(0)) for e in evaluators}
    if not evaluators:
        return QualitativeAggregate({c: Decimal("0.00") for c in indicator_codes}, {}, totals)
    n = len(evaluators)
    trimming = policy in ("trimmed_total", "trimmed_indicator") and n >= trim_min_evaluators and n >= 3
    result: dict[str, Decimal] = {}
    dropped: dict[str, frozenset[str]] = {}
    if policy == "trimmed_total" and trimming:
        hi, lo = pick_highest_lowest(totals)
        kept = [e for e in evaluators if e not in (hi, lo)]
        for c in indicator_codes:
            result[c] = rounded_mean([points[e][c] for e in kept])
            dropped[c] = frozenset((hi, lo))
    elif policy == "trimmed_indicator" and trimming:
        for c in indicator_codes:
            values = {e: points[e][c] for e in evaluators}
            hi, lo = pick_highest_lowest(values)
            result[c] = rounded_mean([v for e, v in values.items() if e not in (hi, lo)])
            dropped[c] = frozenset((hi, lo))
    elif policy == "median":
        for c in indicator_codes:
            result[c] = round_half_up(median([points[e][c] for e in evaluators]))
    elif policy in ("mean", "trimmed_total", "trimmed_indicator"):
        for c in indicator_codes:
            result[c] = rounded_mean([points[e][c] for e in evaluators])
    else:
        raise ValueError(msg("unknown aggregation policy {policy!r}", policy=policy))
    return QualitativeAggregate(result, dropped, totals)
