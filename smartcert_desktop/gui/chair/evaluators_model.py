"""Enrolled evaluators (평가위원) with their key fingerprints, conflicts and latest merged bundle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from ...services.chair_views import EvaluatorRow
from ..i18n import fill, utc_datetime_text
from .common import SORT_ROLE
from .rows_model import RowsTableModel


def _local(when: Any) -> str:
    """A stored UTC time (naive) in the user's time zone and language."""
    return utc_datetime_text(when)


class EvaluatorsModel(RowsTableModel):
    ID, NAME, FINGERPRINT, CONFLICTS, ASSIGNED, BUNDLE, ENROLLED = range(7)

    def column_count(self) -> int:
        return 7

    def header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FINGERPRINT:
            return self.tr("Fingerprint of the evaluator's key; compare it with the evaluator by phone")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("ID"), self.tr("Name"), self.tr("Key fingerprint"), self.tr("Conflicts"),
                self.tr("Assigned"), self.tr("Latest bundle"), self.tr("Enrolled")][section]

    def cell(self, row: EvaluatorRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.BUNDLE:
                if row.bundle_sequence is None:
                    return self.tr("none")
                return fill(self.tr("#%1, %2"), row.bundle_sequence, _local(row.bundle_received))
            return {
                self.ID: row.id,
                self.NAME: row.name,
                self.FINGERPRINT: row.fingerprint,
                self.CONFLICTS: ", ".join(row.conflicts),
                self.ASSIGNED: str(row.assigned),
                self.ENROLLED: _local(row.enrolled_at),
            }[column]
        if role == SORT_ROLE:
            if column == self.ASSIGNED:
                return row.assigned
            if column == self.BUNDLE:
                return row.bundle_sequence if row.bundle_sequence is not None else -1
            if column == self.ENROLLED:
                return row.enrolled_at.isoformat()
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.FontRole and column == self.FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ASSIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def evaluator_at(self, row: int) -> EvaluatorRow | None:
        found = self.row_at(row)
        return found if isinstance(found, EvaluatorRow) else None
