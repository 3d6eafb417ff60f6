"""One applicant's indicators × its counted evaluators: the points behind every indicator's result.

Qualitative cells show each evaluator's points and level; an evaluator the aggregation trimmed on that
indicator (dropped as highest or lowest) is grey and struck through. Quantitative cells show a value an
evaluator found that differs from the value in effect (a pending correction is coloured). Rows with a flag
(missing data, spread) or a pending correction are highlighted; an evaluator whose qualitative total is far
from the panel mean is marked in the column header.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...services.chair_views import ApplicantReview, ReviewCell, ReviewRow
from ..i18n import fill
from .common import FLAGGED, PENDING, SORT_ROLE, TEXT_ON_COLOUR, TRIMMED_TEXT, flag_text, name_of, points

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
# The whole ReviewRow, for the spread column's painter.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
DEVIATION_MARK = "▲"


class ApplicantReviewModel(QAbstractTableModel):
    CODE, NAME, MAX, VALUE = range(4)
    FIXED = 4  # columns before the evaluators; after them: Points, Spread

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._review: ApplicantReview | None = None
        self._rows: list[ReviewRow] = []
        self._only_flagged = False

    # --- contents -----------------------------------------------------------------------------------

    def set_review(self, review: ApplicantReview | None) -> None:
        self.beginResetModel()
        self._review = review
        self._rows = self._visible_rows()
        self.endResetModel()

    def review(self) -> ApplicantReview | None:
        return self._review

    def set_only_flagged(self, only: bool) -> None:
        """Show only the indicators with a flag or a pending correction."""
        if only == self._only_flagged:
            return
        self.beginResetModel()
        self._only_flagged = only
        self._rows = self._visible_rows()
        self.endResetModel()

    def _visible_rows(self) -> list[ReviewRow]:
        if self._review is None:
            return []
        rows = list(self._review.rows)
        return [r for r in rows if r.flagged] if self._only_flagged else rows

    def retranslate(self) -> None:
        """Every header and cell may read differently now (after a language switch); selections stay."""
        rows, columns = self.rowCount(), self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def evaluators(self) -> tuple[str, ...]:
        return self._review.evaluators if self._review is not None else ()

    def points_column(self) -> int:
        return self.FIXED + len(self.evaluators())

    def spread_column(self) -> int:
        return self.points_column() + 1

    def evaluator_column(self, evaluator: str) -> int:
        return self.FIXED + self.evaluators().index(evaluator)

    def row_at(self, row: int) -> ReviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, indicator: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.indicator == indicator), -1)

    # --- QAbstractTableModel --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._review is None:
            return 0
        return self.FIXED + len(self.evaluators()) + 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        review = self._review
        assert review is not None
        evaluators = review.evaluators
        if self.FIXED <= section < self.FIXED + len(evaluators):
            evaluator = evaluators[section - self.FIXED]
            deviation = review.deviations.get(evaluator)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{evaluator} {DEVIATION_MARK}" if deviation is not None else evaluator
            if role == Qt.ItemDataRole.ToolTipRole:
                text = fill(self.tr("%1: qualitative total %2"), evaluator,
                            points(review.qualitative_totals.get(evaluator)))
                if deviation is not None:
                    text += "\n" + fill(self.tr("Deviation: %1"), deviation.detail)
                return text
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.VALUE:
                return self.tr("Quantitative indicators: the value in effect (reported, or accepted by the chair)")
            if section == self.spread_column():
                return self.tr("Each evaluator's points on 0 … max: dots; hollow: trimmed; red line: result")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.points_column():
            return self.tr("Points")
        if section == self.spread_column():
            return self.tr("Spread")
        return [self.tr("Indicator"), self.tr("Name"), self.tr("Max"), self.tr("Value")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= self.columnCount():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        evaluators = self.evaluators()
        if self.FIXED <= column < self.FIXED + len(evaluators):
            return self._evaluator_cell(row, evaluators[column - self.FIXED], role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.CODE:
                return row.indicator
            if column == self.NAME:
                return name_of(row.name_ko, row.name_en)
            if column == self.MAX:
                return points(row.max_points)
            if column == self.VALUE:
                if row.kind != "quantitative":
                    return ""
                return row.value if row.value not in (None, "") else self.tr("(none)")
            if column == self.points_column():
                return points(row.points)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.flagged:
            return FLAGGED
        if role == Qt.ItemDataRole.ForegroundRole and row.flagged:
            return TEXT_ON_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MAX, self.VALUE, self.points_column()):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == self.points_column():
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _evaluator_cell(self, row: ReviewRow, evaluator: str, role: int) -> Any:
        cell = row.cells.get(evaluator, ReviewCell())
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.points is not None:
                return fill(self.tr("%1 (%2)"), points(cell.points), cell.level or "")
            if cell.verified is not None:
                return fill(self.tr("→ %1"), cell.verified)
            return ""
        if role == SORT_ROLE:
            return float(cell.points) if cell.points is not None else -1.0
        if role == Qt.ItemDataRole.FontRole and cell.trimmed:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.trimmed:
                return TRIMMED_TEXT
            return TEXT_ON_COLOUR if (row.flagged or cell.pending) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.pending:
                return PENDING
            return FLAGGED if row.flagged else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.trimmed:
                return fill(self.tr("%1 was trimmed on this indicator (highest or lowest); not counted."),
                            evaluator)
            if cell.verified is not None:
                if cell.pending:
                    return fill(self.tr("%1 found %2; the chair has not decided yet."), evaluator, cell.verified)
                return fill(self.tr("%1 found %2; the chair dismissed it."), evaluator, cell.verified)
            return self._row_tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return "trimmed" if cell.trimmed else "pending" if cell.pending else ""
        return None

    def _row_tooltip(self, row: ReviewRow) -> str | None:
        lines = [fill(self.tr("%1: %2"), flag_text(f.kind), f.detail) for f in row.flags]
        lines += [fill(self.tr("Pending correction: %1 found %2"), p.evaluator, p.value) for p in row.pending]
        return "\n".join(lines) or None
