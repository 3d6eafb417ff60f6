"""How the workbooks smartcert writes look on screen and on paper: column widths, row heights, print setup.

A spreadsheet does not size columns or rows by itself when it opens a file, and it prints what the file
says: without a print setup a wide table comes out as dozens of portrait pages with its columns split
anywhere. The functions here lay a finished sheet out from its content, the way the agency's staff would
by hand in Excel:

* :func:`fit_columns` gives each column the width its content needs, counting a Hangul (or other wide)
  character about twice as wide as a Latin one, within bounds; a text longer than its column is wrapped,
  so that nothing spills over a neighbour or is cut off. A header ``한국어 English`` is laid out on two
  lines when that makes its column narrower.
* :func:`fit_rows` sets the height of every row whose text runs over several lines (wrapped headers,
  multi-line comments, merged labels), so that all of it shows.
* :func:`print_setup` sets A4 landscape, margins, the header rows repeated on every page (print titles),
  a page footer, and fits the sheet to one page wide; :func:`print_in_column_groups` instead prints a very
  wide sheet one group of columns (a domain of the indicators) per page width, its leading columns repeated.

The widths are estimates from character counts (the file holds no fonts' metrics); they are generous by a
character or two so that Excel's Calibri and LibreOffice's Carlito, with a Korean fallback font, both fit.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from copy import copy
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break

PADDING = 2.0            # characters of room beside the text in a column
BOLD_FACTOR = 1.08       # a bold text is that much wider
DEFAULT_FONT_SIZE = 11.0
LINE_FACTOR = 1.36       # row height per line, in points, per point of font size (11 pt: 15 pt a line)
ROW_PADDING = 2.0        # points added to a row's height
FILTER_BUTTON = 2.5      # characters a filter button takes beside a column's name

# A4 landscape is 297 mm wide; the margins below leave this much, in points, for the columns.
A4_LANDSCAPE_WIDTH_PT = 297 / 25.4 * 72
MARGINS = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)  # inches
FOOTER = "&A · &P / &N"  # the sheet's name, page / pages
FIT_SAFETY = 0.94  # of the printable width counted on: spreadsheets convert column widths slightly differently


# --- measuring text -------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def char_width(ch: str) -> float:
    """How wide one character is, in the units of a column width (the width of a digit)."""
    if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2.0  # Hangul, CJK ideographs, full-width forms
    return 1.0


@lru_cache(maxsize=65536)  # a sheet repeats its names, levels and figures row after row
def text_width(text: str) -> float:
    """The width of the widest line of ``text``."""
    return max((sum(char_width(ch) for ch in line) for line in text.split("\n")), default=0.0)


def two_line_width(text: str) -> float:
    """The narrowest width that shows ``text`` on at most two lines, broken at a space (a header
    ``반영 위원 Evaluators`` needs max(width("반영 위원"), width("Evaluators")))."""
    best = text_width(text)
    words = text.split(" ")
    for k in range(1, len(words)):
        best = min(best, max(text_width(" ".join(words[:k])), text_width(" ".join(words[k:]))))
    return best


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide, wrapped at spaces the way a
    spreadsheet wraps (a word longer than the line is broken between characters)."""
    room = max(width - PADDING + 0.5, 1.0)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            w = text_width(word)
            if used == 0.0:
                if w > room:
                    extra = math.ceil(w / room) - 1
                    lines += extra
                    used = w - extra * room
                else:
                    used = w
            elif used + 1 + w <= room:
                used += 1 + w
            else:
                lines += 1
                if w > room:
                    extra = math.ceil(w / room) - 1
                    lines += extra
                    used = w - extra * room
                else:
                    used = w
    return max(lines, 1)


def shown_text(cell: Any) -> str:
    """The text a cell shows, as far as its width is concerned (numbers as their format writes them)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date):
        return value.isoformat()
    fmt = cell.number_format or "General"
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
        if fmt.endswith("%"):
            decimals = len(fmt.split(".")[1]) - 1 if "." in fmt else 0
            return f"{number * 100:,.{decimals}f}%"
        if fmt.startswith("0.") or fmt.startswith("#,##0."):
            decimals = len(fmt.split(".")[1])
            return f"{number:,.{decimals}f}"
        return str(value)
    return str(value)


def _font_size(cell: Any) -> float:
    size = getattr(cell.font, "sz", None) or getattr(cell.font, "size", None)
    return float(size) if size else DEFAULT_FONT_SIZE


def _scale(cell: Any) -> float:
    """How much wider than the default font a cell's font writes: its size, and bold."""
    font = cell.font
    if font is None:
        return 1.0
    size = font.sz or DEFAULT_FONT_SIZE
    return (BOLD_FACTOR if font.b else 1.0) * float(size) / DEFAULT_FONT_SIZE


class _StyleFacts:
    """A cell's font size, how much wider than the default its font writes (size and bold), and whether it
    wraps, worked out once per distinct style (by the ids of openpyxl's style array)."""

    def __init__(self) -> None:
        self.known: dict[tuple[int, int], tuple[float, float, bool]] = {}

    def __call__(self, cell: Any) -> tuple[float, float, bool]:
        style = getattr(cell, "_style", None)
        key = (style.fontId, style.alignmentId) if style is not None else None
        got = self.known.get(key) if key is not None else None
        if got is None:
            alignment = cell.alignment
            got = (_font_size(cell), _scale(cell), bool(alignment is not None and alignment.wrap_text))
            if key is not None:
                self.known[key] = got
        return got


def _needed(measure: float, scale: float) -> float:
    """The column width a text of width ``measure`` needs in a font ``scale`` times the default's."""
    return measure * scale + PADDING


def _filled(ws: Any) -> Iterator[Any]:
    """Every cell of the sheet that holds a value, row by row."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                yield cell


def _merged_cells(ws: Any) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) of each merged range's first cell -> (first, last) column; other cells of a range map
    to (0, 0)."""
    merged: dict[tuple[int, int], tuple[int, int]] = {}
    for rng in ws.merged_cells.ranges:
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                merged[(row, col)] = (0, 0)
        merged[(rng.min_row, rng.min_col)] = (rng.min_col, rng.max_col)
    return merged


class _Realign:
    """Changes one thing in cells' alignments: ``wrap`` (wrap the text) or ``middle`` (centre vertically
    where no vertical alignment is set).

    A sheet of thousands of cells has a handful of alignments, so each is looked at and changed once: the
    cell's alignment id (openpyxl's style array, which its own style setters change the same way) is mapped
    to the changed alignment's id, and later cells with the same alignment only take that id.
    """

    def __init__(self, change: str) -> None:
        self.change = change
        self.ids: dict[int, int] = {}

    def _changed(self, cell: Any) -> Alignment | None:
        old = cell.alignment
        if self.change == "middle" and old is not None and old.vertical is not None:
            return None  # it says where it wants its text
        new = copy(old) if old is not None else Alignment()
        if self.change == "wrap":
            new.wrap_text = True
        else:
            new.vertical = "center"
        return new

    def __call__(self, cell: Any) -> None:
        style = getattr(cell, "_style", None)
        if style is None:  # not a cell of a style array: change it the long way
            new = self._changed(cell)
            if new is not None:
                cell.alignment = new
            return
        old_id = style.alignmentId
        new_id = self.ids.get(old_id)
        if new_id is None:
            new = self._changed(cell)
            if new is not None:
                cell.alignment = new
            new_id = self.ids[old_id] = style.alignmentId
        style.alignmentId = new_id


# --- columns and rows -----------------------------------------------------------------------------------

def fit_columns(ws: Any, *, header_rows: Iterable[int] = (), skip_rows: Iterable[int] = (),
                minimum: float = 5, maximum: float = 45,
                bounds: Mapping[int, tuple[float, float]] | None = None,
                filter_row: int | None = None) -> dict[int, float]:
    """Set every used column's width from its content; wrap the cells that are still too wide.

    ``header_rows`` hold column names, measured as two lines; ``skip_rows`` (titles and notes that are
    allowed to run across the sheet) are not measured. A column is at least ``minimum`` and at most
    ``maximum`` characters wide, or within ``bounds[column]`` (1-based) where given. ``filter_row`` is the
    header row that carries the filter buttons, which take room beside each name; a name never breaks
    inside a word, so a column is as wide as the longer line of its name even beyond its maximum. Merged
    cells are left to :func:`fit_rows`. Returns column -> width.
    """
    headers = set(header_rows)
    skipped = set(skip_rows)
    merged = _merged_cells(ws)
    bounds = bounds or {}
    need: dict[int, float] = {}
    names: dict[int, float] = {}  # what the column names need: more than the maximum if they must
    texts: list[tuple[Any, float]] = []  # text cells and the width they need on one line
    facts = _StyleFacts()
    for cell in _filled(ws):
        if cell.row in skipped or (cell.row, cell.column) in merged:
            continue
        text = shown_text(cell)
        scale = facts(cell)[1]
        measure = two_line_width(text) if cell.row in headers else text_width(text)
        if cell.row == filter_row:
            names[cell.column] = _needed(measure + FILTER_BUTTON, scale)
        else:
            need[cell.column] = max(need.get(cell.column, 0.0), _needed(measure, scale))
        if isinstance(cell.value, str):
            texts.append((cell, math.inf if "\n" in text else _needed(text_width(text), scale)))
    widths: dict[int, float] = {}
    for column in range(1, ws.max_column + 1):
        low, high = bounds.get(column, (minimum, maximum))
        width = round(max(min(max(need.get(column, low), low), high), names.get(column, 0.0)), 1)
        widths[column] = width
        ws.column_dimensions[get_column_letter(column)].width = width
    wrap = _Realign("wrap")
    for cell, needed in texts:
        if needed > widths[cell.column] + 0.01:
            wrap(cell)
    return widths


def column_width(ws: Any, column: int) -> float:
    width = ws.column_dimensions[get_column_letter(column)].width
    return float(width) if width else 8.43  # a spreadsheet's default


def fit_rows(ws: Any, *, rows: Iterable[int] | None = None) -> None:
    """Set the height of each row (of ``rows``, or all) whose wrapped text needs more than one line, or whose
    font is larger than the default, so that everything in it shows."""
    merged = _merged_cells(ws)
    wanted = set(rows) if rows is not None else None
    widths = {column: column_width(ws, column) for column in range(1, ws.max_column + 1)}
    heights: dict[int, float] = {}
    shown: dict[int, list[Any]] = {}  # row -> its cells that show a value
    facts = _StyleFacts()
    for cell in _filled(ws):
        if wanted is not None and cell.row not in wanted:
            continue
        span = merged.get((cell.row, cell.column))
        if span == (0, 0):
            continue
        shown.setdefault(cell.row, []).append(cell)
        size, scale, wraps = facts(cell)
        lines = 1
        if wraps:
            if span is not None:
                width = sum(widths.get(c, 8.43) for c in range(span[0], span[1] + 1))
            else:
                width = widths[cell.column]
            lines = wrapped_lines(shown_text(cell), (width - PADDING) / scale + PADDING)
        if lines > 1 or size > DEFAULT_FONT_SIZE:
            height = lines * size * LINE_FACTOR + ROW_PADDING
            heights[cell.row] = max(heights.get(cell.row, 0.0), height)
    middle = _Realign("middle")
    for number, height in heights.items():
        ws.row_dimensions[number].height = round(min(height, 409.0), 1)  # 409 pt: a spreadsheet's limit
        for cell in shown[number]:
            middle(cell)


def spread_note(ws: Any, row: int, last_column: int) -> None:
    """Merge a note in column A of ``row`` across the table's width and wrap it, so that a long title or note
    shows whole within the printed width instead of running off the page."""
    if last_column > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    cell = ws.cell(row=row, column=1)
    alignment = copy(cell.alignment)
    alignment.wrap_text = True
    alignment.vertical = "top"
    cell.alignment = alignment


# --- printing -------------------------------------------------------------------------------------------

def _page_setup(ws: Any, title_rows: tuple[int, int] | None, title_columns: tuple[int, int] | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins = copy(MARGINS)
    ws.print_options.gridLines = True  # the tables have no borders; lines help to follow a row on paper
    ws.oddFooter.center.text = FOOTER
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    if title_columns is not None:
        ws.print_title_cols = f"{get_column_letter(title_columns[0])}:{get_column_letter(title_columns[1])}"


def print_setup(ws: Any, *, title_rows: tuple[int, int] | None, grid: bool = True) -> None:
    """A4 landscape, fitted to one page wide (as many pages down as needed), ``title_rows`` (first, last)
    repeated at the top of every page; the grid printed unless ``grid`` is false (a page of text)."""
    _page_setup(ws, title_rows, None)
    ws.print_options.gridLines = grid
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def printable_width_pt(margins: PageMargins = MARGINS) -> float:
    """The width of A4 landscape between the side margins, in points."""
    return A4_LANDSCAPE_WIDTH_PT - (float(margins.left) + float(margins.right)) * 72


def width_pt(width: float) -> float:
    """A column ``width`` characters wide, in points, as a spreadsheet draws it (7 pixels a character and 5
    of padding at 96 pixels an inch)."""
    return (width * 7 + 5) * 0.75


def print_in_column_groups(ws: Any, *, title_rows: tuple[int, int], lead_columns: int,
                           sections: Sequence[Sequence[tuple[int, int]]], scale: int = 80) -> list[tuple[int, int]]:
    """Print a sheet too wide for one page as several page widths, broken between groups of columns.

    ``sections`` (the domains) hold groups (the items: (first, last) columns, 1-based, in order). A page
    width never holds two sections; within a section, neighbouring groups share a page width as long as they
    fit on it, and a group wider than a page is broken where the page ends. The ``lead_columns`` first
    columns (codes, names) repeat on every page, like ``title_rows``. Printed at ``scale`` percent, A4
    landscape; a sheet that fits on one page width at that scale is fitted to one page wide instead
    (:func:`print_setup`). Returns the (first, last) columns of each page width.
    """
    lead = sum(width_pt(column_width(ws, c)) for c in range(1, lead_columns + 1))
    fits = printable_width_pt() * FIT_SAFETY / (scale / 100) - lead

    def width(first: int, last: int) -> float:
        return sum(width_pt(column_width(ws, c)) for c in range(first, last + 1))

    last_column = max((last for section in sections for _first, last in section), default=lead_columns)
    if width(lead_columns + 1, last_column) <= fits:  # it all fits on one page width: no breaks needed
        print_setup(ws, title_rows=title_rows)
        return [(lead_columns + 1, last_column)]
    _page_setup(ws, title_rows, (1, lead_columns) if lead_columns else None)

    pages: list[tuple[int, int]] = []
    for section in sections:
        start = len(pages)
        for first, last in section:
            if len(pages) > start and width(pages[-1][0], last) <= fits:
                pages[-1] = (pages[-1][0], last)
                continue
            page_first = first
            for column in range(first, last + 1):  # a group wider than a page: broken where it must be
                if column > page_first and width(page_first, column) > fits:
                    pages.append((page_first, column - 1))
                    page_first = column
            pages.append((page_first, last))
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = scale
    for first, _last in pages[1:]:
        ws.col_breaks.append(Break(id=first - 1, man=True))  # a break left of column ``first``
    return pages
