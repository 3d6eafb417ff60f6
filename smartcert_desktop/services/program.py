"""Use cases of the operating agency and the chair on a program workspace.

Each function that changes the store takes the Session of one user action and leaves committing to the
caller (``with handle.session() as s: ...``), so a failure anywhere changes nothing.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.assignment import AssignmentImpossible, assign
from ..domain.framework import Framework
from ..domain.text import TextError, brief, clean_name
from ..errors import Problem, SmartcertError, ValidationError
from ..exchange.keys import PrivateKeys
from ..messages import msg
from ..store import audit
from ..store import postgres as pg
from ..store.db import database_error
from ..store.models import (
    Applicant,
    Assignment,
    Conflict,
    Document,
    KeyFile,
    Program,
    ReportedValue,
    SelfAssessment,
    Workspace,
)
from ..store.postgres import ConnectionInfo, PasswordPrompt
from ..store.queries import (
    applicant_codes,
    assignments_of,
    conflicts_of,
    evaluator_ids,
    framework_of,
    store_framework,
    the_program,
)
from . import said
from .workspace import WorkspaceHandle

if TYPE_CHECKING:  # the workbook reader (openpyxl) is imported by the command that reads one, not by the merge
    from ..exchange.applicants_xlsx import ApplicantsData

MAX_DOCUMENT_BYTES = 200_000_000  # an evidence document (PDF), contract section 10
MAX_DOCUMENT_NAME_CHARS = 255

PDF_MAGIC = b"%PDF-"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_program_id() -> str:
    return uuid.uuid4().hex


def create_program(session: Session, framework: Framework, name: str, signing_public: bytes,
                   encryption_public: bytes, fingerprint: str, program_id: str | None = None) -> Program:
    session.add(Workspace(id=1, role="program", owner_id=program_id or "", owner_name=name,
                          created_at=utcnow(), created_by_version=__version__))
    store_framework(session, framework)
    program = Program(id=program_id or new_program_id(), name=name, framework_hash=framework.hash,
                      created_at=utcnow(), signing_public=signing_public, encryption_public=encryption_public,
                      fingerprint=fingerprint)
    session.add(program)
    session.flush()
    ws = session.get(Workspace, 1)
    assert ws is not None
    ws.owner_id = program.id
    audit.append(session, "agency", "program.init", {"program": program.id, "name": name,
                                                       "framework": framework.hash})
    return program


# --- applicants ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    reported: int
    self_assessments: int


def import_applicants(session: Session, data: ApplicantsData) -> ImportSummary:
    """Add or update applicants; for each applicant in the workbook its reported values and
    self-assessments are replaced by the workbook's rows (a missing row means no reported value)."""
    program = the_program(session)
    existing = {a.code: a for a in session.scalars(select(Applicant).where(Applicant.program_id == program.id))}
    added = updated = 0
    for a in data.applicants:
        row = existing.get(a.code)
        if row is None:
            session.add(Applicant(program_id=program.id, code=a.code, name_ko=a.name_ko, name_en=a.name_en,
                                  province=a.province, population=a.population))
            added += 1
        else:
            row.name_ko, row.name_en, row.province, row.population = a.name_ko, a.name_en, a.province, a.population
            updated += 1
    session.flush()
    codes = {a.code for a in data.applicants} | {a for a, _ in data.reported} | {a for a, _ in data.self_assessment}
    for code in codes:
        session.execute(delete(ReportedValue).where(ReportedValue.program_id == program.id,
                                                    ReportedValue.applicant_code == code))
        session.execute(delete(SelfAssessment).where(SelfAssessment.program_id == program.id,
                                                     SelfAssessment.applicant_code == code))
    for (code, ind), (value, evidence) in sorted(data.reported.items()):
        session.add(ReportedValue(program_id=program.id, applicant_code=code, indicator_code=ind, value=value,
                                  evidence=evidence))
    for (code, ind), level in sorted(data.self_assessment.items()):
        session.add(SelfAssessment(program_id=program.id, applicant_code=code, indicator_code=ind, level=level))
    audit.append(session, "agency", "applicants.import",
                 {"added": added, "updated": updated, "reported": len(data.reported),
                  "self_assessments": len(data.self_assessment)})
    return ImportSummary(added, updated, len(data.reported), len(data.self_assessment))


# --- evidence documents ----------------------------------------------------------------------------------

def add_documents(handle: WorkspaceHandle, session: Session, applicant_code: str,
                  files: Sequence[Path]) -> list[Document]:
    """Attach PDF evidence documents to an applicant. Every file is checked before any is stored."""
    program = the_program(session)
    if applicant_code not in applicant_codes(session, program.id):
        raise SmartcertError(msg("no applicant with code {code} in this program", code=brief(applicant_code)))
    problems: list[Problem] = []
    contents: list[tuple[Path, bytes]] = []
    for f in files:
        if not f.is_file():
            problems.append(Problem(msg("no such file"), file=str(f)))
            continue
        try:
            clean_name(f.name, "the file name", max_chars=MAX_DOCUMENT_NAME_CHARS)
        except TextError as exc:
            problems.append(Problem(msg("{problem}; rename the file", problem=said(exc)), file=str(f)))
            continue
        size = f.stat().st_size
        if size > MAX_DOCUMENT_BYTES:  # contract section 10; refused before it is read
            problems.append(Problem(msg("is {size:,} bytes; an evidence document may have at most {limit} MB",
                                        size=size, limit=MAX_DOCUMENT_BYTES // 1_000_000), file=str(f)))
            continue
        data = f.read_bytes()
        if len(data) > MAX_DOCUMENT_BYTES:
            problems.append(Problem(msg("is larger than {limit} MB", limit=MAX_DOCUMENT_BYTES // 1_000_000),
                                    file=str(f)))
            continue
        if not data.startswith(PDF_MAGIC):
            problems.append(Problem(msg("not a PDF file (evidence documents must be PDF)"), file=str(f)))
            continue
        contents.append((f, data))
    if problems:
        raise ValidationError(problems)
    docs = []
    for f, data in contents:
        digest = handle.store_document(data, session)
        doc = session.get(Document, (program.id, applicant_code, digest))
        if doc is None:
            doc = Document(program_id=program.id, applicant_code=applicant_code, sha256=digest,
                           filename=f.name, size=len(data))
            session.add(doc)
        docs.append(doc)
    audit.append(session, "agency", "documents.add",
                 {"applicant": applicant_code, "documents": [[d.filename, d.sha256] for d in docs]})
    return docs


# --- evaluators, conflicts and assignments ------------------------------------------------------------------

def set_conflicts(session: Session, evaluator_id: str, codes: Iterable[str]) -> None:
    program = the_program(session)
    known = applicant_codes(session, program.id)
    codes = sorted(set(codes))
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise SmartcertError(msg("--conflicts: no applicant with code {codes} in this program",
                                 codes=", ".join(map(brief, unknown))))
    assigned = [c for c in codes if (evaluator_id, c) in assignments_of(session, program.id)]
    if assigned:
        raise SmartcertError(msg("evaluator {evaluator} is already assigned to {applicants}; reassign before "
                                 "declaring the conflict. Nothing was changed.", evaluator=evaluator_id,
                                 applicants=", ".join(assigned)))
    for c in codes:
        if session.get(Conflict, (program.id, evaluator_id, c)) is None:
            session.add(Conflict(program_id=program.id, evaluator_id=evaluator_id, applicant_code=c))
    audit.append(session, "agency", "conflicts.declare", {"evaluator": evaluator_id, "applicants": codes})


def replace_assignments(session: Session, pairs: Iterable[tuple[str, str]], how: str) -> int:
    """Replace the program's assignments as a whole; refuses conflicts and unknown codes."""
    program = the_program(session)
    pairs = sorted(set(pairs))
    evs = set(evaluator_ids(session, program.id))
    apps = applicant_codes(session, program.id)
    blocked = conflicts_of(session, program.id)
    problems = []
    for e, a in pairs:
        if e not in evs:
            problems.append(Problem(msg("evaluator {evaluator} is not enrolled", evaluator=brief(e))))
        elif a not in apps:
            problems.append(Problem(msg("no applicant with code {code}", code=brief(a))))
        elif (e, a) in blocked:
            problems.append(Problem(msg("evaluator {evaluator} has a conflict with applicant {applicant} and must "
                                        "not score it; nothing was assigned", evaluator=e, applicant=a)))
    if problems:
        raise ValidationError(problems)
    session.execute(delete(Assignment).where(Assignment.program_id == program.id))
    for e, a in pairs:
        session.add(Assignment(program_id=program.id, evaluator_id=e, applicant_code=a))
    audit.append(session, "agency", "assignments.replace", {"how": how, "pairs": [list(p) for p in pairs]})
    return len(pairs)


def auto_assign(session: Session, per_applicant: int, seed: int) -> dict[str, list[str]]:
    program = the_program(session)
    try:
        result = assign(sorted(applicant_codes(session, program.id)), evaluator_ids(session, program.id),
                        conflicts_of(session, program.id), per_applicant, seed)
    except AssignmentImpossible as exc:
        raise SmartcertError(msg("cannot assign: {problem}; nothing was assigned", problem=said(exc))) from exc
    replace_assignments(session, [(e, a) for a, es in result.items() for e in es],
                        f"auto per_applicant={per_applicant} seed={seed}")
    return result


# --- creating a program workspace ------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgramCreated:
    path: Path
    program_id: str
    fingerprint: str
    framework: Framework


def init_program(target: Path, framework: Framework, name: str, passphrase: str,
                 scrypt_n: int | None = None, *, database: str | None = None,
                 ask_password: PasswordPrompt | None = None) -> ProgramCreated:
    """Create a program workspace in ``target`` (absent or empty): database, framework snapshot and keys.

    With ``database`` (``postgresql://USER@HOST[:PORT]/DB``) the program's store is a new schema in that
    PostgreSQL database, and ``target`` holds only the connection file.
    """
    from ..exchange import keys as keymod
    from .workspace import building, create_workspace_db

    if not passphrase:
        raise SmartcertError(msg("the program's passphrase must not be empty"))
    try:
        name = clean_name(name, "--name")
    except TextError as exc:
        raise ValidationError(Problem(said(exc))) from None
    if database is not None:
        return _init_server_program(target, framework, name, passphrase, scrypt_n, database, ask_password)
    private = keymod.generate_keys()
    with building(target) as tmp:
        kwargs = {"scrypt_n": scrypt_n or keymod.DEFAULT_SCRYPT_N}  # read at call time
        (tmp / "keys").mkdir()
        keymod.save_private_keys(tmp / "keys" / "program.key", private, passphrase,
                                 label=f"smartcert program {name}", **kwargs)
        handle = create_workspace_db(tmp, "program")
        try:
            with handle.session() as s:
                program = create_program(s, framework, name or framework.display_name(),
                                         private.public.signing, private.public.encryption, private.fingerprint)
                program_id = program.id
        finally:
            handle.close()
    return ProgramCreated(target, program_id, private.fingerprint, framework)


def _init_server_program(target: Path, framework: Framework, name: str, passphrase: str, scrypt_n: int | None,
                         database: str, ask_password: PasswordPrompt | None) -> ProgramCreated:
    """The program in a new schema of a PostgreSQL database, made in one transaction (schema, tables, program,
    key file: all or nothing), and its connection file in ``target``."""
    from ..exchange import keys as keymod
    from ..store.db import migrate_connection
    from .workspace import atomic_write, building, ensure_new_dir

    ensure_new_dir(target)
    url, password = pg.parse_database_url(database)
    program_id = new_program_id()
    info = ConnectionInfo(url, program_id, pg.schema_for(program_id))
    private = keymod.generate_keys()
    label = name or framework.display_name()
    key_data = keymod.encode_key_file(private, passphrase, label=f"smartcert program {label}",
                                      scrypt_n=scrypt_n or keymod.DEFAULT_SCRYPT_N)
    engine = pg.connect(url, info.schema, password, ask=ask_password)
    committed = False
    try:
        with building(target) as tmp:
            atomic_write(tmp / pg.CONNECTION_FILE, info.to_json())
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"CREATE SCHEMA {pg.quote(info.schema)}")
                    conn.exec_driver_sql(f"SET LOCAL search_path TO {pg.quote(info.schema)}")
                    migrate_connection(conn)
                    with Session(bind=conn, info={"staff": pg.staff_of(engine)}) as s:
                        create_program(s, framework, label, private.public.signing, private.public.encryption,
                                       private.fingerprint, program_id=program_id)
                        s.add(KeyFile(name="program.key", content=key_data, updated_at=utcnow()))
                        s.flush()
                committed = True
            except DBAPIError as exc:
                mapped = database_error(exc, info.display)
                raise (mapped or pg.connection_problem(exc, info.display)) from None
    except BaseException:
        if committed:  # the folder could not be put in place: take the new schema away again
            with contextlib.suppress(Exception), engine.begin() as conn:
                conn.exec_driver_sql(f"DROP SCHEMA {pg.quote(info.schema)} CASCADE")
        raise
    finally:
        engine.dispose()
    return ProgramCreated(target, program_id, private.fingerprint, framework)


def connect_program(target: Path, database: str, program_id: str,
                    ask_password: PasswordPrompt | None = None) -> ConnectionInfo:
    """Write the connection file of a program that is already on a PostgreSQL server into ``target`` (absent or
    empty), so that another staff machine works on it; the program must be there and pass the startup check."""
    from .workspace import atomic_write, building, ensure_new_dir, open_workspace

    ensure_new_dir(target)
    url, password = pg.parse_database_url(database)
    program_id = program_id.strip().lower()
    info = ConnectionInfo(url, program_id, pg.schema_for(program_id))
    engine = pg.connect(url, info.schema, password, ask=ask_password)
    try:
        if not pg.schema_exists(engine, info.schema):
            raise SmartcertError(msg("{database}: no program {program} in this database; list them with: smartcert "
                                     "program list --database {database}", database=pg.display_url(url),
                                     program=program_id))
    finally:
        engine.dispose()
    with building(target) as tmp:
        atomic_write(tmp / pg.CONNECTION_FILE, info.to_json())
        # The program must open there (and its schema be migrated) before the folder is put in place; the
        # password just given is asked for again only if libpq has none.
        given = password
        handle = open_workspace(tmp, "program", "read",
                                ask_password=(lambda _user, _database: given) if given else ask_password)
        handle.close()
    return info


def list_server_programs(database: str, ask_password: PasswordPrompt | None = None) -> list[pg.ProgramRow]:
    """The programs of a PostgreSQL database (``smartcert program list --database``)."""
    url, password = pg.parse_database_url(database)
    engine = pg.connect(url, None, password, ask=ask_password)
    try:
        return pg.list_programs(engine)
    except DBAPIError as exc:
        raise pg.connection_problem(exc, pg.display_url(url)) from None
    finally:
        engine.dispose()


def load_program_keys(handle: WorkspaceHandle, passphrase: str) -> PrivateKeys:
    """The program's private keys; a wrong passphrase is a clear error, before anything is written."""
    return handle.private_keys(passphrase)


# --- the agency's actions on a program workspace, each one user action (command line and desktop alike) ------

def import_applicants_file(handle: WorkspaceHandle, path: Path) -> ImportSummary:
    """Add or update applicants from a workbook; every problem is reported and nothing imported on error.

    The workbook is read before the write transaction begins, so a slow workbook never holds the program's
    write lock; the import itself checks again what it changes.
    """
    from ..exchange.applicants_xlsx import read_applicants

    with handle.factory() as s:
        program = the_program(s)
        framework = framework_of(s, program)
        known = applicant_codes(s, program.id)
    data = read_applicants(path, framework, known)
    with handle.session() as s:
        return import_applicants(s, data)


@dataclass(frozen=True)
class DocumentAdded:
    filename: str
    size: int
    sha256: str


def add_documents_files(handle: WorkspaceHandle, applicant_code: str, files: Sequence[Path]) -> list[DocumentAdded]:
    """Attach PDF evidence documents to an applicant, all or none."""
    with handle.session() as s:
        return [DocumentAdded(d.filename, d.size, d.sha256) for d in add_documents(handle, s, applicant_code, files)]


def declare_conflicts(handle: WorkspaceHandle, evaluator_id: str, codes: Sequence[str]) -> None:
    with handle.session() as s:
        set_conflicts(s, evaluator_id, codes)


def assign_automatically(handle: WorkspaceHandle, per_applicant: int, seed: int) -> dict[str, list[str]]:
    """Replace the assignments by a balanced, conflict-free one; applicant -> evaluators."""
    if per_applicant < 1:
        raise SmartcertError(msg("--per-applicant must be at least 1"))
    with handle.session() as s:
        return auto_assign(s, per_applicant, seed)


def import_assignments_file(handle: WorkspaceHandle, path: Path) -> dict[str, list[str]]:
    """Replace the assignments by those of a workbook (contract section 5); applicant -> evaluators."""
    from ..exchange.assignments_xlsx import read_assignments

    pairs = read_assignments(path)
    with handle.session() as s:
        replace_assignments(s, pairs, f"workbook {path.name}")
    result: dict[str, list[str]] = {}
    for e, a in sorted(set(pairs)):
        result.setdefault(a, []).append(e)
    return result


def describe_database(url: str) -> str:
    """A PostgreSQL URL as messages show it (never a password); raises a clear error for a wrong URL."""
    parsed, _password = pg.parse_database_url(url)
    return pg.display_url(parsed)


def schema_of(program_id: str) -> str:
    """The PostgreSQL schema a program lives in."""
    return pg.schema_for(program_id)
