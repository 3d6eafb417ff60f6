"""The evaluator's assigned applicants as a table, and the filter (status, text) in front of it.

Rows are :class:`~smartcert_desktop.services.evaluator.ApplicantRow` values; the model never reads the store.
After an edit the screen replaces one row (:meth:`ApplicantTableModel.update_row`), after an import or a
submit all of them (:meth:`ApplicantTableModel.set_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ...services.evaluator import ApplicantRow
from ..i18n import fill
from . import common

Index = QModelIndex | QPersistentModelIndex

# The value of a row to sort by (numbers as numbers), the status code, the applicant code.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3

# A colour per status, so the list can be read at a glance; the text says it too (never colour alone).
STATUS_COLOURS: dict[str, str] = {
    "not_started": "#9e9e9e",
    "in_progress": "#f0a020",
    "complete": "#2e9d4f",
    "recused": "#7b5ea7",
    "submitted": "#1f6fc5",
}


class Column(IntEnum):
    CODE = 0
    NAME = 1
    PROVINCE = 2
    CITY_TYPE = 3
    PROGRESS = 4
    STATUS = 5
    TOTAL = 6


class ApplicantTableModel(QAbstractTableModel):
    """One row per assigned applicant: code, name, province, city type, progress, status, running total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicantRow] = []
        self._language = "ko"

    # --- content ----------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[ApplicantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ApplicantRow]:
        return list(self._rows)

    def row_of(self, code: str) -> int:
        """The row number of an applicant, or -1."""
        for number, row in enumerate(self._rows):
            if row.code == code:
                return number
        return -1

    def applicant(self, row: int) -> ApplicantRow:
        return self._rows[row]

    def update_row(self, new: ApplicantRow) -> None:
        """Replace the row of ``new.code`` (progress, status or total changed after an edit)."""
        number = self.row_of(new.code)
        if number < 0:
            return
        self._rows[number] = new
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def set_language(self, language: str) -> None:
        """Names and words follow the program's language; the view repaints every cell."""
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # --- QAbstractTableModel ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.CODE: self.tr("Code"),
            Column.NAME: self.tr("Applicant"),
            Column.PROVINCE: self.tr("Province"),
            Column.CITY_TYPE: self.tr("City type"),
            Column.PROGRESS: self.tr("Progress"),
            Column.STATUS: self.tr("Status"),
            Column.TOTAL: self.tr("Running total"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == STATUS_ROLE:
            return row.status
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.PROGRESS, Column.TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return QColor(STATUS_COLOURS.get(row.status, "#9e9e9e"))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.PROGRESS:
            return fill(self.tr("%1 of %2 indicators scored"), row.done, row.total)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            other = row.name_en if self._language == "ko" else row.name_ko
            return other or None
        return None

    def _display(self, row: ApplicantRow, column: Column) -> str:
        if column == Column.CODE:
            return row.code
        if column == Column.NAME:
            return (row.name_en if self._language == "en" else row.name_ko) or row.name_ko or row.code
        if column == Column.PROVINCE:
            return row.province
        if column == Column.CITY_TYPE:
            return common.city_type_text(row.city_type)
        if column == Column.PROGRESS:
            return f"{row.done} / {row.total}"
        if column == Column.STATUS:
            return common.status_text(row.status)
        return common.points_text(row.running_total)

    def _sort_key(self, row: ApplicantRow, column: Column) -> Any:
        if column == Column.PROGRESS:
            return row.done / row.total if row.total else 0.0
        if column == Column.TOTAL:
            # Sorting needs a number Qt can compare; the cents make it exact.
            return int(row.running_total * 100)
        if column == Column.STATUS:
            return common.STATUSES.index(row.status) if row.status in common.STATUSES else len(common.STATUSES)
        return self._display(row, column)


class ApplicantFilterProxy(QSortFilterProxyModel):
    """Shows the applicants whose status is among the chosen ones and that contain the search text.

    The text is looked for, case-insensitively, in the code, both names and the province, so an evaluator
    can type "daegu" in a Korean list or "대구" in an English one.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_statuses(self, statuses: Iterable[str] | None) -> None:
        """Only these statuses (None: all)."""
        self.beginFilterChange()
        self._statuses = frozenset(statuses) if statuses is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ApplicantTableModel) or not 0 <= source_row < model.rowCount():
            return True
        row = model.applicant(source_row)
        if self._statuses is not None and row.status not in self._statuses:
            return False
        if not self._text:
            return True
        haystack = " ".join((row.code, row.name_ko, row.name_en, row.province)).casefold()
        return self._text in haystack
