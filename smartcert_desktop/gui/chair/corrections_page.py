"""Pending corrections: values evaluators found that differ from the value in effect (contract section 8).

Such a value never changes points by itself. The chair accepts a value (it replaces the reported value) or
dismisses the indicator's pending corrections, each with a reason kept in the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ...services.chair_views import ChairSnapshot, PendingRow
from ..i18n import RetranslateMixin
from .actions import ChairActions, action_button
from .applicants_page import sortable
from .common import tidy_table
from .corrections_model import PendingCorrectionsModel


class CorrectionsPage(RetranslateMixin, QWidget):
    selection_changed = Signal()
    accept_requested = Signal()

    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[PendingRow, ...] = ()
        self.model = PendingCorrectionsModel(self)
        self._proxy = sortable(self.model, self)
        self.table = QTableView()
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        tidy_table(self.table, PendingCorrectionsModel.COMMENT)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._empty = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(action_button(actions.accept_correction))
        buttons.addWidget(action_button(actions.dismiss_correction))
        buttons.addStretch(1)
        buttons.addWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        keep = self.selected()
        self._all = snapshot.pending
        self.model.set_rows(snapshot.pending)
        target = 0
        if keep is not None:
            for row in range(self.model.rowCount()):
                found = self.model.pending_at(row)
                if found is not None and (found.applicant, found.indicator) == (keep.applicant, keep.indicator):
                    target = row
                    break
        if self.model.rowCount():
            self.table.selectRow(self._proxy.mapFromSource(self.model.index(target, 0)).row())
        self.retranslate()

    def selected(self) -> PendingRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.pending_at(self._proxy.mapToSource(rows[0]).row())

    def same_indicator(self, row: PendingRow) -> list[PendingRow]:
        """Every pending correction a dismissal of ``row``'s indicator would clear."""
        return [p for p in self._all if (p.applicant, p.indicator) == (row.applicant, row.indicator)]

    def select(self, applicant: str, indicator: str, evaluator: str) -> None:
        for row in range(self.model.rowCount()):
            found = self.model.pending_at(row)
            if found is not None and (found.applicant, found.indicator, found.evaluator) == (
                    applicant, indicator, evaluator):
                self.table.selectRow(self._proxy.mapFromSource(self.model.index(row, 0)).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.accept_requested.emit()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._intro.setText(self.tr(
            "A value an evaluator found while checking the evidence never changes the points by itself. "
            "Accept a value (it then replaces the reported value, also for the other applicants' MINMAX "
            "comparison) or dismiss the indicator's corrections. Both need a reason, kept in the audit log."))
        count = self.model.rowCount()
        self._empty.setText(self.tr("%n correction(s) waiting", "", count) if count
                            else self.tr("Nothing waiting for a decision."))
