"""The desktop program and the workspace lock: a backup at each session, waiting or viewing read-only while
another smartcert has the workspace, and File ▸ Restore from Backup."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartcert_desktop.gui import workspace_access
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen, make_evaluator_screen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.services.workspace import list_workspace_backups
from smartcert_desktop.store.lock import WorkspaceInUse

REPO = Path(__file__).resolve().parents[3]


def _holder(folder: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from smartcert_desktop.services.workspace import open_workspace
        h = open_workspace(Path({str(folder)!r}), "evaluator")
        print("open", flush=True)
        sys.stdin.readline()
        h.close()
        print("closed", flush=True)
        sys.stdin.read()
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert child.stdout is not None and child.stdout.readline() == "open\n"
    return child


def _window(qtbot: QtBot, translations: Translations, workspace: Path) -> tuple[MainWindow, EvaluatorScreen]:
    translations.switch("en")
    window = MainWindow(translations, workspace=workspace, screens={Role.EVALUATOR: make_evaluator_screen})
    qtbot.addWidget(window)
    window.show()
    window.choose_role(Role.EVALUATOR)
    screen = window.role_widget()
    assert isinstance(screen, EvaluatorScreen)
    return window, screen


def test_each_session_starts_with_a_backup(screen: EvaluatorScreen, workspace: Path) -> None:
    assert screen.handle() is not None
    reasons = [b.reason for b in list_workspace_backups(workspace, "evaluator")]
    assert reasons[0] == "session"


def test_while_another_smartcert_has_it_the_workspace_can_be_viewed_read_only(
        qtbot: QtBot, translations: Translations, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(_parent: object, exc: WorkspaceInUse) -> str:
        asked.append(workspace_access.in_use_text(exc))
        return workspace_access.VIEW

    monkeypatch.setattr(workspace_access.InUseDialog, "ask", ask)
    holder = _holder(workspace)
    try:
        _, screen = _window(qtbot, translations, workspace)
        assert asked == [f"The workspace {workspace} is in use by another smartcert (pid {holder.pid}, since "
                         f"{asked[0].rsplit('since ', 1)[1]}"]
        handle = screen.handle()
        assert handle is not None and handle.read_only
        assert screen.list_page.isVisible()  # the applicants are there to look at
        assert not screen.import_package_action.isEnabled() and not screen.import_sheet_action.isEnabled()
        before = (workspace / "evaluator.db").stat().st_mtime_ns
        # No session backup is made of a workspace another process has.
        assert all(b.reason != "session" for b in list_workspace_backups(workspace, "evaluator"))
        assert (workspace / "evaluator.db").stat().st_mtime_ns == before
        screen.can_close()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_waiting_opens_the_workspace_once_the_other_smartcert_closes_it(
        qtbot: QtBot, translations: Translations, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = _holder(workspace)
    monkeypatch.setattr(workspace_access.InUseDialog, "ask", lambda _p, _e: workspace_access.WAIT)
    released = []

    def let_go() -> None:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        released.append(holder.stdout.readline())

    from PySide6.QtCore import QTimer

    QTimer.singleShot(1200, let_go)  # while the waiting dialog retries
    try:
        _, screen = _window(qtbot, translations, workspace)
        assert released == ["closed\n"]
        handle = screen.handle()
        assert handle is not None and not handle.read_only
        assert list_workspace_backups(workspace, "evaluator")[0].reason == "session"
        screen.can_close()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_restore_from_backup_in_the_file_menu(window: MainWindow, screen: EvaluatorScreen, workspace: Path,
                                             monkeypatch: pytest.MonkeyPatch, no_modal_boxes: list[object]) -> None:
    from smartcert_desktop.domain.edits import Edit

    session = screen.session()
    assert session is not None
    handle = screen.handle()
    assert handle is not None
    from smartcert_desktop.services import evaluator as ev_svc

    with handle.factory() as s:
        program = ev_svc.current_program(s)
        code = ev_svc.assigned_codes(s, program.id)[0]
    indicator = next(i.code for i in session.framework.indicators if i.kind == "qualitative")
    session.commit(Edit(code, indicator, "comment", None, "lost later"))
    # A backup with the comment in it, then the comment goes.
    made = handle.backup("submit")
    session.commit(Edit(code, indicator, "comment", "lost later", ""))
    monkeypatch.setattr(workspace_access.RestoreDialog, "ask", lambda _p, _f, backups: made.name)
    window._restore_action.trigger()
    assert any("was restored from the backup" in str(x) for x in no_modal_boxes), no_modal_boxes
    again = screen.session()
    assert again is not None
    assert again.sheet(code).entry(indicator).comment == "lost later"
    reasons = [b.reason for b in list_workspace_backups(workspace, "evaluator")]
    assert "before-restore" in reasons
