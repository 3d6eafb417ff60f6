"""An evaluator's score sheet for one applicant, and what makes it complete (contract section 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .framework import Framework


@dataclass(frozen=True)
class IndicatorEntry:
    """The evaluator's fields for one indicator. ``verified_value`` None means confirmed as reported."""

    level: str | None = None
    verified_value: str | None = None
    comment: str = ""
    onsite_note: str = ""
    confirmed: bool = False  # quantitative: the evaluator has looked at the reported value and confirmed it

    @property
    def reviewed(self) -> bool:
        return self.confirmed or self.verified_value is not None


@dataclass(frozen=True)
class Sheet:
    evaluator_id: str
    applicant_code: str
    entries: Mapping[str, IndicatorEntry] = field(default_factory=dict)
    recused: bool = False
    recusal_reason: str = ""
    note: str = ""          # free text for the whole applicant
    onsite_note: str = ""   # from the on-site inspection (현장실사)

    def entry(self, code: str) -> IndicatorEntry:
        return self.entries.get(code, IndicatorEntry())


@dataclass(frozen=True)
class Missing:
    applicant_code: str
    indicator_code: str
    what: str  # "level" or "comment"

    def __str__(self) -> str:
        return f"{self.applicant_code} {self.indicator_code}: {self.what} missing"


def _has_level(framework: Framework, level: str) -> bool:
    """A level counts only when it is one of the Scale's codes (blank or unknown text is no level)."""
    return level.strip().upper() in framework.scale_ratios


def missing_in(framework: Framework, sheet: Sheet) -> list[Missing]:
    """What is still missing for the sheet to be complete; empty when complete or recused."""
    if sheet.recused:
        return []
    missing: list[Missing] = []
    for ind in framework.qualitative:
        e = sheet.entry(ind.code)
        level = e.level or ""
        if not _has_level(framework, level):
            missing.append(Missing(sheet.applicant_code, ind.code, "level"))
        elif framework.comment_required(level) and not e.comment.strip():
            missing.append(Missing(sheet.applicant_code, ind.code, "comment"))
    return missing


def is_complete(framework: Framework, sheet: Sheet) -> bool:
    return not missing_in(framework, sheet)


def progress(framework: Framework, sheet: Sheet) -> tuple[int, int]:
    """(indicators reviewed, indicators in all), for progress display such as 41 / 63.

    Quantitative rows count once the evaluator has confirmed the reported value or entered another;
    completeness (:func:`missing_in`) does not need that, as the contract says blank means confirmed.
    """
    done = 0
    for ind in framework.indicators:
        e = sheet.entry(ind.code)
        if ind.kind == "quantitative":
            done += e.reviewed
            continue
        level = e.level or ""
        if _has_level(framework, level) and not (framework.comment_required(level) and not e.comment.strip()):
            done += 1
    return done, len(framework.indicators)
