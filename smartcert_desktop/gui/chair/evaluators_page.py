"""Enrolled evaluators (평가위원): key fingerprints to compare by phone, conflicts, and their bundles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ...services.chair_views import ChairSnapshot, EvaluatorRow
from ..i18n import RetranslateMixin
from .actions import ChairActions, action_button
from .applicants_page import sortable
from .common import tidy_table
from .evaluators_model import EvaluatorsModel


class EvaluatorsPage(RetranslateMixin, QWidget):
    selection_changed = Signal()

    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: str | None = None
        self.model = EvaluatorsModel(self)
        self._proxy = sortable(self.model, self)
        self.table = QTableView()
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        tidy_table(self.table, EvaluatorsModel.CONFLICTS)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(action_button(actions.enrol_evaluator))
        buttons.addWidget(action_button(actions.declare_conflicts))
        buttons.addStretch(1)
        buttons.addWidget(self._summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._hint)
        self._count = 0
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        keep = self._selected
        self.model.set_rows(snapshot.evaluators)
        self._count = len(snapshot.evaluators)
        if keep is not None:
            for row in range(self.model.rowCount()):
                found = self.model.evaluator_at(row)
                if found is not None and found.id == keep:
                    self.table.selectRow(self._proxy.mapFromSource(self.model.index(row, 0)).row())
        self.retranslate()

    def selected_evaluator(self) -> EvaluatorRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.evaluator_at(self._proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        found = self.selected_evaluator()
        self._selected = found.id if found is not None else None
        self.selection_changed.emit()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._summary.setText(self.tr("%n evaluator(s) enrolled", "", self._count))
        self._hint.setText(self.tr(
            "Before enrolling, compare the key fingerprint with the evaluator by phone. Conflicts of interest "
            "declared here keep the evaluator from ever being assigned to those applicants; a conflict found "
            "later is declared by the evaluator in the score sheet (recusal)."))
