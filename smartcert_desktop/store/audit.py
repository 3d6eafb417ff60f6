"""The workspace's hash-chained, append-only audit log.

Each entry's hash is SHA-256 over the previous entry's hash and the canonical JSON of the entry, so the
head hash (carried in every score bundle) commits to the whole history. The database refuses UPDATE and
DELETE on the table (triggers in the first migration).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.framework import canonical_json_bytes
from .models import AuditEntry

GENESIS = "0" * 64


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _entry_hash(prev: str, seq: int, at: str, actor: str, action: str, detail: str) -> str:
    body = canonical_json_bytes({"seq": seq, "at": at, "actor": actor, "action": action, "detail": detail,
                                 "prev": prev})
    return hashlib.sha256(prev.encode("ascii") + body).hexdigest()


def head(session: Session) -> str:
    """The hash of the newest entry (the genesis value for an empty log)."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return last.hash if last else GENESIS


def append(session: Session, actor: str, action: str, detail: dict[str, Any]) -> AuditEntry:
    """Add an entry in the caller's transaction; it commits or rolls back with the change it records."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    seq = (last.seq + 1) if last else 1
    at = now_iso()
    text = canonical_json_bytes(detail).decode("utf-8")
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, detail=text, prev_hash=prev,
                       hash=_entry_hash(prev, seq, at, actor, action, text))
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> list[str]:
    """Problems found in the chain (empty when intact)."""
    problems: list[str] = []
    prev = GENESIS
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if e.prev_hash != prev:
            problems.append(f"audit entry {e.seq}: does not follow entry {e.seq - 1}")
        if e.hash != _entry_hash(e.prev_hash, e.seq, e.at, e.actor, e.action, e.detail):
            problems.append(f"audit entry {e.seq}: content does not match its hash")
        prev = e.hash
    return problems
