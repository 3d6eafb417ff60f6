"""Applicants (신청 도시) with how much of each one's file is in the program."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...services.chair_views import ApplicantRow
from ..i18n import fill
from .common import SORT_ROLE, city_type_text, name_of
from .rows_model import RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ApplicantsModel(RowsTableModel):
    CODE, NAME, PROVINCE, POPULATION, CITY_TYPE, REPORTED, SELF, DOCUMENTS, EVALUATORS = range(9)

    def column_count(self) -> int:
        return 9

    def header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.REPORTED: self.tr("Quantitative indicators with a value, of all quantitative indicators"),
                self.SELF: self.tr("Qualitative indicators with the applicant's own level (self-assessment)"),
                self.EVALUATORS: self.tr("Evaluators assigned to the applicant"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Code"), self.tr("Name"), self.tr("Province"), self.tr("Population"), self.tr("City type"),
            self.tr("Reported values"), self.tr("Self-assessment"), self.tr("Documents"), self.tr("Evaluators"),
        ][section]

    def cell(self, row: ApplicantRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CODE: row.code,
                self.NAME: name_of(row.name_ko, row.name_en),
                self.PROVINCE: row.province,
                self.POPULATION: f"{row.population:,}",
                self.CITY_TYPE: city_type_text(row.city_type),
                self.REPORTED: fill(self.tr("%1 / %2"), row.reported, row.quantitative),
                self.SELF: fill(self.tr("%1 / %2"), row.self_assessed, row.qualitative),
                self.DOCUMENTS: str(row.documents),
                self.EVALUATORS: str(row.evaluators),
            }[column]
        if role == SORT_ROLE:
            return {
                self.POPULATION: row.population, self.REPORTED: row.reported, self.SELF: row.self_assessed,
                self.DOCUMENTS: row.documents, self.EVALUATORS: row.evaluators,
            }.get(column, self.cell(row, column, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.POPULATION, self.REPORTED, self.SELF, self.DOCUMENTS, self.EVALUATORS):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{row.name_ko} / {row.name_en}" if row.name_en else row.name_ko
        return None

    def code_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.code if found is not None else None
