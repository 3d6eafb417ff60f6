"""Backups of a workspace: its database (SQLite's online backup) and its key files, with a manifest.

Layout::

    WORKSPACE/backups/20261201-215154-merge/
        program.db            a consistent copy (rollback journal mode, no -wal beside it)
        keys/program.key      the encrypted key file, byte for byte
        manifest.json         when, why, whose, schema version, SHA-256 and size of each file

A backup is built in a hidden temporary folder and renamed into place when complete, so a kill leaves either
a whole backup or a temporary folder that the next backup removes. The newest :data:`KEEP` are kept.

Evidence documents are not copied: they are stored under their SHA-256, never changed, and every package
and merge checks them by hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..errors import Problem, SmartcertError
from ..files import atomic_write, fsync_dir, os_error
from ..messages import Text, msg
from .db import database_error, quick_check

BACKUPS_DIR = "backups"
MANIFEST = "manifest.json"
KEEP = 10
STALE_SECONDS = 3600
_REASON = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as its manifest describes it; ``problem`` says why it cannot be restored (None: it can)."""

    name: str
    path: Path
    created: str
    reason: str
    role: str
    owner_id: str
    schema: str
    files: dict[str, dict[str, object]]
    problem: Text | None = None
    damaged: bool = False
    sequence: int = 0  # counts up with every backup of the workspace: the order they were made

    @property
    def ok(self) -> bool:
        return self.problem is None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database, by SQLite's online backup; the copy uses a rollback journal, so
    that it is one self-contained file."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())


def make_backup(workspace: Path, db_name: str, key_names: list[str], *, reason: str, role: str, owner_id: str,
                schema: str, keep: int | None = KEEP, allow_damaged: bool = False) -> BackupInfo:
    """Back up the workspace into ``backups/``; the caller holds the workspace's exclusive lock.

    ``keep=None`` prunes nothing. With ``allow_damaged`` a database that SQLite cannot copy is kept as its
    files are (the database and its write-ahead log), so that restoring another backup never loses the
    damaged state either.
    """
    root = workspace / BACKUPS_DIR
    created = datetime.now().astimezone()
    tag = _REASON.sub("-", reason.lower()).strip("-") or "backup"
    try:
        root.mkdir(exist_ok=True)
        _remove_temporaries(root)
        tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=root))
        try:
            files: dict[str, dict[str, object]] = {}
            damaged = False
            try:
                _copy_database(workspace / db_name, tmp / db_name)
            except sqlite3.DatabaseError:
                if not allow_damaged:
                    raise
                damaged = True
                for suffix in ("", "-wal"):
                    source = workspace / f"{db_name}{suffix}"
                    if source.exists():
                        atomic_write(tmp / f"{db_name}{suffix}", source.read_bytes())
            for name in (db_name, f"{db_name}-wal"):
                if (tmp / name).exists():
                    files[name] = {"sha256": _sha256(tmp / name), "size": (tmp / name).stat().st_size}
            for key in key_names:
                source = workspace / key
                if not source.exists():
                    continue
                (tmp / key).parent.mkdir(parents=True, exist_ok=True)
                data = source.read_bytes()
                atomic_write(tmp / key, data, mode=0o600)
                files[key] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            sequence = 1 + max((b.sequence for b in list_backups(workspace, verify=False)), default=0)
            manifest = {"format": 1, "sequence": sequence, "created": created.isoformat(timespec="microseconds"),
                        "reason": reason,
                        "role": role, "owner_id": owner_id, "schema": schema, "app_version": __version__,
                        "damaged": damaged, "files": files}
            atomic_write(tmp / MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode())
            name = _place(tmp, root, f"{created.strftime('%Y%m%d-%H%M%S')}-{tag}")
            fsync_dir(root)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if keep is not None:
            prune(root, keep)
    except OSError as exc:
        raise os_error(exc, exc.filename or root) from None
    except sqlite3.DatabaseError as exc:
        # Copying a sound database fails when the backup cannot be written (a full disk, a file size limit):
        # say so, naming the backups folder, and what to do.
        text = str(exc).lower()
        mapped = database_error(exc, root) if "disk is full" in text or "disk i/o error" in text else None
        raise mapped or SmartcertError(Problem(msg("cannot back up the database: {reason}", reason=str(exc)),
                                                 file=str(workspace / db_name))) from None
    return read_backup(root / name)


def _place(tmp: Path, root: Path, base: str) -> str:
    """Rename the finished backup to ``base`` (``base-2``, ... when taken); returns the name used."""
    # After the newest of that second, never a name a pruned backup had: names follow the order made.
    taken = [1 if e.name == base else int(e.name[len(base) + 1:]) for e in root.iterdir()
             if e.name == base or (e.name.startswith(base + "-") and e.name[len(base) + 1:].isdigit())]
    n = max(taken, default=0) + 1
    while True:
        name = base if n == 1 else f"{base}-{n}"
        # One rename, so that a process killed at any moment leaves either the finished backup or its
        # ".building-" folder, never a named backup without its manifest. The caller holds the workspace's
        # lock, so no other backup takes the name in between; a rename onto an existing name fails.
        if (root / name).exists():
            n += 1
            continue
        try:
            os.rename(tmp, root / name)
        except OSError:
            if (root / name).exists():
                n += 1
                continue
            raise
        return name


def _remove_temporaries(root: Path) -> None:
    """Remove what a killed backup left, once it is old enough not to be another backup being made."""
    now = time.time()
    for entry in root.iterdir():
        if entry.name.startswith(".building-") and entry.is_dir():
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_SECONDS:
                    shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_dir() and not entry.name.startswith("."):
            # An empty folder is a name an earlier version claimed before it was killed: it holds nothing.
            with contextlib.suppress(OSError):
                entry.rmdir()


def prune(root: Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` backups.

    Each older one leaves the list in one rename (to a hidden name) before it is deleted, so that a kill
    while deleting it never leaves half a backup listed, nor one without its manifest that is never pruned.
    A folder without a manifest that is not the newest entry (a name claimed by a killed backup) goes too.
    """
    for entry in root.iterdir():  # what a killed prune left
        if entry.name.startswith(".removing-"):
            shutil.rmtree(entry, ignore_errors=True)
    backups = sorted((read_backup(p, verify=False) for p in root.iterdir()
                      if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).exists()), key=_order)
    doomed_paths = [b.path for b in (backups[:-keep] if keep > 0 else backups)]
    doomed_paths += [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
                     and not (p / MANIFEST).exists() and not any(p.iterdir())]
    for old in doomed_paths:
        doomed = root / f".removing-{old.name}"
        try:
            os.replace(old, doomed)
        except OSError:
            continue
        shutil.rmtree(doomed, ignore_errors=True)


def remove(info: BackupInfo) -> None:
    """Take one backup away (out of the list in one rename, then deleted)."""
    doomed = info.path.parent / f".removing-{info.name}"
    try:
        os.replace(info.path, doomed)
    except OSError:
        return
    shutil.rmtree(doomed, ignore_errors=True)


def _order(info: BackupInfo) -> tuple[int, str, str]:
    """The order backups were made: their sequence numbers (names hold only the second, and clocks can go
    back), then the time for a manifest without one."""
    return (info.sequence, info.created, info.name)


def read_backup(path: Path, *, verify: bool = True) -> BackupInfo:
    """A backup's manifest, and with ``verify`` whether every file is there with its SHA-256."""
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        info = BackupInfo(path.name, path, str(manifest["created"]), str(manifest["reason"]), str(manifest["role"]),
                          str(manifest["owner_id"]), str(manifest["schema"]), dict(files),
                          damaged=bool(manifest.get("damaged", False)), sequence=int(manifest.get("sequence", 0)))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return BackupInfo(path.name, path, "", "", "", "", "", {},
                          problem=msg("no readable manifest ({reason})", reason=str(exc)))
    if info.damaged:
        return _with_problem(info, msg("it holds a damaged database, kept as it was found"))
    if verify:
        for name, meta in info.files.items():
            f = path / name
            if not f.is_file():
                return _with_problem(info, msg("{name} is missing", name=name))
            if f.stat().st_size != meta.get("size") or _sha256(f) != meta.get("sha256"):
                return _with_problem(info, msg("{name} does not match its SHA-256", name=name))
    return info


def _with_problem(info: BackupInfo, problem: Text) -> BackupInfo:
    return BackupInfo(info.name, info.path, info.created, info.reason, info.role, info.owner_id, info.schema,
                      info.files, problem, info.damaged, info.sequence)


def list_backups(workspace: Path, *, verify: bool = True) -> list[BackupInfo]:
    """The workspace's backups, newest first."""
    root = workspace / BACKUPS_DIR
    if not root.is_dir():
        return []
    found = [read_backup(p, verify=verify) for p in root.iterdir()
             if p.is_dir() and not p.name.startswith(".") and any(p.iterdir())]
    return sorted(found, key=_order, reverse=True)


def restore_database(backup_db: Path, live_db: Path) -> None:
    """Put the backup's content into the live database, in one transaction (SQLite's backup API into the live
    file, which goes through its journal: a kill leaves the old content). A live file too damaged to be
    written that way is replaced whole. The caller holds the exclusive lock and has closed its engine."""
    problems = quick_check(backup_db)
    if problems:
        raise SmartcertError(Problem(msg("the backup's database is damaged ({reason}); choose another backup",
                                         reason=problems[0]), file=str(backup_db)))
    src = sqlite3.connect(f"file:{backup_db}?mode=ro", uri=True)
    try:
        try:
            dst = sqlite3.connect(live_db)
            try:
                dst.execute("PRAGMA journal_mode=WAL")
                src.backup(dst)
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
            if not quick_check(live_db):
                return
        except sqlite3.DatabaseError:
            pass
    finally:
        src.close()
    # The live file could not take it (damaged beyond SQLite's reach): replace it whole, its journal first.
    data = backup_db.read_bytes()
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{live_db}{suffix}").unlink(missing_ok=True)
    atomic_write(live_db, data)
