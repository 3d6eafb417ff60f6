"""What still keeps the evaluator's bundle from being complete, one row per missing level or comment."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.framework import Framework
from ...domain.sheets import Missing

Index = QModelIndex | QPersistentModelIndex

APPLICANT_ROLE = Qt.ItemDataRole.UserRole + 1
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    APPLICANT = 0
    INDICATOR = 1
    MISSING = 2


@dataclass(frozen=True)
class MissingRow:
    applicant_code: str
    applicant_name: str
    indicator_code: str
    indicator_name: str
    what: str  # "level" or "comment"


def missing_rows(items: Iterable[Missing], framework: Framework, applicant_names: Mapping[str, str],
                 language: str) -> list[MissingRow]:
    """The service's :class:`Missing` values with the names the evaluator reads."""
    rows = []
    for m in items:
        ind = framework.indicator_by_code.get(m.indicator_code)
        name = "" if ind is None else ((ind.name_en if language == "en" else ind.name_ko) or ind.name_ko)
        rows.append(MissingRow(m.applicant_code, applicant_names.get(m.applicant_code, ""), m.indicator_code,
                               name, m.what))
    return rows


class MissingTableModel(QAbstractTableModel):
    """Applicant, indicator and what is missing (a level, or a comment the level requires)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MissingRow] = []

    def set_rows(self, rows: Iterable[MissingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def missing(self, row: int) -> MissingRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.APPLICANT: self.tr("Applicant"),
            Column.INDICATOR: self.tr("Indicator"),
            Column.MISSING: self.tr("Missing"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == APPLICANT_ROLE:
            return row.applicant_code
        if role == INDICATOR_ROLE:
            return row.indicator_code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.APPLICANT:
                return f"{row.applicant_code}  {row.applicant_name}".strip()
            if column == Column.INDICATOR:
                return f"{row.indicator_code}  {row.indicator_name}".strip()
            return self.tr("Level") if row.what == "level" else self.tr("Comment (required for this level)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click to go to this indicator")
        return None
