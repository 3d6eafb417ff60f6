"""Assignment packages (.scpkg): what the program sends each evaluator, signed by the program key and
encrypted to the evaluator's enrolled key."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.engine import peer_values, quantitative_for
from ..domain.numbers import fmt2
from ..errors import SmartcertError
from ..exchange import envelope
from ..exchange.keys import PrivateKeys, PublicKeys
from ..exchange.payloads import PackageApplicant, PackageDocument, PackagePayload
from ..files import OutputBatch
from ..messages import msg
from ..store import audit
from ..store.models import Applicant, Document, Evaluator, ReportedValue, SelfAssessment, Workspace
from ..store.queries import applicant_inputs, assignments_of, framework_of, the_program
from .program import load_program_keys
from .results import values_in_effect
from .workspace import WorkspaceHandle, guard_output

Progress = Callable[[int, int], None]


def _points_text(points: Decimal | None) -> str | None:
    return None if points is None else fmt2(points)


def document_attachment_name(sha256: str) -> str:
    return f"documents/{sha256}.pdf"


def build_packages(handle: WorkspaceHandle, session: Session, keys: PrivateKeys,
                   progress: Progress | None = None) -> list[tuple[str, bytes, int]]:
    """``[(evaluator_id, package bytes, applicants)]`` for every evaluator with assignments."""
    program = the_program(session)
    fw = framework_of(session, program)
    if keys.public.signing != program.signing_public:
        raise SmartcertError(msg("these keys are not this program's keys"))
    apps = {a.code: a for a in session.scalars(select(Applicant).where(Applicant.program_id == program.id))}
    values = values_in_effect(session, program.id)
    inputs = applicant_inputs(session, program.id)
    peers = peer_values(fw, inputs, values)
    points = {a.code: quantitative_for(fw, a, values, peers) for a in inputs}
    reported: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for r in session.scalars(select(ReportedValue).where(ReportedValue.program_id == program.id)):
        reported[r.applicant_code][r.indicator_code] = (values[(r.applicant_code, r.indicator_code)], r.evidence)
    for (a, i), v in values.items():  # accepted corrections for indicators without a reported value
        reported[a].setdefault(i, (v, ""))
    selfs: dict[str, dict[str, str]] = defaultdict(dict)
    for s in session.scalars(select(SelfAssessment).where(SelfAssessment.program_id == program.id)):
        selfs[s.applicant_code][s.indicator_code] = s.level
    docs: dict[str, list[Document]] = defaultdict(list)
    for d in session.scalars(select(Document).where(Document.program_id == program.id)
                             .order_by(Document.applicant_code, Document.filename)):
        docs[d.applicant_code].append(d)
    by_evaluator: dict[str, list[str]] = defaultdict(list)
    for e, a in sorted(assignments_of(session, program.id)):
        by_evaluator[e].append(a)
    ws = session.get(Workspace, 1)
    assert ws is not None
    ws.submit_sequence += 1  # package serial: a newer export has a higher number
    serial = ws.submit_sequence
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out: list[tuple[str, bytes, int]] = []
    evaluators = {e.id: e for e in session.scalars(select(Evaluator).where(Evaluator.program_id == program.id))}
    for n, (evaluator_id, codes) in enumerate(sorted(by_evaluator.items())):
        ev = evaluators[evaluator_id]
        attachments: dict[str, bytes] = {}
        applicants = []
        for code in codes:
            app = apps[code]
            pkg_docs = []
            for d in docs.get(code, []):
                try:
                    attachments[document_attachment_name(d.sha256)] = handle.read_document(d.sha256, session)
                except SmartcertError as exc:
                    raise SmartcertError(msg("{problem} (evidence document {document} of {applicant})",
                                             problem=exc.problems[0].as_message(), document=d.filename,
                                             applicant=code)) from None
                pkg_docs.append(PackageDocument(d.filename, d.sha256, d.size))
            applicants.append(PackageApplicant(
                code=app.code, name_ko=app.name_ko, name_en=app.name_en, province=app.province,
                population=app.population, city_type=fw.city_type(app.population),
                reported={i: (v, ev_, _points_text(points[code].get(i)))
                          for i, (v, ev_) in reported.get(code, {}).items()},
                self_assessment=selfs.get(code, {}), documents=tuple(pkg_docs)))
        payload = PackagePayload(program_id=program.id, program_name=program.name, framework=fw,
                                 evaluator_id=evaluator_id, evaluator_name=ev.name, created_at=created,
                                 serial=serial, applicants=tuple(applicants))
        # Encrypted to the key enrolled for the evaluator: a lost USB stick reveals no applicant data and no
        # evidence document; the program signs inside and outside.
        recipient = PublicKeys(signing=ev.signing_public, encryption=ev.encryption_public)
        data = envelope.seal_package(payload.to_json(), attachments, keys, recipient,
                                     evaluator_id=evaluator_id, program_id=program.id, serial=serial)
        out.append((evaluator_id, data, len(codes)))
        if progress:
            progress(n + 1, len(by_evaluator))
    audit.append(session, "agency", "packages.export",
                 {"serial": serial, "evaluators": [e for e, _, _ in out]})
    return out


def export_packages(handle: WorkspaceHandle, passphrase: str, out_dir: Path,
                    progress: Progress | None = None) -> list[tuple[Path, str, int]]:
    """Write ``OUT/<evaluator_id>.scpkg`` for every evaluator with assignments, all of them or none.

    The packages are written in full inside the transaction that records their serial, so a failure to
    write them leaves no serial used for packages nobody received, and renamed into place after it commits.
    """
    guard_output(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise SmartcertError(msg("{path}: exists and is not a folder", path=str(out_dir)))
    keys = load_program_keys(handle, passphrase)
    batch = OutputBatch()
    try:
        with handle.session() as s:
            built = build_packages(handle, s, keys, progress)
            written = []
            for evaluator_id, data, n in built:
                path = out_dir / f"{evaluator_id}.scpkg"
                batch.add(path, data)
                written.append((path, evaluator_id, n))
            batch.stage()  # in full on disk before the serial commits, so that a full disk refuses the export
    except BaseException:
        batch.discard()
        raise
    # In place only once their serial is recorded: packages whose serial was lost would share it with the
    # next export's.
    batch.commit()
    return written
