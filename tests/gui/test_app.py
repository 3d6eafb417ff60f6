"""Start-up: options, language choice, the workspace to open, and errors that escape a slot."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.gui import app, dialogs
from smartcert_desktop.gui.settings import Preferences


def start(qtbot: QtBot, qapp: QApplication, *argv: str) -> tuple[app.MainWindow, list[str]]:
    args = app.build_parser().parse_args(list(argv))
    window, translations, problems = app.build_main_window(qapp, args)
    qtbot.addWidget(window)
    window.destroyed.connect(translations.uninstall)
    return window, problems


def test_lang_option_wins_over_the_saved_preference(qtbot: QtBot, qapp: QApplication) -> None:
    Preferences().language = "ko"
    window, _ = start(qtbot, qapp, "--lang", "en")
    assert window.file_menu.title() == "&File"
    window.close()


def test_saved_preference_is_used_without_the_option(qtbot: QtBot, qapp: QApplication) -> None:
    Preferences().language = "ko"
    window, _ = start(qtbot, qapp)
    assert window.file_menu.title() == "파일(&F)"
    window.close()


def test_workspace_option_opens_that_folder(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    window, problems = start(qtbot, qapp, "--lang", "en", "--workspace", str(tmp_path))
    assert problems == []
    assert window.workspace() == tmp_path.resolve()


def test_a_missing_workspace_is_reported_not_opened(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    window, problems = start(qtbot, qapp, "--lang", "en", "--workspace", str(missing))
    assert window.workspace() is None
    assert problems == [f"The workspace folder {missing} does not exist."]


def test_the_last_workspace_is_reopened(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    Preferences().last_workspace = tmp_path
    window, _ = start(qtbot, qapp, "--lang", "en")
    assert window.workspace() == tmp_path


def test_demo_opens_the_demo_folder(qtbot: QtBot, qapp: QApplication) -> None:
    app.demo_workspace().mkdir(parents=True)
    window, problems = start(qtbot, qapp, "--lang", "en", "--demo")
    assert problems == []
    assert window.is_demo()
    assert window.workspace() == app.demo_workspace().resolve()


def test_main_builds_and_shows_the_window(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(app, "configure_logging", lambda: None)

    def fake_exec(self: QApplication) -> int:
        shown.extend(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, app.MainWindow))
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, app.MainWindow):
                widget.close()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    previous_hook = sys.excepthook
    assert app.main(["--lang", "en"]) == 0
    assert True in shown
    assert sys.excepthook is previous_hook, "the hook is removed again after the run"


def test_the_exception_hook_shows_user_errors_plainly(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []
    defects: list[object] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, error, title=None: shown.append(error))
    monkeypatch.setattr(dialogs, "show_unexpected_error", lambda *args: defects.append(args))
    reporter = app.ExceptionReporter(lambda: None)
    error = SmartcertError("package.scpkg: not signed by this program")
    reporter(SmartcertError, error, None)
    assert shown == [error]
    assert defects == []


def test_the_exception_hook_logs_and_shows_defects(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    defects: list[BaseException] = []
    monkeypatch.setattr(
        dialogs, "show_unexpected_error", lambda parent, exc, log_file=None: defects.append(exc)
    )
    reporter = app.ExceptionReporter(lambda: None)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR):
            reporter(type(exc), exc, exc.__traceback__)
    assert len(defects) == 1 and isinstance(defects[0], ZeroDivisionError)
    assert "ZeroDivisionError" in caplog.text


def test_an_error_while_a_box_is_open_is_only_logged(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    reporter = app.ExceptionReporter(lambda: None)
    boxes: list[BaseException] = []

    def show(parent: object, exc: BaseException, log_file: object = None) -> None:
        boxes.append(exc)
        # A repaint raising again while the first box is open:
        reporter(ValueError, ValueError("second"), None)

    monkeypatch.setattr(dialogs, "show_unexpected_error", show)
    reporter(RuntimeError, RuntimeError("first"), None)
    assert [str(e) for e in boxes] == ["first"]
    assert "second" in caplog.text
