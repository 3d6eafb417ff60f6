"""The assignments workbook (contract section 5): which evaluator scores which applicant.

Sheet ``Assignments``, columns ``evaluator_id`` and ``applicant_code``, one row per pair. The workbook
replaces the program's assignments as a whole, so this module only reads and checks the table itself (blank
cells, the same pair twice); whether the evaluators are enrolled, the applicants exist and a pair is in
conflict is checked by the caller against the program's store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..errors import Problem, raise_if
from ..messages import msg
from .xlsx_common import (
    Column,
    add_table_sheet,
    file_label,
    new_workbook,
    open_workbook,
    read_table,
    save_workbook,
)

ASSIGNMENTS_SHEET = "Assignments"


def read_assignments(path: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """The ``(evaluator_id, applicant_code)`` pairs of an assignments workbook, in the file's order.

    Raises :class:`~smartcert_desktop.errors.ValidationError` listing every problem (sheet, row, column):
    a missing sheet or column, a blank cell, a pair given twice.
    """
    problems: list[Problem] = []
    wb = open_workbook(path)
    table = read_table(wb, ASSIGNMENTS_SHEET, file=file_label(path), problems=problems,
                       required=("evaluator_id", "applicant_code"))
    pairs: list[tuple[str, str]] = []
    first_row: dict[tuple[str, str], int] = {}
    if table is not None:
        for row in table.rows:
            evaluator = row.code("evaluator_id", required=True, what=msg("evaluator id"))
            applicant = row.code("applicant_code", required=True, what=msg("applicant code"))
            if not evaluator or not applicant:
                continue
            pair = (evaluator, applicant)
            if pair in first_row:
                row.problem("applicant_code", msg("evaluator {evaluator} is assigned applicant {applicant} again "
                                                  "(first in row {row}); keep one row", evaluator=evaluator,
                                                  applicant=applicant, row=first_row[pair]))
                continue
            first_row[pair] = row.number
            pairs.append(pair)
    raise_if(problems)
    return pairs


def write_assignments(path: str | os.PathLike[str], pairs: Iterable[tuple[str, str]]) -> None:
    """Write ``(evaluator_id, applicant_code)`` pairs in the layout :func:`read_assignments` reads."""
    wb = new_workbook()
    add_table_sheet(wb, ASSIGNMENTS_SHEET,
                    [Column("evaluator_id", 18, text=True), Column("applicant_code", 16, text=True)],
                    [(evaluator, applicant) for evaluator, applicant in pairs])
    save_workbook(wb, path)
