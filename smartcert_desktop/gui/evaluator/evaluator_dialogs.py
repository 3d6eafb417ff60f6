"""The evaluator's dialogs: a new identity, a package to check before loading, a recusal, problems, what a
score sheet import would change, a bundle.

Each is used through its ``ask()`` classmethod, which tests replace (``monkeypatch.setattr(RecusalDialog,
"ask", ...)``) instead of driving a modal dialog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.framework import Framework
from ...errors import Problem
from ...services.evaluator import PackageCheck, Submitted
from ...services.sheets import SheetPreview
from .. import dialogs
from ..i18n import RetranslateMixin, fill
from . import common
from .problem_table_model import Column as ProblemColumn
from .problem_table_model import ProblemTableModel
from .sheet_change_model import Column as ChangeColumn
from .sheet_change_model import SheetChangeModel

# The contract's evaluator id: 1–32 letters, digits, "-" or "_".
EVALUATOR_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")


def fingerprint_font(base: QFont) -> QFont:
    """Fingerprints are compared character by character with what someone read out: fixed width, larger."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base.pointSizeF() * 1.3)
    font.setBold(True)
    return font


@dataclass(frozen=True)
class NewIdentity:
    folder: Path
    evaluator_id: str
    name: str


class NewIdentityDialog(RetranslateMixin, QDialog):
    """Evaluator id, name and the folder of the new workspace; the passphrase is asked for next."""

    def __init__(self, parent: QWidget | None, base_folder: Path) -> None:
        super().__init__(parent)
        self._base = base_folder
        self._folder_edited = False
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._id = QLineEdit()
        self._id.setValidator(QRegularExpressionValidator(EVALUATOR_ID.pattern, self._id))
        self._id.setMaxLength(32)
        self._name = QLineEdit()
        self._folder = QLineEdit()
        self._browse = QPushButton()
        self._browse.clicked.connect(self._choose_folder)
        self._id_label = QLabel()
        self._id_label.setBuddy(self._id)
        self._name_label = QLabel()
        self._name_label.setBuddy(self._name)
        self._folder_label = QLabel()
        self._folder_label.setBuddy(self._folder)
        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("color: #c0392b;")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._browse)
        form = QFormLayout()
        form.addRow(self._id_label, self._id)
        form.addRow(self._name_label, self._name)
        form.addRow(self._folder_label, folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._problem)
        layout.addWidget(self._buttons)
        self._id.textChanged.connect(self._id_changed)
        self._name.textChanged.connect(self._update)
        self._folder.textEdited.connect(self._folder_typed)
        self._folder.textChanged.connect(self._update)
        self.setMinimumWidth(520)
        self.retranslate()
        self._id_changed("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Evaluator Identity"))
        self._intro.setText(self.tr(
            "Your identity is a pair of keys kept in a workspace folder on this computer. The operating agency "
            "enrols its public half from the enrolment file you hand them; your scores are signed with it."))
        self._id_label.setText(self.tr("Evaluator &ID:"))
        self._id.setPlaceholderText(self.tr("as given by the operating agency, e.g. E01"))
        self._name_label.setText(self.tr("&Name:"))
        self._folder_label.setText(self.tr("&Folder:"))
        self._browse.setText(self.tr("Browse…"))
        self._update()

    def _id_changed(self, text: str) -> None:
        if not self._folder_edited:
            self._folder.setText(str(self._base / (f"evaluator-{text}" if text else "evaluator")))
        self._update()

    def _folder_typed(self, _text: str) -> None:
        self._folder_edited = True

    def _choose_folder(self) -> None:
        chosen = common.choose_folder(self, self.tr("Folder for the New Workspace"), "workspace")
        if chosen is not None:
            self._folder_edited = True
            target = chosen if not any(chosen.iterdir()) else chosen / f"evaluator-{self._id.text() or 'new'}"
            self._folder.setText(str(target))

    def problem(self) -> str:
        """Why OK is not available yet, or empty."""
        if not EVALUATOR_ID.fullmatch(self._id.text()):
            return self.tr("The ID is 1–32 letters, digits, - or _.")
        if not self._name.text().strip():
            return self.tr("Enter your name as the agency knows it.")
        folder = Path(self._folder.text().strip()).expanduser()
        if not self._folder.text().strip():
            return self.tr("Choose a folder for the workspace.")
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            return self.tr("The folder is not empty; choose a new or empty folder.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self._problem.setText(problem if self._id.text() or self._name.text() else "")
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)

    def identity(self) -> NewIdentity:
        return NewIdentity(Path(self._folder.text().strip()).expanduser(), self._id.text(),
                           self._name.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, base_folder: Path) -> NewIdentity | None:
        dialog = cls(parent, base_folder)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.identity()
            return None
        finally:
            dialog.deleteLater()


class PackageReviewDialog(RetranslateMixin, QDialog):
    """What a verified package is and who signed it, shown before anything of it is loaded."""

    def __init__(self, parent: QWidget | None, check: PackageCheck, file_name: str) -> None:
        super().__init__(parent)
        self._check = check
        self._file_name = file_name
        self._verdict = QLabel()
        self._verdict.setWordWrap(True)
        self._verdict.setStyleSheet("color: #2e9d4f; font-weight: bold;")
        self._fingerprint_label = QLabel()
        self._fingerprint = QLabel(check.program_fingerprint)
        self._fingerprint.setFont(fingerprint_font(self._fingerprint.font()))
        self._fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._pinned = QLabel()
        self._pinned.setWordWrap(True)
        self._details = QFormLayout()
        self._labels: list[QLabel] = []
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._import = self._buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._verdict)
        layout.addLayout(self._details)
        layout.addWidget(self._fingerprint_label)
        layout.addWidget(self._fingerprint)
        layout.addWidget(self._pinned)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        check = self._check
        payload = check.payload
        self.setWindowTitle(self.tr("Import Assignment Package"))
        self._verdict.setText(fill(self.tr("✓ %1 is intact and signed by the program key below. Nothing has "
                                           "been loaded yet."), self._file_name))
        while self._details.rowCount():
            self._details.removeRow(0)
        documents = sum(len(a.documents) for a in payload.applicants)
        size = sum(d.size for a in payload.applicants for d in a.documents)
        rows = [
            (self.tr("Program:"), payload.program_name),
            (self.tr("Framework:"), f"{payload.framework.display_name(common.current_language())} "
                                    f"{payload.framework.version}"),
            (self.tr("For evaluator:"), f"{payload.evaluator_id} {payload.evaluator_name}"),
            (self.tr("Package number:"), str(payload.serial)),
            (self.tr("Applicants:"), ", ".join(a.code for a in payload.applicants)),
            (self.tr("Evidence documents:"), fill(self.tr("%1 files, %2 MB"), documents,
                                                  f"{size / 1_000_000:.1f}")),
        ]
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._details.addRow(label, text)
        self._fingerprint_label.setText(self.tr("Program key fingerprint:"))
        pinned = {
            "new program": self.tr(
                "This is the first package of this program in your workspace. Compare the fingerprint with the "
                "one the operating agency gave you (by phone or on paper) before you import it."),
            "same key": self.tr(
                "Signed by the same program key as the package you imported before. Every score you have "
                "entered is kept."),
            "already imported": self.tr("This package has already been imported; importing it again changes "
                                        "nothing."),
        }
        self._pinned.setText(pinned.get(check.pinned, check.pinned))
        self._import.setText(self.tr("&Import"))

    @classmethod
    def ask(cls, parent: QWidget | None, check: PackageCheck, file_name: str) -> bool:
        dialog = cls(parent, check, file_name)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class RecusalDialog(RetranslateMixin, QDialog):
    """A conflict of interest declared by the evaluator (회피): the reason is required."""

    def __init__(self, parent: QWidget | None, applicant: str) -> None:
        super().__init__(parent)
        self._applicant = applicant
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._reason_label = QLabel()
        self._reason = QPlainTextEdit()
        self._reason.setTabChangesFocus(True)
        self._reason_label.setBuddy(self._reason)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self._text)
        layout.addWidget(self._reason_label)
        layout.addWidget(self._reason)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recuse from Applicant"))
        self._text.setText(fill(self.tr(
            "You declare a conflict of interest with %1 and will not score it. The form becomes read-only, "
            "and your bundle says that you recused yourself and why. You can withdraw the recusal later."),
            self._applicant))
        self._reason_label.setText(self.tr("&Reason (required):"))
        self._update()

    def _update(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self._reason.toPlainText().strip()))

    @classmethod
    def ask(cls, parent: QWidget | None, applicant: str) -> str | None:
        """The reason, or None when the evaluator cancelled."""
        dialog = cls(parent, applicant)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog._reason.toPlainText().strip()
            return None
        finally:
            dialog.deleteLater()


class ProblemsDialog(RetranslateMixin, QDialog):
    """Every problem of an input file in a table of sheet, row, column and problem."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, problems: list[Problem]) -> None:
        super().__init__(parent)
        self._title = title
        self._intro_text = intro
        self._intro = QLabel(intro)
        self._intro.setWordWrap(True)
        self._model = ProblemTableModel(self)
        self._model.set_problems(problems)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setWordWrap(True)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        for column in (ProblemColumn.SHEET, ProblemColumn.ROW, ProblemColumn.COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._table.resizeRowsToContents()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._buttons)
        self.resize(820, 420)
        self.retranslate()

    def model(self) -> ProblemTableModel:
        return self._model

    def retranslate(self) -> None:
        self.setWindowTitle(self._title or dialogs.program_title())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str, problems: list[Problem]) -> None:
        dialog = cls(parent, title, intro, problems)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class SheetImportDialog(RetranslateMixin, QDialog):
    """What importing a score sheet would change (indicator, before, after); nothing is written before OK.

    The import then is one step of the undo history: Ctrl+Z takes the whole of it back.
    """

    def __init__(self, parent: QWidget | None, preview: SheetPreview, framework: Framework | None = None,
                 names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._model = SheetChangeModel(self)
        self._model.set_changes(preview.changes, framework, names, common.current_language())
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().setVisible(False)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChangeColumn.INDICATOR, QHeaderView.ResizeMode.Stretch)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._import = self._buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._import.setDefault(True)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._buttons)
        self.resize(860, 440)
        self.retranslate()

    def model(self) -> SheetChangeModel:
        return self._model

    def import_button(self) -> QPushButton:
        return self._import

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Score Sheet"))
        applicants = len(self._preview.after)
        changes = len(self._preview.changes)
        self._intro.setText(fill(self.tr(
            "%1 would change %2 of your entries in %n applicant sheet(s), as listed. Nothing is changed until "
            "you import; afterwards Undo (Ctrl+Z) takes the whole import back.", "", applicants),
            self._preview.file, changes))
        self._import.setText(self.tr("&Import %n Change(s)", "", changes))

    @classmethod
    def ask(cls, parent: QWidget | None, preview: SheetPreview, framework: Framework | None = None,
            names: dict[str, str] | None = None) -> bool:
        """True when the evaluator chose to import."""
        dialog = cls(parent, preview, framework, names)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class SubmittedDialog(RetranslateMixin, QDialog):
    """The bundle just written: where, which sequence number, signed with which key."""

    def __init__(self, parent: QWidget | None, submitted: Submitted) -> None:
        super().__init__(parent)
        self._submitted = submitted
        self._headline = QLabel()
        self._headline.setWordWrap(True)
        headline_font = QFont(self._headline.font())
        headline_font.setBold(True)
        self._headline.setFont(headline_font)
        self._form = QFormLayout()
        self._fingerprint = QLabel(submitted.fingerprint)
        self._fingerprint.setFont(fingerprint_font(self._fingerprint.font()))
        self._fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fingerprint_label = QLabel()
        self._path = QLabel(str(submitted.path))
        self._path.setWordWrap(True)
        self._path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._path_label = QLabel()
        self._sequence = QLabel(str(submitted.sequence))
        self._sequence_label = QLabel()
        self._sha = QLabel(submitted.sha256)
        self._sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._sha_label = QLabel()
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._form.addRow(self._path_label, self._path)
        self._form.addRow(self._sequence_label, self._sequence)
        self._form.addRow(self._fingerprint_label, self._fingerprint)
        self._form.addRow(self._sha_label, self._sha)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self._headline)
        layout.addLayout(self._form)
        layout.addWidget(self._note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        s = self._submitted
        self.setWindowTitle(self.tr("Score Bundle Written"))
        if s.complete:
            self._headline.setText(self.tr("Your signed, encrypted score bundle for %n applicant(s) is written.",
                                           "", s.applicants))
        else:
            self._headline.setText(self.tr("Your signed, encrypted score bundle is written, but it is "
                                           "INCOMPLETE: incomplete sheets are not counted."))
        self._path_label.setText(self.tr("File:"))
        self._sequence_label.setText(self.tr("Sequence number:"))
        self._fingerprint_label.setText(self.tr("Signed with key:"))
        self._sha_label.setText(self.tr("SHA-256:"))
        self._note.setText(self.tr(
            "Hand this file to the operating agency. Only the program's key can read it. If you change scores "
            "later (after the on-site inspection, say), submit again: the newer bundle replaces this one."))

    @classmethod
    def ask(cls, parent: QWidget | None, submitted: Submitted) -> None:
        dialog = cls(parent, submitted)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
