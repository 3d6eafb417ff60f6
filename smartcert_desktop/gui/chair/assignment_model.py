"""The assignment matrix: evaluators (rows) × applicants (columns), conflicts marked, load per evaluator.

The last column is each evaluator's load (applicants assigned) and the last row each applicant's number of
evaluators, so that an unbalanced assignment shows at a glance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...services.chair_views import AssignmentMatrix
from ..i18n import fill
from .common import ASSIGNED, CONFLICT, TEXT_ON_COLOUR

Index = QModelIndex | QPersistentModelIndex
CENTER = int(Qt.AlignmentFlag.AlignCenter)
ASSIGNED_MARK = "●"
CONFLICT_MARK = "×"


class AssignmentMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix = AssignmentMatrix((), (), frozenset(), frozenset())
        self._evaluator_names: dict[str, str] = {}
        self._applicant_names: dict[str, str] = {}

    def set_matrix(self, matrix: AssignmentMatrix, evaluator_names: Mapping[str, str],
                   applicant_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._evaluator_names = dict(evaluator_names)
        self._applicant_names = dict(applicant_names)
        self.endResetModel()

    def matrix(self) -> AssignmentMatrix:
        return self._matrix

    def retranslate(self) -> None:
        """Every header and cell may read differently now (after a language switch); selections stay."""
        rows, columns = self.rowCount(), self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def _has_totals(self) -> bool:
        return bool(self._matrix.evaluators and self._matrix.applicants)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._matrix.evaluators) + (1 if self._has_totals() else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._matrix.applicants) + (1 if self._has_totals() else 0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self._matrix
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if section == len(m.applicants):
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Load")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Applicants assigned to the evaluator")
                return None
            code = m.applicants[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._applicant_names.get(code, code)
            return None
        if not 0 <= section < self.rowCount():
            return None
        if section == len(m.evaluators):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Evaluators")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Evaluators assigned to the applicant")
            return None
        evaluator = m.evaluators[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._evaluator_names.get(evaluator, "")
            return f"{evaluator}  {name}" if name else evaluator
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._matrix
        row, column = index.row(), index.column()
        if row >= self.rowCount() or column >= self.columnCount():
            return None
        total_row = row == len(m.evaluators)
        total_column = column == len(m.applicants)
        if total_row or total_column:
            if role == Qt.ItemDataRole.DisplayRole:
                if total_row and total_column:
                    return str(len(m.assigned))
                if total_row:
                    return str(m.per_applicant(m.applicants[column]))
                return str(m.load(m.evaluators[row]))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTER
            return None
        pair = (m.evaluators[row], m.applicants[column])
        assigned = pair in m.assigned
        conflict = pair in m.conflicts
        if role == Qt.ItemDataRole.DisplayRole:
            return CONFLICT_MARK if conflict else ASSIGNED_MARK if assigned else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return CONFLICT if conflict else ASSIGNED if assigned else None
        if role == Qt.ItemDataRole.ForegroundRole and (conflict or assigned):
            return TEXT_ON_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            if conflict:
                return fill(self.tr("%1 has a declared conflict with %2 and is never assigned to it."), *pair)
            if assigned:
                return fill(self.tr("%1 scores %2."), *pair)
        return None
