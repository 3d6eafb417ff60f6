"""One process per workspace: an OS lock on ``WORKSPACE/smartcert.lock`` (contract 1.1, section 1).

The lock is the operating system's own (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it goes away
with the process that holds it: a crash or a kill never leaves a workspace stuck. A process that writes takes
it exclusively; processes that only read (``verify``, ``results``, ``export-sheet``) share it on POSIX, and
take it exclusively on Windows, which has no shared lock.

Within one process the lock is counted: the desktop program and a command may open the same workspace more
than once (a screen and its worker, a test and the program under test) without locking themselves out. The
holder writes its process id, the time and its host into the lock file, so that a second process can say who
has the workspace.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from ..errors import SmartcertError
from ..files import system_reason
from ..messages import Message, msg

LOCK_NAME = "smartcert.lock"
Mode = Literal["shared", "exclusive"]


class WorkspaceInUse(SmartcertError):
    """Another process has the workspace; nothing was changed."""

    def __init__(self, folder: Path, holder: Holder | None) -> None:
        self.folder = folder
        self.holder = holder
        super().__init__(_in_use(folder, holder))


def _in_use(folder: Path, holder: Holder | None) -> Message:
    """The contract's scripts read this line: "the workspace DIR is in use by another smartcert (pid N, since
    HH:MM)"."""
    if holder is None or not holder.pid:
        return msg("the workspace {folder} is in use by another smartcert; close it there first, or wait until it "
                   "has finished. Nothing was changed.", folder=str(folder))
    since = holder.since.strftime("%H:%M") if holder.since else None
    host = holder.host if holder.host and holder.host != _HOST else None
    if since and host:
        return msg("the workspace {folder} is in use by another smartcert (pid {pid}, since {since} on {host}); "
                   "close it there first, or wait until it has finished. Nothing was changed.",
                   folder=str(folder), pid=holder.pid, since=since, host=host)
    if since:
        return msg("the workspace {folder} is in use by another smartcert (pid {pid}, since {since}); close it "
                   "there first, or wait until it has finished. Nothing was changed.",
                   folder=str(folder), pid=holder.pid, since=since)
    if host:
        return msg("the workspace {folder} is in use by another smartcert (pid {pid} on {host}); close it there "
                   "first, or wait until it has finished. Nothing was changed.",
                   folder=str(folder), pid=holder.pid, host=host)
    return msg("the workspace {folder} is in use by another smartcert (pid {pid}); close it there first, or wait "
               "until it has finished. Nothing was changed.", folder=str(folder), pid=holder.pid)


@dataclass(frozen=True)
class Holder:
    pid: int
    since: datetime | None
    host: str


_HOST = socket.gethostname()


def read_holder(lock_file: Path) -> Holder | None:
    """Who wrote the lock file last (the current holder while it is locked); None when unreadable."""
    try:
        text = lock_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    try:
        pid = int(fields.get("pid", "0"))
    except ValueError:
        return None
    since: datetime | None
    try:
        since = datetime.fromisoformat(fields["since"]) if "since" in fields else None
    except ValueError:
        since = None
    return Holder(pid, since, fields.get("host", ""))


# --- the OS primitives -------------------------------------------------------------------------------------

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, mode: Mode) -> bool:
        # Windows has no shared lock here: every holder is exclusive. Lock one byte far beyond the holder
        # information, so that writing it is not blocked by the lock itself.
        try:
            os.lseek(fd, 1 << 30, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 1 << 30, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    def _downgrade(fd: int) -> None:
        pass

else:
    import fcntl

    def _try_lock(fd: int, mode: Mode) -> bool:
        op = fcntl.LOCK_EX if mode == "exclusive" else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, op | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _downgrade(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH)


# --- counted locks within this process ------------------------------------------------------------------------


@dataclass
class _Held:
    fd: int
    shared: int = 0
    exclusive: int = 0


_held: dict[str, _Held] = {}
_guard = threading.Lock()


class WorkspaceLock:
    """A held lock on a workspace folder; :meth:`release` once (closing the workspace does it)."""

    def __init__(self, folder: Path, key: str, mode: Mode) -> None:
        self.folder = folder
        self._key = key
        self.mode: Mode = mode
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            if self.mode == "exclusive":
                held.exclusive -= 1
            else:
                held.shared -= 1
            if held.exclusive == 0 and held.shared == 0:
                try:
                    _unlock(held.fd)
                finally:
                    os.close(held.fd)
                    del _held[self._key]
            elif held.exclusive == 0 and self.mode == "exclusive":
                _downgrade(held.fd)

    def upgrade(self) -> None:
        """Turn a shared lock into an exclusive one (to migrate a database on open); raises when another
        process shares it."""
        with _guard:
            if self.mode == "exclusive":
                return
            held = _held[self._key]
            if held.exclusive == 0 and not _try_lock(held.fd, "exclusive"):
                raise WorkspaceInUse(self.folder, read_holder(self.folder / LOCK_NAME))
            held.shared -= 1
            held.exclusive += 1
            self.mode = "exclusive"
            _write_holder(held.fd)


def _write_holder(fd: int) -> None:
    text = f"pid={os.getpid()}\nsince={datetime.now().astimezone().isoformat(timespec='seconds')}\nhost={_HOST}\n"
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8"), 0) if hasattr(os, "pwrite") else _seek_write(fd, text)
    except OSError:
        pass  # who holds it is information only; the lock itself is what counts


def _seek_write(fd: int, text: str) -> None:  # pragma: no cover - Windows
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8"))


def acquire(folder: Path, mode: Mode = "exclusive") -> WorkspaceLock:
    """Lock ``folder`` for this process, or raise :class:`WorkspaceInUse` at once (never waits).

    A read-only folder can be read without a lock when the lock file cannot be made there: nobody can write
    to it anyway.
    """
    lock_file = folder / LOCK_NAME
    key = os.path.realpath(lock_file)
    with _guard:
        held = _held.get(key)
        if held is not None:
            if mode == "exclusive" and held.exclusive == 0:
                if not _try_lock(held.fd, "exclusive"):
                    raise WorkspaceInUse(folder, read_holder(lock_file))
                _write_holder(held.fd)
            if mode == "exclusive":
                held.exclusive += 1
            else:
                held.shared += 1
            return WorkspaceLock(folder, key, mode)
        try:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            if mode == "shared" and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                try:
                    fd = os.open(lock_file, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
                except OSError:
                    return WorkspaceLock(folder, "", mode)  # nothing to lock on a read-only medium
            elif exc.errno == errno.EROFS:
                raise SmartcertError(msg("the workspace {folder} is on a read-only disk; smartcert cannot work in "
                                         "it there. Copy the folder to a writable disk. Nothing was changed.",
                                         folder=str(folder))) from None
            else:
                raise SmartcertError(msg("the workspace {folder} cannot be opened for writing ({reason}). Nothing "
                                         "was changed.", folder=str(folder), reason=system_reason(exc))) from None
        if not _try_lock(fd, mode):
            os.close(fd)
            raise WorkspaceInUse(folder, read_holder(lock_file))
        if mode == "exclusive" or read_holder(lock_file) is None:
            _write_holder(fd)
        _held[key] = _Held(fd, shared=1 if mode == "shared" else 0, exclusive=1 if mode == "exclusive" else 0)
        return WorkspaceLock(folder, key, mode)


def held_here(folder: Path) -> bool:
    """Whether this process holds a lock on ``folder`` (for tests and checks)."""
    return os.path.realpath(folder / LOCK_NAME) in _held
