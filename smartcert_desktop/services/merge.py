"""The chair's merge of score bundles (contract section 9).

Each bundle gets one verdict: ``accepted``, ``duplicate`` or ``rejected: <reason>``. An accepted bundle is
applied whole in its own transaction (its evaluator's sheets replaced by the bundle's); a rejected one
changes nothing and never stops the others. The outcome does not depend on the order of the bundles or on
how they are spread over several runs: the highest sequence number per evaluator wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import SmartcertError
from ..exchange import envelope
from ..exchange.keys import PrivateKeys
from ..exchange.payloads import bundle_from_json, sheet_problems
from ..messages import Message, Text, joined, msg
from ..store import audit
from ..store.models import Bundle, Evaluator
from ..store.queries import assignments_of, conflicts_of, framework_of, the_program, utcnow
from .program import load_program_keys
from .scoring import replace_evaluator_sheets
from .workspace import WorkspaceHandle

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Verdict:
    name: str
    verdict: str            # accepted | duplicate | rejected
    reason: Text = ""
    evaluator_id: str = ""
    sequence: int | None = None

    def line(self) -> Message:
        """The verdict as the command line prints it; the verdict's own word (accepted, duplicate, rejected)
        stays in every language, as ``error:`` does, for the scripts that read it."""
        if self.verdict == "rejected":
            return msg("{name}: rejected: {reason}", name=self.name, reason=self.reason)
        if not self.evaluator_id:
            return msg("{name}: {verdict}", name=self.name, verdict=self.verdict)
        if self.verdict == "duplicate":
            return msg("{name}: duplicate ({evaluator}, sequence {sequence})", name=self.name,
                       evaluator=self.evaluator_id, sequence=self.sequence)
        return msg("{name}: accepted ({evaluator}, sequence {sequence})", name=self.name,
                   evaluator=self.evaluator_id, sequence=self.sequence)


class _Reject(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _reasons(problems: Sequence[Text], shown: int = 5) -> Message:
    """The first problems found, and how many more there are."""
    first = joined(list(problems[:shown]))
    if len(problems) <= shown:
        return first
    return msg("{reasons} (and {count} more)", reasons=first, count=len(problems) - shown)


def merge_one(session: Session, keys: PrivateKeys, data: bytes, name: str) -> Verdict:
    """Check one bundle against every rule and apply it in ``session`` (the caller's transaction)."""
    program = the_program(session)
    try:
        opened = envelope.open_bundle(data, keys, name=name)
    except SmartcertError as exc:
        return Verdict(name, "rejected", _reasons([p.message for p in exc.problems], len(exc.problems)))
    if session.scalars(select(Bundle).where(Bundle.sha256 == opened.sha256)).first() is not None:
        return Verdict(name, "duplicate", evaluator_id=opened.evaluator_id, sequence=opened.sequence)
    try:
        payload = bundle_from_json(opened.payload, name)
    except SmartcertError as exc:
        return Verdict(name, "rejected", _reasons([p.as_message() for p in exc.problems], len(exc.problems)))
    try:
        _check(session, program.id, opened, payload)
    except _Reject as exc:
        return Verdict(name, "rejected", exc.message, opened.evaluator_id, opened.sequence)
    fw = framework_of(session, program)
    bad = [p for s in payload.sheets for p in sheet_problems(fw, s)]
    if bad:
        return Verdict(name, "rejected", _reasons(bad), opened.evaluator_id, opened.sequence)
    for old in session.scalars(select(Bundle).where(Bundle.program_id == program.id,
                                                    Bundle.evaluator_id == payload.evaluator_id,
                                                    Bundle.status == "current")):
        old.status = "superseded"
    bundle = Bundle(program_id=program.id, evaluator_id=payload.evaluator_id, sequence=payload.sequence,
                    sha256=opened.sha256, created_at=payload.created_at, received_at=utcnow(), status="current",
                    audit_head=payload.audit_head, app_version=payload.app_version, content=data)
    session.add(bundle)
    session.flush()
    replace_evaluator_sheets(session, program.id, payload.evaluator_id, list(payload.sheets), bundle.id)
    audit.append(session, "chair", "bundle.accept",
                 {"evaluator": payload.evaluator_id, "sequence": payload.sequence, "sha256": opened.sha256,
                  "applicants": [s.applicant_code for s in payload.sheets], "complete": payload.complete})
    return Verdict(name, "accepted", evaluator_id=payload.evaluator_id, sequence=payload.sequence)


def _check(session: Session, program_id: str, opened: envelope.Opened, payload: object) -> None:
    from ..exchange.payloads import BundlePayload

    assert isinstance(payload, BundlePayload)
    fw_hash = framework_of(session, the_program(session)).hash
    if opened.program_id != program_id or payload.program_id != program_id:
        raise _Reject(msg("the bundle is for program {bundle_program}, not this program ({program})",
                          bundle_program=payload.program_id, program=program_id))
    if payload.evaluator_id != opened.evaluator_id or payload.sequence != opened.sequence:
        raise _Reject(msg("the bundle's content disagrees with its envelope (evaluator or sequence)"))
    evaluator = session.get(Evaluator, (program_id, payload.evaluator_id))
    if evaluator is None:
        raise _Reject(msg("evaluator {evaluator} is not enrolled in this program", evaluator=payload.evaluator_id))
    if evaluator.signing_public != opened.signer_public.signing:
        raise _Reject(msg("signed by key {fingerprint}, which is not the enrolled key of {evaluator} "
                          "({enrolled})", fingerprint=opened.fingerprint, evaluator=payload.evaluator_id,
                          enrolled=evaluator.fingerprint))
    if payload.framework_hash != fw_hash:
        raise _Reject(msg("scored against another framework ({bundle_framework}), not this program's "
                          "({framework})", bundle_framework=payload.framework_hash[:12], framework=fw_hash[:12]))
    assigned = {a for _e, a in assignments_of(session, program_id, payload.evaluator_id)}
    blocked = {a for _e, a in conflicts_of(session, program_id, payload.evaluator_id)}
    for sheet in payload.sheets:
        if sheet.applicant_code in blocked:
            raise _Reject(msg("scores applicant {applicant}, with which {evaluator} has a declared conflict",
                              applicant=sheet.applicant_code, evaluator=payload.evaluator_id))
        if sheet.applicant_code not in assigned:
            raise _Reject(msg("scores applicant {applicant}, which is not assigned to {evaluator}",
                              applicant=sheet.applicant_code, evaluator=payload.evaluator_id))
    same_seq = session.scalars(select(Bundle).where(Bundle.program_id == program_id,
                                                    Bundle.evaluator_id == payload.evaluator_id,
                                                    Bundle.sequence == payload.sequence)).first()
    if same_seq is not None:
        raise _Reject(msg("sequence {sequence} of {evaluator} was already merged from a different bundle",
                          sequence=payload.sequence, evaluator=payload.evaluator_id))
    newest = session.scalars(select(Bundle).where(Bundle.program_id == program_id,
                                                  Bundle.evaluator_id == payload.evaluator_id)
                             .order_by(Bundle.sequence.desc())).first()
    if newest is not None and newest.sequence > payload.sequence:
        raise _Reject(msg("superseded: sequence {sequence} is older than the merged sequence {merged} of "
                          "{evaluator}", sequence=payload.sequence, merged=newest.sequence,
                          evaluator=payload.evaluator_id))


EARLY_READ_BYTES = 64 * 1024 * 1024  # bundle files read while the key is derived, at most


def _load(path: Path) -> bytes | SmartcertError:
    try:
        return envelope.load_file(path)
    except SmartcertError as exc:
        return exc


def merge_files(handle: WorkspaceHandle, passphrase: str, files: Sequence[Path],
                progress: Progress | None = None) -> list[Verdict]:
    """Merge bundle files, each in its own transaction; one verdict per file, in the order given.

    Each transaction begins with the write lock taken (``BEGIN IMMEDIATE``), so the checks of a bundle (is
    it new, is its sequence the highest of its evaluator) are made on the state it is applied to, whatever
    else merges at the same time. The workspace is backed up first.
    """
    # The program key is derived (a deliberately slow scrypt, which leaves the interpreter free) while the
    # bundle files are read and the program's framework is loaded; nothing is written before the passphrase
    # has proved right.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="program-key") as pool:
        unlocking = pool.submit(load_program_keys, handle, passphrase)
        with handle.factory() as s:
            framework_of(s, the_program(s))  # its statements compiled and its rows read once, meanwhile
        early: list[bytes | SmartcertError] = []
        held = 0
        while len(early) < len(files) and held < EARLY_READ_BYTES and not unlocking.done():
            early.append(_load(files[len(early)]))
            held += len(early[-1]) if isinstance(early[-1], bytes) else 0
        keys = unlocking.result()
    verdicts = []
    with handle.backup_before("merge") as backup:
        for n, path in enumerate(files):
            name = str(path)
            if n < len(early):
                data, early[n] = early[n], b""  # held no longer than needed
            else:
                data = _load(path)
            if isinstance(data, SmartcertError):
                verdicts.append(Verdict(name, "rejected", _reasons([p.message for p in data.problems],
                                                                   len(data.problems))))
                continue
            with handle.session() as s:  # a rejected bundle has written nothing, so the commit is empty
                verdict = merge_one(s, keys, data, name)
            verdicts.append(verdict)
            if progress:
                progress(n + 1, len(files))
        if not any(v.verdict == "accepted" for v in verdicts):
            backup.discard()  # nothing was applied: the workspace is as it was
    return verdicts
