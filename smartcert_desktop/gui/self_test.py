"""``smartcert-desktop --self-test [--lang ko|en]``: proves that this installation works, then exits.

It is what an installer, a support person or CI runs on a copy of the program (installed from the wheel, or the
one-folder build) to see that everything the desktop program needs is there: Qt and its platform plugin, the
fonts, the compiled translations, the store and its migrations, the keys, the sample framework. On a temporary
demo round (``services.demo.create_demo`` in a temporary folder, never the user's demo) it

1. opens the main window and the evaluator's screens on E01, as ``--demo`` does;
2. opens an applicant's score form;
3. scores one qualitative indicator with a key press on the form (a Qt key event, the path a person's key
   takes) and reads the level back from the workspace's database;
4. checks that the window speaks the language asked for: Korean from the ``.qm`` catalogue with ``ko``
   (the default), the English source strings with ``en``;
5. closes the window and removes the temporary folder.

Each step prints one ``self-test:`` line; a failure prints what failed and the exit code is 1, success 0. It
works offscreen (``QT_QPA_PLATFORM=offscreen``), uses no network, leaves no dialog open (one that appears is
a failure and is closed), writes only to a temporary folder (settings included), and takes a few seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__, paths

HANGUL = re.compile("[\uac00-\ud7a3]")
# The temporary demo's keys are thrown away with it: the lowest key cost the key files accept keeps the
# self-test quick (the demo makes ten key files) without changing what is checked.
SELF_TEST_SCRYPT_N = 2**10
WAIT_S = 10.0


class SelfTestFailure(Exception):
    """A check that did not hold; its text says what."""


def _stream() -> TextIO | None:
    # [Windows] a windowed program has no console: sys.stdout is None there, and only the exit code tells.
    return sys.stdout if sys.stdout is not None else sys.stderr


def _say(text: str) -> None:
    stream = _stream()
    if stream is not None:
        print(f"self-test: {text}", file=stream, flush=True)


def _wait_until(app: QApplication, condition: Callable[[], bool], what: str, timeout_s: float | None = None) -> None:
    timeout_s = WAIT_S if timeout_s is None else timeout_s
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"{what}: not within {timeout_s:g} s")
        app.processEvents()
        time.sleep(0.01)


class DialogWatch:
    """Every modal dialog that shows up during the self-test is a failure: noted, then closed."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None:
            return
        text = getattr(widget, "text", None)
        detail = text() if callable(text) else ""
        self.seen.append(f"{type(widget).__name__} {widget.windowTitle()!r} {detail!r}".strip())
        widget.close()

    def stop(self) -> None:
        self._timer.stop()
        self._check()


def _menu_titles(window: QWidget) -> list[str]:
    bar = window.menuBar()  # type: ignore[attr-defined]
    return [action.text() for action in bar.actions() if action.text()]


def _check_language(window: QWidget, language: str, translations_dir: Path, found: bool) -> str:
    titles = _menu_titles(window)
    if language == "ko":
        if not found:
            raise SelfTestFailure(f"no smartcert_ko.qm in {translations_dir}: the window is not in Korean")
        file_menu = QCoreApplication.translate("MainWindow", "&File")
        if file_menu == "&File" or not HANGUL.search(file_menu):
            raise SelfTestFailure(f"the Korean catalogue in {translations_dir} has no translation of '&File'")
        untranslated = [title for title in titles if not HANGUL.search(title)]
        if file_menu not in titles or untranslated:
            raise SelfTestFailure(f"menus not in Korean: {titles}")
        return f"Korean from {translations_dir}: menus {', '.join(titles)}"
    korean = [title for title in titles if HANGUL.search(title)]
    if korean:
        raise SelfTestFailure(f"menus not in English: {titles}")
    return f"English: menus {', '.join(titles)}"


def _score_by_key(app: QApplication, screen: QWidget) -> str:
    """Open the first applicant, set a level on a qualitative indicator by key, read it back from the store."""
    from ..services import evaluator as ev_svc
    from .evaluator.screen import EvaluatorScreen

    if not isinstance(screen, EvaluatorScreen):
        raise SelfTestFailure(f"the evaluator's screens did not open (got {type(screen).__name__})")
    handle, session, context = screen.handle(), screen.session(), screen.context()
    if handle is None or session is None or context is None:
        raise SelfTestFailure("the demo's evaluator workspace did not open")
    if context.evaluator_id != paths.DEMO_READY_EVALUATOR:
        raise SelfTestFailure(f"opened evaluator {context.evaluator_id}, not {paths.DEMO_READY_EVALUATOR}")
    codes = screen.list_page.visible_codes()
    if not codes:
        raise SelfTestFailure("the applicant list is empty")

    def stored_sheets() -> dict[str, object]:
        with handle.factory() as s:  # a fresh read of the database, not the screen's copy
            return dict(ev_svc.my_sheets(s, session.program_id, session.evaluator_id))

    sheets = stored_sheets()
    code = next((c for c in codes if not getattr(sheets.get(c), "recused", False)), None)
    if code is None:
        raise SelfTestFailure("every assigned applicant is recused")
    framework = session.framework
    indicator = framework.qualitative[0].code
    screen.open_applicant(code, indicator)
    form_page = screen.form_page
    form = form_page.form()
    if form is None or form.code != code or not form_page.isVisible():
        raise SelfTestFailure(f"the score form of {code} did not open")
    before = sheets[code].entry(indicator).level if code in sheets else ""  # type: ignore[attr-defined]
    # The digits the form gives the levels (counting up from the worst); take a level that needs no comment
    # and differs from the stored one.
    from .evaluator.common import level_keys

    choices = [(digit, code) for digit, code in level_keys(framework)
               if code not in framework.comment_required_levels and code != before]
    if not choices:
        raise SelfTestFailure("the framework's Scale has no level that needs no comment")
    number, expected = choices[0]
    form_page.select_indicator(indicator)
    tree = form_page.tree()
    if form_page.current_indicator() != indicator:
        raise SelfTestFailure(f"indicator {indicator} could not be selected on the form")
    QTest.keyClick(tree, getattr(Qt.Key, f"Key_{number}"))

    def level_now() -> str | None:
        sheet = stored_sheets().get(code)
        return sheet.entry(indicator).level if sheet is not None else None  # type: ignore[attr-defined]

    _wait_until(app, lambda: level_now() == expected,
                f"key {number} on {code} {indicator}: level {expected} stored (found {level_now()!r})")
    return f"key {number} on {code} {indicator}: level {expected} stored (was {before or 'empty'})"


def _run(language: str, qt_args: Sequence[str], folder: Path) -> None:
    from ..services.demo import create_demo
    from ..services.keys import key_cost
    from . import app as app_module
    from .main_window import Role

    started = time.monotonic()
    catalogue = paths.translations_dir() / f"smartcert_{language}.qm"
    if language == "ko" and not catalogue.is_file():
        raise SelfTestFailure(f"{catalogue}: missing, so the program cannot show Korean")
    demo_root = folder / "demo"
    with key_cost(SELF_TEST_SCRYPT_N):
        create_demo(demo_root, fresh=True)
    _say(f"demo round created in {demo_root} ({time.monotonic() - started:.1f} s)")

    qt = app_module.create_application(qt_args)
    app_module.load_bundled_fonts()
    already = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}  # none, outside a test run
    watch = DialogWatch()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    args = argparse.Namespace(workspace=paths.demo_evaluator_dir(demo_root), demo=True, lang=language)
    window, translations, problems = app_module.make_main_window(qt, args, settings=settings)
    try:
        if problems:
            raise SelfTestFailure("; ".join(problems))
        window.show()
        _wait_until(qt, lambda: window.windowHandle() is not None and window.windowHandle().isExposed(),
                    "the main window is shown")
        app_module.open_named_workspace(window, args)
        if window.role() is not Role.EVALUATOR:
            raise SelfTestFailure("the evaluator's screens did not open on the demo's E01")
        _say(f"main window and the evaluator's screens open on {paths.DEMO_READY_EVALUATOR} "
             f"(platform {QApplication.platformName()})")
        screen = window.role_widget()
        assert screen is not None
        _say(_score_by_key(qt, screen))
        _say(_check_language(window, language, paths.translations_dir(), catalogue.is_file()))
        if not window.close():
            raise SelfTestFailure("the main window refused to close")
        qt.processEvents()
        watch.stop()
        if watch.seen:
            raise SelfTestFailure("a dialog appeared: " + "; ".join(watch.seen))
        left = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in already]
        if left:
            raise SelfTestFailure(f"windows left open: {[w.windowTitle() for w in left]}")
        _say("closed")
    finally:
        watch.stop()
        window.close()
        window.deleteLater()
        translations.uninstall()
        qt.processEvents()


def run_self_test(language: str, qt_args: Sequence[str] = ()) -> int:
    """Run the checks (see the module docstring); 0 when all hold, 1 otherwise."""
    if language not in ("ko", "en"):
        _say(f"FAILED: unknown language {language!r}")
        return 1
    started = time.monotonic()
    _say(f"smartcert-desktop {__version__}, Python {sys.version.split()[0]}, language {language}"
         + (" (frozen)" if getattr(sys, "frozen", False) else ""))
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        # No screen (a server, a terminal over ssh): the check runs offscreen rather than not at all.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _say("no display: running offscreen")
    folder = Path(tempfile.mkdtemp(prefix="smartcert-self-test-"))
    # Settings of this run only: the user's own (language, last workspace, window sizes) stay untouched.
    previous = os.environ.get("SMARTCERT_SETTINGS_FILE")
    os.environ["SMARTCERT_SETTINGS_FILE"] = str(folder / "settings.ini")
    try:
        _run(language, qt_args, folder)
    except SelfTestFailure as exc:
        _say(f"FAILED: {exc}")
        return 1
    except Exception as exc:  # anything else is a broken installation too: say what, with where
        _say(f"FAILED: {type(exc).__name__}: {exc}")
        stream = _stream()
        if stream is not None:
            traceback.print_exc(file=stream)
        return 1
    finally:
        if previous is None:
            os.environ.pop("SMARTCERT_SETTINGS_FILE", None)
        else:
            os.environ["SMARTCERT_SETTINGS_FILE"] = previous
        shutil.rmtree(folder, ignore_errors=True)
    _say(f"OK ({time.monotonic() - started:.1f} s)")
    return 0
