"""Problems found in an input file (a score sheet workbook), each with its sheet, row and column."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...errors import Problem
from ..i18n import message_text

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    SHEET = 0
    ROW = 1
    COLUMN = 2
    PROBLEM = 3


class ProblemTableModel(QAbstractTableModel):
    """One row per :class:`Problem`: where (sheet, row, column or field) and what."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Iterable[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        titles = {
            Column.SHEET: self.tr("Sheet"),
            Column.ROW: self.tr("Row"),
            Column.COLUMN: self.tr("Column"),
            Column.PROBLEM: self.tr("Problem"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.SHEET:
                return problem.sheet or ""
            if column == Column.ROW:
                return "" if problem.row is None else str(problem.row)
            if column == Column.COLUMN:
                return problem.column or problem.field or ""
            return message_text(problem.message)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
