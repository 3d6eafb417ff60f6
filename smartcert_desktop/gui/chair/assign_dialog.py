"""The automatic assignment's two numbers: evaluators per applicant, and the seed that makes it repeatable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..i18n import RetranslateMixin


@dataclass(frozen=True)
class AssignChoice:
    per_applicant: int
    seed: int


class AssignDialog(RetranslateMixin, QDialog):
    # The committee practice this program follows: about five evaluators per applicant (trimmed policies
    # need five to drop the highest and the lowest).
    DEFAULT_PER_APPLICANT = 5

    def __init__(self, parent: QWidget | None, evaluators: int, applicants: int, existing: int,
                 merged: int) -> None:
        super().__init__(parent)
        self._evaluators = evaluators
        self._applicants = applicants
        self._existing = existing
        self._merged = merged
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._warning = QLabel()
        self._warning.setWordWrap(True)
        self._per_label = QLabel()
        self._per = QSpinBox()
        self._per.setRange(1, max(1, evaluators))
        self._per.setValue(min(self.DEFAULT_PER_APPLICANT, max(1, evaluators)))
        self._seed_label = QLabel()
        self._seed = QSpinBox()
        self._seed.setRange(0, 2_000_000_000)
        self._seed.setValue(date.today().year)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._per_label, self._per)
        form.addRow(self._seed_label, self._seed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._warning)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign Evaluators"))
        self._intro.setText(self.tr(
            "Every applicant gets the same number of evaluators, none in conflict with it, and every "
            "evaluator about the same number of applicants. The same seed always gives the same assignment."))
        self._per_label.setText(self.tr("Evaluators per &applicant:"))
        self._per_label.setBuddy(self._per)
        self._seed_label.setText(self.tr("&Seed:"))
        self._seed_label.setBuddy(self._seed)
        warnings = []
        if self._existing:
            warnings.append(self.tr("This replaces the current %n assignment(s).", "", self._existing))
        if self._merged:
            warnings.append(self.tr(
                "%n evaluator(s) have already submitted: their sheets count only for applicants still "
                "assigned to them.", "", self._merged))
        self._warning.setText("\n".join(warnings))
        self._warning.setVisible(bool(warnings))

    def set_values(self, per_applicant: int, seed: int) -> None:
        self._per.setValue(per_applicant)
        self._seed.setValue(seed)

    def choice(self) -> AssignChoice:
        return AssignChoice(self._per.value(), self._seed.value())

    @classmethod
    def ask(cls, parent: QWidget | None, evaluators: int, applicants: int, existing: int,
            merged: int) -> AssignChoice | None:
        dialog = cls(parent, evaluators, applicants, existing, merged)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()
