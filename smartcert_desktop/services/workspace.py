"""Workspaces on disk: a program workspace (operating agency, chair) or an evaluator workspace.

Layout::

    PROGRAM_DIR/program.db        the store (SQLite, WAL)
    PROGRAM_DIR/keys/program.key  the program's private keys, encrypted with its passphrase
    PROGRAM_DIR/documents/        evidence documents by SHA-256
    PROGRAM_DIR/backups/          backups of the database and the key file (see store/backup.py)
    PROGRAM_DIR/smartcert.lock    the lock that keeps one process per workspace (store/lock.py)

    EVAL_DIR/evaluator.db
    EVAL_DIR/keys/evaluator.key
    EVAL_DIR/enrollment.json      the public enrolment to hand to the agency
    EVAL_DIR/documents/           evidence documents from assignment packages
    EVAL_DIR/backups/, EVAL_DIR/smartcert.lock

Opening a workspace locks it (exclusively to write, shared to read) and checks it: SQLite's quick_check, the
audit log's hash chain and the key file. A damaged workspace is not written to; the error names the backup to
restore. No output of any command may land on what the workspace keeps: :func:`guard_output`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import SmartcertError
from ..files import atomic_write as _atomic_write
from ..files import os_error
from ..store import backup as backup_store
from ..store.audit import verify_chain
from ..store.db import current_revision, database_error, open_database, quick_check, session_factory, write_engine
from ..store.lock import LOCK_NAME, WorkspaceLock, acquire
from ..store.models import Workspace

DB_NAMES = {"program": "program.db", "evaluator": "evaluator.db"}
KEY_NAMES = {"program": "program.key", "evaluator": "evaluator.key"}
OpenMode = Literal["write", "read"]


class WorkspaceDamaged(SmartcertError):
    """The startup check found the workspace damaged; nothing was written to it."""


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write a file wholly or not at all, making its folder when missing (see
    :func:`smartcert_desktop.files.atomic_write`)."""
    _atomic_write(path, data, mode, make_parents=True)


@dataclass
class WorkspaceHandle:
    """An open workspace: its folder, its engine, a factory of read sessions and one of write sessions.

    Write sessions (:meth:`session`) begin with ``BEGIN IMMEDIATE``: what a transaction reads to decide is
    still true when it writes, whatever runs beside it.
    """

    path: Path
    role: str
    engine: Engine
    factory: sessionmaker[Session] = field(repr=False)
    writer: sessionmaker[Session] | None = field(default=None, repr=False)
    lock: WorkspaceLock | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.writer is None:
            self.writer = sessionmaker(write_engine(self.engine), expire_on_commit=False)

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAMES[self.role]

    @property
    def key_path(self) -> Path:
        return self.path / "keys" / KEY_NAMES[self.role]

    @property
    def documents_dir(self) -> Path:
        return self.path / "documents"

    @property
    def enrollment_path(self) -> Path:
        return self.path / "enrollment.json"

    @property
    def read_only(self) -> bool:
        return self.lock is not None and self.lock.mode == "shared"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed durably at the end of the block, rolled back on error."""
        if self.read_only:
            raise SmartcertError(f"the workspace {self.path} is open for reading only; nothing was changed")
        assert self.writer is not None
        try:
            with self.writer.begin() as s:
                yield s
        except DBAPIError as exc:
            mapped = database_error(exc, self.db_path)
            if mapped is None:
                raise
            raise mapped from None

    def read_session(self) -> Session:
        return self.factory()

    def owner(self) -> Workspace:
        with self.factory() as s:
            ws = s.scalars(select(Workspace)).one()
            s.expunge(ws)
            return ws

    def document_path(self, sha256: str) -> Path:
        return self.documents_dir / f"{sha256}.pdf"

    def store_document(self, content: bytes) -> str:
        """Keep a document under its SHA-256 (written atomically); returns the hash."""
        digest = hashlib.sha256(content).hexdigest()
        target = self.document_path(digest)
        if not target.exists():
            atomic_write(target, content)
        return digest

    def backup(self, reason: str) -> backup_store.BackupInfo:
        """A backup of the database and the key file into ``backups/`` (the newest ten are kept)."""
        return backup_store.make_backup(
            self.path, DB_NAMES[self.role], [f"keys/{KEY_NAMES[self.role]}"], reason=reason, role=self.role,
            owner_id=self.owner().owner_id, schema=current_revision(self.engine) or "")

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def ensure_new_dir(path: Path) -> None:
    """A new workspace goes into an absent or empty folder, never over someone's files."""
    if path.exists():
        if not path.is_dir():
            raise SmartcertError(f"{path}: exists and is not a folder")
        if any(path.iterdir()):
            raise SmartcertError(f"{path}: the folder is not empty; choose a new or empty folder")


def _role_check(path: Path, role: str) -> Path:
    db = path / DB_NAMES[role]
    if not path.is_dir():
        raise SmartcertError(f"{path}: no such workspace folder")
    if not db.exists():
        other = [r for r, name in DB_NAMES.items() if r != role and (path / name).exists()]
        if other:
            raise SmartcertError(f"{path}: this is an {other[0]} workspace, not a {role} workspace")
        if (path / "keys" / KEY_NAMES[role]).exists() or (path / backup_store.BACKUPS_DIR).is_dir():
            raise _damaged(path, role, f"its database {DB_NAMES[role]} is missing")  # what to do: restore
        raise SmartcertError(f"{path}: not a smartcert {role} workspace (no {DB_NAMES[role]})")
    return db


def open_workspace(path: Path, role: str, mode: OpenMode = "write") -> WorkspaceHandle:
    """Open an existing workspace of the given role: lock it, check it, migrate its database if older.

    ``mode="write"`` takes the workspace for this process alone; ``"read"`` shares it with other readers
    and refuses every write session. Raises :class:`~smartcert_desktop.store.lock.WorkspaceInUse` when another
    process has it, and :class:`WorkspaceDamaged` when the startup check fails.
    """
    path = Path(path)
    db = _role_check(path, role)
    lock = acquire(path, "exclusive" if mode == "write" else "shared")
    try:
        damaged = quick_check(db)
        if damaged:
            raise (_cannot_open(path, db, damaged[0])
                   or _damaged(path, role, f"the database fails SQLite's check: {damaged[0]}"))
        try:
            engine = open_database(db, before_migration=lock.upgrade)
        except SmartcertError:
            raise
        handle = WorkspaceHandle(path, role, engine, session_factory(engine), lock=lock)
        try:
            _check_contents(handle)
        except BaseException:
            engine.dispose()
            raise
        return handle
    except BaseException:
        lock.release()
        raise


def _check_contents(handle: WorkspaceHandle) -> None:
    """The audit log's hash chain and the key file, after the database itself passed its check."""
    from ..exchange.keys import read_key_file_info

    try:
        with handle.factory() as s:
            problems = verify_chain(s)
    except DBAPIError as exc:
        raise (_cannot_open(handle.path, handle.db_path, str(exc.orig))
               or _damaged(handle.path, handle.role, f"the database cannot be read: {exc.orig}")) from None
    if problems:
        raise _damaged(handle.path, handle.role, f"the audit log was altered ({problems[0]})")
    if not handle.key_path.exists():
        raise _damaged(handle.path, handle.role, f"its key file keys/{KEY_NAMES[handle.role]} is missing")
    try:
        read_key_file_info(handle.key_path)
    except SmartcertError as exc:
        raise _damaged(handle.path, handle.role,
                       f"its key file keys/{KEY_NAMES[handle.role]} is damaged ({exc.problems[0].message})") from None


def _cannot_open(path: Path, db: Path, problem: str) -> SmartcertError | None:
    """What SQLite says when it cannot read a sound database: no permission, a read-only disk (a WAL
    database is read by writing beside it), a full or failing disk. Never said as damage, whose advice
    (restore a backup) would throw away what was done since that backup. None for anything else."""
    text = problem.lower()
    try:
        disk = os.statvfs(path)
    except (OSError, AttributeError):  # no statvfs on Windows
        disk = None
    if "unable to open" in text or "readonly" in text:
        if disk is not None and disk.f_flag & os.ST_RDONLY:
            return SmartcertError(f"the workspace {path} is on a read-only disk; smartcert cannot open it there. "
                                  "Copy the folder to a writable disk. Nothing was changed.")
        if not os.access(db, os.R_OK) or not os.access(path, os.R_OK | os.W_OK | os.X_OK):
            return SmartcertError(f"{db}: cannot open the workspace database: no permission to read it or to "
                                  "write in its folder; open it as the user it belongs to, or ask for access. "
                                  "Nothing was changed.")
    if "disk i/o error" in text or "disk is full" in text:
        return database_error(RuntimeError(problem), db)
    return None


def _damaged(path: Path, role: str, what: str) -> WorkspaceDamaged:
    good = [b for b in backup_store.list_backups(path) if b.ok]
    if good:
        advice = (f"Restore the latest backup: smartcert {role} restore {path} {good[0].name} "
                  f"(made {good[0].created}, {good[0].reason}).")
    else:
        advice = "There is no backup to restore; keep a copy of the folder and ask for help."
    return WorkspaceDamaged(f"the workspace {path} is damaged: {what}. Nothing was written to it. {advice}")


def create_workspace_db(path: Path, role: str) -> WorkspaceHandle:
    engine = open_database(path / DB_NAMES[role], create=True)
    return WorkspaceHandle(path, role, engine, session_factory(engine))


@contextmanager
def building(target: Path) -> Iterator[Path]:
    """Build a new workspace in a hidden sibling folder and move it into place only when it is complete,
    so a failed ``init`` leaves nothing behind (and never a half-made workspace)."""
    ensure_new_dir(target)
    parent = target.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.building."))
    try:
        yield tmp
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# --- outputs never land on a workspace -----------------------------------------------------------------------

def _workspace_role(folder: Path) -> str | None:
    for role, name in DB_NAMES.items():
        if (folder / name).exists():
            return role
    return None


def protected_paths(folder: Path, role: str) -> list[tuple[Path, str]]:
    """What a workspace keeps, each with a word for messages: the database and its journal files, keys,
    backups, documents, the lock and (evaluator) the enrolment file."""
    db = folder / DB_NAMES[role]
    items = [(db, "its database")]
    items += [(Path(f"{db}{suffix}"), "its database journal") for suffix in ("-wal", "-shm", "-journal")]
    items += [(folder / "keys", "its keys"), (folder / backup_store.BACKUPS_DIR, "its backups"),
              (folder / "documents", "its evidence documents"), (folder / LOCK_NAME, "its lock file")]
    if role == "evaluator":
        items.append((folder / "enrollment.json", "its enrolment file"))
    return items


def guard_output(path: Path | str) -> Path:
    """Refuse an output path (a file, or a folder that files go into) that resolves, symlinks followed, onto
    what any workspace keeps; returns the resolved path. The workspace folder itself may take outputs: files
    written there are named by applicant codes and evaluator ids, never like the workspace's own files."""
    resolved = Path(os.path.realpath(Path(path)))
    for candidate in (resolved, *resolved.parents):
        role = _workspace_role(candidate)
        if role is None:
            continue
        for kept, what in protected_paths(candidate, role):
            kept_resolved = Path(os.path.realpath(kept))
            if resolved == kept_resolved or kept_resolved in resolved.parents:
                raise SmartcertError(f"{path}: this would write into the workspace {candidate} ({what}); "
                                     "choose a place outside it. Nothing was written.")
    return resolved


# --- backups and restore -------------------------------------------------------------------------------------

def _highest_counter(path: Path, role: str) -> int:
    """The highest number this workspace has handed out (an evaluator's bundle sequence, a program's package
    serial), over its database and every backup; 0 where none can be read."""
    import sqlite3

    found = 0
    for candidate in [path / DB_NAMES[role], *(b.path / DB_NAMES[role] for b in backup_store.list_backups(path))]:
        try:
            con = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT max(submit_sequence) FROM workspace").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            continue
        found = max(found, int(row[0] or 0))
    return found


def _restore_keeping_counters(path: Path, role: str, backup_db: Path, db: Path) -> None:
    """Restore ``backup_db`` into ``db`` with the workspace's counter at the highest ever handed out, in the
    same transaction: a number given out after the backup was made must never be given out again, or the
    chair's merge refuses the evaluator's next bundle (its sequence is taken) and an evaluator refuses the
    program's next package (older than the one it has)."""
    import sqlite3

    highest = _highest_counter(path, role)
    folder = path / backup_store.BACKUPS_DIR
    staging: Path | None = None
    try:
        staging = Path(tempfile.mkdtemp(prefix=".building-", dir=folder))
        staged = staging / DB_NAMES[role]
        shutil.copyfile(backup_db, staged)
        con = sqlite3.connect(staged)
        try:
            con.execute("UPDATE workspace SET submit_sequence = max(submit_sequence, ?)", (highest,))
            con.commit()
        finally:
            con.close()
    except OSError as exc:
        raise os_error(exc, folder) from None
    except sqlite3.Error as exc:
        raise database_error(exc, folder) or SmartcertError(f"{folder}: cannot prepare the restore: {exc}") from None
    try:
        backup_store.restore_database(staged, db)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def list_workspace_backups(path: Path, role: str) -> list[backup_store.BackupInfo]:
    """The backups of the workspace at ``path``, newest first, each checked against its manifest."""
    path = Path(path)
    if not path.is_dir():
        raise SmartcertError(f"{path}: no such workspace folder")
    if _workspace_role(path) not in (role, None):
        raise SmartcertError(f"{path}: this is not a {role} workspace")
    return backup_store.list_backups(path)


def restore_workspace(path: Path, role: str, name: str) -> backup_store.BackupInfo | None:
    """Restore the backup ``name`` of the workspace at ``path`` after backing up its current state.

    Takes the workspace's lock; the restored workspace must pass the startup check. Returns the backup made of
    the state before the restore (None when there was no database left to back up).
    """
    path = Path(path)
    if not path.is_dir():
        raise SmartcertError(f"{path}: no such workspace folder")
    db = path / DB_NAMES[role]
    lock = acquire(path, "exclusive")
    try:
        chosen = next((b for b in backup_store.list_backups(path) if b.name == name), None)
        if chosen is None:
            raise SmartcertError(f"{path}: no backup named {name}; list them with: smartcert {role} restore {path}")
        if not chosen.ok:
            raise SmartcertError(f"{path}: backup {name} cannot be restored: {chosen.problem}")
        if chosen.role != role:
            raise SmartcertError(f"{path}: backup {name} is of an {chosen.role} workspace, not a {role} workspace")
        before = None
        if db.exists():  # the state it replaces, even damaged, is kept too (pruned only after the restore)
            before = backup_store.make_backup(path, DB_NAMES[role], [f"keys/{KEY_NAMES[role]}"],
                                              reason="before-restore", role=role, owner_id=chosen.owner_id,
                                              schema="", keep=None, allow_damaged=True)
        _restore_keeping_counters(path, role, chosen.path / DB_NAMES[role], db)
        key = f"keys/{KEY_NAMES[role]}"
        if key in chosen.files:
            saved = (chosen.path / key).read_bytes()
            live = path / key
            if not live.exists() or live.read_bytes() != saved:
                atomic_write(live, saved, mode=0o600)
        handle = open_workspace(path, role)
        try:
            from ..store import audit

            with handle.session() as s:
                audit.append(s, handle.owner().owner_id, "workspace.restore",
                             {"backup": name, "created": chosen.created, "reason": chosen.reason,
                              "previous_state": before.name if before else None})
        finally:
            handle.close()
        backup_store.prune(path / backup_store.BACKUPS_DIR)
        return before
    finally:
        lock.release()
