"""What a code, a name or a comment may hold (contract section 10), checked wherever text enters.

Text arrives from workbooks, enrolments, packages, bundles, the command line and the desktop program; each
entry point calls one of these functions, so the rules are the same everywhere:

* **Codes and ids** (applicant codes, evaluator ids): 1–32 ASCII letters, digits, ``-`` and ``_``. They name
  files and folders, so anything else (``../x``, a full-width ``Ｌ０１``, an invisible character) is refused,
  and so are the names Windows keeps for devices (``CON``, ``NUL``, ``COM1`` ...).
* **Names** (names, units, provinces): Unicode NFC, at most 200 characters, no control character and no
  zero-width or otherwise invisible character, so that two names that look the same are the same.
* **Notes** (comments, notes, guidance, reasons, evidence references): NFC, at most 10,000 characters; tab
  and line breaks are allowed (a carriage return is stored as a line break), other control characters not.

Every refusal is a :class:`TextError` whose message names the offending character by its code point and
Unicode name (``U+200B ZERO WIDTH SPACE``) and where it is, so the caller only adds the place (cell, field).
"""

from __future__ import annotations

import re
import unicodedata

from ..messages import Message, Text, msg
from .failures import DomainError

CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,32}")
MAX_CODE_CHARS = 32
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 10_000

# Characters that show as nothing (or as a blank) although they are not a space: refused in codes and names.
# Unicode format characters (category Cf: U+200B–U+200F, U+2060–U+2064, U+FEFF, bidirectional controls,
# the soft hyphen ...) are refused by category; these are invisible letters and marks of other categories.
_INVISIBLE = frozenset({
    "\u034f",  # COMBINING GRAPHEME JOINER
    "\u115f", "\u1160",  # HANGUL CHOSEONG / JUNGSEONG FILLER
    "\u17b4", "\u17b5",  # KHMER VOWEL INHERENT AQ / AA
    "\u180b", "\u180c", "\u180d", "\u180f",  # MONGOLIAN FREE VARIATION SELECTORS
    "\u3164",  # HANGUL FILLER
    "\uffa0",  # HALFWIDTH HANGUL FILLER
    *(chr(c) for c in range(0xFE00, 0xFE10)),  # VARIATION SELECTORS
})
# Codes name files (result sheets, packages); these names are devices on Windows, whatever the extension.
WINDOWS_DEVICE_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                                  *(f"LPT{i}" for i in range(1, 10))})
_CONTROL_NAMES = {"\t": "CHARACTER TABULATION", "\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\x00": "NULL",
                  "\x7f": "DELETE", "\x85": "NEXT LINE"}


class TextError(DomainError):
    """A text that a code, name or note may not be; the message says which character and where.

    Its message is ``msg("{what} {problem}")``: what the text is (``what``) and what is wrong with it
    (``problem``, said as what follows the text's name: "holds the control character ... at position 3").
    """

    def __init__(self, message: Text, *, what: Text = "", problem: Text | None = None) -> None:
        super().__init__(message)
        self.what = what
        self.problem: Message = Message(problem) if isinstance(problem, str) else (problem or self.message)


def _refuse(what: Text, problem: Message) -> TextError:
    return TextError(msg("{what} {problem}", what=what, problem=problem), what=what, problem=problem)


def describe_char(ch: str) -> Text:
    """``U+200B ZERO WIDTH SPACE``: a character as a person can look it up (by its Unicode name)."""
    code = f"U+{ord(ch):04X}"
    name = _CONTROL_NAMES.get(ch) or unicodedata.name(ch, "")
    if name:
        return f"{code} {name}"
    category = unicodedata.category(ch)
    if category == "Cc":
        return msg("{code} (control character)", code=code)
    return msg("{code} (unnamed character, category {category})", code=code, category=category)


def _found(kind: str, text: str, index: int) -> Message:
    """``"the invisible character U+200B ZERO WIDTH SPACE at position 4"``."""
    char = describe_char(text[index])
    if kind == "control":
        if len(text) > 1:
            return msg("the control character {char} at position {position}", char=char, position=index + 1)
        return msg("the control character {char}", char=char)
    if len(text) > 1:
        return msg("the invisible character {char} at position {position}", char=char, position=index + 1)
    return msg("the invisible character {char}", char=char)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc"


def _is_invisible(ch: str) -> bool:
    return ch in _INVISIBLE or unicodedata.category(ch) in ("Cf", "Zl", "Zp", "Cs")


def code_problem(text: str) -> Text | None:
    """Why ``text`` is not a code (1–32 ASCII letters, digits, ``-``, ``_``), or ``None`` when it is: what
    follows the code in a message (``msg("{what} {code} {problem}", ...)``, "code 'L 1' holds ...")."""
    if not text:
        return msg("is empty")
    for index, ch in enumerate(text):
        if not (ch.isascii() and (ch.isalnum() or ch in "-_")):
            if len(text) > 1:
                return msg("holds {char} at position {position}; a code is 1-32 ASCII letters, digits, - or _",
                           char=describe_char(ch), position=index + 1)
            return msg("holds {char}; a code is 1-32 ASCII letters, digits, - or _", char=describe_char(ch))
    if len(text) > MAX_CODE_CHARS:
        return msg("is {count} characters long; a code is at most {max}", count=len(text), max=MAX_CODE_CHARS)
    if text.upper() in WINDOWS_DEVICE_NAMES:
        return msg("is a reserved device name on Windows ({name}), which cannot name a file there",
                   name=text.upper())
    return None


def code_key(code: str) -> str:
    """Codes that differ only in case name the same file on Windows and macOS: one of them is refused."""
    return code.casefold()


def check_code(text: str, what: Text = "code") -> str:
    """``text`` when it is a valid code, else :class:`TextError` (``"code 'L01\u200b' holds ..."``)."""
    problem = code_problem(text)
    if problem:
        what = _what(what)
        raise TextError(msg("{what} {code} {problem}", what=what, code=shown(text), problem=problem),
                        what=msg("{what} {code}", what=what, code=shown(text)), problem=problem)
    return text


def shown(text: str, limit: int = 40) -> Text:
    """A text for a message: quoted with escapes, cut after ``limit`` characters (a value may be huge)."""
    if len(text) > limit:
        return msg("{start}... ({count} characters)", start=repr(text[:limit]), count=len(text))
    return repr(text)


def brief(text: str, limit: int = 40) -> str:
    """A text for a message as it is when short and printable, else quoted with escapes (and cut after
    ``limit`` characters, marked by an ellipsis)."""
    if len(text) <= limit and text.isprintable():
        return text
    return repr(text[:limit]) + ("…" if len(text) > limit else "")


def _too_long(length: int, max_chars: int) -> Message:
    return msg("is {length:,} characters long; at most {max:,} are allowed", length=length, max=max_chars)


def clean_name(text: str, what: Text = "name", *, max_chars: int = MAX_NAME_CHARS) -> str:
    """A name, unit or province: stripped, NFC, at most ``max_chars``, no control or invisible character."""
    what = _what(what)
    if len(text) > 4 * max_chars + 64:  # refuse before normalising a huge text
        raise _refuse(what, _too_long(len(text), max_chars))
    value = unicodedata.normalize("NFC", text).strip()
    for index, ch in enumerate(value):
        if _is_control(ch):
            raise _refuse(what, msg("holds {found}; remove it", found=_found("control", value, index)))
        if _is_invisible(ch):
            raise _refuse(what, msg("holds {found}; remove it", found=_found("invisible", value, index)))
    if len(value) > max_chars:
        raise _refuse(what, _too_long(len(value), max_chars))
    return value


def clean_note(text: str, what: Text = "text", *, max_chars: int = MAX_NOTE_CHARS) -> str:
    """A comment, note, guidance or reason: NFC, line breaks as ``\\n``, at most ``max_chars`` characters.

    Tab and line breaks are kept; a carriage return (alone or before a line feed) becomes a line feed, as a
    spreadsheet stores it. Other control characters are refused. Surrounding white space is kept: the text
    is stored as the person wrote it, and a workbook written from it reads back the same.
    """
    what = _what(what)
    if len(text) > 2 * max_chars + 64:
        raise _refuse(what, _too_long(len(text), max_chars))
    value = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for index, ch in enumerate(value):
        if ch not in "\t\n" and _is_control(ch):
            raise _refuse(what, msg("holds {found}; remove it", found=_found("control", value, index)))
    if len(value) > max_chars:
        raise _refuse(what, _too_long(len(value), max_chars))
    return value


# The words the functions above use when the caller names nothing else.
_DEFAULT_WHAT = {"name": msg("name"), "text": msg("text"), "code": msg("code")}


def _what(what: Text) -> Text:
    return _DEFAULT_WHAT.get(what, what) if isinstance(what, str) else what


def same_note(a: str, b: str) -> bool:
    """Whether two notes say the same: equal up to Unicode composition, line-break form and surrounding space.

    A note written into a workbook comes back stripped, composed and with line feeds only; a reader keeps
    the stored note when the cell says the same, so that a workbook imported unchanged changes nothing.
    """
    def norm(text: str) -> str:
        return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return a == b or norm(a) == norm(b)


def note_problem(text: str, *, max_chars: int = MAX_NOTE_CHARS) -> Text | None:
    """Why ``text`` is not a note as stored (see :func:`clean_note`), or ``None``; for received files: what
    follows the note's name in a message, as :func:`code_problem` says it."""
    try:
        cleaned = clean_note(text, "text", max_chars=max_chars)
    except TextError as exc:
        return exc.problem
    if cleaned != text:
        return msg("is not in its normal form (Unicode NFC, line breaks as LF)")
    return None


def name_problem(text: str, *, max_chars: int = MAX_NAME_CHARS) -> Text | None:
    """Why ``text`` is not a name as stored (see :func:`clean_name`), or ``None``; for received files: what
    follows the name in a message, as :func:`code_problem` says it."""
    try:
        cleaned = clean_name(text, "text", max_chars=max_chars)
    except TextError as exc:
        return exc.problem
    if cleaned != text:
        return msg("is not in its normal form (Unicode NFC, no surrounding spaces)")
    return None
