"""Who has scored whom: evaluators (rows) × applicants (columns), from the merged bundles.

Each cell is complete (counted), incomplete, recused, missing (no merged sheet yet), a declared conflict, or
empty when nothing is expected. The last column is the sequence number of the evaluator's merged bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.chair_views import Completeness, CompletenessMatrix
from ..i18n import fill
from .common import TEXT_ON_COLOUR, completeness_colour, completeness_help, completeness_text

Index = QModelIndex | QPersistentModelIndex
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class CompletenessMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix = CompletenessMatrix((), (), {}, {})
        self._evaluator_names: dict[str, str] = {}
        self._applicant_names: dict[str, str] = {}

    def set_matrix(self, matrix: CompletenessMatrix, evaluator_names: Mapping[str, str],
                   applicant_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._evaluator_names = dict(evaluator_names)
        self._applicant_names = dict(applicant_names)
        self.endResetModel()

    def matrix(self) -> CompletenessMatrix:
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matrix.evaluators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._matrix.evaluators:
            return 0
        return len(self._matrix.applicants) + 1

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
                    return self.tr("Bundle")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Sequence number of the evaluator's merged bundle")
                return None
            code = m.applicants[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._applicant_names.get(code, code)
            return None
        if not 0 <= section < self.rowCount():
            return None
        evaluator = m.evaluators[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._evaluator_names.get(evaluator, "")
            return f"{evaluator}  {name}" if name else evaluator
        return None

    def status_at(self, row: int, column: int) -> Completeness | None:
        m = self._matrix
        if 0 <= row < len(m.evaluators) and 0 <= column < len(m.applicants):
            return m.cell(m.evaluators[row], m.applicants[column]).status
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        m = self._matrix
        evaluator = m.evaluators[index.row()]
        if index.column() == len(m.applicants):
            sequence = m.bundle_sequence.get(evaluator)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"#{sequence}" if sequence is not None else "—"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTER
            if role == Qt.ItemDataRole.ToolTipRole and sequence is None:
                return self.tr("No bundle of this evaluator has been merged yet.")
            return None
        applicant = m.applicants[index.column()]
        cell = m.cell(evaluator, applicant)
        status = cell.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.status is Completeness.INCOMPLETE and cell.missing:
                return fill(self.tr("%1 (%2)"), completeness_text(status), cell.missing)
            return completeness_text(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return completeness_colour(status)
        if role == Qt.ItemDataRole.ForegroundRole and completeness_colour(status) is not None:
            return TEXT_ON_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole and cell.status is not Completeness.UNASSIGNED:
            text = fill(self.tr("%1 on %2: %3"), evaluator, applicant, completeness_help(status))
            if cell.status is Completeness.INCOMPLETE:
                text += "\n" + self.tr("%n level(s) or comment(s) missing.", "", cell.missing)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return status
        return None
