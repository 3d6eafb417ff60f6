"""The program's audit log as people read it: ``smartcert program audit DIR [--csv FILE]``."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select

from ..store.models import AuditEntry
from .workspace import WorkspaceHandle

CSV_COLUMNS = ("seq", "time", "staff", "actor", "action", "detail")


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    staff: str | None  # None for entries made before smartcert recorded the staff member
    actor: str
    action: str
    detail: str  # canonical JSON


def audit_rows(handle: WorkspaceHandle) -> list[AuditRow]:
    """Every entry of the workspace's audit log, oldest first."""
    with handle.factory() as s:
        return [AuditRow(e.seq, e.at, e.staff, e.actor, e.action, e.detail)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def audit_csv(rows: list[AuditRow]) -> bytes:
    """The log as CSV: a header row, then one row per entry; UTF-8 with a byte order mark, so that a spreadsheet
    shows Korean text as it is."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([r.seq, r.at, r.staff or "", r.actor, r.action, r.detail])
    return buffer.getvalue().encode("utf-8-sig")
