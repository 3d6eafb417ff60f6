"""Rendering a round's PDFs on every core of the machine.

reportlab lays out and writes one document at a time in one Python process, and a round's result sheets,
certificates and report are independent documents, so they are rendered by a pool of worker processes, one
per core, each handed the round once. Where a worker cannot be started (one core, a system that forbids it)
or a worker dies, what is left is rendered in this process: the files are the same either way, byte for byte.

Workers are forked from this process on Linux when that is safe (no other thread is running and Qt is not
loaded, as in the command line), which costs a few milliseconds and copies nothing; otherwise (the desktop
program, Windows, macOS) they are started afresh and handed the round pickled.

``SMARTCERT_PDF_WORKERS`` sets the number of workers (``1``: render everything in this process);
``SMARTCERT_PDF_START`` how they are started (``spawn``: afresh, as the desktop program does, whatever runs).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.outcome import RoundOutcome

MAX_WORKERS = 8
JOBS_PER_WORKER = 4  # fewer jobs than this per worker: not worth starting one


@dataclass(frozen=True)
class Job:
    """One document: ``kind`` is ``sheet``, ``certificate`` or ``report``; ``code`` names the applicant."""

    kind: str
    code: str = ""


@dataclass(frozen=True)
class RoundDocuments:
    """What every document of a round is rendered from."""

    state: RoundOutcome
    fingerprint: str
    issued: date


_round: RoundDocuments | None = None  # a worker's round, set once when it starts
_figures: Any = None


def _start_worker(documents: RoundDocuments) -> None:
    global _round, _figures
    _round, _figures = documents, None
    threading.Thread(target=_leave_with_parent, args=(os.getppid(),), name="parent-watch", daemon=True).start()


ORPHAN_CHECK_SECONDS = 0.5


def _leave_with_parent(parent: int) -> None:
    """End this worker once the process that started it is gone (killed, say): a forked worker would
    otherwise wait for jobs forever, since it holds the job queue's other end itself."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)


def render_job(documents: RoundDocuments, job: Job, figures: Any = None) -> bytes:
    """The PDF bytes of one document of the round."""
    from . import certificate, round_report
    from .result_sheets import render_result_sheet

    if job.kind == "sheet":
        return render_result_sheet(documents.state, job.code, documents.fingerprint, figures)
    if job.kind == "certificate":
        return certificate.render_certificate(documents.state, job.code, documents.fingerprint,
                                              issue_date=documents.issued)
    if job.kind == "report":
        return round_report.render_round_report(documents.state, documents.fingerprint, issue_date=documents.issued)
    raise ValueError(job.kind)


def _work(job: Job) -> bytes:
    """In a worker: render ``job`` from the round the worker was started with."""
    global _figures
    from .result_sheets import round_figures

    assert _round is not None, "a worker renders only after it was handed its round"
    if job.kind == "sheet" and _figures is None:
        _figures = round_figures(_round.state)
    return render_job(_round, job, _figures)


def cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(jobs: int) -> int:
    """How many workers to render ``jobs`` documents with (1: none, in this process)."""
    wanted = os.environ.get("SMARTCERT_PDF_WORKERS", "").strip()
    if wanted.isdigit():
        return max(1, min(int(wanted), jobs, MAX_WORKERS))
    return max(1, min(cores(), jobs // JOBS_PER_WORKER, MAX_WORKERS))


def _context() -> Any:
    """fork where it is safe and cheap (Linux, one thread, no Qt), otherwise a fresh interpreter; or the start
    method ``SMARTCERT_PDF_START`` names (``spawn``, ``fork``, ``forkserver``), where the system has it."""
    chosen = os.environ.get("SMARTCERT_PDF_START", "").strip()
    if chosen in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context(chosen)
    if sys.platform.startswith("linux") and threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


Done = Callable[[Job, bytes], bool]  # a document was rendered; False: stop (cancelled)


def render_jobs(documents: RoundDocuments, jobs: Sequence[Job], done: Done,
                meanwhile: Callable[[], None] | None = None) -> bool:
    """Render every job, calling ``done(job, pdf)`` as each is finished (in any order); False when ``done``
    said stop, True when all were rendered. An error raised by a renderer is raised here.

    ``meanwhile`` is other work of this process, run while the workers render (before the first ``done``),
    or first when everything is rendered here.
    """
    remaining = list(jobs)
    ran = False

    def other_work() -> None:
        nonlocal ran
        if meanwhile is not None and not ran:
            ran = True
            meanwhile()

    workers = worker_count(len(remaining))
    if workers > 1:
        try:
            finished = _in_pool(documents, remaining, workers, done, other_work)
        except (OSError, BrokenProcessPool, RuntimeError, ImportError):
            finished = None  # no pool here: the rest in this process
        if finished is not None:
            return finished
    other_work()
    from .result_sheets import round_figures

    figures = round_figures(documents.state) if any(job.kind == "sheet" for job in remaining) else None
    return all(done(job, render_job(documents, job, figures)) for job in remaining)


def _in_pool(documents: RoundDocuments, remaining: list[Job], workers: int, done: Done,
             meanwhile: Callable[[], None]) -> bool | None:
    """Render ``remaining`` in a pool, removing each job from it once ``done`` took it; None when the pool
    broke (the jobs still in ``remaining`` are left to the caller)."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_start_worker,
                               initargs=(documents,))
    try:
        pending: dict[Future[bytes], Job] = {pool.submit(_work, job): job for job in remaining}
        meanwhile()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                job = pending.pop(future)
                try:
                    pdf = future.result()
                except BrokenProcessPool:
                    return None
                remaining.remove(job)
                if not done(job, pdf):
                    return False
        return True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
