"""Text fields that save themselves: a commit after a short pause in typing, on leaving the field, on demand.

Saving is not a button in the evaluator's screens. A :class:`TextCommitter` watches one editor and hands its
text to a commit function ``commit(text, typing) -> bool`` once the user has stopped typing for
``IDLE_MS``, when the editor loses the focus, and whenever :meth:`TextCommitter.flush` is called (before
moving to another indicator, before undo, before closing), so that no keystroke is left unsaved.

``typing`` is a token that stays the same while the user stays in the field; the undo stack merges the
commits of one visit into one step. The commit function returns False to keep the text pending (a value
that does not fit the indicator's rule yet, say); the text is then offered again at the next pause.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

# Long enough not to commit in the middle of a word, short enough that a crash loses almost nothing.
IDLE_MS = 400

_tokens = itertools.count(1)

CommitFn = Callable[[str, int], bool]


class TextCommitter(QObject):
    """Commits an editor's text after a pause, on focus-out and on :meth:`flush`."""

    def __init__(self, editor: QLineEdit | QPlainTextEdit, commit: CommitFn, idle_ms: int = IDLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._commit = commit
        self._pending = False
        self._silent = False
        self._typing = next(_tokens)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._changed)
        editor.installEventFilter(self)

    def editor(self) -> QLineEdit | QPlainTextEdit:
        return self._editor

    def text(self) -> str:
        if isinstance(self._editor, QLineEdit):
            return self._editor.text()
        return self._editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show a stored value (another indicator, an undo): nothing is pending afterwards."""
        self._timer.stop()
        self._pending = False
        self._typing = next(_tokens)
        if text == self.text():
            return
        self._silent = True
        try:
            if isinstance(self._editor, QLineEdit):
                self._editor.setText(text)
            else:
                self._editor.setPlainText(text)
        finally:
            self._silent = False

    def is_pending(self) -> bool:
        return self._pending

    def discard(self) -> None:
        """Forget what was typed and not committed (the caller shows the stored value again)."""
        self._timer.stop()
        self._pending = False

    def flush(self) -> bool:
        """Commit what is pending now; True when nothing is left pending."""
        self._timer.stop()
        if not self._pending:
            return True
        if self._commit(self.text(), self._typing):
            self._pending = False
        return not self._pending

    def _changed(self) -> None:
        if self._silent:
            return
        self._pending = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor:
            if event.type() == QEvent.Type.FocusOut:
                self.flush()
            elif event.type() == QEvent.Type.FocusIn:
                # A new visit to the field is a new undo step.
                self._typing = next(_tokens)
        return False
