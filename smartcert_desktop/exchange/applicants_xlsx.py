"""The applicants workbook (contract section 4): applicants, their reported values and self-assessments.

Sheets:

* ``Applicants``: ``code``, ``name_ko``, ``name_en``, ``province``, ``population``. ``code``, ``name_ko`` and
  ``population`` are required; ``name_en`` and ``province`` may be blank (or their columns absent).
* ``Reported``: ``applicant_code``, ``indicator_code``, ``value``, ``evidence`` (optional). One row per
  quantitative indicator and applicant at most; a row with a blank value is no row (a template may list every
  indicator and leave some blank).
* ``SelfAssessment`` (optional sheet): ``applicant_code``, ``indicator_code``, ``level``; qualitative
  indicators only, a Scale code (any case; stored as the Scale's code). A blank level is no row.

Values are kept as text, exactly as the rule will read them: a numeric cell becomes the shortest decimal that
prints it (a cell showing 0.85 is ``"0.85"``), a text cell is kept as typed (without surrounding white space),
so that a ``LEVELS`` label keeps its spelling. Every value is checked against its indicator's rule here, so a
program never stores a value it cannot score.

:func:`read_applicants` reports every problem of the workbook at once (sheet, row, column) and returns
nothing when there is any. :func:`write_applicants` writes the same layout, for demos, templates and tests;
columns the reader does not know (``indicator_name``) are ignored when the file is read back.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..domain.engine import ApplicantInput
from ..domain.framework import Framework, Indicator
from ..domain.rules import RuleError
from ..domain.text import brief, code_key, shown
from ..errors import Problem, raise_if
from ..messages import msg
from .xlsx_common import (
    Column,
    Row,
    Table,
    add_table_sheet,
    file_label,
    new_workbook,
    open_workbook,
    read_table,
    save_workbook,
)

APPLICANTS_SHEET = "Applicants"
MIN_POPULATION = 1             # contract section 10: an integer from 1 to 10^9
MAX_POPULATION = 10**9
REPORTED_SHEET = "Reported"
SELF_ASSESSMENT_SHEET = "SelfAssessment"


@dataclass(frozen=True)
class ApplicantsData:
    """A validated applicants workbook (contract section 4)."""

    applicants: tuple[ApplicantInput, ...]
    reported: dict[tuple[str, str], tuple[str, str]]  # (applicant, indicator) -> (value text, evidence)
    self_assessment: dict[tuple[str, str], str]       # (applicant, indicator) -> level code




def scale_codes_text(framework: Framework) -> str:
    """The Scale's codes for messages, best first: ``A, B, C, D, E``."""
    return ", ".join(level.code for level in framework.scale)


# --- reading ---------------------------------------------------------------------------------------------

def _read_applicant_rows(table: Table, known: Collection[str]) -> tuple[list[ApplicantInput], set[str]]:
    """The Applicants sheet's valid rows, and every code the sheet lists (also on rows with a problem).

    Rows with a problem are left out of the first (the problem is recorded). Codes name files (result
    sheets), so two codes that differ only in case are refused, within the sheet and against ``known``.
    """
    result: list[ApplicantInput] = []
    listed: set[str] = set()
    first_row: dict[str, tuple[int, str]] = {}
    known_keys = {code_key(c): c for c in known}
    for row in table.rows:
        before = len(table.problems)
        code = row.code("code", required=True, what=msg("applicant code"))
        name_ko = row.name("name_ko", required=True)
        name_en = row.name("name_en")
        province = row.name("province")
        population = row.integer("population", required=True, minimum=MIN_POPULATION, maximum=MAX_POPULATION)
        if code:
            listed.add(code)
            key = code_key(code)
            if key in first_row:
                first, spelled = first_row[key]
                if spelled == code:
                    row.problem("code", msg("applicant code {code} appears twice (first in row {row})", code=code,
                                            row=first))
                else:
                    row.problem("code", msg("applicant code {code} differs from {other} (row {row}) only in "
                                            "case; codes name files, so they must differ in more than case",
                                            code=code, other=spelled, row=first))
                continue
            first_row[key] = (row.number, code)
            if code not in known and key in known_keys:
                row.problem("code", msg("applicant code {code} differs from {other}, already in the program, "
                                        "only in case; use the same spelling or another code", code=code,
                                        other=known_keys[key]))
                continue
        if len(table.problems) > before or population is None:
            continue
        result.append(ApplicantInput(code=code, name_ko=name_ko, name_en=name_en, population=population,
                                     province=province))
    return result, listed


def _indicator(row: Row, framework: Framework, kind: str) -> Indicator | None:
    """The row's indicator if it exists and is of ``kind``; otherwise None with a problem recorded."""
    code = row.text("indicator_code", required=True)
    if not code:
        return None
    ind = framework.indicator_by_code.get(code)
    if ind is None:
        row.problem("indicator_code", msg("unknown indicator {indicator} (not in framework {framework} version "
                                          "{version})", indicator=brief(code), framework=framework.id,
                                          version=framework.version))
        return None
    if ind.kind != kind:
        if kind == "quantitative":
            row.problem("indicator_code", msg("{code} is a qualitative indicator: evaluators score it, it takes "
                                              "no reported value", code=code))
        else:
            row.problem("indicator_code", msg("{code} is a quantitative indicator: it takes a reported value, "
                                              "not a self-assessed level", code=code))
        return None
    return ind


def _applicant(row: Row, known: Collection[str]) -> str | None:
    """The row's applicant code if the applicant is known; otherwise None with a problem recorded."""
    code = row.code("applicant_code", required=True, what=msg("applicant code"))
    if not code:
        return None
    if code not in known:
        row.problem("applicant_code", msg("unknown applicant {code}: it is neither in the sheet {sheet} nor "
                                          "already in the program", code=code, sheet=APPLICANTS_SHEET))
        return None
    return code


def _read_reported(table: Table, framework: Framework,
                   known: Collection[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """The Reported sheet's values, each checked against its indicator's rule."""
    result: dict[tuple[str, str], tuple[str, str]] = {}
    first_row: dict[tuple[str, str], int] = {}
    for row in table.rows:
        before = len(table.problems)
        applicant = _applicant(row, known)
        ind = _indicator(row, framework, "quantitative")
        # Read the value even when the codes are wrong, so that a bad value is reported in the same pass.
        value = row.text("value")
        evidence = row.note("evidence")
        if not value:
            continue  # a blank value is no reported value, whatever else the row says
        if ind is not None:
            try:
                framework.rule(ind.code).check_value(value)
            except RuleError as exc:
                row.problem("value", msg("{code} ({rule}): {problem}", code=ind.code, rule=ind.rule_name,
                                         problem=exc.message))
        if applicant is None or ind is None:
            continue
        key = (applicant, ind.code)
        if key in first_row:
            row.problem("indicator_code", msg("a second value for applicant {applicant}, indicator {indicator} "
                                              "(first in row {row}); keep one row", applicant=applicant,
                                              indicator=ind.code, row=first_row[key]))
            continue
        first_row[key] = row.number
        if len(table.problems) == before:
            result[key] = (value, evidence)
    return result


def _read_self_assessment(table: Table, framework: Framework,
                          known: Collection[str]) -> dict[tuple[str, str], str]:
    """The SelfAssessment sheet's levels, as the Scale's codes."""
    result: dict[tuple[str, str], str] = {}
    first_row: dict[tuple[str, str], int] = {}
    for row in table.rows:
        before = len(table.problems)
        applicant = _applicant(row, known)
        ind = _indicator(row, framework, "qualitative")
        text = row.text("level")
        if not text:
            continue
        code = framework.scale_code(text)
        if code is None:
            row.problem("level", msg("level {level} is not in the Scale ({codes})", level=shown(text),
                                     codes=scale_codes_text(framework)))
        if applicant is None or ind is None:
            continue
        key = (applicant, ind.code)
        if key in first_row:
            row.problem("indicator_code", msg("a second level for applicant {applicant}, indicator {indicator} "
                                              "(first in row {row}); keep one row", applicant=applicant,
                                              indicator=ind.code, row=first_row[key]))
            continue
        first_row[key] = row.number
        if code is not None and len(table.problems) == before:
            result[key] = code
    return result


def read_applicants(path: str | os.PathLike[str], framework: Framework,
                    known_codes: Collection[str] = ()) -> ApplicantsData:
    """Read and validate an applicants workbook against ``framework``.

    ``known_codes`` are applicants already in the program: the Reported and SelfAssessment sheets may refer
    to them without listing them again in the Applicants sheet (to update only their values).

    Raises :class:`~smartcert_desktop.errors.ValidationError` listing every problem (file, sheet, row,
    column) when there is any; nothing is returned then.
    """
    problems: list[Problem] = []
    wb = open_workbook(path)
    label = file_label(path)
    applicants_table = read_table(wb, APPLICANTS_SHEET, file=label, problems=problems,
                                  required=("code", "name_ko", "population"),
                                  optional=("name_en", "province"))
    reported_table = read_table(wb, REPORTED_SHEET, file=label, problems=problems,
                                required=("applicant_code", "indicator_code", "value"),
                                optional=("evidence",))
    self_table = read_table(wb, SELF_ASSESSMENT_SHEET, file=label, problems=problems,
                            required=("applicant_code", "indicator_code", "level"), missing_ok=True)
    applicants: list[ApplicantInput] = []
    # An applicant whose row has a problem still counts as listed, so that its Reported rows are not also
    # reported as unknown: one mistake gives one problem.
    listed = set(known_codes)
    if applicants_table is not None:
        applicants, in_sheet = _read_applicant_rows(applicants_table, known_codes)
        listed |= in_sheet
    reported = _read_reported(reported_table, framework, listed) if reported_table is not None else {}
    self_assessment = _read_self_assessment(self_table, framework, listed) if self_table is not None else {}
    raise_if(problems)
    return ApplicantsData(applicants=tuple(applicants), reported=reported, self_assessment=self_assessment)


# --- writing ---------------------------------------------------------------------------------------------

def _indicator_name(ind: Indicator, lang: str) -> str:
    return (ind.name_en if lang == "en" else ind.name_ko) or ind.name_ko or ind.name_en


def write_applicants(path: str | os.PathLike[str], applicants: Sequence[ApplicantInput],
                     reported: Mapping[tuple[str, str], tuple[str, str]],
                     self_assessment: Mapping[tuple[str, str], str], framework: Framework, *,
                     all_rows: bool = False, lang: str = "ko") -> None:
    """Write an applicants workbook in the layout :func:`read_applicants` reads.

    Rows follow the order of ``applicants``, then the framework's indicator order; pairs whose applicant is
    not in ``applicants`` come after, sorted. With ``all_rows`` every applicant gets a row for every
    quantitative indicator in Reported and every qualitative one in SelfAssessment, blank where there is no
    value, which makes a template to fill in. The value, evidence and level columns are text-formatted so
    that a spreadsheet keeps ``3/5`` as typed instead of turning it into a date. An extra column
    ``indicator_name`` (in ``lang``) helps the reader of the file and is ignored when it is read back.
    """
    order = {a.code: pos for pos, a in enumerate(applicants)}
    position = {ind.code: pos for pos, ind in enumerate(framework.indicators)}

    def sort_key(pair: tuple[str, str]) -> tuple[int, str, int, str]:
        applicant, indicator = pair
        return (order.get(applicant, len(order)), applicant,
                position.get(indicator, len(position)), indicator)

    reported_keys = set(reported)
    assessed_keys = set(self_assessment)
    if all_rows:
        for a in applicants:
            reported_keys.update((a.code, ind.code) for ind in framework.quantitative)
            assessed_keys.update((a.code, ind.code) for ind in framework.qualitative)

    def name_of(code: str) -> str:
        ind = framework.indicator_by_code.get(code)
        return _indicator_name(ind, lang) if ind is not None else ""

    wb = new_workbook()
    add_table_sheet(wb, APPLICANTS_SHEET, [
        Column("code", 12, text=True), Column("name_ko", 18, text=True), Column("name_en", 22, text=True),
        Column("province", 14, text=True), Column("population", 14),
    ], [(a.code, a.name_ko, a.name_en, a.province, a.population) for a in applicants])
    reported_rows = []
    for key in sorted(reported_keys, key=sort_key):
        value, evidence = reported.get(key, ("", ""))
        reported_rows.append((key[0], key[1], value or None, evidence or None, name_of(key[1])))
    add_table_sheet(wb, REPORTED_SHEET, [
        Column("applicant_code", 15, text=True), Column("indicator_code", 15, text=True),
        Column("value", 14, text=True), Column("evidence", 40, text=True), Column("indicator_name", 36),
    ], reported_rows)
    add_table_sheet(wb, SELF_ASSESSMENT_SHEET, [
        Column("applicant_code", 15, text=True), Column("indicator_code", 15, text=True),
        Column("level", 8, text=True), Column("indicator_name", 36),
    ], [(a, i, self_assessment.get((a, i)) or None, name_of(i))
        for a, i in sorted(assessed_keys, key=sort_key)])
    save_workbook(wb, path)
