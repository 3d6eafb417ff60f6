"""The applicants workbook: round trips, exact values, and every problem reported where it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from domain._build import tiny_framework
from openpyxl import Workbook, load_workbook

from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.errors import ValidationError
from smartcert_desktop.exchange.applicants_xlsx import ApplicantsData, read_applicants, write_applicants

FW = tiny_framework()
APPLICANTS_HEADER = ("code", "name_ko", "name_en", "province", "population")
REPORTED_HEADER = ("applicant_code", "indicator_code", "value", "evidence")
SELF_HEADER = ("applicant_code", "indicator_code", "level")


def make_workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    """A workbook with the given sheets, cells written as given (so a test controls each cell's type)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def standard(path: Path, reported: Sequence[Sequence[object]] = (),
             self_assessment: Sequence[Sequence[object]] | None = None,
             applicants: Sequence[Sequence[object]] | None = None) -> Path:
    sheets: dict[str, Sequence[Sequence[object]]] = {
        "Applicants": [APPLICANTS_HEADER, *(applicants if applicants is not None else [
            ("SEJ", "세종", "Sejong", "세종특별자치시", 390000),
            ("SUW", "수원", "Suwon", "경기도", 1190000),
        ])],
        "Reported": [REPORTED_HEADER, *reported],
    }
    if self_assessment is not None:
        sheets["SelfAssessment"] = [SELF_HEADER, *self_assessment]
    return make_workbook(path, sheets)


def places(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str | None, int | None, str | None]]:
    return [(p.sheet, p.row, p.column) for p in exc.value.problems]


def test_round_trip(tmp_path: Path) -> None:
    applicants = (ApplicantInput("SEJ", "세종", "Sejong", 390000, "세종특별자치시"),
                  ApplicantInput("SUW", "수원", "", 1190000, ""))
    reported = {("SEJ", "Q1"): ("0.85", "통계청 2024"), ("SEJ", "Q4"): ("3/5", ""),
                ("SEJ", "Q5"): ("Partial", ""), ("SUW", "Q2"): ("12.50", "p. 3"), ("SUW", "Q3"): ("1234", "")}
    assessed = {("SEJ", "S1"): "B", ("SUW", "S2"): "E"}
    path = tmp_path / "applicants.xlsx"
    write_applicants(path, applicants, reported, assessed, FW)
    data = read_applicants(path, FW)
    assert data == ApplicantsData(applicants, reported, assessed)


def test_written_value_columns_are_text(tmp_path: Path) -> None:
    path = tmp_path / "applicants.xlsx"
    write_applicants(path, [ApplicantInput("SEJ", "세종", "Sejong", 390000)],
                     {("SEJ", "Q4"): ("3/5", "")}, {}, FW)
    ws = load_workbook(path)["Reported"]
    assert ws["C2"].value == "3/5"
    assert ws["C2"].number_format == "@"


def test_template_with_all_rows_reads_back_as_no_values(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    applicants = [ApplicantInput("SEJ", "세종", "Sejong", 390000)]
    write_applicants(path, applicants, {("SEJ", "Q2"): ("10", "")}, {}, FW, all_rows=True)
    ws = load_workbook(path)["Reported"]
    assert [r[1].value for r in ws.iter_rows(min_row=2)] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    assert [r[1].value for r in load_workbook(path)["SelfAssessment"].iter_rows(min_row=2)] == ["S1", "S2"]
    data = read_applicants(path, FW)
    assert data.reported == {("SEJ", "Q2"): ("10", "")}
    assert data.self_assessment == {}


def test_numeric_cells_become_the_shortest_decimal_text(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx", reported=[
        ("SEJ", "Q1", 0.85, None),       # a numeric cell showing 0.85 is exactly "0.85"
        ("SEJ", "Q2", 30.0, None),       # never "30.0"
        ("SEJ", "Q3", 1234.5678, None),
        ("SUW", "Q1", " 12.50 ", None),  # text is kept as typed, without surrounding white space
        ("SUW", "Q2", 7, "원문"),
    ])
    data = read_applicants(path, FW)
    assert data.reported == {("SEJ", "Q1"): ("0.85", ""), ("SEJ", "Q2"): ("30", ""),
                             ("SEJ", "Q3"): ("1234.5678", ""), ("SUW", "Q1"): ("12.50", ""),
                             ("SUW", "Q2"): ("7", "원문")}


def test_levels_value_keeps_its_spelling_and_checklist_text(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx",
                    reported=[("SEJ", "Q5", " PARTIAL ", None), ("SEJ", "Q4", "3 / 5", None)])
    assert read_applicants(path, FW).reported == {("SEJ", "Q5"): ("PARTIAL", ""),
                                                  ("SEJ", "Q4"): ("3 / 5", "")}


def test_blank_value_is_no_row(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx",
                    reported=[("SEJ", "Q1", None, "no data yet"), ("SEJ", "Q2", "  ", None),
                              ("SEJ", "Q3", 5, None)],
                    self_assessment=[("SEJ", "S1", None)])
    data = read_applicants(path, FW)
    assert data.reported == {("SEJ", "Q3"): ("5", "")}
    assert data.self_assessment == {}


def test_self_assessment_level_any_case_stored_as_code(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx", self_assessment=[("SEJ", "S1", " b "), ("SUW", "S2", "A")])
    assert read_applicants(path, FW).self_assessment == {("SEJ", "S1"): "B", ("SUW", "S2"): "A"}


def test_self_assessment_sheet_is_optional(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx", reported=[("SEJ", "Q1", 90, None)])
    data = read_applicants(path, FW)
    assert data.self_assessment == {}
    assert [a.code for a in data.applicants] == ["SEJ", "SUW"]
    assert data.applicants[0] == ApplicantInput("SEJ", "세종", "Sejong", 390000, "세종특별자치시")


def test_known_codes_may_be_referred_to_without_an_applicants_row(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx", applicants=[], reported=[("OLD", "Q1", 50, None)],
                    self_assessment=[("OLD", "S1", "C")])
    data = read_applicants(path, FW, known_codes={"OLD"})
    assert data.applicants == ()
    assert data.reported == {("OLD", "Q1"): ("50", "")}
    assert data.self_assessment == {("OLD", "S1"): "C"}
    with pytest.raises(ValidationError) as exc:
        read_applicants(path, FW)
    assert places(exc) == [("Reported", 2, "A (applicant_code)"), ("SelfAssessment", 2, "A (applicant_code)")]


def test_checklist_date_cell_is_refused_with_advice(tmp_path: Path) -> None:
    path = standard(tmp_path / "a.xlsx", reported=[("SEJ", "Q4", dt.datetime(2024, 3, 5), None)])
    with pytest.raises(ValidationError) as exc:
        read_applicants(path, FW)
    assert places(exc) == [("Reported", 2, "C (value)")]
    assert "format the column as text" in str(exc.value.problems[0].message)
    assert exc.value.problems[0].file == "a.xlsx"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = standard(
        tmp_path / "a.xlsx",
        applicants=[
            ("SEJ", "세종", "Sejong", "", 390000),      # row 2
            ("SEJ", "세종2", "", "", 1),                 # row 3: duplicate code
            (None, "무명", "", "", 10),                  # row 4: missing code
            ("GWJ", None, "Gwangju", "", 10),          # row 5: missing name
            ("DJN", "대전", "", "", -1),                 # row 6: negative population
            ("BSN", "부산", "", "", "many"),             # row 7: not a number
            ("ULS", "울산", "", "", 1.5),                # row 8: not whole
            ("ICN", "인천", "", "", None),               # row 9: missing population
            ("SUW", "수원", "Suwon", "", 1190000),       # row 10: fine
        ],
        reported=[
            ("SEJ", "Q1", 90, None),        # row 2: fine
            ("XXX", "Q1", 90, None),        # row 3: unknown applicant
            ("SEJ", "Q9", 90, None),        # row 4: unknown indicator
            ("SEJ", "S1", "A", None),       # row 5: qualitative indicator
            ("SEJ", "Q1", 80, None),        # row 6: second row for the pair
            ("SEJ", "Q2", "abc", None),     # row 7: BAND/CAP need a number
            ("SEJ", "Q4", "6/5", None),     # row 8: MET > TOTAL
            ("SEJ", "Q5", "maybe", None),   # row 9: not a LEVELS label
            ("SUW", "Q2", -3, None),        # row 10: CAP takes no negative value
            (None, "Q3", 1, None),          # row 11: missing applicant code
        ],
        self_assessment=[
            ("SEJ", "Q1", "A"),             # row 2: quantitative indicator
            ("SEJ", "S1", "Z"),             # row 3: not in the Scale
            ("SEJ", "S2", "B"),             # row 4: fine
            ("SEJ", "S2", "C"),             # row 5: second row for the pair
        ],
    )
    with pytest.raises(ValidationError) as exc:
        read_applicants(path, FW)
    assert places(exc) == [
        ("Applicants", 3, "A (code)"),
        ("Applicants", 4, "A (code)"),
        ("Applicants", 5, "B (name_ko)"),
        ("Applicants", 6, "E (population)"),
        ("Applicants", 7, "E (population)"),
        ("Applicants", 8, "E (population)"),
        ("Applicants", 9, "E (population)"),
        ("Reported", 3, "A (applicant_code)"),
        ("Reported", 4, "B (indicator_code)"),
        ("Reported", 5, "B (indicator_code)"),
        ("Reported", 6, "B (indicator_code)"),
        ("Reported", 7, "C (value)"),
        ("Reported", 8, "C (value)"),
        ("Reported", 9, "C (value)"),
        ("Reported", 10, "C (value)"),
        ("Reported", 11, "A (applicant_code)"),
        ("SelfAssessment", 2, "B (indicator_code)"),
        ("SelfAssessment", 3, "C (level)"),
        ("SelfAssessment", 5, "B (indicator_code)"),
    ]
    messages = [str(p.message) for p in exc.value.problems]
    assert "appears twice (first in row 2)" in messages[0]
    assert "qualitative" in messages[9]
    assert "first in row 2" in messages[10]
    assert "not one of the labels" in messages[13]
    assert "not in the Scale" in messages[17]


def test_missing_sheet_and_columns(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "a.xlsx", {
        "Applicants": [("code", "name_ko")],
        "SelfAssessment": [("applicant_code", "level")],
    })
    with pytest.raises(ValidationError) as exc:
        read_applicants(path, FW)
    assert places(exc) == [("Applicants", None, "population"), ("Reported", None, None),
                           ("SelfAssessment", None, "indicator_code")]


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_text("code,name\n")
    with pytest.raises(ValidationError) as exc:
        read_applicants(path, FW)
    assert exc.value.problems[0].file == "a.xlsx"
