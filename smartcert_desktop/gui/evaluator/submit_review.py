"""Before a bundle is signed: what is still incomplete, which bundle this will be, and the choice to go on.

A double-click (or Enter) on a missing item opens that applicant's form at that indicator. Submitting an
incomplete bundle is possible only after ticking a box that says what it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.evaluator import ApplicantRow
from ...services.form import EvaluatorContext, SubmissionInfo
from ..i18n import RetranslateMixin, fill, utc_datetime_text
from ..settings import HeaderLanguage
from . import common
from .missing_table_model import APPLICANT_ROLE, INDICATOR_ROLE, Column, MissingRow, MissingTableModel


class MissingTable(QTableView):
    jump_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.jump_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SubmitReviewPage(RetranslateMixin, QWidget):
    """The last look before signing: the bundle's number, the sheets' state, every missing item."""

    back_requested = Signal()
    jump_requested = Signal(str, str)  # applicant, indicator
    submit_requested = Signal(bool)  # allow incomplete

    HEADER_KEY = "evaluator/missing"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = False
        self._context: EvaluatorContext | None = None
        self._rows: list[ApplicantRow] = []
        self._missing: list[MissingRow] = []
        self._last: SubmissionInfo | None = None

        self._back = QPushButton()
        self._back.clicked.connect(self.back_requested)
        self._title = QLabel()
        font = QFont(self._title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._bundle = QLabel()
        self._bundle.setWordWrap(True)
        self._state = QLabel()
        self._state.setWordWrap(True)
        self._missing_heading = QLabel()
        self._model = MissingTableModel(self)
        self._table = MissingTable()
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().setVisible(False)
        self._table.setAlternatingRowColors(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(Column.INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Widths the evaluator set last time (in this language) win over fitting the columns to their contents.
        self._header_memory = HeaderLanguage(header, self.HEADER_KEY, self._fit_columns)
        self._header_restored = self._header_memory.restore()
        self._table.doubleClicked.connect(self._jump)
        self._table.jump_current.connect(lambda: self._jump(self._table.currentIndex()))
        self._allow = QCheckBox()
        self._allow.toggled.connect(self._update)
        self._warning = QLabel()
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet("color: #c0392b;")
        self._submit = QPushButton()
        self._submit.setDefault(True)
        self._submit.clicked.connect(lambda: self.submit_requested.emit(self._allow.isChecked()))

        top = QHBoxLayout()
        top.addWidget(self._back)
        top.addWidget(self._title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._allow, 1)
        bottom.addWidget(self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._bundle)
        layout.addWidget(self._state)
        layout.addWidget(self._missing_heading)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._warning)
        layout.addLayout(bottom)
        self.retranslate()

    def model(self) -> MissingTableModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def allow_incomplete(self) -> QCheckBox:
        return self._allow

    def submit_button(self) -> QPushButton:
        return self._submit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        self._header_memory.seen = True

    def save_state(self) -> None:
        """Remember the columns, once the page has been seen (a never-shown header has no widths)."""
        self._header_memory.save()

    def _fit_columns(self) -> None:
        self._table.resizeColumnsToContents()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(Column.INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.MISSING, QHeaderView.ResizeMode.ResizeToContents)

    def show_review(self, context: EvaluatorContext, rows: Sequence[ApplicantRow], missing: Sequence[MissingRow],
                    last: SubmissionInfo | None) -> None:
        self._context = context
        self._rows = list(rows)
        self._missing = list(missing)
        self._last = last
        self._model.set_rows(missing)
        if not self._header_restored:
            self._fit_columns()
        self._allow.setChecked(False)
        self.retranslate()
        if missing:
            self._table.setCurrentIndex(self._model.index(0, 0))
            self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._submit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _jump(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump_requested.emit(index.data(APPLICANT_ROLE), index.data(INDICATOR_ROLE))

    def _update(self) -> None:
        incomplete = bool(self._missing)
        self._allow.setVisible(incomplete)
        self._warning.setVisible(incomplete)
        self._submit.setEnabled(not incomplete or self._allow.isChecked())
        if incomplete and self._allow.isChecked():
            self._warning.setText(self.tr(
                "⚠ The bundle will be marked incomplete. The operating agency counts only complete sheets: "
                "an applicant whose sheet is incomplete gets no score from you until you submit again with it "
                "complete."))
        elif incomplete:
            self._warning.setText(self.tr(
                "Complete the items above (double-click one to go there), or tick the box to submit an "
                "incomplete bundle anyway."))

    def retranslate(self) -> None:
        self._header_memory.switch()
        self._back.setText(self.tr("◀ Applicants"))
        self._title.setText(self.tr("Review and Submit"))
        context = self._context
        if context is not None:
            text = fill(self.tr("This will be bundle number %1 of evaluator %2, signed with key %3 and readable "
                                "only with the key of the program %4."), context.next_sequence,
                        context.evaluator_id, context.fingerprint, context.program_name)
            if self._last is not None:
                written = datetime.fromisoformat(self._last.created_at.replace("Z", "+00:00"))
                text += " " + fill(self.tr("The last bundle was number %1 (%2), written to %3; the new one "
                                           "replaces it."), self._last.sequence, utc_datetime_text(written),
                                   self._last.path)
            self._bundle.setText(text)
        counts = {s: sum(1 for r in self._rows if r.status == s) for s in common.STATUSES}
        incomplete_applicants = len({m.applicant_code for m in self._missing})
        self._state.setText(fill(
            self.tr("%1 applicants assigned: %2 complete or submitted, %3 recused, %4 incomplete."),
            len(self._rows), counts["complete"] + counts["submitted"], counts["recused"], incomplete_applicants))
        if self._missing:
            self._missing_heading.setText(self.tr("Still missing (%n item(s)):", "", len(self._missing)))
        else:
            self._missing_heading.setText(self.tr("Nothing is missing: every sheet is complete."))
        self._table.setVisible(bool(self._missing))
        self._allow.setText(self.tr("Submit an &incomplete bundle anyway"))
        self._submit.setText(self.tr("Sign and &Submit…"))
        self._update()
