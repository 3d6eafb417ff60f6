"""Errors that reach a user as one clear line, naming the place that is wrong.

A problem's message is a :class:`~smartcert_desktop.messages.Message` (or a plain template without
arguments); the command line renders it in the user's language after ``error:``, the desktop program in a
dialog. ``str()`` gives the English text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .messages import ENGLISH, Catalog, Message, Text, as_message, joined, msg

# A message quotes what a file holds (a name, a code, a cell); a line break or another control character in
# it must not break the message into lines that no longer start with "error:". They are shown escaped.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with control characters and line breaks written as escapes (``\\r``, ``\\x07``)."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where: file, sheet, row, column or field (each optional)."""

    message: Text
    file: Text | None = None  # a file's name, or a part of it named by a message ("x.scb (sealed content)")
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    field: str | None = None

    def place(self) -> Message | None:
        """Where the problem is, as a message (None when nothing is known of the place)."""
        parts: list[Text] = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(msg("sheet {sheet}", sheet=self.sheet))
        if self.row is not None:
            parts.append(msg("row {row}", row=self.row))
        if self.column:
            parts.append(msg("column {column}", column=self.column))
        if self.field:
            parts.append(msg("field {field}", field=self.field))
        return joined(parts, ", ") if parts else None

    def where(self, catalog: Catalog = ENGLISH) -> str:
        place = self.place()
        return "" if place is None else catalog.text(place)

    def as_message(self) -> Message:
        """Where, then what, as one message."""
        place = self.place()
        if place is None:
            return as_message(self.message)
        return msg("{where}: {what}", where=place, what=self.message)

    def text(self, catalog: Catalog = ENGLISH) -> str:
        """The problem as one line in ``catalog``'s language: where, then what."""
        return one_line(catalog.text(self.as_message()))

    def __str__(self) -> str:
        return self.text()


class SmartcertError(Exception):
    """A failure the user can act on. ``problems`` lists every problem found (at least one)."""

    exit_code = 1

    def __init__(self, problems: Text | Problem | Sequence[Problem]) -> None:
        if isinstance(problems, (str, Message)):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self, catalog: Catalog = ENGLISH) -> list[str]:
        return [p.text(catalog) for p in self.problems]


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
