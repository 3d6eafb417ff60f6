"""The evaluator's models on their own: Qt's model tester, filtering, sorting, subtotals, language."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from smartcert_desktop.domain.sheets import IndicatorEntry, Missing, Sheet
from smartcert_desktop.errors import Problem
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.gui.evaluator.applicant_table_model import (
    SORT_ROLE,
    ApplicantFilterProxy,
    ApplicantTableModel,
    Column,
)
from smartcert_desktop.gui.evaluator.missing_table_model import MissingTableModel, missing_rows
from smartcert_desktop.gui.evaluator.problem_table_model import ProblemTableModel
from smartcert_desktop.gui.evaluator.score_tree_model import COMPLETE_ROLE, ScoreTreeModel
from smartcert_desktop.gui.evaluator.score_tree_model import Column as TreeColumn
from smartcert_desktop.paths import sample_framework_path
from smartcert_desktop.services.evaluator import ApplicantRow
from smartcert_desktop.services.form import ApplicantForm, Reported


@pytest.fixture(scope="module")
def framework():  # type: ignore[no-untyped-def]
    return read_framework(sample_framework_path())


def rows() -> list[ApplicantRow]:
    return [
        ApplicantRow("L02", "대구광역시", "Daegu", "대구광역시", 2_374_960, "large", 41, 63, "in_progress",
                     Decimal("1360.66")),
        ApplicantRow("S01", "강남구", "Gangnam-gu", "서울특별시", 530_000, "large", 63, 63, "complete",
                     Decimal("1700.10")),
        ApplicantRow("S03", "고성군", "Goseong", "강원특별자치도", 27_000, "small", 0, 63, "not_started",
                     Decimal("980.00")),
        ApplicantRow("L04", "부천시", "Bucheon", "경기도", 789_269, "large", 0, 63, "recused", Decimal("0.00")),
    ]


def test_the_applicant_table_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ApplicantTableModel()
    qtmodeltester.check(model)
    model.set_rows(rows())
    qtmodeltester.check(model)
    proxy = ApplicantFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_the_applicant_table_shows_progress_status_city_type_and_total() -> None:
    model = ApplicantTableModel()
    model.set_rows(rows())
    cell = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert cell(0, Column.PROGRESS) == "41 / 63"
    assert cell(0, Column.TOTAL) == "1,360.66"
    assert cell(0, Column.CITY_TYPE) == "Large city"
    assert cell(2, Column.CITY_TYPE) == "Small/medium city"
    assert cell(0, Column.STATUS) == "In progress"
    assert cell(3, Column.STATUS) == "Recused"
    assert cell(0, Column.NAME) == "대구광역시"
    model.set_language("en")
    assert cell(0, Column.NAME) == "Daegu"
    assert model.index(0, Column.TOTAL).data(SORT_ROLE) == 136066

    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    from dataclasses import replace

    model.update_row(replace(rows()[0], done=42, status="in_progress"))
    assert changed == [(0, 0)] and cell(0, Column.PROGRESS) == "42 / 63"


def test_the_filter_keeps_a_status_and_finds_text_in_either_language() -> None:
    model = ApplicantTableModel()
    model.set_rows(rows())
    proxy = ApplicantFilterProxy()
    proxy.setSourceModel(model)
    codes = lambda: sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))  # noqa: E731
    assert codes() == ["L02", "L04", "S01", "S03"]
    proxy.set_statuses(("not_started", "in_progress"))
    assert codes() == ["L02", "S03"]
    proxy.set_statuses(None)
    proxy.set_search_text("DAEGU")
    assert codes() == ["L02"]
    proxy.set_search_text("서울")
    assert codes() == ["S01"]
    proxy.set_search_text("")
    proxy.sort(Column.TOTAL, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["S01", "L02", "S03", "L04"]
    proxy.sort(Column.PROGRESS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(proxy.rowCount() - 1, 0).data() == "S01"


def form_for(framework, sheet: Sheet) -> ApplicantForm:  # type: ignore[no-untyped-def]
    reported = {ind.code: Reported("10", "p.1", Decimal("6.00")) for ind in framework.quantitative}
    return ApplicantForm("L02", "대구광역시", "Daegu", "대구광역시", 2_374_960, "large", reported, {}, (), sheet)


def test_the_score_tree_passes_the_model_tester(qtmodeltester: ModelTester, framework) -> None:  # type: ignore[no-untyped-def]
    model = ScoreTreeModel()
    qtmodeltester.check(model)
    model.set_framework(framework)
    qtmodeltester.check(model)
    model.set_form(form_for(framework, Sheet("E01", "L02")))
    qtmodeltester.check(model)


def test_the_score_tree_follows_the_framework_with_subtotals(framework) -> None:  # type: ignore[no-untyped-def]
    model = ScoreTreeModel()
    model.set_framework(framework)
    assert model.rowCount() == len(framework.domains)
    assert sum(model.rowCount(model.index(d, 0)) for d in range(model.rowCount())) == len(framework.items)
    assert model.indicator_codes() == [i.code for i in framework.indicators]
    first_qualitative = framework.qualitative[0]
    level = framework.scale[0]
    sheet = Sheet("E01", "L02", {first_qualitative.code: IndicatorEntry(level=level.code)})
    form = form_for(framework, sheet)
    model.set_form(form)
    totals = model.totals()
    assert totals is not None
    expected = Decimal("6.00") * len(framework.quantitative) + level.ratio * first_qualitative.max_points
    assert totals.total == expected.quantize(Decimal("0.01"))
    index = model.indicator_index(first_qualitative.code)
    assert index.siblingAtColumn(TreeColumn.ENTRY).data() == level.code
    # The best level needs a comment in the sample framework: not done, and marked so.
    assert index.data(COMPLETE_ROLE) is False
    assert index.siblingAtColumn(TreeColumn.STATE).data() == "!"
    item_row = model.parent(index)
    assert model.node_kind(item_row) == "item"
    assert model.flags(item_row) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
    item_points = item_row.siblingAtColumn(TreeColumn.POINTS).data()
    assert item_points.endswith(f"/ {framework.item_max(first_qualitative.item_code).normalize():f}")
    assert model.parent(model.index(0, 0)) == QModelIndex()
    model.set_language("en")
    assert framework.domains[0].name_en in model.index(0, 0).data()


def test_the_missing_and_problem_tables_pass_the_model_tester(qtmodeltester: ModelTester, framework) -> None:  # type: ignore[no-untyped-def]
    missing = MissingTableModel()
    qtmodeltester.check(missing)
    code = framework.qualitative[0].code
    missing.set_rows(missing_rows([Missing("L02", code, "level"), Missing("L02", code, "comment")], framework,
                                  {"L02": "대구광역시"}, "ko"))
    qtmodeltester.check(missing)
    assert missing.index(0, 0).data() == "L02  대구광역시"
    assert missing.index(1, 2).data() == "Comment (required for this level)"

    problems = ProblemTableModel()
    qtmodeltester.check(problems)
    problems.set_problems([Problem("level Z is not in the Scale", file="s.xlsx", sheet="Scores", row=4,
                                   column="level"), Problem("no sheet Recusals")])
    qtmodeltester.check(problems)
    assert [problems.index(0, c).data() for c in range(4)] == ["Scores", "4", "level", "level Z is not in the Scale"]
    assert problems.index(1, 1).data() == ""
