"""The assignments workbook: round trip, blanks and repeated pairs reported by row and column."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from smartcert_desktop.errors import ValidationError
from smartcert_desktop.exchange.assignments_xlsx import read_assignments, write_assignments


def make_workbook(path: Path, title: str, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_round_trip_keeps_order(tmp_path: Path) -> None:
    pairs = [("kim", "SEJ"), ("lee", "SEJ"), ("kim", "SUW"), ("park-01", "0042")]
    path = tmp_path / "assignments.xlsx"
    write_assignments(path, pairs)
    assert read_assignments(path) == pairs
    ws = load_workbook(path)["Assignments"]
    assert ws["B5"].value == "0042"  # a code of digits stays text, leading zeros and all
    assert ws.freeze_panes == "A2"


def test_cells_are_read_as_text_and_trimmed(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "a.xlsx", "Assignments", [
        ("Evaluator_ID ", "applicant_code", "note"),
        (" kim ", 42, "anything"),
        (None, None, "a row with only a note is not a pair"),
    ])
    assert read_assignments(path) == [("kim", "42")]


def test_blanks_and_repeated_pairs(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "a.xlsx", "Assignments", [
        ("evaluator_id", "applicant_code"),
        ("kim", "SEJ"),     # row 2
        ("kim", None),      # row 3: blank applicant
        (None, "SUW"),      # row 4: blank evaluator
        ("lee", "SEJ"),     # row 5
        ("kim", "SEJ"),     # row 6: same pair as row 2
    ])
    with pytest.raises(ValidationError) as exc:
        read_assignments(path)
    assert [(p.file, p.sheet, p.row, p.column) for p in exc.value.problems] == [
        ("a.xlsx", "Assignments", 3, "B (applicant_code)"),
        ("a.xlsx", "Assignments", 4, "A (evaluator_id)"),
        ("a.xlsx", "Assignments", 6, "B (applicant_code)"),
    ]
    assert "first in row 2" in str(exc.value.problems[2].message)


def test_missing_sheet_or_column(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "a.xlsx", "Sheet1", [("evaluator_id", "applicant_code"), ("kim", "SEJ")])
    with pytest.raises(ValidationError) as exc:
        read_assignments(path)
    assert [(p.sheet, p.row, p.column) for p in exc.value.problems] == [("Assignments", None, None)]
    path = make_workbook(tmp_path / "b.xlsx", "Assignments",
                         [("evaluator", "applicant_code"), ("kim", "SEJ")])
    with pytest.raises(ValidationError) as exc:
        read_assignments(path)
    assert [(p.sheet, p.column) for p in exc.value.problems] == [("Assignments", "evaluator_id")]


def test_empty_sheet_gives_no_pairs(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_assignments(path, [])
    assert read_assignments(path) == []
