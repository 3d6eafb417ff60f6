"""The store's read queries: what the services need to know of a workspace, as domain values where they can be.

The services (``services/``) decide and write; what they read is asked here, so that a query is written once
and both engines (SQLite, PostgreSQL) run the same one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import select
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
    return {(r.applicant_code, r.indicator_code): r.value
            for r in session.scalars(select(ReportedValue).where(ReportedValue.program_id == program_id))}


def applicant_codes(session: Session, program_id: str) -> set[str]:
    return set(session.scalars(select(Applicant.code).where(Applicant.program_id == program_id)))



def conflicts_of(session: Session, program_id: str) -> set[tuple[str, str]]:
    return {(c.evaluator_id, c.applicant_code)
            for c in session.scalars(select(Conflict).where(Conflict.program_id == program_id))}


def evaluator_ids(session: Session, program_id: str) -> list[str]:
    return list(session.scalars(select(Evaluator.id).where(Evaluator.program_id == program_id)
                                .order_by(Evaluator.id)))


def assignments_of(session: Session, program_id: str) -> set[tuple[str, str]]:
    return {(a.evaluator_id, a.applicant_code)
            for a in session.scalars(select(Assignment).where(Assignment.program_id == program_id))}


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


def load_sheets(session: Session, program_id: str, evaluator_id: str | None = None) -> dict[tuple[str, str], Sheet]:
    """``{(evaluator, applicant): Sheet}`` for a program (optionally one evaluator).

    Read as plain rows, not ORM objects: a merged round holds tens of thousands of entries, and making an
    ORM object of each took most of the time of the results (the same values either way, entries in
    indicator code order as the relationship orders them).
    """
    heads_q = select(ScoreSheet.id, ScoreSheet.evaluator_id, ScoreSheet.applicant_code,
                     *(getattr(ScoreSheet, f.name) for f in SHEET_FIELDS)).where(ScoreSheet.program_id == program_id)
    if evaluator_id is not None:
        heads_q = heads_q.where(ScoreSheet.evaluator_id == evaluator_id)
    heads = session.execute(heads_q).all()
    entries: dict[int, dict[str, IndicatorEntry]] = {h.id: {} for h in heads}
    names = [f.name for f in ENTRY_FIELDS]
    entries_q = (select(ScoreEntry.sheet_id, ScoreEntry.indicator_code, *(getattr(ScoreEntry, n) for n in names))
                 .where(ScoreEntry.sheet_id.in_(heads_q.with_only_columns(ScoreSheet.id)))
                 .order_by(ScoreEntry.sheet_id, ScoreEntry.indicator_code))
    for sheet_id, code, *values in session.execute(entries_q):
        entries[sheet_id][code] = IndicatorEntry(**dict(zip(names, values, strict=True)))
    return {(h.evaluator_id, h.applicant_code): Sheet(
                evaluator_id=h.evaluator_id, applicant_code=h.applicant_code, entries=entries[h.id],
                **{f.name: getattr(h, f.name) for f in SHEET_FIELDS})
            for h in heads}


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
