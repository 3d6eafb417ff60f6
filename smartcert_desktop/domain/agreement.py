"""How far the evaluation committee agrees: Krippendorff's alpha on the evaluators' qualitative levels.

The qualitative indicators are rated on the framework's Scale (for example 매우우수 / 우수 / 보통 / 미흡 /
매우미흡), an ordered set of levels, so the default metric is Krippendorff's *ordinal* one. A level is
represented by its position in ``framework.scale`` (0 = the first, best level); only the order matters.

Alpha tolerates missing ratings, which is the normal case here: each applicant is rated by the few evaluators
assigned to it, not by the whole committee. A *unit* is one thing rated (an applicant on one indicator); a
unit rated by a single evaluator has no partner to be compared with and does not enter the computation.

Values that are not computed (``None``):

* fewer than two *pairable* values, i.e. no unit is rated by two evaluators or more;
* no variation: every pairable value is the same level. Alpha is then 0/0: the expected disagreement is zero
  and Krippendorff (2011) calls alpha undefined, because such data cannot show whether the evaluators
  distinguish anything. We return ``None`` (with that reason) rather than 1.0: a committee that gave every
  applicant "B" has not shown that it agrees on what distinguishes a "B" from a "C".

Perfect agreement *with* variation (every unit's ratings identical, different units at different levels)
gives 1.0, as the statistic defines.

The arithmetic follows Krippendorff's coincidence-matrix formulation (Krippendorff 2011, "Computing
Krippendorff's Alpha-Reliability"), in exact fractions: each unit rated m times adds 1/(m − 1) to the coincidence
of every ordered pair of its ratings by different raters, and alpha = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
The whole Scale is the value domain, which fixes the order of the levels even when some are never used; an
unused level has frequency zero and so adds nothing to the ordinal distance between the levels around it, as
the ordinal metric defines. The tests check every metric against the ``krippendorff`` package.

This module is pure: no database, no Qt. Alpha is a statistic, so it is a float (points stay Decimal).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from ..messages import msg
from .framework import Framework
from .sheets import Sheet

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[str, ...] = ("nominal", "ordinal", "interval", "ratio")

Units = Mapping[str, Mapping[str, int]]  # unit -> rater -> value (a Scale index for the ordinal metric)
Ratings = Mapping[str, Mapping[str, Mapping[str, int]]]  # applicant -> evaluator -> indicator -> Scale index

# Krippendorff's (2004, 2011) guidance for drawing conclusions from data: alpha >= 0.800 reliable; from
# 0.667 only tentative conclusions; below, the data should not be relied on.
RELIABLE = 0.800
TENTATIVE = 0.667

REASON_TOO_FEW = "fewer than two pairable ratings (no unit rated by two evaluators or more)"
REASON_NO_VARIATION = "no variation: every pairable rating is the same level, so alpha is undefined"

UNIT_SEPARATOR = "/"  # unit names of the whole round: "<applicant>/<indicator>", e.g. "L01/A1-6"


@dataclass(frozen=True)
class Alpha:
    """Krippendorff's alpha with what it was computed from.

    ``units`` and ``pairable`` count only units rated at least twice and their ratings, which are what the
    statistic uses; ``raters`` counts the raters with at least one such rating. ``reason`` says why
    ``value`` is None and is empty otherwise.
    """

    value: float | None
    level: str
    units: int
    pairable: int
    raters: int
    reason: str = ""

    @property
    def reading(self) -> Literal["reliable", "tentative", "unreliable", "undefined"]:
        """Krippendorff's guidance applied to the value (see :data:`RELIABLE`, :data:`TENTATIVE`)."""
        return reading(self.value)


def reading(value: float | None) -> Literal["reliable", "tentative", "unreliable", "undefined"]:
    """``reliable`` (≥ 0.800), ``tentative`` (≥ 0.667), ``unreliable`` or ``undefined`` (None)."""
    if value is None:
        return "undefined"
    if value >= RELIABLE:
        return "reliable"
    if value >= TENTATIVE:
        return "tentative"
    return "unreliable"


def alpha(units: Units, level: str = "ordinal", value_domain: Sequence[int] | None = None) -> Alpha:
    """Krippendorff's alpha of ``units`` (unit -> rater -> value) with its counts.

    See :func:`krippendorff_alpha` for when the value is None.

    ``value_domain`` lists every value the ratings may take, in order (for a Scale: ``range(len(scale))``);
    by default the values that occur. A value outside the domain raises ``ValueError``, as does an unknown
    ``level``.
    """
    if level not in LEVELS:
        raise ValueError(msg("unknown level of measurement {level!r} (expected one of {levels})", level=level,
                             levels=", ".join(LEVELS)))
    domain = list(value_domain) if value_domain is not None else None
    allowed = set(domain) if domain is not None else None
    pairable_units = sorted(u for u, ratings in units.items() if len(ratings) >= 2)
    values: list[int] = []
    for u in sorted(units):
        for r, v in units[u].items():
            if isinstance(v, bool) or not isinstance(v, int):
                raise ValueError(msg("rating of unit {unit!r} by {rater!r} is not a whole number: {value!r}", unit=u,
                                     rater=r, value=v))
            if allowed is not None and v not in allowed:
                raise ValueError(msg("rating {value} of unit {unit!r} by {rater!r} is not in the value domain {domain}",
                                     value=v, unit=u, rater=r, domain=domain))
            if u in pairable_units:
                values.append(v)
    pairable_raters = {r for u in pairable_units for r in units[u]}

    def result(value: float | None, reason: str = "") -> Alpha:
        return Alpha(value, level, len(pairable_units), len(values), len(pairable_raters), reason)

    if len(values) < 2:
        return result(None, REASON_TOO_FEW)
    if len(set(values)) < 2:
        return result(None, REASON_NO_VARIATION)
    if domain is None:
        domain = sorted(set(values))
    value = _alpha_value({u: units[u] for u in pairable_units}, level, domain)
    if value is None:  # cannot happen after the checks above
        return result(None, REASON_NO_VARIATION)
    return result(float(value))


def _alpha_value(units: Mapping[str, Mapping[str, int]], level: str, domain: Sequence[int]) -> Fraction | None:
    """Alpha of units each rated at least twice, exactly; None when the expected disagreement is zero."""
    # o_ck = Σ over units of (pairs of ratings c, k from different raters) / (m_u − 1): the pairs counted as
    # integers per number of ratings m, from each unit's count of each value, and divided once per m
    pairs_by_size: dict[int, dict[tuple[int, int], int]] = {}
    for ratings in units.values():
        counts = Counter(ratings.values())
        pairs = pairs_by_size.setdefault(len(ratings), {})
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                p = n_c * (n_k - 1) if c == k else n_c * n_k
                if p:
                    pairs[(c, k)] = pairs.get((c, k), 0) + p
    coincidence: dict[tuple[int, int], Fraction] = {}
    for m, pairs in sorted(pairs_by_size.items()):
        for ck, p in pairs.items():
            coincidence[ck] = coincidence.get(ck, Fraction(0)) + Fraction(p, m - 1)
    totals: dict[int, Fraction] = {}
    for (c, _k), o in coincidence.items():
        totals[c] = totals.get(c, Fraction(0)) + o
    n = sum(totals.values(), Fraction(0))
    delta = _metric(level, domain, totals)
    observed = sum((o * delta(c, k) for (c, k), o in coincidence.items()), Fraction(0))
    expected = sum((totals[c] * totals[k] * delta(c, k) for c in totals for k in totals), Fraction(0))
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def _metric(level: str, domain: Sequence[int], totals: Mapping[int, Fraction]) -> Callable[[int, int], Fraction]:
    """Krippendorff's squared difference δ² of two values under the level of measurement."""
    if level == "nominal":
        return lambda c, k: Fraction(0) if c == k else Fraction(1)
    if level == "interval":
        return lambda c, k: Fraction((c - k) ** 2)
    if level == "ratio":
        return lambda c, k: Fraction(0) if c + k == 0 else Fraction(c - k, c + k) ** 2
    position = {v: i for i, v in enumerate(domain)}
    order = list(domain)

    def ordinal(c: int, k: int) -> Fraction:
        low, high = sorted((position[c], position[k]))
        between = sum((totals.get(order[g], Fraction(0)) for g in range(low, high + 1)), Fraction(0))
        return (between - (totals.get(c, Fraction(0)) + totals.get(k, Fraction(0))) / 2) ** 2

    return ordinal


def krippendorff_alpha(units: Units, level: str = "ordinal",
                       value_domain: Sequence[int] | None = None) -> float | None:
    """Krippendorff's alpha of ``units``: unit -> {rater: value}; missing ratings are simply absent.

    ``level`` is the metric: ``nominal``, ``ordinal`` (the default, for Scale indices), ``interval`` or
    ``ratio``. Returns None when alpha cannot be computed: fewer than two pairable values, or no variation
    at all among them (every rating the same level; alpha is then undefined, see the module's docstring).
    """
    return alpha(units, level, value_domain).value


# --- the committee's ratings in a round ------------------------------------------------------------------

def scale_index(framework: Framework, level_code: str | None) -> int | None:
    """The position of a level code in the framework's Scale (0 = first, best); None when it is no level."""
    code = framework.scale_code(level_code)
    for i, level in enumerate(framework.scale):
        if level.code == code:
            return i
    return None


def ratings_from_levels(framework: Framework, levels: Mapping[str, Mapping[str, Mapping[str, str]]]
                        ) -> dict[str, dict[str, dict[str, int]]]:
    """Scale indices from level codes (applicant -> evaluator -> indicator -> code, as the engine takes them).

    Only qualitative indicators are kept; a blank or unknown level is left out (a missing rating).
    """
    qualitative = [i.code for i in framework.qualitative]
    out: dict[str, dict[str, dict[str, int]]] = {}
    for applicant, by_evaluator in levels.items():
        for evaluator, by_code in by_evaluator.items():
            for code in qualitative:
                idx = scale_index(framework, by_code.get(code))
                if idx is not None:
                    out.setdefault(applicant, {}).setdefault(evaluator, {})[code] = idx
    return out


def ratings_from_sheets(framework: Framework, counted: Mapping[str, Iterable[str]],
                        sheets: Mapping[tuple[str, str], Sheet]) -> dict[str, dict[str, dict[str, int]]]:
    """Scale indices of the counted evaluators' levels, read from their sheets ((evaluator, applicant) keys).

    Only counted evaluators rate: an evaluator in conflict, recused or with an incomplete sheet does not
    take part in the results, so neither in the agreement. Trimmed evaluators do: trimming is a rule of the
    aggregation, and the agreement describes the committee as it rated.
    """
    levels: dict[str, dict[str, dict[str, str]]] = {}
    for applicant, evaluators in counted.items():
        for evaluator in evaluators:
            sheet = sheets.get((evaluator, applicant))
            if sheet is None:
                continue
            levels.setdefault(applicant, {})[evaluator] = {
                i.code: sheet.entry(i.code).level or "" for i in framework.qualitative}
    return ratings_from_levels(framework, levels)


@dataclass(frozen=True)
class RoundAlpha:
    """Alpha for the whole round and per qualitative indicator (framework order).

    ``overall``: units are every applicant × qualitative indicator; ``per_indicator``: units are the
    applicants. ``raters`` are the evaluators with at least one rating.
    """

    overall: Alpha
    per_indicator: dict[str, Alpha]
    raters: tuple[str, ...]


def round_alpha(framework: Framework, ratings: Ratings, level: str = "ordinal") -> RoundAlpha:
    """Alpha of a round from the counted evaluators' ratings (applicant -> evaluator -> indicator -> index).

    The value domain is the whole Scale (``0 .. len(scale) - 1``).
    """
    domain = list(range(len(framework.scale)))
    per_indicator: dict[str, Alpha] = {}
    every: dict[str, dict[str, int]] = {}
    for ind in framework.qualitative:
        units: dict[str, dict[str, int]] = {}
        for applicant in sorted(ratings):
            for evaluator, by_code in ratings[applicant].items():
                if ind.code in by_code:
                    units.setdefault(applicant, {})[evaluator] = by_code[ind.code]
        per_indicator[ind.code] = alpha(units, level, domain)
        for applicant, by_rater in units.items():
            every[f"{applicant}{UNIT_SEPARATOR}{ind.code}"] = by_rater
    raters = tuple(sorted({e for by_e in ratings.values() for e, by_code in by_e.items() if by_code}))
    return RoundAlpha(alpha(every, level, domain), per_indicator, raters)
