"""The chair's screens in a main window, driven as a person would, on rounds built through the services."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QSplitter
from pytestqt.qtbot import QtBot
from services.conftest import Round

from smartcert_desktop.exchange import envelope
from smartcert_desktop.exchange.applicants_xlsx import write_applicants
from smartcert_desktop.gui.chair import ChairScreen, common
from smartcert_desktop.gui.chair.assign_dialog import AssignChoice, AssignDialog
from smartcert_desktop.gui.chair.correction_dialog import ACCEPT, DISMISS, CorrectionChoice, CorrectionDialog
from smartcert_desktop.gui.chair.enrol_dialog import EnrolDialog
from smartcert_desktop.gui.chair.new_program_dialog import NewProgram, NewProgramDialog
from smartcert_desktop.gui.chair.ranking_model import RankingModel
from smartcert_desktop.gui.chair.screen import TABS
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.gui.pdf_preview import PdfPreviewDialog
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.results import round_outcome

from .conftest import FIVE, PASS, Told, settle

DISPLAY = Qt.ItemDataRole.DisplayRole
OpenChair = Callable[..., ChairScreen]


def verdicts_shown(screen: ChairScreen) -> list[tuple[str, str, str]]:
    model = screen.bundles_page.verdicts_model
    return [(model.data(model.index(row, model.FILE)), model.data(model.index(row, model.VERDICT)),
             model.data(model.index(row, model.REASON))) for row in range(model.rowCount())]


def completeness(screen: ChairScreen, evaluator: str, applicant: str) -> str:
    model = screen.bundles_page.completeness_model
    m = model.matrix()
    return str(model.data(model.index(m.evaluators.index(evaluator), m.applicants.index(applicant)),
                          Qt.ItemDataRole.UserRole))


def test_importing_bundles_shows_a_verdict_per_bundle_and_updates_the_matrix(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, told: Told, tmp_path: Path) -> None:
    r = scored_round
    bundles = [r.submit(e) for e in FIVE]
    screen = open_chair(r.program_dir)
    assert screen.tabs.count() == len(TABS)
    assert completeness(screen, "E1", "P1") == "missing"

    screen.merge_bundles(bundles[:3])
    settle(qtbot, screen)
    assert [v for _f, v, _r in verdicts_shown(screen)] == ["accepted"] * 3
    assert screen.tabs.currentWidget() is screen.bundles_page
    assert completeness(screen, "E1", "P1") == "complete"
    assert completeness(screen, "E4", "P1") == "missing"

    junk = tmp_path / "junk.scb"
    junk.write_bytes(b"not a bundle at all")
    screen.merge_bundles([bundles[0], *bundles[3:], junk])
    settle(qtbot, screen)
    shown = verdicts_shown(screen)[3:]
    assert [(f, v) for f, v, _r in shown] == [("E1-1.scb", "duplicate"), ("E4-4.scb", "accepted"),
                                              ("E5-5.scb", "accepted"), ("junk.scb", "rejected")]
    assert shown[-1][2]  # a rejection says why
    assert all(completeness(screen, e, a) == "complete" for e in FIVE for a in ("P1", "P2"))
    assert screen.bundles_page.verdicts_model.lines()[3] == f"{bundles[0]}: duplicate (E1, sequence 1)"
    assert "1 rejected" in screen.window().statusBar().currentMessage()
    assert told.errors == []
    # the results are there: five counted evaluators, a grade
    ranking = screen.results_page.model
    p1 = next(row for row in ranking.rows() if row.code == "P1")
    assert (p1.status, p1.evaluators_counted) == ("graded", 5)


def test_dropping_bundle_files_on_the_bundles_page_merges_them(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round) -> None:
    bundle = scored_round.submit("E3")
    screen = open_chair(scored_round.program_dir)
    screen.show_tab("bundles")
    page = screen.bundles_page
    mime = QMimeData()   # the events do not own it: keep it referenced while they live
    mime.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(scored_round.root / "notes.txt"))])
    # as a real drag: the page is entered first (Qt delivers no drop to a widget the drag never entered)
    entered = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, entered)
    assert entered.isAccepted()
    dropped = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, dropped)
    settle(qtbot, screen)
    assert verdicts_shown(screen) == [("E3-1.scb", "accepted", "")]
    assert completeness(screen, "E3", "P2") == "complete"


def test_accepting_a_correction_records_it_and_changes_the_points(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, monkeypatch: pytest.MonkeyPatch) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    screen = open_chair(r.program_dir)
    screen.show_tab("corrections")
    page = screen.corrections_page
    assert page.model.rowCount() == 1
    assert screen.tabs.tabText(TABS.index("corrections")) == "Corrections (1)"
    row = page.selected()
    assert row is not None and (row.applicant, row.indicator, row.evaluator, row.value) == ("P1", "Q1", "E2", "40")
    assert screen.commands.accept_correction.isEnabled()
    asked: list[tuple[str, Any]] = []

    def ask(_parent: Any, action: str, pending: Any, same: Any = ()) -> CorrectionChoice:
        asked.append((action, pending))
        return CorrectionChoice("40", "E2 checked the evidence: 40 %")

    monkeypatch.setattr(CorrectionDialog, "ask", ask)
    screen.commands.accept_correction.trigger()
    settle(qtbot, screen)
    assert [a for a, _p in asked] == [ACCEPT]
    assert page.model.rowCount() == 0
    # the status bar says what was decided, as the service says it
    assert screen.window().statusBar().currentMessage() == "accepted P1 Q1 = 40 (E2 checked the evidence: 40 %)"
    assert not screen.commands.accept_correction.isEnabled()
    # in the store: the accepted value is in effect, with the reason, and nothing is pending any more
    with r.program.factory() as s:
        state = round_outcome(s)
    values, accepted = state.values_in_effect, state.accepted
    assert values[("P1", "Q1")] == "40"
    assert accepted[("P1", "Q1")].reason == "E2 checked the evidence: 40 %"
    p1 = r.applicant("P1")
    assert p1["pending_corrections"] == []
    assert p1["indicators"]["Q1"] == "1.00"   # BAND: below 50 gives 0.1 of 10 points
    reported = {x.indicator: x for x in screen.snapshot().reported["P1"]}  # type: ignore[union-attr]
    assert (reported["Q1"].value, reported["Q1"].reported) == ("40", "85")


def test_dismissing_a_correction_keeps_the_value(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, monkeypatch: pytest.MonkeyPatch) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    screen = open_chair(r.program_dir)
    monkeypatch.setattr(CorrectionDialog, "ask",
                        lambda _p, action, row, same=(): CorrectionChoice("", "the reported 85 is right")
                        if action == DISMISS else None)
    screen.commands.dismiss_correction.trigger()
    settle(qtbot, screen)
    assert screen.corrections_page.model.rowCount() == 0
    p1 = r.applicant("P1")
    assert p1["pending_corrections"] == [] and p1["indicators"]["Q1"] == "10.00"


def test_cancelling_the_decision_changes_nothing(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, monkeypatch: pytest.MonkeyPatch) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    screen = open_chair(r.program_dir)
    monkeypatch.setattr(CorrectionDialog, "ask", lambda *_a, **_k: None)
    screen.commands.accept_correction.trigger()
    settle(qtbot, screen)
    assert len(r.applicant("P1")["pending_corrections"]) == 1


def test_the_ranking_shows_the_results_json(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, tmp_path: Path) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    screen = open_chair(r.program_dir)
    out = tmp_path / "out" / "results.json"
    out.parent.mkdir()
    screen.export_results_to(out)
    settle(qtbot, screen)
    document = json.loads(out.read_bytes())
    assert envelope.verify_detached(out.read_bytes(), (tmp_path / "out" / "results.json.sig").read_bytes())
    assert (tmp_path / "out" / "results.xlsx").exists()
    by_code = {a["code"]: a for a in document["applicants"]}
    model = screen.results_page.model
    assert model.rowCount() == len(by_code) == 3
    for row in range(model.rowCount()):
        def cell(column: int, row: int = row) -> str:
            return str(model.data(model.index(row, column), DISPLAY))

        expected = by_code[cell(RankingModel.CODE)]
        assert cell(RankingModel.TOTAL) == expected["total"]
        assert cell(RankingModel.GRADE) == ("" if expected["grade"] is None else str(expected["grade"]))
        assert cell(RankingModel.CERTIFIED) == ("Yes" if expected["certified"] else "No")
        assert cell(RankingModel.STATUS) == {"graded": "Graded", "incomplete": "Incomplete"}[expected["status"]]
        assert cell(RankingModel.EVALUATORS) == str(expected["evaluators_counted"])
        assert cell(RankingModel.FLAGS) == (str(len(expected["flags"])) if expected["flags"] else "")
        assert cell(RankingModel.PENDING) == (str(len(expected["pending_corrections"]))
                                              if expected["pending_corrections"] else "")
        assert cell(RankingModel.NAME) == expected["name_en"]
    # large cities first, ranked by total
    assert [model.data(model.index(n, RankingModel.CODE)) for n in range(3)] == ["P1", "P2", "P3"]
    screen.results_page.city_filter.setCurrentIndex(2)   # small and medium cities only
    assert [row.code for row in model.rows()] == ["P3"]


def test_the_review_of_an_applicant_follows_the_selection(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    screen = open_chair(r.program_dir)
    page = screen.review_page
    screen.show_tab("review")
    page.show_applicant("P1")
    model = page.model
    assert model.review() is not None and model.review().code == "P1"  # type: ignore[union-attr]
    s1 = model.row_of("S1")
    page.table.selectRow(s1)
    assert page.chart.row() is not None and page.chart.row().indicator == "S1"  # type: ignore[union-attr]
    assert "21.67" in page.chart.caption()
    page.only_flagged.setChecked(True)
    assert all(r.flagged for r in (model.row_at(n) for n in range(model.rowCount())) if r is not None)
    page.chart.grab()   # paints without error
    page.table.grab()


def test_a_bad_applicants_workbook_lists_every_problem_and_imports_nothing(
        qtbot: QtBot, open_chair: OpenChair, make_round: Callable[..., Round], told: Told, tmp_path: Path) -> None:
    from smartcert_desktop.domain.engine import ApplicantInput

    r = make_round(evaluators=("E1",))
    workbook = tmp_path / "applicants.xlsx"
    write_applicants(workbook, [ApplicantInput("P9", "라시", "Ra City", 80_000)],
                     {("P9", "Q1"): ("lots", ""), ("P9", "NOPE"): ("3", "")}, {}, r.framework)
    screen = open_chair(r.program_dir)
    screen.import_applicants_from(workbook)
    settle(qtbot, screen)
    assert len(told.errors) >= 2
    assert all("applicants.xlsx" in line and "Reported" in line for line in told.errors)
    assert [a.code for a in screen.snapshot().applicants] == ["P1", "P2", "P3"]  # type: ignore[union-attr]

    told.errors.clear()
    write_applicants(workbook, [ApplicantInput("P9", "라시", "Ra City", 80_000)], {("P9", "Q1"): ("60", "")}, {},
                     r.framework)
    screen.import_applicants_from(workbook)
    settle(qtbot, screen)
    assert told.errors == []
    assert [a.code for a in screen.snapshot().applicants] == ["P1", "P2", "P3", "P9"]  # type: ignore[union-attr]
    assert "1 added" in screen.window().statusBar().currentMessage()


def test_a_program_is_made_enrolled_assigned_and_packaged_in_the_gui(
        qtbot: QtBot, open_chair: OpenChair, tmp_path: Path, told: Told, monkeypatch: pytest.MonkeyPatch) -> None:
    from domain._build import tiny_framework
    from services.conftest import APPLICANTS, REPORTED

    screen = open_chair(None)
    assert screen._stack.currentWidget() is screen.welcome
    assert not screen.commands.import_applicants.isEnabled()
    target = tmp_path / "new-program"
    monkeypatch.setattr(NewProgramDialog, "ask",
                        lambda _p, _s: NewProgram(tiny_framework(), Path("tiny.xlsx"), target, "시험 프로그램"))
    screen.commands.new_program.trigger()
    settle(qtbot, screen)
    assert (target / "program.db").exists()
    assert screen.program_dir() == target.resolve()
    assert screen.window().workspace() == target.resolve()   # type: ignore[attr-defined]
    assert told.infos and "fingerprint" in told.infos[0]

    workbook = tmp_path / "applicants.xlsx"
    write_applicants(workbook, APPLICANTS, {k: (v, "") for k, v in REPORTED.items()}, {}, tiny_framework())
    screen.import_applicants_from(workbook)
    settle(qtbot, screen)
    assert screen.applicants_page.model.rowCount() == 3

    enrolments = [ev_svc.init_evaluator(tmp_path / "ev" / e, e, f"위원 {e}", PASS).enrollment_path
                  for e in ("E1", "E2", "E3")]
    shown: list[str] = []

    def enrol_ask(_parent: Any, enrollment: Any, applicants: Any) -> list[str]:
        shown.append(enrollment.fingerprint)
        return ["P3"] if enrollment.evaluator_id == "E3" else []

    monkeypatch.setattr(EnrolDialog, "ask", enrol_ask)
    screen.enrol_from(enrolments)
    settle(qtbot, screen)
    evaluators = screen.evaluators_page.model.rows()
    assert [(e.id, e.conflicts) for e in evaluators] == [("E1", ()), ("E2", ()), ("E3", ("P3",))]
    assert shown == [e.fingerprint for e in evaluators]

    monkeypatch.setattr(AssignDialog, "ask", lambda *_a, **_k: AssignChoice(2, 7))
    screen.commands.auto_assign.trigger()
    settle(qtbot, screen)
    matrix = screen.assignments_page.model.matrix()
    assert len(matrix.assigned) == 6 and ("E3", "P3") not in matrix.assigned
    assert all(matrix.per_applicant(a) == 2 for a in matrix.applicants)

    packages = tmp_path / "packages"
    screen.export_packages_to(packages)
    settle(qtbot, screen)
    assert sorted(p.name for p in packages.iterdir()) == ["E1.scpkg", "E2.scpkg", "E3.scpkg"]
    assert told.errors == []


def test_result_sheets_are_written_and_previewed(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    opened: list[Path] = []
    monkeypatch.setattr(common, "open_externally", lambda path: opened.append(path) or True)
    screen = open_chair(r.program_dir)
    assert screen.commands.write_pdfs.isEnabled()
    folder = tmp_path / "sheets"
    screen.write_pdfs_to(folder)
    settle(qtbot, screen, timeout=60_000)
    assert opened == [folder]
    assert {"P1.pdf", "P2.pdf", "P3.pdf"} <= {p.name for p in folder.iterdir()}

    # Without a selection the preview waits, and says what for, in its tooltip and the status bar.
    screen.results_page.table.clearSelection()
    action = screen.commands.preview_sheet
    assert not action.isEnabled()
    assert action.toolTip() == "Select an applicant on the Results tab to preview their result sheet."
    # Shown inside the program: the pages of the very PDF that prints, rendered, no viewer started.
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(PdfPreviewDialog, "ask", classmethod(lambda cls, parent, data, title:
                                                             shown.append((data, title))))
    screen.results_page.select("P2")
    assert action.isEnabled()
    action.trigger()
    settle(qtbot, screen, timeout=60_000)
    assert opened == [folder]  # nothing opened outside
    data, title = shown[0]
    assert data == (folder / "P2.pdf").read_bytes()  # the same bytes as the file written for printing
    assert title == "Result Sheet of P2 Na City (preview)"
    dialog = PdfPreviewDialog(screen, data, title)
    qtbot.addWidget(dialog)
    assert dialog.pages() == len(PdfReader(io.BytesIO(data)).pages) >= 2
    page = dialog.page_image(0)
    assert abs(page.width() / page.height() - 210 / 297) < 0.01  # an A4 page
    assert page.pixelColor(page.width() // 2, 5).name() == "#1f3a5f"  # the navy header band
    dialog.set_zoom(0)
    assert dialog.page_image(0).width() < page.width()
    assert screen.can_close()


def test_the_pdf_folder_that_cannot_be_shown_is_said_in_the_window(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, tmp_path: Path, told: Told,
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    monkeypatch.setattr(common, "open_externally", lambda path: False)
    screen = open_chair(r.program_dir)
    folder = tmp_path / "sheets"
    screen.write_pdfs_to(folder)
    settle(qtbot, screen, timeout=60_000)
    assert told.infos and str(folder) in told.infos[-1] and "No file manager" in told.infos[-1]


def test_exporting_results_with_pending_corrections_asks_first(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round, tmp_path: Path, told: Told,
        monkeypatch: pytest.MonkeyPatch) -> None:
    r = scored_round
    r.merge(*[r.submit(e) for e in FIVE])
    screen = open_chair(r.program_dir)
    assert len(screen.snapshot().pending) == 1  # type: ignore[union-attr]  # E2's value for P1 Q1
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen.append("asked") or ("", ""))
    told.answer = False
    screen.commands.export_results.trigger()
    assert told.questions == ["Corrected values waiting for your decision: 1. Export the results anyway?"]
    assert chosen == []  # stopped before the file was asked for
    told.answer = True
    screen.commands.export_results.trigger()
    assert chosen == ["asked"]


def test_tabs_switch_with_ctrl_tab_and_ctrl_page_down(
        qtbot: QtBot, open_chair: OpenChair, scored_round: Round) -> None:
    screen = open_chair(scored_round.program_dir)
    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    screen.show_tab("applicants")
    table = screen.applicants_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentIndex() == 2
    qtbot.keyClick(screen.tabs.currentWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentIndex() == 3
    qtbot.keyClick(screen.tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentIndex() == 2
    screen.show_tab("program")
    qtbot.keyClick(screen.tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentIndex() == screen.tabs.count() - 1  # round the end


def test_an_evaluator_workspace_is_not_opened_as_a_program(
        open_chair: OpenChair, scored_round: Round) -> None:
    evaluator_dir = scored_round.root / "ev" / "E1"
    screen = open_chair(evaluator_dir)
    assert screen._stack.currentWidget() is screen.welcome
    assert screen.handle() is None
    assert "evaluator" in screen.welcome._note.text()


def test_the_screens_switch_language(qtbot: QtBot, open_chair: OpenChair, scored_round: Round) -> None:
    screen = open_chair(scored_round.program_dir)
    window = screen.window()
    assert screen.tabs.tabText(TABS.index("results")) == "Results"
    window.set_language("ko")   # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.tabs.tabText(TABS.index("results")) == "결과")
    assert screen.menus()[0].title() == "프로그램(&P)"
    model = screen.results_page.model
    assert model.headerData(RankingModel.GRADE, Qt.Orientation.Horizontal, DISPLAY) == "등급"
    assert model.data(model.index(0, RankingModel.NAME), DISPLAY) == "가시"


def test_the_chair_role_of_the_demo_opens_its_program(
        qtbot: QtBot, translations: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        scored_round: Round) -> None:
    from smartcert_desktop.gui.app import default_screens
    from smartcert_desktop.gui.chair import screen as screen_mod

    demo_root = tmp_path / "demo"
    demo_root.mkdir()
    (demo_root / "program").symlink_to(scored_round.program_dir, target_is_directory=True)
    monkeypatch.setattr(screen_mod, "default_demo_dir", lambda: demo_root)
    program, note = screen_mod.resolve_program(demo_root / "evaluators" / "E01", demo=True)
    assert (program, note) == (demo_root / "program", None)
    assert screen_mod.resolve_program(None, demo=False) == (None, None)
    assert screen_mod.resolve_program(scored_round.root / "ev" / "E1") == (None, screen_mod.NOTE_EVALUATOR)

    # --demo opens the demo's evaluator workspace; choosing the chair then opens the demo's program
    translations.switch("en")
    window = MainWindow(translations, workspace=demo_root / "evaluators" / "E01", demo=True,
                        screens=default_screens())
    qtbot.addWidget(window)
    window.choose_role(Role.CHAIR)
    screen = window.role_widget()
    assert isinstance(screen, ChairScreen)
    settle(qtbot, screen)
    assert screen.program_dir() == scored_round.program_dir.resolve()
    assert [a.code for a in screen.snapshot().applicants] == ["P1", "P2", "P3"]  # type: ignore[union-attr]


def test_splitters_are_remembered(open_chair: Callable[..., ChairScreen], scored_round: Round) -> None:
    # Table columns fit their contents by themselves; what the chair arranges by hand is the splitters.
    screen = open_chair(scored_round.program_dir)
    splitter = screen.bundles_page.findChildren(QSplitter)[0]
    splitter.setSizes([120, 400])
    first = splitter.sizes()
    assert screen.can_close()
    again = open_chair(scored_round.program_dir)
    assert again.bundles_page.findChildren(QSplitter)[0].sizes() == first
