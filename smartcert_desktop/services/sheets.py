"""The score sheet workbook round trip on an evaluator workspace (contract section 6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.numbers import parse_decimal
from ..domain.sheets import Sheet
from ..errors import SmartcertError
from ..exchange.scoresheet_xlsx import SheetRowInfo, read_score_sheet, write_score_sheet
from ..messages import msg
from ..store import audit
from ..store.models import Applicant, ReportedValue, SelfAssessment
from ..store.queries import framework_of
from .evaluator import current_program, my_sheets
from .scoring import write_sheet
from .workspace import WorkspaceHandle, guard_output


def info_rows(session: Session, program_id: str) -> list[SheetRowInfo]:
    """The information cells of the score sheet: every assigned applicant × indicator, as the package gave
    them (reported values and their points, names, self-assessments)."""
    program = current_program(session, program_id)
    fw = framework_of(session, program)
    reported = {(r.applicant_code, r.indicator_code): r for r in session.scalars(
        select(ReportedValue).where(ReportedValue.program_id == program_id))}
    names = {a.code: (a.name_ko or "", a.name_en or "")
             for a in session.scalars(select(Applicant).where(Applicant.program_id == program_id))}
    selfs = {(x.applicant_code, x.indicator_code): x.level for x in session.scalars(
        select(SelfAssessment).where(SelfAssessment.program_id == program_id))}
    rows = []
    from .evaluator import assigned_codes

    for code in assigned_codes(session, program_id):
        name_ko, name_en = names.get(code, ("", ""))
        for ind in fw.indicators:
            r = reported.get((code, ind.code)) if ind.kind == "quantitative" else None
            rows.append(SheetRowInfo(code, ind.code, ind.kind, r.value if r else None,
                                     parse_decimal(r.points) if r is not None and r.points is not None else None,
                                     applicant_name_ko=name_ko, applicant_name_en=name_en,
                                     self_assessment=selfs.get((code, ind.code))))
    return rows


def export_sheet(handle: WorkspaceHandle, out: Path, lang: str = "ko") -> int:
    guard_output(out)
    ws = handle.owner()
    with handle.factory() as s:
        program = current_program(s)
        fw = framework_of(s, program)
        rows = info_rows(s, program.id)
        sheets = my_sheets(s, program.id, ws.owner_id)
    write_score_sheet(out, fw, rows, sheets, lang)
    return len(rows)


def import_sheet(handle: WorkspaceHandle, path: Path) -> int:
    """Load a filled score sheet: all or nothing. Returns how many applicant sheets changed."""
    ws = handle.owner()
    with handle.backup_before("sheet-import"), handle.session() as s:
        program = current_program(s)
        fw = framework_of(s, program)
        current = my_sheets(s, program.id, ws.owner_id)
        new = read_score_sheet(path, fw, info_rows(s, program.id), current, ws.owner_id)
        changed = 0
        for code, sheet in new.items():
            if sheet != current.get(code):
                write_sheet(s, program.id, sheet)
                changed += 1
        audit.append(s, ws.owner_id, "sheet.import", {"file": path.name, "changed": changed})
    return changed


# --- a preview of an import, and whole sheets written at once ------------------------------------------------

# The evaluator's fields a score sheet carries, in the order a preview lists them.
PREVIEW_FIELDS = ("level", "verified_value", "comment", "onsite_note")


@dataclass(frozen=True)
class SheetChange:
    """One field that an import would change: ``indicator_code`` None for the sheet's recusal."""

    applicant_code: str
    indicator_code: str | None
    field: str  # level | verified_value | comment | onsite_note | recusal
    before: str
    after: str


@dataclass(frozen=True)
class SheetPreview:
    """What importing a score sheet would do, computed without writing anything.

    ``before`` and ``after`` hold the whole sheets of the applicants that change, so that the import and
    its undo can each be written as one transaction (:func:`write_sheets`).
    """

    file: str
    changes: tuple[SheetChange, ...]
    before: dict[str, Sheet]
    after: dict[str, Sheet]


def _text(value: str | None) -> str:
    return value or ""


def sheet_changes(framework_order: Sequence[str], old: Sheet, new: Sheet) -> list[SheetChange]:
    """The evaluator's fields that differ between two sheets of one applicant, in framework order."""
    changes: list[SheetChange] = []
    code = new.applicant_code
    if (old.recused, old.recusal_reason) != (new.recused, new.recusal_reason):
        changes.append(SheetChange(code, None, "recusal", old.recusal_reason if old.recused else "",
                                   new.recusal_reason if new.recused else ""))
    for indicator in framework_order:
        before, after = old.entry(indicator), new.entry(indicator)
        for field in PREVIEW_FIELDS:
            was, becomes = _text(getattr(before, field)), _text(getattr(after, field))
            if was != becomes:
                changes.append(SheetChange(code, indicator, field, was, becomes))
    return changes


def preview_sheet(handle: WorkspaceHandle, path: Path) -> SheetPreview:
    """Read a filled score sheet and say what importing it would change; writes nothing.

    Raises the same :class:`~smartcert_desktop.errors.ValidationError` as :func:`import_sheet` for a sheet
    with problems (every problem by sheet, row and column).
    """
    ws = handle.owner()
    with handle.factory() as s:
        program = current_program(s)
        fw = framework_of(s, program)
        current = my_sheets(s, program.id, ws.owner_id)
        new = read_score_sheet(path, fw, info_rows(s, program.id), current, ws.owner_id)
    order = [ind.code for ind in fw.indicators]
    changes: list[SheetChange] = []
    before: dict[str, Sheet] = {}
    after: dict[str, Sheet] = {}
    for code, sheet in new.items():
        old = current.get(code) or Sheet(ws.owner_id, code)
        if sheet != old:
            before[code], after[code] = old, sheet
            changes.extend(sheet_changes(order, old, sheet))
    return SheetPreview(path.name, tuple(changes), before, after)


def write_sheets(handle: WorkspaceHandle, sheets: Sequence[Sheet], *, action: str, file: str = "") -> None:
    """Store whole sheets of the workspace's evaluator in one transaction, recorded in the audit log as
    ``action`` ("sheet.import", or "sheet.import.undo" when the desktop program takes one back)."""
    ws = handle.owner()
    for sheet in sheets:
        if sheet.evaluator_id != ws.owner_id:
            raise SmartcertError(msg("the sheet of {applicant} belongs to evaluator {evaluator}, not to {owner}; "
                                     "nothing was changed", applicant=sheet.applicant_code,
                                     evaluator=sheet.evaluator_id, owner=ws.owner_id))
    with handle.session() as s:
        program = current_program(s)
        assigned = set(my_sheets(s, program.id, ws.owner_id))
        for sheet in sheets:
            if sheet.applicant_code not in assigned:
                raise SmartcertError(msg("{applicant} is not assigned to {owner}; nothing was changed",
                                         applicant=sheet.applicant_code, owner=ws.owner_id))
            write_sheet(s, program.id, sheet)
        audit.append(s, ws.owner_id, action, {"file": file, "applicants": sorted(x.applicant_code for x in sheets)})
