"""A score sheet import previewed without writing, and whole sheets written (or refused) in one transaction."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from smartcert_desktop.domain.sheets import Sheet
from smartcert_desktop.errors import SmartcertError, ValidationError
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import sheets as sheets_svc
from smartcert_desktop.store.models import AuditEntry

from .conftest import Round


def stored(r: Round, eid: str = "E1") -> dict[str, Sheet]:
    with r.evaluators[eid].factory() as s:
        return ev_svc.my_sheets(s, ev_svc.current_program(s).id, eid)


def audit_actions(r: Round, eid: str = "E1") -> list[str]:
    with r.evaluators[eid].factory() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def fill(workbook: Path, cells: dict[tuple[str, str], dict[str, str]]) -> None:
    """Put values into the evaluator's columns of the rows (applicant, indicator)."""
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Scores"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        key = (row[header.index("applicant_code")].value, row[header.index("indicator_code")].value)
        for column, value in cells.get(key, {}).items():
            row[header.index(column)].value = value
    wb.save(workbook)


@pytest.fixture
def scored(make_round, tmp_path: Path) -> tuple[Round, Path]:
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1"), ("E1", "P2")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B"})
    workbook = tmp_path / "E1.xlsx"
    sheets_svc.export_sheet(r.evaluators["E1"], workbook)
    fill(workbook, {("P1", "S2"): {"level": "C"},
                    ("P2", "Q1"): {"verified_value": "60", "comment": "현장 확인 60"}})
    return r, workbook


def test_the_preview_lists_each_change_and_writes_nothing(scored: tuple[Round, Path]) -> None:
    r, workbook = scored
    handle = r.evaluators["E1"]
    before, actions = stored(r), audit_actions(r)
    backups = sorted(p.name for p in (handle.path / "backups").iterdir())

    preview = sheets_svc.preview_sheet(handle, workbook)

    assert preview.file == "E1.xlsx"
    assert [(c.applicant_code, c.indicator_code, c.field, c.before, c.after) for c in preview.changes] == [
        ("P1", "S2", "level", "", "C"),
        ("P2", "Q1", "verified_value", "", "60"),
        ("P2", "Q1", "comment", "", "현장 확인 60"),
    ]
    assert preview.before == {"P1": before["P1"], "P2": before["P2"]}
    assert preview.after["P1"].entry("S1").level == "B" and preview.after["P1"].entry("S2").level == "C"
    assert preview.after["P2"].entry("Q1").verified_value == "60"
    # Nothing written: the sheets, the audit log and the backups are as they were.
    assert stored(r) == before
    assert audit_actions(r) == actions
    assert sorted(p.name for p in (handle.path / "backups").iterdir()) == backups


def test_applying_the_preview_is_what_the_import_does(scored: tuple[Round, Path], make_round, tmp_path: Path) -> None:
    r, workbook = scored
    handle = r.evaluators["E1"]
    preview = sheets_svc.preview_sheet(handle, workbook)
    sheets_svc.write_sheets(handle, list(preview.after.values()), action="sheet.import", file=preview.file)
    assert stored(r) == preview.after
    assert audit_actions(r)[-1] == "sheet.import"
    # The same workbook imported whole (the command line's way) gives the same sheets.
    assert sheets_svc.import_sheet(handle, workbook) == 0  # nothing left to change
    assert stored(r) == preview.after
    # And once applied, the same file previews as no change at all.
    assert sheets_svc.preview_sheet(handle, workbook).changes == ()


def test_a_sheet_with_problems_previews_as_the_same_problems(scored: tuple[Round, Path]) -> None:
    r, workbook = scored
    fill(workbook, {("P1", "S1"): {"level": "Z"}})
    with pytest.raises(ValidationError) as exc:
        sheets_svc.preview_sheet(r.evaluators["E1"], workbook)
    # P1's rows come first in framework order (Q1, Q2, Q3, S1): S1 is row 5, below the header.
    assert exc.value.lines() == [
        "E1.xlsx, sheet Scores, row 5, column F (level): level 'Z' is not in the Scale (A, B, C, D, E)"]


def test_whole_sheets_are_written_together_or_not_at_all(scored: tuple[Round, Path]) -> None:
    r, _workbook = scored
    handle = r.evaluators["E1"]
    before, actions = stored(r), audit_actions(r)
    changed = Sheet("E1", "P2", {}, note="새 메모")
    with pytest.raises(SmartcertError, match="P3 is not assigned to E1; nothing was changed"):
        sheets_svc.write_sheets(handle, [changed, Sheet("E1", "P3")], action="sheet.import")
    with pytest.raises(SmartcertError, match="belongs to evaluator E9"):
        sheets_svc.write_sheets(handle, [changed, Sheet("E9", "P1")], action="sheet.import")
    assert stored(r) == before
    assert audit_actions(r) == actions
    with handle.factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == len(actions)
