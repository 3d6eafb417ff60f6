"""Workspaces on disk: a program workspace (operating agency, chair) or an evaluator workspace.

Layout::

    PROGRAM_DIR/program.db        the store (SQLite, WAL)
    PROGRAM_DIR/keys/program.key  the program's private keys, encrypted with its passphrase
    PROGRAM_DIR/documents/        evidence documents by SHA-256

    EVAL_DIR/evaluator.db
    EVAL_DIR/keys/evaluator.key
    EVAL_DIR/enrollment.json      the public enrolment to hand to the agency
    EVAL_DIR/documents/           evidence documents from assignment packages
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

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from ..errors import SmartcertError
from ..store.db import open_database, session_factory
from ..store.models import Workspace

DB_NAMES = {"program": "program.db", "evaluator": "evaluator.db"}
KEY_NAMES = {"program": "program.key", "evaluator": "evaluator.key"}


@dataclass
class WorkspaceHandle:
    """An open workspace: its folder, its engine and a factory of sessions (one per user action)."""

    path: Path
    role: str
    engine: Engine
    factory: sessionmaker[Session] = field(repr=False)

    @property
    def key_path(self) -> Path:
        return self.path / "keys" / KEY_NAMES[self.role]

    @property
    def documents_dir(self) -> Path:
        return self.path / "documents"

    @property
    def enrollment_path(self) -> Path:
        return self.path / "enrollment.json"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed durably at the end of the block, rolled back on error."""
        with self.factory.begin() as s:
            yield s

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

    def close(self) -> None:
        self.engine.dispose()


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write a file so that it is either wholly there or not at all (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def ensure_new_dir(path: Path) -> None:
    """A new workspace goes into an absent or empty folder, never over someone's files."""
    if path.exists():
        if not path.is_dir():
            raise SmartcertError(f"{path}: exists and is not a folder")
        if any(path.iterdir()):
            raise SmartcertError(f"{path}: the folder is not empty; choose a new or empty folder")


def open_workspace(path: Path, role: str) -> WorkspaceHandle:
    """Open an existing workspace of the given role, migrating its database if it is older."""
    db = path / DB_NAMES[role]
    if not path.is_dir():
        raise SmartcertError(f"{path}: no such workspace folder")
    if not db.exists():
        other = [r for r, name in DB_NAMES.items() if r != role and (path / name).exists()]
        if other:
            raise SmartcertError(f"{path}: this is an {other[0]} workspace, not a {role} workspace")
        raise SmartcertError(f"{path}: not a smartcert {role} workspace (no {DB_NAMES[role]})")
    engine = open_database(db)
    handle = WorkspaceHandle(path, role, engine, session_factory(engine))
    return handle


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
