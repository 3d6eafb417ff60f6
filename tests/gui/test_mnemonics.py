"""Alt+letter never means two things: every window and menu of both roles, in Korean and in English.

A window's mnemonics are its menu bar's titles and those of every control shown in it (buttons, labels of
fields, group boxes, tabs): Alt+V must open 보기 and nothing else, however the evaluator got to the page.
Each menu's entries differ among themselves; and a command that appears as a menu entry and as a button
(평가표 내보내기, 검토 및 제출) has the same letter in both places.

The walk opens every page a person meets (the start page, the evaluator's welcome, identity, list, form on a
qualitative, a quantitative and a recused indicator, review; the chair's welcome and each tab) and every
dialog of both roles, so that a control added to any of them is checked without touching this test.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.errors import Problem
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.chair import ChairScreen, make_chair_screen
from smartcert_desktop.gui.chair.assign_dialog import AssignDialog
from smartcert_desktop.gui.chair.correction_dialog import ACCEPT, DISMISS, CorrectionDialog
from smartcert_desktop.gui.chair.enrol_dialog import ConflictsDialog, EnrolDialog
from smartcert_desktop.gui.chair.new_program_dialog import NewProgramDialog
from smartcert_desktop.gui.evaluator.evaluator_dialogs import (
    NewIdentityDialog,
    PackageReviewDialog,
    ProblemsDialog,
    RecusalDialog,
    SheetImportDialog,
    SubmittedDialog,
)
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen, make_evaluator_screen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.gui.workspace_access import RestoreDialog
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import sheets as sheets_svc
from smartcert_desktop.services.chair_views import peek_enrollment
from smartcert_desktop.services.demo import create_demo, demo_evaluator_dir
from smartcert_desktop.services.scoring import apply_edit
from smartcert_desktop.store.backup import list_backups

PASSPHRASE = "demo"


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("평가표 내보내기(&X)…" → "X"); "&&" is a plain ampersand."""
    position = 0
    while position < len(text) - 1:
        if text[position] == "&":
            if text[position + 1] == "&":
                position += 2
                continue
            return text[position + 1].upper()
        position += 1
    return None


def command(text: str) -> str:
    """A command's words without its mnemonic and ellipsis, to match a menu entry with its button."""
    text = re.sub(r"\(&.\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("…", "").replace("...", "").strip()


@dataclass(frozen=True)
class Mark:
    letter: str
    text: str
    where: str


def shown_controls(root: QWidget) -> Iterator[tuple[str, str]]:
    """(text, kind) of every control shown in ``root`` that can carry a mnemonic."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton):
            yield widget.text(), type(widget).__name__
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), "label"
        elif isinstance(widget, QGroupBox):
            yield widget.title(), "group"
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget.tabText(index), "tab"


def window_marks(window: QWidget, where: str) -> list[Mark]:
    marks = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                marks.append(Mark(letter, action.text(), f"{where}: menu bar"))
    for text, kind in shown_controls(window):
        if letter := mnemonic(text):
            marks.append(Mark(letter, text, f"{where}: {kind}"))
    return marks


def clashes(marks: list[Mark]) -> list[str]:
    by_letter: dict[str, list[Mark]] = {}
    for mark in marks:
        by_letter.setdefault(mark.letter, []).append(mark)
    return [f"Alt+{letter}: " + " | ".join(f"{m.text!r} ({m.where})" for m in found)
            for letter, found in sorted(by_letter.items()) if len(found) > 1]


def menu_problems(window: QMainWindow, where: str) -> list[str]:
    """Entries of one menu sharing a letter, and entries without one."""
    problems = []

    def walk(menu: QMenu, title: str) -> None:
        marks = []
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{title} ▸ {action.text()}")
            letter = mnemonic(action.text())
            if letter is None and not action.isSeparator():
                # The language names are shown in their own script and chosen by their position.
                if action.data() not in ("ko", "en"):
                    problems.append(f"{where}: {title} ▸ {action.text()!r} has no letter")
                continue
            if letter is not None:
                marks.append(Mark(letter, action.text(), f"{where}: {title}"))
        problems.extend(clashes(marks))

    for action in window.menuBar().actions():
        if action.isVisible() and action.menu() is not None:
            walk(action.menu(), action.text())
    return problems


def command_letters(window: QMainWindow, where: str) -> list[str]:
    """A command shown as a menu entry and as a button has the same letter in both."""
    entries: dict[str, str] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is None:
            continue
        for entry in menu.actions():
            if not entry.isSeparator() and (letter := mnemonic(entry.text())):
                entries[command(entry.text())] = letter
    problems = []
    for text, _kind in shown_controls(window):
        letter = mnemonic(text)
        words = command(text)
        if words in entries and letter != entries[words]:
            problems.append(f"{where}: {words!r} is Alt+{letter} on the button but {entries[words]} in the menu")
    return problems


def check_window(window: QMainWindow, where: str) -> list[str]:
    QApplication.processEvents()
    return [*clashes(window_marks(window, where)), *menu_problems(window, where), *command_letters(window, where)]


def check_dialog(dialog: QDialog, where: str) -> list[str]:
    return clashes(window_marks(dialog, where))


# --- the round ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_round(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mnemonics")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
        patch.setenv("SMARTCERT_PASSPHRASE", PASSPHRASE)
        create_demo(root / "round")
    return root / "round"


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("SMARTCERT_EVALUATOR_OPEN", raising=False)
    for name in ("show_error", "show_info", "report_error"):
        monkeypatch.setattr(dialogs, name, lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)


def make_window(qtbot: QtBot, translations: Translations, workspace: Path | None) -> MainWindow:
    window = MainWindow(translations, workspace=workspace,
                        screens={Role.EVALUATOR: make_evaluator_screen, Role.CHAIR: make_chair_screen})
    qtbot.addWidget(window)
    window.show()
    return window


def dialog_checks(make: Callable[[], QDialog], qtbot: QtBot, where: str) -> list[str]:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    try:
        return check_dialog(dialog, where)
    finally:
        dialog.close()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_no_mnemonic_clash_in_the_evaluators_windows_and_menus(
    qtbot: QtBot, translations: Translations, demo_round: Path, tmp_path: Path, language: str,
) -> None:
    translations.switch(language)
    workspace = tmp_path / "E01"
    shutil.copytree(demo_evaluator_dir(demo_round), workspace)
    problems: list[str] = []

    window = make_window(qtbot, translations, None)
    problems += check_window(window, "start page")
    window.choose_role(Role.EVALUATOR)
    problems += check_window(window, "evaluator welcome")
    fresh = ev_svc.init_evaluator(tmp_path / "new", "E77", "새 위원", PASSPHRASE)
    window.set_workspace(fresh.path)
    problems += check_window(window, "evaluator identity")

    window.set_workspace(workspace)
    screen = window.role_widget()
    assert isinstance(screen, EvaluatorScreen)
    assert screen._stack.currentWidget() is screen.list_page
    problems += check_window(window, "applicant list")
    codes = screen.list_page.visible_codes()
    screen.open_applicant(codes[0], "A1-6")
    problems += check_window(window, "score form, qualitative")
    screen.open_applicant(codes[0], "A1-3")
    problems += check_window(window, "score form, quantitative")
    handle, session = screen.handle(), screen.session()
    assert handle is not None and session is not None
    screen._commit(Edit(codes[1], None, "recusal", (False, ""), (True, "친족")))
    screen.open_applicant(codes[1], "A1-6")
    problems += check_window(window, "score form, recused")
    screen.show_review()
    problems += check_window(window, "review")

    # The dialogs, each with what it shows in use.
    problems += dialog_checks(lambda: NewIdentityDialog(window, tmp_path), qtbot, "new identity")
    problems += dialog_checks(lambda: dialogs.PassphraseDialog(window, "x", confirm=True, show_strength=True),
                              qtbot, "new passphrase")
    problems += dialog_checks(lambda: dialogs.PassphraseDialog(window, "x"), qtbot, "passphrase")
    problems += dialog_checks(lambda: RecusalDialog(window, "L02 대구광역시"), qtbot, "recusal")
    problems += dialog_checks(lambda: ProblemsDialog(window, "x", "y", [Problem("z", file="f.xlsx")]), qtbot,
                              "problems")
    package = next((demo_round / "packages").glob("E01*.scpkg"))
    check = ev_svc.inspect_package(handle, package.read_bytes(), package.name, PASSPHRASE)
    problems += dialog_checks(lambda: PackageReviewDialog(window, check, package.name), qtbot, "package review")
    sheet = tmp_path / "sheet.xlsx"
    sheets_svc.export_sheet(handle, sheet, language)
    with handle.session() as s:
        apply_edit(s, session.framework, session.program_id, session.evaluator_id,
                   Edit(codes[0], "A1-6", "level", None, "C"))
    preview = sheets_svc.preview_sheet(handle, sheet)
    problems += dialog_checks(lambda: SheetImportDialog(window, preview), qtbot, "sheet import")
    submitted = ev_svc.submit(handle, tmp_path / "E01-1.scb", PASSPHRASE, allow_incomplete=True)
    problems += dialog_checks(lambda: SubmittedDialog(window, submitted), qtbot, "submitted")
    problems += dialog_checks(lambda: RestoreDialog(window, workspace, list_backups(workspace)), qtbot, "restore")
    assert not problems, "\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_no_mnemonic_clash_in_the_chairs_windows_and_menus(
    qtbot: QtBot, translations: Translations, demo_round: Path, tmp_path: Path, language: str,
) -> None:
    translations.switch(language)
    program = tmp_path / "program"
    shutil.copytree(demo_round / "program", program)
    problems: list[str] = []

    window = make_window(qtbot, translations, None)
    window.choose_role(Role.CHAIR)
    problems += check_window(window, "chair welcome")
    window.set_workspace(program)
    screen = window.role_widget()
    assert isinstance(screen, ChairScreen)
    qtbot.waitUntil(lambda: screen.snapshot() is not None, timeout=20000)
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        problems += check_window(window, f"chair tab {screen.tabs.tabText(index)}")

    snap = screen.snapshot()
    assert snap is not None
    enrollment = peek_enrollment(demo_round / "evaluators" / "E01" / "enrollment.json")
    choices = [(a.code, a.name_ko) for a in snap.applicants]
    problems += dialog_checks(lambda: NewProgramDialog(window, tmp_path), qtbot, "new program")
    problems += dialog_checks(lambda: EnrolDialog(window, enrollment, choices), qtbot, "enrol")
    problems += dialog_checks(lambda: ConflictsDialog(window, "E01", "김", choices, (), set()), qtbot, "conflicts")
    problems += dialog_checks(lambda: AssignDialog(window, 9, 12, 45, 8), qtbot, "assign")
    screen.show_tab("corrections")
    pending = list(snap.pending)
    assert pending, "the demo has a pending correction"
    for action in (ACCEPT, DISMISS):
        problems += dialog_checks(lambda action=action: CorrectionDialog(window, action, pending[0], pending),
                                  qtbot, f"correction {action}")
    problems += dialog_checks(lambda: RestoreDialog(window, program, list_backups(program)), qtbot, "restore")
    assert not problems, "\n" + "\n".join(problems)


def test_the_walk_finds_a_clash() -> None:
    """The checker itself: two controls on Alt+V, and a button whose menu entry has another letter."""
    marks = [Mark("V", "보기(&V)", "menu bar"), Mark("V", "확인한 값(&V):", "label"), Mark("W", "보기(&W):", "label")]
    assert clashes(marks) == ["Alt+V: '보기(&V)' (menu bar) | '확인한 값(&V):' (label)"]
    assert mnemonic("평가표 내보내기(&X)…") == "X"
    assert mnemonic("Save && &Close") == "C"
    assert mnemonic("No letter") is None
    assert command("평가표 내보내기(&X)…") == command("평가표 내보내기(&E)…") == "평가표 내보내기"
    assert command("E&xport Score Sheet…") == "Export Score Sheet"
