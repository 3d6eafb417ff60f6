"""One applicant's scores: indicators × counted evaluators, trimmed values and flags, and each spread."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.chair_views import ApplicantReview, ChairSnapshot
from ..i18n import RetranslateMixin, fill
from .common import completeness_text, name_of, points, status_text
from .review_model import DEVIATION_MARK, ROW_ROLE, ApplicantReviewModel
from .spread_chart import SpreadChart, SpreadDelegate


class ReviewPage(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: ChairSnapshot | None = None
        self._code: str | None = None

        self._applicant_label = QLabel()
        self.applicant = QComboBox()
        self.applicant.setMinimumContentsLength(24)
        self.applicant.currentIndexChanged.connect(self._applicant_chosen)
        self._applicant_label.setBuddy(self.applicant)
        self.only_flagged = QCheckBox()
        self.only_flagged.toggled.connect(self._only_flagged)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ApplicantReviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self._delegate = SpreadDelegate(ROW_ROLE, self.table)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)
        self.model.modelReset.connect(self._columns_changed)

        self.chart = SpreadChart()
        self._legend = QLabel()
        self._legend.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self._applicant_label)
        top.addWidget(self.applicant)
        top.addSpacing(12)
        top.addWidget(self.only_flagged)
        top.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.chart, 1)
        lower_layout.addWidget(self._legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._summary)
        layout.addWidget(splitter, 1)
        self.retranslate()

    # --- contents -----------------------------------------------------------------------------------

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        self._snapshot = snapshot
        keep = self._code
        self._fill_applicants()
        codes = [a.code for a in snapshot.applicants]
        if keep in codes:
            self.show_applicant(keep)
        elif codes:
            self.show_applicant(codes[0])
        else:
            self._code = None
            self.model.set_review(None)
        self.retranslate()

    def _fill_applicants(self) -> None:
        snap = self._snapshot
        self.applicant.blockSignals(True)
        try:
            current = self._code
            self.applicant.clear()
            if snap is not None:
                for a in snap.applicants:
                    self.applicant.addItem(f"{a.code}  {name_of(a.name_ko, a.name_en)}", a.code)
                if current is not None:
                    self.applicant.setCurrentIndex(max(0, self.applicant.findData(current)))
        finally:
            self.applicant.blockSignals(False)

    def show_applicant(self, code: str) -> None:
        snap = self._snapshot
        if snap is None:
            return
        indicator = self._selected_indicator()
        self._code = code
        index = self.applicant.findData(code)
        if index >= 0 and index != self.applicant.currentIndex():
            self.applicant.blockSignals(True)
            self.applicant.setCurrentIndex(index)
            self.applicant.blockSignals(False)
        self.model.set_review(snap.review(code))
        row = self.model.row_of(indicator) if indicator is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.retranslate()

    def current_applicant(self) -> str | None:
        return self._code

    def review(self) -> ApplicantReview | None:
        return self.model.review()

    def _selected_indicator(self) -> str | None:
        chosen = self.chart.row()
        return chosen.indicator if chosen is not None else None

    def _applicant_chosen(self, index: int) -> None:
        code = self.applicant.itemData(index)
        if isinstance(code, str):
            self.show_applicant(code)

    def _only_flagged(self, only: bool) -> None:
        indicator = self._selected_indicator()
        self.model.set_only_flagged(only)
        row = self.model.row_of(indicator) if indicator is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.chart.set_row(None)

    def _row_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.chart.set_row(self.model.row_at(rows[0].row()) if rows else None)

    def _columns_changed(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount():
            header.setSectionResizeMode(ApplicantReviewModel.NAME, QHeaderView.ResizeMode.Stretch)
            spread = self.model.spread_column()
            self.table.setItemDelegateForColumn(spread, self._delegate)
            header.setSectionResizeMode(spread, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(spread, 150)
        # A column that showed the spread strip before may hold an evaluator now.
        for column in range(self.model.columnCount()):
            if column != self.model.spread_column() and self.table.itemDelegateForColumn(column) is self._delegate:
                self.table.setItemDelegateForColumn(column, None)  # type: ignore[arg-type]

    # --- words --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._applicant_label.setText(self.tr("&Applicant:"))
        self.only_flagged.setText(self.tr("Only fla&gged indicators"))
        self._legend.setText(fill(self.tr(
            "Grey and struck through: trimmed (left out as highest or lowest). Highlighted rows: a flag "
            "(missing data, spread) or a pending correction. %1 in a column header: the evaluator's "
            "qualitative total deviates from the panel mean."), DEVIATION_MARK))
        self.chart.retranslate()
        self.chart.update()
        self.model.retranslate()
        snap = self._snapshot
        if snap is not None:
            for n, a in enumerate(snap.applicants):
                if n < self.applicant.count():
                    self.applicant.setItemText(n, f"{a.code}  {name_of(a.name_ko, a.name_en)}")
        review = self.model.review()
        if review is None:
            self._summary.setText(self.tr("No applicant."))
            return
        parts = [fill(self.tr("%1 %2: %3, total %4 of %5"), review.code, name_of(review.name_ko, review.name_en),
                      status_text(review.status), points(review.total), points(review.max_total))]
        if review.grade is not None:
            parts.append(fill(self.tr("grade %1"), review.grade)
                         + (" " + self.tr("(certified)") if review.certified else ""))
        parts.append(self.tr("%n evaluator(s) counted", "", len(review.evaluators)))
        if review.not_counted:
            parts.append(fill(self.tr("not counted: %1"), ", ".join(
                f"{e} ({completeness_text(s.value)})" for e, s in sorted(review.not_counted.items()))))
        flagged = sum(1 for r in review.rows if r.flagged)
        parts.append(self.tr("%n flagged indicator(s)", "", flagged))
        self._summary.setText("; ".join(parts))
