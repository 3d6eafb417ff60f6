"""Enrolling evaluators in a program from their self-signed enrolment files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import SmartcertError
from ..exchange.envelope import load_file, read_enrollment
from ..messages import msg
from ..store import audit
from ..store.models import Evaluator
from ..store.queries import the_program, utcnow
from .program import set_conflicts
from .workspace import WorkspaceHandle


def enrol_evaluator(session: Session, path: Path, conflicts: Sequence[str] = ()) -> Evaluator:
    """Verify ``enrollment.json`` and register the evaluator with declared conflicts (제척·회피).

    Enrolling the same file again only adds conflicts; another key under an enrolled id is refused, as is
    a key already enrolled under another id.
    """
    data = load_file(path)
    enrollment = read_enrollment(data, name=str(path))
    program = the_program(session)
    existing = session.get(Evaluator, (program.id, enrollment.evaluator_id))
    if existing is not None:
        if existing.signing_public != enrollment.public.signing:
            raise SmartcertError(msg(
                "{path}: evaluator {evaluator} is already enrolled with another key ({enrolled}); this file has "
                "{fingerprint}. Nothing was changed.", path=str(path), evaluator=enrollment.evaluator_id,
                enrolled=existing.fingerprint, fingerprint=enrollment.fingerprint))
        evaluator = existing
    else:
        clash = session.scalars(select(Evaluator).where(
            Evaluator.program_id == program.id,
            Evaluator.signing_public == enrollment.public.signing)).first()
        if clash is not None:
            raise SmartcertError(msg("{path}: this key is already enrolled as evaluator {evaluator}", path=str(path),
                                     evaluator=clash.id))
        evaluator = Evaluator(program_id=program.id, id=enrollment.evaluator_id, name=enrollment.name,
                              signing_public=enrollment.public.signing,
                              encryption_public=enrollment.public.encryption,
                              fingerprint=enrollment.fingerprint, enrolled_at=utcnow())
        session.add(evaluator)
        session.flush()
        audit.append(session, "agency", "evaluator.enrol",
                     {"evaluator": evaluator.id, "name": evaluator.name, "fingerprint": evaluator.fingerprint})
    if conflicts:
        set_conflicts(session, evaluator.id, conflicts)
    return evaluator


@dataclass(frozen=True)
class Enrolled:
    id: str
    name: str
    fingerprint: str
    conflicts: tuple[str, ...]


def enrol(handle: WorkspaceHandle, path: Path, conflicts: Sequence[str] = ()) -> Enrolled:
    """Enrol the evaluator of an enrolment file as one user action."""
    with handle.session() as s:
        evaluator = enrol_evaluator(s, path, conflicts)
        return Enrolled(evaluator.id, evaluator.name, evaluator.fingerprint, tuple(sorted(set(conflicts))))
