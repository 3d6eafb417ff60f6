"""``smartcert-desktop [--workspace DIR] [--demo] [--lang ko|en] [--self-test]``: starts the desktop program.

The role screens are plugged in by :func:`default_screens`; everything else about the window lives in
:mod:`.main_window`. ``--self-test`` runs :mod:`.self_test` instead of the program.

Start-up order, so that the program answers at once: the options are parsed first; the first window (the start
page) is shown before anything heavy is loaded, and the role screens, which bring the store (SQLAlchemy,
Alembic), the workbooks and the cryptography, are imported only when a role is opened — for a workspace named
on the command line right after the first window has been painted.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__, paths
from ..errors import Problem, SmartcertError
from . import dialogs
from .i18n import Translations, choose_language, fill
from .main_window import MainWindow, Role, ScreenFactory
from .settings import APPLICATION, LANGUAGES, ORGANIZATION, Preferences

log = logging.getLogger(__name__)

LOG_FILE_NAME = "smartcert-desktop.log"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartcert-desktop",
        description="Smart city certification (스마트도시 인증): the desktop program",
    )
    parser.add_argument("--version", action="version", version=f"smartcert-desktop {__version__}")
    parser.add_argument("--workspace", metavar="DIR", type=Path, help="open this workspace folder")
    parser.add_argument("--demo", action="store_true", help="open the demo program (see 'smartcert demo')")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language of this run")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation on a temporary demo (works offscreen) and exit: 0 when it works",
    )
    return parser


def demo_workspace() -> Path:
    """The demo's evaluator workspace that is ready to score (E01 of ``smartcert demo`` without a folder)."""
    return paths.demo_evaluator_dir(paths.demo_dir())


def _evaluator_screen(window: MainWindow) -> QWidget:
    from .evaluator import make_evaluator_screen  # the store, the workbooks, the keys: on first use

    return make_evaluator_screen(window)


def _chair_screen(window: MainWindow) -> QWidget:
    from .chair import make_chair_screen  # as above, and the results and the PDFs

    return make_chair_screen(window)


def default_screens() -> dict[Role, ScreenFactory]:
    """The role screens of this build: each role's factory makes its widget for the main window.

    A role without an entry gets a page saying its screens are not in this version. The factories import
    their screens when first called, so that the first window does not wait for them.
    """
    # The chair's factory opens the program workspace, or the demo's program with --demo.
    screens: dict[Role, ScreenFactory] = {Role.EVALUATOR: _evaluator_screen, Role.CHAIR: _chair_screen}
    return screens


def configure_logging() -> Path | None:
    """Log to a rotating file in the user data folder (and warnings to stderr); returns the file."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    try:
        folder = paths.user_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        # A read-only or full disk must not keep the program from starting.
        log.warning("cannot write the log file: %s", exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file


def load_bundled_fonts() -> None:
    """Register the fonts in ``resources/fonts``, so that Hangul shows where no Korean font is installed."""
    folder = paths.resource_path("fonts")
    if not folder.is_dir():
        return
    for font in sorted(folder.glob("*.tt[fc]")) + sorted(folder.glob("*.otf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("could not load the font %s", font)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ExceptionReporter:
    """``sys.excepthook`` for the running program: nothing fails silently, and nothing crashes the window.

    PySide6 hands an exception escaping a slot to ``sys.excepthook`` and carries on. A user's error
    (:class:`SmartcertError`) is shown as its plain lines; anything else is logged with its traceback and
    shown as a defect, saying that what was saved is kept (every edit is committed as it is made).
    """

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._showing = False
        self._previous: ExceptHook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        if self._showing or QApplication.instance() is None:
            # A second error while the first box is open (e.g. from a repaint) is only logged: a cascade
            # of modal boxes would bury the first, useful one.
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
            return
        self._showing = True
        try:
            dialogs.report_error(self._parent(), exc)
        except Exception:
            log.exception("could not show the error")
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            self._showing = False


def create_application(qt_args: Sequence[str]) -> QApplication:
    """The application object (or the existing one), named so that ``QSettings`` and file paths agree."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APPLICATION)
    icon = paths.resource_path("icons", "smartcert.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def resolve_workspace(args: argparse.Namespace, preferences: Preferences) -> tuple[Path | None, list[str]]:
    """The workspace to open: ``--workspace``, else the demo's with ``--demo``, else the last one used.

    Returns it with the problems to tell the user; a folder that does not exist is not opened.
    """
    workspace: Path | None = args.workspace
    if workspace is None and args.demo:
        workspace = demo_workspace()
    if workspace is None:
        last = preferences.last_workspace
        return (last if last is not None and last.is_dir() else None), []
    if workspace.is_dir():
        return workspace.resolve(), []
    problems = [
        fill(QCoreApplication.translate("App", "The workspace folder %1 does not exist."), str(workspace))
    ]
    if args.demo:
        problems.append(
            QCoreApplication.translate("App", "Create the demo program first with: smartcert demo")
        )
    return None, problems


def make_main_window(
    app: QApplication,
    args: argparse.Namespace,
    *,
    settings: QSettings | None = None,
    screens: dict[Role, ScreenFactory] | None = None,
) -> tuple[MainWindow, Translations, list[str]]:
    """Pick the language, install the translators and make the main window on its start page (not shown).

    Nothing heavy is loaded: the role screens come with :func:`open_named_workspace`. Returns the window, the
    translations it switches, and the problems found on the command line, to be shown once the window is up.
    """
    preferences = Preferences(settings)
    translations = Translations(app, parent=app)
    language = choose_language(args.lang, preferences.language, QLocale.system().name())
    translations.switch(language)
    # No application display name: Qt would append it to every window title that does not end with it,
    # and a certification program called "스마트도시 인증 …" would then show the name twice. The main window
    # composes its own title (main_window.window_title).
    workspace, problems = resolve_workspace(args, preferences)
    window = MainWindow(
        translations,
        workspace=workspace,
        demo=args.demo,
        screens=default_screens() if screens is None else screens,
        settings=settings,
    )
    return window, translations, problems


def open_named_workspace(window: MainWindow, args: argparse.Namespace) -> None:
    """The screens of the workspace named on the command line: the user wants them, not the role question."""
    if args.demo and window.workspace() is not None:
        # The demo's ready-to-score evaluator workspace: straight into the evaluator's screens.
        window.choose_role(Role.EVALUATOR)
    elif args.workspace is not None and window.workspace() is not None:
        window.open_role_of_workspace()


def build_main_window(
    app: QApplication,
    args: argparse.Namespace,
    *,
    settings: QSettings | None = None,
    screens: dict[Role, ScreenFactory] | None = None,
) -> tuple[MainWindow, Translations, list[str]]:
    """:func:`make_main_window`, then the screens of a workspace named on the command line (not yet shown)."""
    window, translations, problems = make_main_window(app, args, settings=settings, screens=screens)
    if not problems:
        open_named_workspace(window, args)
    return window, translations, problems


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after ``window`` has been exposed (painted) the first time.

    A timer is the fallback for a platform that never reports the exposure.
    """

    FALLBACK_MS = 1000

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        handle = window.windowHandle()
        if handle is not None and not handle.isExposed():
            handle.installEventFilter(self)
            QTimer.singleShot(self.FALLBACK_MS, self._fire)
        else:
            QTimer.singleShot(0, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._then is not None:
            watched.removeEventFilter(self)
            # After the expose is handled the frame is on screen; the heavy part starts after that.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def _open_after_first_paint(window: MainWindow, args: argparse.Namespace) -> None:
    note = QCoreApplication.translate("App", "Opening the workspace…")
    bar = window.statusBar()
    bar.showMessage(note)
    bar.repaint()  # now: the screens load in this same turn of the event loop
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        open_named_workspace(window, args)
    finally:
        QApplication.restoreOverrideCursor()
        if bar.currentMessage() == note:
            bar.clearMessage()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop program; returns the exit code (2 for a wrong option, as argparse does)."""
    args, qt_args = build_parser().parse_known_args(argv)
    if args.self_test:
        from .self_test import run_self_test

        return run_self_test(args.lang or "ko", qt_args)
    log_file = configure_logging()
    log.info("smartcert-desktop %s starting (log: %s)", __version__, log_file)
    app = create_application(qt_args)
    load_bundled_fonts()
    window, _translations, problems = make_main_window(app, args)
    reporter = ExceptionReporter(lambda: window)
    reporter.install()
    try:
        window.show()
        if problems:
            dialogs.show_error(window, SmartcertError([Problem(text) for text in problems]))
        elif args.workspace is not None or args.demo:
            # Named on the command line: its screens open once the first window is on the screen.
            _FirstPaint(window, lambda: _open_after_first_paint(window, args))
        return app.exec()
    finally:
        reporter.uninstall()


if __name__ == "__main__":
    raise SystemExit(main())
