"""A small round built through the services, and the chair's screens opened on it in a main window.

The round comes from tests/services/conftest.py (``Round``): a program with the tiny framework, three
applicants and five evaluators, with key files at a small scrypt cost. Message boxes are replaced by
recorders, so that a test never waits on a modal box and can check what the user would have been told.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from domain._build import tiny_framework
from pytestqt.qtbot import QtBot
from services.conftest import APPLICANTS, PASS, REPORTED, Round

from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.chair import ChairScreen, make_chair_screen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.gui.worker import running_jobs

FIVE = ("E1", "E2", "E3", "E4", "E5")
LEVELS = {  # qualitative totals: E1 37, E2 35, E3 37, E4 24, E5 29 -> E1 and E4 trimmed
    "E1": {"S1": "A", "S2": "B"},
    "E2": {"S1": "B", "S2": "A"},
    "E3": {"S1": "A", "S2": "B"},
    "E4": {"S1": "C", "S2": "C"},
    "E5": {"S1": "B", "S2": "C"},
}


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files with a small scrypt cost, and the passphrase from the environment (no dialog)."""
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASS)


@dataclass
class Told:
    """What message boxes would have shown."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    record = Told()

    def show_error(_parent: Any, error: Any, title: str | None = None) -> None:
        lines = error.lines() if hasattr(error, "lines") else [error] if isinstance(error, str) else list(error)
        record.errors.extend(lines)

    def report_error(_parent: Any, exc: BaseException) -> None:
        if hasattr(exc, "lines"):
            record.errors.extend(exc.lines())
        else:
            raise exc

    def show_info(_parent: Any, _title: str | None, text: str) -> None:
        record.infos.append(text)

    def confirm(_parent: Any, _title: str | None, text: str, informative: str = "") -> bool:
        record.questions.append(text)
        return record.answer

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "report_error", report_error)
    monkeypatch.setattr(dialogs, "show_info", show_info)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    return record


@pytest.fixture
def make_round(tmp_path: Path) -> Iterator[Callable[..., Round]]:
    made: list[Round] = []

    def factory(evaluators: tuple[str, ...] = FIVE, **kwargs: Any) -> Round:
        r = Round(tmp_path / f"r{len(made)}", kwargs.pop("framework", None) or tiny_framework(),
                  kwargs.pop("applicants", APPLICANTS), kwargs.pop("reported", REPORTED), evaluators, **kwargs)
        made.append(r)
        return r

    yield factory
    for r in made:
        r.close()


@pytest.fixture
def scored_round(make_round: Callable[..., Round]) -> Round:
    """Every evaluator assigned to P1 and P2, scored, not yet submitted; E2 found another value for P1 Q1."""
    r = make_round()
    r.assign([(e, a) for e in FIVE for a in ("P1", "P2")])
    r.send_packages()
    for e in FIVE:
        for a in ("P1", "P2"):
            r.score(e, a, LEVELS[e])
    r.edit("E2", "P1", "Q1", "verified_value", "40")
    return r


def settle(qtbot: QtBot, screen: ChairScreen, timeout: int = 20_000) -> None:
    """Wait until every action and the reading of the program that follows it are done."""
    qtbot.waitUntil(lambda: not running_jobs(screen), timeout=timeout)


@pytest.fixture
def open_chair(qtbot: QtBot, translations: Translations) -> Callable[..., ChairScreen]:
    """The main window on ``workspace`` with the chair's screens chosen; waits for the first reading."""

    def opener(workspace: Path | None, language: str = "en") -> ChairScreen:
        translations.switch(language)
        window = MainWindow(translations, workspace=workspace, screens={Role.CHAIR: make_chair_screen})
        qtbot.addWidget(window)
        window.show()
        window.choose_role(Role.CHAIR)
        screen = window.role_widget()
        assert isinstance(screen, ChairScreen)
        settle(qtbot, screen)
        return screen

    return opener
