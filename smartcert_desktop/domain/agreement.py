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

The arithmetic is done by the ``krippendorff`` package (reliability matrix of raters × units, ``nan`` for a
missing rating). The whole Scale is passed as the value domain, which fixes the order of the levels even when
some are never used; an unused level has frequency zero and so adds nothing to the ordinal distance between
the levels around it, as Krippendorff's ordinal metric defines.

This module is pure: no database, no Qt. Alpha is a statistic, so it is a float (points stay Decimal).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, cast

import krippendorff
import numpy as np

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
        raise ValueError(f"unknown level of measurement {level!r} (expected one of {', '.join(LEVELS)})")
    domain = list(value_domain) if value_domain is not None else None
    allowed = set(domain) if domain is not None else None
    raters = sorted({r for ratings in units.values() for r in ratings})
    pairable_units = sorted(u for u, ratings in units.items() if len(ratings) >= 2)
    values: list[int] = []
    for u in sorted(units):
        for r, v in units[u].items():
            if isinstance(v, bool) or not isinstance(v, int):
                raise ValueError(f"rating of unit {u!r} by {r!r} is not a whole number: {v!r}")
            if allowed is not None and v not in allowed:
                raise ValueError(f"rating {v} of unit {u!r} by {r!r} is not in the value domain {domain}")
            if u in pairable_units:
                values.append(v)
    pairable_raters = {r for u in pairable_units for r in units[u]}

    def result(value: float | None, reason: str = "") -> Alpha:
        return Alpha(value, level, len(pairable_units), len(values), len(pairable_raters), reason)

    if len(values) < 2:
        return result(None, REASON_TOO_FEW)
    if len(set(values)) < 2:
        return result(None, REASON_NO_VARIATION)
    # Raters × units; units rated once are left out: they carry no pairable value and change nothing.
    index = {r: i for i, r in enumerate(raters)}
    matrix = np.full((len(raters), len(pairable_units)), np.nan)
    for j, u in enumerate(pairable_units):
        for r, v in units[u].items():
            matrix[index[r], j] = v
    if domain is None:
        domain = sorted(set(values))
    metric = cast(Level, level)  # checked against LEVELS above
    value = float(krippendorff.alpha(reliability_data=matrix, value_domain=domain,
                                     level_of_measurement=metric))
    if not math.isfinite(value):  # cannot happen after the checks above; never hand out nan
        return result(None, REASON_NO_VARIATION)
    return result(value)


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
    if level_code is None:
        return None
    code = level_code.strip().upper()
    for i, level in enumerate(framework.scale):
        if level.code.strip().upper() == code:
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
