"""Reading and editing score sheets in the store (both sides), as domain values.

The evaluator's workstation applies one :class:`~smartcert_desktop.domain.edits.Edit` per transaction, so
every keystroke that changes a score is on disk when the call returns.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..domain.edits import Edit, apply_to_sheet
from ..domain.framework import Framework
from ..domain.rules import RuleError
from ..domain.sheets import Sheet, entry_fields, sheet_fields
from ..domain.text import TextError, clean_note
from ..errors import SmartcertError
from ..messages import msg
from ..store.models import ScoreEntry, ScoreSheet
from ..store.queries import sheet_row, to_sheet
from . import said


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def write_sheet(session: Session, program_id: str, sheet: Sheet, bundle_id: int | None = None, *,
                row: ScoreSheet | None = None) -> ScoreSheet:
    """Replace the stored sheet of (evaluator, applicant) by ``sheet``; ``row`` is that sheet's row when the
    caller has just read it in this session (it is not read again)."""
    if row is None:
        row = sheet_row(session, program_id, sheet.evaluator_id, sheet.applicant_code, create=True)
    assert row is not None
    for f, value in sheet_fields(sheet).items():
        setattr(row, f, value)
    row.updated_at = utcnow()
    row.bundle_id = bundle_id
    row.submitted_sequence = None  # changed since the last bundle; submit sets it again
    existing = {e.indicator_code: e for e in row.entries}
    for code, entry in sheet.entries.items():
        e = existing.pop(code, None)
        if e is None:
            e = ScoreEntry(indicator_code=code)
            row.entries.append(e)
        for f, value in entry_fields(entry).items():
            setattr(e, f, value)
    for e in existing.values():
        row.entries.remove(e)
    session.flush()
    return row


def replace_evaluator_sheets(session: Session, program_id: str, evaluator_id: str, sheets: list[Sheet],
                             bundle_id: int | None) -> None:
    """Replace every sheet of an evaluator at once (the merge applies a whole bundle this way)."""
    old_ids = select(ScoreSheet.id).where(ScoreSheet.program_id == program_id,
                                          ScoreSheet.evaluator_id == evaluator_id)
    session.execute(delete(ScoreEntry).where(ScoreEntry.sheet_id.in_(old_ids)))
    session.execute(delete(ScoreSheet).where(ScoreSheet.program_id == program_id,
                                             ScoreSheet.evaluator_id == evaluator_id))
    now = utcnow()
    rows = [ScoreSheet(program_id=program_id, evaluator_id=evaluator_id, applicant_code=sheet.applicant_code,
                       updated_at=now, bundle_id=bundle_id, **sheet_fields(sheet))
            for sheet in sheets]
    session.add_all(rows)
    session.flush()
    # The entries (a bundle holds thousands) go in as one executemany of plain rows: an ORM object for each
    # took most of the merge's time.
    entries = [{"sheet_id": row.id, "indicator_code": code, **entry_fields(e)}
               for row, sheet in zip(rows, sheets, strict=True) for code, e in sorted(sheet.entries.items())]
    if entries:
        # render_nulls: every row the same columns (the ORM would leave out the None levels and verified values
        # and so cut the rows into many small batches).
        session.execute(insert(ScoreEntry).execution_options(render_nulls=True), entries)


_NOTES = {"the reason": msg("the reason"), "the note": msg("the note"), "the onsite note": msg("the onsite note"),
          "the comment": msg("the comment")}  # what a note is, as messages name it


def _check_note(value: object, what: str) -> None:
    """A comment, note or reason: text of at most 10,000 characters, no control character but tab and line
    breaks (contract section 10). Kept as typed; a workbook written from it reads back the same."""
    if not isinstance(value, str):
        raise SmartcertError(msg("{what} must be text", what=_NOTES.get(what, what)))
    try:
        clean_note(value, _NOTES.get(what, what))
    except TextError as exc:
        raise SmartcertError(said(exc)) from None


def validate_edit(framework: Framework, sheet: Sheet, edit: Edit) -> None:
    """Refuse an edit that would put something invalid in the sheet."""
    if edit.indicator_code is None:
        if edit.field == "recusal":
            if not isinstance(edit.new, tuple) or len(edit.new) != 2:
                raise SmartcertError(msg("recusal needs (recused, reason)"))
            if edit.new[0] and not str(edit.new[1]).strip():
                raise SmartcertError(msg("a recusal needs a reason"))
            _check_note(str(edit.new[1]), "the reason")
            return
        if edit.field not in ("note", "onsite_note"):
            raise SmartcertError(msg("unknown sheet field {field}", field=edit.field))
        _check_note(edit.new, f"the {edit.field.replace('_', ' ')}")
        return
    if sheet.recused:
        raise SmartcertError(msg("{applicant}: you recused yourself from this applicant; it cannot be scored",
                                 applicant=sheet.applicant_code))
    ind = framework.indicator_by_code.get(edit.indicator_code)
    if ind is None:
        raise SmartcertError(msg("unknown indicator {indicator}", indicator=edit.indicator_code))
    if edit.field == "level":
        if ind.kind != "qualitative":
            raise SmartcertError(msg("{indicator} is quantitative; it takes no level", indicator=ind.code))
        if edit.new is not None and (not isinstance(edit.new, str) or framework.scale_code(edit.new) != edit.new):
            raise SmartcertError(msg("{indicator}: level {level!r} is not in the Scale ({scale})", indicator=ind.code,
                                     level=edit.new, scale=", ".join(framework.scale_ratios)))
    elif edit.field in ("verified_value", "confirmed"):
        if ind.kind != "quantitative":
            raise SmartcertError(msg("{indicator} is qualitative; it has no reported value to verify",
                                     indicator=ind.code))
        if edit.field == "verified_value" and edit.new is not None:
            try:
                framework.rule(ind.code).check_value(str(edit.new))
            except RuleError as exc:
                raise SmartcertError(msg("{indicator}: {problem}", indicator=ind.code, problem=said(exc))) from exc
    elif edit.field not in ("comment", "onsite_note"):
        raise SmartcertError(msg("unknown indicator field {field}", field=edit.field))
    else:
        _check_note(edit.new, f"the {edit.field.replace('_', ' ')}")


def apply_edit(session: Session, framework: Framework, program_id: str, evaluator_id: str, edit: Edit) -> Sheet:
    """Validate and store one edit; returns the sheet after it."""
    row = sheet_row(session, program_id, evaluator_id, edit.applicant_code, create=True)
    assert row is not None
    before = to_sheet(row)
    validate_edit(framework, before, edit)
    after = apply_to_sheet(before, edit)
    write_sheet(session, program_id, after, row=row)
    return after
