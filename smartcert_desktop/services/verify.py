"""``smartcert verify``: what a file is, who signed it, and whether it is intact."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..errors import Problem, SmartcertError, VerificationError
from ..exchange import envelope
from ..exchange.keys import PublicKeys
from ..store.models import Evaluator
from .program import the_program
from .workspace import open_workspace


@dataclass
class Report:
    kind: str
    description: str
    fingerprint: str
    details: list[str] = field(default_factory=list)
    signer_public: PublicKeys | None = None


def verify_file(path: Path) -> Report:
    """Verify ``path``; raises :class:`SmartcertError` saying why it is not intact."""
    data = envelope.load_file(path)
    name = str(path)
    kind = envelope.detect_kind(data)
    if kind == "enrollment":
        e = envelope.read_enrollment(data, name=name)
        return Report("enrollment", "evaluator enrolment", e.fingerprint,
                      [f"evaluator: {e.evaluator_id} ({e.name})", f"created: {e.created}", "self-signed"],
                      e.public)
    if kind in ("package", "bundle", "bundle-content"):
        p = envelope.peek(data, name=name)
        details = [f"{k}: {v}" for k, v in sorted(p.meta.items())]
        if p.sealed_to:
            details.append(f"encrypted to program key {p.sealed_to} (scores readable only with it)")
        if p.attachments:
            details.append(f"{len(p.attachments)} attachment(s), each hash checked")
        return Report(p.kind, envelope.describe_kind(p.kind), p.fingerprint, details, p.signer_public)
    if kind == "results" or path.with_name(path.name + ".sig").exists():
        sig_path = path.with_name(path.name + ".sig")
        if not sig_path.exists():
            raise VerificationError(Problem(f"has no detached signature {sig_path.name} beside it", file=name))
        sig = envelope.load_file(sig_path)
        d = envelope.verify_detached(data, sig, name=name, signature_name=str(sig_path))
        return Report("results", "results (detached signature)", d.fingerprint,
                      [f"sha256: {d.sha256}", f"length: {d.length} bytes"], d.signer_public)
    if kind == "signature":
        raise SmartcertError(Problem("is a detached signature; verify the file it signs instead", file=name))
    if kind == "empty":
        raise VerificationError(Problem("the file is empty", file=name))
    raise VerificationError(Problem(f"is not a smartcert file it can verify ({kind or 'unknown content'})",
                                    file=name))


def check_signer_in_program(report: Report, program_dir: Path) -> str:
    """With ``--program``: the signer must be that program's key or one of its enrolled evaluators."""
    assert report.signer_public is not None
    handle = open_workspace(program_dir, "program", "read")
    try:
        with handle.factory() as s:
            program = the_program(s)
            if report.signer_public.signing == program.signing_public:
                return f"signer is the program's key ({program.name})"
            ev = s.scalars(select(Evaluator).where(Evaluator.program_id == program.id,
                                                   Evaluator.signing_public == report.signer_public.signing)).first()
            if ev is not None:
                return f"signer is enrolled evaluator {ev.id} ({ev.name})"
    finally:
        handle.close()
    raise VerificationError(f"signed by {report.fingerprint}, which is neither the program's key nor an enrolled "
                            f"evaluator of {program_dir}")
