"""Enrolling an evaluator from their enrolment file, and declaring conflicts of interest (제척·회피).

The enrolment file is self-signed, so it proves only that whoever made it holds the key. The dialog shows
the key's fingerprint large and asks the person enrolling to compare it with the evaluator by phone (or in
person) before the key is trusted to sign score bundles.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.chair_views import Enrollment
from ..i18n import RetranslateMixin, fill


def _fill_checklist(widget: QListWidget, applicants: Sequence[tuple[str, str]], checked: Collection[str],
                    locked: Collection[str]) -> None:
    """One checkable line per applicant; ``locked`` ones cannot change (already declared, or assigned)."""
    widget.clear()
    for code, name in applicants:
        item = QListWidgetItem(f"{code}  {name}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        if code in locked:
            flags = Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def _checked(widget: QListWidget, exclude: Collection[str] = ()) -> list[str]:
    codes = []
    for n in range(widget.count()):
        item = widget.item(n)
        code = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and code not in exclude:
            codes.append(code)
    return codes


def fingerprint_font(widget: QWidget) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF() * 1.6)
    font.setBold(True)
    return font


class EnrolDialog(RetranslateMixin, QDialog):
    """Shows who is being enrolled and their fingerprint; asks for the comparison and the conflicts."""

    def __init__(self, parent: QWidget | None, enrollment: Enrollment,
                 applicants: Sequence[tuple[str, str]]) -> None:
        super().__init__(parent)
        self._enrollment = enrollment
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._id_label = QLabel()
        self._id = QLabel(enrollment.evaluator_id)
        self._name_label = QLabel()
        self._name = QLabel(enrollment.name)
        self._fingerprint_label = QLabel()
        self._fingerprint = QLabel(enrollment.fingerprint)
        self._fingerprint.setFont(fingerprint_font(self))
        self._fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._compared = QCheckBox()
        self._conflicts_label = QLabel()
        self._conflicts_label.setWordWrap(True)
        self._conflicts = QListWidget()
        _fill_checklist(self._conflicts, applicants, (), ())
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._compared.toggled.connect(self._update)

        form = QFormLayout()
        form.addRow(self._id_label, self._id)
        form.addRow(self._name_label, self._name)
        form.addRow(self._fingerprint_label, self._fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._compared)
        layout.addWidget(self._conflicts_label)
        layout.addWidget(self._conflicts, 1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol Evaluator"))
        self._intro.setText(self.tr(
            "Call the evaluator and have them read the fingerprint shown in their program. Enrol only when "
            "every character matches: this key will be trusted to sign their score bundles."))
        self._id_label.setText(self.tr("ID:"))
        self._name_label.setText(self.tr("Name:"))
        self._fingerprint_label.setText(self.tr("Key fingerprint:"))
        self._compared.setText(self.tr("I have &compared the fingerprint with the evaluator"))
        self._conflicts_label.setText(self.tr(
            "Conflicts of interest: the evaluator will never be assigned to the applicants checked here."))
        self._update()

    def set_compared(self, compared: bool) -> None:
        self._compared.setChecked(compared)

    def _update(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self._compared.isChecked())

    def conflicts(self) -> list[str]:
        return _checked(self._conflicts)

    def check_conflict(self, code: str) -> None:
        for n in range(self._conflicts.count()):
            item = self._conflicts.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)

    @classmethod
    def ask(cls, parent: QWidget | None, enrollment: Enrollment,
            applicants: Sequence[tuple[str, str]]) -> list[str] | None:
        """The applicant codes the evaluator is in conflict with, or None when not to enrol."""
        dialog = cls(parent, enrollment, applicants)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.conflicts()
            return None
        finally:
            dialog.deleteLater()


class ConflictsDialog(RetranslateMixin, QDialog):
    """Declares further conflicts of an enrolled evaluator; declared ones stay (the store only adds)."""

    def __init__(self, parent: QWidget | None, evaluator: str, name: str, applicants: Sequence[tuple[str, str]],
                 declared: Collection[str], assigned: Collection[str]) -> None:
        super().__init__(parent)
        self._evaluator = evaluator
        self._name = name
        self._declared = set(declared)
        self._assigned = set(assigned)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._list = QListWidget()
        _fill_checklist(self._list, applicants, self._declared, self._declared | self._assigned)
        for n in range(self._list.count()):
            item = self._list.item(n)
            if item.data(Qt.ItemDataRole.UserRole) in self._assigned - self._declared:
                item.setText(item.text() + "  " + self.tr("(assigned)"))
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Conflicts of %1"), self._evaluator))
        self._intro.setText(fill(self.tr(
            "Check the applicants %1 (%2) must never score. A declared conflict cannot be withdrawn here; "
            "an applicant already assigned to the evaluator must be reassigned first."),
            self._name or self._evaluator, self._evaluator))

    def new_conflicts(self) -> list[str]:
        return _checked(self._list, exclude=self._declared)

    @classmethod
    def ask(cls, parent: QWidget | None, evaluator: str, name: str, applicants: Sequence[tuple[str, str]],
            declared: Collection[str], assigned: Collection[str]) -> list[str] | None:
        """The newly checked applicant codes, or None when cancelled."""
        dialog = cls(parent, evaluator, name, applicants, declared, assigned)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.new_conflicts()
            return None
        finally:
            dialog.deleteLater()
