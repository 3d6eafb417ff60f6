"""Long work off the GUI thread: progress, result, user errors, defects and cancellation."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.gui import dialogs, worker
from smartcert_desktop.gui.worker import CancelledFn, Job, ProgressFn, running_jobs


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_job_runs_off_the_gui_thread_and_reports_progress(qtbot: QtBot, parent: QWidget) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}
    progress: list[tuple[int, int]] = []
    delivered_on: list[int] = []

    def task(report: ProgressFn, cancelled: CancelledFn) -> int:
        seen["thread"] = threading.get_ident()
        for step in range(1, 4):
            time.sleep(0.06)  # longer than the progress interval, so that each step is reported
            report(step, 3)
        return 42

    job = Job(task, parent)
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    job.succeeded.connect(lambda result: delivered_on.append(threading.get_ident()))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as result, qtbot.waitSignal(job.finished):
        job.start()
    assert result.args == [42]
    assert seen["thread"] != gui_thread
    assert delivered_on == [gui_thread]
    assert progress[-1] == (3, 3)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert not job.is_running()
    assert running_jobs(parent) == []


def test_a_user_error_arrives_as_failed(qtbot: QtBot, parent: QWidget) -> None:
    def task(report: ProgressFn, cancelled: CancelledFn) -> None:
        raise SmartcertError("scores.xlsx: sheet Scores, row 4: not a number")

    job = Job(task, parent)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    error = failed.args[0]
    assert isinstance(error, SmartcertError)
    assert error.lines() == ["scores.xlsx: sheet Scores, row 4: not a number"]


def test_cancelling_stops_a_task_that_checks(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()

    def task(report: ProgressFn, cancelled: CancelledFn) -> str:
        started.set()
        for _ in range(500):  # bounded, so that a failing test cannot hang the run
            if cancelled():
                raise worker.Cancelled
            time.sleep(0.01)
        return "finished anyway"

    job = Job(task, parent)
    succeeded: list[object] = []
    job.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(job.canceled, timeout=5000):
        job.start()
        assert started.wait(5)
        assert running_jobs(parent) == [job]
        job.cancel()
    assert succeeded == []
    assert job.is_cancel_requested()


def test_run_with_progress_delivers_the_result(qtbot: QtBot, parent: QWidget) -> None:
    results: list[object] = []

    def task(report: ProgressFn, cancelled: CancelledFn) -> str:
        report(1, 2)
        report(2, 2)
        return "merged"

    worker.run_with_progress(parent, task, label="Merging…", on_success=results.append)
    qtbot.waitUntil(lambda: results == ["merged"], timeout=5000)


def test_run_with_progress_shows_a_user_error_plainly(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []
    unexpected: list[object] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, error, title=None: shown.append(error))
    monkeypatch.setattr(dialogs, "show_unexpected_error", lambda *args: unexpected.append(args))

    def task(report: ProgressFn, cancelled: CancelledFn) -> None:
        raise SmartcertError("bundle.scb: the signature does not match")

    worker.run_with_progress(parent, task, label="Merging…")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert isinstance(shown[0], SmartcertError)
    assert unexpected == []


def test_run_with_progress_reports_a_defect_with_details(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    unexpected: list[BaseException] = []
    monkeypatch.setattr(
        dialogs, "show_unexpected_error", lambda parent, exc, log_file=None: unexpected.append(exc)
    )

    def task(report: ProgressFn, cancelled: CancelledFn) -> None:
        raise KeyError("oops")

    worker.run_with_progress(parent, task, label="Working…")
    qtbot.waitUntil(lambda: len(unexpected) == 1, timeout=5000)
    assert isinstance(unexpected[0], KeyError)
    assert "unexpected error" in caplog.text


def test_the_progress_dialog_cancel_button_cancels(qtbot: QtBot, parent: QWidget) -> None:
    canceled: list[bool] = []
    release = threading.Event()

    def task(report: ProgressFn, cancelled: CancelledFn) -> None:
        report(0, 10)
        deadline = time.monotonic() + 5  # bounded, so that a failing test cannot hang the run
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        if cancelled():
            release.set()

    job = worker.run_with_progress(
        parent, task, label="Working…", on_canceled=lambda: canceled.append(True)
    )
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    assert job.is_cancel_requested()
    qtbot.waitUntil(lambda: canceled == [True], timeout=5000)
    assert release.is_set()
