"""Writing files so that a failure or a kill leaves the old file or nothing, never half of one.

Every file smartcert writes (outputs, key files, documents, backups) goes through :func:`atomic_write`, or
through :class:`OutputBatch` when several files make one result (the results JSON, its signature, the
workbook and the PDFs): all of them are first written in full beside their targets, and only then renamed
into place, so that a full disk halfway through leaves none of them changed.

A failing disk is the user's problem to solve, not a defect: :func:`os_error` turns an ``OSError`` into a
:class:`SmartcertError` naming the file and what to do.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from .errors import Problem, SmartcertError
from .messages import Message, Text, msg

_UMASK: int | None = None


def _default_mode() -> int:
    """0666 less the process's umask: what an ordinary ``open()`` would give a new file."""
    global _UMASK
    if _UMASK is None:
        current = os.umask(0o022)
        os.umask(current)
        _UMASK = current
    return 0o666 & ~_UMASK


# The system's words for the usual failures, as messages (their English is the C library's), so that a reason
# quoted after "cannot be read:" is in the user's language too. Any other failure keeps the system's words.
_SYSTEM_REASONS: dict[int, Message] = {
    errno.ENOENT: msg("No such file or directory"),
    errno.EACCES: msg("Permission denied"),
    errno.EPERM: msg("Operation not permitted"),
    errno.EISDIR: msg("Is a directory"),
    errno.ENOTDIR: msg("Not a directory"),
    errno.ENOSPC: msg("No space left on device"),
    errno.EROFS: msg("Read-only file system"),
    errno.EFBIG: msg("File too large"),
    errno.EIO: msg("Input/output error"),
    errno.ENAMETOOLONG: msg("File name too long"),
    errno.EEXIST: msg("File exists"),
}


def system_reason(exc: OSError) -> Text:
    """Why a file operation failed, in the system's words: a message for the usual failures."""
    if exc.errno in _SYSTEM_REASONS:
        return _SYSTEM_REASONS[exc.errno]
    return exc.strerror or str(exc)


def os_error(exc: OSError, path: Path | str | None = None, *, writing: bool = True) -> SmartcertError:
    """A clear message for a failed file operation, naming the file."""
    where = str(path if path is not None else (exc.filename or ""))
    return SmartcertError(Problem(_os_failure(exc, writing), file=where or None))


def _os_failure(exc: OSError, writing: bool) -> Message:
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        if writing:
            return msg("cannot write: the disk is full; free some space and try again")
        return msg("cannot read: the disk is full; free some space and try again")
    if code == errno.EFBIG:
        if writing:
            return msg("cannot write: the file would be larger than this system allows (file size limit); free "
                       "space or raise the limit")
        return msg("cannot read: the file would be larger than this system allows (file size limit); free "
                   "space or raise the limit")
    if code == errno.EROFS:
        if writing:
            return msg("cannot write: the disk is read-only; choose a folder on a writable disk")
        return msg("cannot read: the disk is read-only; choose a folder on a writable disk")
    if code in (errno.EACCES, errno.EPERM):
        return msg("cannot write: no permission to write here") if writing else msg(
            "cannot read: no permission to read it")
    if code == errno.ENOENT:
        return msg("cannot write: the folder does not exist") if writing else msg("cannot read: no such file")
    if code == errno.EISDIR:
        return msg("cannot write: is a folder, not a file") if writing else msg(
            "cannot read: is a folder, not a file")
    if code == errno.ENOTDIR:
        if writing:
            return msg("cannot write: a part of the path is a file, not a folder")
        return msg("cannot read: a part of the path is a file, not a folder")
    if code == errno.EIO:
        if writing:
            return msg("cannot write: the disk failed (I/O error); check the disk and try again")
        return msg("cannot read: the disk failed (I/O error); check the disk and try again")
    reason = exc.strerror or str(exc)  # the system's own words
    return msg("cannot write: {reason}", reason=reason) if writing else msg("cannot read: {reason}", reason=reason)


def fsync_dir(directory: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows: directory entries are durable once the rename returns
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stage(path: Path, data: bytes, mode: int | None) -> Path:
    """Write ``data`` in full to a temporary file beside ``path``, flushed to disk; returns its name."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    if mode is None:
        try:  # a file replaced keeps its permissions
            mode = path.stat().st_mode & 0o7777
        except OSError:
            mode = None
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                 mode if mode is not None else _default_mode())
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)  # the umask must not widen or narrow a key file's mode
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: Path, data: bytes, mode: int | None = None, *, make_parents: bool = False) -> None:
    """Write a file so that it is either wholly there or not at all (temporary file, fsync, rename).

    ``mode`` (POSIX) is the new file's permission bits, e.g. 0o600 for a key file; by default the replaced
    file's, or an ordinary new file's. ``make_parents`` creates missing folders. Raises
    :class:`SmartcertError` naming the file when the disk refuses.
    """
    path = Path(path)
    try:
        if make_parents:
            path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _stage(path, data, mode)
        try:
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fsync_dir(path.parent)
    except OSError as exc:
        raise os_error(exc, path) from None


class StagedOutput:
    """A file that appears only when the block that writes it ends without an error, for an output that
    belongs to a transaction: ``with StagedOutput(path) as f, handle.session() as s: ... f.write(data)``.

    :meth:`write` puts the bytes on disk in full beside ``path``, so a full disk fails the block before the
    transaction commits; the file is renamed into place after the commit, which needs no space. A failure
    or a kill in between leaves the old file or none.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._staged: Path | None = None

    def __enter__(self) -> StagedOutput:
        return self

    def write(self, data: bytes) -> None:
        if self._staged is not None:
            self._staged.unlink(missing_ok=True)
            self._staged = None
        try:
            self._staged = _stage(self.path, data, None)
        except OSError as exc:
            raise os_error(exc, self.path) from None

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        staged, self._staged = self._staged, None
        if staged is None:
            return
        if exc_type is not None:
            staged.unlink(missing_ok=True)
            return
        try:
            os.replace(staged, self.path)
            fsync_dir(self.path.parent)
        except OSError as exc:
            staged.unlink(missing_ok=True)
            raise os_error(exc, self.path) from None


class OutputBatch:
    """Files that are one result: staged in full, then renamed into place together.

    ``add`` them (nothing touches the disk), then :meth:`commit`: every file is written to a temporary file
    beside its target first; when any of them fails, the temporary files are removed and no target has
    changed. Only then are they renamed, which needs no space. ``remove`` lists files to delete once the
    others are in place (a stale certificate, say).

    Outputs that belong to a transaction are staged inside it (:meth:`stage`, so that a full disk fails
    the transaction) and committed after it; :meth:`discard` removes what was staged when it failed.
    """

    def __init__(self) -> None:
        self._files: list[tuple[Path, bytes, bool]] = []
        self._remove: list[Path] = []
        self._staged: list[tuple[Path, Path]] = []

    def add(self, path: Path, data: bytes, *, make_parents: bool = True) -> None:
        """``make_parents``: create the file's folder when missing (a folder of PDFs), else refuse."""
        self._files.append((Path(path), data, make_parents))

    def remove(self, path: Path) -> None:
        self._remove.append(Path(path))

    def extend(self, other: OutputBatch) -> None:
        """Take ``other``'s files and removals into this batch."""
        self._files.extend(other._files)
        self._remove.extend(other._remove)

    @property
    def paths(self) -> list[Path]:
        return [p for p, _, _ in self._files]

    def stage(self) -> None:
        """Write every file added so far in full beside its target; nothing is in place yet."""
        current: Path | None = None
        try:
            for path, data, make_parents in self._files[len(self._staged):]:
                current = path
                if make_parents:
                    path.parent.mkdir(parents=True, exist_ok=True)
                self._staged.append((_stage(path, data, None), path))
        except OSError as exc:
            self.discard()
            raise os_error(exc, current) from None

    def discard(self) -> None:
        """Remove the staged files; no target has changed."""
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged = []

    def commit(self) -> list[Path]:
        self.stage()
        current: Path | None = None
        try:
            for tmp, path in self._staged:
                current = path
                os.replace(tmp, path)
            for path in self._remove:
                current = path
                path.unlink(missing_ok=True)
            for directory in {p.parent for _, p in self._staged}:
                fsync_dir(directory)
        except OSError as exc:
            raise os_error(exc, current) from None
        finally:
            self.discard()
        return [p for p, _, _ in self._files]
