"""``smartcert verify``: what a file is, who signed it, whether it is intact, and whether to trust the signer.

A valid signature says who signed a file, not whether that signer may sign it. With a program workspace
(``--program``) the signer must be the one key that the file's kind requires (contract section 1):

* results and assignment packages: the program's own key;
* score bundles (and their signed content): the key enrolled for the evaluator that the bundle names, for
  this program;
* an enrolment: its own key (it is self-signed), and that key must be the one enrolled for its evaluator in
  the program.

Any other signer, even one that the program knows (an enrolled evaluator who signed a forged results file),
is refused. Without a program the signer is reported but not checked, and the output says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.text import brief
from ..errors import Problem, SmartcertError, VerificationError
from ..exchange import envelope
from ..exchange.keys import PublicKeys
from ..messages import Message, Text, msg
from ..store.models import Evaluator
from ..store.queries import the_program
from .workspace import open_workspace

NOT_CHECKED = msg("signer not checked against any program: anyone can make a key and sign a file; to check that "
                  "the right key signed it: smartcert verify FILE --program PROGRAM_DIR")


@dataclass
class Report:
    """What :func:`verify_file` found: the kind of file, its signer, and what it says about itself."""

    kind: str
    description: Text
    fingerprint: str
    details: list[Text] = field(default_factory=list)
    signer_public: PublicKeys | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # evaluator_id / program_id the file names in clear


def _results_program(data: bytes) -> str | None:
    """``program.id`` of a results JSON, when it is one."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    program = document.get("program") if isinstance(document, dict) else None
    value = program.get("id") if isinstance(program, dict) else None
    return value if isinstance(value, str) else None


def verify_file(path: Path) -> Report:
    """Verify ``path``; raises :class:`SmartcertError` saying why it is not intact."""
    data = envelope.load_file(path)
    name = str(path)
    kind = envelope.detect_kind(data)
    if kind == "enrollment":
        e = envelope.read_enrollment(data, name=name)
        return Report("enrollment", msg("evaluator enrolment"), e.fingerprint,
                      [msg("evaluator: {evaluator} ({name})", evaluator=e.evaluator_id, name=e.name),
                       msg("created: {created}", created=e.created), msg("self-signed")],
                      e.public, {"evaluator_id": e.evaluator_id})
    if kind in envelope.CONTAINER_FORMATS:
        p = envelope.peek(data, name=name)
        details: list[Text] = [msg("{name}: {value}", name=k, value=v) for k, v in sorted(p.meta.items())]
        if p.sealed_to and p.kind == envelope.KIND_PACKAGE:
            details.append(msg("encrypted to evaluator key {key} (applicants and evidence readable only with it)",
                               key=p.sealed_to))
        elif p.sealed_to:
            details.append(msg("encrypted to program key {key} (scores readable only with it)", key=p.sealed_to))
        if p.attachments:
            details.append(msg("{count} attachment(s), each hash checked", count=len(p.attachments)))
        return Report(p.kind, envelope.kind_text(p.kind), p.fingerprint, details, p.signer_public,
                      dict(p.meta))
    if kind == "results" or path.with_name(path.name + ".sig").exists():
        sig_path = path.with_name(path.name + ".sig")
        if not sig_path.exists():
            raise VerificationError(Problem(msg("has no detached signature {signature} beside it",
                                                signature=sig_path.name), file=name))
        sig = envelope.load_file(sig_path)
        d = envelope.verify_detached(data, sig, name=name, signature_name=str(sig_path))
        meta: dict[str, Any] = {}
        program_id = _results_program(data) if kind == "results" else None
        if program_id is not None:
            meta["program_id"] = program_id
        return Report("results", msg("results (detached signature)"), d.fingerprint,
                      [msg("sha256: {sha256}", sha256=d.sha256), msg("length: {length} bytes", length=d.length)],
                      d.signer_public, meta)
    if kind == "signature":
        raise SmartcertError(Problem(msg("is a detached signature; verify the file it signs instead"), file=name))
    if kind == "empty":
        raise VerificationError(Problem(msg("the file is empty"), file=name))
    if not kind:
        raise VerificationError(Problem(msg("is not a smartcert file it can verify (unknown content)"), file=name))
    raise VerificationError(Problem(msg("is not a smartcert file it can verify ({kind})", kind=kind), file=name))


def _refuse(name: str, message: Message) -> VerificationError:
    return VerificationError(Problem(message, file=name))


def check_signer_in_program(report: Report, program_dir: Path, *, name: str = "file") -> Message:
    """With ``--program``: the signer must be the key that the file's kind requires (see the module's doc).

    Returns the line that says whose key signed it; raises :class:`VerificationError` naming the file
    otherwise.
    """
    assert report.signer_public is not None
    signer = report.signer_public
    handle = open_workspace(program_dir, "program", "read")
    try:
        with handle.factory() as s:
            program = the_program(s)
            program_key = PublicKeys(signing=program.signing_public, encryption=program.encryption_public)
            label = msg("program {name} ({id})", name=program.name, id=program.id)
            named_program = report.meta.get("program_id")
            if named_program is not None and named_program != program.id:
                raise _refuse(name, msg("is {description} of program {named}, not of {program}",
                                        description=report.description, named=brief(str(named_program)),
                                        program=label))
            if report.kind in ("results", envelope.KIND_PACKAGE):
                if signer.signing != program.signing_public:
                    raise _refuse(name, msg("is signed by {signer}, but {description} must be signed by the "
                                            "program's key {key} of {program}; do not trust it",
                                            signer=report.fingerprint, description=report.description,
                                            key=program_key.fingerprint, program=label))
                return msg("signer is the program's key of {program}", program=label)
            evaluator_id = report.meta.get("evaluator_id")
            if report.kind not in (envelope.KIND_BUNDLE, envelope.KIND_BUNDLE_CONTENT, "enrollment") \
                    or not isinstance(evaluator_id, str):
                raise _refuse(name, msg("{description} cannot be checked against a program",
                                        description=report.description))
            evaluator = s.get(Evaluator, (program.id, evaluator_id))
            if evaluator is None:
                raise _refuse(name, msg("names evaluator {evaluator}, who is not enrolled in {program}",
                                        evaluator=brief(evaluator_id), program=label))
            if signer.signing != evaluator.signing_public:
                raise _refuse(name, msg("is signed by {signer}, but evaluator {evaluator} is enrolled in {program} "
                                        "with the key {key}; do not trust it", signer=report.fingerprint,
                                        evaluator=evaluator.id, program=label, key=evaluator.fingerprint))
            if report.kind == "enrollment":
                return msg("signer is its own key, enrolled for evaluator {evaluator} ({name}) in {program}",
                           evaluator=evaluator.id, name=evaluator.name, program=label)
            return msg("signer is the key enrolled for evaluator {evaluator} ({name}) in {program}",
                       evaluator=evaluator.id, name=evaluator.name, program=label)
    finally:
        handle.close()
