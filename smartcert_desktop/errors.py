"""Errors that reach a user as one clear line, naming the place that is wrong.

Nothing outside the GUI imports Qt, so messages here are plain text; the command line prints them after
``error:`` and the desktop program shows them in a dialog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A message quotes what a file holds (a name, a code, a cell); a line break or another control character in
# it must not break the message into lines that no longer start with "error:". They are shown escaped.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with control characters and line breaks written as escapes (``\\r``, ``\\x07``)."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where: file, sheet, row, column or field (each optional)."""

    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    field: str | None = None

    def where(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        if self.field:
            parts.append(f"field {self.field}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        return one_line(text)


class SmartcertError(Exception):
    """A failure the user can act on. ``problems`` lists every problem found (at least one)."""

    exit_code = 1

    def __init__(self, problems: str | Problem | Sequence[Problem]) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class ValidationError(SmartcertError):
    """An input file (workbook, package, bundle) failed validation; nothing was changed."""


class VerificationError(SmartcertError):
    """A signature, hash or encryption check failed."""


class PassphraseError(SmartcertError):
    """The passphrase does not open the key."""


class UsageError(SmartcertError):
    exit_code = 2


def raise_if(problems: Iterable[Problem], cls: type[SmartcertError] = ValidationError) -> None:
    found = list(problems)
    if found:
        raise cls(found)
