"""The verdict of every bundle imported in this session: one line per bundle (contract section 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ...services.merge import Verdict
from ..i18n import message_text
from .common import COMPLETE, CONFLICT, MISSING, SORT_ROLE, TEXT_ON_COLOUR, verdict_text
from .rows_model import RowsTableModel


class VerdictsModel(RowsTableModel):
    FILE, VERDICT, EVALUATOR, SEQUENCE, REASON = range(5)

    def column_count(self) -> int:
        return 5

    def header(self, section: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Bundle"), self.tr("Verdict"), self.tr("Evaluator"), self.tr("Sequence"),
                self.tr("Reason")][section]

    def add(self, verdicts: list[Verdict]) -> None:
        """Append the verdicts of one import after those of earlier imports."""
        if not verdicts:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(verdicts) - 1)
        self._rows.extend(verdicts)
        self.endInsertRows()

    def lines(self) -> list[str]:
        """The verdicts as the command line prints them (``name: accepted (E02, sequence 1)``)."""
        return [message_text(v.line()) for v in self._rows]

    def cell(self, row: Verdict, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.SEQUENCE and role == SORT_ROLE:
                return row.sequence if row.sequence is not None else -1
            return {
                self.FILE: Path(row.name).name,
                self.VERDICT: verdict_text(row.verdict),
                self.EVALUATOR: row.evaluator_id,
                self.SEQUENCE: "" if row.sequence is None else str(row.sequence),
                self.REASON: message_text(row.reason),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return message_text(row.reason) if column == self.REASON and row.reason else row.name
        if role == Qt.ItemDataRole.BackgroundRole and column == self.VERDICT:
            return {"accepted": COMPLETE, "duplicate": CONFLICT, "rejected": MISSING}.get(row.verdict)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT:
            return TEXT_ON_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return row.verdict
        return None
