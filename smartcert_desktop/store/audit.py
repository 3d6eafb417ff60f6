"""The workspace's hash-chained, append-only audit log.

Each entry's hash is SHA-256 over the previous entry's hash and the canonical JSON of the entry, so the
head hash (carried in every score bundle) commits to the whole history. The database refuses UPDATE and
DELETE on the table (triggers in the first migration). Each entry names the staff member who made it (since
migration 0003; older entries have none, and their hashes are computed without it).
"""

from __future__ import annotations

import getpass
import hashlib
import socket
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.framework import canonical_json_bytes
from ..messages import Message, msg
from .models import AuditEntry

GENESIS = "0" * 64


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_staff() -> str:
    """The person at this machine, for the audit log: the system user and the host."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment nor in the password database
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def _entry_hash(prev: str, seq: int, at: str, actor: str, action: str, detail: str,
                staff: str | None = None) -> str:
    content: dict[str, Any] = {"seq": seq, "at": at, "actor": actor, "action": action, "detail": detail,
                               "prev": prev}
    if staff is not None:  # entries made before the staff was recorded keep the hash they had
        content["staff"] = staff
    return hashlib.sha256(prev.encode("ascii") + canonical_json_bytes(content)).hexdigest()


def head(session: Session) -> str:
    """The hash of the newest entry (the genesis value for an empty log)."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return last.hash if last else GENESIS


def append(session: Session, actor: str, action: str, detail: dict[str, Any]) -> AuditEntry:
    """Add an entry in the caller's transaction; it commits or rolls back with the change it records.

    The staff member is the session's ``info["staff"]`` (the workspace handle sets it: on PostgreSQL the
    database user and machine), else the system user and host.
    """
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    seq = (last.seq + 1) if last else 1
    at = now_iso()
    text = canonical_json_bytes(detail).decode("utf-8")
    staff = str(session.info.get("staff") or local_staff())
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, detail=text, prev_hash=prev,
                       hash=_entry_hash(prev, seq, at, actor, action, text, staff), staff=staff)
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> list[Message]:
    """Problems found in the chain (empty when intact)."""
    problems: list[Message] = []
    prev = GENESIS
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if e.prev_hash != prev:
            problems.append(msg("audit entry {seq}: does not follow entry {previous}", seq=e.seq, previous=e.seq - 1))
        if e.hash != _entry_hash(e.prev_hash, e.seq, e.at, e.actor, e.action, e.detail, e.staff):
            problems.append(msg("audit entry {seq}: content does not match its hash", seq=e.seq))
        prev = e.hash
    return problems
