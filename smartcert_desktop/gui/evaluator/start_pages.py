"""The evaluator's first pages: no workspace yet (create or open one), and a workspace without a package.

A new evaluator creates an identity, hands the enrolment file to the operating agency, and waits for an
assignment package; these pages say so in that order and offer exactly those steps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.form import EvaluatorContext
from ..dnd import PACKAGE_SUFFIX, FileDropFilter
from ..i18n import RetranslateMixin, fill
from .evaluator_dialogs import fingerprint_font


def _heading(text: str = "", scale: float = 1.6) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _centred(content: QWidget) -> QHBoxLayout:
    """A readable column in the middle of a wide window."""
    content.setMaximumWidth(760)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content, 4)
    row.addStretch(1)
    return row


class WelcomePage(RetranslateMixin, QWidget):
    """No evaluator workspace is open: create an identity or open an existing workspace."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note_text = ""
        self._title = _heading()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._create = QCommandLinkButton()
        self._create.clicked.connect(self.create_requested)
        self._open = QCommandLinkButton()
        self._open.clicked.connect(self.open_requested)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setStyleSheet("color: #8a5a00;")
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._title)
        column.addWidget(self._intro)
        column.addSpacing(12)
        column.addWidget(self._note)
        column.addWidget(self._create)
        column.addWidget(self._open)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addLayout(_centred(content), 1)
        self.retranslate()

    def set_note(self, text: str) -> None:
        """Why the open workspace is not used (a program workspace, say); empty for none."""
        self._note_text = text
        self._note.setText(text)
        self._note.setVisible(bool(text))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Evaluator"))
        self._intro.setText(self.tr(
            "To score applicants you need an evaluator workspace: your identity (a signing key protected by "
            "your passphrase), the assignment package from the operating agency, and your scores. Everything "
            "stays on this computer until you submit a signed bundle."))
        self._create.setText(self.tr("&Create Evaluator Identity…"))
        self._create.setDescription(self.tr(
            "First time: make your keys and the enrolment file to hand to the operating agency."))
        self._open.setText(self.tr("&Open Evaluator Workspace…"))
        self._open.setDescription(self.tr("Continue in a workspace made earlier on this computer."))
        self.set_note(self._note_text)


class IdentityPage(RetranslateMixin, QWidget):
    """A workspace with an identity but no package yet: the fingerprint, the enrolment file, the import."""

    save_enrolment_requested = Signal()
    import_requested = Signal()
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: EvaluatorContext | None = None
        self._title = _heading()
        self._who = QLabel()
        self._who.setWordWrap(True)
        self._fingerprint_label = QLabel()
        self._fingerprint = QLabel()
        self._fingerprint.setFont(fingerprint_font(self._fingerprint.font()))
        self._fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._step1 = _heading(scale=1.1)
        self._step1_text = QLabel()
        self._step1_text.setWordWrap(True)
        self._save = QPushButton()
        self._save.clicked.connect(self.save_enrolment_requested)
        self._step2 = _heading(scale=1.1)
        self._step2_text = QLabel()
        self._step2_text.setWordWrap(True)
        self._import = QPushButton()
        self._import.clicked.connect(self.import_requested)
        self._drop = QLabel()
        self._drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._drop.setMinimumHeight(90)
        self._drop.setFrameShape(QFrame.Shape.StyledPanel)
        self._drop.setStyleSheet("QLabel { border: 2px dashed #9e9e9e; border-radius: 6px; color: #6b6b6b; }")
        drop = FileDropFilter(self, (PACKAGE_SUFFIX,), parent=self)
        drop.files_dropped.connect(self.files_dropped)

        identity = QFormLayout()
        identity.addRow(self._fingerprint_label, self._fingerprint)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._title)
        column.addWidget(self._who)
        column.addLayout(identity)
        column.addSpacing(16)
        column.addWidget(self._step1)
        column.addWidget(self._step1_text)
        column.addWidget(self._save, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(16)
        column.addWidget(self._step2)
        column.addWidget(self._step2_text)
        column.addWidget(self._import, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._drop)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addLayout(_centred(content), 1)
        self.retranslate()

    def set_context(self, context: EvaluatorContext | None) -> None:
        self._context = context
        self.retranslate()

    def retranslate(self) -> None:
        context = self._context
        self._title.setText(self.tr("Your evaluator identity"))
        if context is not None:
            self._who.setText(fill(self.tr("Evaluator %1, %2"), context.evaluator_id, context.evaluator_name))
            self._fingerprint.setText(context.fingerprint)
        self._fingerprint_label.setText(self.tr("Key fingerprint:"))
        self._step1.setText(self.tr("1. Hand your enrolment file to the operating agency"))
        self._step1_text.setText(self.tr(
            "The file holds only your public keys. Tell the agency your fingerprint by another way (phone, "
            "paper) so that they can check the file is yours."))
        self._save.setText(self.tr("Save Enrol&ment File…"))
        self._step2.setText(self.tr("2. Import your assignment package"))
        self._step2_text.setText(self.tr(
            "The agency sends you a package (.scpkg) with the applicants assigned to you and their evidence. "
            "It is checked and its program key shown before anything is loaded."))
        self._import.setText(self.tr("&Import Assignment Package…"))
        self._drop.setText(self.tr("or drop the .scpkg file here"))
