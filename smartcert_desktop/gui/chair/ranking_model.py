"""The ranking: per city type (대도시, 중소도시), by total, with grade (등급) and certification (인증).

The figures are the results JSON's (two decimals, the same rounding); equal totals share a rank and
applicants without a grade follow their city type's ranked ones, as in the results workbook.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ...services.chair_views import RankingRow
from ..i18n import fill
from .common import CERTIFIED, FLAGGED, SORT_ROLE, TEXT_ON_COLOUR, city_type_text, name_of, percent, points, status_text
from .rows_model import RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class RankingModel(RowsTableModel):
    RANK, CITY_TYPE, CODE, NAME, STATUS, EVALUATORS, TOTAL, SHARE, GRADE, CERTIFIED, FLAGS, PENDING = range(12)

    def column_count(self) -> int:
        return 12

    def header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.EVALUATORS: self.tr("Evaluators counted (complete sheets in merged bundles)"),
                self.SHARE: self.tr("Total as a share of the framework's maximum, truncated to 0.1%"),
                self.FLAGS: self.tr("Missing data and disagreement between evaluators"),
                self.PENDING: self.tr("Corrected values waiting for the chair's decision"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Rank"), self.tr("City type"), self.tr("Code"), self.tr("Name"), self.tr("Status"),
                self.tr("Evaluators"), self.tr("Total"), self.tr("Share"), self.tr("Grade"),
                self.tr("Certified"), self.tr("Flags"), self.tr("Pending")][section]

    def cell(self, row: RankingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.RANK: "" if row.rank is None else str(row.rank),
                self.CITY_TYPE: city_type_text(row.city_type),
                self.CODE: row.code,
                self.NAME: name_of(row.name_ko, row.name_en),
                self.STATUS: status_text(row.status),
                self.EVALUATORS: str(row.evaluators_counted),
                self.TOTAL: points(row.total),
                self.SHARE: percent(row.share),
                self.GRADE: "" if row.grade is None else str(row.grade),
                self.CERTIFIED: self.tr("Yes") if row.certified else self.tr("No"),
                self.FLAGS: str(row.flags) if row.flags else "",
                self.PENDING: str(row.pending) if row.pending else "",
            }[column]
        if role == SORT_ROLE:
            return {
                self.RANK: row.rank if row.rank is not None else 10**6,
                self.EVALUATORS: row.evaluators_counted,
                self.TOTAL: float(row.total),
                self.SHARE: float(row.share) if row.share is not None else -1.0,
                self.GRADE: row.grade if row.grade is not None else 10**6,
                self.CERTIFIED: int(row.certified),
                self.FLAGS: row.flags,
                self.PENDING: row.pending,
            }.get(column, self.cell(row, column, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.TOTAL, self.SHARE, self.EVALUATORS, self.FLAGS, self.PENDING):
                return RIGHT
            if column in (self.RANK, self.GRADE, self.CERTIFIED):
                return CENTER
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column in (self.GRADE, self.CERTIFIED) and row.certified:
                return CERTIFIED
            if column == self.PENDING and row.pending:
                return FLAGGED
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column in (self.GRADE, self.CERTIFIED) and row.certified) or (column == self.PENDING and row.pending)):
            return TEXT_ON_COLOUR
        if role == Qt.ItemDataRole.FontRole and column in (self.TOTAL, self.GRADE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return f"{row.name_ko} / {row.name_en}" if row.name_en else row.name_ko
            if column == self.STATUS and row.status == "incomplete":
                return self.tr("Fewer evaluators counted than the framework's minimum: no grade yet.")
            if column == self.TOTAL:
                return fill(self.tr("%1 of %2 points"), points(row.total), points(row.max_total))
        return None

    def code_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.code if isinstance(found, RankingRow) else None
