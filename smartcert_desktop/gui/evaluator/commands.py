"""Score edits with undo and redo: each edit committed at once, each undo step a thin adapter over an Edit.

:class:`ScoringSession` is the one place where the evaluator screens change the workspace. ``commit(edit)``
stores the edit through :func:`services.scoring.commit_edit` in its own transaction (durable when it returns;
the sheet it changes is the one held here, not read again) and only then pushes an :class:`EditCommand` on
the undo stack, so a refused edit never reaches the stack. Undo and redo store the edit's inverse or the edit
again, the same way. The shell's status bar is told before and after every commit.

A score sheet import is one step too (:class:`SheetsCommand`): the whole sheets of the applicants it changes,
written in one transaction, and put back as they were in one transaction by Undo.

Typing in a text field commits every few hundred milliseconds; those commits merge into one undo step per
visit to the field (``typing`` token), so that Undo takes back what was typed, not one letter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.edits import Edit
from ...domain.framework import Framework
from ...domain.sheets import Sheet
from ...services.scoring import commit_edit
from ...services.sheets import write_sheets
from ...services.workspace import WorkspaceHandle

# Same id for every edit command: Qt asks mergeWith only of commands with equal ids; Edit decides the rest.
EDIT_COMMAND_ID = 0x5C0E


class EditCommand(QUndoCommand):
    """One undo step: an :class:`Edit` already committed when pushed (the first ``redo`` does nothing)."""

    def __init__(self, session: ScoringSession, edit: Edit, text: str, typing: int | None) -> None:
        super().__init__(text)
        self._session = session
        self.edit = edit
        self._typing = typing
        self._done = True  # committed by ScoringSession.commit before the push

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def redo(self) -> None:
        if self._done:
            return
        # Qt calls this from C++: an exception would not reach whoever asked for the redo, so it is reported.
        if self._session.replay(self.edit):
            self._done = True

    def undo(self) -> None:
        if self._session.replay(self.edit.inverse()):
            self._done = False

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or self._typing is None or other._typing != self._typing:
            return False
        if not self.edit.merges_with(other.edit):
            return False
        self.edit = self.edit.merged(other.edit)
        # Typed and then deleted again: nothing left to undo.
        self.setObsolete(self.edit.old == self.edit.new)
        return True


class SheetsCommand(QUndoCommand):
    """One undo step that replaces whole sheets: a score sheet import, already written when pushed."""

    def __init__(self, session: ScoringSession, before: dict[str, Sheet], after: dict[str, Sheet], text: str,
                 file: str) -> None:
        super().__init__(text)
        self._session = session
        self.before = dict(before)
        self.after = dict(after)
        self._file = file
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        if self._session.replay_sheets(self.after, "sheet.import.redo", self._file):
            self._done = True

    def undo(self) -> None:
        if self._session.replay_sheets(self.before, "sheet.import.undo", self._file):
            self._done = False


class ScoringSession(QObject):
    """The evaluator's sheets of one program as the screens see them, and every change to them.

    ``sheet_changed(code, sheet)`` follows every stored edit, undo and redo; ``replayed(edit)`` follows undo
    and redo only, so the screens can show where the change happened.
    """

    sheet_changed = Signal(str, object)  # applicant code, Sheet
    replayed = Signal(object)  # Edit
    sheets_replayed = Signal(list)  # applicant codes whose whole sheets an undo or redo replaced
    failed = Signal(object)  # SmartcertError or another exception from an undo or redo

    def __init__(
        self,
        handle: WorkspaceHandle,
        framework: Framework,
        program_id: str,
        evaluator_id: str,
        sheets: dict[str, Sheet],
        *,
        saving: Callable[[], None] | None = None,
        saved: Callable[[datetime], None] | None = None,
        not_saved: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.handle = handle
        self.framework = framework
        self.program_id = program_id
        self.evaluator_id = evaluator_id
        self._sheets = dict(sheets)
        self._saving = saving
        self._saved = saved
        self._not_saved = not_saved
        self.undo_stack = QUndoStack(self)
        self._describe: Callable[[Edit], str] = lambda edit: edit.field

    def set_describer(self, describe: Callable[[Edit], str]) -> None:
        """How an edit is named in the Undo/Redo menu entries (translated by the screen)."""
        self._describe = describe

    def sheet(self, applicant_code: str) -> Sheet:
        return self._sheets.get(applicant_code) or Sheet(self.evaluator_id, applicant_code)

    def reset(self, sheets: dict[str, Sheet]) -> None:
        """New sheets from outside the undo history (a score sheet or package import): the history goes."""
        self._sheets = dict(sheets)
        self.undo_stack.clear()

    def commit(self, edit: Edit, typing: int | None = None) -> Sheet:
        """Store ``edit`` now and make it undoable; raises :class:`SmartcertError` when it is refused.

        ``typing`` identifies one visit to a text field: commits with the same token merge into one undo step.
        """
        sheet = self.apply(edit, replay=False)
        self.undo_stack.push(EditCommand(self, edit, self._describe(edit), typing))
        return sheet

    def commit_sheets(self, before: dict[str, Sheet], after: dict[str, Sheet], text: str, file: str) -> None:
        """Store whole sheets (an import) in one transaction and make them one undo step; raises when refused.

        ``before`` are the same applicants' sheets as they are now, which an undo puts back.
        """
        self.apply_sheets(after, "sheet.import", file)
        self.undo_stack.push(SheetsCommand(self, before, after, text, file))

    def replay_sheets(self, sheets: dict[str, Sheet], action: str, file: str) -> bool:
        try:
            self.apply_sheets(sheets, action, file)
        except Exception as exc:
            self.failed.emit(exc)
            return False
        self.sheets_replayed.emit(sorted(sheets))
        return True

    def apply_sheets(self, sheets: dict[str, Sheet], action: str, file: str) -> None:
        if self._saving is not None:
            self._saving()
        try:
            write_sheets(self.handle, list(sheets.values()), action=action, file=file)
        except BaseException:
            if self._not_saved is not None:
                self._not_saved()
            raise
        self._sheets.update(sheets)
        if self._saved is not None:
            self._saved(datetime.now().astimezone())
        for code, sheet in sheets.items():
            self.sheet_changed.emit(code, sheet)

    def replay(self, edit: Edit) -> bool:
        """Apply an undo or redo; False (and ``failed`` emitted) when the store refused it."""
        try:
            self.apply(edit, replay=True)
        except Exception as exc:
            self.failed.emit(exc)
            return False
        return True

    def apply(self, edit: Edit, *, replay: bool) -> Sheet:
        """Store one edit in its own transaction and tell the screens."""
        if self._saving is not None:
            self._saving()
        try:
            sheet = commit_edit(self.handle, self.framework, self.program_id, self.evaluator_id, edit,
                                self.sheet(edit.applicant_code))
        except BaseException:
            if self._not_saved is not None:
                self._not_saved()
            raise
        self._sheets[edit.applicant_code] = sheet
        if self._saved is not None:
            self._saved(datetime.now().astimezone())
        self.sheet_changed.emit(edit.applicant_code, sheet)
        if replay:
            self.replayed.emit(edit)
        return sheet
