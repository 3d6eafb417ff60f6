"""The ranking per city type with grade and certification, the committee's agreement, and the outputs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ...services.chair_views import ChairSnapshot
from ..i18n import RetranslateMixin, fill, message_text
from .actions import ChairActions, action_button
from .common import city_type_text, reading_text, tidy_table
from .ranking_model import RankingModel

ALL = "all"


class ResultsPage(RetranslateMixin, QWidget):
    selection_changed = Signal()

    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: ChairSnapshot | None = None
        self._filter_label = QLabel()
        self.city_filter = QComboBox()
        for key in (ALL, "large", "small"):
            self.city_filter.addItem("", key)
        self.city_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self._filter_label.setBuddy(self.city_filter)
        self.model = RankingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        tidy_table(self.table, RankingModel.NAME)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._counts = QLabel()
        self._counts.setWordWrap(True)
        self._agreement = QLabel()
        self._agreement.setWordWrap(True)
        self._sample = QLabel()
        self._sample.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self._filter_label)
        top.addWidget(self.city_filter)
        top.addSpacing(16)
        top.addWidget(action_button(actions.export_results))
        top.addWidget(action_button(actions.write_pdfs))
        top.addWidget(action_button(actions.preview_sheet))
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._counts)
        layout.addWidget(self._agreement)
        layout.addWidget(self._sample)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        self._snapshot = snapshot
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        keep = self.selected_applicant()
        wanted = self.city_filter.currentData()
        rows = [r for r in snap.ranking if wanted in (None, ALL) or r.city_type == wanted]
        self.model.set_rows(rows)
        for n, row in enumerate(rows):
            if row.code == keep:
                self.table.selectRow(n)
        self.selection_changed.emit()

    def selected_applicant(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.code_at(rows[0].row()) if rows else None

    def select(self, code: str) -> None:
        for n in range(self.model.rowCount()):
            if self.model.code_at(n) == code:
                self.table.selectRow(n)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

    def retranslate(self) -> None:
        self._filter_label.setText(self.tr("&City type:"))
        self.city_filter.setItemText(0, self.tr("All"))
        self.city_filter.setItemText(1, city_type_text("large"))
        self.city_filter.setItemText(2, city_type_text("small"))
        self.model.retranslate()
        snap = self._snapshot
        if snap is None:
            for label in (self._counts, self._agreement, self._sample):
                label.setText("")
            return
        rows = snap.ranking
        graded = sum(1 for r in rows if r.status == "graded")
        certified = sum(1 for r in rows if r.certified)
        pending = sum(r.pending for r in rows)
        text = fill(self.tr("%1 applicants: %2 graded, %3 certified."), len(rows), graded, certified)
        if pending:
            text += " " + self.tr("%n correction(s) wait for a decision; the results may still change.", "",
                                  pending)
        self._counts.setText(text)
        agreement = snap.agreement
        if agreement is None:
            self._agreement.setText(self.tr("Committee agreement (Krippendorff's alpha): not available."))
        elif agreement.value is None:
            self._agreement.setText(fill(self.tr("Committee agreement (Krippendorff's alpha, ordinal): %1 (%2)."),
                                         reading_text("undefined"), message_text(agreement.reason)))
        else:
            self._agreement.setText(fill(
                self.tr("Committee agreement (Krippendorff's alpha, ordinal): %1, %2; %3 evaluators, %4 "
                        "applicant × indicator units rated at least twice."),
                f"{agreement.value:.3f}", reading_text(agreement.reading), agreement.raters, agreement.units))
        self._sample.setVisible(snap.program.sample)
        self._sample.setText(self.tr("Computed with the SAMPLE framework: examples, not official results."))
        self._sample.setAlignment(Qt.AlignmentFlag.AlignLeft)
