"""The chair's and the operating agency's screens (위원장·운영기관): one program workspace, in tabs.

The tabs follow the round: the program and its framework, applicants, evaluators, assignments and
packages, score bundles and completeness, one applicant's scores, pending corrections, and the results.
Everything shown comes from one :class:`~smartcert_desktop.services.chair_views.ChairSnapshot`, read off the
GUI thread after the program opens and after every change; each change is one transaction made by a plain
function of :mod:`.tasks`, run off the GUI thread with a progress dialog when it may take a moment.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...errors import SmartcertError
from ...services import corrections, enrolment
from ...services import program as prog_svc
from ...services.chair_views import (
    ChairSnapshot,
    load_snapshot,
    peek_enrollment,
    preview_result_sheet,
    write_result_sheets,
)
from ...services.demo import default_demo_dir
from ...services.merge import Verdict, merge_files
from ...services.outputs import ResultsWritten, export_results
from ...services.packages import export_packages
from ...services.program import ImportSummary, ProgramCreated
from ...services.workspace import CONNECTION_FILE, DB_NAMES, WorkspaceHandle
from .. import dialogs, worker, workspace_access
from ..dialogs import PassphraseDialog
from ..i18n import RetranslateMixin, fill, message_text
from ..main_window import MainWindow
from ..pdf_preview import PdfPreviewDialog
from ..settings import HeaderLanguage, Preferences, restore_splitter, save_splitter
from ..worker import Job, running_jobs
from . import common
from .actions import ChairActions
from .applicants_page import ApplicantsPage
from .assign_dialog import AssignDialog
from .assignments_page import AssignmentsPage
from .bundles_page import BundlesPage
from .correction_dialog import ACCEPT, DISMISS, CorrectionDialog
from .corrections_page import CorrectionsPage
from .enrol_dialog import ConflictsDialog, EnrolDialog
from .evaluators_page import EvaluatorsPage
from .new_program_dialog import NewProgramDialog
from .program_page import ProgramPage
from .results_page import ResultsPage
from .review_page import ReviewPage

TABS = ("program", "applicants", "evaluators", "assignments", "bundles", "review", "corrections", "results")

# Why the open workspace cannot be shown here (the welcome page says so).
NOTE_EVALUATOR = "evaluator"
NOTE_OTHER = "other"


def resolve_program(workspace: Path | None, demo: bool = False) -> tuple[Path | None, str | None]:
    """The program workspace to open for ``workspace``, or None with the reason to show.

    A demo folder (``smartcert demo``) holds the program in its ``program`` subfolder. With ``--demo`` the
    window opens the demo's evaluator workspace; the chair then gets the same demo's program.
    """
    if demo:
        root = default_demo_dir()
        if workspace is None or workspace.resolve().is_relative_to(root.resolve()):
            workspace = root
    if workspace is None:
        return None, None
    if (workspace / DB_NAMES["program"]).exists() or (workspace / CONNECTION_FILE).exists():
        return workspace, None
    if (workspace / "program" / DB_NAMES["program"]).exists():
        return workspace / "program", None
    if (workspace / DB_NAMES["evaluator"]).exists():
        return None, NOTE_EVALUATOR
    return None, NOTE_OTHER


def _fit_columns(view: QTableView | QTreeView) -> None:
    """A view's columns fitted to their contents: the sizing of a language whose widths are not stored yet."""
    if isinstance(view, QTableView):
        view.resizeColumnsToContents()
        return
    for column in range(view.header().count()):
        view.resizeColumnToContents(column)


class ChairWelcomePage(RetranslateMixin, QWidget):
    """Shown while no program is open: create one, open one, or open the demo."""

    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note_kind: str | None = None
        self._note_path: Path | None = None
        self._title = QLabel()
        font = QFont(self._title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(actions.new_program.trigger)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(actions.open_program.trigger)
        self.demo_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self._title)
        column.addWidget(self._text)
        column.addSpacing(12)
        column.addWidget(self._note)
        column.addLayout(buttons)
        column.addStretch(1)
        content = QWidget()
        content.setLayout(column)
        content.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addStretch(1)
        outer.addWidget(content, 4)
        outer.addStretch(1)
        self.retranslate()

    def set_note(self, kind: str | None, path: Path | None) -> None:
        self._note_kind = kind
        self._note_path = path
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Chair / Operating agency"))
        self._text.setText(self.tr(
            "Create a program from a framework workbook, or open an existing program workspace. The program "
            "holds the round: applicants, evaluators, assignments, merged score bundles and results."))
        self.new_button.setText(self.tr("&New Program…"))
        self.open_button.setText(self.tr("&Open Program Workspace…"))
        self.demo_button.setText(self.tr("Open the Demo Program"))
        self.demo_button.setVisible((default_demo_dir() / "program" / DB_NAMES["program"]).exists())
        path = str(self._note_path) if self._note_path is not None else ""
        if self._note_kind == NOTE_EVALUATOR:
            self._note.setText(fill(self.tr(
                "The open workspace %1 is an evaluator's workspace; the chair works in a program workspace."),
                path))
        elif self._note_kind == NOTE_OTHER:
            self._note.setText(fill(self.tr("%1 is not a program workspace."), path))
        else:
            self._note.setText("")
        self._note.setVisible(bool(self._note.text()))


class ChairScreen(RetranslateMixin, QWidget):
    """The chair role's widget for :class:`MainWindow` (see :func:`make_chair_screen`)."""

    loaded = Signal()  # a new snapshot is shown

    def __init__(self, window: MainWindow, program_dir: Path | None = None, note: str | None = None) -> None:
        super().__init__()
        self._window = window
        self._preferences = Preferences()
        self._handle: WorkspaceHandle | None = None
        self._program_dir: Path | None = None
        self._snapshot: ChairSnapshot | None = None
        self._view_state_restored = False
        self._generation = 0
        self._loaders: list[Job] = []
        self._preview_dir: tempfile.TemporaryDirectory[str] | None = None
        self._header_memories: list[HeaderLanguage] | None = None

        self.commands = ChairActions(self)
        self._connect_actions()
        self._menu = QMenu(self)
        self._menu.addAction(self.commands.new_program)
        self._menu.addAction(self.commands.open_program)
        self._menu.addSeparator()
        groups = [[self.commands.refresh],
                  [self.commands.import_applicants, self.commands.add_documents],
                  [self.commands.enrol_evaluator, self.commands.declare_conflicts],
                  [self.commands.auto_assign, self.commands.import_assignments, self.commands.export_packages],
                  [self.commands.import_bundles, self.commands.accept_correction, self.commands.dismiss_correction],
                  [self.commands.export_results, self.commands.write_pdfs, self.commands.preview_sheet]]
        for n, group in enumerate(groups):
            if n:
                self._menu.addSeparator()
            for action in group:
                self._menu.addAction(action)

        self.welcome = ChairWelcomePage(self.commands)
        self.welcome.demo_button.clicked.connect(self._open_demo)
        self.program_page = ProgramPage()
        self.applicants_page = ApplicantsPage(self.commands)
        self.evaluators_page = EvaluatorsPage(self.commands)
        self.assignments_page = AssignmentsPage(self.commands)
        self.bundles_page = BundlesPage(self.commands)
        self.review_page = ReviewPage()
        self.corrections_page = CorrectionsPage(self.commands)
        self.results_page = ResultsPage(self.commands)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in self._pages():
            self.tabs.addTab(page, "")
        # Ctrl+Tab and Ctrl+PgDown go to the next tab wherever the keyboard is (a table keeps the keys to
        # itself otherwise), Ctrl+Shift+Tab and Ctrl+PgUp to the previous one.
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1),
                           ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self.tabs)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))
        self.applicants_page.selection_changed.connect(self._update_actions)
        self.applicants_page.document_open_requested.connect(self._open_document)
        self.evaluators_page.selection_changed.connect(self._update_actions)
        self.corrections_page.selection_changed.connect(self._update_actions)
        self.corrections_page.accept_requested.connect(self.accept_correction)
        self.results_page.selection_changed.connect(self._update_actions)
        self.bundles_page.files_dropped.connect(self.merge_bundles)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.welcome)
        self._stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        window.workspace_changed.connect(self._workspace_changed)
        self.retranslate()
        self._update_actions()
        if program_dir is not None:
            self.open_program(program_dir, remember=False)
        else:
            self.welcome.set_note(note, window.workspace())

    def _pages(self) -> list[QWidget]:
        return [self.program_page, self.applicants_page, self.evaluators_page, self.assignments_page,
                self.bundles_page, self.review_page, self.corrections_page, self.results_page]

    def _connect_actions(self) -> None:
        a = self.commands
        a.new_program.triggered.connect(self.new_program)
        a.open_program.triggered.connect(self.choose_program)
        a.refresh.triggered.connect(self.reload)
        a.import_applicants.triggered.connect(self.import_applicants)
        a.add_documents.triggered.connect(self.add_documents)
        a.enrol_evaluator.triggered.connect(self.enrol_evaluators)
        a.declare_conflicts.triggered.connect(self.declare_conflicts)
        a.auto_assign.triggered.connect(self.auto_assign)
        a.import_assignments.triggered.connect(self.import_assignments)
        a.export_packages.triggered.connect(self.export_packages)
        a.import_bundles.triggered.connect(self.import_bundles)
        a.accept_correction.triggered.connect(self.accept_correction)
        a.dismiss_correction.triggered.connect(self.dismiss_correction)
        a.export_results.triggered.connect(self.export_results)
        a.write_pdfs.triggered.connect(self.write_pdfs)
        a.preview_sheet.triggered.connect(self.preview_sheet)

    # --- what the main window asks --------------------------------------------------------------------

    def menus(self) -> list[QMenu]:
        return [self._menu]

    def _headers(self) -> list[HeaderLanguage]:
        """Every table's and tree's header, under a key made of the page and the view's attribute name, its
        widths kept per language (made once)."""
        if self._header_memories is None:
            found = []
            for page in self._pages():
                for name in ("table", "tree", "reported", "documents", "verdicts", "completeness"):
                    view = getattr(page, name, None)
                    if isinstance(view, QTableView | QTreeView):
                        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
                        found.append(HeaderLanguage(header, f"chair/{type(page).__name__}/{name}",
                                                    partial(_fit_columns, view)))
            self._header_memories = found
        return self._header_memories

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        return [(f"chair/{type(page).__name__}/splitter{i}", splitter)
                for page in self._pages() for i, splitter in enumerate(page.findChildren(QSplitter))]

    def save_view_state(self) -> None:
        if not self._view_state_restored:
            return  # nothing was shown: keep what was saved before
        for memory in self._headers():
            memory.seen = True
            memory.save()
        for key, splitter in self._splitters():
            save_splitter(splitter, key)

    def can_close(self) -> bool:
        """Running work is stopped (after asking) and waited for; then the workspace is closed."""
        busy = [job for job in running_jobs(self) if job not in self._loaders]
        if busy:
            question = self.tr("%n task(s) still running. Stop them and leave?", "", len(busy))
            if not dialogs.confirm(self, None, question, self.tr("What has been saved so far is kept.")):
                return False
        self.save_view_state()
        for job in running_jobs(self):
            job.cancel()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            while running_jobs(self):
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        finally:
            QApplication.restoreOverrideCursor()
        self._close_program()
        return True

    # --- opening and loading --------------------------------------------------------------------------

    def handle(self) -> WorkspaceHandle | None:
        return self._handle

    def snapshot(self) -> ChairSnapshot | None:
        return self._snapshot

    def program_dir(self) -> Path | None:
        return self._program_dir

    def open_program(self, folder: Path, *, remember: bool = True) -> bool:
        """Open the program workspace in ``folder``; False (and the error shown) when it is not one."""
        try:
            handle = workspace_access.open_for_work(self, folder, "program")
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            return False
        if handle is None:  # another smartcert has it and the user did not wait
            return False
        self._close_program()
        self._handle = handle
        self._program_dir = folder.resolve()
        self._stack.setCurrentWidget(self.tabs)
        if remember:
            # The window remembers it and shows it in the title; our own handler sees it is open already.
            self._window.set_workspace(self._program_dir)
        self.reload()
        return True

    def read_only(self) -> bool:
        """Whether the open program is only being viewed (another process has it)."""
        return self._handle is not None and self._handle.read_only

    def restore_from_backup(self) -> None:
        """File ▸ Restore from Backup: the open program, closed while it is restored, then opened again."""
        folder = self._program_dir
        if folder is None:
            return

        def release() -> bool:
            if running_jobs(self):
                dialogs.show_error(self, self.tr("Wait until the running task has finished, then restore."))
                return False
            self._close_program()
            return True

        workspace_access.restore_backup(self, folder, "program", release=release,
                                        reopen=lambda: self.open_program(folder, remember=False))

    def _close_program(self) -> None:
        self._generation += 1  # a load still under way is for the closed program: ignore it
        if self._handle is not None:
            self._handle.close()
        self._handle = None
        self._program_dir = None
        self._snapshot = None
        self._window.set_title_context(None)
        if self._preview_dir is not None:
            self._preview_dir.cleanup()
            self._preview_dir = None
        self._update_actions()

    def _workspace_changed(self, workspace: object) -> None:
        folder = workspace if isinstance(workspace, Path) else None
        program_dir, note = resolve_program(folder)
        if program_dir is not None and self._program_dir is not None and \
                program_dir.resolve() == self._program_dir:
            return
        if program_dir is not None:
            self.open_program(program_dir, remember=False)
            return
        self._close_program()
        self.welcome.set_note(note, folder)
        self._stack.setCurrentWidget(self.welcome)

    def reload(self) -> None:
        """Read the program again off the GUI thread; the pages change when it is read."""
        handle = self._handle
        if handle is None:
            return
        self._generation += 1
        generation = self._generation
        job = Job(lambda _progress, _cancelled: load_snapshot(handle), self)
        self._loaders.append(job)

        def forget() -> None:
            if job in self._loaders:
                self._loaders.remove(job)
            job.deleteLater()

        job.succeeded.connect(lambda snapshot: self._loaded(generation, snapshot))
        job.failed.connect(lambda exc: self._load_failed(generation, exc))
        job.finished.connect(forget)
        job.start()

    def is_loading(self) -> bool:
        return any(job.is_running() for job in self._loaders)

    def _loaded(self, generation: int, snapshot: object) -> None:
        if generation != self._generation or not isinstance(snapshot, ChairSnapshot):
            return
        self._snapshot = snapshot
        self._window.set_title_context(snapshot.program.name)
        self.program_page.set_snapshot(snapshot, str(self._program_dir or ""))
        for page in (self.applicants_page, self.evaluators_page, self.assignments_page, self.bundles_page,
                     self.review_page, self.corrections_page, self.results_page):
            page.set_snapshot(snapshot)
        if not self._view_state_restored:
            # Once the tables have their columns: widths and splitters as the chair left them last time.
            self._view_state_restored = True
            for memory in self._headers():
                memory.restore()
            for key, splitter in self._splitters():
                restore_splitter(splitter, key)
        self._retitle_tabs()
        self._update_actions()
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: object) -> None:
        if generation == self._generation and isinstance(exc, BaseException):
            dialogs.report_error(self, exc)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def step_tab(self, step: int) -> None:
        """To the next (1) or previous (-1) tab, round the end."""
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
            page = self.tabs.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.TabFocusReason)

    # --- helpers ------------------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10_000)

    def _start_folder(self, kind: str) -> Path:
        return self._preferences.last_folder(kind) or self._program_dir or Path.home()

    def _remember_folder(self, kind: str, path: Path) -> None:
        self._preferences.set_last_folder(kind, path if path.is_dir() else path.parent)

    def _passphrase(self, purpose: str) -> str | None:
        return PassphraseDialog.ask(self, self.tr("Program Passphrase"), prompt=purpose)

    def _run(self, label: str, task: Callable[[worker.ProgressFn, worker.CancelledFn], Any],
             on_success: Callable[[Any], None], *, saves: bool, cancellable: bool = False,
             on_canceled: Callable[[], None] | None = None) -> Job:
        """Run one action off the GUI thread; afterwards the status bar and the pages show its effect."""
        previous = self._window.save_state_indicator().saved_at()
        if saves:
            self._window.show_saving()

        def succeeded(result: Any) -> None:
            if saves:
                self._window.show_saved()
            on_success(result)
            self.reload()

        def failed(exc: BaseException) -> None:
            # A failed action changed nothing: the status bar goes back to what it said before.
            if saves and previous is not None:
                self._window.show_saved(previous)
            elif saves:
                self._window.save_state_indicator().clear_state()
            dialogs.report_error(self, exc)

        def canceled() -> None:
            if saves:
                self._window.show_saved()
            if on_canceled is not None:
                on_canceled()
            self.reload()

        return worker.run_with_progress(self, task, label=label, on_success=succeeded, on_error=failed,
                                        on_canceled=canceled, cancellable=cancellable)

    def _applicant_choices(self) -> list[tuple[str, str]]:
        snap = self._snapshot
        if snap is None:
            return []
        return [(a.code, common.name_of(a.name_ko, a.name_en)) for a in snap.applicants]

    def _update_actions(self) -> None:
        a = self.commands
        snap = self._snapshot
        ready = self._handle is not None and snap is not None
        for action in a.program_actions():
            action.setEnabled(ready)
        a.refresh.setEnabled(self._handle is not None)
        if snap is None:
            return
        a.add_documents.setEnabled(self.applicants_page.selected_applicant() is not None)
        a.declare_conflicts.setEnabled(self.evaluators_page.selected_evaluator() is not None)
        a.auto_assign.setEnabled(bool(snap.evaluators and snap.applicants))
        a.export_packages.setEnabled(bool(snap.assignments.assigned))
        a.import_bundles.setEnabled(bool(snap.evaluators))
        pending = self.corrections_page.selected() is not None
        a.accept_correction.setEnabled(pending)
        a.dismiss_correction.setEnabled(pending)
        a.write_pdfs.setEnabled(bool(snap.applicants))
        # Never greyed without a word: the tooltip and the status line say what it waits for.
        hint = self._preview_hint()
        a.preview_sheet.setEnabled(not hint)
        a.preview_sheet.setToolTip(hint or self.tr("Show the selected applicant's result sheet as it will print"))
        a.preview_sheet.setStatusTip(hint)
        if self.read_only():  # viewing while another smartcert has the program: nothing that writes
            for action in (a.import_applicants, a.add_documents, a.enrol_evaluator, a.declare_conflicts,
                           a.auto_assign, a.import_assignments, a.export_packages, a.import_bundles,
                           a.accept_correction, a.dismiss_correction):
                action.setEnabled(False)

    def _retitle_tabs(self) -> None:
        snap = self._snapshot
        titles = [self.tr("Program"), self.tr("Applicants"), self.tr("Evaluators"), self.tr("Assignments"),
                  self.tr("Bundles"), self.tr("Review"), self.tr("Corrections"), self.tr("Results")]
        if snap is not None:
            titles[1] = fill(self.tr("Applicants (%1)"), len(snap.applicants))
            titles[2] = fill(self.tr("Evaluators (%1)"), len(snap.evaluators))
            if snap.pending:
                titles[6] = fill(self.tr("Corrections (%1)"), len(snap.pending))
        for n, title in enumerate(titles):
            self.tabs.setTabText(n, title)
        self.tabs.setTabToolTip(6, self.tr("Corrected values waiting for the chair's decision"))

    def retranslate(self) -> None:
        if self._view_state_restored:
            for memory in self._headers():
                memory.seen = True
                memory.switch()
        self._menu.setTitle(self.tr("&Program"))
        self.commands.retranslate()
        self._retitle_tabs()

    # --- creating and opening -------------------------------------------------------------------------

    def new_program(self) -> None:
        choice = NewProgramDialog.ask(self, self._start_folder("program"))
        if choice is None:
            return
        passphrase = PassphraseDialog.ask(self, self.tr("Passphrase of the New Program"), confirm=True,
                                          show_strength=True)
        if not passphrase:
            return
        self._remember_folder("program", choice.folder.parent)

        def created(result: ProgramCreated) -> None:
            if self.open_program(result.path):
                dialogs.show_info(self, self.tr("Program Created"), fill(self.tr(
                    "The program is ready in %1.\n\nIts key fingerprint is %2. Evaluators see it in their "
                    "packages; read it to them when they ask."), str(result.path), result.fingerprint))

        self._run(self.tr("Creating the program…"),
                  lambda _p, _c: prog_svc.init_program(choice.folder, choice.framework, choice.name, passphrase),
                  created, saves=True)

    def choose_program(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open Program Workspace"),
                                                  str(self._start_folder("program")))
        if not chosen:
            return
        folder = Path(chosen)
        self._remember_folder("program", folder.parent)
        program_dir, note = resolve_program(folder)
        if program_dir is None:
            message = self.tr("This folder is an evaluator's workspace, not a program workspace.") \
                if note == NOTE_EVALUATOR else self.tr("This folder is not a program workspace.")
            dialogs.show_error(self, fill(self.tr("%1: %2"), str(folder), message))
            return
        self.open_program(program_dir)

    def _open_demo(self) -> None:
        self.open_program(default_demo_dir() / "program")

    def _open_document(self, sha256: str) -> None:
        if self._handle is None:
            return
        if self._preview_dir is None:  # a program on a server: the document is copied here to be opened
            self._preview_dir = tempfile.TemporaryDirectory(prefix="smartcert-preview-")
        try:
            path = self._handle.document_file(sha256, Path(self._preview_dir.name))
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            return
        common.open_externally(path)

    # --- applicants and evaluators --------------------------------------------------------------------

    def import_applicants(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Import Applicants"),
                                                 str(self._start_folder("workbook")),
                                                 self.tr("Workbooks (*.xlsx)"))
        if chosen:
            self._remember_folder("workbook", Path(chosen))
            self.import_applicants_from(Path(chosen))

    def import_applicants_from(self, path: Path) -> None:
        handle = self._handle
        if handle is None:
            return

        def done(summary: ImportSummary) -> None:
            self._status(fill(self.tr("Applicants imported: %1 added, %2 updated, %3 reported values, "
                                      "%4 self-assessments."),
                              summary.added, summary.updated, summary.reported, summary.self_assessments))

        self._run(self.tr("Importing applicants…"), lambda _p, _c: prog_svc.import_applicants_file(handle, path),
                  done, saves=True)

    def add_documents(self) -> None:
        code = self.applicants_page.selected_applicant()
        if code is None:
            return
        chosen, _f = QFileDialog.getOpenFileNames(
            self, fill(self.tr("Evidence Documents of %1"), code), str(self._start_folder("documents")),
            self.tr("PDF documents (*.pdf)"))
        if chosen:
            self._remember_folder("documents", Path(chosen[0]))
            self.add_documents_from(code, [Path(c) for c in chosen])

    def add_documents_from(self, code: str, files: list[Path]) -> None:
        handle = self._handle
        if handle is None:
            return
        self._run(self.tr("Adding evidence documents…"),
                  lambda _p, _c: len(prog_svc.add_documents_files(handle, code, files)),
                  lambda n: self._status(self.tr("%n document(s) attached.", "", int(n))), saves=True)

    def enrol_evaluators(self) -> None:
        chosen, _f = QFileDialog.getOpenFileNames(self, self.tr("Enrol Evaluators"),
                                                  str(self._start_folder("enrollment")),
                                                  self.tr("Enrolment files (*.json)"))
        if chosen:
            self._remember_folder("enrollment", Path(chosen[0]))
            self.enrol_from([Path(c) for c in chosen])

    def enrol_from(self, files: list[Path]) -> None:
        """Show each file's evaluator and fingerprint, and enrol the ones the user confirms."""
        handle = self._handle
        if handle is None:
            return
        enrolled: list[str] = []
        for path in files:
            try:
                enrollment = peek_enrollment(path)
            except SmartcertError as exc:
                dialogs.show_error(self, exc)
                continue
            conflicts = EnrolDialog.ask(self, enrollment, self._applicant_choices())
            if conflicts is None:
                continue
            try:
                evaluator = enrolment.enrol(handle, path, conflicts).id
            except SmartcertError as exc:
                dialogs.show_error(self, exc)
                continue
            self._window.show_saved()
            enrolled.append(evaluator)
        if enrolled:
            self._status(fill(self.tr("Enrolled: %1."), ", ".join(enrolled)))
            self.reload()

    def declare_conflicts(self) -> None:
        handle = self._handle
        snap = self._snapshot
        evaluator = self.evaluators_page.selected_evaluator()
        if handle is None or snap is None or evaluator is None:
            return
        assigned = {a for e, a in snap.assignments.assigned if e == evaluator.id}
        codes = ConflictsDialog.ask(self, evaluator.id, evaluator.name, self._applicant_choices(),
                                    evaluator.conflicts, assigned)
        if not codes:
            return
        try:
            prog_svc.declare_conflicts(handle, evaluator.id, codes)
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            return
        self._window.show_saved()
        self._status(fill(self.tr("Conflicts of %1 declared: %2."), evaluator.id, ", ".join(codes)))
        self.reload()

    # --- assignments and packages ---------------------------------------------------------------------

    def auto_assign(self) -> None:
        handle = self._handle
        snap = self._snapshot
        if handle is None or snap is None:
            return
        merged = sum(1 for e in snap.evaluators if e.bundle_sequence is not None)
        choice = AssignDialog.ask(self, len(snap.evaluators), len(snap.applicants), len(snap.assignments.assigned),
                                  merged)
        if choice is None:
            return
        self._run(self.tr("Assigning evaluators…"),
                  lambda _p, _c: _pairs(prog_svc.assign_automatically(handle, choice.per_applicant, choice.seed)),
                  lambda n: self._status(self.tr("%n assignment(s) made.", "", int(n))), saves=True)

    def import_assignments(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Import Assignments"),
                                                 str(self._start_folder("workbook")),
                                                 self.tr("Workbooks (*.xlsx)"))
        if chosen:
            self._remember_folder("workbook", Path(chosen))
            self.import_assignments_from(Path(chosen))

    def import_assignments_from(self, path: Path) -> None:
        handle = self._handle
        snap = self._snapshot
        if handle is None or snap is None:
            return
        existing = len(snap.assignments.assigned)
        if existing and not dialogs.confirm(
                self, None, self.tr("Replace the current %n assignment(s) with the workbook's?", "", existing)):
            return
        self._run(self.tr("Importing assignments…"),
                  lambda _p, _c: _pairs(prog_svc.import_assignments_file(handle, path)),
                  lambda n: self._status(self.tr("%n assignment(s) imported.", "", int(n))), saves=True)

    def export_packages(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Assignment Packages"),
                                                  str(self._start_folder("package")))
        if chosen:
            self._remember_folder("package", Path(chosen))
            self.export_packages_to(Path(chosen))

    def export_packages_to(self, folder: Path) -> None:
        handle = self._handle
        if handle is None:
            return
        passphrase = self._passphrase(self.tr("Enter the passphrase of the program's key to sign the packages."))
        if not passphrase:
            return

        def done(written: list[tuple[Path, str, int]]) -> None:
            lines = [fill(self.tr("%1: %2"), path.name, self.tr("%n applicant(s)", "", n))
                     for path, _e, n in written]
            dialogs.show_info(self, self.tr("Packages Written"), fill(
                self.tr("%n package(s) written to %1. Send each evaluator their own file:", "", len(written)),
                str(folder)) + "\n\n" + "\n".join(lines))

        self._run(self.tr("Writing the assignment packages…"),
                  lambda progress, _c: export_packages(handle, passphrase, folder, progress), done,
                  saves=True)

    # --- bundles and corrections ----------------------------------------------------------------------

    def import_bundles(self) -> None:
        chosen, _f = QFileDialog.getOpenFileNames(self, self.tr("Import Score Bundles"),
                                                  str(self._start_folder("bundle")),
                                                  self.tr("Score bundles (*.scb)"))
        if chosen:
            self._remember_folder("bundle", Path(chosen[0]))
            self.merge_bundles([Path(c) for c in chosen])

    def merge_bundles(self, files: list[Path]) -> None:
        """Verify and merge bundle files; one verdict line per file on the Bundles tab."""
        handle = self._handle
        if handle is None or not files:
            return
        passphrase = self._passphrase(self.tr("Enter the passphrase of the program's key to open the score "
                                              "bundles."))
        if not passphrase:
            return

        def done(verdicts: list[Verdict]) -> None:
            self.bundles_page.verdicts_model.add(verdicts)
            self.bundles_page.show_verdicts()
            self.show_tab("bundles")
            kinds = [v.verdict for v in verdicts]
            self._status(fill(self.tr("Bundles: %1 accepted, %2 duplicate, %3 rejected."),
                              kinds.count("accepted"), kinds.count("duplicate"), kinds.count("rejected")))

        self._run(self.tr("Merging score bundles…"),
                  lambda progress, _c: merge_files(handle, passphrase, list(files), progress), done, saves=True)

    def accept_correction(self) -> None:
        self._decide(ACCEPT)

    def dismiss_correction(self) -> None:
        self._decide(DISMISS)

    def _decide(self, action: str) -> None:
        handle = self._handle
        row = self.corrections_page.selected()
        if handle is None or row is None:
            return
        choice = CorrectionDialog.ask(self, action, row, self.corrections_page.same_indicator(row))
        if choice is None:
            return
        if action == ACCEPT:
            task = lambda _p, _c: corrections.accept(handle, row.applicant, row.indicator, choice.value,  # noqa: E731
                                               choice.reason)
        else:
            task = lambda _p, _c: corrections.dismiss(handle, row.applicant, row.indicator,  # noqa: E731
                                                choice.reason)
        # What was decided, as the service says it (the value or the number dismissed, and the reason).
        self._run(self.tr("Recording the decision…"), task, lambda said: self._status(message_text(said)),
                  saves=True)

    # --- results --------------------------------------------------------------------------------------

    def export_results(self) -> None:
        snap = self._snapshot
        if snap is not None and snap.pending and not dialogs.confirm(
                self, self.tr("Export Results"),
                self.tr("Corrected values waiting for your decision: %n. Export the results anyway?", "",
                        len(snap.pending)),
                self.tr("The results count the reported values until a correction is accepted; an applicant's "
                        "points may change once you decide. Decide first on the Corrections tab, or export now "
                        "and again later.")):
            return
        start = self._start_folder("results") / "results.json"
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Export Results"), str(start),
                                                 self.tr("Results JSON (*.json)"))
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".json":
                path = path.with_name(path.name + ".json")
            self._remember_folder("results", path.parent)
            self.export_results_to(path)

    def export_results_to(self, json_file: Path) -> None:
        handle = self._handle
        if handle is None:
            return
        passphrase = self._passphrase(self.tr("Enter the passphrase of the program's key to sign the results."))
        if not passphrase:
            return

        def done(written: ResultsWritten) -> None:
            dialogs.show_info(self, self.tr("Results Written"), fill(self.tr(
                "Written: %1, its signature %2 and the results workbook %3.\n\nResults fingerprint: %4"),
                str(written.json_file), written.signature.name, written.xlsx_file.name, written.fingerprint))

        self._run(self.tr("Writing the results…"),
                  lambda _p, _c: export_results(handle, passphrase, json_file), done, saves=False)

    def write_pdfs(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Result Sheets"),
                                                  str(self._start_folder("results")))
        if chosen:
            self._remember_folder("results", Path(chosen))
            self.write_pdfs_to(Path(chosen))

    def write_pdfs_to(self, folder: Path) -> Job | None:
        handle = self._handle
        if handle is None:
            return None

        def done(written: list[Path]) -> None:
            self._status(self.tr("%n PDF file(s) written.", "", len(written)))
            if not common.open_externally(folder):
                dialogs.show_info(self, self.tr("Result Sheets"), fill(self.tr(
                    "%1 PDF files were written to %2. No file manager could be opened to show the folder; open "
                    "it from there."), len(written), str(folder)))

        def stopped() -> None:
            dialogs.show_info(self, self.tr("Result Sheets"), self.tr(
                "Stopped. The files written before stopping are complete; run it again for the rest."))

        return self._run(self.tr("Writing the result sheets…"),
                         lambda progress, cancelled: write_result_sheets(handle, folder, progress, cancelled),
                         done, saves=False, cancellable=True, on_canceled=stopped)

    def preview_sheet(self) -> None:
        """The selected applicant's result sheet, shown in the program (no PDF viewer needed)."""
        code = self.results_page.selected_applicant()
        handle = self._handle
        if code is None or handle is None:
            self._status(self._preview_hint() or "")
            return
        if self._preview_dir is None:
            self._preview_dir = tempfile.TemporaryDirectory(prefix="smartcert-preview-")
        folder = Path(self._preview_dir.name)
        name = next((common.name_of(a.name_ko, a.name_en) for a in (self._snapshot.applicants if self._snapshot
                                                                     else ()) if a.code == code), code)

        def done(data: bytes) -> None:
            PdfPreviewDialog.ask(self, data, fill(self.tr("Result Sheet of %1 %2 (preview)"), code, name))

        self._run(fill(self.tr("Preparing the result sheet of %1…"), code),
                  lambda _p, _c: preview_result_sheet(handle, code, folder).read_bytes(), done, saves=False)

    def _preview_hint(self) -> str:
        """Why Preview Result Sheet cannot run now, or empty when it can."""
        if self._snapshot is None or not self._snapshot.applicants:
            return self.tr("There are no applicants yet, so there is no result sheet to show.")
        if self.results_page.selected_applicant() is None:
            return self.tr("Select an applicant on the Results tab to preview their result sheet.")
        return ""


def make_chair_screen(window: MainWindow) -> ChairScreen:
    """The factory registered for :attr:`Role.CHAIR`: the open program workspace, or the welcome page."""
    program_dir, note = resolve_program(window.workspace(), window.is_demo())
    return ChairScreen(window, program_dir, note)


def _pairs(assignment: dict[str, list[str]]) -> int:
    """How many (evaluator, applicant) pairs an assignment holds."""
    return sum(len(evaluators) for evaluators in assignment.values())
