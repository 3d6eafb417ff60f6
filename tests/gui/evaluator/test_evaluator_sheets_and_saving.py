"""Score sheet round trip, text that saves itself (pause, focus-out, closing), values found, evidence, demo."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.domain.sheets import Sheet
from smartcert_desktop.errors import Problem
from smartcert_desktop.gui import app as app_module
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.evaluator import common
from smartcert_desktop.gui.evaluator.evaluator_dialogs import ProblemsDialog, SheetImportDialog
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.demo import default_demo_dir
from smartcert_desktop.services.sheets import SheetPreview


def stored(screen: EvaluatorScreen, code: str) -> Sheet:
    handle, session = screen.handle(), screen.session()
    assert handle is not None and session is not None
    with handle.factory() as s:
        return ev_svc.my_sheets(s, session.program_id, session.evaluator_id)[code]


def export_sheet(qtbot: QtBot, screen: EvaluatorScreen, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "choose_save_file", lambda *a, **k: target)
    screen.export_sheet_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)


def test_the_score_sheet_round_trip(
    qtbot: QtBot, screen: EvaluatorScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    no_modal_boxes: list[object],
) -> None:
    workbook = tmp_path / "E01-scores.xlsx"
    export_sheet(qtbot, screen, workbook, monkeypatch)
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Scores"]
    header = [c.value for c in ws[1]]
    kind, level, code_col = header.index("kind") + 1, header.index("level") + 1, header.index("applicant_code") + 1
    first = screen.list_page.visible_codes()[0]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, kind).value == "qualitative" and ws.cell(row, code_col).value == first:
            ws.cell(row, level).value = "B"
    wb.save(workbook)

    screen.open_applicant(first)  # the form follows an import too
    # An edit made since the export, which the workbook does not have: the preview shows that the import
    # would take it away, and the edit stays undoable after the import (one more step, not a new history).
    second = screen.list_page.visible_codes()[1]
    screen.session().commit(Edit(second, "A1-6", "level", None, "C"))  # type: ignore[union-attr]
    steps_before = screen.session().undo_stack.count()  # type: ignore[union-attr]

    previews: list[SheetPreview] = []
    answer = {"import": False}

    def ask(cls: object, parent: object, preview: SheetPreview, framework: object = None,
            names: object = None) -> bool:
        previews.append(preview)
        return answer["import"]

    monkeypatch.setattr(SheetImportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(common, "choose_open_file", lambda *a, **k: workbook)
    # First the preview alone: what would change, field by field; cancelled, nothing changes.
    screen.import_sheet_action.trigger()
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    preview = previews[0]
    fw = screen.session().framework  # type: ignore[union-attr]
    assert [(c.applicant_code, c.indicator_code, c.field, c.before, c.after) for c in preview.changes] == \
        [(first, ind.code, "level", "", "B") for ind in fw.qualitative] + [(second, "A1-6", "level", "C", "")]
    assert set(preview.after) == {first, second}
    assert stored(screen, first).entry("A1-6").level is None

    answer["import"] = True
    screen.import_sheet_action.trigger()
    qtbot.waitUntil(lambda: stored(screen, first).entry("A1-6").level == "B", timeout=10000)
    assert all(stored(screen, first).entry(ind.code).level == "B" for ind in fw.qualitative)
    qtbot.waitUntil(lambda: screen.form_page.model().totals() is not None
                    and screen.form_page.form().sheet.entry("A1-6").level == "B")  # type: ignore[union-attr]
    row = next(r for r in screen.list_page.model().rows() if r.code == first)
    assert (row.status, row.done) == ("complete", 63)
    stack = screen.session().undo_stack  # type: ignore[union-attr]
    assert stack.count() == steps_before + 1

    assert stored(screen, second).entry("A1-6").level is None

    # One Undo takes the whole import back, one Redo puts it in again; the earlier edit is still there.
    screen.undo_action.trigger()
    assert all(stored(screen, first).entry(ind.code).level is None for ind in fw.qualitative)
    assert next(r for r in screen.list_page.model().rows() if r.code == first).status == "not_started"
    assert stored(screen, second).entry("A1-6").level == "C"
    screen.redo_action.trigger()
    assert all(stored(screen, first).entry(ind.code).level == "B" for ind in fw.qualitative)
    assert screen.form_page.form().sheet.entry("A1-6").level == "B"  # type: ignore[union-attr]
    screen.undo_action.trigger()
    screen.undo_action.trigger()  # the import, then the edit before it
    assert stored(screen, second).entry("A1-6").level is None
    assert stored(screen, first).entry("A1-6").level is None
    screen.redo_action.trigger()
    assert stored(screen, second).entry("A1-6").level == "C"
    screen.redo_action.trigger()
    assert stored(screen, first).entry("A1-6").level == "B" and stored(screen, second).entry("A1-6").level is None
    assert no_modal_boxes == []

    # A workbook with problems: every one listed by sheet, row and column, and nothing imported.
    for row_number in range(2, ws.max_row + 1):
        if ws.cell(row_number, kind).value == "qualitative" and ws.cell(row_number, code_col).value == first:
            ws.cell(row_number, level).value = "Z"
            break
    ws.cell(3, code_col).value = "NOPE"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    listed: list[list[Problem]] = []
    monkeypatch.setattr(ProblemsDialog, "ask", classmethod(lambda cls, parent, title, intro, problems:
                                                           listed.append(problems)))
    before = stored(screen, first)
    screen.import_sheet(bad)
    qtbot.waitUntil(lambda: bool(listed), timeout=10000)
    problems = listed[0]
    assert len(problems) >= 2
    assert all(p.sheet == "Scores" and p.row is not None and (p.column or p.field) for p in problems[:2])
    columns = " ".join(p.column or "" for p in problems)
    assert "level" in columns and "applicant_code" in columns
    assert stored(screen, first) == before


def test_typing_is_saved_after_a_pause_and_on_leaving_the_field(
    qtbot: QtBot, screen: EvaluatorScreen,
) -> None:
    first = screen.list_page.visible_codes()[0]
    screen.open_applicant(first, "A1-6")
    comment = screen.form_page.panel()._comment
    comment.setFocus()
    qtbot.keyClicks(comment, "clear goals")
    assert stored(screen, first).entry("A1-6").comment == ""  # not yet: still typing
    qtbot.waitUntil(lambda: stored(screen, first).entry("A1-6").comment == "clear goals", timeout=2000)
    # The overall comment: saved the moment the field loses the focus.
    note = screen.form_page.note_editor()
    note.setFocus()
    qtbot.keyClicks(note, "visited")
    screen.form_page.tree().setFocus()
    QApplication.processEvents()
    assert stored(screen, first).note == "visited"
    # One undo takes back the whole typed comment, not a letter.
    screen.undo_action.trigger()
    assert stored(screen, first).note == ""
    screen.undo_action.trigger()
    assert stored(screen, first).entry("A1-6").comment == ""


def test_closing_right_after_typing_loses_nothing(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, workspace: Path,
) -> None:
    first = screen.list_page.visible_codes()[0]
    screen.open_applicant(first, "A1-7")
    onsite = screen.form_page.panel()._onsite
    onsite.setFocus()
    qtbot.keyClicks(onsite, "road sensors seen")
    window.close()  # no pause: the close itself must store the text
    handle = ev_svc.open_evaluator(workspace)
    try:
        with handle.factory() as s:
            program = ev_svc.current_program(s)
            sheet = ev_svc.my_sheets(s, program.id, "E01")[first]
    finally:
        handle.close()
    assert sheet.entry("A1-7").onsite_note == "road sensors seen"


def test_a_value_found_is_checked_against_the_rule_before_it_is_saved(
    qtbot: QtBot, screen: EvaluatorScreen, monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = screen.list_page.visible_codes()[0]
    screen.open_applicant(first, "A1-1")  # a BAND rule: a number
    panel = screen.form_page.panel()
    qtbot.keyClick(screen.form_page.tree(), Qt.Key.Key_F2)
    field = panel._verified
    assert field.hasFocus()
    qtbot.keyClicks(field, "abc")
    assert panel._verified_problem.isVisibleTo(panel)
    assert not screen.form_page.flush()
    assert stored(screen, first).entry("A1-1").verified_value is None
    # Leaving with a value that does not fit asks whether to drop it.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, informative="": asked.append(text) or False)
    assert screen.can_close() is False and "abc" in asked[0]
    field.clear()
    qtbot.keyClicks(field, "12.5")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # back to the outline, stored at once
    assert stored(screen, first).entry("A1-1").verified_value == "12.5"
    assert screen.form_page.tree().hasFocus()
    assert "12.5" in screen.form_page.model().indicator_index("A1-1", 1).data()


def test_evidence_opens_in_the_system_viewer(
    screen: EvaluatorScreen, opened_documents: list[Path],
) -> None:
    first = screen.list_page.visible_codes()[0]
    screen.open_applicant(first, "A1-1")
    screen.evidence_action.trigger()
    form = screen.form_page.form()
    assert form is not None and len(form.documents) == 1
    assert opened_documents == [screen.handle().document_path(form.documents[0].sha256)]  # type: ignore[union-attr]
    assert opened_documents[0].exists()


def test_the_demo_opens_on_the_evaluator_ready_to_score(
    qtbot: QtBot, qapp: QApplication, demo_root: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    shutil.copytree(demo_root, default_demo_dir())
    args = argparse.Namespace(workspace=None, demo=True, lang="en")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window, translations, problems = app_module.build_main_window(qapp, args, settings=settings)
    qtbot.addWidget(window)
    try:
        assert problems == []
        assert window.role() == Role.EVALUATOR
        screen = window.role_widget()
        assert isinstance(screen, EvaluatorScreen)
        assert screen.context() is not None and screen.context().evaluator_id == "E01"  # type: ignore[union-attr]
        assert screen._stack.currentWidget() is screen.list_page
        assert screen.can_close()
    finally:
        translations.uninstall()


def test_the_screens_follow_the_language(
    qtbot: QtBot, window: MainWindow, screen: EvaluatorScreen, translations: Translations,
) -> None:
    first = screen.list_page.visible_codes()[0]
    screen.open_applicant(first, "A1-6")
    name_en = screen.list_page.model().rows()[0].name_en
    assert screen.list_page.model().index(0, 1).data() == name_en
    translations.switch("ko")
    qtbot.waitUntil(lambda: screen.list_page.model().index(0, 1).data() != name_en)
    assert screen.edit_menu.title() == "편집(&E)"
    assert "혁신" in screen.form_page.model().index(0, 0).data()


def test_splitters_and_columns_are_remembered_once_seen(
    qtbot: QtBot, translations: Translations, workspace: Path,
) -> None:
    from smartcert_desktop.gui.evaluator import make_evaluator_screen
    from smartcert_desktop.gui.settings import WindowState

    def open_window() -> tuple[MainWindow, EvaluatorScreen]:
        made = MainWindow(translations, workspace=workspace, screens={Role.EVALUATOR: make_evaluator_screen})
        qtbot.addWidget(made)
        made.show()  # as large as the screen lets it be
        made.choose_role(Role.EVALUATOR)
        widget = made.role_widget()
        assert isinstance(widget, EvaluatorScreen)
        return made, widget

    translations.switch("en")
    window, screen = open_window()
    window.close()  # the form was never shown: nothing about it is stored
    assert WindowState().value("splitter", "evaluator/form") is None

    window, screen = open_window()
    screen.open_applicant(screen.list_page.visible_codes()[0])
    qtbot.waitUntil(lambda: min(screen.form_page._splitter.sizes()) > 0)
    total = sum(screen.form_page._splitter.sizes())
    screen.form_page._splitter.setSizes([total - 400, 400])
    window.close()
    window, screen = open_window()
    screen.open_applicant(screen.list_page.visible_codes()[0])
    sizes = screen.form_page._splitter.sizes()
    assert abs(sizes[1] - 400) < 40 and min(sizes) > 0
    window.close()
