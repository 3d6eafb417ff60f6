"""The round's outcome as one pure value, and the rules every output shows it by.

:class:`RoundOutcome` is what a program's state gives: the program's identity, the framework, each applicant's
result, the latest accepted sheets and the evaluators they count, the values in effect, the chair's decisions,
the evaluators' names; the ranking and the committee's agreement follow from it. One service function builds it
per program state (``services.results.round_outcome``); the results JSON, the results workbook, the PDFs and
the chair's screens all take only this value, so none of them can tell the round differently.

The rules that more than one output shows are here, once:

* :func:`share_percent` — the share (득점률) shown to people: the exact total / max truncated toward zero to
  the decimals shown (contract 1.1, section 7), so that a share shown at a threshold means it was reached;
* :func:`rank_results` — the ranking: per city type (large first), by total, equal totals sharing a rank.

No database, no Qt: plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from functools import cached_property

from .agreement import RoundAlpha, ratings_from_sheets, round_alpha
from .engine import ApplicantInput, ApplicantResult, PendingCorrection, RoundInput, compute_round
from .framework import Framework
from .rules import CityType
from .sheets import Sheet, is_complete

CITY_TYPE_ORDER: tuple[CityType, ...] = ("large", "small")


@dataclass(frozen=True)
class ProgramIdentity:
    """Which program a round belongs to (made once at ``program init``)."""

    id: str
    name: str
    fingerprint: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class Decision:
    """The chair's decision on a corrected value: ``accepted`` (the value now in effect) or ``dismissed``
    (of ``evaluator_id``'s value)."""

    applicant_code: str
    indicator_code: str
    action: str  # accepted | dismissed
    value: str
    evaluator_id: str | None
    reason: str
    decided_at: datetime | None = None


@dataclass(frozen=True)
class Ranked:
    """One line of the ranking; ``rank`` is None for an applicant without a grade (not ranked)."""

    rank: int | None
    result: ApplicantResult


@dataclass(frozen=True)
class RoundOutcome:
    """Everything a program's state says about the round (see the module's docstring)."""

    program: ProgramIdentity
    framework: Framework
    results: Sequence[ApplicantResult]
    # (evaluator, applicant); read through Sheet.entry(): an entry that holds only a confirmation may be left out
    sheets: Mapping[tuple[str, str], Sheet] = field(default_factory=dict)
    counted: Mapping[str, Sequence[str]] = field(default_factory=dict)     # applicant -> counted evaluators
    values_in_effect: Mapping[tuple[str, str], str] = field(default_factory=dict)
    accepted: Mapping[tuple[str, str], Decision] = field(default_factory=dict)
    decisions: tuple[Decision, ...] = ()                                    # every accept and dismiss, oldest first
    evaluator_names: Mapping[str, str] = field(default_factory=dict)        # as enrolled; ids where unknown

    @cached_property
    def ranking(self) -> tuple[Ranked, ...]:
        return tuple(rank_results(self.results))

    @cached_property
    def agreement(self) -> RoundAlpha:
        """Krippendorff's alpha (ordinal) over the counted evaluators' levels."""
        return round_alpha(self.framework, ratings_from_sheets(self.framework, self.counted, self.sheets))

    def result(self, code: str) -> ApplicantResult:
        """The result of applicant ``code``; ``KeyError`` when it is not in the round."""
        for r in self.results:
            if r.code == code:
                return r
        raise KeyError(code)

    def evaluator_name(self, evaluator_id: str) -> str:
        return self.evaluator_names.get(evaluator_id, "")

    def display_name(self) -> str:
        """The program's name as printed, the framework's when the program has none."""
        return self.program.name or self.framework.display_name()


def share_percent(points: Decimal, maximum: Decimal, decimals: int = 2) -> Decimal | None:
    """Points as a percentage of the maximum, truncated toward zero to ``decimals`` decimals (1,399.90 of
    2,000 is 69.99 with two decimals, 69.9 with one, never 70); None without a maximum.

    Computed on the exact fraction, so no rounding of a division can carry a share up to a threshold.
    """
    if maximum <= 0:
        return None
    steps = int(Fraction(points) / Fraction(maximum) * 100 * 10**decimals)  # int() truncates toward zero
    return Decimal(steps).scaleb(-decimals)


def rank_results(results: Iterable[ApplicantResult],
                 city_types: Sequence[str] = CITY_TYPE_ORDER) -> list[Ranked]:
    """The ranking: per city type (large first), graded applicants by total, highest first.

    Equal totals share a rank and the next rank skips (1, 2, 2, 4); among equal totals codes give the order.
    Applicants without a grade come after the ranked ones of their city type, by code, with rank None.
    """
    results = list(results)
    order = list(city_types) + sorted({r.city_type for r in results} - set(city_types))  # never drop one
    out: list[Ranked] = []
    for city_type in order:
        group = [r for r in results if r.city_type == city_type]
        graded = sorted((r for r in group if r.status == "graded"), key=lambda r: (-r.total, r.code))
        rank = 0
        previous: Decimal | None = None
        for position, r in enumerate(graded, start=1):
            if r.total != previous:
                rank, previous = position, r.total
            out.append(Ranked(rank, r))
        out.extend(Ranked(None, r) for r in sorted(group, key=lambda r: r.code) if r.status != "graded")
    return out


# --- from the program's state to the outcome (contract sections 7 and 8) -----------------------------------

def values_in_effect(reported: Mapping[tuple[str, str], str], decisions: Iterable[Decision]
                     ) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], Decision]]:
    """The value of each (applicant, indicator) that scoring uses: the reported one, or the value the chair
    accepted (the latest acceptance wins); and the acceptances in effect."""
    values = dict(reported)
    accepted: dict[tuple[str, str], Decision] = {}
    for d in decisions:
        if d.action == "accepted":
            accepted[(d.applicant_code, d.indicator_code)] = d
            values[(d.applicant_code, d.indicator_code)] = d.value
    return values, accepted


def pending_corrections(framework: Framework, sheets: Mapping[tuple[str, str], Sheet],
                        eligible: set[tuple[str, str]], values: Mapping[tuple[str, str], str],
                        decisions: Iterable[Decision]) -> dict[str, list[PendingCorrection]]:
    """Verified values that differ from the value in effect and were neither accepted nor dismissed.

    They come from the latest accepted sheets of the evaluators assigned to the applicant, not in conflict and
    not recused, complete or not: a correction noted on an unfinished sheet still reaches the chair. A
    dismissal dismisses one evaluator's value; another value from that evaluator is pending again.
    """
    dismissed = {(d.applicant_code, d.indicator_code, d.evaluator_id, d.value)
                 for d in decisions if d.action == "dismissed"}
    pending: dict[str, list[PendingCorrection]] = {}
    quantitative = {i.code for i in framework.quantitative}
    for (e, a), sheet in sorted(sheets.items()):
        if (e, a) not in eligible or sheet.recused:
            continue
        for code, entry in sorted(sheet.entries.items()):
            if code not in quantitative or entry.verified_value is None:
                continue
            value = entry.verified_value
            if value.strip() == (values.get((a, code)) or "").strip():
                continue
            if (a, code, e, value) in dismissed:
                continue
            pending.setdefault(a, []).append(PendingCorrection(code, e, value, entry.comment))
    return pending


def build_outcome(program: ProgramIdentity, framework: Framework, applicants: Sequence[ApplicantInput],
                  reported: Mapping[tuple[str, str], str], decisions: Sequence[Decision],
                  sheets: Mapping[tuple[str, str], Sheet], assigned: set[tuple[str, str]],
                  conflicts: set[tuple[str, str]], evaluator_names: Mapping[str, str] | None = None) -> RoundOutcome:
    """The round's outcome from what a program holds: the counted evaluators of each applicant are those
    assigned to it, not in conflict, not recused, whose latest accepted sheet for it is complete."""
    values, accepted = values_in_effect(reported, decisions)
    eligible = {p for p in assigned if p not in conflicts}
    counted: dict[str, list[str]] = {}
    levels: dict[str, dict[str, dict[str, str]]] = {}
    for (e, a), sheet in sorted(sheets.items()):
        if (e, a) in eligible and not sheet.recused and is_complete(framework, sheet):
            counted.setdefault(a, []).append(e)
            levels.setdefault(a, {})[e] = {i.code: sheet.entry(i.code).level or "" for i in framework.qualitative}
    pending = pending_corrections(framework, sheets, eligible, values, decisions)
    results = compute_round(RoundInput(framework, list(applicants), values, levels, pending))
    return RoundOutcome(program, framework, tuple(results), dict(sheets), counted, values, accepted,
                        tuple(decisions), dict(evaluator_names or {}))
