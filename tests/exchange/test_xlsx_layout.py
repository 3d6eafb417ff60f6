"""Widths, heights and print setup of the workbooks smartcert writes, checked on figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font

from smartcert_desktop.exchange.xlsx_common import new_workbook, put
from smartcert_desktop.exchange.xlsx_layout import (
    fit_columns,
    fit_rows,
    print_in_column_groups,
    print_setup,
    text_width,
    two_line_width,
    wrapped_lines,
)


def test_hangul_counts_twice_as_wide_as_latin() -> None:
    assert text_width("Seoul") == 5
    assert text_width("서울특별시") == 10
    assert text_width("서울 Seoul") == 10          # 2 + 2 + 1 + 5
    assert text_width("첫째 줄\n둘") == 7           # the widest line: 2 + 2 + 1 + 2
    assert text_width("ＡＢ") == 4                  # full-width forms are wide too
    assert text_width("e\u0301") == 1              # a combining accent takes no room


def test_a_header_is_measured_on_two_lines() -> None:
    # "반영 위원" is 9 wide, "Evaluators" 10: the best break is between them.
    assert two_line_width("반영 위원 Evaluators") == 10
    # "지자체 Local" (12) / "government" (10) beats "지자체" (6) / "Local government" (16).
    assert two_line_width("지자체 Local government") == 12
    assert two_line_width("max_points") == 10      # one word: no break


def test_wrapped_lines() -> None:
    # A column 12 wide leaves 12 - 2 + 0.5 = 10.5 characters for text.
    assert wrapped_lines("short", 12) == 1
    assert wrapped_lines("aaaa bbbb cccc", 12) == 2      # "aaaa bbbb" (9) + "cccc"
    assert wrapped_lines("가나다라마바사아", 12) == 2      # 16 wide, no space: broken between characters
    assert wrapped_lines("하나\n둘\n셋", 40) == 3          # line breaks count
    assert wrapped_lines("가" * 30, 12) == 6              # 60 / 10.5 -> 6 lines


def test_columns_fit_their_content_and_long_text_wraps(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("T")
    put(ws, 1, 1, "코드 Code").font = Font(bold=True)
    put(ws, 1, 2, "Name")
    put(ws, 2, 1, "서울특별시")          # 10 wide
    put(ws, 2, 2, "Seoul City")          # 10 wide
    put(ws, 3, 3, "가나다라마바사아자차카타파하")  # 28 wide, over the bound of 20
    put(ws, 4, 4, "ab")                  # short: the minimum
    widths = fit_columns(ws, header_rows=(1,), bounds={3: (5, 20)})
    # A: the Korean name, 10 + 2; its bold header "코드 Code" on two lines needs 4 x 1.08 + 2 = 6.3.
    assert widths == {1: 12.0, 2: 12.0, 3: 20.0, 4: 5.0}
    assert ws.column_dimensions["A"].width == 12.0 and ws.column_dimensions["C"].width == 20.0
    assert ws["C3"].alignment.wrap_text  # too long for its column: wrapped, never spilling over D
    assert not ws["A2"].alignment.wrap_text
    fit_rows(ws)
    # 28 wide in 20 - 2 + 0.5 = 18.5: two lines of 11 pt, 2 x 11 x 1.36 + 2 = 31.92 pt.
    assert ws.row_dimensions[3].height == pytest.approx(31.9)
    assert ws.row_dimensions[2].height is None  # one line: the spreadsheet's own height
    assert ws["A3"].value is None and ws["C3"].alignment.vertical == "center"


def test_a_column_name_never_breaks_inside_a_word() -> None:
    wb = new_workbook()
    ws = wb.create_sheet("T")
    put(ws, 1, 1, "max_points")
    put(ws, 2, 1, 25)
    widths = fit_columns(ws, filter_row=1, bounds={1: (8, 12)})
    # 10 characters and the filter button (2.5), + 2: beyond the maximum of 12.
    assert widths[1] == 14.5


def test_multi_line_text_gets_its_height() -> None:
    wb = new_workbook()
    ws = wb.create_sheet("T")
    put(ws, 1, 1, "첫째 줄\n둘째 줄\n셋째 줄").alignment = Alignment(wrap_text=True)
    fit_columns(ws)
    fit_rows(ws)
    assert ws.row_dimensions[1].height == pytest.approx(3 * 11 * 1.36 + 2, abs=0.05)


def test_print_setup(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("T")
    put(ws, 1, 1, "title")
    print_setup(ws, title_rows=(3, 4))
    path = tmp_path / "p.xlsx"
    wb.save(path)
    ws = load_workbook(path)["T"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0)
    assert ws.print_title_rows == "$3:$4"
    m = ws.page_margins
    assert (m.left, m.right, m.top, m.bottom) == (0.4, 0.4, 0.6, 0.6)
    assert ws.print_options.gridLines is True
    assert ws.oddFooter.center.text == "&A · &P / &N"


def test_a_wide_sheet_prints_one_group_of_columns_per_page_width() -> None:
    wb = new_workbook()
    ws = wb.create_sheet("T")
    for column in range(1, 43):
        ws.cell(row=1, column=column).value = "x"
        ws.column_dimensions[ws.cell(row=1, column=column).column_letter].width = 10
    # A4 landscape less 0.8 in of margins: 784.29 pt, of which 94 % at 80 %: 921.5 pt. Three lead columns of
    # (10 x 7 + 5) x 0.75 = 56.25 pt leave 752.8 pt: 13 columns of 56.25 pt (731.25) fit, 14 do not.
    sections = [[(4, 8), (9, 13), (14, 18)], [(19, 38)], [(39, 42)]]
    pages = print_in_column_groups(ws, title_rows=(1, 6), lead_columns=3, sections=sections)
    # The first two items share a page (10 columns), the third starts one; the second domain (20 columns) is
    # broken after 13; the totals get their own.
    assert pages == [(4, 13), (14, 18), (19, 31), (32, 38), (39, 42)]
    assert [b.id for b in ws.col_breaks.brk] == [13, 18, 31, 38]
    assert ws.page_setup.scale == 80 and not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_cols == "$A:$C" and ws.print_title_rows == "$1:$6"


def test_a_sheet_that_fits_one_page_width_is_fitted_instead() -> None:
    wb = new_workbook()
    ws = wb.create_sheet("T")
    for column in range(1, 10):
        ws.cell(row=1, column=column).value = "x"
    pages = print_in_column_groups(ws, title_rows=(1, 2), lead_columns=3, sections=[[(4, 6)], [(7, 9)]])
    assert pages == [(4, 9)]
    assert not ws.col_breaks.brk and ws.sheet_properties.pageSetUpPr.fitToPage
