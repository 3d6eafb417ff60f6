"""The chair's decision on a corrected quantitative value: accept a value, or dismiss, with a reason.

Both are recorded with the reason in the program's audit log (services/corrections.py). Accepting sets the
value the indicator is scored from (prefilled with the evaluator's value, which the chair may change);
dismissing clears every pending correction of that applicant's indicator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.chair_views import PendingRow
from ..i18n import RetranslateMixin, fill
from .common import name_of

ACCEPT = "accept"
DISMISS = "dismiss"


@dataclass(frozen=True)
class CorrectionChoice:
    value: str   # the value to accept (empty when dismissing)
    reason: str


class CorrectionDialog(RetranslateMixin, QDialog):
    def __init__(self, parent: QWidget | None, action: str, row: PendingRow,
                 same_indicator: Sequence[PendingRow]) -> None:
        super().__init__(parent)
        if action not in (ACCEPT, DISMISS):
            raise ValueError(f"unknown action {action!r}")
        self._action = action
        self._row = row
        self._others = list(same_indicator) or [row]
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._values = QLabel()
        self._values.setWordWrap(True)
        self._value_label = QLabel()
        self._value = QLineEdit(row.value)
        self._reason_label = QLabel()
        self._reason = QPlainTextEdit()
        self._reason.setTabChangesFocus(True)
        self._reason.setFixedHeight(self._reason.fontMetrics().lineSpacing() * 4 + 12)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._value.textChanged.connect(self._update)
        self._reason.textChanged.connect(self._update)
        form = QFormLayout()
        if action == ACCEPT:
            form.addRow(self._value_label, self._value)
        form.addRow(self._reason_label, self._reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._values)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._value.setVisible(action == ACCEPT)
        self._value_label.setVisible(action == ACCEPT)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        row = self._row
        what = fill(self.tr("%1 %2, indicator %3 %4"), row.applicant,
                    name_of(row.applicant_name_ko, row.applicant_name_en), row.indicator,
                    name_of(row.indicator_name_ko, row.indicator_name_en))
        in_effect = row.value_in_effect if row.value_in_effect else self.tr("(none)")
        if self._action == ACCEPT:
            self.setWindowTitle(self.tr("Accept Corrected Value"))
            self._intro.setText(fill(self.tr(
                "%1. The accepted value replaces the value in effect (%2) for scoring, and for the other "
                "applicants' MINMAX comparison."), what, in_effect))
        else:
            self.setWindowTitle(self.tr("Dismiss Corrections"))
            self._intro.setText(fill(self.tr(
                "%1. The value in effect (%2) stays; every pending correction of this indicator is "
                "dismissed."), what, in_effect))
        found = [fill(self.tr("%1 found %2"), p.evaluator, p.value) + (f" — {p.comment}" if p.comment else "")
                 for p in self._others]
        self._values.setText("\n".join(found))
        self._value_label.setText(self.tr("&Value to accept:"))
        self._value_label.setBuddy(self._value)
        self._reason_label.setText(self.tr("&Reason:"))
        self._reason_label.setBuddy(self._reason)
        self._reason.setPlaceholderText(self.tr("Recorded in the audit log with your decision"))
        self._update()

    def set_reason(self, text: str) -> None:
        self._reason.setPlainText(text)

    def set_value(self, text: str) -> None:
        self._value.setText(text)

    def choice(self) -> CorrectionChoice | None:
        reason = self._reason.toPlainText().strip()
        value = self._value.text().strip() if self._action == ACCEPT else ""
        if not reason or (self._action == ACCEPT and not value):
            return None
        return CorrectionChoice(value, reason)

    def _update(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.choice() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, action: str, row: PendingRow,
            same_indicator: Sequence[PendingRow] = ()) -> CorrectionChoice | None:
        """The value and reason, or None when cancelled."""
        dialog = cls(parent, action, row, same_indicator)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()
