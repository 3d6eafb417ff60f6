"""The round's PDFs rendered by worker processes: the same files as in one process, errors and cancels
reach the caller, and a machine without a pool still gets every file."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.messages import msg
from smartcert_desktop.reports import certificate, parallel
from smartcert_desktop.reports.result_sheets import write_all_pdfs

from ._state import FINGERPRINT

ISSUED = date(2025, 3, 14)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def in_one_process(sample_state: RoundOutcome, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("one")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SMARTCERT_PDF_WORKERS", "1")
        calls: list[str] = []
        mp.setattr(parallel, "ProcessPoolExecutor", lambda *a, **k: calls.append("pool"))
        write_all_pdfs(folder, sample_state, FINGERPRINT, issue_date=ISSUED)
        assert calls == []  # one worker: no pool at all
    return _files(folder)


def _count_pools(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    started: list[Any] = []
    real = parallel.ProcessPoolExecutor

    def pool(*args: Any, **kwargs: Any) -> Any:
        started.append(kwargs["mp_context"].get_start_method())
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", pool)
    return started


def test_forked_workers_write_the_same_files(sample_state: RoundOutcome, in_one_process: dict[str, bytes],
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "2")
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    started = _count_pools(monkeypatch)
    progress: list[tuple[int, int]] = []
    write_all_pdfs(tmp_path, sample_state, FINGERPRINT, issue_date=ISSUED,
                   progress=lambda done, total: progress.append((done, total)))
    assert started == ["fork"]
    total = len(sample_state.results) + sum(r.certified for r in sample_state.results) + 1
    assert len(in_one_process) == total == 13 + 7 + 1
    assert progress == [(n, total) for n in range(total + 1)]
    assert _files(tmp_path) == in_one_process  # byte for byte


def test_spawned_workers_write_the_same_files(sample_state: RoundOutcome, in_one_process: dict[str, bytes],
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the desktop program (Qt loaded) and on Windows and macOS: fresh interpreters handed the round
    pickled."""
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "2")
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    started = _count_pools(monkeypatch)
    write_all_pdfs(tmp_path, sample_state, FINGERPRINT, issue_date=ISSUED)
    assert started == ["spawn"]
    assert _files(tmp_path) == in_one_process


def test_the_start_method_follows_what_is_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import threading

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.delitem(sys.modules, "PySide6.QtCore", raising=False)
    assert parallel._context().get_start_method() == "fork"
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", sys)  # Qt's threads would not survive a fork
    assert parallel._context().get_start_method() == "spawn"
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert parallel._context().get_start_method() == "spawn"
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert parallel._context().get_start_method() == "spawn"


def test_the_start_method_can_be_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PDF_START", "spawn")
    assert parallel._context().get_start_method() == "spawn"
    monkeypatch.setenv("SMARTCERT_PDF_START", "fork")
    assert parallel._context().get_start_method() == "fork"
    monkeypatch.setenv("SMARTCERT_PDF_START", "teleport")  # not a start method: the usual choice
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)
    assert parallel._context().get_start_method() == "spawn"


def test_how_many_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTCERT_PDF_WORKERS", raising=False)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert [parallel.worker_count(n) for n in (1, 7, 8, 49)] == [1, 1, 2, 2]
    monkeypatch.setattr(parallel, "cores", lambda: 16)
    assert [parallel.worker_count(n) for n in (12, 49, 500)] == [3, 8, 8]
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "3")
    assert [parallel.worker_count(n) for n in (2, 49)] == [2, 3]
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "1")
    assert parallel.worker_count(49) == 1


def test_a_worker_error_reaches_the_caller_and_writes_nothing(sample_state: RoundOutcome, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "2")
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    (tmp_path / "L01.pdf").write_bytes(b"%PDF earlier run")

    def refused(*_args: object, **_kwargs: object) -> bytes:
        raise SmartcertError(msg("{path}: exists and is not a folder", path="stamp"))

    monkeypatch.setattr(certificate, "render_certificate", refused)  # a forked worker has it too
    with pytest.raises(SmartcertError) as caught:
        write_all_pdfs(tmp_path, sample_state, FINGERPRINT, issue_date=ISSUED)
    assert caught.value.problems[0].message.template == "{path}: exists and is not a folder"
    assert caught.value.problems[0].message.args == {"path": "stamp"}  # the message crossed the process
    assert _files(tmp_path) == {"L01.pdf": b"%PDF earlier run"}


def test_cancel_while_workers_render(sample_state: RoundOutcome, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "2")
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # before the first file, after two more, then stop

    assert write_all_pdfs(tmp_path, sample_state, FINGERPRINT, issue_date=ISSUED, cancelled=cancelled) == []
    assert len(asked) == 4
    assert list(tmp_path.iterdir()) == []


def test_without_a_pool_every_file_is_rendered_here(sample_state: RoundOutcome, in_one_process: dict[str, bytes],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "4")

    def no_pool(*_args: object, **_kwargs: object) -> Any:
        raise OSError(38, "Function not implemented")  # a system without POSIX semaphores

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    meanwhile: list[int] = []
    batch = parallel.render_jobs(parallel.RoundDocuments(sample_state, FINGERPRINT, ISSUED),
                                 [parallel.Job("report")], lambda job, pdf: meanwhile.append(len(pdf)) or True,
                                 meanwhile=lambda: meanwhile.append(0))
    assert batch is True
    assert meanwhile[0] == 0 and meanwhile[1] == len(in_one_process["report.pdf"])
    write_all_pdfs(tmp_path, sample_state, FINGERPRINT, issue_date=ISSUED)
    assert _files(tmp_path) == in_one_process


def test_other_work_runs_once_while_workers_render(sample_state: RoundOutcome, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PDF_WORKERS", "2")
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    order: list[str] = []
    jobs = [parallel.Job("report"), *(parallel.Job("sheet", r.code) for r in sample_state.results[:3])]
    assert parallel.render_jobs(parallel.RoundDocuments(sample_state, FINGERPRINT, ISSUED), jobs,
                                lambda job, pdf: order.append(job.kind) or True, meanwhile=lambda: order.append("mine"))
    assert order[0] == "mine" and sorted(order[1:]) == ["report", "sheet", "sheet", "sheet"]


def test_workers_end_when_the_process_that_started_them_is_killed(tmp_path: Path) -> None:
    """A command killed while its workers render leaves no worker behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "starter.py"
    script.write_text(
        "import multiprocessing, os, sys, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from smartcert_desktop.reports import parallel\n"
        "def pid_after(seconds):\n"
        "    time.sleep(seconds)\n"
        "    return os.getpid()\n"
        "if __name__ == '__main__':\n"
        "    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(sys.argv[1]),\n"
        "                               initializer=parallel._start_worker, initargs=(None,))\n"
        "    print(*{f.result() for f in [pool.submit(pid_after, 1) for _ in range(2)]}, flush=True)\n"
        "    time.sleep(60)\n", encoding="utf-8")
    for method in ("fork", "spawn"):
        starter = subprocess.Popen([sys.executable, str(script), method], stdout=subprocess.PIPE, text=True)
        assert starter.stdout is not None
        workers = {int(p) for p in starter.stdout.readline().split()}
        assert len(workers) == 2, workers
        starter.send_signal(signal.SIGKILL)
        starter.wait()
        deadline = time.monotonic() + 10
        alive = set(workers)
        while alive and time.monotonic() < deadline:
            for pid in list(alive):
                try:
                    os.kill(pid, 0)
                    with open(f"/proc/{pid}/stat") as fh:
                        if fh.read().split(")")[-1].split()[0] == "Z":
                            alive.discard(pid)  # ended, waiting only to be reaped by init
                except (ProcessLookupError, FileNotFoundError):
                    alive.discard(pid)
            time.sleep(0.1)
        assert not alive, (method, alive)
