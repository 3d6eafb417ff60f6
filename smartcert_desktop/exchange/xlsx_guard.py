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

Before any of that, :func:`check_kind` looks at what the file is, by its content and never by its name:
an OpenDocument spreadsheet, an old .xls, a password-protected workbook, a macro-enabled .xlsm, a CSV or
other text file, a web page saved as ".xls", a PDF, a Hangul document, an empty file... is each refused
with what it is and what to do (usually: save it from the spreadsheet program as an Excel workbook,
.xlsx), instead of failing deep inside openpyxl.

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
from ..messages import Text, msg, template

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
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # bytes a text file does not hold


class _Refused(Exception):
    """A limit was passed; ``problem`` says which (the file is added by the caller)."""

    def __init__(self, message: Text, *, sheet: str | None = None, cell: str | None = None) -> None:
        super().__init__(str(message))
        self.message: Text = msg("cell {cell}: {problem}", cell=cell, problem=message) if cell else message
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
    return f"{n / 1_000_000:,.0f}"  # millions of bytes, as the limits are written (50 MB is 50,000,000 bytes)


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
                raise _Refused(msg("its part {part} holds more than {limit:,} records", part=self.path,
                                   limit=MAX_PART_RECORDS))
            if local == "sheet":
                self.scan.sheets += 1
                if self.scan.sheets > MAX_SHEETS:
                    raise _Refused(msg("it has more than {limit:,} sheets", limit=MAX_SHEETS))
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
                    raise _Refused(msg("a row has the number {number!r}", number=number[:20]), sheet=self._where())
                self.row = int(number)
            else:
                self.row += 1
            self.column = 0
            if self.row > MAX_ROW_NUMBER or self.rows > MAX_ROW_NUMBER:
                raise _Refused(msg("the sheet has more than {limit:,} rows below its header (the limit)",
                                   limit=MAX_ROWS), sheet=self._where())
        elif local == "c":
            self.scan.cells += 1
            if self.scan.cells > MAX_CELLS:
                raise _Refused(msg("the workbook has more than {limit:,} cells (the limit)", limit=MAX_CELLS))
            ref = attrs.get("r")
            if ref is not None:
                match = _CELL_REF.fullmatch(ref)
                if match is None:
                    raise _Refused(msg("a cell has the reference {ref!r}", ref=ref[:20]), sheet=self._where())
                row, column = int(match.group(2)), column_number(match.group(1))
                if row > MAX_ROW_NUMBER:
                    raise _Refused(msg("the sheet has more than {limit:,} rows below its header (the limit)",
                                       limit=MAX_ROWS), sheet=self._where(), cell=ref)
            else:
                row, column = self.row, self.column + 1
            if column > MAX_COLUMN:
                raise _Refused(msg("a cell lies beyond the last column of a spreadsheet (XFD)"),
                               sheet=self._where())
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
                    raise _Refused(msg("it holds texts longer than a cell can hold ({limit:,} characters)",
                                       limit=MAX_CELL_CHARS))
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
            raise _Refused(msg("the cell holds {count:,} characters; a cell holds at most {limit:,}",
                               count=self.cell_chars, limit=MAX_CELL_CHARS), sheet=self._where(), cell=cell)
        if self.cell_type == "s" and self.scan.long_strings:
            text = "".join(self.value_text).strip()
            if text.isdigit() and int(text) in self.scan.long_strings:
                raise _Refused(msg("the cell holds {count:,} characters; a cell holds at most {limit:,}",
                                   count=self.scan.long_strings[int(text)], limit=MAX_CELL_CHARS),
                               sheet=self._where(), cell=cell)
        if self.cell_formula and not self.cell_value:
            assert self.cell is not None
            unsaved = self.scan.facts.unsaved_formulas.setdefault(self.path, set())
            unsaved.add(self.cell)
            if len(unsaved) > MAX_UNSAVED_FORMULAS:
                raise _Refused(msg("more than {limit:,} cells hold a formula without a saved value; open the "
                                   "workbook in a spreadsheet program and save it, so that the values are stored "
                                   "with the formulas", limit=MAX_UNSAVED_FORMULAS), sheet=self._where())
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
    raise _Refused(msg("an XML part declares a document type (entities are not allowed in a workbook)"))


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
                    raise _Refused(msg("its parts inflate to more than {size} MB (the limit)",
                                       size=_mb(MAX_INFLATED_BYTES)))
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


# --- what kind of file it is -------------------------------------------------------------------------------

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound file: .xls, .doc, .hwp, encrypted OOXML
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")        # a ZIP archive (an empty one: the second)
_PEEK = 8192          # bytes looked at to tell a text file
_SMALL_PART = 1 << 20  # at most this much of [Content_Types].xml or mimetype is read to tell the kind

# OLE2 stream names (UTF-16LE, as the directory holds them) -> what the file is and what to do.
_OLE_KINDS: tuple[tuple[str, str], ...] = (
    ("EncryptionInfo", template("a workbook protected by a password (encrypted); open it in Excel, remove the "
                                "password (File > Info > Protect Workbook > Encrypt with Password), save it as "
                                ".xlsx and try again")),
    ("Workbook", template("an old Excel 97-2003 workbook (.xls); save it as .xlsx (Excel workbook) and try again")),
    ("Book", template("an old Excel 5.0/95 workbook (.xls); save it as .xlsx (Excel workbook) and try again")),
    ("HwpSummaryInformation", template("a Hangul word processor document (.hwp), not a spreadsheet; "
                                       "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
    ("WordDocument", template("a Word document (.doc), not a spreadsheet; "
                              "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
    ("PowerPoint Document", template("a PowerPoint presentation (.ppt), not a spreadsheet; "
                                     "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
)
# The main part's content type in [Content_Types].xml -> None (a workbook openpyxl reads) or the refusal.
_OOXML_KINDS: tuple[tuple[bytes, str | None], ...] = (
    (b"spreadsheetml.sheet.main+xml", None),
    (b"spreadsheetml.template.main+xml", None),
    (b"ms-excel.sheet.macroEnabled.main+xml", template("a macro-enabled Excel workbook (.xlsm); "
                                                       "save it as .xlsx (Excel workbook) and try again")),
    (b"ms-excel.template.macroEnabled.main+xml", template("a macro-enabled Excel template (.xltm); "
                                                          "save it as .xlsx (Excel workbook) and try again")),
    (b"ms-excel.addin.macroEnabled.main+xml", template("an Excel add-in (.xlam), not a workbook; "
                                                       "save it as .xlsx (Excel workbook) and try again")),
    (b"ms-excel.sheet.binary.macroEnabled.main", template("a binary Excel workbook (.xlsb); "
                                                          "save it as .xlsx (Excel workbook) and try again")),
    (b"wordprocessingml.document.main+xml",
     template("a Word document (.docx), not a spreadsheet; "
              "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
    (b"presentationml.presentation.main+xml",
     template("a PowerPoint presentation (.pptx), not a spreadsheet; "
              "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
)
# The mimetype member of an OpenDocument (or HWPX) archive -> what the file is and what to do.
_MIMETYPE_KINDS: tuple[tuple[str, str], ...] = (
    ("application/vnd.oasis.opendocument.spreadsheet", template("an OpenDocument spreadsheet (.ods); "
                                                                "save it as .xlsx (Excel workbook) and try again")),
    ("application/vnd.oasis.opendocument.text",
     template("an OpenDocument text document (.odt); "
              "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
    ("application/vnd.oasis.opendocument.presentation",
     template("an OpenDocument presentation (.odp); "
              "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
    ("application/hwp+zip", template("a Hangul word processor document (.hwpx), not a spreadsheet; "
                                     "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
)
_MAGIC_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", template("a PDF document; a table in a PDF cannot be read: use the workbook it was made from, "
                        "saved as .xlsx (Excel workbook)")),
    (b"\x89PNG\r\n\x1a\n", template("a PNG image, not a workbook; choose the workbook (.xlsx) itself")),
    (b"\xff\xd8\xff", template("a JPEG image, not a workbook; choose the workbook (.xlsx) itself")),
    (b"GIF8", template("a GIF image, not a workbook; choose the workbook (.xlsx) itself")),
    (b"\x1f\x8b", template("a gzip-compressed file; extract the workbook from it first")),
    (b"7z\xbc\xaf\x27\x1c", template("a 7-Zip archive; extract the workbook from it first")),
    (b"Rar!\x1a\x07", template("a RAR archive; extract the workbook from it first")),
    (b"{\\rtf", template("a rich text document (.rtf), not a spreadsheet; "
                         "copy the table into Excel, save it as .xlsx (Excel workbook) and try again")),
)


def _refuse(kind: Text, label: str) -> ValidationError:
    return ValidationError(Problem(msg("not an .xlsx workbook: this is {kind}", kind=kind), file=label))


def _has_ole_stream(data: bytes, name: str) -> bool:
    """Whether the compound file's directory has an entry called ``name``: a 128-byte entry, aligned on 128
    bytes, that starts with the UTF-16 name and its terminator and gives the name's length at offset 64
    (so a document whose text says "Workbook" is not taken for one)."""
    encoded = name.encode("utf-16-le") + b"\0\0"
    start = data.find(encoded)
    while start != -1:
        if start % 128 == 0 and data[start + 64:start + 66] == len(encoded).to_bytes(2, "little"):
            return True
        start = data.find(encoded, start + 1)
    return False


def _ole_kind(data: bytes) -> Text:
    for stream, kind in _OLE_KINDS:
        if _has_ole_stream(data, stream):
            return msg(kind)
    return msg("an old Office file (OLE2 compound document), such as an old .xls or a password-protected "
               "workbook; save it as an Excel workbook (.xlsx) without a password and try again")


def _text_kind(data: bytes) -> Text | None:
    """What a text file is (CSV, HTML, XML, JSON, text), or None when ``data`` is not text."""
    head = data[:_PEEK]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        text = head[2:].decode("utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be", errors="replace")
    else:
        if b"\0" in head:
            return None
        for encoding in ("utf-8-sig", "cp949"):
            try:
                text = head.decode(encoding)
                break
            except UnicodeDecodeError as exc:
                if exc.start >= len(head) - 4:  # a character cut by the end of what was looked at
                    text = head[:exc.start].decode(encoding)
                    break
        else:
            if _CONTROL_BYTES.search(head):
                return None
            text = head.decode("latin-1")  # text in another 8-bit encoding: only its shape matters here
    start = text.lstrip().lower()
    if start.startswith(("<!doctype html", "<html")) or "<table" in start[:2000]:
        return msg("a web page (HTML), as some systems export under the name .xls; open it in Excel, then save "
                   "it as .xlsx (Excel workbook) and try again")
    if start.startswith("<?xml"):
        if "excel.sheet" in start or "urn:schemas-microsoft-com:office:spreadsheet" in start:
            return msg("an XML spreadsheet (Excel 2003 XML); open it in Excel, then save it as .xlsx (Excel "
                       "workbook) and try again")
        return msg("an XML file, not a workbook; save it as .xlsx (Excel workbook) and try again")
    if start.startswith(("{", "[")):
        return msg("a JSON file, not a workbook; choose the workbook (.xlsx)")
    lines = [line for line in text.splitlines()[:5] if line.strip()]
    if lines and all(any(sep in line for sep in (",", "\t", ";")) for line in lines):
        return msg("a CSV file (text with separated values); open it in Excel, then save it as .xlsx (Excel "
                   "workbook) and try again")
    return msg("a text file; if it holds the table, open it in Excel, then save it as .xlsx (Excel workbook) "
               "and try again")


def _archive_kind(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> Text | None:
    """What a ZIP archive is: None for an Excel workbook (or what may be a damaged one), else the refusal."""
    by_name = {info.filename: info for info in infos}

    def small(name: str) -> bytes:
        with archive.open(by_name[name]) as stream:
            return stream.read(_SMALL_PART)

    try:
        if "[Content_Types].xml" in by_name:
            types = small("[Content_Types].xml")
            for marker, kind in _OOXML_KINDS:
                if marker in types:
                    return None if kind is None else msg(kind)
            return None  # an Office file of no known main part: openpyxl says what is wrong with it
        if "mimetype" in by_name:
            mimetype = small("mimetype").decode("ascii", errors="replace").strip()
            for known, kind in _MIMETYPE_KINDS:
                if mimetype == known:
                    return msg(kind)
            return msg("an OpenDocument or similar file ({mimetype}), not an Excel workbook; save it as .xlsx "
                       "(Excel workbook) and try again", mimetype=mimetype[:80])
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError):
        return None  # damaged: the scan says so
    if any(name.startswith("xl/") for name in by_name):
        return None  # workbook parts without their index: damaged, as the reader will say
    return msg("a ZIP archive without a workbook in it; if the workbook is inside, extract it first")


def check_kind(data: bytes, label: str) -> None:
    """Refuse ``data`` unless it is an Excel workbook (.xlsx or .xltx) by its content, saying what it is and
    what to do; raises :class:`ValidationError` naming ``label``."""
    if not data:
        raise ValidationError(Problem(msg("the file is empty (0 bytes), not an .xlsx workbook; choose the "
                                          "workbook itself, saved from Excel as .xlsx"), file=label))
    if data.startswith(OLE_SIGNATURE):
        raise _refuse(_ole_kind(data), label)
    if data.startswith(ZIP_SIGNATURES):
        return  # told apart from its parts by inspect_workbook
    for magic, kind in _MAGIC_KINDS:
        if data.startswith(magic):
            raise _refuse(msg(kind), label)
    text = _text_kind(data)
    if text is not None:
        raise _refuse(text, label)
    raise ValidationError(Problem(msg("not an .xlsx workbook (save it as an Excel workbook, .xlsx)"), file=label))


# --- the limits -------------------------------------------------------------------------------------------

def inspect_workbook(data: bytes, label: str) -> WorkbookFacts:
    """Check ``data`` (a whole file) is an .xlsx workbook within the limits; raises :class:`ValidationError`
    naming ``label`` for another kind of file (:func:`check_kind`) or a limit passed.

    The caller has checked the file's size already.
    """
    check_kind(data, label)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ValidationError(Problem(msg("the workbook is damaged or not an .xlsx workbook ({detail})",
                                          detail=str(exc)),
                                      file=label)) from None
    with archive:
        infos = archive.infolist()
        problem: Text | None = None
        if len(infos) > MAX_MEMBERS:
            problem = msg("it has {count:,} parts, more than a workbook has ({limit:,})", count=len(infos),
                          limit=MAX_MEMBERS)
        elif any(info.flag_bits & 0x1 for info in infos):
            problem = msg("it is encrypted; save it without a password")
        elif any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for info in infos):
            problem = msg("it uses a compression that spreadsheets do not write")
        else:
            declared = sum(info.file_size for info in infos)
            if declared > MAX_INFLATED_BYTES:
                problem = msg("its parts would inflate to {size} MB, more than the limit of {limit} MB",
                              size=_mb(declared), limit=_mb(MAX_INFLATED_BYTES))
        if problem:
            raise ValidationError(Problem(msg("the workbook is refused: {problem}", problem=problem), file=label))
        kind = _archive_kind(archive, infos)
        if kind is not None:
            raise _refuse(kind, label)
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
            raise ValidationError(Problem(msg("the workbook is refused: {problem}", problem=refused.message),
                                          file=label,
                                          sheet=refused.sheet)) from None
        except expat.ExpatError as exc:
            raise ValidationError(Problem(msg("the workbook is damaged: an XML part is not well-formed ({detail})",
                                              detail=str(exc)),
                                          file=label)) from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
            # A damaged part (bad CRC, broken deflate stream, a size that lies) before it is parsed.
            raise ValidationError(Problem(msg("the workbook is damaged ({error}: {detail})",
                                              error=type(exc).__name__, detail=str(exc)),
                                          file=label)) from None
        if scan.long_strings:
            longest = max(scan.long_strings.values())
            raise ValidationError(Problem(msg("the workbook is refused: it holds a text of {count:,} characters; "
                                              "a cell holds at most {limit:,}", count=longest, limit=MAX_CELL_CHARS),
                                          file=label))
    return scan.facts
