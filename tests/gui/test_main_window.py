"""The main window: it opens, switches language live, remembers geometry, role and workspace."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from smartcert_desktop import __version__
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role, ScreenFactory, window_title, workspace_role
from smartcert_desktop.gui.settings import Preferences


def make_window(
    qtbot: QtBot, translations: Translations, screens: dict[Role, ScreenFactory] | None = None, **kwargs: object
) -> MainWindow:
    window = MainWindow(translations, screens=screens, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_opens_on_the_start_page(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page() is window.start_page()
    assert window.role() is None
    assert menu_titles(window) == ["&File", "&View", "&Language", "&Help"]
    assert window.windowTitle() == "Smart City Certification"


def test_switching_language_retranslates_the_menus_live(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations)
    window.show()
    assert window.file_menu.title() == "&File"

    korean = next(a for a in window.language_menu.actions() if a.data() == "ko")
    korean.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "파일(&F)")
    assert menu_titles(window) == ["파일(&F)", "보기(&V)", "언어(&L)", "도움말(&H)"]
    assert window.start_page().role_button(Role.EVALUATOR).text() == "평가위원"
    assert korean.isChecked()
    assert Preferences().language == "ko"

    english = next(a for a in window.language_menu.actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.help_menu.title() == "&Help"
    assert window.start_page().role_button(Role.CHAIR).text() == "Chair / Operating agency"
    assert english.isChecked() and not korean.isChecked()
    assert Preferences().language == "en"


def test_language_names_stay_in_their_own_language(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations)
    assert [a.text() for a in window.language_menu.actions()] == ["한국어", "English"]


def test_show_saved_says_so_in_the_status_bar(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations)
    indicator = window.save_state_indicator()
    assert indicator.text() == ""
    window.show_saving()
    assert indicator.text() == "Saving…"
    window.show_saved(datetime.now())
    assert indicator.text().startswith("All changes saved at ")
    window.show_saved(datetime(2021, 3, 2, 14, 30))
    assert indicator.text().startswith("All changes saved on ")
    translations.switch("ko")
    qtbot.waitUntil(lambda: indicator.text().startswith("모든 변경이 저장됨"))
    # It is a permanent status bar widget: a passing message does not hide it.
    assert indicator in window.statusBar().findChildren(QLabel)


def test_a_role_without_screens_shows_a_note_and_comes_back(qtbot: QtBot, translations: Translations) -> None:
    window = make_window(qtbot, translations)
    with qtbot.waitSignal(window.role_chosen) as chosen:
        window.start_page().role_button(Role.CHAIR).click()
    assert chosen.args == ["chair"]
    assert window.role() is Role.CHAIR
    assert window.current_page() is not window.start_page()
    assert Preferences().last_role == "chair"
    window.show_start_page()
    assert window.current_page() is window.start_page()
    assert window.role() is None


class FakeScreen(QWidget):
    """A role screen as later screens will be: it offers a menu and may refuse to close."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_seen = window
        self.allow_close = True
        self.menu = QMenu("&Scores")

    def menus(self) -> list[QMenu]:
        return [self.menu]

    def can_close(self) -> bool:
        return self.allow_close


def test_role_screens_come_from_factories_and_bring_their_menus(
    qtbot: QtBot, translations: Translations
) -> None:
    translations.switch("en")
    made: list[FakeScreen] = []

    def factory(window: MainWindow) -> QWidget:
        made.append(FakeScreen(window))
        return made[-1]

    window = make_window(qtbot, translations, {Role.EVALUATOR: factory})
    window.choose_role(Role.EVALUATOR)
    screen = made[0]
    assert screen.window_seen is window
    assert window.role_widget() is screen and window.current_page() is screen
    assert menu_titles(window) == ["&File", "&View", "&Scores", "&Language", "&Help"]

    screen.allow_close = False
    window.show_start_page()
    assert window.current_page() is screen, "a screen that refuses to close stays"

    screen.allow_close = True
    window.show_start_page()
    assert window.current_page() is window.start_page()
    assert window.role_widget() is None
    assert menu_titles(window) == ["&File", "&View", "&Language", "&Help"]


def test_a_factory_refusing_with_a_user_error_keeps_the_start_page(
    qtbot: QtBot, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, error, title=None: shown.append(error))

    def factory(window: MainWindow) -> QWidget:
        raise SmartcertError("this is a program workspace, not an evaluator workspace")

    window = make_window(qtbot, translations, {Role.EVALUATOR: factory})
    window.choose_role(Role.EVALUATOR)
    assert window.current_page() is window.start_page()
    assert len(shown) == 1 and isinstance(shown[0], SmartcertError)


def test_the_workspace_shows_in_the_title_and_is_remembered(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations)
    folder = tmp_path / "eval-kim"
    folder.mkdir()
    with qtbot.waitSignal(window.workspace_changed) as changed:
        window.set_workspace(folder)
    assert changed.args == [folder]
    assert window.workspace() == folder
    # The folder's name never stands in the title: it says nothing of what is open.
    assert window.windowTitle() == "Smart City Certification"
    assert Preferences().last_workspace == folder


def test_demo_is_marked_in_the_title(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations, demo=True)
    assert window.is_demo()
    assert window.windowTitle() == "Smart City Certification (demo)"


@pytest.mark.parametrize(("context", "demo", "expected"), [
    (None, False, "스마트도시 인증"),
    (None, True, "스마트도시 인증 (데모)"),
    ("평가위원 E01 김민준", False, "평가위원 E01 김민준 — 스마트도시 인증"),
    ("평가위원 E01 김민준", True, "평가위원 E01 김민준 (데모) — 스마트도시 인증"),
    # A certification program named after the program: its name once, not twice.
    ("스마트도시 인증 데모 (2021 예시)", False, "스마트도시 인증 데모 (2021 예시)"),
    ("스마트도시 인증 데모 (2021 예시)", True, "스마트도시 인증 데모 (2021 예시) (데모)"),
])
def test_window_titles_name_the_program_once(context: str | None, demo: bool, expected: str) -> None:
    assert window_title("스마트도시 인증", context, demo, "%1 — %2", "%1 (데모)") == expected


def test_the_start_page_opens_the_demo_round(
    qtbot: QtBot, translations: Translations, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from smartcert_desktop.exchange import keys as keymod
    from smartcert_desktop.gui.evaluator import make_evaluator_screen
    from smartcert_desktop.services.demo import default_demo_dir

    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    translations.switch("en")
    window = make_window(qtbot, translations, {Role.EVALUATOR: make_evaluator_screen})
    window.show()
    assert not default_demo_dir().exists()  # a fresh user: the demo is made on the first click
    window.start_page().demo_button().click()
    qtbot.waitUntil(lambda: window.role() is Role.EVALUATOR, timeout=120000)
    assert window.workspace() == default_demo_dir() / "evaluators" / "E01"
    assert window.windowTitle() == "Evaluator E01 김민준 · 스마트도시 인증 데모 (2021 예시) (demo) — Smart City " \
        "Certification"
    assert "passphrase is demo" in window.statusBar().currentMessage()


def test_closing_saves_the_geometry_for_the_next_start(qtbot: QtBot, translations: Translations) -> None:
    window = make_window(qtbot, translations)
    window.show()
    # The offscreen screen is smaller than the default size, so the first window opened maximized.
    assert window.isMaximized()
    window.showNormal()
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.size() == QSize(640, 480))
    assert window.close()

    again = make_window(qtbot, translations)
    assert again.size() == QSize(640, 480)
    assert not again.isMaximized()  # a size of the person's own is kept as it was


def test_about_names_the_version_and_the_sample_framework(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    window = make_window(qtbot, translations)
    text = window.about_text()
    assert __version__ in text
    assert "sample" in text and "not the official indicator set" in text


def test_a_workspace_leads_to_its_role(qtbot: QtBot, translations: Translations, tmp_path: Path) -> None:
    made: list[QWidget] = []

    def factory(window: MainWindow) -> QWidget:
        made.append(QWidget())
        return made[-1]

    evaluator_folder = tmp_path / "eval"
    evaluator_folder.mkdir()
    (evaluator_folder / "evaluator.db").write_bytes(b"")
    program_folder = tmp_path / "program"
    program_folder.mkdir()
    (program_folder / "program.db").write_bytes(b"")
    assert workspace_role(evaluator_folder) is Role.EVALUATOR
    assert workspace_role(program_folder) is Role.CHAIR
    assert workspace_role(tmp_path) is None

    window = make_window(qtbot, translations, {Role.EVALUATOR: factory}, workspace=program_folder)
    assert not window.open_role_of_workspace(), "no chair screens in this window"
    window.set_workspace(evaluator_folder)
    assert window.open_role_of_workspace()
    assert window.role() is Role.EVALUATOR and window.role_widget() is made[0]
    # Asked again while they are shown (--demo chooses them before the window is shown): kept, not made again.
    assert window.open_role_of_workspace()
    assert window.role_widget() is made[0] and len(made) == 1
    window.show_start_page()
    assert window.open_role_of_workspace()
    assert len(made) == 2 and window.role_widget() is made[1]
