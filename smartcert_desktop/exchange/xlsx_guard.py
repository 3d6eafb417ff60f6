"""Checks a workbook's bytes against the limits of contract section 10 before openpyxl parses anything.

A workbook is a ZIP archive of XML files, and both layers can be made to cost far more than the file's size:
a 1 MB file can inflate to gigabytes, a sheet can claim a million rows, a cell a gigabyte of text, an XML
file can define entities that expand exponentially. :func:`inspect_workbook` reads the archive once, as a
stream, and refuses (with a :class:`~smartcert_desktop.errors.ValidationError` naming the file, and the sheet
and cell where that is known) as soon as a limit is passed, so memory and time stay bounded by the limits,
never by what the file claims:

* the file is at most :data:`MAX_WORKBOOK_BYTES`; the members' declared sizes add up to at most
  :data:`MAX_INFLATED_BYTES`, and so do the bytes actually inflated (counted while reading, so a header that
  lies about a size cannot get past it; :mod:`zipfile` also checks each member's size and CRC);
* only stored and deflated members, no encryption, at most :data:`MAX_MEMBERS` members;
* no XML member has a document type declaration (no entities, so no entity expansion);
* a sheet has at most :data:`MAX_ROWS` rows below its first (header) row, no cell beyond Excel's last
  column, at most :data:`MAX_CELLS` cells in the workbook; no cell text longer than Excel's 32,767 characters;
  at most :data:`MAX_SHEETS` sheets and :data:`MAX_PART_RECORDS` records in each of the parts that openpyxl
  loads whole (workbook, styles, relationships, content types).

It also notes, per worksheet member, the cells that hold a formula without a saved value: the reader counts
a formula as the value the spreadsheet saved with it, and such a cell has none (see
:attr:`WorkbookFacts.unsaved_formulas`).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from ..errors import Problem, ValidationError

MAX_WORKBOOK_BYTES = 50_000_000
MAX_INFLATED_BYTES = 200_000_000
MAX_ROWS = 100_000               # data rows below the header row
MAX_ROW_NUMBER = MAX_ROWS + 1    # the header row and 100,000 rows below it
MAX_COLUMN = 16_384              # XFD, Excel's last column
MAX_CELLS = 5_000_000            # in the whole workbook (100,000 rows of 50 columns)
MAX_CELL_CHARS = 32_767          # Excel's limit on the text of one cell
MAX_MEMBERS = 10_000
MAX_PART_RECORDS = 200_000       # elements of the workbook, styles, relationships and content types parts
MAX_SHEETS = 1_000
MAX_UNSAVED_FORMULAS = 10_000    # formula cells without a saved value noted per sheet before refusing
_CHUNK = 1 << 16

_MAIN_NAMESPACES = frozenset({"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                              "http://purl.oclc.org/ooxml/spreadsheetml/main"})
_WORKBOOK_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


class _Refused(Exception):
    """A limit was passed; ``problem`` says which (the file is added by the caller)."""

    def __init__(self, message: str, *, sheet: str | None = None, cell: str | None = None) -> None:
        super().__init__(message)
        self.message = f"cell {cell}: {message}" if cell else message
        self.sheet = sheet


@dataclass
class WorkbookFacts:
    """What the inspection found that the reader needs: formula cells without a saved value, per member.

    ``unsaved_formulas`` maps a worksheet's member path inside the archive (``xl/worksheets/sheet1.xml``) to
    the set of its (row, column) cells, 1-based, that hold a formula and no saved value.
    """

    unsaved_formulas: dict[str, set[tuple[int, int]]] = field(default_factory=dict)


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.0f} MB"


class _Member:
    """Expat handlers for one XML member; what they learn goes into the shared :class:`_Scan`."""

    def __init__(self, scan: _Scan, path: str) -> None:
        self.scan = scan
        self.path = path
        self.kind: str | None = None   # "worksheet", "sst", "part" (loaded whole) or None, from the root
        self.depth = 0
        self.elements = 0
        # worksheet state
        self.row = 0
        self.rows = 0
        self.cell: tuple[int, int] | None = None
        self.cell_type = "n"
        self.cell_formula = False
        self.cell_value = False
        self.cell_chars = 0
        self.in_value = False
        self.in_text = False
        self.column = 0
        self.value_text: list[str] = []
        # shared strings state
        self.string_index = -1
        self.string_chars = 0

    # -- helpers ----------------------------------------------------------------------------------------
    def _where(self) -> str:
        return self.scan.sheet_label(self.path)

    def _cell_name(self) -> str:
        if self.cell is None:
            return ""
        row, column = self.cell
        letters = ""
        while column:
            column, rest = divmod(column - 1, 26)
            letters = chr(65 + rest) + letters
        return f"{letters}{row}"

    # -- expat callbacks --------------------------------------------------------------------------------
    def start(self, name: str, attrs: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        self.depth += 1
        self.elements += 1
        if self.depth == 1:
            if namespace in _MAIN_NAMESPACES and local in ("worksheet", "sst"):
                self.kind = local
            elif local in ("workbook", "styleSheet", "Relationships", "Types"):
                self.kind = "part"
            return
        if self.kind == "part":
            if self.elements > MAX_PART_RECORDS:
                raise _Refused(f"its part {self.path} holds more than {MAX_PART_RECORDS:,} records")
            if local == "sheet":
                self.scan.sheets += 1
                if self.scan.sheets > MAX_SHEETS:
                    raise _Refused(f"it has more than {MAX_SHEETS:,} sheets")
        elif self.kind == "sst":
            if local == "si" and self.depth == 2:
                self.string_index += 1
                self.string_chars = 0
            elif local == "t":
                self.in_text = True
        elif self.kind == "worksheet":
            self._start_sheet(local, attrs)

    def _start_sheet(self, local: str, attrs: dict[str, str]) -> None:
        if local == "row":
            self.rows += 1
            number = attrs.get("r")
            if number is not None:
                if not number.isdigit() or len(number) > 7:
                    raise _Refused(f"a row has the number {number[:20]!r}", sheet=self._where())
                self.row = int(number)
            else:
                self.row += 1
            self.column = 0
            if self.row > MAX_ROW_NUMBER or self.rows > MAX_ROW_NUMBER:
                raise _Refused(f"the sheet has more than {MAX_ROWS:,} rows below its header (the limit)",
                               sheet=self._where())
        elif local == "c":
            self.scan.cells += 1
            if self.scan.cells > MAX_CELLS:
                raise _Refused(f"the workbook has more than {MAX_CELLS:,} cells (the limit)")
            ref = attrs.get("r")
            if ref is not None:
                match = _CELL_REF.fullmatch(ref)
                if match is None:
                    raise _Refused(f"a cell has the reference {ref[:20]!r}", sheet=self._where())
                row, column = int(match.group(2)), column_number(match.group(1))
                if row > MAX_ROW_NUMBER:
                    raise _Refused(f"the sheet has more than {MAX_ROWS:,} rows below its header (the limit)",
                                   sheet=self._where(), cell=ref)
            else:
                row, column = self.row, self.column + 1
            if column > MAX_COLUMN:
                raise _Refused("a cell lies beyond the last column of a spreadsheet (XFD)", sheet=self._where())
            self.column = column
            self.cell = (row, column)
            self.cell_type = attrs.get("t", "n")
            self.cell_formula = False
            self.cell_value = False
            self.cell_chars = 0
            self.value_text = []
        elif self.cell is not None:
            if local == "f":
                self.cell_formula = True
            elif local == "v":
                self.in_value = True
            elif local == "t":
                self.in_text = True

    def end(self, name: str) -> None:
        local = name.rpartition(" ")[2]
        self.depth -= 1
        if self.kind == "sst":
            if local == "t":
                self.in_text = False
            elif local == "si" and self.depth == 1 and self.string_chars > MAX_CELL_CHARS:
                self.scan.long_strings[self.string_index] = self.string_chars
                if len(self.scan.long_strings) > 100:
                    raise _Refused(f"it holds texts longer than a cell can hold ({MAX_CELL_CHARS:,} characters)")
        elif self.kind == "worksheet":
            if local == "v":
                self.in_value = False
            elif local == "t":
                self.in_text = False
            elif local == "c" and self.cell is not None:
                self._end_cell()

    def _end_cell(self) -> None:
        cell = self._cell_name()
        if self.cell_chars > MAX_CELL_CHARS:
            raise _Refused(f"the cell holds {self.cell_chars:,} characters; a cell holds at most "
                           f"{MAX_CELL_CHARS:,}", sheet=self._where(), cell=cell)
        if self.cell_type == "s" and self.scan.long_strings:
            text = "".join(self.value_text).strip()
            if text.isdigit() and int(text) in self.scan.long_strings:
                raise _Refused(f"the cell holds {self.scan.long_strings[int(text)]:,} characters; a cell holds "
                               f"at most {MAX_CELL_CHARS:,}", sheet=self._where(), cell=cell)
        if self.cell_formula and not self.cell_value:
            assert self.cell is not None
            unsaved = self.scan.facts.unsaved_formulas.setdefault(self.path, set())
            unsaved.add(self.cell)
            if len(unsaved) > MAX_UNSAVED_FORMULAS:
                raise _Refused(f"more than {MAX_UNSAVED_FORMULAS:,} cells hold a formula without a saved value; "
                               "open the workbook in a spreadsheet program and save it, so that the values are "
                               "stored with the formulas", sheet=self._where())
        self.cell = None

    def text(self, data: str) -> None:
        if self.kind == "sst":
            if self.in_text:
                self.string_chars += len(data)
        elif self.cell is not None:
            if self.in_value:
                if data.strip():
                    self.cell_value = True
                self.cell_chars += len(data)
                if self.cell_type == "s" and len(self.value_text) < 8:
                    self.value_text.append(data)
            elif self.in_text:
                self.cell_value = True
                self.cell_chars += len(data)


def _no_dtd(*_args: Any) -> None:
    raise _Refused("an XML part declares a document type (entities are not allowed in a workbook)")


class _Scan:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.inflated = 0
        self.cells = 0
        self.sheets = 0
        self.long_strings: dict[int, int] = {}
        self.facts = WorkbookFacts()
        self.sheet_names: dict[str, str] = {}

    def sheet_label(self, path: str) -> str:
        return self.sheet_names.get(path, path)

    def read_member(self, info: zipfile.ZipInfo) -> None:
        """Inflate one member as a stream, counting bytes; XML members go through expat."""
        xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
        handler = _Member(self, info.filename) if xml else None
        parser = None
        if handler is not None:
            parser = expat.ParserCreate(namespace_separator=" ")
            parser.StartElementHandler = handler.start
            parser.EndElementHandler = handler.end
            parser.CharacterDataHandler = handler.text
            parser.StartDoctypeDeclHandler = _no_dtd
            parser.EntityDeclHandler = _no_dtd
            parser.buffer_text = True
        with self.archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                self.inflated += len(chunk)
                if self.inflated > MAX_INFLATED_BYTES:
                    raise _Refused(f"its parts inflate to more than {_mb(MAX_INFLATED_BYTES)} (the limit)")
                if parser is not None:
                    parser.Parse(chunk, False)
            if parser is not None:
                parser.Parse(b"", True)


def _sheet_paths(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Worksheet member path -> sheet name, from the workbook part and its relationships (best effort).

    Only for messages; the limits hold whatever these small parts say.
    """
    import xml.etree.ElementTree as ET

    result: dict[str, str] = {}
    try:
        # Both parts were scanned already: no document type declaration, bounded size and records.
        if not all(path in names for path in _WORKBOOK_PARTS):
            return result
        rels_root = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target", "") for rel in rels_root}
        root = ET.fromstring(archive.read("xl/workbook.xml"))
        for element in root.iter():
            if element.tag.rpartition("}")[2] != "sheet":
                continue
            rid = next((v for k, v in element.attrib.items() if k.rpartition("}")[2] == "id"), None)
            target = targets.get(rid, "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            result[path] = element.get("name", path)
    except Exception:  # only used to name sheets in messages; the scan proper refuses damage itself
        return {}
    return result


def inspect_workbook(data: bytes, label: str) -> WorkbookFacts:
    """Check ``data`` (a whole .xlsx file) against the limits; raises :class:`ValidationError` naming ``label``.

    The caller has checked the file's size and signature already.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ValidationError(Problem(f"the workbook is damaged or not an .xlsx workbook ({exc})",
                                      file=label)) from None
    with archive:
        infos = archive.infolist()
        problem: str | None = None
        if len(infos) > MAX_MEMBERS:
            problem = f"it has {len(infos):,} parts, more than a workbook has ({MAX_MEMBERS:,})"
        elif any(info.flag_bits & 0x1 for info in infos):
            problem = "it is encrypted; save it without a password"
        elif any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for info in infos):
            problem = "it uses a compression that spreadsheets do not write"
        else:
            declared = sum(info.file_size for info in infos)
            if declared > MAX_INFLATED_BYTES:
                problem = (f"its parts would inflate to {_mb(declared)}, more than the limit of "
                           f"{_mb(MAX_INFLATED_BYTES)}")
        if problem:
            raise ValidationError(Problem(f"the workbook is refused: {problem}", file=label))
        scan = _Scan(archive)
        names = {info.filename for info in infos}
        # The workbook part and its relationships first (they name the sheets in messages), then the shared
        # strings (so that a cell pointing at an over-long text can be named), then the rest.
        ordered = sorted(infos, key=lambda i: (0 if i.filename in _WORKBOOK_PARTS else
                                               1 if "sharedstrings" in i.filename.lower() else 2))
        named = False
        try:
            for info in ordered:
                if info.filename not in _WORKBOOK_PARTS and not named:
                    scan.sheet_names, named = _sheet_paths(archive, names), True
                scan.read_member(info)
        except _Refused as refused:
            raise ValidationError(Problem(f"the workbook is refused: {refused.message}", file=label,
                                          sheet=refused.sheet)) from None
        except expat.ExpatError as exc:
            raise ValidationError(Problem(f"the workbook is damaged: an XML part is not well-formed ({exc})",
                                          file=label)) from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
            # A damaged part (bad CRC, broken deflate stream, a size that lies) before it is parsed.
            raise ValidationError(Problem(f"the workbook is damaged ({type(exc).__name__}: {exc})",
                                          file=label)) from None
        if scan.long_strings:
            longest = max(scan.long_strings.values())
            raise ValidationError(Problem(f"the workbook is refused: it holds a text of {longest:,} characters; "
                                          f"a cell holds at most {MAX_CELL_CHARS:,}", file=label))
    return scan.facts
