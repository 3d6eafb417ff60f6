"""Reading and editing score sheets in the store (both sides), as domain values.

The evaluator's workstation applies one :class:`~smartcert_desktop.domain.edits.Edit` per transaction, so
every keystroke that changes a score is on disk when the call returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from operator import attrgetter, itemgetter
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from ..domain.edits import Edit, apply_to_sheet
from ..domain.framework import Framework
from ..domain.rules import RuleError
from ..domain.sheets import ENTRY_FIELDS, Sheet, entry_fields, sheet_fields
from ..domain.text import TextError, clean_note
from ..errors import SmartcertError
from ..messages import msg
from ..store.models import ScoreEntry, ScoreSheet
from ..store.queries import load_sheets, sheet_row, to_sheet
from . import said
from .workspace import WorkspaceHandle


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
    """Replace every sheet of an evaluator at once (the merge applies a whole bundle this way).

    Core statements on the session's connection: one executemany of the sheets (their ids come back in the
    order given) and one of the entries, a bundle holding thousands; ORM objects for them took most of the
    merge's time.
    """
    conn = session.connection()
    old_ids = select(_SHEETS.c.id).where(_SHEETS.c.program_id == program_id, _SHEETS.c.evaluator_id == evaluator_id)
    conn.execute(delete(_ENTRIES).where(_ENTRIES.c.sheet_id.in_(old_ids)))
    conn.execute(delete(_SHEETS).where(_SHEETS.c.program_id == program_id, _SHEETS.c.evaluator_id == evaluator_id))
    if not sheets:
        return
    now = utcnow()
    ids = conn.execute(
        insert(_SHEETS).returning(_SHEETS.c.id, sort_by_parameter_order=True),
        [{"program_id": program_id, "evaluator_id": evaluator_id, "applicant_code": sheet.applicant_code,
          "updated_at": now, "bundle_id": bundle_id, "submitted_sequence": None, **sheet_fields(sheet)}
         for sheet in sheets]).scalars().all()
    names = ["sheet_id", "indicator_code", *(f.name for f in ENTRY_FIELDS)]
    values = attrgetter(*names[2:])
    entries = [(sheet_id, code, *values(e))
               for sheet_id, sheet in zip(ids, sheets, strict=True) for code, e in sorted(sheet.entries.items())]
    if entries:
        # The driver's own executemany: SQLAlchemy's work on each row's parameters was a third of the insert.
        statement = insert(_ENTRIES).compile(dialect=conn.dialect, column_keys=names)
        if statement.positional:
            at = [names.index(key) for key in statement.positiontup or ()]
            if at != list(range(len(names))):
                entries = list(map(itemgetter(*at), entries))
            conn.exec_driver_sql(str(statement), entries)
        else:
            conn.exec_driver_sql(str(statement), [dict(zip(names, row, strict=True)) for row in entries])


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


def apply_edit(session: Session, framework: Framework, program_id: str, evaluator_id: str, edit: Edit,
               before: Sheet | None = None) -> Sheet:
    """Validate and store one edit; returns the sheet after it.

    ``before`` is the sheet as it is stored now, when the caller holds it (the score form does): it is then
    not read again, and the edit is stored with two statements, one on the sheet's own row (which gives back
    whether the stored sheet is recused: an edit is never judged on a sheet that differs from the stored one
    in that) and one on the entry it changes.
    """
    if before is None:
        before = read_sheet(session, program_id, evaluator_id, edit.applicant_code)
        if before is None:
            row = sheet_row(session, program_id, evaluator_id, edit.applicant_code, create=True)
            assert row is not None
            before = to_sheet(row)
    validate_edit(framework, before, edit)
    after = apply_to_sheet(before, edit)
    changes = {"p": program_id, "e": evaluator_id, "a": edit.applicant_code, "now": utcnow()}
    if edit.indicator_code is None:
        changes |= {f"f_{name}": value for name, value in sheet_fields(after).items()
                    if name in _SHEET_EDIT_FIELDS[edit.field]}
        stored = session.execute(_UPDATE_SHEET[edit.field], changes).first()
        if stored is None:  # no sheet row yet: made and written whole
            write_sheet(session, program_id, after)
        return after
    stored = session.execute(_TOUCH_SHEET, changes).first()
    if stored is None:
        write_sheet(session, program_id, after)
        return after
    if bool(stored.recused) != before.recused:  # the caller's sheet is not the stored one: judge the stored one
        current = read_sheet(session, program_id, evaluator_id, edit.applicant_code)
        assert current is not None
        validate_edit(framework, current, edit)
        after = apply_to_sheet(current, edit)
    fields = entry_fields(after.entry(edit.indicator_code))
    changed = session.execute(_UPDATE_ENTRY[edit.field], {"s": stored.id, "c": edit.indicator_code,
                                                           "v": fields[edit.field]})
    if changed.rowcount == 0:  # type: ignore[attr-defined]  # the sheet has no entry for it yet
        session.execute(_INSERT_ENTRY, {"sheet_id": stored.id, "indicator_code": edit.indicator_code, **fields})
    return after


def commit_edit(handle: WorkspaceHandle, framework: Framework, program_id: str, evaluator_id: str, edit: Edit,
                before: Sheet) -> Sheet:
    """Validate and store one edit in its own transaction, durable when this returns: the score form's way.

    ``before`` is the sheet as it is stored now (see :func:`apply_edit`). The common edit, one field of an
    indicator whose entry is stored, runs two statements on the SQLite connection itself; anything else
    (a field of the whole sheet, a sheet or an entry not stored yet, a sheet whose recusal differs from
    ``before``, a store on a server) goes through :func:`apply_edit` in a session, which does the same.
    """
    if edit.indicator_code is not None:
        validate_edit(framework, before, edit)
        after = apply_to_sheet(before, edit)
        try:
            with handle.sqlite_write() as raw:
                if raw is not None:
                    touch, touch_values = _TOUCH_SQL
                    stored = raw.execute(touch, touch_values({"now": _STAMP(utcnow()), "p": program_id,
                                                              "e": evaluator_id, "a": edit.applicant_code})
                                         ).fetchone()
                    if stored is None or bool(stored[1]) != before.recused:
                        raise _Uncommon
                    value = entry_fields(after.entry(edit.indicator_code))[edit.field]
                    change, change_values = _ENTRY_SQL[edit.field]
                    if raw.execute(change, change_values({"v": value, "s": stored[0],
                                                          "c": edit.indicator_code})).rowcount != 1:
                        raise _Uncommon
                    return after
        except _Uncommon:
            pass  # rolled back; the session below does it
    with handle.session() as s:
        return apply_edit(s, framework, program_id, evaluator_id, edit, before=before)


class _Uncommon(Exception):
    """The edit is not the common case that commit_edit stores on the SQLite connection itself."""


def read_sheet(session: Session, program_id: str, evaluator_id: str, applicant_code: str) -> Sheet | None:
    """One stored sheet, read as plain rows (None when there is none)."""
    return load_sheets(session, program_id, evaluator_id, applicant_code).get((evaluator_id, applicant_code))


# One edit's statements, made once: SQLAlchemy Core on the tables, so no ORM object is loaded to change a
# field. Every change to a sheet stamps it and clears its bundle and submitted sequence, as write_sheet does.
_SQLITE = sqlite.dialect()
_SHEETS = cast(Table, ScoreSheet.__table__)
_ENTRIES = cast(Table, ScoreEntry.__table__)
_SHEET_EDIT_FIELDS = {"recusal": ("recused", "recusal_reason"), "note": ("note",), "onsite_note": ("onsite_note",)}


def _sheet_update(*names: str) -> Any:
    return (update(_SHEETS)
            .where(_SHEETS.c.program_id == bindparam("p"), _SHEETS.c.evaluator_id == bindparam("e"),
                   _SHEETS.c.applicant_code == bindparam("a"))
            .values(updated_at=bindparam("now"), bundle_id=None, submitted_sequence=None,
                    **{name: bindparam(f"f_{name}") for name in names})
            .returning(_SHEETS.c.id, _SHEETS.c.recused))


_TOUCH_SHEET = _sheet_update()
_UPDATE_SHEET = {field: _sheet_update(*names) for field, names in _SHEET_EDIT_FIELDS.items()}
_UPDATE_ENTRY = {
    f.name: update(_ENTRIES).where(_ENTRIES.c.sheet_id == bindparam("s"), _ENTRIES.c.indicator_code == bindparam("c"))
    .values({f.name: bindparam("v")})
    for f in ENTRY_FIELDS}
_INSERT_ENTRY = insert(_ENTRIES)
# The same two statements compiled once for the SQLite connection itself (commit_edit): one definition of what
# an edit writes, run without a session.
def _on_sqlite(statement: Any) -> tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]:
    compiled = statement.compile(dialect=_SQLITE)
    order = tuple(compiled.positiontup or ())

    def parameters(values: dict[str, Any]) -> tuple[Any, ...]:
        full = compiled.construct_params(values)
        return tuple(full[name] for name in order)

    return str(compiled), parameters


_TOUCH_SQL = _on_sqlite(_TOUCH_SHEET)
_ENTRY_SQL = {name: _on_sqlite(statement) for name, statement in _UPDATE_ENTRY.items()}
_STAMP = cast(Callable[[datetime], str],
              _SHEETS.c.updated_at.type.dialect_impl(_SQLITE).bind_processor(_SQLITE))
