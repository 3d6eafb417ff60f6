"""The evaluator (평가위원) role: the widget the main window shows, its pages, menus and long tasks.

Pages, in the order a new evaluator meets them: no workspace (create an identity or open a workspace), an
identity without a package (enrolment file, package import), the list of assigned applicants, one
applicant's score form, and the review before submitting. The workspace is the shell's: opening or creating
one here goes through :meth:`MainWindow.set_workspace`, and ``workspace_changed`` brings it back here.

Reading goes through :mod:`smartcert_desktop.services.form` and :mod:`.evaluator`; every change through the
:class:`~.commands.ScoringSession` (one committed transaction per edit) or a service call run off the GUI
thread (package import, score sheet import and export, submit).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget, QVBoxLayout, QWidget

from ... import paths
from ...domain.edits import Edit
from ...domain.sheets import Sheet
from ...errors import PassphraseError, Problem, SmartcertError, ValidationError
from ...files import system_reason
from ...messages import msg
from ...services import evaluator as ev_svc
from ...services import form as form_svc
from ...services import sheets as sheets_svc
from ...services.workspace import DB_NAMES, WorkspaceHandle
from .. import dialogs, workspace_access
from ..i18n import RetranslateMixin, fill
from ..settings import Preferences
from ..worker import Cancelled, CancelledFn, ProgressFn, run_with_progress
from . import common
from .applicant_list import ApplicantListPage
from .commands import ScoringSession
from .evaluator_dialogs import (
    NewIdentityDialog,
    PackageReviewDialog,
    ProblemsDialog,
    RecusalDialog,
    SheetImportDialog,
    SubmittedDialog,
)
from .missing_table_model import missing_rows
from .score_form import ScoreFormPage
from .start_pages import IdentityPage, WelcomePage
from .submit_review import SubmitReviewPage

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

# For screenshots and demonstrations: open straight on an applicant ("L02", "L02:A1-6") or the review
# ("review") once the workspace is open.
OPEN_ENV = "SMARTCERT_EVALUATOR_OPEN"


class EvaluatorScreen(RetranslateMixin, QWidget):
    """Everything the evaluator does; made by :func:`make_evaluator_screen` for the main window."""

    def __init__(self, main_window: MainWindow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = main_window
        self._handle: WorkspaceHandle | None = None
        self._context: form_svc.EvaluatorContext | None = None
        self._session: ScoringSession | None = None
        self._reported_points: dict[str, dict[str, Any]] = {}

        self._stack = QStackedWidget()
        self.welcome_page = WelcomePage()
        self.identity_page = IdentityPage()
        self.list_page = ApplicantListPage()
        self.form_page = ScoreFormPage()
        self.review_page = SubmitReviewPage()
        for page in (self.welcome_page, self.identity_page, self.list_page, self.form_page, self.review_page):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._stack.currentChanged.connect(self._update_actions)
        # The keyboard goes to the page shown (the list's table, the form's outline) whenever the screen
        # gets the focus: after the start page, after a dialog, when the window is activated.
        self._stack.currentChanged.connect(self._follow_page)
        self._follow_page()

        self.welcome_page.create_requested.connect(self.create_identity)
        self.welcome_page.open_requested.connect(self.choose_workspace)
        self.identity_page.save_enrolment_requested.connect(self.save_enrolment)
        self.identity_page.import_requested.connect(lambda: self.import_package())
        self.identity_page.files_dropped.connect(self._package_dropped)
        self.list_page.open_requested.connect(lambda code: self.open_applicant(code))
        self.list_page.import_package_requested.connect(lambda: self.import_package())
        self.list_page.files_dropped.connect(self._package_dropped)
        self.list_page.export_sheet_requested.connect(self.export_sheet)
        self.list_page.import_sheet_requested.connect(lambda: self.import_sheet())
        self.list_page.submit_requested.connect(self.show_review)
        self.form_page.back_requested.connect(self.show_list)
        self.form_page.step_requested.connect(self.step_applicant)
        self.form_page.next_incomplete_applicant_requested.connect(self._next_incomplete_applicant)
        self.form_page.recuse_requested.connect(self.recuse)
        self.form_page.withdraw_requested.connect(self.withdraw_recusal)
        self.review_page.back_requested.connect(self.show_list)
        self.review_page.jump_requested.connect(lambda a, i: self.open_applicant(a, i))
        self.review_page.submit_requested.connect(self.submit)

        self._build_actions()
        self.retranslate()
        self._update_actions()
        if main_window is not None:
            main_window.workspace_changed.connect(self.open_workspace)

    def _follow_page(self, _index: int = 0) -> None:
        page = self._stack.currentWidget()
        if page is not None:
            self.setFocusProxy(page)

    # --- menus and actions ------------------------------------------------------------------------------

    def _action(self, triggered: Any, *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(self)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            # Every binding of a standard key (Redo is Ctrl+Y on one system, Ctrl+Shift+Z on another).
            found = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) \
                else [QKeySequence(shortcut)]
            keys += [k for k in found if k not in keys]
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: triggered())
        # Also on this widget, so the shortcuts work wherever the menus are shown (or in a bare test window).
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.evaluation_menu = QMenu(self)
        self.edit_menu = QMenu(self)
        self.go_menu = QMenu(self)

        self.new_identity_action = self._action(self.create_identity)
        self.open_workspace_action = self._action(self.choose_workspace)
        self.save_enrolment_action = self._action(self.save_enrolment)
        self.import_package_action = self._action(lambda: self.import_package(), "Ctrl+I")
        self.export_sheet_action = self._action(self.export_sheet)
        self.import_sheet_action = self._action(lambda: self.import_sheet())
        self.review_action = self._action(self.show_review, "Ctrl+Shift+S")
        for action in (self.new_identity_action, self.open_workspace_action, self.save_enrolment_action):
            self.evaluation_menu.addAction(action)
        self.evaluation_menu.addSeparator()
        for action in (self.import_package_action, self.export_sheet_action, self.import_sheet_action):
            self.evaluation_menu.addAction(action)
        self.evaluation_menu.addSeparator()
        self.evaluation_menu.addAction(self.review_action)

        self.undo_action = self._action(self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.redo, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.recuse_action = self._action(self.recuse)
        self.withdraw_action = self._action(self.withdraw_recusal)
        self.advance_action = QAction(self)
        self.advance_action.setCheckable(True)
        self.advance_action.setChecked(Preferences().advance_after_grade)
        self.advance_action.toggled.connect(self._set_advance)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.recuse_action)
        self.edit_menu.addAction(self.withdraw_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.advance_action)

        self.list_action = self._action(self.show_list, "Alt+Left", "Ctrl+L")
        self.next_incomplete_action = self._action(self.next_incomplete, "F8", "Ctrl+J")
        self.next_applicant_action = self._action(lambda: self.step_applicant(1), "Ctrl+PgDown")
        self.previous_applicant_action = self._action(lambda: self.step_applicant(-1), "Ctrl+PgUp")
        self.evidence_action = self._action(self.form_page.open_evidence, "Ctrl+E")
        for action in (self.list_action, self.next_incomplete_action, self.next_applicant_action,
                       self.previous_applicant_action, self.evidence_action):
            self.go_menu.addAction(action)

    @staticmethod
    def _set_advance(on: bool) -> None:
        Preferences().advance_after_grade = on

    def menus(self) -> Sequence[QMenu]:
        """Shown by the main window between View and Language."""
        return (self.edit_menu, self.evaluation_menu, self.go_menu)

    def _update_actions(self) -> None:
        has_workspace = self._handle is not None
        has_program = self._session is not None
        page = self._stack.currentWidget()
        in_form = page is self.form_page and self.form_page.form() is not None
        form = self.form_page.form()
        recused = in_form and form is not None and form.sheet.recused
        writable = has_workspace and not self.read_only()
        self.save_enrolment_action.setEnabled(has_workspace)
        self.import_package_action.setEnabled(writable)
        for action in (self.export_sheet_action, self.review_action, self.list_action):
            action.setEnabled(has_program)
        self.import_sheet_action.setEnabled(has_program and writable)
        for action in (self.next_incomplete_action, self.next_applicant_action, self.previous_applicant_action):
            action.setEnabled(in_form)
        self.evidence_action.setEnabled(in_form and form is not None and bool(form.documents))
        self.recuse_action.setEnabled(in_form and not recused and writable)
        self.withdraw_action.setEnabled(bool(recused) and writable)
        self._update_undo_actions()

    @Slot()
    def _undo_stack_changed(self) -> None:
        # A slot of this object, so Qt drops the connection when the screen goes (the stack may outlive it
        # by a moment while the children are deleted).
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        stack = self._session.undo_stack if self._session is not None else None
        if stack is not None and not shiboken6.isValid(stack):
            return
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = stack.undoText() if stack is not None and can_undo else ""
        redo_text = stack.redoText() if stack is not None and can_redo else ""
        self.undo_action.setText(fill(self.tr("&Undo %1"), undo_text).strip() if undo_text else self.tr("&Undo"))
        self.redo_action.setText(fill(self.tr("&Redo %1"), redo_text).strip() if redo_text else self.tr("&Redo"))

    # --- the workspace ----------------------------------------------------------------------------------

    def status(self, text: str, timeout_ms: int = 6000) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, timeout_ms)

    def handle(self) -> WorkspaceHandle | None:
        return self._handle

    def session(self) -> ScoringSession | None:
        return self._session

    def context(self) -> form_svc.EvaluatorContext | None:
        return self._context

    def open_workspace(self, path: Path | None) -> None:
        """Show ``path`` if it is an evaluator workspace, else the page to create or open one."""
        if not self._leave_workspace():
            return
        if path is None:
            self.welcome_page.set_note("")
            self._stack.setCurrentWidget(self.welcome_page)
            return
        if not (path / DB_NAMES["evaluator"]).exists():
            if (path / DB_NAMES["program"]).exists():
                note = fill(self.tr("The open workspace %1 is a program workspace (chair / operating agency), "
                                    "not an evaluator workspace."), str(path))
            else:
                note = fill(self.tr("The open workspace %1 is not an evaluator workspace."), str(path))
            self.welcome_page.set_note(note)
            self._stack.setCurrentWidget(self.welcome_page)
            return
        try:
            handle = workspace_access.open_for_work(self, path, "evaluator")
            if handle is None:  # another smartcert has it and the user did not wait
                self.welcome_page.set_note("")
                self._stack.setCurrentWidget(self.welcome_page)
                return
            context = form_svc.evaluator_context(handle)
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            self.welcome_page.set_note("")
            self._stack.setCurrentWidget(self.welcome_page)
            return
        self._handle = handle
        self._load(context)
        if handle.read_only:
            self.status(self.tr("Viewing read-only: another smartcert has this workspace. Nothing can be "
                                "changed here until it is closed there and the workspace is opened again."), 0)

    def _show_title(self) -> None:
        """The window's title names the evaluator and the certification program, never the folder."""
        if self._window is None:
            return
        context = self._context
        if context is None:
            self._window.set_title_context(None)
            return
        who = fill(self.tr("Evaluator %1 %2"), context.evaluator_id, context.evaluator_name).strip()
        self._window.set_title_context(fill(self.tr("%1 · %2"), who, context.program_name)
                                       if context.program_name else who)

    def read_only(self) -> bool:
        """Whether the open workspace is only being viewed (another process has it)."""
        return self._handle is not None and self._handle.read_only

    def restore_from_backup(self) -> None:
        """File ▸ Restore from Backup: the open workspace, closed while it is restored, then opened again."""
        if self._handle is None:
            return
        folder = self._handle.path
        workspace_access.restore_backup(self, folder, "evaluator", release=self._leave_workspace,
                                        reopen=lambda: self.open_workspace(folder))

    def _load(self, context: form_svc.EvaluatorContext, *, keep_history: bool = False) -> None:
        """(Re)read what the pages show after opening, an import or a submit.

        A submit changes no score, so its reload keeps the undo history (``keep_history``); an import
        replaces sheets behind the history's back, so it goes.
        """
        handle = self._handle
        assert handle is not None
        self._context = context
        self._show_title()
        self.identity_page.set_context(context)
        self.list_page.set_context(context)
        if not context.has_program:
            self._set_session(None)
            self._stack.setCurrentWidget(self.identity_page)
            self._update_actions()
            return
        assert context.program_id is not None and context.framework is not None
        with handle.factory() as s:
            sheets = form_svc.all_sheets(s, context.program_id, context.evaluator_id)
            rows = ev_svc.applicant_rows(s, context.program_id, context.evaluator_id)
            self._reported_points = ev_svc.quantitative_points_of(s, context.program_id)
        if self._session is None or self._session.program_id != context.program_id:
            session = ScoringSession(
                handle, context.framework, context.program_id, context.evaluator_id, sheets,
                saving=self._saving, saved=self._saved, not_saved=self._not_saved, parent=self)
            self._set_session(session)
        elif not keep_history:
            self._session.reset(sheets)
        self.list_page.set_rows(rows)
        if self._stack.currentWidget() not in (self.list_page, self.form_page, self.review_page):
            self._stack.setCurrentWidget(self.list_page)
            self.list_page.setFocus()
        self._update_actions()

    def _set_session(self, session: ScoringSession | None) -> None:
        old, self._session = self._session, session
        if old is not None:
            old.undo_stack.disconnect(self)
            old.deleteLater()
        self.form_page.set_session(session)
        if session is not None:
            session.set_describer(self._describe)
            session.sheet_changed.connect(self._sheet_changed)
            session.replayed.connect(self._replayed)
            session.sheets_replayed.connect(self._sheets_replayed)
            session.failed.connect(lambda exc: dialogs.report_error(self, exc))
            stack = session.undo_stack
            for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
                signal.connect(self._undo_stack_changed)

    def _leave_workspace(self) -> bool:
        """Store what is pending and let go of the open workspace; False to stay (the user chose so)."""
        if not self._flush_or_ask():
            return False
        self._set_session(None)
        if self._handle is not None:
            self._handle.close()
        self._handle = None
        self._context = None
        self._show_title()
        self._update_actions()
        return True

    def _saving(self) -> None:
        if self._window is not None:
            self._window.show_saving()

    def _saved(self, when: datetime) -> None:
        if self._window is not None:
            self._window.show_saved(when)

    def _not_saved(self) -> None:
        if self._window is not None:
            indicator = self._window.save_state_indicator()
            previous = indicator.saved_at()
            if previous is not None:
                indicator.show_saved(previous)
            else:
                indicator.clear_state()

    # --- identity -----------------------------------------------------------------------------------------

    def _set_workspace(self, path: Path) -> None:
        """Make ``path`` the program's open workspace; the shell tells this screen (``workspace_changed``)."""
        if self._window is not None:
            self._window.set_workspace(path)
        else:
            self.open_workspace(path)

    def choose_workspace(self) -> None:
        folder = common.choose_folder(self, self.tr("Open Evaluator Workspace"), "workspace")
        if folder is not None:
            self._set_workspace(folder)

    def create_identity(self) -> None:
        # The user data folder (platformdirs): where smartcert keeps its other folders, and one a person does
        # not tidy away by accident, as they might a folder in their home.
        identity = NewIdentityDialog.ask(self, paths.user_data_dir())
        if identity is None:
            return
        passphrase = dialogs.PassphraseDialog.ask(
            self, self.tr("Passphrase for Your Key"), confirm=True, show_strength=True)
        if passphrase is None:
            return

        def task(_progress: ProgressFn, _cancelled: CancelledFn) -> ev_svc.EvaluatorCreated:
            return ev_svc.init_evaluator(identity.folder, identity.evaluator_id, identity.name, passphrase)

        def created(result: ev_svc.EvaluatorCreated) -> None:
            self._set_workspace(result.path)
            self.status(fill(self.tr("Identity %1 created; key fingerprint %2"), result.evaluator_id,
                             result.fingerprint), 15000)

        run_with_progress(self, task, label=self.tr("Creating your keys…"), on_success=created,
                          cancellable=False)

    def save_enrolment(self) -> None:
        handle, context = self._handle, self._context
        if handle is None or context is None:
            return
        target = common.choose_save_file(self, self.tr("Save Enrolment File"), "enrolment",
                                         f"{context.evaluator_id}-enrollment.json",
                                         self.tr("Enrolment files (*.json)"))
        if target is None:
            return
        try:
            ev_svc.save_enrollment_copy(handle, target)
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            return
        self.status(fill(self.tr("Enrolment file saved to %1. Tell the agency your fingerprint %2."),
                         str(target), context.fingerprint), 15000)

    # --- packages -----------------------------------------------------------------------------------------

    def _package_dropped(self, files: list[Path]) -> None:
        if files:
            self.import_package(files[0])

    def import_package(self, path: Path | None = None) -> None:
        """Check a package, show what it is and who signed it, and load it only if the evaluator agrees."""
        handle = self._handle
        if handle is None:
            return
        if path is None:
            path = common.choose_open_file(self, self.tr("Import Assignment Package"), "package",
                                           self.tr("Assignment packages (*.scpkg)"))
            if path is None:
                return
        if not self._flush_or_ask():
            return
        chosen = path

        def read(_progress: ProgressFn, _cancelled: CancelledFn) -> bytes:
            try:
                data = chosen.read_bytes()
            except OSError as exc:
                raise SmartcertError(Problem(msg("cannot read: {reason}", reason=system_reason(exc)),
                                             file=str(chosen))) from exc
            # What needs no key first: a damaged file, or a package for someone else, asks for nothing.
            ev_svc.check_package_header(handle, data, chosen.name)
            return data

        run_with_progress(self, read, label=self.tr("Checking the package…"),
                          on_success=lambda data: self._open_package(chosen, data))

    def _open_package(self, path: Path, data: bytes) -> None:
        """The package is encrypted to the evaluator's key: ask for the passphrase, then decrypt and check."""
        handle, context = self._handle, self._context
        if handle is None:
            return
        passphrase = dialogs.PassphraseDialog.ask(
            self, self.tr("Open the Assignment Package"),
            prompt=fill(self.tr("The package %1 is encrypted to your key. Enter the passphrase of your key "
                                "(fingerprint %2) to open it."),
                        path.name, context.fingerprint if context is not None else ""))
        if passphrase is None:
            return

        def check(_progress: ProgressFn, _cancelled: CancelledFn) -> ev_svc.PackageCheck:
            return ev_svc.inspect_package(handle, data, path.name, passphrase)

        run_with_progress(self, check, label=self.tr("Opening the package…"),
                          on_success=lambda result: self._package_checked(path, result))

    def _package_checked(self, path: Path, check: ev_svc.PackageCheck) -> None:
        handle = self._handle
        if handle is None or not PackageReviewDialog.ask(self, check, path.name):
            return

        def load(progress: ProgressFn, cancelled: CancelledFn) -> ev_svc.PackageImported:
            def report(done: int, total: int) -> None:
                progress(done, total)
                # Between documents nothing is in the database yet: stopping here changes no score.
                if cancelled():
                    raise Cancelled()
            return ev_svc.load_package(handle, check, report)

        run_with_progress(self, load, label=self.tr("Importing the package…"), on_success=self._package_imported)

    def _package_imported(self, result: ev_svc.PackageImported) -> None:
        if self._handle is None:
            return
        self._load(form_svc.evaluator_context(self._handle))
        self._stack.setCurrentWidget(self.list_page)
        if result.changed:
            self.status(fill(self.tr("Package of %1 imported: %2 applicants, %3 evidence documents."),
                             result.program_name, result.applicants, result.documents), 10000)
        else:
            self.status(self.tr("This package was already imported; nothing changed."), 10000)

    # --- score sheets -------------------------------------------------------------------------------------

    def export_sheet(self) -> None:
        handle, context = self._handle, self._context
        if handle is None or context is None or not self._flush_or_ask():
            return
        target = common.choose_save_file(self, self.tr("Export Score Sheet"), "workbook",
                                         f"{context.evaluator_id}-scores.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return
        language = common.current_language()
        run_with_progress(
            self, lambda _p, _c: sheets_svc.export_sheet(handle, target, language),
            label=self.tr("Writing the score sheet…"), cancellable=False,
            on_success=lambda rows: self.status(fill(self.tr("Score sheet with %1 rows written to %2."), rows,
                                                     str(target)), 10000))

    def import_sheet(self, path: Path | None = None) -> None:
        """Load a filled score sheet: all or nothing; every problem listed by sheet, row and column."""
        handle = self._handle
        if handle is None or not self._flush_or_ask():
            return
        if path is None:
            path = common.choose_open_file(self, self.tr("Import Score Sheet"), "workbook",
                                           self.tr("Excel workbooks (*.xlsx)"))
            if path is None:
                return
        chosen = path

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                ProblemsDialog.ask(self, self.tr("Score Sheet Not Imported"), fill(self.tr(
                    "%1 has problems; nothing was imported. Correct them in the workbook and import it again."),
                    chosen.name), exc.problems)
            else:
                dialogs.report_error(self, exc)

        run_with_progress(self, lambda _p, _c: sheets_svc.preview_sheet(handle, chosen),
                          label=self.tr("Reading the score sheet…"), cancellable=False,
                          on_success=self._sheet_previewed, on_error=failed)

    def _sheet_previewed(self, preview: sheets_svc.SheetPreview) -> None:
        """Show what the import would change; on OK apply it as one undoable step."""
        handle, session = self._handle, self._session
        if handle is None or session is None:
            return
        if not preview.changes:
            self.status(fill(self.tr("%1 changes nothing: every entry in it is already in your sheets."),
                             preview.file), 10000)
            return
        language = common.current_language()
        names = {r.code: (r.name_en if language == "en" else r.name_ko) or r.name_ko
                 for r in self.list_page.model().rows()}
        if not SheetImportDialog.ask(self, preview, session.framework, names):
            return
        try:
            with handle.backup_before("sheet-import"):
                session.commit_sheets(preview.before, preview.after,
                                      fill(self.tr("import of %1"), preview.file), preview.file)
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            return
        self._sheet_imported(len(preview.after))

    def _sheet_imported(self, changed: int) -> None:
        if self._handle is None:
            return
        self.status(self.tr("Score sheet imported: %n applicant sheet(s) changed. Undo (Ctrl+Z) takes the "
                            "import back.", "", changed), 10000)

    def _reload_sheets(self) -> None:
        """After a change made outside the undo history: every sheet and row again, the form too."""
        if self._handle is None:
            return
        self._load(form_svc.evaluator_context(self._handle))
        form = self.form_page.form()
        if form is not None and self._stack.currentWidget() is self.form_page:
            self.open_applicant(form.code, self.form_page.current_indicator())

    # --- the form -----------------------------------------------------------------------------------------

    def open_applicant(self, code: str, indicator: str | None = None, *, resume: bool = True) -> None:
        """Show an applicant's score form, at ``indicator``, else (``resume``) where the evaluator was last in
        it, else at the first indicator still to do."""
        handle, session = self._handle, self._session
        if handle is None or session is None:
            return
        if not self.form_page.flush():
            return
        with handle.factory() as s:
            form = form_svc.applicant_form(s, session.program_id, session.evaluator_id, code)
        self.form_page.open_form(form, indicator, resume=resume)
        self.list_page.select(code)
        self._stack.setCurrentWidget(self.form_page)
        self._update_actions()

    def show_list(self) -> None:
        if self._session is None:
            return
        self.form_page.flush()
        current = self.form_page.form()
        self._stack.setCurrentWidget(self.list_page)
        if current is not None:
            self.list_page.select(current.code)
        self.list_page.setFocus()

    def _neighbour(self, step: int) -> str | None:
        current = self.form_page.form()
        if current is None:
            return None
        visible = self.list_page.visible_codes()
        if current.code in visible:
            position = visible.index(current.code) + step
            return visible[position] if 0 <= position < len(visible) else None
        # Filtered out since (now complete, say): the neighbour by code among those shown.
        later = [c for c in visible if (c > current.code if step > 0 else c < current.code)]
        if not later:
            return None
        return later[0] if step > 0 else later[-1]

    def step_applicant(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous applicant in the list's order, same indicator."""
        if self._stack.currentWidget() is not self.form_page:
            return
        code = self._neighbour(step)
        if code is None:
            self.status(self.tr("This is the last applicant in the list.") if step > 0
                        else self.tr("This is the first applicant in the list."))
            return
        self.open_applicant(code, self.form_page.current_indicator())

    def next_incomplete(self) -> None:
        if self._stack.currentWidget() is self.form_page:
            self.form_page.next_incomplete()

    def _next_incomplete_applicant(self) -> None:
        """Every indicator of this applicant is done: on to the next applicant still to score."""
        current = self.form_page.form()
        rows = {r.code: r for r in self.list_page.model().rows()}
        order = self.list_page.visible_codes() or sorted(rows)
        if current is not None and current.code in order:
            position = order.index(current.code)
            order = order[position + 1:] + order[:position]
        todo = [c for c in order if rows.get(c) is not None and rows[c].status in ("not_started", "in_progress")]
        if not todo:
            self.status(self.tr("Every sheet is complete. Review and submit with Ctrl+Shift+S."), 10000)
            return
        self.status(self.tr("This applicant is done; on to the next one still to score."))
        self.open_applicant(todo[0], resume=False)

    def _sheet_changed(self, code: str, sheet: Sheet) -> None:
        session = self._session
        if session is None:
            return
        row = next((r for r in self.list_page.model().rows() if r.code == code), None)
        if row is not None:
            points = self._reported_points.get(code, {})
            self.list_page.update_row(form_svc.row_after_edit(session.framework, row, sheet, points))
        self._update_actions()

    def _replayed(self, edit: Edit) -> None:
        """After undo or redo: show where the change happened."""
        current = self.form_page.form()
        if current is None or current.code != edit.applicant_code or self._stack.currentWidget() is not self.form_page:
            self.open_applicant(edit.applicant_code, edit.indicator_code)
        elif edit.indicator_code is not None:
            self.form_page.select_indicator(edit.indicator_code)

    def _sheets_replayed(self, codes: list[str]) -> None:
        """An import undone or redone: say so (the rows and the form followed each sheet already)."""
        self.status(self.tr("Score sheet import: %n applicant sheet(s) changed back or again.", "", len(codes)),
                    8000)

    def undo(self) -> None:
        if self._session is None:
            return
        self.form_page.flush()
        self._session.undo_stack.undo()

    def redo(self) -> None:
        if self._session is None:
            return
        self.form_page.flush()
        self._session.undo_stack.redo()

    def _describe(self, edit: Edit) -> str:
        """The undo step's name, e.g. "level B of A1-6 (L02)"."""
        where = f"{edit.indicator_code} ({edit.applicant_code})" if edit.indicator_code else edit.applicant_code
        if edit.field == "level":
            return fill(self.tr("level %1 of %2"), edit.new or "–", where) if edit.new else \
                fill(self.tr("clearing the level of %1"), where)
        if edit.field == "confirmed":
            return fill(self.tr("confirming %1"), where) if edit.new else fill(self.tr("unconfirming %1"), where)
        if edit.field == "recusal":
            recused = isinstance(edit.new, tuple) and edit.new[0]
            return fill(self.tr("recusal from %1"), where) if recused else \
                fill(self.tr("withdrawing the recusal from %1"), where)
        names = {
            "comment": self.tr("comment on %1"),
            "verified_value": self.tr("value found for %1"),
            "onsite_note": self.tr("on-site note on %1"),
            "note": self.tr("overall comment on %1"),
        }
        return fill(names.get(edit.field, "%1"), where)

    # --- recusal ------------------------------------------------------------------------------------------

    def recuse(self) -> None:
        form, session = self.form_page.form(), self._session
        if form is None or session is None or form.sheet.recused:
            return
        self.form_page.flush()
        reason = RecusalDialog.ask(self, f"{form.code} {form.name(common.current_language())}")
        if reason is None:
            return
        sheet = session.sheet(form.code)
        self._commit(Edit(form.code, None, "recusal", (sheet.recused, sheet.recusal_reason), (True, reason)))

    def withdraw_recusal(self) -> None:
        form, session = self.form_page.form(), self._session
        if form is None or session is None or not form.sheet.recused:
            return
        sheet = session.sheet(form.code)
        self._commit(Edit(form.code, None, "recusal", (True, sheet.recusal_reason), (False, "")))

    def _commit(self, edit: Edit) -> None:
        if self._session is None:
            return
        try:
            self._session.commit(edit)
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
        self._update_actions()

    # --- submitting ---------------------------------------------------------------------------------------

    def show_review(self) -> None:
        handle, session = self._handle, self._session
        if handle is None or session is None or not self._flush_or_ask():
            return
        context = form_svc.evaluator_context(handle)
        self._context = context
        with handle.factory() as s:
            missing = ev_svc.missing_for_submit(s, session.program_id, session.evaluator_id)
            rows = ev_svc.applicant_rows(s, session.program_id, session.evaluator_id)
            history = form_svc.submissions(s, session.program_id)
        language = common.current_language()
        names = {r.code: (r.name_en if language == "en" else r.name_ko) or r.name_ko for r in rows}
        self.list_page.set_rows(rows)
        self.review_page.show_review(context, rows, missing_rows(missing, session.framework, names, language),
                                     history[0] if history else None)
        self._stack.setCurrentWidget(self.review_page)

    def submit(self, allow_incomplete: bool) -> None:
        """Where to write, the passphrase, then sign and seal off the GUI thread (scrypt takes a moment)."""
        handle, context = self._handle, self._context
        if handle is None or context is None or not self._flush_or_ask():
            return
        context = form_svc.evaluator_context(handle)
        self._context = context
        target = common.choose_save_file(self, self.tr("Save Score Bundle"), "bundle",
                                         f"{context.evaluator_id}-{context.next_sequence}.scb",
                                         self.tr("Score bundles (*.scb)"))
        if target is None:
            return
        self._sign_and_submit(handle, context, target, allow_incomplete, None)

    def _sign_and_submit(self, handle: WorkspaceHandle, context: form_svc.EvaluatorContext, target: Path,
                         allow_incomplete: bool, error: str | None) -> None:
        """Ask for the passphrase and submit; a wrong passphrase asks again, keeping the file chosen."""
        passphrase = dialogs.PassphraseDialog.ask(
            self, self.tr("Sign the Score Bundle"), error=error,
            prompt=fill(self.tr("Enter the passphrase of your key (fingerprint %1) to sign bundle number %2."),
                        context.fingerprint, context.next_sequence))
        if passphrase is None:
            self.status(self.tr("Not submitted: nothing was signed or written."))
            return

        def task(_progress: ProgressFn, _cancelled: CancelledFn) -> ev_svc.Submitted:
            return ev_svc.submit(handle, target, passphrase, allow_incomplete=allow_incomplete)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PassphraseError) and not dialogs.passphrase_from_environment():
                self._sign_and_submit(handle, context, target, allow_incomplete, fill(self.tr(
                    "That passphrase does not open your key. Type it again; the bundle will still be written to "
                    "%1."), target.name))
                return
            dialogs.report_error(self, exc)

        run_with_progress(self, task, label=self.tr("Signing and encrypting your scores…"), cancellable=False,
                          on_success=self._submitted, on_error=failed)

    def _submitted(self, result: ev_svc.Submitted) -> None:
        self._saved(datetime.now().astimezone())
        if self._handle is not None:
            self._load(form_svc.evaluator_context(self._handle), keep_history=True)
        self._stack.setCurrentWidget(self.list_page)
        self.status(fill(self.tr("Bundle number %1 written to %2."), result.sequence, str(result.path)), 15000)
        SubmittedDialog.ask(self, result)

    # --- closing ------------------------------------------------------------------------------------------

    def _flush_or_ask(self) -> bool:
        """Store every pending keystroke; if some text cannot be stored, ask whether to drop it."""
        if self.form_page.flush():
            return True
        pending = ", ".join(self.form_page.pending_problems())
        if dialogs.confirm(self, None, fill(self.tr("The value %1 you typed does not fit the indicator and was "
                                                    "not saved. Discard it?"), pending)):
            self.form_page.discard_pending()
            return True
        return False

    def can_close(self) -> bool:
        """Asked by the main window before it closes or shows another role: nothing typed is lost."""
        if not self._flush_or_ask():
            return False
        self.list_page.save_state()
        self.form_page.save_state()
        self.review_page.save_state()
        if self._handle is not None:
            # Closes the pooled connections; the handle reconnects if the screen stays after all.
            self._handle.close()
        return True

    # --- language -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._show_title()
        language = common.current_language()
        self.list_page.set_language(language)
        self.form_page.set_language(language)
        self.evaluation_menu.setTitle(self.tr("Evaluatio&n"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.new_identity_action.setText(self.tr("&Create Evaluator Identity…"))
        self.open_workspace_action.setText(self.tr("&Open Evaluator Workspace…"))
        self.save_enrolment_action.setText(self.tr("Save Enrol&ment File…"))
        self.import_package_action.setText(self.tr("&Import Assignment Package…"))
        self.export_sheet_action.setText(self.tr("E&xport Score Sheet…"))
        self.import_sheet_action.setText(self.tr("Import Score &Sheet…"))
        self.review_action.setText(self.tr("&Review and Submit…"))
        self.recuse_action.setText(self.tr("Re&cuse from Applicant…"))
        self.withdraw_action.setText(self.tr("&Withdraw Recusal"))
        self.advance_action.setText(self.tr("&Move On After a Grade"))
        self.advance_action.setStatusTip(self.tr(
            "A level that completes an indicator moves the form on to the next indicator still to do"))
        self.list_action.setText(self.tr("Applicant &List"))
        self.next_incomplete_action.setText(self.tr("Next &Incomplete Indicator"))
        self.next_applicant_action.setText(self.tr("&Next Applicant"))
        self.previous_applicant_action.setText(self.tr("&Previous Applicant"))
        self.evidence_action.setText(self.tr("Open Evidence &Document"))
        self._update_undo_actions()


def apply_open_request(screen: EvaluatorScreen, request: str) -> None:
    """``SMARTCERT_EVALUATOR_OPEN``: "review", an applicant code, or "CODE:INDICATOR"."""
    request = request.strip()
    if not request:
        return
    if request == "review":
        screen.show_review()
        return
    code, _, indicator = request.partition(":")
    screen.open_applicant(code, indicator or None)


def make_evaluator_screen(main_window: MainWindow) -> QWidget:
    """The factory the main window calls for :attr:`Role.EVALUATOR`: opens the shell's workspace."""
    screen = EvaluatorScreen(main_window)
    screen.open_workspace(main_window.workspace())
    request = os.environ.get(OPEN_ENV)
    if request:
        apply_open_request(screen, request)
    screen.setFocus(Qt.FocusReason.OtherFocusReason)
    return screen
