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


def test_dates_have_four_digit_years_in_both_languages(translations: Translations) -> None:
    from datetime import UTC, date, datetime, timedelta, timezone

    from smartcert_desktop.gui.i18n import date_text, datetime_text, utc_datetime_text

    translations.switch("ko")
    assert date_text(date(2026, 12, 1)) == "2026. 12. 1."
    evening = datetime(2026, 12, 1, 20, 8)
    assert datetime_text(evening) == "2026. 12. 1. 오후 8:08"
    translations.switch("en")
    assert date_text(date(2026, 12, 1)) == "12/1/2026"
    assert datetime_text(evening).replace("\u202f", " ") == "12/1/2026 8:08 PM"
    # A stored UTC time is shown in the local time zone (whatever it is here), with the year in full.
    stored = datetime(2026, 12, 1, 11, 8)
    local = stored.replace(tzinfo=UTC).astimezone()
    assert utc_datetime_text(stored) == datetime_text(local.replace(tzinfo=None))
    assert utc_datetime_text(datetime(2026, 12, 1, 11, 8, tzinfo=timezone(timedelta(hours=9)))) == \
        datetime_text(datetime(2026, 12, 1, 2, 8, tzinfo=UTC).astimezone().replace(tzinfo=None))


def test_qts_own_dialogs_speak_korean_from_a_checkout_a_wheel_and_a_frozen_build(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil
    import sys

    import PySide6
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    def look_in() -> str:
        return QCoreApplication.translate("QFileDialog", "Look in:")

    # A checkout (and an installed wheel, the same layout): Qt's folder inside the PySide6 package.
    made = Translations(qapp, pseudo=False)
    try:
        made.switch("ko")
        assert made.qt_translation_file is not None and made.qt_translation_file.name == "qtbase_ko.qm"
        assert look_in() == "다음에서 찾기:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "파일 형식:"
        korean = look_in()
    finally:
        made.uninstall()
    assert look_in() == "Look in:"
    shipped = Path(PySide6.__file__).resolve().parent / "Qt" / "translations" / "qtbase_ko.qm"
    assert shipped.is_file()

    # A frozen build: nothing where Qt and the package would look, PyInstaller's copy under _MEIPASS.
    empty = tmp_path / "empty"
    empty.mkdir()
    frozen = tmp_path / "bundle" / "PySide6" / "Qt" / "translations"
    frozen.mkdir(parents=True)
    shutil.copy(shipped, frozen / "qtbase_ko.qm")
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: str(empty)))
    monkeypatch.setattr(PySide6, "__file__", str(empty / "PySide6" / "__init__.py"))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    again = Translations(qapp, pseudo=False)
    try:
        again.switch("ko")
        assert again.qt_translation_file == frozen / "qtbase_ko.qm"
        assert look_in() == korean
    finally:
        again.uninstall()


def test_every_korean_sentence_that_joins_a_value_decides_its_particles() -> None:
    """Each Korean translation with a placeholder, filled with a name and a number as the program fills it:
    no "을(를)", "이(가)", "와(과)" … is left for the reader, and the particles are the ones read aloud."""
    import re
    import xml.etree.ElementTree as ET

    undecided = re.compile(r"을\(를\)|를\(을\)|\(을\)를|이\(가\)|\(이\)가|은\(는\)|\(은\)는|"
                           r"와\(과\)|과\(와\)|\(과\)와|\(으\)로")
    from smartcert_desktop.messages import fields_of, msg, render

    tree = ET.parse(Path(__file__).resolve().parents[2] / "translations" / "smartcert_ko.ts")
    checked = 0
    values = ["대전광역시", "350", "부천", "L02", "E01", "A1-3", "7", "8", "9"]
    for context in tree.getroot().iter("context"):
        services = context.findtext("name") == "Messages"  # {field} templates of smartcert_desktop.messages
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] if translation is not None and not list(translation) else \
                [form.text or "" for form in (translation if translation is not None else [])]
            for text in texts:
                if not undecided.search(text):
                    continue
                if services:
                    names = sorted(fields_of(text))
                    filled = render(msg(text, **{n: values[i % len(values)] for i, n in enumerate(names)}))
                else:
                    filled = fill(text, *values)
                assert not undecided.search(filled), (text, filled)
                checked += 1
    assert checked >= 15  # the sentences counted by hand in the catalogue
    assert fill("%1와(과) 이해충돌", "대전광역시") == "대전광역시와 이해충돌"
    assert fill("값 %1을(를) 승인", "350") == "값 350을 승인"
