"""Score edits as plain immutable values with an inverse, for undo and redo.

The GUI wraps each in a thin ``QUndoCommand``; the services apply them to the store, one transaction each.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from .sheets import IndicatorEntry, Sheet

IndicatorField = Literal["level", "comment", "verified_value", "confirmed", "onsite_note"]
SheetField = Literal["note", "onsite_note", "recusal"]
FieldValue = str | bool | None | tuple[bool, str]


@dataclass(frozen=True)
class Edit:
    """Change ``field`` of one applicant's sheet from ``old`` to ``new``.

    ``indicator_code`` None means a field of the whole sheet (``note``, ``onsite_note``, ``recusal`` whose
    value is ``(recused, reason)``).
    """

    applicant_code: str
    indicator_code: str | None
    field: str
    old: FieldValue
    new: FieldValue

    def inverse(self) -> Edit:
        return replace(self, old=self.new, new=self.old)

    def merges_with(self, other: Edit) -> bool:
        """Typing in one text field makes one undo step, not one per keystroke."""
        same_place = (self.applicant_code, self.indicator_code, self.field) == (
            other.applicant_code, other.indicator_code, other.field)
        return same_place and self.field in ("comment", "onsite_note", "note", "verified_value")

    def merged(self, other: Edit) -> Edit:
        return replace(self, new=other.new)


def apply_to_sheet(sheet: Sheet, edit: Edit) -> Sheet:
    """The sheet after the edit (pure; the store does the same on its rows)."""
    if edit.indicator_code is None:
        if edit.field == "recusal":
            assert isinstance(edit.new, tuple)
            return replace(sheet, recused=edit.new[0], recusal_reason=edit.new[1])
        changes: dict[str, Any] = {edit.field: edit.new}
        return replace(sheet, **changes)
    entries = dict(sheet.entries)
    entry = entries.get(edit.indicator_code, IndicatorEntry())
    entry_changes: dict[str, Any] = {edit.field: edit.new}
    entries[edit.indicator_code] = replace(entry, **entry_changes)
    return replace(sheet, entries=entries)
