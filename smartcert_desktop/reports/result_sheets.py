"""The round's PDFs: a result sheet (결과서) per applicant, certificates (인증서) and the round report.

:func:`write_all_pdfs` writes them all into one folder as one batch (all or none), reporting progress and
stopping cleanly when cancelled; :func:`render_result_sheet` gives one result sheet's bytes for a preview.

A result sheet shows, on two to four A4 pages: the result plainly (total, grade, certification), points and
share per domain and item beside the average of the applicant's city type, a radar of the items, the
evaluators' comments as strengths and points to improve (never naming an evaluator), pending corrections
and every indicator's points. Figures are the results JSON's strings, so text extraction matches it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..domain.engine import ApplicantResult
from ..domain.framework import Framework
from ..domain.numbers import fmt2
from ..domain.outcome import RoundOutcome
from ..domain.rules import CityType
from ..errors import SmartcertError
from ..files import OutputBatch
from ..korean import attach
from ..messages import msg
from . import charts
from .figures import (
    CITY_TYPE_KO,
    CITY_TYPES,
    INCOMPLETE_KO,
    KIND_KO,
    Averages,
    Remark,
    certified_text,
    city_type_averages,
    grade_text,
    pct,
    program_name,
    remarks_for,
    share,
    value_with_unit,
)
from .fonts import BOLD, REGULAR
from .layout import (
    AVERAGE,
    BAND_FILL,
    BLUE,
    CONTENT_WIDTH,
    GOOD,
    GRID,
    HEAD_FILL,
    MUTED,
    NAVY,
    NAVY_DARK,
    POOR,
    PageFrame,
    build_pdf,
    fit,
    grid_table_style,
    heading,
    like,
    para,
    plain_style,
    sample_notice,
    styles,
    text,
)
from .parallel import Job, RoundDocuments, render_jobs

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

SHEET_TITLE = "스마트도시 인증 평가 결과서"


@dataclass(frozen=True)
class RoundFigures:
    """What every result sheet of a round shares, computed once for the whole batch."""

    averages: dict[CityType, Averages]
    thresholds: dict[CityType, Decimal | None]   # lowest certified share (%) per city type
    styles: dict[str, ParagraphStyle]


def certification_threshold(framework: Framework, city_type: CityType) -> Decimal | None:
    """The lowest share (%) that certifies an applicant of this city type, or None when nothing does."""
    ratios = [g.min_ratio for g in framework.grades if g.certified and g.city_type in (city_type, "all")]
    if not ratios:
        return None
    return min(ratios) * 100


def round_figures(state: RoundOutcome) -> RoundFigures:
    """The averages, thresholds and styles shared by the result sheets of ``state``."""
    return RoundFigures(
        averages={ct: city_type_averages(state.results, ct) for ct in CITY_TYPES},
        thresholds={ct: certification_threshold(state.framework, ct) for ct in CITY_TYPES},
        styles=styles(),
    )


# --- the top block ---------------------------------------------------------------------------------------

SAMPLE_SHEET = ("이 결과서는 예시(SAMPLE) 평가체계로 산출되었습니다. "
                "예시 지표는 공식 평가체계가 아니며, 이 결과는 실제 인증에 쓸 수 없습니다.")


def _status_text(state: RoundOutcome, r: ApplicantResult) -> str:
    if r.status == "graded":
        return f"평가 완료 (평가위원 {r.evaluators_counted}인 반영)"
    return (f"{INCOMPLETE_KO} — 반영된 평가위원 {r.evaluators_counted}인, "
            f"최소 {state.framework.min_evaluators}인 필요")


def summary_sentence(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> str:
    """The result in one Korean sentence, its particles chosen for the name and the figures
    ("대전광역시는 총점 1,523.40점, 득점률 76.17%로 2등급이며 인증 대상입니다")."""
    name = attach(r.name_ko or r.code, "은/는")
    if r.status != "graded" or r.grade is None:
        return (f"{name} 반영된 평가위원이 {r.evaluators_counted}인으로 최소 인원 "
                f"{state.framework.min_evaluators}인에 미달하여 아직 등급이 없습니다.")
    share_text = attach(pct(r.total, r.max_total), "으로/로")
    if r.certified:
        return f"{name} 총점 {fmt2(r.total)}점, 득점률 {share_text} {r.grade}등급이며 인증 대상입니다."
    threshold = fig.thresholds[r.city_type]
    line = f"{name} 총점 {fmt2(r.total)}점, 득점률 {share_text} {r.grade}등급이며 인증 기준"
    if threshold is not None:
        line += f"({threshold.normalize():f}%)"
    return line + "에 미달합니다."


def _badge(r: ApplicantResult, st: dict[str, ParagraphStyle]) -> Table:
    """The result at a glance: the grade in large type and whether it certifies."""
    graded = r.status == "graded" and r.grade is not None
    big = ParagraphStyle("badge_big", st["base"], fontName=BOLD, fontSize=26 if graded else 15,
                         leading=30 if graded else 19, alignment=TA_CENTER, textColor=NAVY_DARK)
    small = ParagraphStyle("badge_small", st["base"], fontSize=8, leading=10, alignment=TA_CENTER,
                           textColor=MUTED)
    mark = ParagraphStyle("badge_mark", st["base"], fontName=BOLD, fontSize=11, leading=14,
                          alignment=TA_CENTER, textColor=colors.white)
    mark_color = GOOD if r.certified else (MUTED if graded else POOR)
    mark_text = certified_text(r) if graded else "등급 없음"
    pill = Table([[Paragraph(mark_text, mark)]], colWidths=[30 * mm], rowHeights=[7.5 * mm],
                 style=plain_style([("BACKGROUND", (0, 0), (-1, -1), mark_color),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("ROUNDEDCORNERS", [3, 3, 3, 3])]))
    cells = [[Paragraph("등급 (Grade)", small)], [Paragraph(text(grade_text(r)), big)], [pill]]
    return Table(cells, colWidths=[44 * mm], style=plain_style([
        ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
        ("BACKGROUND", (0, 0), (-1, -1), BAND_FILL),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))


def _top_block(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> list[Flowable]:
    st = fig.styles
    fw = state.framework
    lab, val, big = st["label"], st["value"], st["value_big"]
    framework_line = f"{fw.display_name()} · {fw.id} {fw.version} · {fw.short_hash}"
    rows: list[list[Any]] = [
        [para("인증 프로그램", lab), para(program_name(state), val), "", ""],
        [para("신청 지자체", lab), para(f"{r.name_ko}\n{r.name_en}", val), para("도시 유형", lab),
         para(CITY_TYPE_KO[r.city_type], val)],
        [para("총점 / 만점", lab), para(f"{fmt2(r.total)} / {fmt2(r.max_total)}", big), para("득점률", lab),
         para(pct(r.total, r.max_total), val)],
        [para("등급", lab), para(grade_text(r), big), para("인증 여부", lab), para(certified_text(r), big)],
        [para("평가 상태", lab), para(_status_text(state, r), val), "", ""],
        [para("평가체계", lab), para(framework_line, val), "", ""],
    ]
    table = Table(rows, colWidths=[24 * mm, 52 * mm, 20 * mm, 30 * mm], style=grid_table_style(
        header_rows=0, extra=[
            ("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 4), (3, 4)), ("SPAN", (1, 5), (3, 5)),
            ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("BACKGROUND", (2, 1), (2, 3), HEAD_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ]))
    outer = Table([[table, _badge(r, st)]], colWidths=[CONTENT_WIDTH - 48 * mm, 48 * mm],
                  style=plain_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                    *_NO_PADDING]))
    story: list[Flowable] = [
        Paragraph(SHEET_TITLE, st["title"]),
        Paragraph("Smart City Certification — Evaluation Result Sheet", st["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    if fw.sample:
        story += [sample_notice(st, SAMPLE_SHEET), Spacer(1, 3 * mm)]
    story.append(outer)
    story += [Spacer(1, 2.5 * mm), Paragraph(text(summary_sentence(state, r, fig)), st["value"])]
    if r.status != "graded":
        story += [Spacer(1, 2 * mm), Paragraph(
            text(f"반영된 평가위원이 최소 인원({fw.min_evaluators}인)에 미달하여 등급을 부여하지 않았습니다. "
                 "아래 점수는 현재까지의 평가를 반영한 잠정 점수입니다."), st["sample"])]
    return story


_NO_PADDING: list[tuple[Any, ...]] = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def legend(st: dict[str, ParagraphStyle], entries: list[tuple[Flowable, str]]) -> Table:
    """A one-line legend: swatch, label, swatch, label; each label as wide as its text."""
    cells: list[Any] = []
    widths: list[float] = []
    for swatch, label in entries:
        cells += [swatch, Paragraph(text(label), st["note"])]
        widths += [6 * mm, stringWidth(label, REGULAR, st["note"].fontSize) + 6 * mm]
    return Table([cells], colWidths=widths, hAlign="RIGHT", style=plain_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_NO_PADDING, ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))


# --- domains and items -----------------------------------------------------------------------------------

_BAR_WIDTH = 40 * mm


def _scores_table(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> list[Flowable]:
    st = fig.styles
    fw = state.framework
    avg = fig.averages[r.city_type]
    threshold = fig.thresholds[r.city_type]
    ct = CITY_TYPE_KO[r.city_type]
    widths = [CONTENT_WIDTH - _BAR_WIDTH - 6 - 5 * 16.5 * mm, *[16.5 * mm] * 5, _BAR_WIDTH + 6]
    header = [para(h, st["head"]) for h in ("분야 / 평가항목", "득점", "배점", "득점률", f"{ct} 평균", "평균 득점률")]
    rows: list[list[Any]] = [[*header, charts.bar_scale(_BAR_WIDTH, threshold)]]
    extra: list[tuple[Any, ...]] = [*like(st["cell"], (0, 1), (0, -1)), *like(st["num"], (1, 1), (5, -1))]

    def line(label: str | Paragraph, points: Decimal, maximum: Decimal, average: Decimal, *, bold: bool = False
             ) -> list[Any]:
        bar = charts.share_bar(share(points, maximum), share(average, maximum), width=_BAR_WIDTH,
                               height=5.6 * mm, threshold=threshold)
        figures = (fmt2(points), fmt2(maximum), pct(points, maximum), fmt2(average), pct(average, maximum))
        if bold:
            n = len(rows)
            extra.extend([*like(st["cell_bold"], (0, n), (0, n)), *like(st["num_bold"], (1, n), (5, n))])
        return [label, *figures, bar]

    item_style = ParagraphStyle("item", st["cell"], leftIndent=8)
    for domain in fw.domains:
        label = fit(f"{domain.code}  {domain.name_ko}", st["cell_bold"], widths[0])
        extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BAND_FILL))
        rows.append(line(label, r.domains[domain.code], fw.domain_max(domain.code),
                         avg.domains.get(domain.code, Decimal(0)), bold=True))
        for item in fw.items_of(domain.code):
            # Items are indented under their domain; the code in grey so that the names line up.
            label = Paragraph(f"<font color='#5B6573'>{text(item.code)}</font>&nbsp;&nbsp;{text(item.name_ko)}",
                              item_style)
            rows.append(line(label, r.items[item.code], fw.item_max(item.code),
                             avg.items.get(item.code, Decimal(0))))
    n = len(rows)
    rows.append(line("합계", r.total, r.max_total, avg.total, bold=True))
    extra += [("BACKGROUND", (0, n), (-1, n), HEAD_FILL), ("LINEABOVE", (0, n), (-1, n), 0.8, NAVY),
              ("LEFTPADDING", (6, 0), (6, -1), 3), ("RIGHTPADDING", (6, 0), (6, -1), 3),
              ("TOPPADDING", (0, 1), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.4)]
    table = Table(rows, colWidths=widths, repeatRows=1, style=grid_table_style(extra=extra))
    entries = [(charts.legend_swatch(BLUE), "신청 지자체 득점률"),
               (charts.legend_swatch(AVERAGE), f"{ct} 평균 ({avg.count}개 지자체)")]
    if threshold is not None:
        entries.append((charts.legend_swatch(POOR, dashed=True), f"인증 기준 {threshold.normalize():f}%"))
    return [table, Spacer(1, 1.5 * mm), legend(st, entries)]


def _radar(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> list[Flowable]:
    fw = state.framework
    avg = fig.averages[r.city_type]
    items = list(fw.items)
    labels = [(it.code, it.name_ko) for it in items]
    mine = [share(r.items[it.code], fw.item_max(it.code)) for it in items]
    theirs = [share(avg.items.get(it.code, Decimal(0)), fw.item_max(it.code)) for it in items]
    threshold = fig.thresholds[r.city_type]
    drawing = charts.radar(labels, mine, theirs, size=76 * mm, threshold=threshold)
    drawing.hAlign = "CENTER"
    entries = [(charts.legend_swatch(BLUE), "신청 지자체 (득점률 %)"),
               (charts.legend_swatch(AVERAGE), f"{CITY_TYPE_KO[r.city_type]} 평균")]
    if threshold is not None:
        entries.append((charts.legend_swatch(POOR, dashed=True), "인증 기준"))
    key = legend(fig.styles, entries)
    key.hAlign = "CENTER"
    return [drawing, key]


# --- comments ----------------------------------------------------------------------------------------------

def _remark_cell(remark: Remark, st: dict[str, ParagraphStyle], color: colors.Color) -> Paragraph:
    bullet = ParagraphStyle("remark", st["bullet"], bulletColor=color, bulletFontName=BOLD)
    names = ", ".join(f"{i.name_ko}({i.code})" for i in remark.indicators)
    if remark.more_indicators:
        names += f" 외 {remark.more_indicators}개 지표"
    return Paragraph(f"{text(remark.text)}<br/><font size='7' color='#5B6573'>{text(names)}</font>", bullet,
                     bulletText="•")


def _remarks(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> list[Flowable]:
    """Strengths and points to improve side by side, one remark a row under a header that every page repeats.

    One row per remark, not one row holding them all: a table splits only between rows, so a single tall row
    would leave the header alone at the foot of one page and every remark on the next.
    """
    st = fig.styles
    found = remarks_for(state, r.code)
    head = ParagraphStyle("remark_head", st["head"], textColor=colors.white, alignment=TA_LEFT, fontSize=8.5)
    half = CONTENT_WIDTH / 2
    strengths = [_remark_cell(x, st, GOOD) for x in found.strengths]
    improvements = [_remark_cell(x, st, POOR) for x in found.improvements]
    none = Paragraph("해당 의견이 없습니다.", st["note"])
    if not strengths:
        strengths = [none]
    if not improvements:
        improvements = [Paragraph("해당 의견이 없습니다.", st["note"])]
    if found.more_strengths or found.more_improvements:
        strengths.append(Paragraph(f"그 밖의 의견 {found.more_strengths}건", st["note"])
                         if found.more_strengths else Paragraph("", st["note"]))
        improvements.append(Paragraph(f"그 밖의 의견 {found.more_improvements}건", st["note"])
                            if found.more_improvements else Paragraph("", st["note"]))
    count = max(len(strengths), len(improvements))
    rows: list[list[Any]] = [[Paragraph("강점", head), Paragraph("개선 필요", head)]]
    for n in range(count):
        rows.append([strengths[n] if n < len(strengths) else "", improvements[n] if n < len(improvements) else ""])
    table = Table(
        rows, colWidths=[half, half], repeatRows=1,
        style=plain_style([
            ("BACKGROUND", (0, 0), (0, 0), GOOD), ("BACKGROUND", (1, 0), (1, 0), POOR),
            ("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("LINEBEFORE", (1, 0), (1, -1), 0.35, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4), ("TOPPADDING", (0, 1), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
            # No header alone at the foot of a page: it goes with at least the first two rows.
            ("NOSPLIT", (0, 0), (-1, min(2, count))),
        ]))
    note = Paragraph("평가위원회 위원들이 정성지표에 남긴 의견 가운데 상위 수준(강점)과 하위 수준(개선 필요)에 "
                     "붙은 의견을 간추렸습니다. 같은 의견은 한 번만 싣고, 위원은 밝히지 않습니다.", st["note"])
    return [table, Spacer(1, 1.5 * mm), note]


# --- pending corrections and indicators --------------------------------------------------------------------

def _pending(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> list[Flowable]:
    st = fig.styles
    fw = state.framework
    cell = st["cell"]
    rows: list[list[Any]] = [[para(h, st["head"]) for h in ("지표", "세부지표", "현재 적용값", "검증 값", "의견")]]
    for p in r.pending_corrections:
        ind = fw.indicator_by_code.get(p.indicator)
        name = ind.name_ko if ind else ""
        current = value_with_unit(ind, r.values_used.get(p.indicator)) if ind else ""
        proposed = value_with_unit(ind, p.value) if ind else p.value
        rows.append([para(p.indicator, cell), para(name, cell), para(current, cell), para(proposed, cell),
                     para(p.comment or "—", cell)])
    widths = [15 * mm, 50 * mm, 26 * mm, 26 * mm, CONTENT_WIDTH - 117 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, style=grid_table_style())
    note = Paragraph("평가위원이 검증한 값이 현재 적용값과 달라 위원장의 결정을 기다리는 항목입니다. "
                     "결정에 따라 점수가 바뀔 수 있습니다.", st["note"])
    return [note, Spacer(1, 1.5 * mm), table]


def _indicator_table(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> Table:
    st = fig.styles
    fw = state.framework
    invalid = {f.indicator for f in r.flags if f.kind == "invalid_value"}
    pending = {p.indicator for p in r.pending_corrections}
    small = {k: ParagraphStyle(f"{k}_small", st[k], fontSize=7.6, leading=9.4)
             for k in ("cell", "cell_c", "cell_bold", "num", "num_bold")}
    columns = [small["cell"], small["cell"], small["cell_c"], small["num"], small["num"], small["cell_c"]]
    widths = [15 * mm, CONTENT_WIDTH - 15 * mm - 12 * mm - 2 * 17 * mm - 38 * mm, 12 * mm, 17 * mm, 17 * mm,
              38 * mm]
    rows: list[list[Any]] = [[para(h, st["head"]) for h in ("지표", "세부지표", "구분", "득점", "배점", "적용값")]]
    extra: list[tuple[Any, ...]] = []
    for col, style in enumerate(columns):
        extra += like(style, (col, 1), (col, -1))
    for item in fw.items:
        n = len(rows)
        rows.append([fit(f"{item.code}  {item.name_ko}", small["cell_bold"], sum(widths[:3])), "", "",
                     fmt2(r.items[item.code]), fmt2(fw.item_max(item.code)), ""])
        extra += [("SPAN", (0, n), (2, n)), ("BACKGROUND", (0, n), (-1, n), BAND_FILL),
                  *like(small["cell_bold"], (0, n), (0, n)), *like(small["num_bold"], (3, n), (4, n))]
        for ind in fw.indicators_of(item.code):
            n = len(rows)
            if ind.kind == "quantitative":
                raw = r.values_used.get(ind.code)
                if raw is None or not raw.strip():
                    shown = "미제출"
                    extra.append(("TEXTCOLOR", (5, n), (5, n), POOR))
                else:
                    shown = value_with_unit(ind, raw) + (" (규칙 불일치)" if ind.code in invalid else "")
            else:
                shown = "위원 평가"
                extra.append(("TEXTCOLOR", (5, n), (5, n), MUTED))
            name: str | Paragraph
            if ind.code in pending:
                name = Paragraph(text(ind.name_ko) + "<font color='#B5532A'> *</font>", small["cell"])
            else:
                name = fit(ind.name_ko, small["cell"], widths[1])
            rows.append([fit(ind.code, small["cell"], widths[0]), name, KIND_KO[ind.kind],
                         fmt2(r.indicators[ind.code]), fmt2(ind.max_points), fit(shown, small["cell_c"], widths[5])])
    extra += [("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
    return Table(rows, colWidths=widths, repeatRows=1, style=grid_table_style(extra=extra))


# --- the whole sheet -----------------------------------------------------------------------------------------

def result_sheet_story(state: RoundOutcome, r: ApplicantResult, fig: RoundFigures) -> list[Flowable]:
    """The flowables of one result sheet: the summary and comments first, the details after."""
    st = fig.styles
    story = _top_block(state, r, fig)
    sections: list[tuple[str, list[Flowable], float]] = [
        ("분야·평가항목별 점수", _scores_table(state, r, fig), 60 * mm),
        ("강점 및 개선 필요 사항", _remarks(state, r, fig), 40 * mm),
        ("평가항목별 득점률", _radar(state, r, fig), 92 * mm),
    ]
    if r.pending_corrections:
        sections.append(("결정 대기 중인 값 정정", _pending(state, r, fig), 35 * mm))
    sections.append(("세부지표별 점수", [_indicator_table(state, r, fig)], 45 * mm))
    for number, (title, flowables, room) in enumerate(sections, start=1):
        story += [*heading(f"{number}. {title}", st, room=room), *flowables]
    if r.pending_corrections:
        story.append(Paragraph("* 결정 대기 중인 값 정정이 있는 지표", st["note"]))
    return story


def _sheet_frame(state: RoundOutcome, r: ApplicantResult, fingerprint: str) -> PageFrame:
    return PageFrame(band_right=f"{r.code} · {r.name_ko} · {program_name(state)}",
                     footer_left=f"결과 지문 {fingerprint}", footer_centre=f"{SHEET_TITLE} · {r.name_ko}",
                     sample=state.framework.sample)


def _result_of(state: RoundOutcome, code: str) -> ApplicantResult:
    for r in state.results:
        if r.code == code:
            return r
    raise KeyError(code)  # no applicant of this code in the round


def _render_sheet(state: RoundOutcome, r: ApplicantResult, fingerprint: str, fig: RoundFigures) -> bytes:
    return build_pdf(result_sheet_story(state, r, fig), _sheet_frame(state, r, fingerprint),
                     title=f"{SHEET_TITLE} — {r.name_ko} ({r.code})", subject=program_name(state))


def render_result_sheet(state: RoundOutcome, code: str, fingerprint: str,
                        figures: RoundFigures | None = None) -> bytes:
    """One applicant's result sheet as PDF bytes (for a preview); ``KeyError`` for an unknown code.

    ``figures`` (from :func:`round_figures`) can be passed when rendering many sheets of the same round.
    """
    return _render_sheet(state, _result_of(state, code), fingerprint, figures or round_figures(state))


# --- writing the files -----------------------------------------------------------------------------------------

_FILE_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _safe_name(code: str) -> str:
    """Applicant codes become file names: only what the contract allows in a code (1–32 ASCII letters, digits,
    ``-``, ``_``), checked for every applicant before anything is rendered."""
    if not _FILE_CODE.fullmatch(code):
        raise SmartcertError(msg("applicant code {code!r} cannot name a file (1–32 ASCII letters, digits, - or _); "
                                 "correct it in the applicants workbook. Nothing was written.", code=code))
    return code


def certificate_path(pdf_dir: Path, code: str) -> Path:
    """Where the certificate of applicant ``code`` goes in ``pdf_dir``."""
    return pdf_dir / f"{_safe_name(code)}-certificate.pdf"


def render_all_pdfs(pdf_dir: Path, state: RoundOutcome, results_fingerprint: str, *,
                    issue_date: date | None = None, progress: ProgressFn | None = None,
                    cancelled: CancelledFn | None = None,
                    meanwhile: Callable[[], None] | None = None) -> OutputBatch | None:
    """Render ``<code>.pdf`` per applicant, ``<code>-certificate.pdf`` per certified one and ``report.pdf``
    into a batch of files for ``pdf_dir``, nothing written yet; None when ``cancelled()`` said stop.

    A certificate left in the folder by an earlier run for an applicant that is not certified now is listed
    for removal: it would contradict this round. ``progress(done, total)`` is called before the first file
    and after each. ``issue_date`` (default: today) is the certificates' date of issue and the report's date.
    The documents are rendered on every core (:mod:`.parallel`); ``meanwhile`` is other work for this process
    while they are.
    """
    results = list(state.results)
    for r in results:
        _safe_name(r.code)  # all of them before anything is rendered
    issued = issue_date or date.today()
    batch = OutputBatch()
    for r in results:
        if not r.certified:
            batch.remove(certificate_path(pdf_dir, r.code))
    certified = [r for r in results if r.certified]
    paths = {Job("sheet", r.code): pdf_dir / f"{r.code}.pdf" for r in results}
    paths.update({Job("certificate", r.code): certificate_path(pdf_dir, r.code) for r in certified})
    paths[Job("report")] = pdf_dir / "report.pdf"
    rendered: dict[Job, bytes] = {}

    def done(job: Job, pdf: bytes) -> bool:
        rendered[job] = pdf
        if progress is not None:
            progress(len(rendered), len(paths))
        return not (cancelled is not None and cancelled())

    if cancelled is not None and cancelled():
        return None
    if progress is not None:
        progress(0, len(paths))
    # the report first: it is the longest, and a pool finishes soonest when the longest starts first
    jobs = [Job("report"), *(job for job in paths if job.kind != "report")]
    if not render_jobs(RoundDocuments(state, results_fingerprint, issued), jobs, done, meanwhile):
        return None
    for job, path in paths.items():
        batch.add(path, rendered[job])
    return batch


def write_all_pdfs(pdf_dir: Path, state: RoundOutcome, results_fingerprint: str, *, issue_date: date | None = None,
                   progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> list[Path]:
    """Write every PDF of the round into ``pdf_dir`` (see :func:`render_all_pdfs`) as one batch: all of them
    are rendered and written in full before any is renamed into place, so a failure, a full disk or a cancel
    leaves the folder as it was. Returns the files written (none when cancelled)."""
    batch = render_all_pdfs(pdf_dir, state, results_fingerprint, issue_date=issue_date, progress=progress,
                            cancelled=cancelled)
    if batch is None:
        return []
    return batch.commit()
