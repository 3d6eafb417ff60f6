"""Keys that follow the Korean five-point habit, one meaning of complete, and a window that fits a laptop.

The laptop is a 1366×768 screen at 125 %: Qt then has 1093×614 logical pixels, of which a title bar and
borders take some. The tests put the window at that size and check that what the evaluator needs is in view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.evaluator import common
from smartcert_desktop.gui.evaluator.applicant_table_model import Column
from smartcert_desktop.gui.evaluator.evaluator_dialogs import SubmittedDialog
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import FRAME_ESTIMATE, MainWindow, Role, fit_geometry
from smartcert_desktop.gui.settings import Preferences, WindowState, save_header
from smartcert_desktop.services import evaluator as ev_svc

LAPTOP = QRect(0, 0, 1093, 614)  # 1366×768 at 125 %


def switch(translations: Translations, language: str) -> None:
    """Switch and let the widgets retranslate (Qt posts the LanguageChange events)."""
    translations.switch(language)
    QApplication.processEvents()


def laptop_size(window: MainWindow) -> None:
    fitted = fit_geometry(LAPTOP, QRect(0, 0, 1360, 860), FRAME_ESTIMATE)
    window.setGeometry(fitted)
    QApplication.processEvents()


def inside(widget: QWidget, window: QWidget) -> bool:
    """Whether all of ``widget`` is shown inside ``window``'s client area (not cut off at its edges)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def test_fit_geometry_never_exceeds_the_screen() -> None:
    # The default size on the laptop: shrunk into the free area, with room for the frame.
    fitted = fit_geometry(LAPTOP, QRect(0, 0, 1360, 860))
    assert fitted == QRect(4, 32, 1093 - 8, 614 - 36)
    # A window stored on a large monitor, far to the right: back on the screen, keeping its size if it can.
    assert fit_geometry(QRect(0, 0, 1920, 1040), QRect(2500, 300, 800, 600)) == QRect(1116, 300, 800, 600)
    # A small window keeps its place.
    assert fit_geometry(LAPTOP, QRect(100, 100, 500, 400)) == QRect(100, 100, 500, 400)


def test_the_first_window_fits_the_screen_it_opens_on(qtbot: QtBot, translations: Translations) -> None:
    switch(translations, "ko")
    window = MainWindow(translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()) or window.isMaximized()
    assert window.width() <= available.width() and window.height() <= available.height()
    # A screen smaller than the default size (the offscreen one is 800×800): opened maximized.
    assert window.windowState() & Qt.WindowState.WindowMaximized
    # A geometry stored on a larger screen comes back fitted too.
    window.setGeometry(QRect(0, 0, 1700, 1075))
    window.close()
    again = MainWindow(translations)
    qtbot.addWidget(again)
    again.show()
    assert again.width() <= available.width() and again.height() <= available.height()


def test_on_a_laptop_the_list_shows_every_column_button_and_the_status_bar(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, translations: Translations,
) -> None:
    for language in ("ko", "en"):
        switch(translations, language)
        laptop_size(window)
        page = screen.list_page
        table = page.table()
        header = table.horizontalHeader()
        for column in (Column.PROGRESS, Column.STATUS, Column.TOTAL):
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert right <= table.viewport().width(), (language, column)
            # Wide enough for its title and its widest cell.
            assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width() - 2
        for button in (page._import_package, page._export_sheet, page._import_sheet, page._submit):
            assert inside(button, window), (language, button.text())
        assert inside(window.statusBar(), window)


def test_column_widths_are_kept_per_language(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, translations: Translations,
) -> None:
    switch(translations, "ko")
    header = screen.list_page.table().horizontalHeader()
    # Korean widths saved narrow, as a Korean user would leave them ("진행" needs little room).
    header.resizeSection(Column.PROGRESS, 41)
    save_header(header, screen.list_page.HEADER_KEY, language="ko")
    switch(translations, "en")
    # English fits its own words, whatever the Korean widths were.
    assert header.sectionSize(Column.PROGRESS) >= header.sectionSizeFromContents(Column.PROGRESS).width() - 2
    assert header.sectionSize(Column.PROGRESS) != 41
    header.resizeSection(Column.PROGRESS, 133)
    switch(translations, "ko")
    assert header.sectionSize(Column.PROGRESS) == 41
    switch(translations, "en")
    assert header.sectionSize(Column.PROGRESS) == 133
    assert WindowState().value("header", f"{screen.list_page.HEADER_KEY}/en") is not None


def test_on_a_laptop_the_form_shows_the_indicators_on_site_note(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, translations: Translations,
) -> None:
    code = screen.list_page.visible_codes()[0]
    for language in ("ko", "en"):
        switch(translations, language)
        laptop_size(window)
        for indicator in ("A1-6", "A1-3"):  # qualitative, quantitative
            screen.open_applicant(code, indicator)
            QApplication.processEvents()
            panel = screen.form_page.panel()
            onsite = panel._onsite
            # In the panel's visible area without scrolling, and tall enough for two lines.
            top = onsite.mapTo(panel.viewport(), QPoint(0, 0)).y()
            assert top >= 0 and top + onsite.height() <= panel.viewport().height(), (language, indicator)
            assert onsite.height() >= onsite.fontMetrics().lineSpacing() * 2
            assert inside(screen.form_page._notes, window)  # the applicant's comment and on-site note
            assert inside(screen.form_page._hints, window)


def test_digits_count_up_from_the_worst_level_and_the_buttons_say_so(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, translations: Translations,
) -> None:
    switch(translations, "ko")
    code = screen.list_page.visible_codes()[0]
    screen.open_applicant(code, "A1-6")
    form = screen.form_page
    buttons = form.panel()._level_buttons
    assert [b.text() for b in buttons] == ["5 · A\n매우우수", "4 · B\n우수", "3 · C\n보통", "2 · D\n미흡",
                                           "1 · E\n매우미흡"]
    assert "5–1 또는 A–E 등급 (5 = A 매우우수 … 1 = E 매우미흡)" in form._hints.text()
    Preferences().advance_after_grade = False
    tree = form.tree()
    for key, level in ((Qt.Key.Key_5, "A"), (Qt.Key.Key_1, "E"), (Qt.Key.Key_2, "D"), (Qt.Key.Key_4, "B")):
        qtbot.keyClick(tree, key)
        assert screen.session().sheet(code).entry("A1-6").level == level  # type: ignore[union-attr]
        assert form.current_indicator() == "A1-6"  # the preference is off: the cursor stays
    switch(translations, "en")
    assert buttons[0].text() == "5 · A\nExcellent"
    assert "5–1 or A–E level (5 = A Excellent … 1 = E Very poor)" in form._hints.text()


def test_complete_means_what_submit_needs_in_every_place(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen,
) -> None:
    session, handle = screen.session(), screen.handle()
    assert session is not None and handle is not None
    fw = session.framework
    code = screen.list_page.visible_codes()[0]
    # A value found on a quantitative indicator leaves it complete; Del takes the value back.
    screen.open_applicant(code, "A1-3")
    session.commit(Edit(code, "A1-3", "verified_value", None, "120"))
    form = screen.form_page
    assert form._figures.text().startswith("47 / 63")
    qtbot.keyClick(form.tree(), Qt.Key.Key_Delete)
    assert session.sheet(code).entry("A1-3").verified_value is None
    # Every qualitative level but one, the last needing its comment: 62 / 63 everywhere, 1 missing for submit.
    for ind in fw.qualitative:
        session.commit(Edit(code, ind.code, "level", None, "C"))
    last = fw.qualitative[-1].code
    session.commit(Edit(code, last, "level", "C", "A"))
    row = next(r for r in screen.list_page.model().rows() if r.code == code)
    assert (row.done, row.total, row.status) == (62, 63, "in_progress")
    screen.open_applicant(code, "A1-1")
    assert form._figures.text().startswith("62 / 63")
    form.next_incomplete()
    assert form.current_indicator() == last  # F8: the one submit would miss
    with handle.factory() as s:
        missing = ev_svc.missing_for_submit(s, session.program_id, session.evaluator_id)
    assert [(m.indicator_code, m.what) for m in missing if m.applicant_code == code] == [(last, "comment")]
    session.commit(Edit(code, last, "comment", "", "근거 충분"))
    row = next(r for r in screen.list_page.model().rows() if r.code == code)
    assert (row.done, row.status) == (63, "complete")
    screen.show_review()
    review = screen.review_page.model()
    assert all(review.missing(n).applicant_code != code for n in range(review.rowCount()))


def test_reopening_an_applicant_starts_where_the_evaluator_was(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, workspace: Path,
) -> None:
    first, second = screen.list_page.visible_codes()[:2]
    screen.open_applicant(first)
    assert screen.form_page.current_indicator() == "A1-6"  # the first still to do
    screen.form_page.select_indicator("B2-5")
    screen.open_applicant(second)
    screen.show_list()
    # Back in the list, the keyboard is in the table, on the applicant just left.
    assert screen.list_page.table().hasFocus()
    assert screen.list_page.current_code() == second
    screen.open_applicant(first)
    assert screen.form_page.current_indicator() == "B2-5"
    # Remembered across runs of the program (window state, per workspace).
    assert WindowState().last_indicator(workspace, first) == "B2-5"


def test_back_from_the_start_page_the_keyboard_is_in_the_list(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen,
) -> None:
    window.activateWindow()
    window.show_start_page()
    window.choose_role(Role.EVALUATOR)
    again = window.role_widget()
    assert isinstance(again, EvaluatorScreen) and again is not screen
    qtbot.waitUntil(lambda: again.list_page.table().hasFocus())
    # ... on a row, so that Enter opens it and the arrows move at once.
    assert again.list_page.table().currentIndex().isValid()


def test_a_wrong_passphrase_asks_again_and_keeps_the_file(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    no_modal_boxes: list[object],
) -> None:
    chosen: list[str] = []
    target = tmp_path / "E01-1.scb"

    def choose_save(parent: object, title: str, kind: str, default_name: str, name_filter: str) -> Path:
        chosen.append(default_name)
        return target

    answers = iter(["not it", "still not", "demo"])
    asked: list[str | None] = []

    def ask(cls: object, parent: object, title: str, confirm: bool = False, show_strength: bool = False,
            prompt: str | None = None, error: str | None = None) -> str | None:
        asked.append(error)
        return next(answers)

    written: list[ev_svc.Submitted] = []
    monkeypatch.setattr(common, "choose_save_file", choose_save)
    monkeypatch.setattr(dialogs.PassphraseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(SubmittedDialog, "ask", classmethod(lambda cls, parent, result: written.append(result)))
    screen.show_review()
    screen.submit(allow_incomplete=True)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    assert chosen == ["E01-1.scb"]  # the file was chosen once
    assert asked[0] is None and len(asked) == 3
    assert all(error is not None and "E01-1.scb" in error for error in asked[1:])
    assert written[0].path == target and target.exists()
    assert no_modal_boxes == []  # no error box between the tries


def test_a_recused_applicants_fields_are_disabled(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen,
) -> None:
    code = screen.list_page.visible_codes()[0]
    screen.session().commit(Edit(code, None, "recusal", (False, ""), (True, "배우자가 해당 시 공무원")))  # type: ignore[union-attr]
    form = screen.form_page
    for indicator in ("A1-6", "A1-3"):
        screen.open_applicant(code, indicator)
        panel = form.panel()
        assert not panel._comment.isEnabled() and not panel._onsite.isEnabled()
        assert not panel._verified.isEnabled()
        assert not any(b.isEnabled() for b in panel._level_buttons) and not panel._clear_level.isEnabled()
    assert not form.note_editor().isEnabled() and not form.onsite_editor().isEnabled()
    assert form._withdraw.isEnabled() and form._banner.isVisibleTo(form)
    screen.withdraw_recusal()
    assert form.panel()._verified.isEnabled() and form.note_editor().isEnabled()
