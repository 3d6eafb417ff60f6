"""What the PDFs show, computed without any drawing: shares, city-type averages, rankings, comments.

Points printed in a PDF are always :func:`~smartcert_desktop.domain.numbers.fmt2` of the result's Decimal,
the same strings as the results JSON, so a figure found by text extraction can be checked against it.
Figures that the JSON does not carry (shares, averages) are computed here exactly and rounded half-up once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from ..domain.engine import ApplicantResult, Flag
from ..domain.framework import Framework, Indicator
from ..domain.numbers import fmt2, round_half_up
from ..domain.outcome import Ranked, RoundOutcome, rank_results, share_percent
from ..domain.rules import CityType

CITY_TYPES: tuple[CityType, ...] = ("large", "small")
CITY_TYPE_KO: dict[str, str] = {"large": "대도시", "small": "중소도시"}
KIND_KO: dict[str, str] = {"quantitative": "정량", "qualitative": "정성"}
FLAG_KO: dict[str, str] = {
    "missing_data": "자료 누락",
    "invalid_value": "규칙에 맞지 않는 값",
    "spread": "지표별 평가 편차",
    "deviation": "평가위원 총점 편차",
}
INCOMPLETE_KO = "평가 미완료"

# How much of the evaluators' comments a result sheet quotes: enough to be useful, never a wall of text.
MAX_REMARKS = 6
MAX_INDICATORS_PER_REMARK = 3
MAX_COMMENT_CHARS = 140


def program_name(state: RoundOutcome) -> str:
    """The program's name as printed, the framework's when the program has none."""
    return state.display_name()


def share(points: Decimal, maximum: Decimal) -> Decimal:
    """Points as a percentage of the maximum as shown: two decimals, truncated
    (:func:`~smartcert_desktop.domain.outcome.share_percent`); 0 when the maximum is 0."""
    return share_percent(points, maximum, 2) or Decimal("0.00")


def pct(points: Decimal, maximum: Decimal) -> str:
    """The share as printed: "88.49%"."""
    return f"{fmt2(share(points, maximum))}%"


def grade_text(result: ApplicantResult) -> str:
    """"2등급", or "평가 미완료" for an applicant without a grade."""
    if result.status != "graded" or result.grade is None:
        return INCOMPLETE_KO
    return f"{result.grade}등급"


def certified_text(result: ApplicantResult) -> str:
    """"인증" (certified) or "미인증"."""
    return "인증" if result.certified else "미인증"


@dataclass(frozen=True)
class Averages:
    """The mean points of the applicants of one city type (graded ones; all of them if none is graded)."""

    city_type: CityType
    count: int
    total: Decimal
    domains: dict[str, Decimal]
    items: dict[str, Decimal]


def _mean(values: Sequence[Decimal]) -> Decimal:
    if not values:
        return Decimal("0.00")
    return round_half_up(sum((Fraction(v) for v in values), Fraction(0)) / len(values))


def city_type_averages(results: Sequence[ApplicantResult], city_type: CityType) -> Averages:
    """Mean total, domain and item points of the city type, rounded half-up once."""
    same = [r for r in results if r.city_type == city_type]
    # An incomplete applicant's points are partial and would pull the yardstick down.
    graded = [r for r in same if r.status == "graded"] or same
    domain_codes = list(graded[0].domains) if graded else []
    item_codes = list(graded[0].items) if graded else []
    return Averages(
        city_type=city_type,
        count=len(graded),
        total=_mean([r.total for r in graded]),
        domains={c: _mean([r.domains[c] for r in graded]) for c in domain_codes},
        items={c: _mean([r.items[c] for r in graded]) for c in item_codes},
    )


def value_with_unit(indicator: Indicator, value: str | None) -> str:
    """The quantitative value used, with the unit when it is a number ("36 %", "yes", "8/10 항목")."""
    if value is None or not value.strip():
        return "미제출"
    value = value.strip()
    if not indicator.unit:
        return value
    return f"{value} {indicator.unit}"


# --- strengths and points to improve ---------------------------------------------------------------------

@dataclass(frozen=True)
class Remark:
    """One comment, and the indicators it was written on (a comment repeated on several is shown once)."""

    text: str
    indicators: tuple[Indicator, ...]
    more_indicators: int = 0


@dataclass(frozen=True)
class Remarks:
    """The strengths and points to improve of one applicant, and how many more were left out."""

    strengths: tuple[Remark, ...]
    improvements: tuple[Remark, ...]
    more_strengths: int = 0
    more_improvements: int = 0


def _clean_comment(comment: str) -> str:
    flat = re.sub(r"\s+", " ", comment).strip()
    if len(flat) > MAX_COMMENT_CHARS:
        flat = flat[: MAX_COMMENT_CHARS - 1].rstrip() + "…"
    return flat


def _level_bands(framework: Framework) -> tuple[set[str], set[str]]:
    """The best and the worst levels of the Scale: the upper and lower thirds-or-so, the middle left out.

    Five levels give two at each end (매우우수·우수 / 미흡·매우미흡); three give one at each end.
    """
    ordered = sorted(framework.scale, key=lambda s: (-s.ratio, s.code))
    k = max(1, (len(ordered) - 1) // 2)
    best = {s.code.upper() for s in ordered[:k]}
    worst = {s.code.upper() for s in ordered[-k:]} - best
    return best, worst


def _group(entries: Iterable[tuple[Indicator, str]]) -> tuple[tuple[Remark, ...], int]:
    by_text: dict[str, list[Indicator]] = {}
    for indicator, comment in entries:
        codes = by_text.setdefault(comment, [])
        if indicator not in codes:
            codes.append(indicator)
    remarks = [Remark(t, tuple(inds[:MAX_INDICATORS_PER_REMARK]), max(0, len(inds) - MAX_INDICATORS_PER_REMARK))
               for t, inds in by_text.items()]
    return tuple(remarks[:MAX_REMARKS]), max(0, len(remarks) - MAX_REMARKS)


def remarks_for(state: RoundOutcome, code: str) -> Remarks:
    """Strengths (강점) and points to improve (개선 필요) from the counted evaluators' comments.

    Comments written with one of the best levels are strengths, with one of the worst levels points to
    improve. Evaluators are never named; the same text is shown once, with the indicators it concerns.
    """
    framework = state.framework
    best, worst = _level_bands(framework)
    good: list[tuple[Indicator, str]] = []
    poor: list[tuple[Indicator, str]] = []
    evaluators = sorted(state.counted.get(code, []))
    for indicator in framework.qualitative:
        for evaluator in evaluators:
            sheet = state.sheets.get((evaluator, code))
            if sheet is None:
                continue
            entry = sheet.entry(indicator.code)
            comment = _clean_comment(entry.comment)
            level = framework.scale_code(entry.level) or ""
            if not comment:
                continue
            if level in best:
                good.append((indicator, comment))
            elif level in worst:
                poor.append((indicator, comment))
    strengths, more_s = _group(good)
    improvements, more_i = _group(poor)
    return Remarks(strengths, improvements, more_s, more_i)


# --- the round -------------------------------------------------------------------------------------------

def ranking(results: Sequence[ApplicantResult], city_type: CityType) -> list[Ranked]:
    """The ranking of one city type (:func:`~smartcert_desktop.domain.outcome.rank_results`)."""
    return [x for x in rank_results(results) if x.result.city_type == city_type]


@dataclass(frozen=True)
class CityTypeCounts:
    """Applicants, graded, certified and incomplete ones of one city type."""

    city_type: CityType
    applicants: int
    graded: int
    certified: int
    incomplete: int


def counts(results: Sequence[ApplicantResult], city_type: CityType) -> CityTypeCounts:
    """How many applicants of the city type applied, were graded, certified, left incomplete."""
    same = [r for r in results if r.city_type == city_type]
    graded = sum(1 for r in same if r.status == "graded")
    return CityTypeCounts(city_type, len(same), graded, sum(1 for r in same if r.certified), len(same) - graded)


def grade_numbers(framework: Framework) -> list[int]:
    """The framework's grades, best first (1, 2, ...)."""
    return sorted({g.grade for g in framework.grades})


def certified_grades(framework: Framework) -> list[int]:
    """The grades that certify (1 to 3 in the sample framework)."""
    return sorted({g.grade for g in framework.grades if g.certified})


def grade_distribution(results: Sequence[ApplicantResult], framework: Framework,
                       city_type: CityType) -> dict[int | Literal["incomplete"], int]:
    """How many applicants of the city type got each grade, and how many are not graded."""
    dist: dict[int | Literal["incomplete"], int] = {g: 0 for g in grade_numbers(framework)}
    dist["incomplete"] = 0
    for r in results:
        if r.city_type != city_type:
            continue
        if r.status == "graded" and r.grade is not None:
            dist[r.grade] = dist.get(r.grade, 0) + 1
        else:
            dist["incomplete"] += 1
    return dist


def flags_by_kind(results: Sequence[ApplicantResult]) -> dict[str, int]:
    """Number of flags of each kind over the round, known kinds first."""
    found: dict[str, int] = {}
    for r in results:
        for f in r.flags:
            found[f.kind] = found.get(f.kind, 0) + 1
    order = list(FLAG_KO)
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def disagreement_flags(results: Sequence[ApplicantResult]) -> list[tuple[ApplicantResult, Flag]]:
    """Spread and deviation flags, applicant by applicant, in the order the engine gave them."""
    return [(r, f) for r in results for f in r.flags if f.kind in ("spread", "deviation")]


# --- the committee's agreement (computed elsewhere; may not be available) --------------------------------

# Krippendorff's own guidance: rely on alpha >= .800, draw tentative conclusions from .667 on.
RELIABLE_ALPHA = 0.800
TENTATIVE_ALPHA = 0.667


def alpha_reading(alpha: float | None) -> Literal["reliable", "tentative", "unreliable", "undefined"]:
    """Krippendorff's reading of an alpha: reliable, tentative, unreliable or undefined (None)."""
    if alpha is None:
        return "undefined"
    if alpha >= RELIABLE_ALPHA:
        return "reliable"
    if alpha >= TENTATIVE_ALPHA:
        return "tentative"
    return "unreliable"


def alpha_text(alpha: float | None) -> str:
    """Alpha with three decimals, or a dash when it cannot be computed (no variation, too few ratings)."""
    if alpha is None:
        return "—"
    return f"{alpha:.3f}"
