"""A helper process for the failing-disk tests: runs the real command line on request, with a file size
limit, as another user, or inside the private mount namespace it was started in (``unshare -m``).

Started once per test module, it imports the command line first and then answers requests on stdin, one
JSON line each, with one JSON line on stdout:

- ``{"do": "run", "argv": [...], "fsize": N, "uid": U, "env": {...}}`` forks a child that sets
  ``RLIMIT_FSIZE`` to N bytes (Python ignores SIGXFSZ, so a write beyond it fails with EFBIG), becomes user
  U, calls ``smartcert_desktop.cli.main.main(argv)``, collects garbage (so that an "Exception ignored"
  message would show) and exits with its code. Answers ``{"code", "stdout", "stderr"}``.
- ``{"do": "warm", "argv": [...]}`` runs a command here, once, so that the children need not warm up.
- ``{"do": "sh", "argv": [...]}`` runs a program here (``mount``, ``umount``): ``{"code", "output"}``.
- ``{"do": "copytree", "src", "dst"}``; ``{"do": "fill", "dir", "leave"}``: fill the file system that
  holds ``dir`` with ``dir/.filler`` until about ``leave`` bytes are free; ``{"do": "remove", "path"}``;
  ``{"do": "dump", "db"}``: every table's rows and ``integrity_check``; ``{"do": "files", "dir"}``: the
  SHA-256 of every file under ``dir``.

A test sees the file systems mounted here only through this process: they live in its namespace.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import resource
import select
import shutil
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import smartcert_desktop.cli.main as cli
import smartcert_desktop.exchange.results_xlsx
import smartcert_desktop.reports.result_sheets
import smartcert_desktop.services.merge
import smartcert_desktop.services.outputs
import smartcert_desktop.services.sheets  # noqa: F401  (loaded before the first fork)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _dbdump import dump


def run(request: dict[str, Any]) -> dict[str, Any]:
    gc.freeze()  # what exists now is never collected in a child, so a child copies none of it
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(out_r)
            os.close(err_r)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.environ.update(request.get("env", {}))
            if request.get("uid") is not None:
                os.setgroups([])
                os.setgid(request["uid"])
                os.setuid(request["uid"])
            if request.get("fsize") is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (request["fsize"], request["fsize"]))
            os.chdir(request.get("cwd", "/"))
            sys.argv = ["smartcert", *request["argv"]]
        except BaseException:
            traceback.print_exc()
            os._exit(99)
        code = cli.main(request["argv"])
        # What the interpreter's shutdown would still find to finalize: a file object left to the garbage
        # collector is where "Exception ignored" comes from. The rest of the shutdown is skipped: in a
        # forked copy it would touch every page of memory it shares with this process, 10 times main().
        gc.collect()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    os.close(out_w)
    os.close(err_w)
    chunks: dict[int, list[bytes]] = {out_r: [], err_r: []}
    open_fds = [out_r, err_r]
    while open_fds:
        ready, _, _ = select.select(open_fds, [], [])
        for fd in ready:
            data = os.read(fd, 65536)
            if data:
                chunks[fd].append(data)
            else:
                open_fds.remove(fd)
                os.close(fd)
    _, status = os.waitpid(pid, 0)
    return {"code": os.waitstatus_to_exitcode(status), "stdout": b"".join(chunks[out_r]).decode(errors="replace"),
            "stderr": b"".join(chunks[err_r]).decode(errors="replace")}


def fill(folder: Path, leave: int) -> dict[str, Any]:
    """Take the free space of ``folder``'s file system, then give back ``leave`` bytes of it."""
    filler = folder / ".filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for size in (1 << 20, 65536, 4096, 512, 1):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError:
                    break
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    st = os.statvfs(folder)
    return {"free": st.f_bavail * st.f_frsize}


def files(folder: Path) -> dict[str, Any]:
    found = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            found[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return {"files": found}


def answer(request: dict[str, Any]) -> dict[str, Any]:
    what = request["do"]
    if what == "run":
        return run(request)
    if what == "warm":
        # Once, in this process, before the first fork: what a first command pays (lazily imported modules,
        # SQLAlchemy's compiled statements) is then paid here and not by every child.
        with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull), \
                contextlib.redirect_stderr(devnull):
            os.environ.update(request.get("env", {}))
            return {"code": cli.main(request["argv"])}
    if what == "sh":
        done = subprocess.run(request["argv"], capture_output=True, text=True)
        return {"code": done.returncode, "output": done.stdout + done.stderr}
    if what == "copytree":
        shutil.copytree(request["src"], request["dst"], symlinks=True, dirs_exist_ok=True)
        return {}
    if what == "remove":
        Path(request["path"]).unlink()
        return {}
    if what == "fill":
        return fill(Path(request["dir"]), request["leave"])
    if what == "dump":
        return dump(Path(request["db"]))
    if what == "files":
        return files(Path(request["dir"]))
    raise ValueError(what)


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = answer(json.loads(line))
        except Exception as exc:  # a broken request is the test's bug: say so and go on
            reply = {"failed": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
