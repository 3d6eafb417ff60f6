"""The main window: menus, the save-state line in the status bar, and a stack of pages.

The first page asks for the role (evaluator, or chair and operating agency). Each role's screens are a
widget made by a factory given to :class:`MainWindow` (``screens={Role.EVALUATOR: make_evaluator_screen}``)
and shown with :meth:`MainWindow.set_role_widget`. A role widget may offer, as plain methods:

* ``menus() -> Sequence[QMenu]``: menus shown between View and Language while the widget is shown;
* ``can_close() -> bool``: asked before the widget is replaced or the window closes (False keeps it).

A role widget reaches the window through the factory's argument: :meth:`MainWindow.workspace`,
``workspace_changed``, :meth:`MainWindow.show_saved` after each durable commit, :meth:`MainWindow.show_saving`
before one, ``statusBar().showMessage(...)`` for a passing note.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QMargins,
    QRect,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths
from ..errors import SmartcertError
from ..messages import Text
from . import dialogs
from .i18n import LANGUAGE_NAMES, RetranslateMixin, Translations, datetime_text, fill, time_text
from .settings import LANGUAGES, Preferences, restore_geometry, save_geometry
from .worker import run_with_progress, running_jobs


class Role(StrEnum):
    """Who is using the program; each role has its own screens."""

    EVALUATOR = "evaluator"  # 평가위원
    CHAIR = "chair"  # 위원장·운영기관: the chair and the operating agency share the program workspace


ScreenFactory = Callable[["MainWindow"], QWidget]


# The database file each kind of workspace holds: services.workspace.DB_NAMES, which is not imported here
# because it comes with SQLAlchemy and the first window must not wait for it (tests/packaging keeps them equal).
WORKSPACE_DATABASES: dict[Role, str] = {Role.EVALUATOR: "evaluator.db", Role.CHAIR: "program.db"}
# A program on a PostgreSQL server keeps only this file in its folder (store.postgres.CONNECTION_FILE).
SERVER_CONNECTION_FILE = "smartcert-connection.json"


def workspace_role(folder: Path) -> Role | None:
    """The role a workspace folder belongs to, told by the database it holds; None when it holds neither."""
    for role, database in WORKSPACE_DATABASES.items():
        if (folder / database).is_file():
            return role
    if (folder / SERVER_CONNECTION_FILE).is_file():
        return Role.CHAIR
    return None

MAIN_WINDOW_KEY = "main"
DEFAULT_SIZE = QSize(1360, 860)
# What the window manager adds around a window, reserved before the real frame is known (it is after the
# first show): a title bar and thin borders.
FRAME_ESTIMATE = QMargins(4, 32, 4, 4)


def window_title(program: str, context: str | None, demo: bool, joined: str = "%1 — %2",
                 marked: str = "%1 (demo)") -> str:
    """The main window's title: what is open, marked when it is the demo, then the program's name once.

    A context that already holds the program's name (a certification program called "스마트도시 인증 데모")
    is not followed by it again; the title always ends with the program's name or contains it.
    """
    if not context:
        return fill(marked, program) if demo else program
    shown = fill(marked, context) if demo else context
    return shown if program in context else fill(joined, shown, program)


def fit_geometry(available: QRect, geometry: QRect, frame: QMargins = FRAME_ESTIMATE) -> QRect:
    """``geometry`` moved and shrunk so that it and its frame lie inside ``available`` (a screen's free area).

    Never larger than the screen, whatever was stored: a window saved on a large monitor and opened on a
    laptop, or the default size on a small screen, comes back fitted, and keeps its place when it can.
    """
    room_w = max(1, available.width() - frame.left() - frame.right())
    room_h = max(1, available.height() - frame.top() - frame.bottom())
    width = min(geometry.width(), room_w)
    height = min(geometry.height(), room_h)
    left_min = available.left() + frame.left()
    top_min = available.top() + frame.top()
    x = min(max(geometry.x(), left_min), left_min + room_w - width)
    y = min(max(geometry.y(), top_min), top_min + room_h - height)
    return QRect(x, y, width, height)


class SaveStateIndicator(RetranslateMixin, QLabel):
    """The status bar's permanent note of whether the user's work is safely stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saving = False
        self._saved_at: datetime | None = None
        self.setContentsMargins(6, 0, 6, 0)
        self.retranslate()

    def show_saving(self) -> None:
        self._saving = True
        self.retranslate()

    def show_saved(self, when: datetime | None = None) -> None:
        self._saving = False
        self._saved_at = when if when is not None else datetime.now().astimezone()
        self.retranslate()

    def clear_state(self) -> None:
        """Nothing to report (no workspace open, or a new one just opened)."""
        self._saving = False
        self._saved_at = None
        self.retranslate()

    def saved_at(self) -> datetime | None:
        return self._saved_at

    def retranslate(self) -> None:
        if self._saving:
            self.setText(self.tr("Saving…"))
            self.setToolTip("")
            return
        if self._saved_at is None:
            self.setText("")
            self.setToolTip("")
            return
        # Local time, in the current language's format (Translations.switch sets the default locale), the
        # year in four digits.
        local = self._saved_at.astimezone() if self._saved_at.tzinfo is not None else self._saved_at
        if local.date() == datetime.now().date():
            self.setText(fill(self.tr("All changes saved at %1"), time_text(local)))
        else:
            self.setText(fill(self.tr("All changes saved on %1"), datetime_text(local)))
        self.setToolTip(
            fill(
                self.tr("Every change is written to the workspace as soon as it is made. Last save: %1"),
                datetime_text(local),
            )
        )


class StartPage(RetranslateMixin, QWidget):
    """The first page: the open workspace and the choice of role."""

    role_chosen = Signal(str)
    open_workspace_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace: Path | None = None

        self._title = QLabel()
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)

        self._workspace_heading = QLabel()
        self._workspace_path = QLabel()
        self._workspace_path.setWordWrap(True)
        self._workspace_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._open_button = QPushButton()
        self._open_button.clicked.connect(self.open_workspace_requested)

        self._role_heading = QLabel()
        heading_font = QFont(self._role_heading.font())
        heading_font.setBold(True)
        self._role_heading.setFont(heading_font)
        self._workspace_heading.setFont(heading_font)
        self._evaluator_button = QCommandLinkButton()
        self._chair_button = QCommandLinkButton()
        self._evaluator_button.clicked.connect(lambda: self.role_chosen.emit(Role.EVALUATOR.value))
        self._chair_button.clicked.connect(lambda: self.role_chosen.emit(Role.CHAIR.value))
        # A way in for someone who has no package yet: the demo round, made on first use.
        self._demo_button = QCommandLinkButton()
        self._demo_button.clicked.connect(self.demo_requested)

        self._sample_note = QLabel()
        self._sample_note.setWordWrap(True)
        # Greyed: a footnote, not an instruction.
        self._sample_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        workspace_row = QHBoxLayout()
        workspace_row.addWidget(self._workspace_path, 1)
        workspace_row.addWidget(self._open_button, 0, Qt.AlignmentFlag.AlignTop)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)

        column = QVBoxLayout()
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addSpacing(18)
        column.addWidget(self._workspace_heading)
        column.addLayout(workspace_row)
        column.addSpacing(12)
        column.addWidget(separator)
        column.addSpacing(12)
        column.addWidget(self._role_heading)
        column.addWidget(self._evaluator_button)
        column.addWidget(self._chair_button)
        column.addSpacing(12)
        column.addWidget(self._demo_button)
        column.addStretch(1)
        column.addWidget(self._sample_note)
        content = QWidget()
        content.setLayout(column)
        # A readable column in the middle of a wide window rather than lines across the whole screen.
        content.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addStretch(1)
        outer.addWidget(content, 4)
        outer.addStretch(1)
        self.retranslate()

    def set_workspace(self, workspace: Path | None) -> None:
        self._workspace = workspace
        self.retranslate()

    def set_last_role(self, role: Role | None) -> None:
        """Put the focus on the role chosen last time, so Enter repeats it."""
        if role is None:
            return
        button = self.role_button(role)
        button.setDefault(True)
        button.setFocus()

    def role_button(self, role: Role) -> QCommandLinkButton:
        return self._evaluator_button if role == Role.EVALUATOR else self._chair_button

    def demo_button(self) -> QCommandLinkButton:
        return self._demo_button

    def retranslate(self) -> None:
        self._title.setText(dialogs.program_title())
        self._subtitle.setText(
            self.tr("Written evaluation of smart city certification applicants, offline and signed.")
        )
        self._workspace_heading.setText(self.tr("Workspace"))
        if self._workspace is None:
            self._workspace_path.setText(self.tr("No workspace is open."))
        else:
            self._workspace_path.setText(str(self._workspace))
        self._open_button.setText(self.tr("&Open Workspace…"))
        self._role_heading.setText(self.tr("Choose your role"))
        self._evaluator_button.setText(self.tr("Evaluator"))
        self._evaluator_button.setDescription(
            self.tr("Score the applicants assigned to you and submit a signed score bundle.")
        )
        self._chair_button.setText(self.tr("Chair / Operating agency"))
        self._chair_button.setDescription(
            self.tr("Prepare the round, merge the evaluators' score bundles and publish the results.")
        )
        self._demo_button.setText(self.tr("Try the &Demo Round…"))
        self._demo_button.setDescription(self.tr(
            "A whole sample round on this computer: score as evaluator E01, or look at the chair's side. Every "
            "key of the demo has the passphrase demo."))
        self._sample_note.setText(
            self.tr(
                "The indicator framework included with this program is a sample, not the official "
                "indicator set."
            )
        )


class UnavailablePage(RetranslateMixin, QWidget):
    """Shown for a role whose screens this build does not include."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._back = QPushButton()
        self._back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._text)
        layout.addWidget(self._back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._text.setText(self.tr("The screens for this role are not part of this version of the program."))
        self._back.setText(self.tr("Back to the Start Page"))


class MainWindow(RetranslateMixin, QMainWindow):
    """The program's one main window. See the module docstring for what role screens can use."""

    role_chosen = Signal(str)
    workspace_changed = Signal(object)  # Path | None

    def __init__(
        self,
        translations: Translations,
        *,
        workspace: Path | None = None,
        demo: bool = False,
        screens: Mapping[Role, ScreenFactory] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self._translations = translations
        self._settings = settings
        self._preferences = Preferences(settings)
        self._workspace = workspace
        self._demo = demo
        self._screens: dict[Role, ScreenFactory] = dict(screens or {})
        self._role: Role | None = None
        self._role_widget: QWidget | None = None
        self._role_menu_actions: list[QAction] = []
        self._fitted_after_show = False
        self._title_context: str | None = None

        self._stack = QStackedWidget()
        self._start_page = StartPage()
        self._start_page.role_chosen.connect(lambda role: self.choose_role(Role(role)))
        self._start_page.open_workspace_requested.connect(self.open_workspace)
        self._start_page.demo_requested.connect(self.open_demo)
        self._start_page.set_workspace(workspace)
        self._unavailable_page = UnavailablePage()
        self._unavailable_page.back_requested.connect(self.show_start_page)
        self._stack.addWidget(self._start_page)
        self._stack.addWidget(self._unavailable_page)
        self.setCentralWidget(self._stack)

        self._save_state = SaveStateIndicator()
        self.statusBar().addPermanentWidget(self._save_state)

        self._build_menus()
        translations.language_changed.connect(self._check_language)
        self._check_language(translations.language())

        # The score form and the matrices like room; a stored geometry wins, and neither may be larger than
        # the screen the window opens on (a 1366×768 laptop at 125 % has 1093×614 to give).
        self.resize(DEFAULT_SIZE)
        restored = restore_geometry(self, MAIN_WINDOW_KEY, settings)
        self._fit_to_screen(maximize_if_small=not restored)
        # The open workspace's own role is the better guess than the one chosen last time.
        last_role = self._preferences.last_role
        guessed = workspace_role(workspace) if workspace is not None else None
        self._start_page.set_last_role(guessed or (Role(last_role) if last_role else None))
        self.retranslate()

    # --- menus ----------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.view_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.help_menu = QMenu(self)
        for menu in (self.file_menu, self.view_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

        self._open_action = QAction(self)
        self._open_action.setShortcut(QKeySequence.StandardKey.Open)
        self._open_action.triggered.connect(self.open_workspace)
        self._quit_action = QAction(self)
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # close(), not QApplication.quit(): the window must get its closeEvent to save and to wait.
        self._quit_action.triggered.connect(self.close)
        self._restore_action = QAction(self)
        self._restore_action.triggered.connect(self.restore_from_backup)
        self.file_menu.addAction(self._open_action)
        self.file_menu.addAction(self._restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._quit_action)

        self._start_action = QAction(self)
        self._start_action.triggered.connect(self.show_start_page)
        self._status_bar_action = QAction(self)
        self._status_bar_action.setCheckable(True)
        self._status_bar_action.setChecked(True)
        self._status_bar_action.toggled.connect(self.statusBar().setVisible)
        self._full_screen_action = QAction(self)
        self._full_screen_action.setCheckable(True)
        self._full_screen_action.setShortcut(QKeySequence.StandardKey.FullScreen)
        self._full_screen_action.toggled.connect(self._set_full_screen)
        self.view_menu.addAction(self._start_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self._status_bar_action)
        self.view_menu.addAction(self._full_screen_action)

        group = QActionGroup(self)
        group.setExclusive(True)
        self._language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self)
            action.setCheckable(True)
            action.setData(language)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self._language_actions[language] = action

        self._about_action = QAction(self)
        self._about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._about_action.triggered.connect(self.show_about)
        self._about_qt_action = QAction(self)
        self._about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self._about_qt_action.triggered.connect(QApplication.aboutQt)
        self.help_menu.addAction(self._about_action)
        self.help_menu.addAction(self._about_qt_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self._open_action.setText(self.tr("&Open Workspace…"))
        self._open_action.setStatusTip(self.tr("Open the folder of an evaluator or program workspace"))
        self._restore_action.setText(self.tr("Restore from &Backup…"))
        self._restore_action.setStatusTip(self.tr("Put back the open workspace as one of its backups was"))
        self._quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self._start_action.setText(self.tr("&Start Page"))
        self._status_bar_action.setText(self.tr("Status &Bar"))
        self._full_screen_action.setText(self.tr("&Full Screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._about_action.setText(self.tr("&About Smart City Certification"))
        self._about_qt_action.setText(self.tr("About &Qt"))
        self._update_title()

    def set_title_context(self, context: str | None) -> None:
        """What the role's screens show, for the title: the certification program, the evaluator.

        Never a folder's name: "program" or "E01" says nothing to a person with two windows open.
        """
        self._title_context = context or None
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(window_title(dialogs.program_title(), self._title_context,
                                         self._demo or self._showing_demo(),
                                         self.tr("%1 — %2"), self.tr("%1 (demo)")))

    def _showing_demo(self) -> bool:
        """Whether the open workspace is part of the demo round (opened from the start page, say)."""
        if self._workspace is None or self._role is None:
            return False
        try:
            return self._workspace.resolve().is_relative_to(paths.demo_dir().resolve())
        except OSError:
            return False

    def _fit_to_screen(self, *, maximize_if_small: bool = False) -> None:
        """Keep the window inside its screen's free area; on a screen too small for the default size, and
        with nothing stored, open maximized (the laptop case)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        frame = self._frame_margins()
        fitted = fit_geometry(available, self.geometry(), frame)
        if fitted != self.geometry():
            self.setGeometry(fitted)
        too_small = (available.width() - frame.left() - frame.right() < DEFAULT_SIZE.width()
                     or available.height() - frame.top() - frame.bottom() < DEFAULT_SIZE.height())
        if maximize_if_small and too_small:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _frame_margins(self) -> QMargins:
        """The window manager's frame once shown (geometry and frame geometry then differ), else a guess."""
        outer, inner = self.frameGeometry(), self.geometry()
        if self.isVisible() and outer != inner:
            return QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                            outer.right() - inner.right(), outer.bottom() - inner.bottom())
        return FRAME_ESTIMATE

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_after_show:
            # The real frame is known now; a window restored across screens is fitted again.
            self._fitted_after_show = True
            self._fit_to_screen()

    def _check_language(self, language: str | None) -> None:
        for code, action in self._language_actions.items():
            action.setChecked(code == language)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def changeEvent(self, event: QEvent) -> None:
        # Leaving full screen by the window manager (not the menu) must uncheck the menu entry.
        if event.type() == QEvent.Type.WindowStateChange:
            self._full_screen_action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    # --- language -----------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the language now and remember it for the next start."""
        self._translations.switch(language)
        self._preferences.language = language

    # --- workspace ----------------------------------------------------------------------------------

    def workspace(self) -> Path | None:
        """The open workspace folder, or None."""
        return self._workspace

    def is_demo(self) -> bool:
        """True when started with ``--demo``."""
        return self._demo

    def set_workspace(self, workspace: Path | None) -> None:
        """Make ``workspace`` the open one, remember it, and tell the role screens (``workspace_changed``)."""
        self._workspace = workspace
        self._start_page.set_workspace(workspace)
        self._save_state.clear_state()
        if workspace is not None:
            self._preferences.last_workspace = workspace
            self._start_page.set_last_role(workspace_role(workspace))
        self._update_title()
        self.workspace_changed.emit(workspace)

    def open_demo(self) -> None:
        """The start page's way in: the demo round's evaluator E01, the round made first when it is missing."""
        folder = paths.demo_evaluator_dir(paths.demo_dir())
        if (folder / WORKSPACE_DATABASES[Role.EVALUATOR]).is_file():
            self._open_demo_evaluator(folder)
            return

        def made(_lines: object) -> None:
            self._open_demo_evaluator(folder)

        def make_demo(_progress: object, _cancelled: object) -> list[Text]:
            from ..services.demo import create_demo

            return create_demo()

        run_with_progress(self, make_demo, label=self.tr(
            "Making the demo round: a program, twelve applicants and nine evaluators…"), cancellable=False,
            on_success=made)

    def _open_demo_evaluator(self, folder: Path) -> None:
        self.set_workspace(folder)
        if Role.EVALUATOR in self._screens:
            self.choose_role(Role.EVALUATOR)
        self.statusBar().showMessage(self.tr("The demo round: every key's passphrase is demo."), 15000)

    def restore_from_backup(self) -> None:
        """File ▸ Restore from Backup: the role screen restores what it has open."""
        widget = self._role_widget
        restore = getattr(widget, "restore_from_backup", None)
        if widget is None or not callable(restore) or getattr(widget, "handle", lambda: None)() is None:
            dialogs.show_info(self, self.tr("Restore from Backup"),
                              self.tr("Open a workspace first: its backups are in its folder."))
            return
        restore()

    def open_workspace(self) -> None:
        """Ask for a workspace folder and open it."""
        start = self._workspace or self._preferences.last_folder("workspace") or Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open Workspace"), str(start))
        if not chosen:
            return
        folder = Path(chosen)
        self._preferences.set_last_folder("workspace", folder.parent)
        self.set_workspace(folder)

    # --- pages and roles ----------------------------------------------------------------------------

    def open_role_of_workspace(self) -> bool:
        """Go straight to the screens of the open workspace's role, when it has one and they exist."""
        role = workspace_role(self._workspace) if self._workspace is not None else None
        if role is None or role not in self._screens:
            return False
        if self._role is role and self._role_widget is not None:
            # Already showing them (``--demo`` opens the evaluator's screens before the window is shown):
            # making them again would open, check and back up the workspace a second time.
            return True
        self.choose_role(role)
        return self._role is role

    def role(self) -> Role | None:
        """The role whose screens are shown, or None on the start page."""
        return self._role

    def start_page(self) -> StartPage:
        return self._start_page

    def choose_role(self, role: Role) -> None:
        """Show ``role``'s screens (made by its factory), or a note when this build has none."""
        self._preferences.last_role = role.value
        factory = self._screens.get(role)
        if factory is None:
            if not self._leave_role_widget():
                return
            self._role = role
            self._stack.setCurrentWidget(self._unavailable_page)
            self.role_chosen.emit(role.value)
            return
        try:
            widget = factory(self)
        except SmartcertError as exc:
            # E.g. the open workspace belongs to the other role; the start page stays.
            dialogs.show_error(self, exc)
            return
        self._role = role
        self.set_role_widget(widget)
        self._update_title()
        self.role_chosen.emit(role.value)

    def set_role_widget(self, widget: QWidget) -> None:
        """Show ``widget`` as the current role's screens, replacing (and deleting) the previous one."""
        if widget is self._role_widget:
            self._stack.setCurrentWidget(widget)
            return
        if not self._leave_role_widget():
            widget.deleteLater()
            return
        self._role_widget = widget
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        self._install_role_menus(widget)
        # The role's first page takes the keyboard (the applicant list, say), not the window's menu bar.
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def role_widget(self) -> QWidget | None:
        return self._role_widget

    def show_start_page(self) -> None:
        """Back to the choice of role; the current role's screens are closed."""
        if not self._leave_role_widget():
            return
        self._role = None
        self._stack.setCurrentWidget(self._start_page)

    def current_page(self) -> QWidget | None:
        """The page shown in the central stack: the start page, a role's screens or the note."""
        return self._stack.currentWidget()

    def _leave_role_widget(self) -> bool:
        """Ask the current role widget whether it may go, then remove it; False if it refused."""
        widget = self._role_widget
        if widget is None:
            return True
        can_close = getattr(widget, "can_close", None)
        if callable(can_close) and not can_close():
            return False
        self._remove_role_menus()
        self._stack.removeWidget(widget)
        self._role_widget = None
        widget.deleteLater()
        self._title_context = None
        self._update_title()
        return True

    def _install_role_menus(self, widget: QWidget) -> None:
        menus_of = getattr(widget, "menus", None)
        menus: Sequence[QMenu] = menus_of() if callable(menus_of) else ()
        before = self.language_menu.menuAction()
        for menu in menus:
            self.menuBar().insertMenu(before, menu)
            self._role_menu_actions.append(menu.menuAction())

    def _remove_role_menus(self) -> None:
        for action in self._role_menu_actions:
            self.menuBar().removeAction(action)
        self._role_menu_actions.clear()

    # --- status -------------------------------------------------------------------------------------

    def show_saved(self, when: datetime | None = None) -> None:
        """Call after every durable commit: the status bar then says all changes are saved (at ``when``)."""
        self._save_state.show_saved(when)

    def show_saving(self) -> None:
        """Call before a commit that may take a moment."""
        self._save_state.show_saving()

    def save_state_indicator(self) -> SaveStateIndicator:
        return self._save_state

    # --- help ---------------------------------------------------------------------------------------

    def about_text(self) -> str:
        """The About box's rich text: version, and that the bundled framework is only a sample."""
        parts = [
            f"<h3>{html.escape(dialogs.program_title())}</h3>",
            "<p>" + html.escape(fill(self.tr("Version %1"), __version__)) + "</p>",
            "<p>"
            + html.escape(
                self.tr(
                    "Offline written evaluation for smart city certification (스마트도시 인증): evaluators "
                    "score on their own computers and submit signed score bundles; the operating agency "
                    "merges them and computes the grades."
                )
            )
            + "</p>",
            "<p><b>"
            + html.escape(self.tr("Sample framework."))
            + "</b> "
            + html.escape(
                self.tr(
                    "The indicator framework included with this program is a sample that matches the "
                    "published counts (3 domains, 10 items, 63 indicators, 2,000 points); it is not the "
                    "official indicator set. Grade thresholds other than the 70% certification line are "
                    "assumptions too. The operating agency replaces both with its official framework "
                    "workbook."
                )
            )
            + "</p>",
        ]
        return "".join(parts)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Smart City Certification"), self.about_text())

    # --- closing ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        widget = self._role_widget
        can_close = getattr(widget, "can_close", None)
        if callable(can_close) and not can_close():
            event.ignore()
            return
        jobs = running_jobs(self)
        if jobs:
            question = self.tr("%n task(s) still running. Stop and close?", "", len(jobs))
            detail = self.tr("What has been saved so far is kept.")
            if not dialogs.confirm(self, None, question, detail):
                event.ignore()
                return
            for job in jobs:
                job.cancel()
            # Wait for the tasks to reach a clean stop, so that no transaction is cut off by the exit.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                while running_jobs(self):
                    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
            finally:
                QApplication.restoreOverrideCursor()
        if self.isFullScreen():
            self.showNormal()  # remember the normal geometry, not the whole screen
        save_geometry(self, MAIN_WINDOW_KEY, self._settings)
        self._preferences.sync()
        event.accept()
