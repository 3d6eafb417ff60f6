"""The score sheet workbook (contract section 6): an evaluator scores offline in a spreadsheet.

Sheet ``Scores``, one row per assigned applicant and indicator, in the framework's order:

====  ==================  ===========================================================================
col   name                meaning
====  ==================  ===========================================================================
A     ``applicant_code``  information
B     ``indicator_code``  information
C     ``kind``            information: ``quantitative`` or ``qualitative``
D     ``reported_value``  information: the applicant's reported value (quantitative rows)
E     ``points``          information: what the reported value gives (quantitative), or what the level
                          entered when the sheet was written gives (qualitative); a number, never a formula
F     ``level``           evaluator: a Scale code (qualitative rows only; any case, stored upper case)
G     ``verified_value``  evaluator: blank = confirmed as reported, otherwise the value found (quantitative)
H     ``comment``         evaluator
I     ``onsite_note``     evaluator (extra): note from the on-site inspection (현장실사) for this indicator
J     ``applicant_name``  information (extra)
K     ``indicator_name``  information (extra), in the language asked for
L     ``max_points``      information (extra)
M     ``unit``            information (extra)
N     ``accepts``         information (extra): what ``level`` or ``verified_value`` takes on this row
O     ``self_assessment`` information (extra): the applicant's own level (qualitative rows; never counted)
====  ==================  ===========================================================================

The extra columns J–O are written for the evaluator's convenience; when the file is read back each one that
is there must hold what was written (a name may come back in either language), like the contract's
information columns; ``onsite_note`` is read when the column is there. Sheet ``Recusals`` (``applicant_code``,
``reason``) lists the applicants the evaluator declares a conflict with; sheet ``Guide`` holds short
instructions in Korean and English and the Scale.

The Scores and Guide sheets are protected without a password (Excel: Review > Unprotect Sheet lifts it): on
Scores only the evaluator's fields are unlocked, ``level`` on qualitative rows, ``verified_value`` on
quantitative rows, ``comment`` and ``onsite_note`` on every row; resizing columns and rows and filtering stay
allowed. Recusals is not protected (the evaluator adds rows there). The protection guards against slips;
what is imported is decided by :func:`read_score_sheet` alone, which compares every information cell.

:func:`read_score_sheet` is all or nothing: it reports every problem (sheet, row, column) and returns nothing
when there is any. It changes only the evaluator's fields; the information cells must come back as written,
and a changed one is reported with what it must be and what it is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.protection import SheetProtection

from ..domain.framework import Framework, Indicator
from ..domain.numbers import NotANumber, canonical_decimal, parse_decimal, round_half_up
from ..domain.rules import Levels, RuleError
from ..domain.sheets import IndicatorEntry, Sheet
from ..domain.text import brief, same_note, shown
from ..errors import Problem, raise_if
from ..messages import Text, msg
from .applicants_xlsx import scale_codes_text
from .xlsx_common import (
    CellError,
    Column,
    Row,
    Table,
    add_table_sheet,
    cell_decimal,
    excel_number,
    file_label,
    new_workbook,
    open_workbook,
    put,
    read_table,
    save_workbook,
)
from .xlsx_layout import fit_columns, fit_rows, print_setup

SCORES_SHEET = "Scores"
RECUSALS_SHEET = "Recusals"
GUIDE_SHEET = "Guide"

INFO_COLUMNS = ("applicant_code", "indicator_code", "kind", "reported_value", "points")
EVALUATOR_COLUMNS = ("level", "verified_value", "comment")
SCORES_COLUMNS = INFO_COLUMNS + EVALUATOR_COLUMNS  # the contract's columns, in this order, first
ONSITE_COLUMN = "onsite_note"
EXTRA_INFO_COLUMNS = ("applicant_name", "indicator_name", "max_points", "unit", "accepts", "self_assessment")

# Excel limits a list validation written in the formula itself to 255 characters.
_LIST_LIMIT = 255

_INFO_FILL = PatternFill("solid", fgColor="EDEDED")
_INFO_HEADER_FILL = PatternFill("solid", fgColor="BFBFBF")
_INFO_FONT = Font(color="595959")
_NOT_APPLICABLE_FILL = PatternFill("solid", fgColor="D9D9D9")
_INPUT_HEADER_FILL = PatternFill("solid", fgColor="FFE699")
_GROUP_BORDER = Border(top=Side(style="medium", color="808080"))
_UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class SheetRowInfo:
    """The information cells of one row of the Scores sheet, as the evaluator's package gives them."""

    applicant_code: str
    indicator_code: str
    kind: str                    # "quantitative" or "qualitative"
    reported_value: str | None   # the applicant's reported value (quantitative rows), as text
    points: Decimal | None       # what the reported value gives (quantitative rows)
    applicant_name_ko: str = ""  # the applicant's names, for the applicant_name column
    applicant_name_en: str = ""
    self_assessment: str | None = None  # the applicant's own level (qualitative rows)

    def applicant_name(self, lang: str) -> str:
        """The applicant's name in ``lang`` (``ko`` or ``en``), the other one when that is missing."""
        first, other = ((self.applicant_name_en, self.applicant_name_ko) if lang == "en"
                        else (self.applicant_name_ko, self.applicant_name_en))
        return first or other


def _ordered(framework: Framework, info_rows: Sequence[SheetRowInfo]) -> list[SheetRowInfo]:
    """Applicants in the order they first appear, each one's indicators in the framework's order."""
    applicant_pos: dict[str, int] = {}
    for info in info_rows:
        applicant_pos.setdefault(info.applicant_code, len(applicant_pos))
    indicator_pos = {ind.code: pos for pos, ind in enumerate(framework.indicators)}
    return sorted(info_rows, key=lambda r: (applicant_pos[r.applicant_code],
                                            indicator_pos.get(r.indicator_code, len(indicator_pos)),
                                            r.indicator_code))


def level_points(framework: Framework, indicator: Indicator, level_code: str) -> Decimal:
    """Points a Scale level gives on a qualitative indicator: ratio × max_points, rounded half-up to cents."""
    return round_half_up(Fraction(framework.scale_ratios[level_code]) * Fraction(indicator.max_points))


# --- writing ---------------------------------------------------------------------------------------------

def _written_points(framework: Framework, indicator: Indicator, level: str | None) -> Decimal | None:
    """The points written for a qualitative row: what its current level gives, blank without a level.

    A number, not a formula: a workbook the program writes holds no formula (a formula has no saved value
    until a spreadsheet computes it, and the reader refuses such a cell). Importing computes the points of
    the level in the file again.
    """
    if level is None or level not in framework.scale_ratios:
        return None
    return level_points(framework, indicator, level)


def _accepts(framework: Framework, indicator: Indicator, lang: str) -> str:
    """What the row's evaluator cell takes, in words."""
    ko = lang != "en"
    rule = framework.rule(indicator.code)
    if indicator.is_qualitative:
        return scale_codes_text(framework)
    if isinstance(rule, Levels):
        return " / ".join(label for label, _ in rule.labels)
    name = rule.name
    if name == "CHECKLIST":
        return "MET/TOTAL (예: 3/5)" if ko else "MET/TOTAL (e.g. 3/5)"
    if name == "CAP":
        return "0 이상의 숫자" if ko else "number ≥ 0"
    return "숫자" if ko else "number"


def _list_validation(choices: Sequence[str], title: str, message: str) -> DataValidation | None:
    """A drop-down list of ``choices``, or None when they cannot be written as an inline list."""
    if not choices or any("," in c or '"' in c for c in choices):
        return None
    formula = '"' + ",".join(choices) + '"'
    if len(formula) > _LIST_LIMIT:
        return None
    return DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                          errorTitle=title, error=message)


def _name(ko: str, en: str, lang: str) -> str:
    return (en if lang == "en" else ko) or ko or en


_GUIDE_KO = (
    "평가표 작성 안내",
    "",
    "• Scores 시트에서 노란색 머리글 열(level, verified_value, comment, onsite_note)만 입력합니다.",
    "• 회색 열은 정보입니다. 바꾸면 불러오기가 거부되며, 바뀐 칸마다 시트·행·열과 원래 값이 표시됩니다.",
    "• Scores 시트는 암호 없이 보호되어 있어 입력 칸만 편집할 수 있습니다: 정성 지표 행의 level, "
    "정량 지표 행의 verified_value, 모든 행의 comment와 onsite_note. 열 너비·행 높이 조정과 필터는 "
    "보호된 상태에서도 됩니다. 보호를 해제할 수는 있지만(검토 > 시트 보호 해제), 회색 칸을 바꾸면 "
    "불러오기가 거부됩니다.",
    "• 정성 지표(qualitative): level 열에 척도 코드를 입력합니다 (아래 표). "
    "points는 이 파일을 만들 때 입력되어 있던 등급의 점수이며, 불러올 때 입력한 등급으로 다시 계산됩니다.",
    "• 정량 지표(quantitative): verified_value를 비워 두면 신청 값 그대로 확인한 것입니다. "
    "다른 값을 확인했다면 확인한 값을 입력합니다 (점수는 위원장이 수용할 때만 바뀝니다).",
    "• 의견이 필요한 등급에는 comment를 반드시 입력합니다.",
    "• 이해충돌이 있는 신청 도시는 Recusals 시트에 applicant_code와 사유(reason)를 적습니다(회피). "
    "그 도시는 평가하지 않습니다.",
    "• 행과 열을 지우거나 순서를 바꾸지 마십시오. 작성 후 저장하여 smartcert로 불러옵니다 "
    "(전부 반영되거나, 문제가 있으면 아무것도 반영되지 않습니다).",
)
_GUIDE_EN = (
    "How to fill in this score sheet",
    "",
    "• In the sheet Scores, fill in only the columns with a yellow header (level, verified_value, comment, "
    "onsite_note).",
    "• Grey columns are information; if one is changed the import is refused, naming the sheet, row and "
    "column of each changed cell and what it was.",
    "• The sheet Scores is protected, without a password, so that only the fields you fill in can be "
    "edited: level on qualitative rows, verified_value on quantitative rows, comment and onsite_note on "
    "every row. Column widths, row heights and filters work while it is protected. You can unprotect it "
    "(Review > Unprotect Sheet), but a changed grey cell is still refused on import.",
    "• Qualitative indicators: type a Scale code in level (table below); points shows what the level gave "
    "when this file was written and is computed again from the level you enter when it is imported.",
    "• Quantitative indicators: a blank verified_value confirms the reported value; type another value if "
    "you found one (points change only when the chair accepts it).",
    "• Levels marked below need a comment.",
    "• List any applicant you have a conflict with in the sheet Recusals, with a reason; "
    "you do not score it.",
    "• Do not delete or reorder rows and columns. Save the file and import it into smartcert: everything is "
    "imported, or nothing when there is a problem.",
)


def _add_guide(wb: Any, framework: Framework, lang: str) -> None:
    ws = wb.create_sheet(GUIDE_SHEET)
    ws.column_dimensions["A"].width = 120
    lines = [*_GUIDE_EN, "", *_GUIDE_KO] if lang == "en" else [*_GUIDE_KO, "", *_GUIDE_EN]
    r = 1
    for line in lines:
        cell = put(ws, r, 1, line or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if line in (_GUIDE_KO[0], _GUIDE_EN[0]):
            cell.font = Font(bold=True, size=13)
        r += 1
    r += 1
    header = ("code", "name_ko", "name_en", "ratio", "comment required / 의견 필수")
    for c, title in enumerate(header, start=1):
        cell = put(ws, r, c, title)
        cell.font = Font(bold=True)
    for level in framework.scale:
        r += 1
        values = (level.code, level.name_ko, level.name_en, excel_number(level.ratio),
                  "yes" if framework.comment_required(level.code) else "")
        for c, value in enumerate(values, start=1):
            put(ws, r, c, value)
    for letter, width in (("B", 14), ("C", 14), ("D", 8), ("E", 28)):
        ws.column_dimensions[letter].width = width
    fit_rows(ws)
    print_setup(ws, title_rows=None, grid=False)
    _protect(ws)


def write_score_sheet(path: str | os.PathLike[str], framework: Framework, info_rows: Sequence[SheetRowInfo],
                      sheets: Mapping[str, Sheet], lang: str = "ko") -> None:
    """Write the score sheet workbook of ``info_rows``, filled with the evaluator's current fields.

    Every row's indicator must be in ``framework``. ``sheets`` maps an applicant code to the evaluator's
    current sheet (absent: nothing entered yet); its recusals of applicants in ``info_rows`` fill the
    Recusals sheet. ``lang`` (``ko`` or ``en``) is the language of names and of the Guide's first half; it
    is recorded as the workbook's language, so that a message about a changed name quotes the one written.

    The Scores sheet is protected without a password: only the evaluator's fields are unlocked (``level``
    on qualitative rows, ``verified_value`` on quantitative rows, ``comment`` and ``onsite_note``).
    """
    rows = _ordered(framework, info_rows)
    columns = [
        Column("applicant_code", 14, text=True), Column("indicator_code", 14, text=True),
        Column("kind", 13, text=True), Column("reported_value", 15, text=True), Column("points", 9),
        Column("level", 8, text=True), Column("verified_value", 15, text=True),
        Column("comment", 48, text=True),
        Column(ONSITE_COLUMN, 36, text=True),
        Column("applicant_name", 16, text=True), Column("indicator_name", 36, text=True),
        Column("max_points", 11), Column("unit", 9, text=True), Column("accepts", 22, text=True),
        Column("self_assessment", 15, text=True),
    ]
    position = {c.name: pos for pos, c in enumerate(columns, start=1)}
    values: list[list[object]] = []
    for info in rows:
        ind = framework.indicator_by_code[info.indicator_code]
        entry = sheets[info.applicant_code].entry(ind.code) if info.applicant_code in sheets \
            else IndicatorEntry()
        written = _written_points(framework, ind, entry.level) if ind.is_qualitative else info.points
        points = excel_number(written) if written is not None else None
        values.append([
            info.applicant_code, info.indicator_code, info.kind, info.reported_value or None, points,
            entry.level or None, entry.verified_value, entry.comment or None, entry.onsite_note or None,
            info.applicant_name(lang) or None, _name(ind.name_ko, ind.name_en, lang),
            excel_number(ind.max_points), ind.unit or None, _accepts(framework, ind, lang),
            (info.self_assessment or None) if ind.is_qualitative else None,
        ])
    wb = new_workbook()
    wb.properties.language = "en" if lang == "en" else "ko"
    ws = add_table_sheet(wb, SCORES_SHEET, columns, values)
    _style_scores(ws, framework, rows, position, lang)
    _lay_out_scores(ws, position)

    codes = list(dict.fromkeys(info.applicant_code for info in rows))
    # Only applicants of this sheet: a recusal of another one would be refused when the file comes back.
    recused = [(code, sheets[code].recusal_reason) for code in codes
               if code in sheets and sheets[code].recused]
    rws = add_table_sheet(wb, RECUSALS_SHEET, [Column("applicant_code", 16, text=True),
                                               Column("reason", 60, text=True)],
                          [(code, reason or None) for code, reason in recused])
    dv = _list_validation(codes, "applicant_code",
                          "배정된 신청 도시 코드가 아닙니다 / not an applicant assigned to you")
    if dv is not None:
        rws.add_data_validation(dv)
        dv.add(f"A2:A{len(codes) + 1}")  # each applicant is listed at most once
    print_setup(rws, title_rows=(1, 1))
    _add_guide(wb, framework, lang)
    wb.active = 0
    save_workbook(wb, path)


# The Scores sheet's protection: no password (it guards against slips, not against the evaluator); what
# stays allowed while protected: selecting, resizing columns and rows, filtering. Sorting, inserting and
# deleting rows or columns stay locked (rows must come back as written).
SCORES_PROTECTION = dict(sheet=True, formatColumns=False, formatRows=False, autoFilter=False,
                         selectLockedCells=False, selectUnlockedCells=False)


def _protect(ws: Any) -> None:
    ws.protection = SheetProtection(**SCORES_PROTECTION)


def _lay_out_scores(ws: Any, position: Mapping[str, int]) -> None:
    """Column widths from content (the input columns keep room to type in), tall rows where a text wraps,
    A4 landscape one page wide with the header on every page, and the sheet protected."""
    bounds = {position[name]: bound for name, bound in (
        ("applicant_code", (10, 20)), ("indicator_code", (10, 20)), ("kind", (8, 14)),
        ("reported_value", (10, 24)), ("points", (8, 12)), ("level", (8, 12)), ("verified_value", (14, 24)),
        ("comment", (48, 60)), (ONSITE_COLUMN, (36, 48)), ("applicant_name", (10, 24)),
        ("indicator_name", (16, 40)), ("max_points", (8, 12)), ("unit", (6, 20)), ("accepts", (10, 30)),
        ("self_assessment", (10, 16)))}
    fit_columns(ws, filter_row=1, bounds=bounds)
    fit_rows(ws)
    print_setup(ws, title_rows=(1, 1))
    _protect(ws)


def _style_scores(ws: Any, framework: Framework, rows: Sequence[SheetRowInfo], position: Mapping[str, int],
                  lang: str) -> None:
    """Grey, muted information cells; yellow input headers; level drop-downs; a line between applicants."""
    info_names = (*INFO_COLUMNS, *EXTRA_INFO_COLUMNS)
    input_names = (*EVALUATOR_COLUMNS, ONSITE_COLUMN)
    for name in info_names:
        ws.cell(row=1, column=position[name]).fill = _INFO_HEADER_FILL
    for name in input_names:
        ws.cell(row=1, column=position[name]).fill = _INPUT_HEADER_FILL
    ko = lang != "en"
    level_dv = _list_validation(
        [level.code for level in framework.scale], "level",
        f"척도 코드를 입력하십시오 / type a Scale code: {scale_codes_text(framework)}")
    if level_dv is not None:
        ws.add_data_validation(level_dv)
    label_dvs: dict[str, DataValidation] = {}
    last_applicant: str | None = None
    width = max(position.values())
    for r, info in enumerate(rows, start=2):
        ind = framework.indicator_by_code[info.indicator_code]
        for name in info_names:
            cell = ws.cell(row=r, column=position[name])
            cell.fill = _INFO_FILL
            cell.font = _INFO_FONT
        # Unlocked (the sheet is protected): the fields the evaluator fills on this kind of row.
        for name in ("level" if ind.is_qualitative else "verified_value", "comment", ONSITE_COLUMN):
            ws.cell(row=r, column=position[name]).protection = _UNLOCKED
        for name in ("comment", ONSITE_COLUMN):
            ws.cell(row=r, column=position[name]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=position["points"]).number_format = "0.00"
        level_cell = ws.cell(row=r, column=position["level"])
        verified_cell = ws.cell(row=r, column=position["verified_value"])
        if ind.is_qualitative:
            verified_cell.fill = _NOT_APPLICABLE_FILL
            if level_dv is not None:
                level_dv.add(level_cell)
        else:
            level_cell.fill = _NOT_APPLICABLE_FILL
            rule = framework.rule(ind.code)
            if isinstance(rule, Levels):
                if ind.code not in label_dvs:
                    labels = [label for label, _ in rule.labels]
                    dv = _list_validation(labels, "verified_value",
                                          ("다음 중 하나를 입력하십시오: " if ko else "type one of: ")
                                          + ", ".join(labels))
                    if dv is not None:
                        ws.add_data_validation(dv)
                        label_dvs[ind.code] = dv
                if ind.code in label_dvs:
                    label_dvs[ind.code].add(verified_cell)
        if last_applicant is not None and info.applicant_code != last_applicant:
            for c in range(1, width + 1):
                ws.cell(row=r, column=c).border = _GROUP_BORDER
        last_applicant = info.applicant_code
    # The codes stay in view while scrolling right to the comments and names.
    ws.freeze_panes = "C2"


# --- reading ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Fields:
    """The evaluator's fields read from one row; ``onsite_note`` None when the file has no such column."""

    level: str | None
    verified_value: str | None
    comment: str
    onsite_note: str | None


def _read_recusals(table: Table, applicants: Sequence[str]) -> dict[str, str]:
    """applicant -> reason for each recusal row; problems recorded for unknown, repeated or unexplained rows.

    An applicant whose row lacks only its reason still counts as recused, so that its comments are not also
    reported as missing: the reason is the one thing to fix.
    """
    result: dict[str, str] = {}
    first_row: dict[str, int] = {}
    for row in table.rows:
        code = row.code("applicant_code", required=True, what=msg("applicant code"))
        reason = row.note("reason")
        if not code:
            continue
        if code not in applicants:
            row.problem("applicant_code", msg("unknown applicant {code}: it is not one of the applicants of this "
                                              "score sheet ({applicants})", code=code,
                                              applicants=", ".join(applicants)))
            continue
        if code in first_row:
            row.problem("applicant_code", msg("applicant {code} is listed twice (first in row {row})", code=code,
                                              row=first_row[code]))
            continue
        first_row[code] = row.number
        if not reason:
            row.problem("reason", msg("the recusal from applicant {code} needs a reason", code=code))
        result[code] = reason
    return result


def _same_text(found: str, expected: str) -> bool:
    """Information text compares as written; a number also matches the same number written another way."""
    if found == expected:
        return True
    try:
        return parse_decimal(found) == parse_decimal(expected)
    except NotANumber:
        return False


def _changed(row: Row, column: str, found: str, expected: str) -> None:
    row.problem(column, msg("this information cell was changed: it must be {expected}, not {found} (only level, "
                            "verified_value, comment and onsite_note may be edited)", expected=_quoted(expected),
                            found=_quoted(found)))


def _quoted(value: str) -> Text:
    """A cell's text as a message quotes it: in quotes, or "blank"."""
    return repr(value) if value else msg("blank")


def _points_cell(row: Row) -> tuple[bool, Decimal | None]:
    """(readable, value) of the points cell: not readable when it holds text or a spreadsheet error."""
    if row.table.columns["points"] in row.errors:
        return False, None
    try:
        return True, cell_decimal(row.raw("points"))
    except CellError:
        return False, None


def _check_information(row: Row, framework: Framework, info: SheetRowInfo, level: str | None,
                       level_ok: bool, written_level: str | None) -> None:
    """Record a problem for each information cell that differs from what was written."""
    kind = row.text("kind")
    if kind.casefold() != info.kind.casefold():
        _changed(row, "kind", kind, info.kind)
    reported = row.text("reported_value")
    expected = (info.reported_value or "").strip()
    if not _same_text(reported, expected):
        _changed(row, "reported_value", reported, expected)
    readable, points = _points_cell(row)
    shown_points = canonical_decimal(points) if points is not None else ""
    ind = framework.indicator_by_code[info.indicator_code]
    if ind.is_qualitative:
        # Derived from the level: blank, what the level in the file gives (a spreadsheet that computes it),
        # or what was written (the level the workspace had when the sheet was written). An invalid level
        # already has its own problem, so its points are not checked.
        if not level_ok:
            return
        if points is None and readable:
            return
        allowed = {level_points(framework, ind, c) for c in (level, written_level)
                   if c is not None and c in framework.scale_ratios}
        if points is not None and points in allowed:
            return
        found = repr(shown_points) if readable else repr(str(row.raw("points")))
        if level is None:
            row.problem("points", msg("this information cell was changed: with no level it must be blank, not "
                                      "{found}", found=found))
        else:
            given = canonical_decimal(level_points(framework, ind, level))
            row.problem("points", msg("this information cell was changed: it must be blank or {given!r} (what "
                                      "level {level} gives), not {found}", given=given, level=level, found=found))
        return
    want = info.points
    if not readable or points != want:
        _changed(row, "points", shown_points if readable else str(row.raw("points")),
                 canonical_decimal(want) if want is not None else "")


def _same_info(found: str, expected: str) -> bool:
    """An extra information cell compares as written, up to white space, composition and line breaks, and a
    number also matches the same number written another way."""
    return _same_text(found, expected) or same_note(found, expected)


def _check_extra_information(row: Row, framework: Framework, info: SheetRowInfo, lang: str) -> None:
    """Record a problem for each extra information cell (names, max points, unit, accepts, self-assessment)
    that differs from what was written. A name may be in either language: both are the program's own text;
    the message quotes the one in the workbook's language. Absent columns are not checked."""
    ind = framework.indicator_by_code[info.indicator_code]
    other = "ko" if lang == "en" else "en"
    expected: dict[str, tuple[str, ...]] = {
        "applicant_name": (info.applicant_name(lang), info.applicant_name(other)),
        "indicator_name": (_name(ind.name_ko, ind.name_en, lang), _name(ind.name_ko, ind.name_en, other)),
        "max_points": (canonical_decimal(ind.max_points),),
        "unit": (ind.unit or "",),
        "accepts": (_accepts(framework, ind, lang), _accepts(framework, ind, other)),
        "self_assessment": ((info.self_assessment or "") if ind.is_qualitative else "",),
    }
    for column, allowed in expected.items():
        if not row.table.has(column):
            continue
        found = row.text(column)
        if not any(_same_info(found, a.strip()) for a in allowed):
            _changed(row, column, found, allowed[0].strip())


def _read_fields(row: Row, framework: Framework, ind: Indicator, has_onsite: bool) -> tuple[_Fields, bool]:
    """The evaluator's fields of one row, and whether its level is valid (or rightly blank)."""
    level_text = row.text("level")
    verified = row.text("verified_value")
    comment = row.note("comment")
    onsite = row.note(ONSITE_COLUMN) if has_onsite else None
    level: str | None = None
    level_ok = True
    if ind.is_qualitative:
        if level_text:
            level = framework.scale_code(level_text)
            if level is None:
                level_ok = False
                row.problem("level", msg("level {level} is not in the Scale ({codes})", level=shown(level_text),
                                         codes=scale_codes_text(framework)))
        if verified:
            row.problem("verified_value", msg("{code} is qualitative: it has no reported value to verify; leave "
                                              "verified_value blank and enter a level", code=ind.code))
    else:
        if level_text:
            row.problem("level", msg("{code} is quantitative: it takes no level; leave level blank (use "
                                     "verified_value for a value you found)", code=ind.code))
        if verified:
            try:
                framework.rule(ind.code).check_value(verified)
            except RuleError as exc:
                row.problem("verified_value", msg("{code} ({rule}): {problem}", code=ind.code, rule=ind.rule_name,
                                                  problem=exc.message))
    return _Fields(level, verified or None, comment, onsite), level_ok


def read_score_sheet(path: str | os.PathLike[str], framework: Framework, info_rows: Sequence[SheetRowInfo],
                     current: Mapping[str, Sheet], evaluator_id: str) -> dict[str, Sheet]:
    """Read a filled score sheet; the new sheet of every applicant in ``info_rows``, or nothing at all.

    Only the evaluator's fields change (``level``, ``verified_value``, ``comment``, and ``onsite_note`` when
    the column is there); entries of indicators not in the file, ``confirmed`` and the sheet's notes are kept
    from ``current``. The Recusals sheet sets ``recused`` and ``recusal_reason``: an applicant not listed
    there is not recused.

    Raises :class:`~smartcert_desktop.errors.ValidationError` listing every problem (sheet, row, column).
    """
    problems: list[Problem] = []
    wb = open_workbook(path)
    label = file_label(path)
    scores = read_table(wb, SCORES_SHEET, file=label, problems=problems, required=SCORES_COLUMNS,
                        optional=(ONSITE_COLUMN, *EXTRA_INFO_COLUMNS))
    lang = "en" if getattr(wb.book.properties, "language", None) == "en" else "ko"
    recusal_table = read_table(wb, RECUSALS_SHEET, file=label, problems=problems,
                               required=("applicant_code", "reason"))
    ordered = _ordered(framework, info_rows)
    applicants = list(dict.fromkeys(info.applicant_code for info in ordered))
    info_by_key = {(info.applicant_code, info.indicator_code): info for info in ordered}
    recusals = _read_recusals(recusal_table, applicants) if recusal_table is not None else {}

    fields: dict[tuple[str, str], _Fields] = {}
    if scores is not None:
        first_row: dict[tuple[str, str], int] = {}
        has_onsite = scores.has(ONSITE_COLUMN)
        for row in scores.rows:
            applicant = row.code("applicant_code", required=True, what=msg("applicant code"))
            indicator = row.text("indicator_code", required=True)
            if not applicant or not indicator:
                continue
            if applicant not in applicants:
                row.problem("applicant_code", msg("unknown applicant {code}: it is not assigned in this score "
                                                  "sheet ({applicants})", code=applicant,
                                                  applicants=", ".join(applicants)))
                continue
            key = (applicant, indicator)
            info = info_by_key.get(key)
            ind = framework.indicator_by_code.get(indicator)
            if info is None or ind is None:
                row.problem("indicator_code", msg("unknown indicator {indicator} for applicant {applicant}",
                                                  indicator=brief(indicator), applicant=applicant))
                continue
            if key in first_row:
                row.problem("indicator_code", msg("applicant {applicant}, indicator {indicator} appears twice "
                                                  "(first in row {row}); keep one row", applicant=applicant,
                                                  indicator=indicator, row=first_row[key]))
                continue
            first_row[key] = row.number
            entry, level_ok = _read_fields(row, framework, ind, has_onsite)
            base = current.get(applicant)
            written_level = base.entry(indicator).level if base is not None else None
            _check_information(row, framework, info, entry.level, level_ok, written_level)
            _check_extra_information(row, framework, info, lang)
            if (entry.level is not None and framework.comment_required(entry.level) and not entry.comment
                    and applicant not in recusals):
                row.problem("comment", msg("level {level} needs a comment", level=entry.level))
            fields[key] = entry
        for key in info_by_key:
            if key not in first_row:
                problems.append(Problem(msg("the row for applicant {applicant}, indicator {indicator} is missing; "
                                            "do not delete rows", applicant=key[0], indicator=key[1]),
                                        file=label, sheet=scores.sheet))
    raise_if(problems)

    result: dict[str, Sheet] = {}
    for applicant in applicants:
        base = current.get(applicant) or Sheet(evaluator_id=evaluator_id, applicant_code=applicant)
        entries = dict(base.entries)
        for (a, code), f in fields.items():
            if a != applicant:
                continue
            old = base.entry(code)
            # A note that says what the stored one says (a cell comes back stripped, composed, with line
            # feeds) keeps the stored text: a sheet imported unchanged changes nothing.
            comment = old.comment if same_note(f.comment, old.comment) else f.comment
            onsite = old.onsite_note if f.onsite_note is None or same_note(f.onsite_note, old.onsite_note) \
                else f.onsite_note
            new = replace(old, level=f.level, verified_value=f.verified_value, comment=comment,
                          onsite_note=onsite)
            # A row left empty adds no entry, so an untouched sheet reads back equal to the one written.
            if code in entries or new != IndicatorEntry():
                entries[code] = new
        reason = recusals.get(applicant, "")
        if same_note(reason, base.recusal_reason):
            reason = base.recusal_reason
        result[applicant] = replace(base, evaluator_id=evaluator_id, applicant_code=applicant,
                                    entries=entries, recused=applicant in recusals, recusal_reason=reason)
    return result
