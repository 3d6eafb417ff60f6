"""Shared workbook helpers: cell conversion, tables with row numbers and column letters, formatted writing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcert_desktop.errors import Problem
from smartcert_desktop.exchange.xlsx_common import (
    CellError,
    Column,
    add_table_sheet,
    cell_decimal,
    cell_integer,
    cell_text,
    cell_yes_no,
    excel_number,
    new_workbook,
    open_workbook,
    read_table,
    save_workbook,
)

D = Decimal


def workbook_with(tmp_path: Path, rows: list[list[Any]], title: str = "Reported") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(("value", "expected"), [
    (0.85, D("0.85")), (30, D(30)), (30.0, D(30)), ("1,234.5", D("1234.5")), (" 7 ", D(7)),
    (1e-7, D("1E-7")), (0.1 + 0.2, D("0.3")), (29.999999999999996, D(30)), (None, None), ("  ", None),
    (D("2.50"), D("2.50")),
])
def test_cell_decimal(value: object, expected: Decimal | None) -> None:
    assert cell_decimal(value) == expected


@pytest.mark.parametrize("value", ["abc", "30%", True, dt.datetime(2024, 3, 5), float("nan"), float("inf")])
def test_cell_decimal_refuses(value: object) -> None:
    with pytest.raises(CellError):
        cell_decimal(value)


def test_cell_text() -> None:
    assert cell_text(None) == ""
    assert cell_text("  A1-1 ") == "A1-1"
    assert cell_text(30.0) == "30"
    assert cell_text(0.85) == "0.85"
    assert cell_text(12) == "12"
    assert cell_text(False) == "FALSE"


@pytest.mark.parametrize("value", [dt.datetime(2024, 3, 5), dt.date(2024, 3, 5), dt.time(3, 5)])
def test_cell_text_refuses_dates(value: object) -> None:
    with pytest.raises(CellError, match="format the column as text"):
        cell_text(value)


def test_cell_integer_and_yes_no() -> None:
    assert cell_integer(30.0) == 30
    assert cell_integer("500,000") == 500000
    assert cell_integer(None) is None
    with pytest.raises(CellError, match="not a whole number"):
        cell_integer(2.5)
    assert cell_yes_no("YES") is True and cell_yes_no(" no ") is False and cell_yes_no(True) is True
    assert cell_yes_no("") is None
    with pytest.raises(CellError, match="neither yes nor no"):
        cell_yes_no("maybe")


def test_read_table_rows_columns_and_problems(tmp_path: Path) -> None:
    path = workbook_with(tmp_path, [
        [None],                                                   # leading blank row: header is row 2
        ["Note", " Applicant_Code ", "INDICATOR_CODE", "value"],  # names without case or spaces; Note ignored
        ["x", "SEOUL", "B1-3", "3/5"],
        ["only a note", None, None, None],                       # skipped: no known column filled
        [None, "BUSAN", "B1-3", dt.datetime(2024, 3, 5)],         # a CHECKLIST value turned into a date
        [None, "DAEGU", "A1-1", "thirty"],
    ])
    problems: list[Problem] = []
    table = read_table(open_workbook(path), "reported", file="book.xlsx", problems=problems,
                       required=("applicant_code", "indicator_code", "value"), optional=("evidence",))
    assert table is not None
    assert (table.sheet, table.header_row) == ("Reported", 2)
    assert [row.number for row in table.rows] == [3, 5, 6]
    assert not table.has("evidence") and table.rows[0].text("evidence") == ""
    assert [row.text("value") for row in table.rows] == ["3/5", "", "thirty"]
    assert table.rows[2].decimal("value") is None
    assert problems[0] == Problem(problems[0].message, file="book.xlsx", sheet="Reported", row=5,
                                  column="D (value)")
    assert "format the column as text" in str(problems[0].message)
    assert problems[1].row == 6 and str(problems[1].message) == "'thirty' is not a number"
    assert len(problems) == 2


def test_read_table_missing_sheet_columns_and_duplicates(tmp_path: Path) -> None:
    path = workbook_with(tmp_path, [["code", "Code", "name"]], title="Applicants")
    problems: list[Problem] = []
    wb = open_workbook(path)
    assert read_table(wb, "Applicants", file="f", problems=problems, required=("code", "population")) is None
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("Applicants", 1, "B (code)"), ("Applicants", None, "population")]
    assert "appears twice (columns A and B)" in str(problems[0].message)
    problems.clear()
    assert read_table(wb, "Other", file="f", problems=problems, required=("x",)) is None
    assert [(str(p.message), p.file, p.sheet) for p in problems] == [
        ("the workbook has no sheet 'Other'", "f", "Other")]
    problems.clear()
    assert read_table(wb, "Other", file="f", problems=problems, required=("x",), missing_ok=True) is None
    assert problems == []


def test_row_bounds_and_choices(tmp_path: Path) -> None:
    path = workbook_with(tmp_path, [["n", "kind"], [-1, "LARGE"], [5, "huge"]])
    problems: list[Problem] = []
    table = read_table(open_workbook(path), "Reported", file="f", problems=problems, required=("n", "kind"))
    assert table is not None
    first, second = table.rows
    assert first.integer("n", minimum=0) is None
    assert first.choice("kind", ("large", "small")) == "large"
    assert second.decimal("n", maximum=D(4)) is None
    assert second.choice("kind", ("large", "small")) is None
    assert [(p.row, p.column, str(p.message)) for p in problems] == [
        (2, "A (n)", "n must be a whole number of at least 0, not -1"),
        (3, "A (n)", "n must be at most 4, not 5"),
        (3, "B (kind)", "'huge' is not one of large, small"),
    ]


def test_written_table_is_formatted_and_reads_back(tmp_path: Path) -> None:
    wb = new_workbook()
    add_table_sheet(wb, "Reported", [Column("code", 10, text=True), Column("value", 8, text=True),
                                     Column("points", 8)],
                    [("A1-1", "3/5", excel_number(D("12.50"))), ("A1-2", "0012", excel_number(D(30)))])
    path = tmp_path / "out.xlsx"
    save_workbook(wb, path)
    raw = openpyxl.load_workbook(path)
    ws = raw["Reported"]
    assert raw.sheetnames == ["Reported"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert ws["B2"].number_format == "@" and ws.column_dimensions["B"].width == 8
    problems: list[Problem] = []
    table = read_table(open_workbook(path), "Reported", file="out.xlsx", problems=problems,
                       required=("code", "value", "points"))
    assert table is not None and problems == []
    assert [(r.text("code"), r.text("value"), r.decimal("points")) for r in table.rows] == [
        ("A1-1", "3/5", D("12.5")), ("A1-2", "0012", D(30))]


@settings(max_examples=60, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False, places=12, min_value=D("-999999999999999"),
                   max_value=D("999999999999999")))
def test_excel_number_reads_back_exactly(tmp_path_factory: pytest.TempPathFactory, value: Decimal) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("S")
    ws["A1"] = excel_number(value)
    path = tmp_path_factory.mktemp("n") / "n.xlsx"
    save_workbook(wb, path)
    assert cell_decimal(open_workbook(path)["S"]["A1"].value) == value
