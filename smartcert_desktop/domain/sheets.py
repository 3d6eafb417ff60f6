"""An evaluator's score sheet for one applicant, and what makes it complete (contract section 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from ..messages import Message, msg
from .framework import Framework, Indicator


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


_BLANK = IndicatorEntry()  # what an indicator without a stored entry holds (immutable, so one will do)


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
        entry = self.entries.get(code)
        return _BLANK if entry is None else entry


@dataclass(frozen=True)
class SheetField:
    """One field of a score sheet, as the store, the bundle payload and the score sheet workbook carry it:
    ``kind`` says what it holds (``level``: a Scale code or None; ``value``: a value text or None; ``note``:
    text; ``flag``: true or false)."""

    name: str
    kind: str  # level | value | note | flag


# The one table of a sheet's fields: adding one here adds it to the store's mapping and the bundle payload.
ENTRY_FIELDS: tuple[SheetField, ...] = (
    SheetField("level", "level"),
    SheetField("verified_value", "value"),
    SheetField("comment", "note"),
    SheetField("onsite_note", "note"),
    SheetField("confirmed", "flag"),
)
# In the order of IndicatorEntry's own fields, so that a stored row's columns make an entry as they come.
assert tuple(f.name for f in ENTRY_FIELDS) == tuple(f.name for f in fields(IndicatorEntry))
SHEET_FIELDS: tuple[SheetField, ...] = (
    SheetField("recused", "flag"),
    SheetField("recusal_reason", "note"),
    SheetField("note", "note"),
    SheetField("onsite_note", "note"),
)
assert tuple(f.name for f in SHEET_FIELDS) == tuple(f.name for f in fields(Sheet))[3:]


def entry_fields(entry: IndicatorEntry) -> dict[str, object]:
    """An entry's fields by name (:data:`ENTRY_FIELDS`)."""
    return {f.name: getattr(entry, f.name) for f in ENTRY_FIELDS}


def sheet_fields(sheet: Sheet) -> dict[str, object]:
    """A sheet's own fields by name (:data:`SHEET_FIELDS`), its entries apart."""
    return {f.name: getattr(sheet, f.name) for f in SHEET_FIELDS}


@dataclass(frozen=True)
class Missing:
    applicant_code: str
    indicator_code: str
    what: str  # "level" or "comment"

    def message(self) -> Message:
        if self.what == "comment":
            return msg("{applicant} {indicator}: comment missing", applicant=self.applicant_code,
                       indicator=self.indicator_code)
        return msg("{applicant} {indicator}: level missing", applicant=self.applicant_code,
                   indicator=self.indicator_code)

    def __str__(self) -> str:
        return str(self.message())


def indicator_missing(framework: Framework, indicator: Indicator, sheet: Sheet) -> str | None:
    """What one indicator still lacks for the sheet to be complete: ``"level"``, ``"comment"`` or None.

    The one rule of completeness (contract section 6), which submit, the merge and every screen use: a
    qualitative indicator needs a level of the Scale, and a comment where its level requires one; a
    quantitative indicator needs nothing (blank means confirmed as reported); a recused sheet needs nothing.
    """
    if sheet.recused or indicator.kind != "qualitative":
        return None
    e = sheet.entry(indicator.code)
    level = framework.scale_code(e.level)
    if level is None:
        return "level"
    if level in framework.comment_required_levels and not e.comment.strip():  # level is a Scale code already
        return "comment"
    return None


def indicator_complete(framework: Framework, indicator: Indicator, sheet: Sheet) -> bool:
    return indicator_missing(framework, indicator, sheet) is None


def missing_in(framework: Framework, sheet: Sheet) -> list[Missing]:
    """What is still missing for the sheet to be complete; empty when complete or recused."""
    return [Missing(sheet.applicant_code, ind.code, what) for ind in framework.qualitative
            if (what := indicator_missing(framework, ind, sheet)) is not None]


def is_complete(framework: Framework, sheet: Sheet) -> bool:
    return not missing_in(framework, sheet)


def progress(framework: Framework, sheet: Sheet) -> tuple[int, int]:
    """(indicators complete, indicators in all), such as 47 / 63, by the rule of :func:`indicator_missing`."""
    total = len(framework.indicators)
    return total - len(missing_in(framework, sheet)), total


def sheet_status(framework: Framework, sheet: Sheet, submitted: bool = False) -> str:
    """An applicant's state on the evaluator's list: ``recused``, ``submitted`` (complete and in the last
    bundle), ``complete``, ``not_started`` (nothing entered) or ``in_progress``."""
    if sheet.recused:
        return "recused"
    if is_complete(framework, sheet):
        return "submitted" if submitted else "complete"
    if not any(e.level or e.comment or e.reviewed for e in sheet.entries.values()):
        return "not_started"
    return "in_progress"
