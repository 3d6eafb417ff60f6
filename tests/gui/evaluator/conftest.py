"""A demo round made once per test session (cheap keys), and a fresh copy of its evaluator E01 per test.

E01's workspace has the sample framework's 63 indicators, seven assigned applicants with reported values,
self-assessments and evidence PDFs, and nothing scored: what an evaluator sees after importing a package.
Dialogs are replaced through their ``ask()`` classmethods; nothing here waits for a person.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.evaluator import common
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen, make_evaluator_screen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.services.demo import create_demo, demo_evaluator_dir

PASSPHRASE = "demo"
CHEAP_SCRYPT_N = 2**10


@pytest.fixture(scope="session")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo round for the whole session; tests copy what they change."""
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keymod, "DEFAULT_SCRYPT_N", CHEAP_SCRYPT_N)
        patch.setenv("SMARTCERT_PASSPHRASE", PASSPHRASE)
        create_demo(root / "round")
    return root / "round"


@pytest.fixture(autouse=True)
def cheap_keys_and_no_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made in a test are cheap; passphrases come from the (replaced) dialog, not the environment."""
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", CHEAP_SCRYPT_N)
    monkeypatch.delenv("SMARTCERT_PASSPHRASE", raising=False)
    monkeypatch.delenv("SMARTCERT_EVALUATOR_OPEN", raising=False)


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """A message box in a test is a failure to see, not a wait: record errors instead of showing them."""
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, error, title=None: shown.append(error))
    monkeypatch.setattr(dialogs, "report_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown.append(text))

    def confirm(parent: object, title: object, text: str, informative: str = "") -> bool:
        shown.append(text)
        return True

    # E.g. closing while a task still runs: the window asks, and must not wait for a person.
    monkeypatch.setattr(dialogs, "confirm", confirm)
    return shown


@pytest.fixture
def opened_documents(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    opened: list[Path] = []

    def fake_open(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(common, "open_document", fake_open)
    return opened


@pytest.fixture
def workspace(demo_root: Path, tmp_path: Path) -> Path:
    """A private copy of E01's workspace (ready to score)."""
    target = tmp_path / "E01"
    shutil.copytree(demo_evaluator_dir(demo_root), target)
    return target


@pytest.fixture
def program_dir(demo_root: Path) -> Path:
    return demo_root / "program"


@pytest.fixture
def window(qtbot: QtBot, translations: Translations, workspace: Path) -> Iterator[MainWindow]:
    """The main window in English on the copy of E01, in the evaluator role."""
    translations.switch("en")
    made = MainWindow(translations, workspace=workspace, screens={Role.EVALUATOR: make_evaluator_screen})
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.choose_role(Role.EVALUATOR)
    yield made
    screen = made.role_widget()
    if isinstance(screen, EvaluatorScreen) and screen.handle() is not None:
        screen.can_close()


@pytest.fixture
def screen(window: MainWindow) -> EvaluatorScreen:
    widget = window.role_widget()
    assert isinstance(widget, EvaluatorScreen)
    return widget
