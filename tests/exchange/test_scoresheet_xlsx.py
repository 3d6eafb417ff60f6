"""The score sheet workbook: layout, round trips, the evaluator's edits, and every problem by place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from domain._build import tiny_framework
from openpyxl import load_workbook

from smartcert_desktop.domain.engine import quantitative_points
from smartcert_desktop.domain.rules import Levels
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet, missing_in
from smartcert_desktop.errors import ValidationError
from smartcert_desktop.exchange.scoresheet_xlsx import (
    SheetRowInfo,
    level_points,
    read_score_sheet,
    write_score_sheet,
)
from smartcert_desktop.paths import sample_framework_path

FW = tiny_framework()
D = Decimal
EVALUATOR = "kim"
CONTRACT_COLUMNS = ["applicant_code", "indicator_code", "kind", "reported_value", "points", "level",
                    "verified_value", "comment"]

# Two applicants, every indicator; the second has no reported value for Q1.
REPORTED = {
    "SEJ": {"Q1": ("85", D("10")), "Q2": ("0.85", D("0.43")), "Q3": ("12.5", D("15")),
            "Q4": ("3/5", D("5.40")), "Q5": ("Partial", D("3"))},
    "SUW": {"Q1": (None, None), "Q2": ("120", D("20")), "Q3": ("3", D("3")),
            "Q4": ("5/5", D("9")), "Q5": ("no", D("0"))},
}


def info_rows(applicants: tuple[str, ...] = ("SEJ", "SUW")) -> list[SheetRowInfo]:
    rows = []
    for a in applicants:
        for ind in FW.indicators:
            value, points = REPORTED[a].get(ind.code, (None, None))
            rows.append(SheetRowInfo(a, ind.code, ind.kind, value, points))
    return rows


def current_sheets() -> dict[str, Sheet]:
    return {
        "SEJ": Sheet(EVALUATOR, "SEJ", entries={
            "S1": IndicatorEntry(level="A", comment="탁월한 거버넌스", onsite_note="현장 확인"),
            "S2": IndicatorEntry(level="C"),
            "Q2": IndicatorEntry(verified_value="0.9", comment="원자료 확인", confirmed=True),
            "Q1": IndicatorEntry(confirmed=True),
            "OLD": IndicatorEntry(comment="an entry the file does not cover"),
        }, note="applicant note", onsite_note="visited"),
        "SUW": Sheet(EVALUATOR, "SUW", recused=True, recusal_reason="전 직장"),
    }


def named_rows() -> list[SheetRowInfo]:
    """info_rows() with the applicants' names and SEJ's self-assessment of S1."""
    names = {"SEJ": ("세종", "Sejong"), "SUW": ("수원", "Suwon")}
    return [replace(r, applicant_name_ko=names[r.applicant_code][0], applicant_name_en=names[r.applicant_code][1],
                    self_assessment="B" if (r.applicant_code, r.indicator_code) == ("SEJ", "S1") else None)
            for r in info_rows()]


def written(tmp_path: Path, sheets: dict[str, Sheet] | None = None, rows: list[SheetRowInfo] | None = None,
            **kwargs: Any) -> Path:
    path = tmp_path / "sheet.xlsx"
    write_score_sheet(path, FW, info_rows() if rows is None else rows,
                      current_sheets() if sheets is None else sheets, **kwargs)
    return path


def edit(path: Path, change: Callable[[Any], None]) -> Path:
    """Change the workbook as an evaluator would in a spreadsheet, and save it."""
    wb = load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def row_of(ws: Any, applicant: str, indicator: str) -> int:
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == applicant and ws.cell(r, 2).value == indicator:
            return r
    raise AssertionError(f"no row for {applicant} {indicator}")


def read(path: Path, current: dict[str, Sheet] | None = None) -> dict[str, Sheet]:
    sheets = current_sheets() if current is None else current
    return read_score_sheet(path, FW, info_rows(), sheets, EVALUATOR)


def places(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str | None, int | None, str | None]]:
    return [(p.sheet, p.row, p.column) for p in exc.value.problems]


# --- layout ----------------------------------------------------------------------------------------------

def test_layout(tmp_path: Path) -> None:
    path = written(tmp_path, rows=named_rows())
    wb = load_workbook(path)
    assert wb.sheetnames == ["Scores", "Recusals", "Guide"]
    ws = wb["Scores"]
    header = [c.value for c in ws[1]]
    assert header[:8] == CONTRACT_COLUMNS
    assert header[8:] == ["onsite_note", "applicant_name", "indicator_name", "max_points", "unit", "accepts",
                          "self_assessment"]
    assert ws.freeze_panes == "C2"
    # one row per applicant and indicator, in framework order
    assert [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(2, ws.max_row + 1)] == [
        (a, ind.code) for a in ("SEJ", "SUW") for ind in FW.indicators]
    r = row_of(ws, "SEJ", "Q2")
    assert [ws.cell(r, c).value for c in range(1, 10)] == [
        "SEJ", "Q2", "quantitative", "0.85", 0.43, None, "0.9", "원자료 확인", None]
    assert ws.cell(r, 4).number_format == "@"
    assert ws.cell(r, 5).number_format == "0.00"
    r = row_of(ws, "SEJ", "S1")
    assert ws.cell(r, 6).value == "A"
    assert ws.cell(r, 8).value == "탁월한 거버넌스"
    assert ws.cell(r, 9).value == "현장 확인"
    assert ws.cell(r, 10).value == "세종"
    assert ws.cell(r, 11).value == "거버넌스"
    assert ws.cell(r, 12).value == 25
    assert ws.cell(r, 14).value == "A, B, C, D, E"
    assert ws.cell(r, 15).value == "B"
    # qualitative points: what the current level gives (A on 25 points), a number and never a formula
    assert ws.cell(r, 5).value == 25 and ws.cell(r, 5).data_type == "n"
    assert ws.cell(row_of(ws, "SUW", "S1"), 5).value is None  # no level yet
    assert not [c.coordinate for sheet in wb for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    # information cells look locked: grey; input cells are not
    assert ws.cell(r, 1).fill.fgColor.rgb.endswith("EDEDED")
    assert ws.cell(r, 8).fill.fgColor.rgb in (None, "00000000")
    # the level drop-down lists the Scale codes, on qualitative rows only
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    level_dv = next(dv for dv in lists if dv.formula1 == '"A,B,C,D,E"')
    qualitative_cells = {f"F{row_of(ws, a, c)}" for a in ("SEJ", "SUW") for c in ("S1", "S2")}
    assert {str(rng) for rng in level_dv.sqref.ranges} == qualitative_cells
    assert any(dv.formula1 == '"yes,partial,no"' for dv in lists)  # LEVELS labels for verified_value
    rec = wb["Recusals"]
    assert [[c.value for c in row] for row in rec.iter_rows()] == [["applicant_code", "reason"],
                                                                   ["SUW", "전 직장"]]
    guide = "\n".join(str(c.value) for c in wb["Guide"]["A"] if c.value)
    assert "평가표" in guide and "score sheet" in guide
    assert "채점표" not in guide and "보고값" not in guide  # the glossary's terms (docs/decisions.md)


def test_only_recusals_of_the_sheets_applicants_are_written(tmp_path: Path) -> None:
    sheets = current_sheets()
    sheets["BSN"] = Sheet(EVALUATOR, "BSN", recused=True, recusal_reason="no longer assigned")
    path = written(tmp_path, sheets=sheets)
    rec = load_workbook(path)["Recusals"]
    assert [r[0].value for r in rec.iter_rows(min_row=2)] == ["SUW"]
    assert set(read(path, sheets)) == {"SEJ", "SUW"}


def test_english_names(tmp_path: Path) -> None:
    ws = load_workbook(written(tmp_path, lang="en"))["Scores"]
    assert ws.cell(row_of(ws, "SEJ", "S1"), 11).value == "Governance"
    assert ws.cell(row_of(ws, "SEJ", "Q4"), 14).value == "MET/TOTAL (e.g. 3/5)"
    assert ws["A1"].value == "applicant_code"


def test_level_points_are_exact() -> None:
    s1 = FW.indicator_by_code["S1"]
    assert level_points(FW, s1, "B") == D("20.00")
    assert level_points(FW, FW.indicator_by_code["S2"], "E") == D("3.00")


# --- reading back ----------------------------------------------------------------------------------------

def test_round_trip_unchanged(tmp_path: Path) -> None:
    current = current_sheets()
    assert read(written(tmp_path)) == current


def test_new_sheets_for_applicants_without_a_current_sheet(tmp_path: Path) -> None:
    path = written(tmp_path, sheets={})
    result = read_score_sheet(path, FW, info_rows(), {}, EVALUATOR)
    assert set(result) == {"SEJ", "SUW"}
    sej = result["SEJ"]
    assert sej.evaluator_id == EVALUATOR and not sej.recused
    assert sej.entries == {}  # empty rows add no entries
    assert [str(m) for m in missing_in(FW, sej)] == ["SEJ S1: level missing", "SEJ S2: level missing"]


def test_evaluator_edits_are_read(tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Scores"]
        r = row_of(ws, "SEJ", "S2")
        ws.cell(r, 6).value = " b "             # any case, stored as the Scale's code
        ws.cell(r, 8).value = "  양호  "
        ws.cell(r, 9).value = "주민 인터뷰"
        r = row_of(ws, "SEJ", "S1")
        ws.cell(r, 6).value = "e"               # needs a comment: the one there stays
        ws.cell(r, 5).value = 5                 # what a spreadsheet computes for E on 25 points
        r = row_of(ws, "SEJ", "Q1")
        ws.cell(r, 7).value = 0.85              # a numeric cell showing 0.85 is exactly "0.85"
        r = row_of(ws, "SEJ", "Q2")
        ws.cell(r, 7).value = None              # blank: confirmed as reported
        r = row_of(ws, "SEJ", "Q4")
        ws.cell(r, 7).value = "4/5"
        r = row_of(ws, "SEJ", "Q5")
        ws.cell(r, 7).value = "YES"             # a LEVELS label keeps its spelling
        rec = wb["Recusals"]
        rec.delete_rows(2)                       # SUW no longer recused
        rec.append(["SEJ", "친족 근무"])

    result = read(edit(written(tmp_path), change))
    sej = result["SEJ"]
    assert sej.recused and sej.recusal_reason == "친족 근무"
    assert sej.note == "applicant note" and sej.onsite_note == "visited"
    assert sej.entries["S2"] == IndicatorEntry(level="B", comment="양호", onsite_note="주민 인터뷰")
    assert sej.entries["S1"] == IndicatorEntry(level="E", comment="탁월한 거버넌스", onsite_note="현장 확인")
    assert sej.entries["Q1"] == IndicatorEntry(verified_value="0.85", confirmed=True)
    assert sej.entries["Q2"] == IndicatorEntry(verified_value=None, comment="원자료 확인", confirmed=True)
    assert sej.entries["Q4"].verified_value == "4/5"
    assert sej.entries["Q5"].verified_value == "YES"
    assert sej.entries["OLD"].comment == "an entry the file does not cover"
    suw = result["SUW"]
    assert not suw.recused and suw.recusal_reason == ""


def test_without_onsite_column_notes_are_kept(tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Scores"]
        ws.delete_cols(9, 7)  # onsite_note and the extra information columns
        ws.cell(row_of(ws, "SEJ", "S1"), 8).value = "바뀐 의견"

    result = read(edit(written(tmp_path), change))
    assert result["SEJ"].entries["S1"] == IndicatorEntry(level="A", comment="바뀐 의견",
                                                         onsite_note="현장 확인")


def test_information_compares_as_numbers_and_normalized_text(tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Scores"]
        r = row_of(ws, "SEJ", "Q1")
        ws.cell(r, 4).value = 85         # a spreadsheet turned the text "85" into a number
        ws.cell(r, 5).value = "10.00"    # the same points written another way
        r = row_of(ws, "SEJ", "Q2")
        ws.cell(r, 4).value = 0.85
        ws.cell(r, 5).value = 0.43
        r = row_of(ws, "SEJ", "S1")
        ws.cell(r, 5).value = 25         # level A on 25 points
        ws.cell(row_of(ws, "SEJ", "S2"), 3).value = "Qualitative"

    assert read(edit(written(tmp_path), change)) == current_sheets()


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    rows: dict[str, int] = {}

    def change(wb: Any) -> None:
        ws = wb["Scores"]
        for a in ("SEJ", "SUW"):
            for ind in FW.indicators:
                rows[f"{a} {ind.code}"] = row_of(ws, a, ind.code)
        sej = {code: rows[f"SEJ {code}"] for code in ("Q1", "Q2", "Q3", "Q4", "Q5", "S1", "S2")}
        ws.cell(sej["S1"], 6).value = "Z"            # level not in the Scale
        ws.cell(sej["S2"], 6).value = "A"            # needs a comment, has none
        ws.cell(sej["S2"], 7).value = "12"           # verified_value on a qualitative row
        ws.cell(sej["Q1"], 6).value = "B"            # level on a quantitative row
        ws.cell(sej["Q2"], 7).value = "lots"         # CAP needs a number
        ws.cell(sej["Q4"], 7).value = dt.datetime(2024, 4, 5)  # a spreadsheet turned 4/5 into a date
        ws.cell(sej["Q3"], 3).value = "qualitative"  # changed kind
        ws.cell(sej["Q3"], 4).value = "13"           # changed reported value
        ws.cell(sej["Q5"], 5).value = 6              # changed points
        ws.cell(rows["SUW S1"], 6).value = "A"       # recused: no comment needed
        ws.cell(rows["SUW S2"], 6).value = "B"
        ws.cell(rows["SUW S2"], 5).value = 3         # B gives 12 on 15 points, not 3
        # the row of SUW Q5 becomes a second SUW Q4, so SUW Q5 is missing
        ws.cell(rows["SUW Q5"], 2).value = "Q4"
        ws.cell(rows["SUW Q5"], 4).value = "5/5"
        ws.cell(rows["SUW Q5"], 5).value = 9
        ws.append(["XXX", "Q1", "quantitative"])      # unknown applicant
        ws.append(["SEJ", "Q9", "quantitative"])      # unknown indicator
        ws.append([None, "Q1", "quantitative"])       # blank applicant code
        rec = wb["Recusals"]
        rec["B2"].value = None                        # SUW's recusal without a reason (still recused)
        rec.append(["BSN", "x"])                      # recusal of an applicant not in the sheet

    path = edit(written(tmp_path), change)
    with pytest.raises(ValidationError) as exc:
        read(path)
    n = len(FW.indicators) * 2 + 1
    assert places(exc) == [
        ("Recusals", 2, "B (reason)"),
        ("Recusals", 3, "A (applicant_code)"),
        ("Scores", rows["SEJ Q1"], "F (level)"),
        ("Scores", rows["SEJ Q2"], "G (verified_value)"),
        ("Scores", rows["SEJ Q3"], "C (kind)"),
        ("Scores", rows["SEJ Q3"], "D (reported_value)"),
        ("Scores", rows["SEJ S1"], "F (level)"),
        ("Scores", rows["SEJ Q4"], "G (verified_value)"),
        ("Scores", rows["SEJ Q5"], "E (points)"),
        ("Scores", rows["SEJ S2"], "G (verified_value)"),
        ("Scores", rows["SEJ S2"], "H (comment)"),
        ("Scores", rows["SUW Q5"], "B (indicator_code)"),
        ("Scores", rows["SUW S2"], "E (points)"),
        ("Scores", n + 1, "A (applicant_code)"),
        ("Scores", n + 2, "B (indicator_code)"),
        ("Scores", n + 3, "A (applicant_code)"),
        ("Scores", None, None),
    ]
    messages = [str(p) for p in exc.value.problems]
    assert "needs a reason" in messages[0]
    assert "format the column as text" in messages[7]
    assert "must be '3'" in messages[8] and "not '6'" in messages[8]
    assert "level A needs a comment" in messages[10]
    assert "first in row" in messages[11]
    assert "blank or '12' (what level B gives), not '3'" in messages[12]
    assert "SUW, indicator Q5 is missing" in messages[16]
    assert all(p.file == "sheet.xlsx" for p in exc.value.problems)


def test_missing_sheets_and_columns(tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        del wb["Recusals"]
        wb["Scores"].delete_cols(8)  # comment

    with pytest.raises(ValidationError) as exc:
        read(edit(written(tmp_path), change))
    assert places(exc) == [("Scores", None, "comment"), ("Recusals", None, None)]


def test_a_recused_applicant_still_gets_its_levels_checked(tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Scores"]
        ws.cell(row_of(ws, "SUW", "S1"), 6).value = "X"

    with pytest.raises(ValidationError) as exc:
        read(edit(written(tmp_path), change))
    assert [(p.column, "not in the Scale" in str(p.message)) for p in exc.value.problems] == [("F (level)", True)]


def test_sample_framework_round_trip(tmp_path: Path) -> None:
    """The 63-indicator sample: written, filled in as a spreadsheet would, and read back."""
    framework_xlsx = pytest.importorskip("smartcert_desktop.exchange.framework_xlsx")
    if not sample_framework_path().is_file():
        pytest.skip("the sample framework workbook is not there")
    fw = framework_xlsx.read_framework(sample_framework_path())
    rows: list[SheetRowInfo] = []
    for applicant in ("A01", "A02", "A03"):
        for ind in fw.indicators:
            if ind.is_qualitative:
                rows.append(SheetRowInfo(applicant, ind.code, ind.kind, None, None))
                continue
            rule = fw.rule(ind.code)
            value = rule.labels[0][0] if isinstance(rule, Levels) else "2/4" if rule.name == "CHECKLIST" \
                else "10"
            points = quantitative_points(fw, ind.code, "small", value, [value])
            rows.append(SheetRowInfo(applicant, ind.code, ind.kind, value, points))
    path = tmp_path / "sample.xlsx"
    write_score_sheet(path, fw, rows, {}, lang="en")

    def fill(wb: Any) -> None:
        ws = wb["Scores"]
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 3).value == "qualitative" and ws.cell(r, 1).value != "A03":
                ws.cell(r, 6).value = "a" if r % 2 else "c"
                ws.cell(r, 8).value = "근거 충분" if r % 2 else None
        wb["Recusals"].append(["A03", "conflict of interest"])

    result = read_score_sheet(edit(path, fill), fw, rows, {}, EVALUATOR)
    assert all(not missing_in(fw, sheet) for sheet in result.values())
    assert result["A03"].recused and not result["A01"].recused
    levels = {sheet.entries[i.code].level for sheet in (result["A01"], result["A02"]) for i in fw.qualitative}
    assert levels <= {"A", "C"} and len(levels) == 2


# --- protection, and every information cell compared ---------------------------------------------------------

def test_the_scores_sheet_is_protected_with_only_the_evaluators_fields_unlocked(tmp_path: Path) -> None:
    wb = load_workbook(written(tmp_path, rows=named_rows()))
    ws = wb["Scores"]
    p = ws.protection
    assert p.sheet is True and p.password is None and p.hashValue is None  # no password
    # Allowed while protected: resizing columns and rows, filtering, selecting. Not: sorting, inserting or
    # deleting rows and columns, formatting cells.
    assert (p.formatColumns, p.formatRows, p.autoFilter, p.selectLockedCells) == (False, False, False, False)
    assert (p.sort, p.insertRows, p.deleteRows, p.insertColumns, p.deleteColumns, p.formatCells) == (
        True, True, True, True, True, True)
    header = [c.value for c in ws[1]]
    kinds = {ind.code: ind.kind for ind in FW.indicators}
    unlocked_seen = set()
    for r in range(2, ws.max_row + 1):
        kind = kinds[ws.cell(r, 2).value]
        fillable = {"comment", "onsite_note", "level" if kind == "qualitative" else "verified_value"}
        for c, name in enumerate(header, start=1):
            locked = ws.cell(r, c).protection.locked
            assert locked == (name not in fillable), (r, name)
            if not locked:
                unlocked_seen.add((kind, name))
    assert unlocked_seen == {("qualitative", "level"), ("quantitative", "verified_value"),
                             ("qualitative", "comment"), ("quantitative", "comment"),
                             ("qualitative", "onsite_note"), ("quantitative", "onsite_note")}
    assert all(c.protection.locked for c in ws[1])  # the header too
    assert wb["Guide"].protection.sheet is True
    assert wb["Recusals"].protection.sheet is False  # the evaluator adds rows there
    guide = "\n".join(str(c.value) for c in wb["Guide"]["A"] if c.value)
    assert "보호되어 있어" in guide and "protected, without a password" in guide


def test_the_score_sheet_prints_one_page_wide(tmp_path: Path) -> None:
    ws = load_workbook(written(tmp_path))["Scores"]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0)
    assert ws.print_title_rows == "$1:$1"
    # Room to type: comment and onsite_note keep at least 48 and 36 characters.
    assert ws.column_dimensions["H"].width >= 48 and ws.column_dimensions["I"].width >= 36
    # "unit": its entries ("개소" needs 4 + 2) are narrower than its bold name with the filter button,
    # (4 + 2.5) x 1.08 + 2 = 9.02.
    assert ws.column_dimensions["M"].width == pytest.approx(9.0)


@pytest.mark.parametrize(("column", "letter", "new", "was"), [
    ("applicant_name", "J", "세종시", "세종"),
    ("indicator_name", "K", "광대역", "광대역망"),
    ("max_points", "L", 30, "10"),
    ("unit", "M", "km", "%"),
    ("accepts", "N", "anything", "숫자"),
    ("self_assessment", "O", "A", ""),
])
def test_a_changed_extra_information_cell_is_refused(tmp_path: Path, column: str, letter: str, new: object,
                                                    was: str) -> None:
    rows = named_rows()
    where: dict[str, int] = {}

    def change(wb: Any) -> None:
        ws = wb["Scores"]
        # self_assessment is written on qualitative rows: S2 of SEJ has none; the others on Q1.
        r = row_of(ws, "SEJ", "S2" if column == "self_assessment" else "Q1")
        where["row"] = r
        ws[f"{letter}{r}"].value = new

    path = edit(written(tmp_path, rows=rows), change)
    with pytest.raises(ValidationError) as exc:
        read_score_sheet(path, FW, rows, current_sheets(), EVALUATOR)
    [p] = exc.value.problems
    assert (p.file, p.sheet, p.row, p.column) == ("sheet.xlsx", "Scores", where["row"], f"{letter} ({column})")
    shown_was = repr(was) if was else "blank"
    assert str(p.message) == (f"this information cell was changed: it must be {shown_was}, not {str(new)!r} "
                         "(only level, verified_value, comment and onsite_note may be edited)")


def test_extra_information_in_the_other_language_or_respelled_is_accepted(tmp_path: Path) -> None:
    rows = named_rows()

    def change(wb: Any) -> None:
        ws = wb["Scores"]
        r = row_of(ws, "SEJ", "Q1")
        ws[f"J{r}"].value = "Sejong"          # the applicant's English name
        ws[f"K{r}"].value = "Broadband"       # the indicator's English name
        ws[f"L{r}"].value = "10.00"           # the same number as text
        ws[f"N{r}"].value = " 숫자 "           # surrounding white space

    path = edit(written(tmp_path, rows=rows), change)
    assert read_score_sheet(path, FW, rows, current_sheets(), EVALUATOR) == current_sheets()


def test_a_message_quotes_the_name_in_the_workbooks_language(tmp_path: Path) -> None:
    rows = named_rows()
    path = written(tmp_path, rows=rows, lang="en")
    assert load_workbook(path).properties.language == "en"

    def change(wb: Any) -> None:
        ws = wb["Scores"]
        assert ws[f"J{row_of(ws, 'SUW', 'Q1')}"].value == "Suwon"
        ws[f"J{row_of(ws, 'SUW', 'Q1')}"].value = "Suwon City"

    with pytest.raises(ValidationError) as exc:
        read_score_sheet(edit(path, change), FW, rows, current_sheets(), EVALUATOR)
    assert "it must be 'Suwon', not 'Suwon City'" in str(exc.value.problems[0].message)


def test_a_sheet_without_the_extra_columns_is_still_read(tmp_path: Path) -> None:
    rows = named_rows()

    def change(wb: Any) -> None:
        wb["Scores"].delete_cols(10, 6)  # J-O

    path = edit(written(tmp_path, rows=rows), change)
    assert read_score_sheet(path, FW, rows, current_sheets(), EVALUATOR) == current_sheets()
