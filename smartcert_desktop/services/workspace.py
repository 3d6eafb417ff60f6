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

    PROGRAM_DIR/smartcert-connection.json   a program whose store is a PostgreSQL server (store/postgres.py):
                                            the folder holds only this file; the key file and the documents
                                            are in the program's schema on the server

Opening a workspace locks it (exclusively to write, shared to read) and checks it: SQLite's quick_check, the
audit log's hash chain and the key file. A damaged workspace is not written to; the error names the backup to
restore. No output of any command may land on what the workspace keeps: :func:`guard_output`.

A program on a PostgreSQL server takes no lock in its folder (several staff on several machines work on it at
once): each write transaction takes the program's lock in the database instead. Its startup check is the audit
chain, the key file and the program's identity; backups and restore are the database server's (pg_dump).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import PassphraseError, SmartcertError
from ..files import atomic_write as _atomic_write
from ..files import os_error, system_reason
from ..messages import Message, msg
from ..store import backup as backup_store
from ..store import postgres as pg
from ..store.audit import local_staff, verify_chain
from ..store.db import (
    current_revision,
    database_error,
    known_revisions,
    migrate_connection,
    open_database,
    quick_check,
    session_factory,
    write_engine,
)
from ..store.lock import LOCK_NAME, WorkspaceInUse, WorkspaceLock, acquire, held_here
from ..store.models import DocumentContent, KeyFile, Workspace
from ..store.postgres import CONNECTION_FILE, ConnectionInfo, PasswordPrompt

if TYPE_CHECKING:  # the keys' module (cryptography) is imported when a key is opened
    from ..exchange.keys import PrivateKeys

DB_NAMES = {"program": "program.db", "evaluator": "evaluator.db"}
KEY_NAMES = {"program": "program.key", "evaluator": "evaluator.key"}
OpenMode = Literal["write", "read", "view"]


class WorkspaceDamaged(SmartcertError):
    """The startup check found the workspace damaged; nothing was written to it."""


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write a file wholly or not at all, making its folder when missing (see
    :func:`smartcert_desktop.files.atomic_write`)."""
    _atomic_write(path, data, mode, make_parents=True)


@dataclass
class PendingBackup:
    """The backup made before an action (None on a server): :meth:`discard` when the action changed nothing."""

    info: backup_store.BackupInfo | None

    def discard(self) -> None:
        if self.info is not None:
            backup_store.remove(self.info)
            self.info = None


@dataclass
class WorkspaceHandle:
    """An open workspace: its folder, its engine, a factory of read sessions and one of write sessions.

    Write sessions (:meth:`session`) begin with ``BEGIN IMMEDIATE`` on SQLite, with the program's advisory lock
    on PostgreSQL: what a transaction reads to decide is still true when it writes, whatever runs beside it.
    ``connection`` is set for a program whose store is a PostgreSQL server.
    """

    path: Path
    role: str
    engine: Engine
    factory: sessionmaker[Session] = field(repr=False)
    writer: sessionmaker[Session] | None = field(default=None, repr=False)
    lock: WorkspaceLock | None = field(default=None, repr=False)
    viewing: bool = False  # opened to look at while another process has it: no lock, SQLite read-only
    connection: ConnectionInfo | None = None
    reading: bool = False  # a server program opened to read only
    staff: str = ""  # who works here, for the audit log
    _unlocked: tuple[bytes, bytes, PrivateKeys] | None = field(default=None, init=False, repr=False, compare=False)
    _salt: bytes = field(default_factory=lambda: secrets.token_bytes(16), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.staff:
            self.staff = local_staff()
        if self.writer is None:
            self.writer = sessionmaker(write_engine(self.engine), expire_on_commit=False,
                                       info={"staff": self.staff})

    @property
    def on_server(self) -> bool:
        """Whether the store is a PostgreSQL server (else the SQLite file in the folder)."""
        return self.connection is not None

    @property
    def store_name(self) -> str:
        """The store as messages name it: the database file, or the server's database and the program."""
        return self.connection.display if self.connection is not None else str(self.db_path)

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAMES[self.role]

    @property
    def key_path(self) -> Path:
        return self.path / "keys" / KEY_NAMES[self.role]

    @property
    def key_name(self) -> str:
        """The key file as messages name it."""
        if self.connection is not None:
            return f"{self.connection.display} {KEY_NAMES[self.role]}"
        return str(self.key_path)

    def private_keys(self, passphrase: str) -> PrivateKeys:
        """The workspace's private keys. A wrong passphrase is said of the workspace, never of its key file:
        the user knows the folder (or the server's program) they opened, not the file inside it."""
        from ..exchange.keys import decode_key_file

        key_file = self.key_bytes()
        said = hashlib.sha256(self._salt + passphrase.encode("utf-8")).digest()
        if self._unlocked is not None:
            # The key file was opened with this passphrase before, in this process: a second derivation (a
            # deliberately slow scrypt) would give the same keys. Any other passphrase or key file is derived.
            known_file, known_said, keys = self._unlocked
            if known_file == key_file and hmac.compare_digest(known_said, said):
                return keys
        try:
            keys = decode_key_file(key_file, passphrase, name=self.key_name)
            self._unlocked = (key_file, said, keys)
            return keys
        except PassphraseError:
            if self.connection is not None:
                raise PassphraseError(msg("wrong passphrase for the program {program}",
                                          program=self.connection.display)) from None
            if self.role == "program":
                raise PassphraseError(msg("wrong passphrase for the program workspace {path}",
                                          path=str(self.path))) from None
            raise PassphraseError(msg("wrong passphrase for the evaluator workspace {path}",
                                      path=str(self.path))) from None

    def key_bytes(self) -> bytes:
        """The encrypted key file (still behind its passphrase)."""
        if self.connection is None:
            try:
                return self.key_path.read_bytes()
            except OSError as exc:
                raise SmartcertError(msg("{path}: cannot read the key file ({problem})", path=str(self.key_path),
                                         problem=system_reason(exc))) from None
        with self.factory() as s:
            row = s.get(KeyFile, KEY_NAMES[self.role])
            if row is None:
                raise SmartcertError(msg("{key}: missing", key=self.key_name))
            return bytes(row.content)

    @property
    def documents_dir(self) -> Path:
        return self.path / "documents"

    @property
    def enrollment_path(self) -> Path:
        return self.path / "enrollment.json"

    @property
    def read_only(self) -> bool:
        return self.viewing or self.reading or (self.lock is not None and self.lock.mode == "shared")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed durably at the end of the block, rolled back on error."""
        if self.read_only:
            raise SmartcertError(msg("the workspace {path} is open for reading only; nothing was changed",
                                     path=str(self.path)))
        assert self.writer is not None
        try:
            with self.writer.begin() as s:
                yield s
        except DBAPIError as exc:
            mapped = database_error(exc, self.store_name)
            if mapped is None:
                raise
            raise mapped from None

    @contextmanager
    def sqlite_write(self) -> Iterator[sqlite3.Connection | None]:
        """One write transaction on the SQLite file's own connection (the DB-API's), for the score form's
        single-field edits: the same ``BEGIN IMMEDIATE`` and durable ``COMMIT`` as :meth:`session`, without the
        ORM's per-statement work, which took most of an edit's time. Yields None where that does not apply
        (a read-only workspace, a store on a server): the caller then uses :meth:`session`."""
        if self.read_only or self.connection is not None:
            yield None
            return
        pooled = self.engine.raw_connection()  # the pool's connection itself, without SQLAlchemy's wrapper
        try:
            raw = pooled.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            try:
                raw.execute("BEGIN IMMEDIATE")
                yield raw
                raw.execute("COMMIT")
            except BaseException as exc:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                mapped = database_error(exc, self.store_name) if isinstance(exc, sqlite3.Error) else None
                if mapped is None:
                    raise
                raise mapped from None
        finally:
            pooled.close()

    def read_session(self) -> Session:
        return self.factory()

    def owner(self) -> Workspace:
        with self.factory() as s:
            ws = s.scalars(select(Workspace)).one()
            s.expunge(ws)
            return ws

    def document_path(self, sha256: str) -> Path:
        """Where a SQLite workspace keeps a document's bytes (services read them with :meth:`read_document`)."""
        return self.documents_dir / f"{sha256}.pdf"

    def store_document(self, content: bytes, session: Session | None = None) -> str:
        """Keep a document under its SHA-256; returns the hash. A file written atomically in ``documents/``, or
        on a server a row written in ``session`` (the caller's transaction), else in a transaction of its own."""
        digest = hashlib.sha256(content).hexdigest()
        if self.connection is None:
            target = self.document_path(digest)
            if not target.exists():
                atomic_write(target, content)
            return digest
        if session is None:
            with self.session() as own:
                return self.store_document(content, own)
        if session.get(DocumentContent, digest) is None:
            session.add(DocumentContent(sha256=digest, content=content))
            session.flush()
        return digest

    def read_document(self, sha256: str, session: Session | None = None) -> bytes:
        """A document's bytes; a clear error when they are missing or unreadable."""
        if self.connection is None:
            path = self.document_path(sha256)
            try:
                return path.read_bytes()
            except OSError as exc:
                raise SmartcertError(msg("{path}: evidence document {document} cannot be read: {problem}",
                                         path=str(path), document=sha256[:16],
                                         problem=system_reason(exc))) from None
        if session is None:
            with self.factory() as own:
                return self.read_document(sha256, own)
        row = session.get(DocumentContent, sha256)
        if row is None:
            raise SmartcertError(msg("{store}: evidence document {document} is missing", store=self.store_name,
                                     document=sha256[:16]))
        return bytes(row.content)

    def document_file(self, sha256: str, scratch: Path) -> Path:
        """A file holding the document, to open in a viewer: its own file in ``documents/``, or on a server a
        copy written into ``scratch`` (a temporary folder of the caller)."""
        if self.connection is None:
            return self.document_path(sha256)
        target = scratch / f"{sha256}.pdf"
        if not target.exists():
            atomic_write(target, self.read_document(sha256))
        return target

    def backup(self, reason: str, *, prune: bool = True) -> backup_store.BackupInfo | None:
        """A backup of the database and the key file into ``backups/`` (the newest ten are kept). A program on a
        PostgreSQL server is backed up by the server's own means (pg_dump): None."""
        if self.connection is not None:
            return None
        return backup_store.make_backup(
            self.path, DB_NAMES[self.role], [f"keys/{KEY_NAMES[self.role]}"], reason=reason, role=self.role,
            owner_id=self.owner().owner_id, schema=current_revision(self.engine) or "",
            keep=backup_store.KEEP if prune else None)

    @contextmanager
    def backup_before(self, reason: str) -> Iterator[PendingBackup]:
        """A backup for an action that may fail: when the block raises, or calls ``discard()`` because the
        action changed nothing after all, the backup goes again, so that a refused action leaves the
        workspace as it was; older backups are pruned only once the action went through."""
        pending = PendingBackup(self.backup(reason, prune=False))
        try:
            yield pending
        except BaseException:
            pending.discard()
            raise
        if pending.info is not None:
            backup_store.prune(self.path / backup_store.BACKUPS_DIR)

    def close(self) -> None:
        self._unlocked = None
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def ensure_new_dir(path: Path) -> None:
    """A new workspace goes into an absent or empty folder, never over someone's files."""
    if path.exists():
        if not path.is_dir():
            raise SmartcertError(msg("{path}: exists and is not a folder", path=str(path)))
        if any(path.iterdir()):
            raise SmartcertError(msg("{path}: the folder is not empty; choose a new or empty folder", path=str(path)))


def _role_check(path: Path, role: str) -> Path:
    db = path / DB_NAMES[role]
    if not path.is_dir():
        raise SmartcertError(msg("{path}: no such workspace folder", path=str(path)))
    if role == "evaluator" and (path / CONNECTION_FILE).exists():
        raise SmartcertError(msg("{path}: this is a program workspace, not an evaluator workspace", path=str(path)))
    if not db.exists():
        other = [r for r, name in DB_NAMES.items() if r != role and (path / name).exists()]
        if other:
            raise SmartcertError(_not_this_role(path, other[0], role))
        if (path / "keys" / KEY_NAMES[role]).exists() or (path / backup_store.BACKUPS_DIR).is_dir():
            raise _damaged(path, role, msg("its database {database} is missing",
                                           database=DB_NAMES[role]))  # what to do: restore
        if role == "program":
            raise SmartcertError(msg("{path}: not a smartcert program workspace (no {database})", path=str(path),
                                     database=DB_NAMES[role]))
        raise SmartcertError(msg("{path}: not a smartcert evaluator workspace (no {database})", path=str(path),
                                 database=DB_NAMES[role]))
    return db


def workspace_role(folder: Path) -> str | None:
    """``"program"`` or ``"evaluator"`` for a workspace folder (a server program's folder holds its connection
    file), None for any other folder."""
    return _workspace_role(Path(folder))


def open_workspace(path: Path, role: str, mode: OpenMode = "write", *,
                   ask_password: PasswordPrompt | None = None) -> WorkspaceHandle:
    """Open an existing workspace of the given role: lock it, check it, migrate its database if older.

    ``mode="write"`` takes the workspace for this process alone; ``"read"`` shares it with other readers;
    ``"view"`` takes no lock at all and opens the database so that SQLite refuses every write, to look at a
    workspace another process has (the desktop program's read-only viewing). Read and view handles refuse
    every write session. Raises :class:`~smartcert_desktop.store.lock.WorkspaceInUse` when another process has
    the workspace, and :class:`WorkspaceDamaged` when the startup check fails.

    A program whose folder holds a connection file is opened on its PostgreSQL server: no lock in the folder,
    writes serialised in the database; ``ask_password`` (or the process's prompt) asks for the database
    password when the server wants one that libpq does not have.
    """
    path = Path(path)
    if role == "program" and (path / CONNECTION_FILE).is_file():
        return _open_server_program(path, mode, ask_password)
    db = _role_check(path, role)
    lock = None if mode == "view" else acquire(path, "exclusive" if mode == "write" else "shared")
    try:
        damaged = quick_check(db)
        if damaged:
            raise (_cannot_open(path, db, damaged[0])
                   or _damaged(path, role, msg("the database fails SQLite's check: {problem}",
                                             problem=damaged[0])))
        engine = open_database(db, before_migration=lock.upgrade if lock is not None else _no_migration(path),
                               read_only=mode == "view")
        handle = WorkspaceHandle(path, role, engine, session_factory(engine), lock=lock, viewing=mode == "view")
        try:
            _check_contents(handle)
        except BaseException:
            engine.dispose()
            raise
        return handle
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_server_program(path: Path, mode: OpenMode, ask_password: PasswordPrompt | None) -> WorkspaceHandle:
    info = ConnectionInfo.from_file(path / CONNECTION_FILE)
    engine = pg.connect(info.url, info.schema, ask=ask_password)
    try:
        if not pg.schema_exists(engine, info.schema):
            raise SmartcertError(msg("{path}: the program {program} is not in the database {database} (no schema "
                                     "{schema}); the connection file points to another database, or the program "
                                     "was removed there", path=str(path), program=info.program_id,
                                     database=pg.display_url(info.url), schema=info.schema))
        _migrate_server_program(engine, info)
        handle = WorkspaceHandle(path, "program", engine, session_factory(pg.read_engine(engine)),
                                 connection=info, reading=mode != "write", staff=pg.staff_of(engine))
        _check_contents(handle)
        return handle
    except DBAPIError as exc:
        engine.dispose()
        mapped = database_error(exc, info.display)
        raise (mapped or pg.connection_problem(exc, info.display)) from None
    except BaseException:
        engine.dispose()
        raise


def _migrate_server_program(engine: Engine, info: ConnectionInfo) -> None:
    """Bring the program's schema to this smartcert's revision, under the program's lock (writers wait, and
    two staff opening an older program at once migrate it once); a newer schema is refused untouched."""
    from ..store.db import head_revision

    head = head_revision()
    rev = current_revision(engine)
    if rev == head:
        return
    if rev is not None and rev not in known_revisions():
        raise SmartcertError(msg("{program}: this program was written by a newer version of smartcert (schema "
                                 "{schema}); update smartcert to open it. Nothing was changed.",
                                 program=info.display, schema=rev))
    with pg.migration_lock(engine, info.schema) as conn, conn.begin():
        migrate_connection(conn)


def _no_migration(path: Path) -> Callable[[], None]:
    def refuse() -> None:
        raise SmartcertError(msg("the workspace {path} was made by an older smartcert and must be updated before "
                                 "it can be viewed; open it when no other smartcert has it. Nothing was changed.",
                                 path=str(path)))
    return refuse


def _check_contents(handle: WorkspaceHandle) -> None:
    """The audit log's hash chain and the key file, after the database itself passed its check."""
    from ..exchange.keys import read_key_file_info

    if handle.connection is not None:
        _check_server_contents(handle, handle.connection)
        return
    try:
        with handle.factory() as s:
            problems = verify_chain(s)
    except DBAPIError as exc:
        raise (_cannot_open(handle.path, handle.db_path, str(exc.orig))
               or _damaged(handle.path, handle.role, msg("the database cannot be read: {problem}",
                                                         problem=str(exc.orig)))) from None
    if problems:
        raise _damaged(handle.path, handle.role, msg("the audit log was altered ({problem})", problem=problems[0]))
    if not handle.key_path.exists():
        raise _damaged(handle.path, handle.role, msg("its key file {key} is missing",
                                                     key=f"keys/{KEY_NAMES[handle.role]}"))
    try:
        read_key_file_info(handle.key_path)
    except SmartcertError as exc:
        raise _damaged(handle.path, handle.role,
                       msg("its key file {key} is damaged ({problem})", key=f"keys/{KEY_NAMES[handle.role]}",
                           problem=exc.problems[0].message)) from None


def _check_server_contents(handle: WorkspaceHandle, info: ConnectionInfo) -> None:
    """The startup check of a program on a server: it is the program the connection file names, its audit
    chain is intact, and its key file is there and readable (without the passphrase)."""
    from ..exchange.keys import key_file_info

    def damaged(what: Message) -> WorkspaceDamaged:
        return WorkspaceDamaged(msg("the program {program} is damaged: {what}. Nothing was written to it. Restore "
                                    "the database from its last dump (pg_restore) and ask its administrator.",
                                    program=info.display, what=what))

    with handle.factory() as s:
        owner = s.scalars(select(Workspace)).first()
        if owner is None or owner.role != "program" or owner.owner_id != info.program_id:
            raise damaged(msg("its schema {schema} does not hold program {program}", schema=info.schema,
                              program=info.program_id))
        problems = verify_chain(s)
        if problems:
            raise damaged(msg("the audit log was altered ({problem})", problem=problems[0]))
        key = s.get(KeyFile, KEY_NAMES["program"])
        if key is None:
            raise damaged(msg("its key file is missing"))
        try:
            key_file_info(bytes(key.content), name=handle.key_name)
        except SmartcertError as exc:
            raise damaged(msg("its key file is damaged ({problem})", problem=exc.problems[0].message)) from None


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
            return SmartcertError(msg("the workspace {path} is on a read-only disk; smartcert cannot open it "
                                      "there. Copy the folder to a writable disk. Nothing was changed.",
                                      path=str(path)))
        if not os.access(db, os.R_OK) or not os.access(path, os.R_OK | os.W_OK | os.X_OK):
            return SmartcertError(msg("{database}: cannot open the workspace database: no permission to read it "
                                      "or to write in its folder; open it as the user it belongs to, or ask for "
                                      "access. Nothing was changed.", database=str(db)))
    if "disk i/o error" in text or "disk is full" in text:
        return database_error(RuntimeError(problem), db)
    return None


def _damaged(path: Path, role: str, what: Message) -> WorkspaceDamaged:
    good = [b for b in backup_store.list_backups(path) if b.ok]
    if good:
        advice = msg("Restore the latest backup: smartcert {role} restore {path} {backup} (made {created}, "
                     "{reason}).", role=role, path=str(path), backup=good[0].name, created=good[0].created,
                     reason=good[0].reason)
    else:
        advice = msg("There is no backup to restore; keep a copy of the folder and ask for help.")
    return WorkspaceDamaged(msg("the workspace {path} is damaged: {what}. Nothing was written to it. {advice}",
                                path=str(path), what=what, advice=advice))


def _not_this_role(path: Path, found: str, role: str) -> Message:
    """The folder is a workspace of the other role."""
    if found == "program":
        return msg("{path}: this is a program workspace, not an evaluator workspace", path=str(path))
    return msg("{path}: this is an evaluator workspace, not a program workspace", path=str(path))


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
    if (folder / CONNECTION_FILE).exists():
        return "program"
    return None


def protected_paths(folder: Path, role: str) -> list[tuple[Path, Message]]:
    """What a workspace keeps, each with a word for messages: the database and its journal files, keys,
    backups, documents, the lock, (program on a server) the connection file and (evaluator) the enrolment
    file."""
    db = folder / DB_NAMES[role]
    items = [(db, msg("its database"))]
    if role == "program":
        items.append((folder / CONNECTION_FILE, msg("its connection file")))
    items += [(Path(f"{db}{suffix}"), msg("its database journal")) for suffix in ("-wal", "-shm", "-journal")]
    items += [(folder / "keys", msg("its keys")), (folder / backup_store.BACKUPS_DIR, msg("its backups")),
              (folder / "documents", msg("its evidence documents")), (folder / LOCK_NAME, msg("its lock file"))]
    if role == "evaluator":
        items.append((folder / "enrollment.json", msg("its enrolment file")))
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
                raise SmartcertError(msg("{path}: this would write into the workspace {workspace} ({what}); "
                                         "choose a place outside it. Nothing was written.", path=str(path),
                                         workspace=str(candidate), what=what))
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
        raise database_error(exc, folder) or SmartcertError(msg("{folder}: cannot prepare the restore: {problem}",
                                                                folder=str(folder), problem=str(exc))) from None
    try:
        backup_store.restore_database(staged, db)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def list_workspace_backups(path: Path, role: str) -> list[backup_store.BackupInfo]:
    """The backups of the workspace at ``path``, newest first, each checked against its manifest."""
    path = Path(path)
    if not path.is_dir():
        raise SmartcertError(msg("{path}: no such workspace folder", path=str(path)))
    if _workspace_role(path) not in (role, None):
        if role == "program":
            raise SmartcertError(msg("{path}: this is not a program workspace", path=str(path)))
        raise SmartcertError(msg("{path}: this is not an evaluator workspace", path=str(path)))
    _refuse_server_backups(path)
    return backup_store.list_backups(path)


def _refuse_server_backups(path: Path) -> None:
    """Backups and restore are for SQLite workspaces; a server's program is backed up with pg_dump."""
    if not (path / CONNECTION_FILE).is_file():
        return
    info = ConnectionInfo.from_file(path / CONNECTION_FILE)
    raise SmartcertError(msg("{path}: the program's store is the PostgreSQL database {database}; smartcert keeps "
                             "no backups of it: back it up with pg_dump (pg_dump --format=custom --schema={schema} "
                             "...) and restore that with pg_restore (README, \"The agency's store on "
                             "PostgreSQL\"). Nothing was changed.", path=str(path),
                             database=pg.display_url(info.url), schema=info.schema))


def restore_workspace(path: Path, role: str, name: str) -> backup_store.BackupInfo | None:
    """Restore the backup ``name`` of the workspace at ``path`` after backing up its current state.

    Takes the workspace's lock; the restored workspace must pass the startup check. Returns the backup made of
    the state before the restore (None when there was no database left to back up).
    """
    path = Path(path)
    if not path.is_dir():
        raise SmartcertError(msg("{path}: no such workspace folder", path=str(path)))
    _refuse_server_backups(path)
    db = path / DB_NAMES[role]
    lock = acquire(path, "exclusive")
    try:
        chosen = next((b for b in backup_store.list_backups(path) if b.name == name), None)
        if chosen is None:
            raise SmartcertError(msg("{path}: no backup named {name}; list them with: smartcert {role} restore "
                                     "{path}", path=str(path), name=name, role=role))
        if not chosen.ok:
            raise SmartcertError(msg("{path}: backup {name} cannot be restored: {problem}", path=str(path),
                                     name=name, problem=chosen.problem))
        if chosen.role != role:
            if chosen.role == "program":
                raise SmartcertError(msg("{path}: backup {name} is of a program workspace, not an evaluator "
                                         "workspace", path=str(path), name=name))
            raise SmartcertError(msg("{path}: backup {name} is of an evaluator workspace, not a program workspace",
                                     path=str(path), name=name))
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


# --- what the command line and the desktop program see of the store through this module ------------------------

__all__ = ["CONNECTION_FILE", "BackupInfo", "WorkspaceInUse", "held_here", "known_failure",
           "set_database_password_prompt"]
BackupInfo = backup_store.BackupInfo


def set_database_password_prompt(prompt: PasswordPrompt | None) -> None:
    """How this process asks for a PostgreSQL server's password when libpq has none."""
    pg.set_password_prompt(prompt)


def known_failure(exc: BaseException) -> SmartcertError | None:
    """A failing disk or database file as a message naming it (what to do); None for anything else (a defect)."""
    if isinstance(exc, OSError):
        return os_error(exc)
    if isinstance(exc, DBAPIError):
        return database_error(exc, "the workspace database")
    return None
