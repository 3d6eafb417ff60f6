"""argparse's own words (``usage:``, ``options``, "the following arguments are required") in the run's language.

argparse looks its fixed texts up through ``gettext`` (``argparse._`` and ``argparse.ngettext``, read when a
parser is built, when help is printed and when a usage error is made). :func:`argparse_speaking` puts the
run's catalogue there for as long as the command line runs; in English nothing is replaced, so the texts are
argparse's own, byte for byte. The texts below are argparse's ``%``-style strings as they are (they are the
keys argparse asks for), marked with :func:`template` so that they are extracted for translation.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from ..messages import template
from .text import catalog

ARGPARSE_TEXTS = frozenset({
    template("usage: "),
    template("positional arguments"),
    template("options"),
    template("show this help message and exit"),
    template("argument %(argument_name)s: %(message)s"),
    template("the following arguments are required: %s"),
    template("one of the arguments %s is required"),
    template("not allowed with argument %s"),
    template("unrecognized arguments: %s"),
    template("invalid choice: %(value)r (choose from %(choices)s)"),
    template("invalid %(type)s value: %(value)r"),
    template("expected one argument"),
    template("expected at most one argument"),
    template("expected at least one argument"),
    template("expected %s argument"),
    template("expected %s arguments"),
    template("ambiguous option: %(option)s could match %(matches)s"),
    template("ignored explicit argument %r"),
    template("unknown parser %(parser_name)r (choices: %(choices)s)"),
    template("can't open '%(filename)s': %(error)s"),
})


def _gettext(text: str) -> str:
    if text not in ARGPARSE_TEXTS:
        return text
    return catalog().translate(text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's texts in the run's language (set with :func:`~.text.set_language` before) while inside."""
    import argparse

    if catalog().language == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a Hangul syllable (and any wide character) two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrap_columns(text: str, width: int) -> list[str]:
    """``text``'s words in lines of at most ``width`` terminal columns (a word wider than a line is cut)."""
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        size = columns(word)
        if line and used + 1 + size > width:
            lines.append(line)
            line, used = "", 0
        if not line and size > width:  # a word longer than a line: cut, at least one character a line
            piece, taken = "", 0
            for ch in word:
                w = columns(ch)
                if piece and taken + w > width:
                    lines.append(piece)
                    piece, taken = "", 0
                piece, taken = piece + ch, taken + w
            word, size = piece, taken
        line, used = (f"{line} {word}", used + 1 + size) if line else (word, size)
    if line:
        lines.append(line)
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help, with texts that hold Korean wrapped by the terminal's columns rather than by characters
    (a Hangul syllable takes two columns; wrapped by characters, Korean help ran past the terminal's edge).
    Texts of narrow characters only are argparse's own wrapping, byte for byte."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if columns(text) == len(text):
            return super()._split_lines(text, width)
        return wrap_columns(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if columns(text) == len(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_columns(text, width - len(indent)))
