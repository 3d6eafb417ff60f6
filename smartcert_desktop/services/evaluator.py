"""Use cases of the evaluator (평가위원) on an evaluator workspace: identity, packages, scoring, submitting.

Scores are edited through :func:`smartcert_desktop.services.scoring.apply_edit`, one transaction per edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.engine import level_points
from ..domain.framework import Framework
from ..domain.numbers import parse_decimal
from ..domain.sheets import Missing, Sheet, missing_in, progress, sheet_status
from ..errors import Problem, SmartcertError, ValidationError, VerificationError
from ..exchange import envelope
from ..exchange import keys as keymod
from ..exchange.canonical import sha256_hex
from ..exchange.payloads import BundlePayload, PackagePayload, package_from_json
from ..files import StagedOutput, system_reason
from ..messages import Message, msg
from ..store import audit
from ..store.models import (
    Applicant,
    Assignment,
    Document,
    Program,
    ReportedValue,
    ScoreSheet,
    SelfAssessment,
    Submission,
    Workspace,
)
from ..store.queries import framework_of, load_sheets, store_framework, utcnow
from .scoring import write_sheet
from .workspace import WorkspaceHandle, atomic_write, building, create_workspace_db, guard_output, open_workspace

Progress = Callable[[int, int], None]


# --- identity ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvaluatorCreated:
    path: Path
    evaluator_id: str
    name: str
    fingerprint: str
    enrollment_path: Path


def init_evaluator(target: Path, evaluator_id: str, name: str, passphrase: str,
                   scrypt_n: int | None = None) -> EvaluatorCreated:
    """Create the evaluator's workspace and keys and write ``enrollment.json`` to hand to the agency."""
    if not passphrase:
        raise SmartcertError(msg("the passphrase must not be empty"))
    private = keymod.generate_keys()
    enrollment = envelope.make_enrollment(private, evaluator_id, name)  # validates id and name first
    name = envelope.read_enrollment(enrollment).name  # as signed: NFC, without surrounding spaces
    with building(target) as tmp:
        (tmp / "keys").mkdir()
        kwargs = {"scrypt_n": scrypt_n or keymod.DEFAULT_SCRYPT_N}  # read at call time
        keymod.save_private_keys(tmp / "keys" / "evaluator.key", private, passphrase,
                                 label=f"smartcert evaluator {evaluator_id}", **kwargs)
        atomic_write(tmp / "enrollment.json", enrollment)
        handle = create_workspace_db(tmp, "evaluator")
        try:
            with handle.session() as s:
                s.add(Workspace(id=1, role="evaluator", owner_id=evaluator_id, owner_name=name,
                                created_at=utcnow(), created_by_version=__version__, submit_sequence=0))
                audit.append(s, evaluator_id, "evaluator.init", {"evaluator": evaluator_id, "name": name,
                                                                 "fingerprint": private.fingerprint})
        finally:
            handle.close()
    return EvaluatorCreated(target, evaluator_id, name, private.fingerprint, target / "enrollment.json")


def save_enrollment_copy(handle: WorkspaceHandle, target: Path) -> None:
    """Write a copy of the workspace's ``enrollment.json`` to hand to the agency (never onto a workspace)."""
    guard_output(target)
    try:
        data = handle.enrollment_path.read_bytes()
    except OSError as exc:
        raise SmartcertError(msg("{path}: cannot read the enrolment file: {problem}",
                                 path=str(handle.enrollment_path), problem=system_reason(exc))) from None
    atomic_write(target, data)


def open_evaluator(path: Path) -> WorkspaceHandle:
    return open_workspace(path, "evaluator")


def evaluator_identity(handle: WorkspaceHandle) -> tuple[str, str, str]:
    """(id, name, fingerprint) of the workspace's evaluator, without the passphrase."""
    ws = handle.owner()
    info = keymod.read_key_file_info(handle.key_path)
    return ws.owner_id, ws.owner_name, info.fingerprint


# --- packages ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackageCheck:
    """What an assignment package is, checked before anything is loaded (shown to the evaluator first)."""

    payload: PackagePayload
    program_fingerprint: str
    program_public: keymod.PublicKeys
    attachments: dict[str, bytes]
    sha256: str
    pinned: str  # "new program", "same key", or "already imported"


Passphrase = str | Callable[[], str]


def check_package_header(handle: WorkspaceHandle, data: bytes, name: str) -> envelope.Peeked:
    """What can be refused without the passphrase: damage, another kind or format, another evaluator, a
    program key other than the one pinned at the first import."""
    peeked = envelope.peek(data, name=name, expected_kind=envelope.KIND_PACKAGE)
    ws = handle.owner()
    evaluator_id, program_id = peeked.meta["evaluator_id"], peeked.meta["program_id"]
    if evaluator_id != ws.owner_id:
        raise VerificationError(Problem(msg("is for evaluator {evaluator}, but this workspace belongs to {owner}",
                                            evaluator=evaluator_id, owner=ws.owner_id), file=name))
    with handle.factory() as s:
        program = s.get(Program, program_id)
        if program is not None and program.signing_public != peeked.signer_public.signing:
            raise VerificationError(Problem(
                msg("is signed by {signer}, but program {program} was first imported with key {pinned}; refusing "
                    "a package signed by another key", signer=peeked.fingerprint, program=program_id,
                    pinned=program.fingerprint), file=name))
    return peeked


def inspect_package(handle: WorkspaceHandle, data: bytes, name: str, passphrase: Passphrase) -> PackageCheck:
    """Verify and decrypt a package for this workspace; raises with a clear message when it must not be loaded.

    ``passphrase`` opens the evaluator's key (the package is encrypted to it); it may be a function, asked
    only once the checks that need no key have passed.
    """
    check_package_header(handle, data, name)
    private = handle.private_keys(passphrase() if callable(passphrase) else passphrase)
    signed = envelope.open_package(data, private, name=name)
    payload = package_from_json(signed.payload, name)
    ws = handle.owner()
    meta = signed.meta
    if (payload.evaluator_id, payload.program_id, payload.serial) != (meta["evaluator_id"], meta["program_id"],
                                                                       meta["serial"]):
        raise VerificationError(Problem(msg("is damaged: its content names another evaluator, program or serial "
                                            "than its header"), file=name))
    if payload.evaluator_id != ws.owner_id:
        raise VerificationError(Problem(msg("is for evaluator {evaluator}, but this workspace belongs to {owner}",
                                            evaluator=payload.evaluator_id, owner=ws.owner_id), file=name))
    # Every evidence document must be in the package, with the hash the payload gives.
    from .packages import document_attachment_name

    for a in payload.applicants:
        for d in a.documents:
            att = signed.attachments.get(document_attachment_name(d.sha256))
            if att is None:
                raise VerificationError(Problem(msg("evidence document {document} of {applicant} is missing",
                                                    document=d.name, applicant=a.code), file=name))
            if sha256_hex(att) != d.sha256 or len(att) != d.size:
                raise VerificationError(Problem(msg("evidence document {document} of {applicant} does not match "
                                                    "its hash", document=d.name, applicant=a.code), file=name))
    with handle.factory() as s:
        program = s.get(Program, payload.program_id)
        pinned = "new program"
        if program is not None:  # its key was compared with the signer's before decrypting
            pinned = "same key"
            if program.package_sha256 == signed.sha256:
                pinned = "already imported"
            else:
                current_serial = program.package_serial
                if current_serial is not None and payload.serial < current_serial:
                    raise VerificationError(Problem(
                        msg("is older (package {serial}) than the one already imported (package {current}); "
                            "nothing was changed", serial=payload.serial, current=current_serial), file=name))
    return PackageCheck(payload, signed.fingerprint, signed.signer_public, signed.attachments, signed.sha256,
                        pinned)


@dataclass(frozen=True)
class PackageImported:
    program_id: str
    program_name: str
    fingerprint: str
    applicants: int
    documents: int
    changed: bool


def import_package(handle: WorkspaceHandle, data: bytes, name: str, passphrase: Passphrase,
                   progress_cb: Progress | None = None) -> PackageImported:
    """Verify, decrypt and load a package. The same package again changes nothing; a newer one keeps every
    score. ``passphrase`` opens the evaluator's key (see :func:`inspect_package`)."""
    return load_package(handle, inspect_package(handle, data, name, passphrase), progress_cb)


def import_package_file(handle: WorkspaceHandle, path: Path, passphrase: Passphrase,
                        progress_cb: Progress | None = None) -> PackageImported:
    """Read, verify, decrypt and load the package file at ``path`` (see :func:`import_package`)."""
    return import_package(handle, envelope.load_file(path), str(path), passphrase, progress_cb)


def load_package(handle: WorkspaceHandle, check: PackageCheck,
                 progress_cb: Progress | None = None) -> PackageImported:
    """Load a package that :func:`inspect_package` checked and decrypted (the evaluator saw what it holds)."""
    payload = check.payload
    n_docs = sum(len(a.documents) for a in payload.applicants)
    if check.pinned == "already imported":
        return PackageImported(payload.program_id, payload.program_name, check.program_fingerprint,
                               len(payload.applicants), n_docs, False)
    with handle.backup_before("package-import"):
        return _load_package(handle, check, payload, n_docs, progress_cb)


def _load_package(handle: WorkspaceHandle, check: PackageCheck, payload: PackagePayload, n_docs: int,
                  progress_cb: Progress | None) -> PackageImported:
    from .packages import document_attachment_name

    done = 0
    for a in payload.applicants:  # documents first: content-addressed, so a crash leaves nothing wrong
        for d in a.documents:
            handle.store_document(check.attachments[document_attachment_name(d.sha256)])
            done += 1
            if progress_cb:
                progress_cb(done, n_docs)
    ws = handle.owner()
    with handle.session() as s:
        store_framework(s, payload.framework)
        program = s.get(Program, payload.program_id)
        if program is None:
            program = Program(id=payload.program_id, name=payload.program_name,
                              framework_hash=payload.framework.hash, created_at=utcnow(),
                              signing_public=check.program_public.signing,
                              encryption_public=check.program_public.encryption,
                              fingerprint=check.program_fingerprint)
            s.add(program)
        program.name = payload.program_name
        program.framework_hash = payload.framework.hash
        program.package_created_at = utcnow()
        program.package_sha256 = check.sha256
        program.package_serial = payload.serial
        s.flush()
        pid = program.id
        for table in (ReportedValue, SelfAssessment, Document, Assignment):
            s.execute(delete(table).where(table.program_id == pid))
        s.flush()
        existing = {a.code: a for a in s.scalars(select(Applicant).where(Applicant.program_id == pid))}
        for a in payload.applicants:
            row = existing.get(a.code)
            if row is None:
                s.add(Applicant(program_id=pid, code=a.code, name_ko=a.name_ko, name_en=a.name_en,
                                province=a.province, population=a.population))
            else:
                row.name_ko, row.name_en, row.province, row.population = (a.name_ko, a.name_en, a.province,
                                                                          a.population)
        s.flush()
        for a in payload.applicants:
            s.add(Assignment(program_id=pid, evaluator_id=ws.owner_id, applicant_code=a.code))
            for code, (value, evidence, pts) in a.reported.items():
                s.add(ReportedValue(program_id=pid, applicant_code=a.code, indicator_code=code, value=value,
                                    evidence=evidence, points=pts))
            for code, level in a.self_assessment.items():
                s.add(SelfAssessment(program_id=pid, applicant_code=a.code, indicator_code=code, level=level))
            for d in a.documents:
                s.add(Document(program_id=pid, applicant_code=a.code, sha256=d.sha256, filename=d.name,
                               size=d.size))
        audit.append(s, ws.owner_id, "package.import",
                     {"program": pid, "serial": payload.serial, "sha256": check.sha256,
                      "fingerprint": check.program_fingerprint, "applicants": [a.code for a in payload.applicants]})
    return PackageImported(payload.program_id, payload.program_name, check.program_fingerprint,
                           len(payload.applicants), n_docs, True)


# --- reading the workspace -------------------------------------------------------------------------------------

def programs(session: Session) -> list[Program]:
    return list(session.scalars(select(Program).order_by(Program.created_at)))


def current_program(session: Session, program_id: str | None = None) -> Program:
    """The program to work on: the one given, or the one most recently imported."""
    if program_id is not None:
        p = session.get(Program, program_id)
        if p is None:
            raise SmartcertError(msg("no program {program} in this workspace", program=program_id))
        return p
    rows = sorted(programs(session), key=lambda p: p.package_created_at or p.created_at)
    if not rows:
        raise SmartcertError(msg("no assignment package has been imported yet; run 'smartcert evaluator import'"))
    return rows[-1]


def assigned_codes(session: Session, program_id: str) -> list[str]:
    return list(session.scalars(select(Assignment.applicant_code).where(Assignment.program_id == program_id)
                                .order_by(Assignment.applicant_code)))


def my_sheets(session: Session, program_id: str, evaluator_id: str) -> dict[str, Sheet]:
    """The evaluator's sheet for every assigned applicant (an empty sheet where nothing was entered)."""
    stored = {a: s for (_e, a), s in load_sheets(session, program_id, evaluator_id).items()}
    return {code: stored.get(code, Sheet(evaluator_id, code)) for code in assigned_codes(session, program_id)}


@dataclass(frozen=True)
class ApplicantRow:
    code: str
    name_ko: str
    name_en: str
    province: str
    population: int
    city_type: str
    done: int
    total: int
    status: str   # not_started | in_progress | complete | recused | submitted
    running_total: Decimal


def applicant_rows(session: Session, program_id: str, evaluator_id: str) -> list[ApplicantRow]:
    program = current_program(session, program_id)
    fw = framework_of(session, program)
    sheets = my_sheets(session, program_id, evaluator_id)
    reported_points = quantitative_points_of(session, program_id)
    submitted = {r.applicant_code for r in session.scalars(
        select(ScoreSheet).where(ScoreSheet.program_id == program_id, ScoreSheet.evaluator_id == evaluator_id,
                                 ScoreSheet.submitted_sequence.is_not(None)))}
    rows = []
    for a in session.scalars(select(Applicant).where(Applicant.program_id == program_id).order_by(Applicant.code)):
        if a.code not in sheets:
            continue
        sheet = sheets[a.code]
        done, total = progress(fw, sheet)
        status = sheet_status(fw, sheet, submitted=a.code in submitted)
        rows.append(ApplicantRow(a.code, a.name_ko, a.name_en, a.province, a.population, fw.city_type(a.population),
                                 done, total, status, sheet_total(fw, sheet, reported_points.get(a.code, {}))))
    return rows


def quantitative_points_of(session: Session, program_id: str) -> dict[str, dict[str, Decimal]]:
    """The points each reported value gives, as the program computed them for the package (MINMAX needs
    every applicant of the city type, which only the program sees)."""
    points: dict[str, dict[str, Decimal]] = {}
    for r in session.scalars(select(ReportedValue).where(ReportedValue.program_id == program_id)):
        if r.points is not None:
            points.setdefault(r.applicant_code, {})[r.indicator_code] = parse_decimal(r.points)
    return points


def sheet_total(fw: Framework, sheet: Sheet, reported_points: dict[str, Decimal]) -> Decimal:
    """The evaluator's running total: quantitative points from the package plus their own levels."""
    total = Decimal("0.00")
    if sheet.recused:
        return total
    for ind in fw.indicators:
        if ind.kind == "quantitative":
            total += reported_points.get(ind.code, Decimal(0))
        else:
            level = fw.scale_code(sheet.entry(ind.code).level)
            if level is not None:
                total += level_points(fw, ind.code, level)
    return total.quantize(Decimal("0.01"))


def missing_for_submit(session: Session, program_id: str, evaluator_id: str) -> list[Missing]:
    program = current_program(session, program_id)
    fw = framework_of(session, program)
    missing: list[Missing] = []
    for sheet in my_sheets(session, program_id, evaluator_id).values():
        missing.extend(missing_in(fw, sheet))
    return missing


# --- submitting ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Submitted:
    path: Path
    sequence: int
    sha256: str
    fingerprint: str
    complete: bool
    applicants: int


def refuse_if_incomplete(handle: WorkspaceHandle, allow_incomplete: bool = False,
                         program_id: str | None = None) -> list[Missing]:
    """What is missing; raises listing every missing item unless ``allow_incomplete``."""
    with handle.factory() as s:
        program = current_program(s, program_id)
        missing = missing_for_submit(s, program.id, handle.owner().owner_id)
    if missing and not allow_incomplete:
        raise ValidationError([Problem(_missing(m)) for m in missing]
                              + [Problem(msg("{count} item(s) missing; complete them or submit with "
                                             "--allow-incomplete. Nothing was written.", count=len(missing)))])
    return missing


def _missing(m: Missing) -> Message:
    if m.what == "level":
        return msg("{applicant} {indicator}: level missing", applicant=m.applicant_code, indicator=m.indicator_code)
    return msg("{applicant} {indicator}: comment missing", applicant=m.applicant_code, indicator=m.indicator_code)


def submit(handle: WorkspaceHandle, out: Path, passphrase: str, allow_incomplete: bool = False,
           program_id: str | None = None) -> Submitted:
    """Sign and seal a score bundle of every assigned applicant; refuses while a sheet is incomplete unless
    ``allow_incomplete``. The sequence number grows with every submit."""
    ws = handle.owner()
    guard_output(out)
    if out.is_dir():
        raise SmartcertError(msg("{path}: is a folder; give the bundle a file name", path=str(out)))
    missing = refuse_if_incomplete(handle, allow_incomplete, program_id)
    private = handle.private_keys(passphrase)
    # The bundle file appears only after its record has committed: a bundle without its record would have
    # its sequence number used again for other scores, which the chair's merge refuses.
    with handle.backup_before("submit"), StagedOutput(out) as bundle_file, handle.session() as s:
        program = current_program(s, program_id)
        fw = framework_of(s, program)
        row = s.get(Workspace, 1)
        assert row is not None
        row.submit_sequence += 1
        sequence = row.submit_sequence
        sheets = my_sheets(s, program.id, ws.owner_id)
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        audit.append(s, ws.owner_id, "bundle.submit", {"program": program.id, "sequence": sequence,
                                                        "complete": not missing})
        payload = BundlePayload(program_id=program.id, framework_hash=fw.hash, evaluator_id=ws.owner_id,
                                sequence=sequence, created_at=created, app_version=__version__,
                                audit_head=audit.head(s), complete=not missing, sheets=tuple(sheets.values()))
        recipient = keymod.PublicKeys(signing=program.signing_public, encryption=program.encryption_public)
        data = envelope.seal_bundle(payload.to_json(), private, recipient, evaluator_id=ws.owner_id,
                                    program_id=program.id, sequence=sequence)
        digest = sha256_hex(data)
        s.add(Submission(sequence=sequence, program_id=program.id, created_at=created, sha256=digest,
                         path=str(out), complete=not missing))
        stored = set(s.scalars(select(ScoreSheet.applicant_code).where(
            ScoreSheet.program_id == program.id, ScoreSheet.evaluator_id == ws.owner_id)))
        for code, sheet in sheets.items():
            if code not in stored:  # an applicant not yet touched: its empty sheet is what the bundle holds
                write_sheet(s, program.id, sheet)
        s.execute(update(ScoreSheet).where(ScoreSheet.program_id == program.id,
                                           ScoreSheet.evaluator_id == ws.owner_id,
                                           ScoreSheet.applicant_code.in_(list(sheets)))
                  .values(submitted_sequence=sequence))
        bundle_file.write(data)  # in full on disk before the commit, so that a full disk refuses the submit
    return Submitted(out, sequence, digest, private.fingerprint, not missing, len(sheets))
