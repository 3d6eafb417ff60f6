"""The store's read queries: what the services need to know of a workspace, as domain values where they can be.

The services (``services/``) decide and write; what they read is asked here, so that a query is written once
and both engines (SQLite, PostgreSQL) run the same one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload

from ..domain.engine import ApplicantInput
from ..domain.framework import Framework
from ..domain.outcome import Decision, ProgramIdentity
from ..domain.sheets import ENTRY_FIELDS, SHEET_FIELDS, IndicatorEntry, Sheet
from ..errors import SmartcertError
from ..messages import msg
from .models import (
    Applicant,
    Assignment,
    Conflict,
    CorrectionDecision,
    Evaluator,
    FrameworkSnapshot,
    Program,
    ReportedValue,
    ScoreEntry,
    ScoreSheet,
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@lru_cache(maxsize=16)
def _framework_from_json(canonical: str) -> Framework:
    return Framework.from_json(canonical)


def store_framework(session: Session, framework: Framework) -> FrameworkSnapshot:
    snap = session.get(FrameworkSnapshot, framework.hash)
    if snap is None:
        snap = FrameworkSnapshot(hash=framework.hash, framework_id=framework.id, version=framework.version,
                                 canonical_json=framework.canonical_json().decode("utf-8"))
        session.add(snap)
    return snap


def framework_of(session: Session, program: Program) -> Framework:
    snap = session.get(FrameworkSnapshot, program.framework_hash)
    if snap is None:
        raise SmartcertError(msg("program {program}: its framework snapshot is missing", program=program.id))
    return _framework_from_json(snap.canonical_json)


def the_program(session: Session) -> Program:
    """The one program of a program workspace."""
    program = session.scalars(select(Program)).first()
    if program is None:
        raise SmartcertError(msg("this workspace has no program"))
    return program



def applicant_inputs(session: Session, program_id: str) -> list[ApplicantInput]:
    return [ApplicantInput(a.code, a.name_ko, a.name_en, a.population, a.province)
            for a in session.scalars(select(Applicant).where(Applicant.program_id == program_id)
                                     .order_by(Applicant.code))]


def reported_values(session: Session, program_id: str) -> dict[tuple[str, str], str]:
    return {(a, i): v for a, i, v in plain_rows(session, _REPORTED, {"program_id": program_id})}


_REPORTED = select(ReportedValue.applicant_code, ReportedValue.indicator_code, ReportedValue.value).where(
    ReportedValue.program_id == bindparam("program_id"))


def applicant_codes(session: Session, program_id: str) -> set[str]:
    return set(session.scalars(select(Applicant.code).where(Applicant.program_id == program_id)))



def conflicts_of(session: Session, program_id: str, evaluator_id: str | None = None) -> set[tuple[str, str]]:
    """(evaluator, applicant) of the declared conflicts (optionally of one evaluator)."""
    q = select(Conflict.evaluator_id, Conflict.applicant_code).where(Conflict.program_id == program_id)
    if evaluator_id is not None:
        q = q.where(Conflict.evaluator_id == evaluator_id)
    return {(e, a) for e, a in session.connection().execute(q)}


def evaluator_ids(session: Session, program_id: str) -> list[str]:
    return list(session.scalars(select(Evaluator.id).where(Evaluator.program_id == program_id)
                                .order_by(Evaluator.id)))


def assignments_of(session: Session, program_id: str, evaluator_id: str | None = None) -> set[tuple[str, str]]:
    """(evaluator, applicant) of the assignments (optionally of one evaluator)."""
    q = select(Assignment.evaluator_id, Assignment.applicant_code).where(Assignment.program_id == program_id)
    if evaluator_id is not None:
        q = q.where(Assignment.evaluator_id == evaluator_id)
    return {(e, a) for e, a in session.connection().execute(q)}


def sheet_row(session: Session, program_id: str, evaluator_id: str, applicant_code: str,
              create: bool = False) -> ScoreSheet | None:
    row = session.scalars(select(ScoreSheet).where(
        ScoreSheet.program_id == program_id, ScoreSheet.evaluator_id == evaluator_id,
        ScoreSheet.applicant_code == applicant_code).options(selectinload(ScoreSheet.entries))).first()
    if row is None and create:
        row = ScoreSheet(program_id=program_id, evaluator_id=evaluator_id, applicant_code=applicant_code,
                         recused=False, recusal_reason="", note="", onsite_note="", updated_at=utcnow())
        session.add(row)
        session.flush()
    return row


def to_sheet(row: ScoreSheet) -> Sheet:
    return Sheet(
        evaluator_id=row.evaluator_id, applicant_code=row.applicant_code,
        entries={e.indicator_code: IndicatorEntry(**{f.name: getattr(e, f.name) for f in ENTRY_FIELDS})
                 for e in row.entries},
        **{f.name: getattr(row, f.name) for f in SHEET_FIELDS})


def load_sheets(session: Session, program_id: str, evaluator_id: str | None = None,
                applicant_code: str | None = None, *, confirmations: bool = True) -> dict[tuple[str, str], Sheet]:
    """``{(evaluator, applicant): Sheet}`` for a program (optionally one evaluator, one applicant).

    ``confirmations=False`` leaves out the entries that hold nothing but a confirmation (no level, no
    verified value, no comment, no on-site note): what the round's outcome reads of a sheet (levels,
    comments, verified values, notes, through :meth:`Sheet.entry`) is the same without them, and they are
    most of a merged round's rows (a quantitative indicator confirmed as reported).

    Read as the driver's plain rows, neither ORM objects nor SQLAlchemy rows: a merged round holds tens of
    thousands of entries, and making an object of each took most of the time of the results (the same
    values either way, entries in indicator code order as the relationship orders them).
    """
    heads_q, entries_q = _sheet_statements(evaluator_id is not None, applicant_code is not None, confirmations)
    params = {"program_id": program_id, "evaluator_id": evaluator_id, "applicant_code": applicant_code}
    heads = plain_rows(session, heads_q, params)
    entries: dict[int, dict[str, IndicatorEntry]] = {h[0]: {} for h in heads}
    entry_flags = [i for i, f in enumerate(ENTRY_FIELDS) if f.kind == "flag"]
    made: dict[tuple[Any, ...], IndicatorEntry] = {}  # equal entries (most quantitative ones are blank) made once
    for row in plain_rows(session, entries_q, params):
        key = row[2:]
        entry = made.get(key)
        if entry is None:
            values = list(key)
            for i in entry_flags:
                values[i] = bool(values[i])
            entry = made[key] = IndicatorEntry(*values)  # the fields in ENTRY_FIELDS order (domain/sheets.py)
        entries[row[0]][row[1]] = entry
    sheet_flags = [i for i, f in enumerate(SHEET_FIELDS) if f.kind == "flag"]
    sheets: dict[tuple[str, str], Sheet] = {}
    for sheet_id, evaluator, applicant, *values in heads:
        for i in sheet_flags:
            values[i] = bool(values[i])
        sheets[(evaluator, applicant)] = Sheet(evaluator, applicant, entries[sheet_id], *values)
    return sheets


@lru_cache(maxsize=16)
def _sheet_statements(by_evaluator: bool, by_applicant: bool, confirmations: bool) -> tuple[Select[Any], Select[Any]]:
    """load_sheets' two statements for one choice of filters, made once, with named parameters."""
    heads_q = select(ScoreSheet.id, ScoreSheet.evaluator_id, ScoreSheet.applicant_code,
                     *(getattr(ScoreSheet, f.name) for f in SHEET_FIELDS)
                     ).where(ScoreSheet.program_id == bindparam("program_id"))
    if by_evaluator:
        heads_q = heads_q.where(ScoreSheet.evaluator_id == bindparam("evaluator_id"))
    if by_applicant:
        heads_q = heads_q.where(ScoreSheet.applicant_code == bindparam("applicant_code"))
    entries_q = (select(ScoreEntry.sheet_id, ScoreEntry.indicator_code,
                        *(getattr(ScoreEntry, f.name) for f in ENTRY_FIELDS))
                 .where(ScoreEntry.sheet_id.in_(heads_q.with_only_columns(ScoreSheet.id)))
                 .order_by(ScoreEntry.sheet_id, ScoreEntry.indicator_code))
    if not confirmations:
        entries_q = entries_q.where(or_(ScoreEntry.level.is_not(None), ScoreEntry.verified_value.is_not(None),
                                        ScoreEntry.comment != "", ScoreEntry.onsite_note != ""))
    return heads_q, entries_q


@lru_cache(maxsize=64)
def _compiled(statement: Select[Any], dialect: Any) -> Any:
    return statement.compile(dialect=dialect)


def plain_rows(session: Session, statement: Select[Any], params: Mapping[str, Any] | None = None) -> list[Any]:
    """The rows of ``statement`` as the database driver returns them: tuples, no type processing (a boolean
    comes back from SQLite as 0 or 1; the caller converts it). For the large reads, where SQLAlchemy's row
    objects took as long as the database. The driver's errors are raised as SQLAlchemy's, as a query's are.

    With ``params`` (the values of the statement's named ``bindparam`` values), the statement is one made once
    (a module's constant) and is compiled once per dialect; without, its literal values are compiled in."""
    conn = session.connection()
    if params is None:
        compiled = statement.compile(dialect=conn.dialect)
        params = compiled.construct_params()
    else:
        compiled = _compiled(statement, conn.dialect)
        params = compiled.construct_params(params)
    args: Any = tuple(params[name] for name in compiled.positiontup or ()) if compiled.positional else params
    sql = str(compiled)
    driver = conn.dialect.loaded_dbapi
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, args)
        return list(cursor.fetchall())
    except driver.Error as exc:
        raise DBAPIError.instance(sql, args, exc, driver.Error) from exc
    finally:
        cursor.close()


def program_identity(program: Program) -> ProgramIdentity:
    return ProgramIdentity(program.id, program.name, program.fingerprint, program.created_at)


def decisions_of(session: Session, program_id: str) -> list[Decision]:
    """The chair's decisions on corrected values, oldest first."""
    return [Decision(d.applicant_code, d.indicator_code, d.action, d.value, d.evaluator_id, d.reason, d.decided_at)
            for d in session.scalars(select(CorrectionDecision).where(CorrectionDecision.program_id == program_id)
                                     .order_by(CorrectionDecision.id))]


def evaluator_names(session: Session, program_id: str) -> dict[str, str]:
    """Evaluator id -> name, as enrolled in the program."""
    return {e.id: e.name for e in session.scalars(select(Evaluator).where(Evaluator.program_id == program_id))}
