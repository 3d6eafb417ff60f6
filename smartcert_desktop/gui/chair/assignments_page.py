"""The assignment matrix, and the actions that make assignments and send them out as packages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...services.chair_views import ChairSnapshot
from ..i18n import RetranslateMixin, fill
from .actions import ChairActions, action_button
from .assignment_model import ASSIGNED_MARK, CONFLICT_MARK, AssignmentMatrixModel
from .common import name_of


class AssignmentsPage(RetranslateMixin, QWidget):
    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: ChairSnapshot | None = None
        self.model = AssignmentMatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(44)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._legend = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(action_button(actions.auto_assign))
        buttons.addWidget(action_button(actions.import_assignments))
        buttons.addSpacing(16)
        buttons.addWidget(action_button(actions.export_packages))
        buttons.addStretch(1)
        buttons.addWidget(self._legend)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._summary)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        self._snapshot = snapshot
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        self.model.set_matrix(snap.assignments, {e.id: e.name for e in snap.evaluators},
                              {a.code: name_of(a.name_ko, a.name_en) for a in snap.applicants})

    def retranslate(self) -> None:
        self._fill()
        self._legend.setText(fill(self.tr("%1 assigned   %2 conflict of interest"), ASSIGNED_MARK, CONFLICT_MARK))
        snap = self._snapshot
        if snap is None:
            self._summary.setText("")
            return
        m = snap.assignments
        if not m.assigned:
            self._summary.setText(self.tr(
                "No assignments yet. Assign automatically, or import an assignments workbook (sheet "
                "Assignments: evaluator_id, applicant_code)."))
            return
        loads = [m.load(e) for e in m.evaluators]
        per = [m.per_applicant(a) for a in m.applicants]
        self._summary.setText(fill(
            self.tr("%1 assignments. Evaluators per applicant: %2 to %3. Applicants per evaluator: %4 to %5."),
            len(m.assigned), min(per), max(per), min(loads), max(loads)))
