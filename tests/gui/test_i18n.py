"""Languages: the start-up choice, live switching, pseudo-translation, and complete catalogues."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from smartcert_desktop.gui.i18n import (
    PseudoTranslator,
    RetranslateMixin,
    Translations,
    choose_language,
    fill,
)


@pytest.mark.parametrize(
    ("option", "saved", "system", "expected"),
    [
        ("en", "ko", "ko_KR", "en"),  # the command line wins
        (None, "en", "ko_KR", "en"),  # then the saved choice
        (None, None, "ko_KR", "ko"),  # then a Korean system
        (None, None, "de_DE", "en"),  # everyone else: English
        (None, "fr", "C", "en"),  # a saved value from elsewhere is ignored
    ],
)
def test_choose_language(option: str | None, saved: str | None, system: str, expected: str) -> None:
    assert choose_language(option, saved, system) == expected


def test_fill_replaces_numbered_placeholders_once() -> None:
    assert fill("%2 — %1", "a", "b") == "b — a"
    # A value that itself holds a placeholder is not expanded again.
    assert fill("%1 / %2", "50%2", "x") == "50%2 / x"
    assert fill("%1 and %3", "a") == "a and %3"


def test_fill_decides_the_korean_particle_after_each_value() -> None:
    assert fill("%1은(는) %2와(과) 이해충돌을 신고했습니다.", "E01", "대전광역시") == \
        "E01은 대전광역시와 이해충돌을 신고했습니다."
    assert fill("%2 %3의 값 %1을(를) 승인했습니다.", "350", "L02", "A1-3") == "L02 A1-3의 값 350을 승인했습니다."
    assert fill("%1이(가) %2을(를) 평가합니다.", "E02", "부천") == "E02가 부천을 평가합니다."
    # A particle not right after a value, and text with no particle at all, are left as written.
    assert fill("값(을)를 %1", "350") == "값(을)를 350"
    assert fill("Accepted %1 for %2.", "350", "L02") == "Accepted 350 for L02."


def test_pseudo_stretches_and_keeps_placeholders() -> None:
    stretched = PseudoTranslator.stretch("Saved at %1")
    assert stretched.startswith("[Saved at %1") and stretched.endswith("]")
    assert len(stretched) >= len("Saved at %1") * 1.4
    assert PseudoTranslator.stretch("") == ""


class Greeting(RetranslateMixin, QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.calls += 1
        self.setText(QCoreApplication.translate("MainWindow", "&File"))


def test_switching_sends_language_change_to_every_widget(qtbot: QtBot, translations: Translations) -> None:
    label = Greeting()
    qtbot.addWidget(label)
    translations.switch("en")
    qtbot.waitUntil(lambda: label.text() == "&File")
    with qtbot.waitSignal(translations.language_changed):
        assert translations.switch("ko")
    qtbot.waitUntil(lambda: label.text() == "파일(&F)")
    assert translations.language() == "ko"
    assert QLocale().language() == QLocale.Language.Korean


def test_qt_own_strings_follow_the_language(translations: Translations) -> None:
    translations.switch("ko")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    translations.switch("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_plurals_use_the_catalogue(translations: Translations) -> None:
    context, source = "MainWindow", "%n task(s) still running. Stop and close?"
    translations.switch("en")
    assert QCoreApplication.translate(context, source, None, 1) == "1 task still running. Stop and close?"
    assert QCoreApplication.translate(context, source, None, 3) == "3 tasks still running. Stop and close?"
    translations.switch("ko")
    assert QCoreApplication.translate(context, source, None, 3) == "작업 3개가 아직 실행 중입니다. 중지하고 닫을까요?"


def test_pseudo_translation_wraps_the_current_language(qapp: QApplication) -> None:
    pseudo = Translations(qapp, pseudo=True)
    try:
        pseudo.switch("ko")
        text = QCoreApplication.translate("MainWindow", "&File")
        assert text.startswith("[파일(&F)") and text.endswith("]")
        qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert qt_own.startswith("[취소")
        # Qt's layout direction is a setting, not text: it stays untouched.
        assert QApplication.isLeftToRight()
    finally:
        pseudo.uninstall()


def test_a_missing_catalogue_falls_back_to_the_source(qapp: QApplication, tmp_path: Path) -> None:
    empty = Translations(qapp, directory=tmp_path, pseudo=False)
    try:
        assert not empty.switch("ko")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        empty.uninstall()


def test_language_change_reaches_retranslate_only_through_the_event(qtbot: QtBot) -> None:
    label = Greeting()
    qtbot.addWidget(label)
    before = label.calls
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.LanguageChange))
    assert label.calls == before + 1
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.FontChange))
    assert label.calls == before + 1


def test_translation_files_are_complete_and_up_to_date(update_translations: ModuleType) -> None:
    problems = update_translations.check()
    assert problems == [], "\n".join(problems)
