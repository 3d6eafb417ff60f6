"""Message boxes and the passphrase dialog.

Screens call these module functions (``dialogs.show_error(...)``, not a ``from`` import) so that a test can
replace one with ``monkeypatch.setattr(dialogs, "show_error", ...)`` instead of answering a modal box.

Errors the user can act on (:class:`SmartcertError`) are shown as their plain lines, never as a traceback;
anything else is a defect, logged with its traceback and shown with the traceback folded away under
"Show Details".
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..errors import SmartcertError
from ..services.keys import PassphraseStrength, passphrase_strength
from .i18n import MESSAGES, RetranslateMixin, fill

log = logging.getLogger(__name__)

# The command line and the desktop program honour the same variable (contract section 1).
PASSPHRASE_ENV = "SMARTCERT_PASSPHRASE"

# More problems than this are listed under "Show Details" so that the box still fits on a screen.
MAX_LINES_SHOWN = 12


def passphrase_from_environment() -> bool:
    """Whether passphrases come from ``SMARTCERT_PASSPHRASE`` (then a wrong one is not asked for again)."""
    return bool(os.environ.get(PASSPHRASE_ENV))


def program_title() -> str:
    """The program's name as shown in window and message box titles."""
    return QCoreApplication.translate("Dialogs", "Smart City Certification")


def current_log_file() -> Path | None:
    """The file the root logger writes to, if any, to point the user at it after a defect."""
    for handler in logging.getLogger().handlers:
        filename = getattr(handler, "baseFilename", None)
        if filename:
            return Path(filename)
    return None


def _message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str | None,
    text: str,
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title or program_title(), text, QMessageBox.StandardButton.Ok, parent)
    # Plain text: file names and messages may contain "<" and must not be read as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box


def show_error(
    parent: QWidget | None, error: SmartcertError | str | Sequence[str], title: str | None = None
) -> None:
    """Tell the user what is wrong and where, one problem a line, as the command line would."""
    if isinstance(error, SmartcertError):
        lines = error.lines(MESSAGES)
    elif isinstance(error, str):
        lines = [error]
    else:
        lines = list(error)
    shown = lines[:MAX_LINES_SHOWN]
    informative = ""
    details = ""
    if len(lines) > MAX_LINES_SHOWN:
        informative = QCoreApplication.translate(
            "Dialogs", "… and %n more problem(s); see Show Details.", None, len(lines) - MAX_LINES_SHOWN
        )
        details = "\n".join(lines)
    box = _message_box(parent, QMessageBox.Icon.Warning, title, "\n".join(shown), informative, details)
    box.exec()


def show_unexpected_error(parent: QWidget | None, exc: BaseException, log_file: Path | None = None) -> None:
    """Report a defect: what was saved is safe, what the user may want to check, where the details are."""
    text = QCoreApplication.translate(
        "Dialogs",
        "Something went wrong inside the program. Everything that was saved before is kept; the last "
        "action may not have been completed, so please check its result.",
    )
    informative = ""
    if log_file is not None:
        informative = fill(
            QCoreApplication.translate("Dialogs", "The details were written to %1."), str(log_file)
        )
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = _message_box(parent, QMessageBox.Icon.Critical, None, text, informative, details)
    box.exec()


def report_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any exception the right way: a user's error plainly, a defect logged and with details."""
    if isinstance(exc, SmartcertError):
        log.info("user error: %s", exc)
        show_error(parent, exc)
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_unexpected_error(parent, exc, current_log_file())


def show_info(parent: QWidget | None, title: str | None, text: str) -> None:
    _message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def confirm(parent: QWidget | None, title: str | None, text: str, informative: str = "") -> bool:
    """Ask a yes/no question; the safe answer (No) is the default, Escape answers it too."""
    box = _message_box(parent, QMessageBox.Icon.Question, title, text, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class PassphraseDialog(RetranslateMixin, QDialog):
    """Asks for a passphrase; when creating one (``confirm``) asks twice and can show a strength bar.

    Use :meth:`ask`; tests replace it with ``monkeypatch.setattr(PassphraseDialog, "ask", ...)``.
    """

    # A new passphrase shorter than this is refused; it protects a private key that travels on laptops.
    MIN_NEW_LENGTH = 8
    # The same estimate as the command line's; replaceable (a class attribute) for tests or a better one.
    strength_estimator: ClassVar[Callable[[str], PassphraseStrength]] = staticmethod(passphrase_strength)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        confirm: bool = False,
        show_strength: bool = False,
        prompt: str | None = None,
        error: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._confirm = confirm
        self._prompt_text = prompt
        # Why the dialog asks again (a wrong passphrase the last time), shown above the field.
        self._error = QLabel(error or "")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c0392b; font-weight: bold;")
        self._error.setVisible(bool(error))

        self._prompt = QLabel()
        self._prompt.setWordWrap(True)
        self._passphrase = QLineEdit()
        self._passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self._repeat = QLineEdit()
        self._repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self._passphrase)
        self._repeat_label = QLabel()
        self._repeat_label.setBuddy(self._repeat)
        self._strength_bar = QProgressBar()
        self._strength_bar.setRange(0, 4)
        self._strength_bar.setTextVisible(False)
        self._strength_text = QLabel()
        self._strength_text.setWordWrap(True)
        self._strength_label = QLabel()
        self._show = QCheckBox()
        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        form = QFormLayout()
        form.addRow(self._passphrase_label, self._passphrase)
        if confirm:
            form.addRow(self._repeat_label, self._repeat)
        if show_strength:
            form.addRow(self._strength_label, self._strength_bar)
            form.addRow("", self._strength_text)
        form.addRow("", self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._prompt)
        layout.addLayout(form)
        layout.addWidget(self._problem)
        layout.addWidget(self._buttons)
        self._repeat.setVisible(confirm)
        self._repeat_label.setVisible(confirm)

        self._passphrase.textChanged.connect(self._update)
        self._repeat.textChanged.connect(self._update)
        self._show.toggled.connect(self._set_visible_text)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title)
        if self._prompt_text is not None:
            self._prompt.setText(self._prompt_text)
        elif self._confirm:
            self._prompt.setText(
                fill(
                    self.tr(
                        "Choose a passphrase of at least %1 characters. It protects your private key; "
                        "it cannot be recovered if it is lost."
                    ),
                    self.MIN_NEW_LENGTH,
                )
            )
        else:
            self._prompt.setText(self.tr("Enter the passphrase of your key."))
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._repeat_label.setText(self.tr("&Repeat:"))
        self._strength_label.setText(self.tr("Strength:"))
        self._show.setText(self.tr("&Show passphrase"))
        self._update()

    def passphrase(self) -> str:
        return self._passphrase.text()

    def _set_visible_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self._passphrase.setEchoMode(mode)
        self._repeat.setEchoMode(mode)

    def _strength_text_for(self, strength: PassphraseStrength) -> str:
        """The estimate's verdict in the current language (its ``code`` is stable, its ``reason`` English)."""
        verdicts = {
            "common": self.tr("Weak: one of the passwords tried first"),
            "repetitive": self.tr("Weak: repeats the same characters"),
            "too_short": self.tr("Weak: too short; use at least 12 characters or several words"),
            "short": self.tr("Short: use at least 12 characters or several words"),
            "weak": self.tr("Weak: easy to guess; add more words"),
            "fair": self.tr("Fair: a few more words would make it strong"),
            "good": self.tr("Good"),
            "strong": self.tr("Strong"),
        }
        return verdicts.get(strength.code, strength.reason)

    def _problem_text(self) -> str:
        """Why OK is not available yet, or empty when it is."""
        text = self._passphrase.text()
        if not text:
            return ""
        if self._confirm and len(text) < self.MIN_NEW_LENGTH:
            return fill(self.tr("The passphrase needs at least %1 characters."), self.MIN_NEW_LENGTH)
        if self._confirm and self._repeat.text() and self._repeat.text() != text:
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        text = self._passphrase.text()
        if text:
            strength = type(self).strength_estimator(text)
            self._strength_bar.setValue(max(0, min(strength.score, 4)))
            self._strength_text.setText(self._strength_text_for(strength))
        else:
            self._strength_bar.setValue(0)
            self._strength_text.setText("")
        problem = self._problem_text()
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        acceptable = bool(text) and not problem
        if self._confirm:
            acceptable = acceptable and self._repeat.text() == text
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(acceptable)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        confirm: bool = False,
        show_strength: bool = False,
        prompt: str | None = None,
        error: str | None = None,
    ) -> str | None:
        """The passphrase, or None when the user cancelled; ``error`` says why it is asked again.

        ``SMARTCERT_PASSPHRASE``, when set and not empty, is returned without asking, as on the command line.
        """
        from_env = os.environ.get(PASSPHRASE_ENV)
        if from_env:
            return from_env
        dialog = cls(parent, title, confirm=confirm, show_strength=show_strength, prompt=prompt, error=error)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return None
        finally:
            # Do not leave the typed passphrase in a hidden widget until the parent goes away.
            dialog._passphrase.clear()
            dialog._repeat.clear()
            dialog.deleteLater()
