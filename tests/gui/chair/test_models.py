"""Every chair table model, checked by qtmodeltester on the rows of a real round, and what its cells say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.modeltest import ModelTester
from services.conftest import Round

from smartcert_desktop.gui.chair import common
from smartcert_desktop.gui.chair.applicants_model import ApplicantsModel
from smartcert_desktop.gui.chair.assignment_model import ASSIGNED_MARK, CONFLICT_MARK, AssignmentMatrixModel
from smartcert_desktop.gui.chair.completeness_model import CompletenessMatrixModel
from smartcert_desktop.gui.chair.corrections_model import PendingCorrectionsModel
from smartcert_desktop.gui.chair.documents_model import DocumentsModel
from smartcert_desktop.gui.chair.evaluators_model import EvaluatorsModel
from smartcert_desktop.gui.chair.framework_model import FrameworkTreeModel
from smartcert_desktop.gui.chair.ranking_model import RankingModel
from smartcert_desktop.gui.chair.reported_model import ReportedValuesModel
from smartcert_desktop.gui.chair.review_model import ROW_ROLE, ApplicantReviewModel
from smartcert_desktop.gui.chair.verdicts_model import VerdictsModel
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.services.chair_views import ChairSnapshot, chair_snapshot, framework_tree
from smartcert_desktop.services.merge import Verdict

from .conftest import FIVE

DISPLAY = Qt.ItemDataRole.DisplayRole


def merged_snapshot(r: Round) -> ChairSnapshot:
    r.merge(*[r.submit(e) for e in FIVE])
    with r.program.factory() as s:
        return chair_snapshot(s)


def column_of(model: object, title: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY)  # type: ignore[attr-defined]
               for c in range(model.columnCount())]  # type: ignore[attr-defined]
    return headers.index(title)


def test_table_models_pass_the_model_tester(qtmodeltester: ModelTester, scored_round: Round,
                                            translations: Translations) -> None:
    translations.switch("en")
    snap = merged_snapshot(scored_round)
    models = []
    applicants = ApplicantsModel()
    applicants.set_rows(snap.applicants)
    reported = ReportedValuesModel()
    reported.set_rows(snap.reported["P1"])
    documents = DocumentsModel()
    documents.set_rows(snap.documents.get("P1", ()))
    evaluators = EvaluatorsModel()
    evaluators.set_rows(snap.evaluators)
    pending = PendingCorrectionsModel()
    pending.set_rows(snap.pending)
    ranking = RankingModel()
    ranking.set_rows(snap.ranking)
    verdicts = VerdictsModel()
    verdicts.add([Verdict("/tmp/E1-1.scb", "accepted", evaluator_id="E1", sequence=1),
                  Verdict("/tmp/junk.scb", "rejected", "not a smartcert file")])
    models += [applicants, reported, documents, evaluators, pending, ranking, verdicts]
    for model in models:
        qtmodeltester.check(model, force_py=True)
        model.retranslate()
    assert applicants.rowCount() == 3 and evaluators.rowCount() == 5 and pending.rowCount() == 1
    assert verdicts.lines() == ["/tmp/E1-1.scb: accepted (E1, sequence 1)",
                                "/tmp/junk.scb: rejected: not a smartcert file"]
    # the tester stays connected and checks the resets to the empty state too
    for model in models:
        model.set_rows([])
        assert model.rowCount() == 0


def test_the_framework_tree_passes_and_sums(qtmodeltester: ModelTester, translations: Translations) -> None:
    translations.switch("en")
    from domain._build import tiny_framework

    model = FrameworkTreeModel()
    model.set_tree(framework_tree(tiny_framework()))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    d1 = model.index(0, 0)
    assert model.data(d1) == "D1"
    assert model.data(model.index(0, FrameworkTreeModel.MAX)) == "70.00"
    i1 = model.index(0, 0, d1)
    q1 = model.index(0, 0, i1)
    assert model.data(q1) == "Q1"
    assert model.data(model.index(0, FrameworkTreeModel.KIND, i1)) == "Quantitative"
    # Rules in words, read from the parsed rule; the workbook's spelling in the tooltip.
    def rule(row: int, parent: QModelIndex) -> tuple[str, str]:
        return (model.data(model.index(row, FrameworkTreeModel.RULE, parent)),
                model.data(model.index(row, FrameworkTreeModel.PARAMS, parent)))

    i2 = model.index(1, 0, d1)
    assert rule(0, i1) == ("Bands", "80 or more: 1 · 50 or more: 0.5 · otherwise 0.1")
    assert rule(1, i1) == ("Target", "target 100 for large cities, 40 for small and medium ones")
    assert rule(0, i2) == ("Min–max", "floor 0.2, higher is better")
    assert rule(1, i2) == ("Scale", "the evaluators' level, by the Scale's ratios")
    assert model.data(model.index(0, FrameworkTreeModel.PARAMS, i1), Qt.ItemDataRole.ToolTipRole) == \
        "80 or more: 1 · 50 or more: 0.5 · otherwise 0.1\nBAND >= 80 : 1; >= 50 : 0.5; else : 0.1"
    translations.switch("ko")
    assert rule(0, i1) == ("구간", "80 이상 1 · 50 이상 0.5 · 그 밖 0.1")
    assert rule(1, i1) == ("목표 대비", "목표: 대도시 100, 중소도시 40")
    assert rule(0, i2) == ("최소–최대", "최저 0.2, 높을수록 좋음")
    d2 = model.index(1, 0)
    i3 = model.index(0, 0, d2)
    assert rule(0, i3) == ("충족 비율", "충족 항목 수 ÷ 전체 항목 수")
    assert rule(1, i3) == ("단계", "yes 1 · partial 0.5 · no 0")
    assert model.parent(q1) == i1 and model.parent(i1) == d1
    model.retranslate()


def test_matrices_mark_assignments_conflicts_and_completeness(
        qtmodeltester: ModelTester, make_round: Callable[..., Round], translations: Translations) -> None:
    translations.switch("en")
    r = make_round(evaluators=("E1", "E2", "E3"), conflicts={"E3": ["P2"]})
    r.assign([("E1", "P1"), ("E2", "P1"), ("E3", "P1"), ("E1", "P2")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B", "S2": "B"})
    r.score("E2", "P1", {"S1": "B"})
    r.merge(r.submit("E1"), r.submit("E2"))
    with r.program.factory() as s:
        snap = chair_snapshot(s)
    names = {e.id: e.name for e in snap.evaluators}
    assignment = AssignmentMatrixModel()
    assignment.set_matrix(snap.assignments, names, {})
    qtmodeltester.check(assignment, force_py=True)
    # rows E1..E3 and a total row; columns P1..P3 and the load column
    assert (assignment.rowCount(), assignment.columnCount()) == (4, 4)
    assert assignment.data(assignment.index(0, 0)) == ASSIGNED_MARK
    assert assignment.data(assignment.index(2, 1)) == CONFLICT_MARK
    assert assignment.data(assignment.index(1, 2)) == ""
    assert assignment.data(assignment.index(0, 3)) == "2"          # E1's load
    assert assignment.data(assignment.index(3, 0)) == "3"          # P1's evaluators
    assert assignment.headerData(0, Qt.Orientation.Vertical, DISPLAY).startswith("E1")

    completeness = CompletenessMatrixModel()
    completeness.set_matrix(snap.completeness, names, {})
    qtmodeltester.check(completeness, force_py=True)
    statuses = {(completeness.headerData(row, Qt.Orientation.Vertical, DISPLAY).split()[0],
                 completeness.headerData(col, Qt.Orientation.Horizontal, DISPLAY)):
                completeness.data(completeness.index(row, col), Qt.ItemDataRole.UserRole)
                for row in range(3) for col in range(3)}
    assert statuses[("E1", "P1")] == "complete"
    assert statuses[("E2", "P1")] == "incomplete"
    assert statuses[("E3", "P1")] == "missing"
    assert statuses[("E3", "P2")] == "conflict"
    assert statuses[("E1", "P2")] == "incomplete"
    assert completeness.data(completeness.index(1, 0)) == "Incomplete (1)"
    assert completeness.data(completeness.index(0, 3)) == "#1"       # E1's bundle
    assert completeness.data(completeness.index(2, 3)) == "—"        # E3 has none
    assert completeness.data(completeness.index(0, 0), Qt.ItemDataRole.BackgroundRole) == common.COMPLETE


def test_the_review_strikes_trimmed_values_and_highlights_flags(
        qtmodeltester: ModelTester, scored_round: Round, translations: Translations) -> None:
    translations.switch("en")
    snap = merged_snapshot(scored_round)
    model = ApplicantReviewModel()
    model.set_review(snap.review("P1"))
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == 4 + 5 + 2
    s1 = model.row_of("S1")
    e4 = model.evaluator_column("E4")
    e2 = model.evaluator_column("E2")
    assert model.data(model.index(s1, e4)) == "15.00 (C)"
    font = model.data(model.index(s1, e4), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.data(model.index(s1, e4), Qt.ItemDataRole.ForegroundRole) == common.TRIMMED_TEXT
    assert model.data(model.index(s1, e2), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(s1, model.points_column())) == "21.67"
    # Q1: E2 found 40 where 85 is in effect: a pending correction, the row highlighted
    q1 = model.row_of("Q1")
    assert model.data(model.index(q1, e2)) == "→ 40"
    assert model.data(model.index(q1, e2), Qt.ItemDataRole.BackgroundRole) == common.PENDING
    assert model.data(model.index(q1, 0), Qt.ItemDataRole.BackgroundRole) == common.FLAGGED
    assert model.data(model.index(q1, ApplicantReviewModel.VALUE)) == "85"
    assert model.data(model.index(q1, model.spread_column()), ROW_ROLE).indicator == "Q1"
    unflagged = model.row_of("Q2")
    background = model.data(model.index(unflagged, 0), Qt.ItemDataRole.BackgroundRole)
    assert not isinstance(background, QColor)

    model.set_only_flagged(True)  # the connected tester checks the reset
    shown = {model.data(model.index(row, 0)) for row in range(model.rowCount())}
    assert "Q1" in shown and "Q2" not in shown
    model.set_review(None)
    assert model.columnCount() == 0
