"""Long work off the GUI thread: a plain Python function, its progress, cancellation and its result.

The function knows nothing of Qt. It is called as ``fn(progress, cancelled)`` on a pool thread, where
``progress(done, total)`` reports how far it is (``total`` 0 when unknown) and ``cancelled()`` says whether
the user asked to stop. A function that can stop checks ``cancelled()`` between steps, before anything
durable, and then returns or raises :class:`Cancelled`; what it already committed stays committed.

:class:`Job` delivers the outcome as signals on the GUI thread: ``succeeded(result)``, ``failed(exception)``
or ``canceled()``, then ``finished()``. :func:`run_with_progress` adds a cancellable progress dialog and
shows errors (a :class:`SmartcertError` as its plain lines). A typical screen::

    worker.run_with_progress(
        self, lambda progress, cancelled: merge_bundles(session_factory, files, progress, cancelled),
        label=self.tr("Merging score bundles…"),
        on_success=self._merged,
    )
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import dialogs


class ProgressFn(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


class CancelledFn(Protocol):
    def __call__(self) -> bool: ...


Task = Callable[[ProgressFn, CancelledFn], Any]


class Cancelled(Exception):
    """Raised by a task that stops because the user cancelled it."""


# Progress from a tight loop would flood the GUI thread's event queue; a few updates a second are enough.
PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """Signals emitted on the pool thread and received, queued, by the job on the GUI thread."""

    progressed = Signal(int, int)
    returned = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        # The job holds this object; Qt must not delete it behind Python's back.
        self.setAutoDelete(False)

    def run(self) -> None:
        self._job._run_on_pool_thread()


class Job(QObject):
    """One run of a task on a thread pool; signals arrive on the thread that made the job (the GUI's)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    canceled = Signal()
    finished = Signal()

    def __init__(
        self, task: Task, parent: QObject | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._task = task
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._running = False
        self._last_progress = 0.0
        self._runnable = _Runnable(self)
        self._relay = _Relay()
        # Queued explicitly: the relay is emitted from the pool thread, the slots must run on this one.
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.returned.connect(self._on_returned, queued)
        self._relay.raised.connect(self._on_raised, queued)
        self._relay.stopped.connect(self._on_stopped, queued)

    def start(self) -> None:
        if self._running:
            raise RuntimeError("this job is already running")
        self._running = True
        self._pool.start(self._runnable)

    def cancel(self) -> None:
        """Ask the task to stop; it does so at its next ``cancelled()`` check."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    # --- on the pool thread -------------------------------------------------------------------------

    def _report_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total > 0 or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._relay.progressed.emit(int(done), int(total))

    def _run_on_pool_thread(self) -> None:
        try:
            result = self._task(self._report_progress, self._cancel.is_set)
        except Cancelled:
            self._relay.stopped.emit()
        except Exception as exc:
            self._relay.raised.emit(exc)
        else:
            if self._cancel.is_set():
                self._relay.stopped.emit()
            else:
                self._relay.returned.emit(result)

    # --- on the GUI thread ----------------------------------------------------------------------------

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._running:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_raised(self, exc: object) -> None:
        self._running = False
        self.failed.emit(exc)
        self.finished.emit()

    @Slot()
    def _on_stopped(self) -> None:
        self._running = False
        self.canceled.emit()
        self.finished.emit()


def running_jobs(owner: QObject) -> list[Job]:
    """The jobs under ``owner`` (a window, say) that have not finished, to cancel or wait for on close."""
    return [job for job in owner.findChildren(Job) if job.is_running()]


def run_with_progress(
    parent: QWidget,
    task: Task,
    *,
    label: str,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_canceled: Callable[[], None] | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
) -> Job:
    """Run ``task`` with a window-modal progress dialog; the outcome goes to the callbacks on the GUI thread.

    Errors go to ``on_error``, by default :func:`dialogs.report_error` (a user's error as plain lines, a
    defect logged with its traceback). The dialog appears only when the work takes longer than a moment.
    The returned job is deleted once it has finished; connect to its signals rather than keeping it.
    """
    job = Job(task, parent, pool)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(dialogs.program_title())
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)  # busy until the task reports a total
    if cancellable:
        # The default button text is Qt's own "Cancel", translated by qtbase's catalogue.
        dialog.canceled.connect(job.cancel)
    else:
        dialog.setCancelButton(None)

    closed = False

    def close_dialog() -> None:
        # Before any outcome is shown: an error box must not appear under a modal progress dialog.
        nonlocal closed
        if not closed:
            closed = True
            dialog.reset()
            # hide(), not close(): closing a progress dialog emits canceled().
            dialog.hide()
            dialog.deleteLater()

    def show_progress(done: int, total: int) -> None:
        if total > 0 and not closed:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def succeeded(result: object) -> None:
        close_dialog()
        if on_success is not None:
            on_success(result)

    def failed(exc: object) -> None:
        close_dialog()
        assert isinstance(exc, BaseException)
        if on_error is not None:
            on_error(exc)
        else:
            dialogs.report_error(parent, exc)

    def canceled() -> None:
        close_dialog()
        if on_canceled is not None:
            on_canceled()

    job.progressed.connect(show_progress)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.canceled.connect(canceled)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
