"""First run: a new identity, its enrolment file, and a package checked and shown before it is loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartcert_desktop import paths
from smartcert_desktop.exchange import envelope
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.evaluator import common
from smartcert_desktop.gui.evaluator.evaluator_dialogs import NewIdentity, NewIdentityDialog, PackageReviewDialog
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen, make_evaluator_screen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.gui.worker import running_jobs
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.demo import DEMO_PASSPHRASE, demo_evaluator_dir


@pytest.fixture
def empty_window(qtbot: QtBot, translations: Translations) -> MainWindow:
    translations.switch("en")
    window = MainWindow(translations, screens={Role.EVALUATOR: make_evaluator_screen})
    qtbot.addWidget(window)
    window.show()
    window.choose_role(Role.EVALUATOR)
    return window


def drop_file(widget: object, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    # As a real drag: entered first (Qt delivers no drop to a widget the drag never entered).
    entered = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, entered)  # type: ignore[arg-type]
    assert entered.isAccepted()
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def resealed_for(demo_root: Path, folder: Path) -> bytes:
    """The demo's package for E01, sealed by the demo program to the key of the workspace in ``folder``."""
    program = keymod.load_private_keys(demo_root / "program" / "keys" / "program.key", DEMO_PASSPHRASE)
    demo_e01 = keymod.load_private_keys(demo_evaluator_dir(demo_root) / "keys" / "evaluator.key",
                                        DEMO_PASSPHRASE)
    opened = envelope.open_package((demo_root / "packages" / "E01.scpkg").read_bytes(), demo_e01)
    recipient = keymod.read_key_file_info(folder / "keys" / "evaluator.key").public
    return envelope.seal_package(opened.payload, opened.attachments, program, recipient, **opened.meta)


def test_create_an_identity_save_the_enrolment_and_import_a_package(
    qtbot: QtBot, empty_window: MainWindow, demo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    no_modal_boxes: list[object],
) -> None:
    screen = empty_window.role_widget()
    assert isinstance(screen, EvaluatorScreen)
    assert screen._stack.currentWidget() is screen.welcome_page

    # The identity: id and name, then a passphrase asked twice with its strength shown.
    folder = tmp_path / "me"
    proposed: list[Path] = []
    monkeypatch.setattr(NewIdentityDialog, "ask", classmethod(lambda cls, parent, base: proposed.append(base) or
                                                              NewIdentity(folder, "E01", "김민준")))
    asked: list[dict[str, object]] = []

    def passphrase(cls: type, parent: object, title: str, **options: object) -> str:
        asked.append(options)
        return "a long and careful passphrase"

    monkeypatch.setattr(dialogs.PassphraseDialog, "ask", classmethod(passphrase))
    qtbot.mouseClick(screen.welcome_page._create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._stack.currentWidget() is screen.identity_page, timeout=10000)
    assert asked == [{"confirm": True, "show_strength": True}]
    # The folder proposed on a first run is in the user data folder, not loose in the home folder.
    assert proposed == [paths.user_data_dir()]
    assert empty_window.workspace() == folder
    _id, _name, fingerprint = ev_svc.evaluator_identity(screen.handle())  # type: ignore[arg-type]
    assert fingerprint in screen.identity_page._fingerprint.text()
    keymod.load_private_keys(folder / "keys" / "evaluator.key", "a long and careful passphrase")

    # The enrolment file goes where the evaluator chooses.
    target = tmp_path / "hand-in" / "E01-enrollment.json"
    target.parent.mkdir()
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: target)
    qtbot.mouseClick(screen.identity_page._save, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_bytes()) == json.loads((folder / "enrollment.json").read_bytes())

    # A package dropped on the page: verified and shown (program key fingerprint) before anything is loaded.
    # Packages are encrypted to the evaluator's enrolled key: the program seals the demo's E01 package again
    # for this new identity's key.
    package = tmp_path / "E01.scpkg"
    package.write_bytes(resealed_for(demo_root, folder))
    shown: list[tuple[str, str, int]] = []

    def review(cls: type, parent: object, check: ev_svc.PackageCheck, name: str) -> bool:
        with screen.handle().factory() as s:  # type: ignore[union-attr]
            loaded = ev_svc.programs(s)
        shown.append((check.program_fingerprint, check.pinned, len(loaded)))
        return True

    monkeypatch.setattr(PackageReviewDialog, "ask", classmethod(review))
    drop_file(screen.identity_page, package)
    qtbot.waitUntil(lambda: screen._stack.currentWidget() is screen.list_page, timeout=10000)
    # Opening the package needed the passphrase of the evaluator's key.
    assert len(asked) == 2 and "encrypted to your key" in str(asked[1]["prompt"])
    program_key = keymod.read_key_file_info(demo_root / "program" / "keys" / "program.key")
    assert shown == [(program_key.fingerprint, "new program", 0)]
    assert screen.list_page.model().rowCount() == 7
    assert program_key.fingerprint in screen.list_page._program.text()
    assert no_modal_boxes == []

    # The same package again (from the menu's file dialog) changes nothing and says so.
    monkeypatch.setattr(common, "choose_open_file", lambda *a, **k: package)
    screen.import_package_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert shown[1][1] == "already imported"
    qtbot.waitUntil(lambda: not running_jobs(empty_window), timeout=10000)
    assert no_modal_boxes == []


def test_a_package_for_someone_else_is_refused_before_anything_is_loaded(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, demo_root: Path, no_modal_boxes: list[object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(PackageReviewDialog, "ask", classmethod(lambda cls, *a: pytest.fail("must not ask")))
    screen.import_package(demo_root / "packages" / "E02.scpkg")
    qtbot.waitUntil(lambda: bool(no_modal_boxes), timeout=10000)
    assert "this workspace belongs to E01" in str(no_modal_boxes[0])


def test_a_program_workspace_is_not_opened_as_an_evaluator_one(
    qtbot: QtBot, translations: Translations, demo_root: Path,
) -> None:
    translations.switch("en")
    window = MainWindow(translations, workspace=demo_root / "program",
                        screens={Role.EVALUATOR: make_evaluator_screen})
    qtbot.addWidget(window)
    window.choose_role(Role.EVALUATOR)
    screen = window.role_widget()
    assert isinstance(screen, EvaluatorScreen)
    assert screen._stack.currentWidget() is screen.welcome_page
    assert "program workspace" in screen.welcome_page._note.text()
