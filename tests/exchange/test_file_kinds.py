"""Files that are not .xlsx workbooks: each is named for what it is, by its content, with what to do.

Every reader (framework, applicants, assignments, score sheets) opens workbooks through the same gate, so
each gives the same message; the file's name says nothing (an OpenDocument spreadsheet called .xlsx is still
one).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from domain._build import tiny_framework

from smartcert_desktop.errors import ValidationError
from smartcert_desktop.exchange.applicants_xlsx import read_applicants
from smartcert_desktop.exchange.assignments_xlsx import read_assignments
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.exchange.scoresheet_xlsx import SheetRowInfo, read_score_sheet
from smartcert_desktop.exchange.xlsx_common import new_workbook, open_workbook, put, workbook_bytes

FW = tiny_framework()
SAVE = "save it as .xlsx (Excel workbook) and try again"
COPY = "copy the table into Excel, save it as .xlsx (Excel workbook) and try again"


def ole(*streams: str) -> bytes:
    """A compound file whose directory (right after the 512-byte header) names ``streams``."""
    data = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    for name in ("Root Entry", *streams):
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry = encoded.ljust(64, b"\0") + len(encoded).to_bytes(2, "little")
        data += entry.ljust(128, b"\0")
    return bytes(data)


def archive(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def content_types(main: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'content-types"><Override PartName="/xl/workbook.xml" ContentType="{main}"/></Types>')


def xlsx() -> bytes:
    wb = new_workbook()
    put(wb.create_sheet("Assignments"), 1, 1, "evaluator_id")
    return workbook_bytes(wb)


KINDS: list[tuple[str, bytes, str]] = [
    ("ods", archive({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
     f"an OpenDocument spreadsheet (.ods); {SAVE}"),
    ("odt", archive({"mimetype": "application/vnd.oasis.opendocument.text"}),
     f"an OpenDocument text document (.odt); {COPY}"),
    ("hwpx", archive({"mimetype": "application/hwp+zip"}),
     f"a Hangul word processor document (.hwpx), not a spreadsheet; {COPY}"),
    ("xls", ole("Workbook", "SummaryInformation"), f"an old Excel 97-2003 workbook (.xls); {SAVE}"),
    ("encrypted", ole("EncryptionInfo", "EncryptedPackage"),
     "a workbook protected by a password (encrypted); open it in Excel, remove the password (File > Info > "
     "Protect Workbook > Encrypt with Password), save it as .xlsx and try again"),
    ("hwp", ole("FileHeader", "HwpSummaryInformation"),
     f"a Hangul word processor document (.hwp), not a spreadsheet; {COPY}"),
    ("doc", ole("WordDocument", "1Table"), f"a Word document (.doc), not a spreadsheet; {COPY}"),
    ("unknown ole", ole("Something"),
     "an old Office file (OLE2 compound document), such as an old .xls or a password-protected workbook; save "
     "it as an Excel workbook (.xlsx) without a password and try again"),
    ("xlsm", archive({"[Content_Types].xml": content_types(
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"), "xl/workbook.xml": "<workbook/>"}),
     f"a macro-enabled Excel workbook (.xlsm); {SAVE}"),
    ("xlsb", archive({"[Content_Types].xml": content_types(
        "application/vnd.ms-excel.sheet.binary.macroEnabled.main"), "xl/workbook.bin": b"\0"}),
     f"a binary Excel workbook (.xlsb); {SAVE}"),
    ("docx", archive({"[Content_Types].xml": content_types(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")}),
     f"a Word document (.docx), not a spreadsheet; {COPY}"),
    ("zip", archive({"framework.xlsx": b"PK"}),
     "a ZIP archive without a workbook in it; if the workbook is inside, extract it first"),
    ("csv", "code,name_ko\nA1,서울\n".encode(), f"a CSV file (text with separated values); open it in Excel, then "
                                               f"{SAVE}"),
    ("csv cp949", "code\tname_ko\nA1\t서울\n".encode("cp949"),
     f"a CSV file (text with separated values); open it in Excel, then {SAVE}"),
    ("utf-16 text", "\ufeffcode\tname\r\nA1\tx\r\n".encode("utf-16-le"),
     f"a CSV file (text with separated values); open it in Excel, then {SAVE}"),
    ("text", b"just some notes\nno table here\n",
     f"a text file; if it holds the table, open it in Excel, then {SAVE}"),
    ("html", b"<html><body><table><tr><td>A1</td></tr></table></body></html>",
     f"a web page (HTML), as some systems export under the name .xls; open it in Excel, then {SAVE}"),
    ("xml 2003", b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook/>',
     f"an XML spreadsheet (Excel 2003 XML); open it in Excel, then {SAVE}"),
    ("json", b'{"program": {}}', "a JSON file, not a workbook; choose the workbook (.xlsx)"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
     "a PDF document; a table in a PDF cannot be read: use the workbook it was made from, saved as .xlsx "
     "(Excel workbook)"),
    ("png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image, not a workbook; choose the workbook (.xlsx) itself"),
]


@pytest.mark.parametrize(("data", "kind"), [(d, k) for _, d, k in KINDS], ids=[n for n, _, _ in KINDS])
def test_each_kind_of_file_is_named_with_what_to_do(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "framework.xlsx"  # the name says .xlsx; the content decides
    path.write_bytes(data)
    with pytest.raises(ValidationError) as exc:
        open_workbook(path)
    [p] = exc.value.problems
    assert (p.file, p.sheet, p.row, p.column) == ("framework.xlsx", None, None, None)
    assert str(p.message) == f"not an .xlsx workbook: this is {kind}"


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "applicants.xlsx"
    path.write_bytes(b"")
    with pytest.raises(ValidationError) as exc:
        open_workbook(path)
    assert str(exc.value) == ("applicants.xlsx: the file is empty (0 bytes), not an .xlsx workbook; choose the "
                              "workbook itself, saved from Excel as .xlsx")


def test_binary_of_no_known_kind(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(bytes(range(256)))
    with pytest.raises(ValidationError) as exc:
        open_workbook(path)
    assert str(exc.value) == "x.xlsx: not an .xlsx workbook (save it as an Excel workbook, .xlsx)"


def test_a_word_in_a_documents_text_is_not_a_stream() -> None:
    # "Workbook" in UTF-16 inside a document's text (not a directory entry) does not make it an .xls.
    from smartcert_desktop.exchange.xlsx_guard import _ole_kind

    data = ole("WordDocument") + b"\0" * 7 + "Workbook".encode("utf-16-le") + b"\0\0" + b"\0" * 200
    assert str(_ole_kind(data)).startswith("a Word document")


def test_an_xlsx_and_an_xltx_are_read(tmp_path: Path) -> None:
    path = tmp_path / "named.ods"  # a real workbook under another name is still read
    path.write_bytes(xlsx())
    assert open_workbook(path).sheetnames == ["Assignments"]


READERS: dict[str, Callable[[Path], object]] = {
    "framework": read_framework,
    "applicants": lambda p: read_applicants(p, FW),
    "assignments": read_assignments,
    "score sheet": lambda p: read_score_sheet(p, FW, [SheetRowInfo("A1", "S1", "qualitative", None, None)], {},
                                              "kim"),
}


@pytest.mark.parametrize("reader", list(READERS), ids=list(READERS))
def test_every_reader_says_the_same(tmp_path: Path, reader: str) -> None:
    path = tmp_path / "input.xlsx"
    data = KINDS[0][1]
    path.write_bytes(data)
    with pytest.raises(ValidationError) as exc:
        READERS[reader](path)
    assert str(exc.value) == ("input.xlsx: not an .xlsx workbook: this is an OpenDocument spreadsheet (.ods); "
                              "save it as .xlsx (Excel workbook) and try again")
    assert path.read_bytes() == data
