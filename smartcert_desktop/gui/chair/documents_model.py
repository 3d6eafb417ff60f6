"""One applicant's evidence documents (증빙자료), which travel in its evaluators' packages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt

from ...services.chair_views import DocumentRow
from .common import SORT_ROLE
from .rows_model import RowsTableModel


class DocumentsModel(RowsTableModel):
    NAME, SIZE, DIGEST = range(3)

    def column_count(self) -> int:
        return 3

    def header(self, section: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("File"), self.tr("Size"), self.tr("SHA-256")][section]

    def cell(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME: row.filename,
                self.SIZE: QLocale().formattedDataSize(row.size),
                self.DIGEST: row.sha256[:16] + "…",
            }[column]
        if role == SORT_ROLE:
            return row.size if column == self.SIZE else self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DIGEST:
            return row.sha256
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
