"""The scoring engine: from values in effect and counted evaluators' levels to each applicant's result.

Pure Python, no Qt, no database: the merge service gathers the state and calls :func:`compute_round`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ..messages import Message, Text, msg
from .aggregation import QualitativeAggregate, aggregate_qualitative, mean
from .framework import Framework
from .grading import decide_grade
from .numbers import canonical_decimal, fmt2, round_half_up, round_half_up_quotient
from .rules import CityType, Rule, RuleError


@dataclass(frozen=True)
class ApplicantInput:
    code: str
    name_ko: str
    name_en: str
    population: int
    province: str = ""


@dataclass(frozen=True)
class Flag:
    """Something the chair should look at. ``detail`` is the English text written into the results file;
    ``message`` the same as a message, to be shown in the reader's language (:meth:`said`)."""

    kind: str
    detail: str
    indicator: str | None = None
    evaluator: str | None = None
    message: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, kind: str, message: Message, *, indicator: str | None = None,
           evaluator: str | None = None) -> Flag:
        return cls(kind, str(message), indicator, evaluator, message)

    def said(self) -> Text:
        return self.message if self.message is not None else self.detail

    def to_dict(self) -> dict[str, str]:
        d = {"kind": self.kind, "detail": self.detail}
        if self.indicator is not None:
            d["indicator"] = self.indicator
        if self.evaluator is not None:
            d["evaluator"] = self.evaluator
        return d


@dataclass(frozen=True)
class PendingCorrection:
    indicator: str
    evaluator: str
    value: str
    comment: str

    def to_dict(self) -> dict[str, str]:
        return {"indicator": self.indicator, "evaluator": self.evaluator, "value": self.value,
                "comment": self.comment}


@dataclass(frozen=True)
class ApplicantResult:
    code: str
    name_ko: str
    name_en: str
    city_type: CityType
    status: str  # graded | incomplete
    evaluators_counted: int
    total: Decimal
    max_total: Decimal
    grade: int | None
    certified: bool
    domains: dict[str, Decimal]
    items: dict[str, Decimal]
    indicators: dict[str, Decimal]
    values_used: dict[str, str | None]                  # quantitative indicator -> value in effect
    evaluator_points: dict[str, dict[str, Decimal]]     # counted evaluator -> qualitative indicator -> points
    dropped: dict[str, frozenset[str]]                  # qualitative indicator -> evaluators trimmed
    pending_corrections: tuple[PendingCorrection, ...] = ()
    flags: tuple[Flag, ...] = ()

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "name_ko": self.name_ko, "name_en": self.name_en,
            "city_type": self.city_type, "status": self.status,
            "evaluators_counted": self.evaluators_counted,
            "total": fmt2(self.total), "max_total": fmt2(self.max_total),
            "grade": self.grade, "certified": self.certified,
            "domains": {k: fmt2(v) for k, v in self.domains.items()},
            "items": {k: fmt2(v) for k, v in self.items.items()},
            "indicators": {k: fmt2(v) for k, v in self.indicators.items()},
            "pending_corrections": [p.to_dict() for p in self.pending_corrections],
            "flags": [f.to_dict() for f in self.flags],
        }


def quantitative_points(framework: Framework, code: str, city_type: CityType, value: str | None,
                        peers: Sequence[str]) -> Decimal | None:
    """Points a value gives, rounded half-up; None when there is no value or it does not fit the rule."""
    top, bottom = framework.indicator_by_code[code].max_points.as_integer_ratio()
    return _points(framework.rule(code), top, bottom, city_type, value, peers)


def _points(rule: Rule, top: int, bottom: int, city_type: CityType, value: str | None,
            peers: Sequence[str]) -> Decimal | None:
    """:func:`quantitative_points` with the indicator's rule and its maximum (top / bottom) looked up."""
    if value is None or str(value).strip() == "":
        return None
    try:
        ratio = rule.ratio(value, city_type, peers)
    except RuleError:
        return None
    n, d = ratio.as_integer_ratio()
    return round_half_up_quotient(n * top, d * bottom)  # ratio × max, unreduced


def level_points(framework: Framework, code: str, level: str) -> Decimal:
    """An evaluator's exact points for a qualitative level (ratio × max, no rounding needed for a Scale)."""
    scale_code = framework.scale_code(level)
    if scale_code is None:
        raise KeyError(level)
    return framework.level_points[(code, scale_code)]


def peer_values(framework: Framework, applicants: Sequence[ApplicantInput],
                values: Mapping[tuple[str, str], str]) -> dict[tuple[CityType, str], list[str]]:
    """For MINMAX: per (city type, indicator) the valid values in effect of all applicants of that type."""
    peers: dict[tuple[CityType, str], list[str]] = {}
    minmax = [i.code for i in framework.quantitative if framework.rule(i.code).needs_peers]
    for a in applicants:
        ct = framework.city_type(a.population)
        for code in minmax:
            v = values.get((a.code, code))
            if v is None or not str(v).strip():
                continue
            try:
                framework.rule(code).check_value(v)
            except RuleError:
                continue
            peers.setdefault((ct, code), []).append(v)
    return peers


def quantitative_for(framework: Framework, applicant: ApplicantInput,
                     values: Mapping[tuple[str, str], str],
                     peers: Mapping[tuple[CityType, str], Sequence[str]]) -> dict[str, Decimal | None]:
    ct = framework.city_type(applicant.population)
    code = applicant.code
    return {c: _points(rule, top, bottom, ct, values.get((code, c)), peers.get((ct, c), ()))
            for c, rule, top, bottom in framework.quantitative_rules}


@dataclass
class RoundInput:
    framework: Framework
    applicants: Sequence[ApplicantInput]
    values: Mapping[tuple[str, str], str]                     # (applicant, indicator) -> value in effect
    levels: Mapping[str, Mapping[str, Mapping[str, str]]]     # applicant -> counted evaluator -> code -> level
    pending: Mapping[str, Sequence[PendingCorrection]] = field(default_factory=dict)


def compute_applicant(framework: Framework, applicant: ApplicantInput, quantitative: Mapping[str, Decimal | None],
                      values: Mapping[tuple[str, str], str], levels: Mapping[str, Mapping[str, str]],
                      pending: Sequence[PendingCorrection] = ()) -> ApplicantResult:
    ct = framework.city_type(applicant.population)
    qual_codes = [i.code for i in framework.qualitative]
    evaluator_points = {e: {c: level_points(framework, c, lv[c]) for c in qual_codes} for e, lv in levels.items()}
    agg: QualitativeAggregate = aggregate_qualitative(framework.aggregation, framework.trim_min_evaluators,
                                                      evaluator_points, qual_codes)
    flags: list[Flag] = []
    indicators: dict[str, Decimal] = {}
    values_used: dict[str, str | None] = {}
    for ind in framework.indicators:
        if ind.kind == "quantitative":
            value = values.get((applicant.code, ind.code))
            values_used[ind.code] = value
            pts = quantitative.get(ind.code)
            if value is None or not str(value).strip():
                flags.append(Flag.of("missing_data", msg("no reported value"), indicator=ind.code))
            elif pts is None:
                flags.append(Flag.of("invalid_value", msg("value '{value}' does not fit rule {rule}", value=value,
                                                         rule=ind.rule_name), indicator=ind.code))
            indicators[ind.code] = pts if pts is not None else Decimal("0.00")
        else:
            indicators[ind.code] = agg.points[ind.code]
    flags.extend(disagreement_flags(framework, evaluator_points))
    items = {it.code: sum((indicators[i.code] for i in framework.indicators_of(it.code)), Decimal("0.00"))
             for it in framework.items}
    domains = {d.code: sum((items[it.code] for it in framework.items_of(d.code)), Decimal("0.00"))
               for d in framework.domains}
    total = sum(domains.values(), Decimal("0.00"))
    counted = len(levels)
    if counted >= framework.min_evaluators:
        g = decide_grade(total, framework.total_max, ct, framework.grades)
        status, grade, certified = "graded", g.grade, g.certified
    else:
        status, grade, certified = "incomplete", None, False
    return ApplicantResult(
        code=applicant.code, name_ko=applicant.name_ko, name_en=applicant.name_en, city_type=ct,
        status=status, evaluators_counted=counted, total=total, max_total=framework.total_max,
        grade=grade, certified=certified, domains=domains, items=items, indicators=indicators,
        values_used=values_used, evaluator_points=evaluator_points, dropped=agg.dropped,
        pending_corrections=tuple(sorted(pending, key=lambda p: (p.indicator, p.evaluator))),
        flags=tuple(flags))


def disagreement_flags(framework: Framework, evaluator_points: Mapping[str, Mapping[str, Decimal]]) -> list[Flag]:
    """Spread per qualitative indicator and evaluators whose qualitative total is far from the panel mean."""
    flags: list[Flag] = []
    evaluators = sorted(evaluator_points)
    if len(evaluators) < 2:
        return flags
    limits = framework.spread_limits
    for ind in framework.qualitative:
        pts = [evaluator_points[e][ind.code] for e in evaluators]
        spread = max(pts) - min(pts)
        if spread > 0 and spread >= limits[ind.code]:
            flags.append(Flag.of("spread", msg("spread {spread} of {max_points} points (max {max}, min {min})",
                                               spread=canonical_decimal(spread),
                                               max_points=canonical_decimal(ind.max_points),
                                               max=canonical_decimal(max(pts)), min=canonical_decimal(min(pts))),
                                 indicator=ind.code))
    totals = {e: sum(evaluator_points[e].values(), Decimal(0)) for e in evaluators}
    panel = mean(list(totals.values()))
    if panel > 0:
        limit = Fraction(framework.deviation_flag_ratio) * panel
        for e in evaluators:
            difference = Fraction(totals[e]) - panel
            if abs(difference) > limit:  # |total − mean| / mean > ratio, the mean being positive
                deviation = difference / panel
                pct = round_half_up(deviation * 100)
                flags.append(Flag.of("deviation", msg("qualitative total {total} is {percent}% from the panel mean "
                                                      "{mean}", total=canonical_decimal(totals[e]),
                                                      percent=f"{pct:+}", mean=round_half_up(panel)),
                                     evaluator=e))
    return flags


def compute_round(data: RoundInput) -> list[ApplicantResult]:
    """Results for every applicant, sorted by code."""
    fw = data.framework
    peers = peer_values(fw, data.applicants, data.values)
    results = []
    for a in sorted(data.applicants, key=lambda a: a.code):
        quant = quantitative_for(fw, a, data.values, peers)
        results.append(compute_applicant(fw, a, quant, data.values, data.levels.get(a.code, {}),
                                         data.pending.get(a.code, ())))
    return results
