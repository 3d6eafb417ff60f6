"""The chair's commands as actions, shared by the Program menu and the buttons on the pages.

One ``QAction`` per command keeps the menu entry and the button in step: same words, same enabled state.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


class ChairActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.new_program = QAction(self)
        self.open_program = QAction(self)
        self.refresh = QAction(self)
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.import_applicants = QAction(self)
        self.add_documents = QAction(self)
        self.enrol_evaluator = QAction(self)
        self.declare_conflicts = QAction(self)
        self.auto_assign = QAction(self)
        self.import_assignments = QAction(self)
        self.export_packages = QAction(self)
        self.import_bundles = QAction(self)
        self.accept_correction = QAction(self)
        self.dismiss_correction = QAction(self)
        self.export_results = QAction(self)
        self.write_pdfs = QAction(self)
        self.preview_sheet = QAction(self)
        self.retranslate()

    def program_actions(self) -> list[QAction]:
        """Everything that needs an open program, in the order of the round."""
        return [self.refresh, self.import_applicants, self.add_documents, self.enrol_evaluator,
                self.declare_conflicts, self.auto_assign, self.import_assignments, self.export_packages,
                self.import_bundles, self.accept_correction, self.dismiss_correction, self.export_results,
                self.write_pdfs, self.preview_sheet]

    def retranslate(self) -> None:
        self.new_program.setText(self.tr("&New Program…"))
        self.open_program.setText(self.tr("&Open Program Workspace…"))
        self.refresh.setText(self.tr("Re&fresh"))
        self.import_applicants.setText(self.tr("Import &Applicants…"))
        self.add_documents.setText(self.tr("Add &Evidence Documents…"))
        self.enrol_evaluator.setText(self.tr("Enrol Evalua&tor…"))
        self.declare_conflicts.setText(self.tr("Declare &Conflicts…"))
        self.auto_assign.setText(self.tr("Assi&gn Automatically…"))
        self.import_assignments.setText(self.tr("Import Assignments &Workbook…"))
        self.export_packages.setText(self.tr("E&xport Packages…"))
        self.import_bundles.setText(self.tr("Import Score &Bundles…"))
        self.accept_correction.setText(self.tr("Accept Correct&ion…"))
        self.dismiss_correction.setText(self.tr("&Dismiss Correction…"))
        self.export_results.setText(self.tr("Export Res&ults…"))
        self.write_pdfs.setText(self.tr("Write Result &Sheets (PDF)…"))
        self.preview_sheet.setText(self.tr("P&review Result Sheet…"))
        self.import_applicants.setToolTip(self.tr(
            "Add or update applicants, reported values and self-assessments from an applicants workbook"))
        self.add_documents.setToolTip(self.tr("Attach PDF evidence documents to the selected applicant"))
        self.enrol_evaluator.setToolTip(self.tr("Enrol an evaluator from the enrollment.json they sent"))
        self.export_packages.setToolTip(self.tr(
            "Write a signed assignment package (.scpkg) for every evaluator with assignments"))
        self.import_bundles.setToolTip(self.tr("Verify and merge the evaluators' score bundles (.scb)"))
        self.export_results.setToolTip(self.tr("The signed results JSON (with .sig) and the results workbook"))
        self.write_pdfs.setToolTip(self.tr("Result sheets, certificates and the round report as PDF files"))
        self.preview_sheet.setToolTip(self.tr("Open the selected applicant's result sheet in the PDF viewer"))


class ActionButton(QPushButton):
    """A button that shows and triggers ``action``: same words, same letter (Alt+X), same enabled state.

    A tool button given the action would show its text without the mnemonic, so the menu entry would have a
    letter that its button lacks; this one copies the text as it is.
    """

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self._sync)
        self._sync()

    def action(self) -> QAction:
        return self._action

    def _sync(self) -> None:
        action = self._action
        self.setText(action.text())
        self.setToolTip(action.toolTip() if action.toolTip() != action.iconText() else "")
        self.setStatusTip(action.statusTip())
        self.setEnabled(action.isEnabled())
        self.setVisible(action.isVisible())


def action_button(action: QAction, parent: QWidget | None = None) -> ActionButton:
    """A button that shows and triggers ``action``."""
    return ActionButton(action, parent)
