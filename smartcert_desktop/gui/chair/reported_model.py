"""One applicant's quantitative indicators: reported value, accepted correction and the points they give."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...services.chair_views import ReportedRow
from ..i18n import fill
from .common import FLAGGED, PENDING, SORT_ROLE, TEXT_ON_COLOUR, name_of, points
from .rows_model import RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReportedValuesModel(RowsTableModel):
    CODE, NAME, RULE, VALUE, UNIT, POINTS, EVIDENCE = range(7)

    def column_count(self) -> int:
        return 7

    def header(self, section: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Indicator"), self.tr("Name"), self.tr("Rule"), self.tr("Value"), self.tr("Unit"),
                self.tr("Points"), self.tr("Evidence")][section]

    def cell(self, row: ReportedRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.VALUE:
                if row.value is None or not row.value.strip():
                    return self.tr("(none)") if role == Qt.ItemDataRole.DisplayRole else ""
                if row.accepted is not None and row.reported is not None and row.reported != row.accepted:
                    return fill(self.tr("%1 (reported %2)"), row.value, row.reported)
                return row.value
            if column == self.POINTS:
                if role == SORT_ROLE:
                    return float(row.points) if row.points is not None else -1.0
                return fill(self.tr("%1 of %2"), points(row.points), points(row.max_points)) \
                    if row.points is not None else ""
            return {
                self.CODE: row.indicator, self.NAME: name_of(row.name_ko, row.name_en), self.RULE: row.rule,
                self.UNIT: row.unit, self.EVIDENCE: row.evidence,
            }.get(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.accepted is not None:
                return PENDING
            if row.value is None or not row.value.strip() or row.points is None:
                return FLAGGED
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
                row.accepted is not None or row.value is None or row.points is None):
            return TEXT_ON_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.accepted is not None:
                return fill(self.tr("The chair accepted the corrected value %1; the applicant reported %2."),
                            row.accepted, row.reported or self.tr("(none)"))
            if row.value is None or not row.value.strip():
                return self.tr("No reported value: the indicator scores 0 and is flagged as missing data.")
            if row.points is None:
                return self.tr("The value does not fit the indicator's rule: it scores 0.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.POINTS):
            return RIGHT
        return None
