"""The score sheet workbook round trip on an evaluator workspace (contract section 6)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.numbers import parse_decimal
from ..exchange.scoresheet_xlsx import SheetRowInfo, read_score_sheet, write_score_sheet
from ..store import audit
from ..store.models import Applicant, ReportedValue, SelfAssessment
from .evaluator import current_program, my_sheets
from .program import framework_of
from .scoring import write_sheet
from .workspace import WorkspaceHandle, guard_output


def info_rows(session: Session, program_id: str) -> list[SheetRowInfo]:
    program = current_program(session, program_id)
    fw = framework_of(session, program)
    reported = {(r.applicant_code, r.indicator_code): r for r in session.scalars(
        select(ReportedValue).where(ReportedValue.program_id == program_id))}
    rows = []
    from .evaluator import assigned_codes

    for code in assigned_codes(session, program_id):
        for ind in fw.indicators:
            r = reported.get((code, ind.code)) if ind.kind == "quantitative" else None
            rows.append(SheetRowInfo(code, ind.code, ind.kind, r.value if r else None,
                                     parse_decimal(r.points) if r is not None and r.points is not None else None))
    return rows


def export_sheet(handle: WorkspaceHandle, out: Path, lang: str = "ko") -> int:
    guard_output(out)
    ws = handle.owner()
    with handle.factory() as s:
        program = current_program(s)
        fw = framework_of(s, program)
        rows = info_rows(s, program.id)
        names = {a.code: (a.name_ko if lang == "ko" else a.name_en) or a.name_ko
                 for a in s.scalars(select(Applicant).where(Applicant.program_id == program.id))}
        selfs = {(x.applicant_code, x.indicator_code): x.level for x in s.scalars(
            select(SelfAssessment).where(SelfAssessment.program_id == program.id))}
        sheets = my_sheets(s, program.id, ws.owner_id)
    write_score_sheet(out, fw, rows, sheets, lang, applicant_names=names, self_assessment=selfs)
    return len(rows)


def import_sheet(handle: WorkspaceHandle, path: Path) -> int:
    """Load a filled score sheet: all or nothing. Returns how many applicant sheets changed."""
    ws = handle.owner()
    handle.backup("sheet-import")
    with handle.session() as s:
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
