"""The results workbook (결과 통합표): the round's results laid out for people, in Korean with English.

Written by ``smartcert results --xlsx``; the signed results JSON stays the record, this workbook is for
reading, sorting and filtering. Sheets:

``요약 Summary``
    One row per applicant, large cities (대도시) first, then small and medium cities (중소도시); within a
    city type ranked by total, highest first. Equal totals share a rank (1, 2, 2, 4); applicants without a
    grade (status incomplete) are listed after the ranked ones, without a rank. The share (득점률) is written
    truncated to 0.1 %, so that a share just below a grade threshold never shows as the threshold itself.
``지표별 Indicators``
    Applicants × indicators, grouped under their domain (분야) and item (평가항목) in the header rows, with
    the domain totals and the total at the right and a row of maximum points above the column codes.
``평가위원별 Evaluators``
    Per applicant and qualitative indicator, each counted evaluator's points, the points that count and the
    evaluators trimmed by the aggregation (grey, struck through, and listed by id), then the applicant's
    qualitative total per evaluator.
``의견불일치 Flags``
    Every flag of every applicant, with Krippendorff's alpha overall in the title.
``일치도 Agreement``
    Krippendorff's alpha (ordinal) overall and per qualitative indicator, computed from the counted
    evaluators' levels.
``보정대기 Pending corrections``
    Verified values that differ from the value in effect and wait for the chair's decision.

Points are written as exact decimals (the engine's two-decimal values), shown with two decimals. The file is
written atomically: a failure leaves the previous file, or none, never half a workbook.

Each sheet is laid out for reading and printing (:mod:`.xlsx_layout`): columns as wide as their content (a
Hangul character counts about twice a Latin one), headers on two lines (Korean, English), long texts
wrapped in rows tall enough to show them, titles and notes across the table's width. Printed, every sheet
is A4 landscape with its column headers repeated on each page; every sheet but ``지표별 Indicators`` is
fitted to one page wide. That one has a column per indicator (63 in the sample framework), too many for one
readable page: it prints one domain per page width (neighbouring domains share a page when they fit), the
code, name and city type columns repeated on each.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..domain.agreement import Alpha, RoundAlpha
from ..domain.engine import ApplicantResult
from ..domain.framework import Framework, Indicator
from ..domain.outcome import RoundOutcome, share_percent
from ..files import atomic_write
from .xlsx_common import HEADER_FILL, HEADER_FONT, TEXT_FORMAT, new_workbook, put, workbook_bytes
from .xlsx_layout import fit_columns, fit_rows, print_in_column_groups, print_setup, spread_note

SUMMARY = "요약 Summary"
INDICATORS = "지표별 Indicators"
EVALUATORS = "평가위원별 Evaluators"
FLAGS = "의견불일치 Flags"
AGREEMENT = "일치도 Agreement"
PENDING = "보정대기 Pending corrections"

# Rows of the header (column names) of each sheet's table; data start on the next row.
SUMMARY_HEADER_ROW = 5
INDICATORS_HEADER_ROW = 6
EVALUATORS_HEADER_ROW = 5
FLAGS_HEADER_ROW = 2
AGREEMENT_HEADER_ROW = 3
PENDING_HEADER_ROW = 1

POINTS_FORMAT = "0.00"
SHARE_FORMAT = "0.0%"
ALPHA_FORMAT = "0.000"
COUNT_FORMAT = "0"
SHARE_DECIMALS = 1  # of the percentage: 0.1 %, what SHARE_FORMAT shows

CITY_TYPES: tuple[tuple[str, str], ...] = (("large", "대도시"), ("small", "중소도시"))
CITY_LABEL = dict(CITY_TYPES)
STATUS_LABEL = {"graded": "평가완료", "incomplete": "미완료"}
KIND_LABEL = {"quantitative": "정량", "qualitative": "정성"}
FLAG_LABEL = {"missing_data": "자료 누락", "invalid_value": "값 오류", "spread": "점수 편차",
              "deviation": "총점 이탈"}
READING_LABEL = {"reliable": "신뢰 가능 (α ≥ 0.800)", "tentative": "잠정적 (0.667 ≤ α < 0.800)",
                 "unreliable": "낮음 (α < 0.667)", "undefined": "계산 불가 (undefined)"}
CERTIFIED_MARK = {True: "O", False: "X"}

TITLE_FONT = Font(bold=True, size=14)
NOTE_FONT = Font(color="595959", italic=True)
WARNING_FONT = Font(bold=True, color="C00000")
BOLD = Font(bold=True)
SUBHEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
# Trimmed evaluators' points: grey and struck through, so the mark survives printing in black and white.
TRIMMED_FILL = PatternFill("solid", fgColor="D9D9D9")
TRIMMED_FONT = Font(strike=True, color="7F7F7F")
GROUP_BORDER = Border(top=Side(style="medium"))
THIN_BOTTOM = Border(bottom=Side(style="thin"))
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_MIDDLE = Alignment(wrap_text=True, vertical="center")
MIDDLE = Alignment(horizontal="center", vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
AT_START = Alignment(horizontal="left", vertical="center", indent=1)


@dataclass(frozen=True)
class _Col:
    """A column of a table: header text, width in characters and the number format of its cells."""

    name: str
    width: float = 12
    number_format: str | None = None


# --- the public entry point -------------------------------------------------------------------------------

def write_results_workbook(path: str | os.PathLike[str], outcome: RoundOutcome) -> None:
    """Write the results workbook of ``outcome`` to ``path`` atomically."""
    atomic_write(Path(path), results_workbook_bytes(outcome))


def results_workbook_bytes(outcome: RoundOutcome) -> bytes:
    """The results workbook of ``outcome`` as the bytes of an .xlsx file (see :func:`write_results_workbook`)."""
    return workbook_bytes(build_results_workbook(outcome, outcome.evaluator_names, outcome.agreement))


def build_results_workbook(state: RoundOutcome, names: Mapping[str, str], agreement: RoundAlpha) -> Any:
    """The workbook in memory (an openpyxl Workbook), for callers that save it themselves."""
    wb = new_workbook()
    fw = state.framework
    _summary_sheet(wb, state)
    _indicators_sheet(wb, fw, state.results)
    _evaluators_sheet(wb, fw, state.results, names)
    _flags_sheet(wb, state.results, agreement)
    _agreement_sheet(wb, fw, agreement)
    _pending_sheet(wb, fw, state.results)
    wb.active = 0
    return wb


# --- shared helpers ---------------------------------------------------------------------------------------

def share(total: Decimal, max_total: Decimal) -> Decimal | None:
    """The share as the workbook stores it: a ratio for the percent format, truncated to the 0.1 % shown
    (:func:`~smartcert_desktop.domain.outcome.share_percent`)."""
    shown = share_percent(total, max_total, SHARE_DECIMALS)
    return None if shown is None else shown / 100


def _name(ko: str, en: str) -> str:
    """Korean name with the English one in brackets, when both are there and differ."""
    if ko and en and ko != en:
        return f"{ko} ({en})"
    return ko or en


def _cell(ws: Any, row: int, column: int, value: object, number_format: str | None = None,
          font: Font | None = None) -> Any:
    cell = put(ws, row, column, value)  # text stays text (the legend starts with "=")
    if number_format is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def _header_row(ws: Any, row: int, columns: Sequence[_Col], first_column: int = 1) -> None:
    """Bold, filled column names on ``row``; sets the columns' widths."""
    for offset, col in enumerate(columns):
        position = first_column + offset
        cell = _cell(ws, row, position, col.name, font=HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        ws.column_dimensions[get_column_letter(position)].width = col.width


def _data_row(ws: Any, row: int, columns: Sequence[_Col], values: Sequence[object]) -> list[Any]:
    return [_cell(ws, row, pos, value, col.number_format)
            for pos, (col, value) in enumerate(zip(columns, values, strict=True), start=1)]


def _autofilter(ws: Any, header_row: int, last_row: int, last_column: int) -> None:
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(last_column)}{max(last_row, header_row)}"


def _title(ws: Any, text: str) -> None:
    _cell(ws, 1, 1, text, font=TITLE_FONT)


def _lay_out(ws: Any, *, header: int, notes: Sequence[int], last_column: int,
             bounds: Mapping[int, tuple[float, float]] | None = None, names_rows: Sequence[int] = (),
             print_titles: tuple[int, int] | None = None) -> None:
    """Widths from content, notes across the table, row heights, print setup fitted to one page wide.

    ``notes`` are the rows of titles and notes in column A (not measured, merged across the table and
    wrapped); ``names_rows`` are rows measured like the header (names of two words on two lines).
    """
    for row in notes:
        if ws.cell(row=row, column=1).value is not None:
            spread_note(ws, row, last_column)
    fit_columns(ws, header_rows=(header, *names_rows), filter_row=header, bounds=bounds)
    fit_rows(ws)
    print_setup(ws, title_rows=print_titles or (header, header))


# --- 요약 Summary -----------------------------------------------------------------------------------------

SUMMARY_COLUMNS = (
    _Col("순위 Rank", 8, COUNT_FORMAT),
    _Col("코드 Code", 9, TEXT_FORMAT),
    _Col("지자체 Local government", 22),
    _Col("영문 English name", 22),
    _Col("유형 City type", 11),
    _Col("상태 Status", 11),
    _Col("반영 위원 Evaluators", 11, COUNT_FORMAT),
    _Col("총점 Total", 11, POINTS_FORMAT),
    _Col("만점 Max", 11, POINTS_FORMAT),
    _Col("득점률 Share", 10, SHARE_FORMAT),
    _Col("등급 Grade", 9, COUNT_FORMAT),
    _Col("인증 Certified", 10),
    _Col("플래그 Flags", 10, COUNT_FORMAT),
    _Col("보정대기 Pending", 11, COUNT_FORMAT),
)

# Short marks read better centred: rank, code, city type, status, evaluators, grade, certified.
SUMMARY_CENTERED = (0, 1, 4, 5, 6, 10, 11)


def _summary_sheet(wb: Any, state: RoundOutcome) -> None:
    fw = state.framework
    ws = wb.create_sheet(SUMMARY)
    _title(ws, "스마트도시 인증 평가 결과 (Smart city certification results)")
    program = state.program
    _cell(ws, 2, 1, f"프로그램 Program: {program.name or program.id} ({program.id}) · 평가체계 Framework: "
                    f"{fw.display_name()} ({fw.id} {fw.version}, SHA-256 {fw.short_hash}…)")
    if fw.sample:
        _cell(ws, 3, 1, "표본 평가체계입니다 (SAMPLE framework): 공식 평가체계가 아니므로 결과를 "
                        "공표하지 마십시오 (not the official framework; do not publish these results).",
              font=WARNING_FONT)
    _cell(ws, 4, 1, "유형별 총점 순위 (같은 총점은 같은 순위, 미완료는 순위 없음) · 득점률은 0.1% 단위 "
                    "내림 · Ranked per city type by total; equal totals share a rank; share truncated to "
                    "0.1 %.", font=NOTE_FONT)
    _header_row(ws, SUMMARY_HEADER_ROW, SUMMARY_COLUMNS)
    row = SUMMARY_HEADER_ROW
    previous_type: str | None = None
    for rank, r in ((x.rank, x.result) for x in state.ranking):
        row += 1
        cells = _data_row(ws, row, SUMMARY_COLUMNS, [
            rank, r.code, r.name_ko, r.name_en, CITY_LABEL.get(r.city_type, r.city_type),
            STATUS_LABEL.get(r.status, r.status), r.evaluators_counted, r.total, r.max_total,
            share(r.total, r.max_total), r.grade, CERTIFIED_MARK[r.certified], len(r.flags),
            len(r.pending_corrections)])
        if previous_type is not None and r.city_type != previous_type:
            for c in cells:  # a rule between the large and the small cities
                c.border = GROUP_BORDER
        previous_type = r.city_type
        if r.certified:
            cells[11].font = BOLD
        for k in SUMMARY_CENTERED:
            cells[k].alignment = MIDDLE
    ws.freeze_panes = ws.cell(row=SUMMARY_HEADER_ROW + 1, column=4)
    _autofilter(ws, SUMMARY_HEADER_ROW, row, len(SUMMARY_COLUMNS))
    _lay_out(ws, header=SUMMARY_HEADER_ROW, notes=range(1, SUMMARY_HEADER_ROW), last_column=len(SUMMARY_COLUMNS),
             bounds={3: (10, 30), 4: (10, 30)})


# --- 지표별 Indicators ------------------------------------------------------------------------------------

def grouped_indicators(fw: Framework) -> list[Indicator]:
    """Indicators grouped by domain, then item, in the framework's order within each group."""
    out: list[Indicator] = []
    for d in fw.domains:
        for it in fw.items_of(d.code):
            out.extend(fw.indicators_of(it.code))
    seen = {i.code for i in out}
    out.extend(i for i in fw.indicators if i.code not in seen)  # never lose an indicator of a loose item
    return out


def _merged_label(ws: Any, row: int, first: int, last: int, text: str,
                  fill: PatternFill | None = None, alignment: Alignment = CENTER) -> None:
    cell = _cell(ws, row, first, text, font=BOLD)
    cell.alignment = alignment
    if fill is not None:
        for c in range(first, last + 1):
            ws.cell(row=row, column=c).fill = fill
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _runs(keys: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last, key) of each run of equal neighbouring keys."""
    runs: list[tuple[int, int, str]] = []
    for pos, key in enumerate(keys):
        if runs and runs[-1][2] == key:
            runs[-1] = (runs[-1][0], pos, key)
        else:
            runs.append((pos, pos, key))
    return runs


def _indicators_sheet(wb: Any, fw: Framework, results: Sequence[ApplicantResult]) -> None:
    ws = wb.create_sheet(INDICATORS)
    header = INDICATORS_HEADER_ROW
    lead = (_Col("코드 Code", 9, TEXT_FORMAT), _Col("지자체 Local government", 20),
            _Col("유형 City type", 10))
    labels = ("분야 Domain", "평가항목 Item", "지표명 Indicator", "구분 Kind", "만점 Max")
    for label_row, text in enumerate(labels, start=1):
        _cell(ws, label_row, 1, text, font=BOLD)
        ws.merge_cells(start_row=label_row, start_column=1, end_row=label_row, end_column=len(lead))
    indicators = grouped_indicators(fw)
    first = len(lead) + 1
    column = {ind.code: first + k for k, ind in enumerate(indicators)}
    # Header rows 1-2: a merged label over each domain's and each item's run of columns.
    domain_label = {d.code: _name(f"{d.code} {d.name_ko}", d.name_en) for d in fw.domains}
    item_label = {it.code: _name(f"{it.code} {it.name_ko}", it.name_en) for it in fw.items}
    for start, end, code in _runs([i.domain_code for i in indicators]):
        # A domain runs over several printed pages: its name at its start, where its first page shows it.
        _merged_label(ws, 1, first + start, first + end, domain_label.get(code, code), HEADER_FILL, AT_START)
    for start, end, code in _runs([i.item_code for i in indicators]):
        _merged_label(ws, 2, first + start, first + end, item_label.get(code, code), SUBHEADER_FILL)
    for ind in indicators:
        c = column[ind.code]
        _cell(ws, 3, c, _name(ind.name_ko, ind.name_en)).alignment = CENTER
        _cell(ws, 4, c, KIND_LABEL.get(ind.kind, ind.kind)).alignment = CENTER
        _cell(ws, 5, c, ind.max_points, POINTS_FORMAT)
    totals_first = first + len(indicators)
    domain_column = {d.code: totals_first + k for k, d in enumerate(fw.domains)}
    total_column = totals_first + len(fw.domains)
    _merged_label(ws, 1, totals_first, total_column, "합계 Totals", HEADER_FILL)
    for d in fw.domains:
        c = domain_column[d.code]
        _cell(ws, 3, c, _name(d.name_ko, d.name_en)).alignment = CENTER
        _cell(ws, 5, c, fw.domain_max(d.code), POINTS_FORMAT)
    _cell(ws, 3, total_column, "총점 Total").alignment = CENTER
    _cell(ws, 5, total_column, fw.total_max, POINTS_FORMAT)
    columns = [*lead, *(_Col(ind.code, 9, POINTS_FORMAT) for ind in indicators),
               *(_Col(f"분야 {d.code}", 10, POINTS_FORMAT) for d in fw.domains),
               _Col("총점 Total", 11, POINTS_FORMAT)]
    _header_row(ws, header, columns)
    for c in range(1, len(columns) + 1):
        ws.cell(row=5, column=c).border = THIN_BOTTOM
    row = header
    for r in results:
        row += 1
        values: list[object] = [r.code, r.name_ko, CITY_LABEL.get(r.city_type, r.city_type)]
        values += [r.indicators.get(ind.code) for ind in indicators]
        values += [r.domains.get(d.code) for d in fw.domains]
        values.append(r.total)
        _data_row(ws, row, columns, values)
    ws.freeze_panes = ws.cell(row=header + 1, column=first)
    _autofilter(ws, header, row, len(columns))
    # Indicator columns stay narrow (their names wrap in the row above the codes); names of the lead.
    bounds = {c: (7, 10) for c in range(first, totals_first)}
    bounds.update({c: (8, 16) for c in range(totals_first, len(columns) + 1)})  # domain names, own page
    bounds.update({1: (6, 12), 2: (10, 24), 3: (6, 12)})
    fit_columns(ws, header_rows=range(1, header + 1), filter_row=header, bounds=bounds)
    fit_rows(ws)
    # On paper: each domain from a new page width, its items kept together where they fit; the totals last.
    sections: list[list[tuple[int, int]]] = []
    for d_start, d_end, _domain in _runs([i.domain_code for i in indicators]):
        part = indicators[d_start:d_end + 1]
        sections.append([(first + d_start + s, first + d_start + e)
                         for s, e, _item in _runs([i.item_code for i in part])])
    sections.append([(totals_first, total_column)])
    print_in_column_groups(ws, title_rows=(1, header), lead_columns=len(lead), sections=sections)


# --- 평가위원별 Evaluators --------------------------------------------------------------------------------

def _aggregation_text(fw: Framework) -> str:
    n = fw.trim_min_evaluators
    texts = {
        "trimmed_total": f"위원별 정성 총점의 최고·최저 위원을 제외한 평균 ({n}명 이상 반영 시; 미만이면 "
                         f"평균) · trimmed_total: highest and lowest qualitative total dropped with {n} "
                         "or more",
        "trimmed_indicator": f"지표별 최고·최저 점수를 제외한 평균 ({n}명 이상 반영 시; 미만이면 평균) · "
                             f"trimmed_indicator: highest and lowest value dropped per indicator with {n} "
                             "or more",
        "mean": "반영 위원 평균 · mean of the counted evaluators",
        "median": "반영 위원 중앙값 · median of the counted evaluators",
    }
    return f"집계 방식 Aggregation: {texts.get(fw.aggregation, fw.aggregation)}"


def _evaluators_sheet(wb: Any, fw: Framework, results: Sequence[ApplicantResult],
                      names: Mapping[str, str]) -> None:
    ws = wb.create_sheet(EVALUATORS)
    header = EVALUATORS_HEADER_ROW
    _title(ws, "평가위원별 정성지표 점수 (Qualitative points per counted evaluator)")
    legend = _cell(ws, 2, 1, Decimal("12.00"), POINTS_FORMAT)
    legend.fill, legend.font = TRIMMED_FILL, TRIMMED_FONT
    _cell(ws, 2, 2, "= 집계에서 제외된 점수 (trimmed: not in the points that count; ids also in the last "
                    "column)", font=NOTE_FONT)
    _cell(ws, 3, 1, _aggregation_text(fw), font=NOTE_FONT)
    evaluators = sorted({e for r in results for e in r.evaluator_points})
    lead = (_Col("코드 Code", 9, TEXT_FORMAT), _Col("지자체 Local government", 18),
            _Col("지표 Indicator", 11, TEXT_FORMAT), _Col("지표명 Indicator name", 28),
            _Col("만점 Max", 9, POINTS_FORMAT))
    columns = [*lead, *(_Col(e, 10, POINTS_FORMAT) for e in evaluators),
               _Col("반영 점수 Points", 11, POINTS_FORMAT), _Col("제외 위원 Trimmed", 14)]
    _header_row(ws, header, columns)
    first = len(lead) + 1
    _cell(ws, header - 1, first - 1, "위원 Name →", font=NOTE_FONT).alignment = Alignment(horizontal="right")
    for k, e in enumerate(evaluators):
        _cell(ws, header - 1, first + k, names.get(e, ""), font=NOTE_FONT).alignment = CENTER
    qualitative = fw.qualitative
    row = header
    for r in results:
        if not r.evaluator_points:
            continue  # nobody counted: nothing to show per evaluator (the summary says incomplete)
        for ind in qualitative:
            row += 1
            trimmed = r.dropped.get(ind.code, frozenset())
            values: list[object] = [r.code, r.name_ko, ind.code, _name(ind.name_ko, ind.name_en),
                                    ind.max_points]
            values += [r.evaluator_points.get(e, {}).get(ind.code) for e in evaluators]
            values += [r.indicators.get(ind.code), ", ".join(sorted(trimmed))]
            cells = _data_row(ws, row, columns, values)
            for k, e in enumerate(evaluators):
                if e in trimmed:
                    cells[first - 1 + k].fill = TRIMMED_FILL
                    cells[first - 1 + k].font = TRIMMED_FONT
        # The qualitative total per evaluator: under trimmed_total it is what decides who is trimmed.
        row += 1
        always = frozenset.intersection(*(r.dropped.get(i.code, frozenset()) for i in qualitative)) \
            if qualitative else frozenset()
        values = [r.code, r.name_ko, "정성 합계", "정성지표 합계 (Qualitative total)",
                  sum((i.max_points for i in qualitative), Decimal(0))]
        values += [sum(r.evaluator_points[e].values(), Decimal(0)) if e in r.evaluator_points else None
                   for e in evaluators]
        values += [sum((r.indicators[i.code] for i in qualitative), Decimal(0)), ", ".join(sorted(always))]
        cells = _data_row(ws, row, columns, values)
        for k, c in enumerate(cells):
            c.font = BOLD
            c.fill = SUBHEADER_FILL
            c.border = THIN_BOTTOM
            if first - 1 <= k < first - 1 + len(evaluators) and evaluators[k - first + 1] in always:
                c.fill = TRIMMED_FILL
                c.font = Font(bold=True, strike=True, color="7F7F7F")
    ws.freeze_panes = ws.cell(row=header + 1, column=first)
    _autofilter(ws, header, row, len(columns))
    # The legend's explanation runs from B2 across the table, beside the sample cell in A2.
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=len(columns))
    ws.cell(row=2, column=2).alignment = WRAP_TOP
    _lay_out(ws, header=header, notes=(1, 3), last_column=len(columns), names_rows=(header - 1,),
             bounds={2: (10, 24), 4: (12, 40)}, print_titles=(header - 1, header))


# --- 의견불일치 Flags -------------------------------------------------------------------------------------

FLAG_COLUMNS = (
    _Col("코드 Code", 9, TEXT_FORMAT),
    _Col("지자체 Local government", 18),
    _Col("구분 Type", 12),
    _Col("kind", 13),
    _Col("지표 Indicator", 11, TEXT_FORMAT),
    _Col("평가위원 Evaluator", 11, TEXT_FORMAT),
    _Col("내용 Detail", 70),
)
ALPHA_COLUMNS = (
    _Col("지표 Indicator"), _Col("지표명 Indicator name"), _Col("α", number_format=ALPHA_FORMAT),
    _Col("단위 Units", number_format=COUNT_FORMAT), _Col("평정 Ratings", number_format=COUNT_FORMAT),
    _Col("위원 Raters", number_format=COUNT_FORMAT), _Col("해석 Reading"),
)


def _alpha_text(a: Alpha) -> str:
    return f"{a.value:.3f}" if a.value is not None else "—"


def _flags_sheet(wb: Any, results: Sequence[ApplicantResult], agreement: RoundAlpha) -> None:
    ws = wb.create_sheet(FLAGS)
    header = FLAGS_HEADER_ROW
    _header_row(ws, header, FLAG_COLUMNS)
    row = header
    for r in results:
        for f in r.flags:
            row += 1
            _data_row(ws, row, FLAG_COLUMNS, [r.code, r.name_ko, FLAG_LABEL.get(f.kind, f.kind), f.kind,
                                              f.indicator, f.evaluator, f.detail])
    overall = agreement.overall
    _cell(ws, 1, 1, f"의견불일치 및 자료 누락 (Flags) · Krippendorff α 전체 Overall = {_alpha_text(overall)} "
                    f"({READING_LABEL[overall.reading]}); 지표별 α는 '{AGREEMENT}' 시트 "
                    f"(per indicator in the sheet '{AGREEMENT}')", font=TITLE_FONT)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    _autofilter(ws, header, row, len(FLAG_COLUMNS))
    _lay_out(ws, header=header, notes=(1,), last_column=len(FLAG_COLUMNS),
             bounds={2: (10, 24), 7: (20, 72)})


# --- 일치도 Agreement -------------------------------------------------------------------------------------

def _agreement_sheet(wb: Any, fw: Framework, agreement: RoundAlpha) -> None:
    """Krippendorff's alpha, overall then per qualitative indicator, on a sheet of its own: its columns are
    not the flags', and each sheet prints its own header on every page."""
    ws = wb.create_sheet(AGREEMENT)
    header = AGREEMENT_HEADER_ROW
    _cell(ws, 1, 1, "평가위원 간 일치도: Krippendorff α (서열척도 ordinal, 반영 평가위원의 등급) · "
                    "inter-rater agreement of the counted evaluators' levels", font=TITLE_FONT)
    _cell(ws, 2, 1, "α ≥ 0.800 신뢰 가능, 0.667 이상 잠정적, 그 미만은 낮음 (Krippendorff). 단위: 지표별은 "
                    "지자체, 전체는 지자체×지표 · units: applicants per indicator; applicant × indicator "
                    "overall.", font=NOTE_FONT)
    _header_row(ws, header, ALPHA_COLUMNS)
    names = {i.code: _name(i.name_ko, i.name_en) for i in fw.qualitative}
    entries = [("전체 Overall", "모든 정성지표 (all qualitative indicators)", agreement.overall)]
    entries += [(code, names.get(code, ""), a) for code, a in agreement.per_indicator.items()]
    row = header
    for k, (code, name, a) in enumerate(entries):
        row += 1
        reading = READING_LABEL[a.reading] + (f": {a.reason}" if a.reason else "")
        cells = _data_row(ws, row, ALPHA_COLUMNS,
                          [code, name, a.value, a.units, a.pairable, a.raters, reading])
        if k == 0:
            for c in cells:
                c.font = BOLD
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    _lay_out(ws, header=header, notes=(1, 2), last_column=len(ALPHA_COLUMNS),
             bounds={2: (16, 40), 7: (16, 60)})


# --- 보정대기 Pending corrections -------------------------------------------------------------------------

PENDING_COLUMNS = (
    _Col("코드 Code", 9, TEXT_FORMAT),
    _Col("지자체 Local government", 18),
    _Col("지표 Indicator", 11, TEXT_FORMAT),
    _Col("지표명 Indicator name", 28),
    _Col("평가위원 Evaluator", 11, TEXT_FORMAT),
    _Col("검증값 Verified value", 14, TEXT_FORMAT),
    _Col("적용값 Value in effect", 14, TEXT_FORMAT),
    _Col("의견 Comment", 50),
)


def _pending_sheet(wb: Any, fw: Framework, results: Sequence[ApplicantResult]) -> None:
    ws = wb.create_sheet(PENDING)
    header = PENDING_HEADER_ROW
    _header_row(ws, header, PENDING_COLUMNS)
    row = header
    for r in results:
        for p in r.pending_corrections:
            row += 1
            ind = fw.indicator_by_code.get(p.indicator)
            name = _name(ind.name_ko, ind.name_en) if ind is not None else ""
            cells = _data_row(ws, row, PENDING_COLUMNS, [r.code, r.name_ko, p.indicator, name, p.evaluator,
                                                         p.value, r.values_used.get(p.indicator), p.comment])
            cells[-1].alignment = WRAP_MIDDLE
    if row == header:
        _cell(ws, header + 2, 1, "보정대기 없음 (no pending corrections)", font=NOTE_FONT)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    _autofilter(ws, header, row, len(PENDING_COLUMNS))
    _lay_out(ws, header=header, notes=(header + 2,) if row == header else (), last_column=len(PENDING_COLUMNS),
             bounds={2: (10, 24), 4: (12, 30), 8: (20, 50)})
