"""Creating a program workspace: the framework workbook, an empty folder and the program's name.

The workbook is checked as soon as it is chosen, and every problem is listed (sheet, row, column), so a
framework that would be refused is never a surprise after the passphrase was typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.framework import Framework
from ...errors import SmartcertError
from ...services.frameworks import read_framework_workbook as read_framework
from ..i18n import MESSAGES, RetranslateMixin, fill
from .common import name_of, points

# More problems than this are summed up in one line; the rest are in the command line's output.
MAX_PROBLEMS = 10


@dataclass(frozen=True)
class NewProgram:
    framework: Framework
    framework_path: Path
    folder: Path
    name: str


def folder_problem(folder: Path) -> str | None:
    """Why a program cannot be created in ``folder``, or None (absent or empty is fine)."""
    if not folder.exists():
        return None
    if not folder.is_dir():
        return "not_folder"
    if any(folder.iterdir()):
        return "not_empty"
    return None


class NewProgramDialog(RetranslateMixin, QDialog):
    """Use :meth:`ask`; tests replace it."""

    def __init__(self, parent: QWidget | None, start: Path) -> None:
        super().__init__(parent)
        self._start = start
        self._framework: Framework | None = None
        self._framework_problems: list[str] = []

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._framework_label = QLabel()
        self._framework_edit = QLineEdit()
        self._framework_edit.setReadOnly(True)
        self._framework_browse = QPushButton()
        self._framework_browse.clicked.connect(self._choose_framework)
        self._sample_button = QPushButton()
        self._sample_button.clicked.connect(lambda: self._load_framework(paths.sample_framework_path()))
        self._framework_summary = QLabel()
        self._framework_summary.setWordWrap(True)
        self._framework_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._folder_label = QLabel()
        self._folder_edit = QLineEdit()
        self._folder_edit.textChanged.connect(self._update)
        self._folder_browse = QPushButton()
        self._folder_browse.clicked.connect(self._choose_folder)
        self._name_label = QLabel()
        self._name_edit = QLineEdit()
        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        framework_row = QHBoxLayout()
        framework_row.addWidget(self._framework_edit, 1)
        framework_row.addWidget(self._framework_browse)
        framework_row.addWidget(self._sample_button)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder_edit, 1)
        folder_row.addWidget(self._folder_browse)
        form = QFormLayout()
        form.addRow(self._framework_label, framework_row)
        form.addRow("", self._framework_summary)
        form.addRow(self._folder_label, folder_row)
        form.addRow(self._name_label, self._name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._problem)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Program"))
        self._intro.setText(self.tr(
            "A program workspace holds one certification round: its framework, applicants, evaluators, "
            "assignments, merged score bundles and the program's keys. Choose the framework workbook and a "
            "new or empty folder."))
        self._framework_label.setText(self.tr("&Framework workbook:"))
        self._framework_label.setBuddy(self._framework_browse)
        self._framework_browse.setText(self.tr("&Browse…"))
        self._sample_button.setText(self.tr("Use the &Sample"))
        self._sample_button.setToolTip(self.tr("The sample framework included with this program (not official)"))
        self._folder_label.setText(self.tr("Program fol&der:"))
        self._folder_label.setBuddy(self._folder_edit)
        self._folder_browse.setText(self.tr("Ch&oose…"))
        self._name_label.setText(self.tr("Program &name:"))
        self._name_label.setBuddy(self._name_edit)
        self._update()

    # --- choices ------------------------------------------------------------------------------------

    def _choose_framework(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Framework Workbook"), str(self._start), self.tr("Workbooks (*.xlsx)"))
        if chosen:
            self._load_framework(Path(chosen))

    def _load_framework(self, path: Path) -> None:
        self._framework_edit.setText(str(path))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._framework = read_framework(path)
            self._framework_problems = []
        except SmartcertError as exc:
            self._framework = None
            self._framework_problems = exc.lines(MESSAGES)
        finally:
            QApplication.restoreOverrideCursor()
        self._update()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Program Folder"), str(self._start))
        if chosen:
            self._folder_edit.setText(chosen)

    def set_framework(self, framework: Framework, path: Path) -> None:
        """Take an already read framework (tests, and a caller that has one)."""
        self._framework = framework
        self._framework_problems = []
        self._framework_edit.setText(str(path))
        self._update()

    def set_folder(self, folder: Path) -> None:
        self._folder_edit.setText(str(folder))

    # --- state --------------------------------------------------------------------------------------

    def _summary(self) -> str:
        fw = self._framework
        if fw is not None:
            text = fill(
                self.tr("%1 (%2 %3): %4 domains, %5 items, %6 indicators, %7 points"),
                name_of(fw.name_ko, fw.name_en) or fw.id, fw.id, fw.version, len(fw.domains), len(fw.items),
                len(fw.indicators), points(fw.total_max))
            if fw.sample:
                text += "\n" + self.tr("SAMPLE framework: not the official indicator set.")
            return text
        if self._framework_problems:
            shown = self._framework_problems[:MAX_PROBLEMS]
            more = len(self._framework_problems) - len(shown)
            lines = [self.tr("The workbook cannot be used:"), *shown]
            if more:
                lines.append(self.tr("… and %n more problem(s).", "", more))
            return "\n".join(lines)
        return ""

    def problem(self) -> str:
        """Why OK is not available, or empty."""
        if self._framework is None:
            return self.tr("Choose a valid framework workbook.")
        text = self._folder_edit.text().strip()
        if not text:
            return self.tr("Choose the folder for the new program.")
        found = folder_problem(Path(text))
        if found == "not_folder":
            return self.tr("The chosen path is a file, not a folder.")
        if found == "not_empty":
            return self.tr("The folder is not empty; choose a new or empty folder.")
        return ""

    def _update(self) -> None:
        self._framework_summary.setText(self._summary())
        self._framework_summary.setVisible(bool(self._framework_summary.text()))
        if self._framework is not None:
            self._name_edit.setPlaceholderText(self._framework.display_name())
        problem = self.problem()
        self._problem.setText(problem)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)

    def choice(self) -> NewProgram | None:
        if self.problem() or self._framework is None:
            return None
        return NewProgram(self._framework, Path(self._framework_edit.text()),
                          Path(self._folder_edit.text().strip()), self._name_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, start: Path) -> NewProgram | None:
        """The user's choices, or None when cancelled."""
        dialog = cls(parent, start)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()
