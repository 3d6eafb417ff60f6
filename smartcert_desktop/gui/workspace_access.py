"""Opening a workspace from the desktop program: the lock, the backup of the session, and restoring backups.

One process per workspace (contract 1.1): when another smartcert has the workspace, the user is told who and
since when, and chooses to wait until it is free, to view the workspace read-only meanwhile, or to cancel.
Every session that opens a workspace for writing starts with a backup of it.

Screens call :func:`open_for_work` and :func:`restore_backup`; tests replace :meth:`InUseDialog.ask`,
:meth:`RestoreDialog.ask` and :func:`dialogs.confirm` instead of answering the modal boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import SmartcertError
from ..services.workspace import (
    BackupInfo,
    WorkspaceHandle,
    WorkspaceInUse,
    held_here,
    list_workspace_backups,
    open_workspace,
    restore_workspace,
)
from . import dialogs
from .i18n import MESSAGES, datetime_text, fill, message_text

log = logging.getLogger(__name__)

WAIT, VIEW = "wait", "view"
RETRY_MS = 500


def in_use_text(exc: WorkspaceInUse) -> str:
    """The command line's message, in the user's language."""
    holder = exc.holder
    if holder is not None and holder.pid:
        since = holder.since.strftime("%H:%M") if holder.since is not None else "?"
        return fill(QCoreApplication.translate(
            "WorkspaceAccess", "The workspace %1 is in use by another smartcert (pid %2, since %3)."),
            str(exc.folder), str(holder.pid), since)
    return fill(QCoreApplication.translate("WorkspaceAccess", "The workspace %1 is in use by another smartcert."),
                str(exc.folder))


class InUseDialog:
    """Wait for the workspace, view it read-only, or cancel."""

    @classmethod
    def ask(cls, parent: QWidget | None, exc: WorkspaceInUse) -> str | None:
        """``WAIT``, ``VIEW`` or None (cancel)."""
        box = QMessageBox(QMessageBox.Icon.Information, dialogs.program_title(), in_use_text(exc),
                          QMessageBox.StandardButton.Cancel, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(QCoreApplication.translate(
            "WorkspaceAccess", "Only one program may change a workspace at a time. Wait until the other one has "
            "closed it, or look at it without changing anything."))
        wait = box.addButton(QCoreApplication.translate("WorkspaceAccess", "&Wait"),
                             QMessageBox.ButtonRole.AcceptRole)
        view = box.addButton(QCoreApplication.translate("WorkspaceAccess", "&View Read-Only"),
                             QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(wait)
        box.exec()
        clicked = box.clickedButton()
        if clicked is wait:
            return WAIT
        if clicked is view:
            return VIEW
        return None


def wait_until_free(parent: QWidget | None, path: Path, role: str,
                    opener: Callable[[], WorkspaceHandle] | None = None) -> WorkspaceHandle | None:
    """Try again every half second, with a dialog that can be cancelled; the handle, or None."""
    open_now = opener or (lambda: open_workspace(path, role))
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(dialogs.program_title())
    dialog.setLabelText(fill(QCoreApplication.translate(
        "WorkspaceAccess", "Waiting until the other smartcert closes %1…"), str(path)))
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    result: list[WorkspaceHandle] = []
    failure: list[SmartcertError] = []

    def attempt() -> None:
        try:
            result.append(open_now())
        except WorkspaceInUse:
            return
        except SmartcertError as exc:
            failure.append(exc)
        timer.stop()
        dialog.accept()

    timer = QTimer(dialog)
    timer.setInterval(RETRY_MS)
    timer.timeout.connect(attempt)
    timer.start()
    dialog.exec()
    timer.stop()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return result[0] if result else None


def ask_database_password(parent: QWidget | None, user: str, database: str) -> str | None:
    """The password of a database user, when the PostgreSQL server of a program asks for one that libpq does not
    have (``PGPASSWORD``, ``~/.pgpass``); None when the user cancels. Never ``SMARTCERT_PASSPHRASE``: that is the
    program key's. Tests replace this function."""
    dialog = dialogs.PassphraseDialog(
        parent, QCoreApplication.translate("WorkspaceAccess", "Database Password"),
        prompt=fill(QCoreApplication.translate(
            "WorkspaceAccess", "The database server %1 asks for the password of the database user %2."),
            database, user))
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def open_for_work(parent: QWidget | None, path: Path, role: str) -> WorkspaceHandle | None:
    """The workspace for this session: locked and backed up; or, if the user chooses while another process
    has it, opened read-only. None when the user cancelled. Raises :class:`SmartcertError` otherwise.

    A program on a PostgreSQL server is never in use by another process (staff share it); its server may ask
    for the database password in a dialog."""
    try:
        handle = open_workspace(path, role,
                                ask_password=lambda user, database: ask_database_password(parent, user, database))
    except WorkspaceInUse as exc:
        choice = InUseDialog.ask(parent, exc)
        if choice == VIEW:
            return open_workspace(path, role, "view")
        if choice != WAIT:
            return None
        waited = wait_until_free(parent, path, role)
        if waited is None:
            return None
        handle = waited
    backup_session(parent, handle)
    return handle


def backup_session(parent: QWidget | None, handle: WorkspaceHandle) -> None:
    """Back up the workspace as the session starts; a backup that fails is said, and work goes on."""
    try:
        handle.backup("session")
    except SmartcertError as exc:
        log.warning("session backup failed: %s", exc)
        window = parent.window() if parent is not None else None
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(fill(QCoreApplication.translate(
                "WorkspaceAccess", "The workspace could not be backed up: %1"), exc.lines(MESSAGES)[0]), 15000)


# --- restoring a backup -----------------------------------------------------------------------------------------

class RestoreDialog(QDialog):
    """The workspace's backups, newest first; the user picks one to restore."""

    def __init__(self, parent: QWidget | None, folder: Path, backups: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("WorkspaceAccess", "Restore from Backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(fill(QCoreApplication.translate(
            "WorkspaceAccess", "Backups of %1. Restoring one replaces the workspace's scores and records by the "
            "backup's; the present state is backed up first, so a restore can be undone by restoring that "
            "backup."), str(folder)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([QCoreApplication.translate("WorkspaceAccess", "Made"),
                                   QCoreApplication.translate("WorkspaceAccess", "Before"),
                                   QCoreApplication.translate("WorkspaceAccess", "State")])
        for b in backups:
            state = (QCoreApplication.translate("WorkspaceAccess", "Can be restored") if b.ok else
                     fill(QCoreApplication.translate("WorkspaceAccess", "Damaged: %1"),
                          message_text(b.problem) if b.problem else ""))
            item = QTreeWidgetItem([when_text(b.created), reason_text(b.reason), state])
            item.setData(0, Qt.ItemDataRole.UserRole, b.name)
            if not b.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(QCoreApplication.translate("WorkspaceAccess", "&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tree.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None))
        self.resize(640, 360)

    def selected(self) -> str | None:
        items = self.tree.selectedItems()
        if not items or not (items[0].flags() & Qt.ItemFlag.ItemIsEnabled):
            return None
        name = items[0].data(0, Qt.ItemDataRole.UserRole)
        return str(name) if name else None

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path, backups: list[BackupInfo]) -> str | None:
        dialog = cls(parent, folder, backups)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected()
            return None
        finally:
            dialog.deleteLater()


def when_text(created: str) -> str:
    """A backup's time as people read it, in the program's language with a four-digit year (the manifest
    holds the local time it was made, 2026-12-01T21:51:07)."""
    try:
        made = datetime.fromisoformat(created)
    except ValueError:
        return created.replace("T", " ")[:16]
    return datetime_text(made)


def reason_text(reason: str) -> str:
    """What a backup was made before, in the user's language."""
    texts = {
        "session": QCoreApplication.translate("WorkspaceAccess", "opening the workspace"),
        "merge": QCoreApplication.translate("WorkspaceAccess", "merging bundles"),
        "submit": QCoreApplication.translate("WorkspaceAccess", "submitting"),
        "package-import": QCoreApplication.translate("WorkspaceAccess", "importing a package"),
        "sheet-import": QCoreApplication.translate("WorkspaceAccess", "importing a score sheet"),
        "correction": QCoreApplication.translate("WorkspaceAccess", "a correction decision"),
        "before-restore": QCoreApplication.translate("WorkspaceAccess", "restoring a backup"),
    }
    return texts.get(reason, reason)


def restore_backup(parent: QWidget | None, folder: Path, role: str,
                   release: Callable[[], bool], reopen: Callable[[], object]) -> bool:
    """Let the user restore one of the workspace's backups. ``release`` closes the workspace in this program
    (False: it could not, nothing is done); ``reopen`` opens it again afterwards, restored or not."""
    try:
        backups = list_workspace_backups(folder, role)
    except SmartcertError as exc:
        dialogs.show_error(parent, exc)
        return False
    if not backups:
        dialogs.show_info(parent, QCoreApplication.translate("WorkspaceAccess", "Restore from Backup"),
                          fill(QCoreApplication.translate("WorkspaceAccess", "The workspace %1 has no backups yet."),
                               str(folder)))
        return False
    name = RestoreDialog.ask(parent, folder, backups)
    if name is None:
        return False
    chosen = next(b for b in backups if b.name == name)
    if not dialogs.confirm(parent, QCoreApplication.translate("WorkspaceAccess", "Restore from Backup"),
                           fill(QCoreApplication.translate("WorkspaceAccess", "Restore the backup made %1, before %2?"),
                                when_text(chosen.created), reason_text(chosen.reason)),
                           QCoreApplication.translate(
                               "WorkspaceAccess",
                               "What was done since then is replaced; the present state is kept as a backup.")):
        return False
    if not release():
        return False
    if held_here(folder):
        dialogs.show_error(parent, QCoreApplication.translate(
            "WorkspaceAccess", "The workspace is still open in this program; close what uses it and try again. "
            "Nothing was restored."))
        reopen()
        return False
    try:
        restore_workspace(folder, role, name)
    except SmartcertError as exc:
        dialogs.show_error(parent, exc)
        reopen()
        return False
    reopen()
    dialogs.show_info(parent, QCoreApplication.translate("WorkspaceAccess", "Restore from Backup"),
                      fill(QCoreApplication.translate("WorkspaceAccess",
                                                      "The workspace was restored from the backup made %1."),
                           when_text(chosen.created)))
    return True
