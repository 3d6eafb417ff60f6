"""A whole evaluation driven from the keyboard, checked in the workspace's database and in the signed bundle."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.domain.framework import Framework
from smartcert_desktop.domain.sheets import Sheet, missing_in
from smartcert_desktop.exchange import envelope
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.payloads import bundle_from_json
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.evaluator import common
from smartcert_desktop.gui.evaluator.evaluator_dialogs import RecusalDialog, SubmittedDialog
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen
from smartcert_desktop.gui.main_window import MainWindow
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.scoring import apply_edit

PASSPHRASE = "demo"  # the demo round's (see conftest)


def type_korean(widget: QWidget, text: str) -> None:
    """Hangul arrives through the input method, not as key presses (QTest only types Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def stored(screen: EvaluatorScreen, code: str) -> Sheet:
    """The sheet as the database has it now (a fresh read, not the screen's copy)."""
    handle = screen.handle()
    session = screen.session()
    assert handle is not None and session is not None
    with handle.factory() as s:
        return ev_svc.my_sheets(s, session.program_id, session.evaluator_id)[code]


def missing_codes(fw: Framework, sheet: Sheet) -> set[str]:
    return {m.indicator_code for m in missing_in(fw, sheet)}


def score_rest_through_services(screen: EvaluatorScreen, codes: list[str]) -> None:
    """Complete some sheets without the GUI, to keep the test short; level C needs no comment."""
    handle, session = screen.handle(), screen.session()
    assert handle is not None and session is not None
    fw = session.framework
    with handle.session() as s:
        for code in codes:
            for ind in fw.qualitative:
                apply_edit(s, fw, session.program_id, session.evaluator_id, Edit(code, ind.code, "level", None, "C"))


def test_the_list_shows_every_assigned_applicant(screen: EvaluatorScreen) -> None:
    page = screen.list_page
    assert screen._stack.currentWidget() is page
    rows = page.model().rows()
    assert len(rows) == 7
    assert {r.status for r in rows} == {"not_started"}
    assert all(r.total == 63 for r in rows)
    assert {r.city_type for r in rows} <= {"large", "small"}
    # Filter by status and search by text through the proxy.
    page.set_status_filter("complete")
    assert page.visible_codes() == []
    page.set_status_filter("all")
    page.search_field().setText(rows[0].name_en.lower())
    assert page.visible_codes() == [rows[0].code]
    page.search_field().clear()
    assert len(page.visible_codes()) == 7


def test_a_whole_evaluation_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, program_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, no_modal_boxes: list[object],
) -> None:
    page = screen.list_page
    codes = page.visible_codes()
    first, second, third = codes[0], codes[1], codes[2]

    # Enter on the list opens the first applicant's form, at its first indicator still to do: reported
    # values need nothing (blank means confirmed), so that is the first qualitative indicator.
    table = page.table()
    table.setFocus()
    page.select(first)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    form = screen.form_page
    assert screen._stack.currentWidget() is form
    assert form.form() is not None and form.form().code == first
    tree = form.tree()
    assert form.current_indicator() == "A1-6"
    fw = screen.session().framework  # type: ignore[union-attr]
    assert form._figures.text().startswith("47 / 63")  # the 47 quantitative indicators are complete

    # Enter on a reported value moves on and records nothing.
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    assert form.current_indicator() == "A1-1"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert form.current_indicator() == "A1-2"
    assert stored(screen, first).entry("A1-1") == stored(screen, first).entry("no such indicator")

    # Digits count up from the worst level: 4 is B on the five-level Scale. A level that completes the
    # indicator moves on to the next one still to do (A1-7, past nothing: A1-6 and A1-7 are neighbours).
    form.select_indicator("A1-6")
    qtbot.keyClick(tree, Qt.Key.Key_4)
    assert stored(screen, first).entry("A1-6").level == "B"
    totals = form.model().totals()
    assert totals is not None and totals.indicators["A1-6"] == Decimal("24.00")
    assert form.current_indicator() == "A1-7"
    assert form._figures.text().startswith("48 / 63")
    qtbot.keyClick(tree, Qt.Key.Key_5)
    assert stored(screen, first).entry("A1-7").level == "A"
    assert fw.comment_required("A")
    # ... but a level that still needs its comment stays where it is, and says so.
    assert form.current_indicator() == "A1-7"
    assert "Enter" in window.statusBar().currentMessage()
    assert window.save_state_indicator().text().startswith("All changes saved")

    # Level A needs a comment: Enter goes to the comment field; typing is saved without a button.
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    comment = form.panel()._comment
    assert comment.hasFocus()
    type_korean(comment, "근거 충실")
    qtbot.waitUntil(lambda: stored(screen, first).entry("A1-7").comment == "근거 충실", timeout=3000)
    # Tab leaves the comment for the on-site note, and from there back to the outline, one indicator on.
    qtbot.keyClick(comment, Qt.Key.Key_Tab)
    onsite = form.panel()._onsite
    assert onsite.hasFocus()
    type_korean(onsite, "현장 확인함")
    qtbot.keyClick(onsite, Qt.Key.Key_Tab)  # flushes at once, without waiting for the pause
    assert stored(screen, first).entry("A1-7").onsite_note == "현장 확인함"
    assert tree.hasFocus() and form.current_indicator() == "A2-1"

    # Undo and redo, from the keyboard: the on-site note, the comment (typed as one step), the level.
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(screen, first).entry("A1-7").onsite_note == ""
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(screen, first).entry("A1-7").comment == ""
    assert form.current_indicator() == "A1-7"  # undo shows where it happened
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(screen, first).entry("A1-7").level is None
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(screen, first).entry("A1-7").level == "A"
    screen.redo_action.trigger()
    assert stored(screen, first).entry("A1-7").comment == "근거 충실"
    assert form.panel()._comment.toPlainText() == "근거 충실"

    # F8 goes to the next indicator still to do; finish this applicant from the keyboard: each level moves
    # on by itself, so only the keys 3 (level C, no comment needed) are pressed, and a last F8 moves on.
    qtbot.keyClick(tree, Qt.Key.Key_F8)
    pressed = 0
    while form.form().code == first and pressed < 100:  # type: ignore[union-attr]
        code = form.current_indicator()
        assert code is not None
        if code in missing_codes(fw, stored(screen, first)):
            qtbot.keyClick(tree, Qt.Key.Key_3)
            pressed += 1
        else:
            qtbot.keyClick(tree, Qt.Key.Key_F8)
    assert pressed == len(fw.qualitative) - 2  # every qualitative indicator but A1-6 and A1-7
    sheet = stored(screen, first)
    assert missing_in(fw, sheet) == []
    row = next(r for r in page.model().rows() if r.code == first)
    assert (row.done, row.total, row.status) == (63, 63, "complete")
    # ... and, all done, F8 went on to the next applicant still to score.
    assert form.form().code == second  # type: ignore[union-attr]

    # Ctrl+PgDown: the next applicant; recuse from it (reason required), which makes the form read-only.
    qtbot.keyClick(tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.form().code == third  # type: ignore[union-attr]
    monkeypatch.setattr(RecusalDialog, "ask", classmethod(lambda cls, parent, applicant: "배우자가 해당 시 공무원"))
    screen.recuse_action.trigger()
    assert stored(screen, third).recused and stored(screen, third).recusal_reason == "배우자가 해당 시 공무원"
    assert form._banner.isVisibleTo(form)
    form.select_indicator("A1-6")
    qtbot.keyClick(tree, Qt.Key.Key_3)
    assert stored(screen, third).entry("A1-6").level is None
    assert no_modal_boxes == []  # refused quietly, with a note in the status bar
    # The recusal is undoable, and can be withdrawn from the banner.
    screen.undo_action.trigger()
    assert not stored(screen, third).recused
    screen.redo_action.trigger()
    assert stored(screen, third).recused
    qtbot.mouseClick(form._withdraw, Qt.MouseButton.LeftButton)
    assert not stored(screen, third).recused
    screen.recuse_action.trigger()
    assert stored(screen, third).recused

    # Ctrl+PgUp goes back.
    qtbot.keyClick(tree, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.form().code == second  # type: ignore[union-attr]

    # The review lists what is missing; a double-click jumps there.
    screen.review_action.trigger()
    review = screen.review_page
    assert screen._stack.currentWidget() is review
    missing = review.model()
    assert missing.rowCount() > 0
    assert not review.submit_button().isEnabled()
    first_missing = missing.missing(0)
    index = missing.index(0, 0)
    review.table().doubleClicked.emit(index)
    assert screen._stack.currentWidget() is form
    assert form.form().code == first_missing.applicant_code  # type: ignore[union-attr]
    assert form.current_indicator() == first_missing.indicator_code

    # Complete the others, then submit from the review.
    rest = [c for c in codes if c not in (first, third)]
    score_rest_through_services(screen, rest)
    screen._reload_sheets()
    screen.review_action.trigger()
    assert missing.rowCount() == 0
    assert review.submit_button().isEnabled()

    out = tmp_path / "out" / "E01-1.scb"
    out.parent.mkdir()
    proposed: list[str] = []

    def choose_save(parent: object, title: str, kind: str, default_name: str, name_filter: str) -> Path:
        proposed.append(default_name)
        return out

    monkeypatch.setattr(common, "choose_save_file", choose_save)
    monkeypatch.setattr(dialogs.PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: PASSPHRASE))
    written: list[ev_svc.Submitted] = []
    monkeypatch.setattr(SubmittedDialog, "ask", classmethod(lambda cls, parent, result: written.append(result)))
    qtbot.mouseClick(review.submit_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    assert proposed == ["E01-1.scb"]
    result = written[0]
    assert result.sequence == 1 and result.complete and result.path == out
    statuses = {r.code: r.status for r in page.model().rows()}
    assert statuses[third] == "recused"
    assert {s for c, s in statuses.items() if c != third} == {"submitted"}

    # The bundle: only the program's key opens it; it holds exactly what was entered.
    program_keys = keymod.load_private_keys(program_dir / "keys" / "program.key", PASSPHRASE)
    opened = envelope.open_bundle(out.read_bytes(), program_keys, name=out.name)
    assert opened.evaluator_id == "E01" and opened.sequence == 1
    assert opened.fingerprint == result.fingerprint
    payload = bundle_from_json(opened.payload, out.name)
    sheets = {s.applicant_code: s for s in payload.sheets}
    assert payload.complete
    assert sheets[first].entry("A1-1").verified_value is None  # as reported
    assert sheets[first].entry("A1-6").level == "B"
    assert (sheets[first].entry("A1-7").level, sheets[first].entry("A1-7").comment) == ("A", "근거 충실")
    assert sheets[third].recused and sheets[third].recusal_reason == "배우자가 해당 시 공무원"
    assert all(sheets[c].entry(fw.qualitative[0].code).level == "C" for c in rest)
    assert no_modal_boxes == []

    # After the on-site inspection: a change, and a newer bundle.
    screen.open_applicant(first, "A1-6")
    qtbot.keyClick(form.tree(), Qt.Key.Key_5)
    assert stored(screen, first).entry("A1-6").level == "A"
    # Level A wants a comment: the sheet is no longer complete, and no longer the one submitted.
    assert next(r for r in page.model().rows() if r.code == first).status == "in_progress"
    screen.form_page.panel().focus_comment()
    QApplication.processEvents()
    type_korean(form.panel()._comment, "현장실사 결과 상향")
    second_out = tmp_path / "out" / "E01-2.scb"
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: second_out)
    screen.review_action.trigger()  # flushes the comment first
    qtbot.mouseClick(review.submit_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(written) == 2, timeout=10000)
    assert written[1].sequence == 2
    newer = bundle_from_json(envelope.open_bundle(second_out.read_bytes(), program_keys).payload, "b")
    newer_first = next(s for s in newer.sheets if s.applicant_code == first)
    assert (newer_first.entry("A1-6").level, newer_first.entry("A1-6").comment) == ("A", "현장실사 결과 상향")
