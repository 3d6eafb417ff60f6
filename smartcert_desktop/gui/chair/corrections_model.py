"""Verified values that differ from the value in effect and wait for the chair's decision (보정 대기)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...services.chair_views import PendingRow
from ..i18n import fill
from .common import SORT_ROLE, name_of
from .rows_model import RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PendingCorrectionsModel(RowsTableModel):
    APPLICANT, NAME, INDICATOR, INDICATOR_NAME, EVALUATOR, VALUE, IN_EFFECT, COMMENT = range(8)

    def column_count(self) -> int:
        return 8

    def header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.VALUE: self.tr("The value the evaluator found when checking the evidence"),
                self.IN_EFFECT: self.tr("The value the points are computed from now (reported or accepted)"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Applicant"), self.tr("Name"), self.tr("Indicator"), self.tr("Indicator name"),
                self.tr("Evaluator"), self.tr("Verified value"), self.tr("Value in effect"),
                self.tr("Comment")][section]

    def cell(self, row: PendingRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            in_effect = row.value_in_effect if row.value_in_effect not in (None, "") else self.tr("(none)")
            unit = f" {row.unit}" if row.unit else ""
            return {
                self.APPLICANT: row.applicant,
                self.NAME: name_of(row.applicant_name_ko, row.applicant_name_en),
                self.INDICATOR: row.indicator,
                self.INDICATOR_NAME: name_of(row.indicator_name_ko, row.indicator_name_en),
                self.EVALUATOR: row.evaluator,
                self.VALUE: row.value + unit,
                self.IN_EFFECT: in_effect + (unit if row.value_in_effect else ""),
                self.COMMENT: row.comment,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COMMENT and row.comment:
            return row.comment
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VALUE:
            return fill(self.tr("%1 found %2 for %3 %4."), row.evaluator, row.value, row.applicant,
                        row.indicator)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.IN_EFFECT):
            return RIGHT
        return None

    def pending_at(self, row: int) -> PendingRow | None:
        found = self.row_at(row)
        return found if isinstance(found, PendingRow) else None
