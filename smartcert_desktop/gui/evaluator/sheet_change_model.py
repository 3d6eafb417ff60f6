"""What a score sheet import would change, one row per field: applicant, indicator, what, before, after.

Rows are :class:`~smartcert_desktop.services.sheets.SheetChange` values from
:func:`~smartcert_desktop.services.sheets.preview_sheet`; nothing here reads the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.framework import Framework
from ...services.sheets import SheetChange

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    APPLICANT = 0
    INDICATOR = 1
    FIELD = 2
    BEFORE = 3
    AFTER = 4


def field_text(field: str) -> str:
    """The evaluator's words for a field of the score sheet."""
    labels = {
        "level": QCoreApplication.translate("SheetChangeModel", "Level"),
        "verified_value": QCoreApplication.translate("SheetChangeModel", "Value found"),
        "comment": QCoreApplication.translate("SheetChangeModel", "Comment"),
        "onsite_note": QCoreApplication.translate("SheetChangeModel", "On-site note"),
        "recusal": QCoreApplication.translate("SheetChangeModel", "Recusal (reason)"),
    }
    return labels.get(field, field)


def _one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SheetChangeModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SheetChange] = []
        self._framework: Framework | None = None
        self._names: Mapping[str, str] = {}
        self._language = "ko"

    def set_changes(self, changes: Iterable[SheetChange], framework: Framework | None = None,
                    names: Mapping[str, str] | None = None, language: str = "ko") -> None:
        self.beginResetModel()
        self._rows = list(changes)
        self._framework = framework
        self._names = dict(names or {})
        self._language = language
        self.endResetModel()

    def change(self, row: int) -> SheetChange:
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
            Column.FIELD: self.tr("What"),
            Column.BEFORE: self.tr("Before"),
            Column.AFTER: self.tr("After"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def _indicator(self, code: str | None) -> str:
        if code is None:
            return self.tr("(whole sheet)")
        ind = self._framework.indicator_by_code.get(code) if self._framework is not None else None
        if ind is None:
            return code
        name = (ind.name_en if self._language == "en" else ind.name_ko) or ind.name_ko
        return f"{code} {name}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.APPLICANT:
                name = self._names.get(change.applicant_code, "")
                return f"{change.applicant_code} {name}".strip()
            if column == Column.INDICATOR:
                return self._indicator(change.indicator_code)
            if column == Column.FIELD:
                return field_text(change.field)
            value = change.before if column == Column.BEFORE else change.after
            return _one_line(value) if value else "–"
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.BEFORE, Column.AFTER):
            value = change.before if column == Column.BEFORE else change.after
            return value or None
        return None
