"""Reading and writing the exchange workbooks (.xlsx) with openpyxl, the same way for every workbook.

Every workbook of the contract (framework, applicants, assignments, score sheets) is a set of sheets, each a
table: a header row of column names, then one row per record. This module holds what their readers share:

* :func:`open_workbook` opens a file safely: a missing, unreadable, non-xlsx or damaged file becomes a
  :class:`~smartcert_desktop.errors.ValidationError` naming the file, never a traceback.
* :func:`read_table` finds a sheet by name and maps its header row to column positions; a missing sheet or a
  missing required column becomes a :class:`~smartcert_desktop.errors.Problem` (sheet, column) added to the
  caller's list, so that a reader can report every problem of a workbook at once.
* :class:`Row` converts cells (text, integer, Decimal, yes/no) and records a problem with the Excel row number
  and the column letter and name when a cell does not convert, returning ``None`` so the reader goes on.
* :func:`cell_text`, :func:`cell_decimal`, :func:`cell_integer` and :func:`cell_yes_no` are the conversions
  themselves, for values that do not come from a table.
* :func:`put`, :func:`add_table_sheet` and :func:`save_workbook` write cells and a formatted table (bold
  frozen header, column widths, text format for text columns so that a spreadsheet does not turn ``3/5``
  into a date).

Numbers follow the contract: a numeric cell means the shortest decimal that prints it (a cell showing 0.85
is exactly 0.85, not the nearest binary double), and a text cell holding a number is read as that number;
numbers beyond the bounds of contract section 10 are refused. Formulas are read as the value the
spreadsheet saved with them; a formula cell without a saved value is refused, naming the cell. Before
anything is parsed, :mod:`.xlsx_guard` checks the file's size and the sizes, rows and cells inside it.

Text is text (contract section 10): every cell is written through :func:`put`, which stores a string as a
string cell whatever its first character, never as a formula.

A typical reader::

    problems: list[Problem] = []
    wb = open_workbook(path)
    table = read_table(wb, "Applicants", file=file_label(path), problems=problems,
                       required=("code", "population"), optional=("name_en",))
    if table is not None:
        for row in table.rows:
            code = row.text("code", required=True)
            population = row.integer("population", required=True, minimum=0)
    raise_if(problems)
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import warnings
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..domain.failures import DomainError
from ..domain.numbers import NotANumber, canonical_decimal, check_bounds, parse_decimal
from ..domain.text import TextError, check_code, clean_name, clean_note
from ..errors import Problem, SmartcertError, ValidationError
from ..files import atomic_write, system_reason
from ..messages import Text, msg
from .xlsx_guard import MAX_ROW_NUMBER, MAX_ROWS, MAX_WORKBOOK_BYTES, WorkbookFacts, inspect_workbook

TEXT_FORMAT = "@"
SHOWN_DIGITS = 15  # significant digits a spreadsheet shows (and keeps) of a number
YES_WORDS = frozenset({"yes", "y", "true"})
NO_WORDS = frozenset({"no", "n", "false"})
_DATE_TYPES = (dt.datetime, dt.date, dt.time, dt.timedelta)


class CellError(DomainError):
    """A cell's value cannot be read as the kind of value its column needs; ``message`` says why."""


# --- opening -------------------------------------------------------------------------------------------

def file_label(path: str | os.PathLike[str]) -> str:
    """How problems name a file: its name without the folders, short enough for one line of output."""
    return Path(path).name


@dataclass
class OpenedWorkbook:
    """A workbook opened for reading: openpyxl's read-only workbook and what the inspection found.

    Sheets are parsed only when :func:`read_table` streams them; nothing else of a sheet is kept.
    """

    book: Any
    facts: WorkbookFacts
    label: str

    @property
    def sheetnames(self) -> list[str]:
        names: list[str] = self.book.sheetnames
        return names

    def __getitem__(self, title: str) -> Any:
        return self.book[title]

    def close(self) -> None:
        self.book.close()


def open_workbook(path: str | os.PathLike[str]) -> OpenedWorkbook:
    """Open an .xlsx workbook for reading: formulas as the values saved with them, limits checked first.

    Raises :class:`ValidationError` naming the file when it is missing, a folder, unreadable, not an .xlsx
    workbook (an .ods, an old .xls, a password-protected workbook, an .xlsm, a CSV, a PDF, an empty file...:
    each named for what it is, with what to do; see :func:`~.xlsx_guard.check_kind`), damaged, or beyond the
    limits of contract section 10 (its size is checked before it is read, its parts while they are inflated;
    see :mod:`.xlsx_guard`). The file's extension is not checked: what counts is the content.
    """
    p = Path(path)
    label = file_label(p)
    try:
        with open(p, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_WORKBOOK_BYTES:
                raise ValidationError(Problem(msg(
                    "the workbook is refused: it has {size:,} bytes, more than the limit of {limit} MB",
                    size=size, limit=MAX_WORKBOOK_BYTES // 1_000_000), file=label))
            # read(size) allocates what it is asked for: ask for the size the file has, not for the limit.
            data = handle.read(size)
            grew = handle.read(1)
    except FileNotFoundError:
        raise ValidationError(Problem(msg("file not found: {path}", path=str(p)), file=label)) from None
    except IsADirectoryError:
        raise ValidationError(Problem(msg("{path} is a folder, not a workbook", path=str(p)), file=label)) from None
    except PermissionError:
        raise ValidationError(Problem(msg("cannot read {path}: permission denied", path=str(p)),
                                      file=label)) from None
    except OSError as exc:
        raise ValidationError(Problem(msg("cannot read {path}: {reason}", path=str(p),
                                          reason=system_reason(exc)), file=label)) from None
    if grew:
        raise ValidationError(Problem("the workbook changed while it was read; close it in the spreadsheet "
                                      "program and try again", file=label))
    facts = inspect_workbook(data, label)  # refuses other kinds of file first, saying what they are
    try:
        # openpyxl warns about features it drops (data validation extensions, ...); reading does not care.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # A file object bypasses openpyxl's extension check; the bytes are already in memory, so no
            # handle stays open (Windows would lock the file otherwise). Read-only mode streams each sheet
            # when it is read instead of building every cell at once.
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError...) for a damaged file
        raise ValidationError(Problem(msg(
            "the workbook is damaged or not an .xlsx workbook ({error}: {detail})", error=type(exc).__name__,
            detail=_short(exc)),
            file=label)) from None
    return OpenedWorkbook(book, facts, label)


def _short(exc: BaseException, limit: int = 200) -> str:
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + "..."


def find_sheet(workbook: Any, name: str) -> Any | None:
    """The sheet called ``name``: an exact match first, else ignoring case and surrounding white space."""
    if name in workbook.sheetnames:
        return workbook[name]
    wanted = name.strip().casefold()
    for title in workbook.sheetnames:
        if title.strip().casefold() == wanted:
            return workbook[title]
    return None


# --- cell conversion -----------------------------------------------------------------------------------

def is_blank(value: object) -> bool:
    """An empty cell, or one holding only white space."""
    return value is None or (isinstance(value, str) and not value.strip())


def _date_refused(value: object) -> CellError:
    shown = value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)
    return CellError(msg("the cell holds a date or time ({value}), probably because the spreadsheet turned what "
                         "was typed into a date; format the column as text and type the value again",
                         value=shown))


def significant_digits(value: Decimal) -> int:
    """How many significant digits a decimal has (trailing zeros of its coefficient not counted)."""
    digits = value.as_tuple().digits
    return max(len("".join(map(str, digits)).strip("0")), 1)


def float_decimal(value: float) -> Decimal:
    """The decimal a numeric cell shows: the shortest decimal that prints the double, not its binary value.

    That is ``Decimal(repr(value))`` (a cell holding 0.85 gives exactly 0.85), limited to the 15 significant
    digits a spreadsheet shows: a formula result such as 0.1 + 0.2 is stored as 0.30000000000000004 but shown,
    and meant, as 0.3 (otherwise a computed 30 % stored as 29.999999999999996 would miss a ``>= 30`` band).
    """
    result = Decimal(repr(value))
    if not result.is_finite():
        raise CellError(msg("'{value}' is not a finite number", value=value))
    if significant_digits(result) > SHOWN_DIGITS:
        result = Decimal(format(value, f".{SHOWN_DIGITS}g"))
    return result


def cell_text(value: object) -> str:
    """The text of a cell, stripped of surrounding white space; ``""`` for an empty cell.

    A number is written as the shortest decimal that prints it (a cell showing 30 gives ``"30"``, never
    ``"30.0"``). A date is refused (:class:`CellError`): where text is expected it is almost always a value
    such as ``3/5`` that the spreadsheet turned into a date.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, _DATE_TYPES):
        raise _date_refused(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return canonical_decimal(float_decimal(value))
    if isinstance(value, Decimal):
        return canonical_decimal(value)
    return str(value).strip()


def cell_decimal(value: object) -> Decimal | None:
    """A number from a cell, exactly; ``None`` for an empty cell.

    Integers give ``Decimal(int)``, floats the shortest decimal that prints them (``Decimal(repr(x))``), text
    is parsed with :func:`~smartcert_desktop.domain.numbers.parse_decimal` (``"1,234.5"`` is allowed).
    Booleans, dates and other text raise :class:`CellError`.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(msg("expected a number, not the logical value {value}", value="TRUE" if value else "FALSE"))
    try:
        if isinstance(value, int):
            return check_bounds(Decimal(value))
        if isinstance(value, float):
            return check_bounds(float_decimal(value))
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise CellError(msg("'{value}' is not a finite number", value=value))
            return check_bounds(value)
    except NotANumber as exc:
        raise CellError(exc.message) from None
    if isinstance(value, _DATE_TYPES):
        raise CellError(msg("expected a number, not a date ({value}); format the column as a number or as text",
                            value=str(value)))
    if isinstance(value, str):
        try:
            return parse_decimal(value)
        except NotANumber as exc:
            raise CellError(exc.message) from None
    raise CellError(msg("'{value}' is not a number", value=str(value)))


def cell_integer(value: object) -> int | None:
    """A whole number from a cell (``30``, ``30.0``, ``"30"``, ``"500,000"``); ``None`` for an empty cell."""
    number = cell_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellError(msg("'{value}' is not a whole number", value=canonical_decimal(number)))
    return int(number)


def cell_yes_no(value: object) -> bool | None:
    """``yes`` or ``no`` (any case; also ``y``/``n``, ``true``/``false``, logical cells); None if empty."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = cell_text(value).casefold()
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise CellError(msg("'{value}' is neither yes nor no", value=cell_text(value)))


# --- tables --------------------------------------------------------------------------------------------

def normalize_header(value: object) -> str:
    """Column names compare without case and surrounding white space."""
    try:
        return cell_text(value).casefold()
    except CellError:
        return ""


def column_label(letter: str, name: str) -> str:
    """How problems name a column: its letter, as the spreadsheet shows it, and its header name."""
    return f"{letter} ({name})"


@dataclass
class Table:
    """One sheet read as a table: the header row's columns and the non-empty data rows below it.

    ``problems`` is the caller's list; conversions on :class:`Row` append to it.
    """

    file: str
    sheet: str
    header_row: int
    columns: dict[str, int]  # normalized column name -> 0-based position
    problems: list[Problem]
    rows: list[Row] = field(default_factory=list)
    # (row, column), 1-based, of the cells holding a formula without a saved value (see open_workbook)
    unsaved: frozenset[tuple[int, int]] = frozenset()

    def has(self, column: str) -> bool:
        """Whether the sheet has this column (optional columns may be absent)."""
        return column in self.columns

    def letter(self, column: str) -> str:
        """The column's letter (``A``, ``B``, ...)."""
        letter: str = get_column_letter(self.columns[column] + 1)
        return letter

    def problem(self, message: Text, *, row: int | None = None, column: str | None = None) -> None:
        """Record a problem of this sheet; ``column`` is a column name of the table (or None)."""
        label = None
        if column is not None:
            label = column_label(self.letter(column), column) if column in self.columns else column
        self.problems.append(Problem(message, file=self.file, sheet=self.sheet, row=row, column=label))


@dataclass
class Row:
    """One data row of a :class:`Table`; ``number`` is the Excel row number (1-based, as shown)."""

    table: Table
    number: int
    values: tuple[object, ...]
    errors: frozenset[int] = frozenset()  # positions of cells holding a spreadsheet error (#N/A, #REF!...)

    def raw(self, column: str) -> object:
        """The cell's value as openpyxl gives it; ``None`` for an absent optional column."""
        pos = self.table.columns.get(column)
        if pos is None or pos >= len(self.values):
            return None
        return self.values[pos]

    def blank(self, column: str) -> bool:
        """Whether the cell is empty (or the optional column absent)."""
        return is_blank(self.raw(column))

    def problem(self, column: str | None, message: Text) -> None:
        """Record a problem at this row (and column, if given)."""
        self.table.problem(message, row=self.number, column=column)

    def cell_name(self, column: str) -> str:
        """``E5``: the cell of ``column`` on this row, as a spreadsheet names it."""
        return f"{self.table.letter(column)}{self.number}"

    def _value(self, column: str, required: bool) -> object:
        """The raw value, or ``None`` after recording a problem for an error cell or a missing value."""
        pos = self.table.columns.get(column)
        if pos is not None and pos in self.errors:
            self.problem(column, msg("the cell shows the spreadsheet error {error}", error=str(self.values[pos])))
            return None
        if pos is not None and (self.number, pos + 1) in self.table.unsaved:
            self.problem(column, msg("cell {cell} holds a formula without a saved value; open the workbook in a "
                                     "spreadsheet program and save it, so that the value is stored with the "
                                     "formula, or type the value itself", cell=self.cell_name(column)))
            return None
        value = self.raw(column)
        if required and is_blank(value):
            self.problem(column, msg("{column} is required", column=column))
            return None
        return value

    def text(self, column: str, *, required: bool = False) -> str:
        """The cell as text (see :func:`cell_text`); ``""`` when empty or not text (problem recorded)."""
        value = self._value(column, required)
        try:
            return cell_text(value)
        except CellError as exc:
            self.problem(column, exc.message)
            return ""

    def code(self, column: str, *, required: bool = False, what: Text = "code") -> str:
        """The cell as a code (1-32 ASCII letters, digits, ``-``, ``_``); ``""`` with a problem if it is not."""
        text = self.text(column, required=required)
        if not text:
            return ""
        try:
            return check_code(text, what)
        except TextError as exc:
            self.problem(column, msg("cell {cell}: {problem}", cell=self.cell_name(column), problem=exc.message))
            return ""

    def name(self, column: str, *, required: bool = False, max_chars: int = 200) -> str:
        """The cell as a name, unit or province: NFC, no control or invisible characters, at most 200."""
        text = self.text(column, required=required)
        if not text:
            return ""
        try:
            return clean_name(text, column, max_chars=max_chars)
        except TextError as exc:
            self.problem(column, msg("cell {cell}: {problem}", cell=self.cell_name(column), problem=exc.message))
            return ""

    def note(self, column: str, *, max_chars: int = 10_000) -> str:
        """The cell as a comment, note or reason: stripped, Unicode NFC, line breaks as ``\\n``, tab allowed,
        at most ``max_chars`` characters; other control characters are refused (problem recorded)."""
        text = self.text(column)
        if not text:
            return ""
        try:
            return clean_note(text, column, max_chars=max_chars)
        except TextError as exc:
            self.problem(column, msg("cell {cell}: {problem}", cell=self.cell_name(column), problem=exc.message))
            return ""

    def decimal(self, column: str, *, required: bool = False, minimum: Decimal | None = None,
                maximum: Decimal | None = None, positive: bool = False) -> Decimal | None:
        """The cell as an exact number (see :func:`cell_decimal`), checked against the bounds given.

        ``None`` when empty or invalid (a problem is recorded for an invalid or a missing required value).
        """
        value = self._value(column, required)
        try:
            number = cell_decimal(value)
        except CellError as exc:
            self.problem(column, exc.message)
            return None
        if number is None:
            return None
        shown = canonical_decimal(number)
        if positive and number <= 0:
            self.problem(column, msg("{column} must be greater than 0, not {value}", column=column, value=shown))
            return None
        if minimum is not None and number < minimum:
            self.problem(column, msg("{column} must be at least {minimum}, not {value}", column=column,
                                     minimum=canonical_decimal(minimum), value=shown))
            return None
        if maximum is not None and number > maximum:
            self.problem(column, msg("{column} must be at most {maximum}, not {value}", column=column,
                                     maximum=canonical_decimal(maximum), value=shown))
            return None
        return number

    def integer(self, column: str, *, required: bool = False, minimum: int | None = None,
                maximum: int | None = None) -> int | None:
        """The cell as a whole number (see :func:`cell_integer`), from ``minimum`` to ``maximum`` if given."""
        value = self._value(column, required)
        try:
            number = cell_integer(value)
        except CellError as exc:
            self.problem(column, exc.message)
            return None
        if number is not None and minimum is not None and number < minimum:
            self.problem(column, msg("{column} must be a whole number of at least {minimum:,}, not {value:,}",
                                     column=column, minimum=minimum, value=number))
            return None
        if number is not None and maximum is not None and number > maximum:
            self.problem(column, msg("{column} must be a whole number of at most {maximum:,}, not {value:,}",
                                     column=column, maximum=maximum, value=number))
            return None
        return number

    def yes_no(self, column: str, *, required: bool = False) -> bool | None:
        """The cell as ``yes`` (True) or ``no`` (False); see :func:`cell_yes_no`."""
        value = self._value(column, required)
        try:
            return cell_yes_no(value)
        except CellError as exc:
            self.problem(column, exc.message)
            return None

    def choice(self, column: str, choices: Sequence[str], *, required: bool = False,
               aliases: dict[str, str] | None = None) -> str | None:
        """The cell as one of ``choices`` (compared without case); ``aliases`` map other words onto them."""
        text = self.text(column, required=required)
        if not text:
            return None
        key = text.casefold()
        for choice in choices:
            if key == choice.casefold():
                return choice
        if aliases and key in aliases:
            return aliases[key]
        self.problem(column, msg("'{value}' is not one of {choices}", value=text, choices=", ".join(choices)))
        return None


def _stream(ws: Any, label: str, title: str) -> Generator[tuple[int, tuple[Any, ...]], None, None]:
    """(row number, cells) of a read-only sheet, from row 1, whatever its recorded dimensions claim.

    A damaged sheet raises :class:`ValidationError` naming it (openpyxl parses while this streams).
    """
    try:
        ws.reset_dimensions()  # a sheet's recorded size may lie; read what is there
        for number, cells in enumerate(ws.iter_rows(min_row=1, min_col=1), start=1):
            if number > MAX_ROW_NUMBER:  # the inspection refuses this first; kept as a second guard
                raise ValidationError(Problem(msg("the sheet has more than {limit:,} rows below its header",
                                                  limit=MAX_ROWS),
                                              file=label, sheet=title))
            yield number, cells
    except SmartcertError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged sheet
        raise ValidationError(Problem(msg("the sheet is damaged ({error}: {detail})", error=type(exc).__name__,
                                          detail=_short(exc)),
                                      file=label, sheet=title)) from None


def read_table(workbook: OpenedWorkbook, sheet: str, *, file: str, problems: list[Problem],
               required: Sequence[str], optional: Sequence[str] = (), missing_ok: bool = False) -> Table | None:
    """Read sheet ``sheet`` as a table; ``None`` (with problems recorded) when it cannot be read.

    The header row is the first row with any content; its names compare without case and surrounding white
    space. Columns other than ``required`` and ``optional`` are ignored (a workbook may carry notes) and not
    kept. A row is skipped when every known column is empty. A missing sheet is a problem unless
    ``missing_ok``; a missing required column or a column named twice is a problem, and then no row is read.
    """
    ws = find_sheet(workbook, sheet)
    if ws is None:
        if not missing_ok:
            problems.append(Problem(msg("the workbook has no sheet '{sheet}'", sheet=sheet), file=file, sheet=sheet))
        return None
    title: str = ws.title
    rows = _stream(ws, file, title)
    header_row = 0
    header: list[str] = []
    for number, cells in rows:
        if any(not is_blank(c.value) for c in cells):
            header_row = number
            header = [normalize_header(c.value) for c in cells]
            break
    known = [*required, *optional]
    columns: dict[str, int] = {}
    ok = True
    for pos, name in enumerate(header):
        if name not in known:
            continue
        if name in columns:
            problems.append(Problem(
                msg("column '{name}' appears twice (columns {first} and {second})", name=name,
                    first=get_column_letter(columns[name] + 1), second=get_column_letter(pos + 1)),
                file=file, sheet=title, row=header_row,
                column=column_label(get_column_letter(pos + 1), name)))
            ok = False
        else:
            columns[name] = pos
    for name in required:
        if name not in columns:
            where = msg("row {row}", row=header_row) if header_row else msg("the sheet is empty")
            problems.append(Problem(msg("required column '{name}' is missing from the header ({where})", name=name,
                                        where=where),
                                    file=file, sheet=title, column=name))
            ok = False
    if not ok:
        rows.close()
        return None
    path = getattr(ws, "_worksheet_path", None)
    unsaved = frozenset(workbook.facts.unsaved_formulas.get(path, ())) if isinstance(path, str) else frozenset()
    table = Table(file=file, sheet=title, header_row=header_row, columns=columns, problems=problems,
                  unsaved=unsaved)
    positions = sorted(columns.values())
    width = positions[-1] + 1 if positions else 0
    for number, cells in rows:
        # Only the known columns are kept: a row may run on to column XFD.
        values = tuple(c.value for c in cells[:width])
        if all(pos >= len(values) or is_blank(values[pos]) for pos in positions) and not any(
                (number, pos + 1) in unsaved for pos in positions):
            continue
        errors = frozenset(pos for pos in positions
                           if pos < len(cells) and getattr(cells[pos], "data_type", None) == "e")
        table.rows.append(Row(table=table, number=number, values=values, errors=errors))
    return table


# --- writing -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """A column to write: header name, width in characters, and whether it holds text.

    Text columns get the text number format, also for rows typed in later, so that a spreadsheet keeps
    ``3/5`` or ``A1-1`` as typed instead of turning it into a date or a number.
    """

    name: str
    width: float = 12
    text: bool = False


HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# Characters XML 1.0 cannot hold (openpyxl refuses them); text the program validated never has them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A text starting with one of these is what a spreadsheet would take for a formula if it were typed.
_FORMULA_STARTS = ("=", "+", "-", "@")


def put(ws: Any, row: int, column: int, value: object) -> Any:
    """Write one cell; every cell the program writes goes through here. Returns the cell.

    Text is stored as a string cell whatever its first character: openpyxl would otherwise store a text
    starting with ``=`` as a live formula and ``#N/A`` as an error. A text that a spreadsheet would take for
    a formula if it were typed again (``=``, ``+``, ``-``, ``@`` first) is also marked as typed with a quote
    prefix, so that editing the cell keeps it text. Other values (numbers, None) are written as they are.
    """
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = _XML_ILLEGAL.sub("\ufffd", value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(_FORMULA_STARTS):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def new_workbook() -> Any:
    """An empty workbook without openpyxl's default sheet."""
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def excel_number(value: Decimal | int) -> Decimal | int | str:
    """A number as a cell value that reads back exactly.

    Numbers of up to 15 significant digits (all a spreadsheet keeps) are written as numbers, whole ones as
    integers; a longer one is written as text, which reads back as the same number.
    """
    number = Decimal(value)
    if significant_digits(number) > SHOWN_DIGITS:
        return canonical_decimal(number)
    if number == number.to_integral_value():
        return int(number)
    return Decimal(canonical_decimal(number))


def add_table_sheet(workbook: Any, title: str, columns: Sequence[Column],
                    rows: Iterable[Sequence[object]], *, index: int | None = None) -> Any:
    """Add a sheet holding a table: bold, frozen, filterable header row; widths; text format where asked.

    Cell values are written with :func:`put` (text stays text; convert numbers with :func:`excel_number`).
    """
    ws = workbook.create_sheet(title=title, index=index)
    for pos, col in enumerate(columns, start=1):
        cell = put(ws, 1, pos, col.name)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        letter = get_column_letter(pos)
        ws.column_dimensions[letter].width = col.width
        if col.text:
            ws.column_dimensions[letter].number_format = TEXT_FORMAT
    count = 1
    for r, values in enumerate(rows, start=2):
        count = r
        for pos, (col, value) in enumerate(zip(columns, values, strict=False), start=1):
            cell = put(ws, r, pos, value)
            if col.text:
                cell.number_format = TEXT_FORMAT
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(count, 1)}"
    return ws


def workbook_bytes(workbook: Any) -> bytes:
    """The workbook as the bytes of an .xlsx file, made in memory (nothing half-written can reach a disk)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def save_workbook(workbook: Any, path: str | os.PathLike[str]) -> None:
    """Save atomically: made in memory, written to a temporary file in the same folder, then renamed, so a
    failure leaves no half file.

    Raises :class:`SmartcertError` naming the file when it cannot be written (for example while it is open
    in a spreadsheet on Windows, or the folder does not exist, or the disk is full).
    """
    atomic_write(Path(path), workbook_bytes(workbook))
