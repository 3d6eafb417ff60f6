"""The round report (평가 결과 보고서) for the operating agency and the committee.

Applicants and certifications per city type, the grade distribution (table and chart), the ranking per city
type, the committee's agreement (Krippendorff's alpha, when the agreement service is available) and the
flags raised by the merge. It is an internal document: unlike a result sheet it may name evaluators, since
the deviation flags are about them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..domain.engine import ApplicantResult, Flag
from ..domain.numbers import canonical_decimal, fmt2, round_half_up
from . import charts
from .certificate import korean_date
from .figures import (
    CITY_TYPE_KO,
    CITY_TYPES,
    FLAG_KO,
    INCOMPLETE_KO,
    alpha_reading,
    alpha_text,
    certified_grades,
    certified_text,
    counts,
    disagreement_flags,
    flags_by_kind,
    grade_distribution,
    grade_numbers,
    grade_text,
    pct,
    program_name,
    ranking,
)
from .layout import (
    BAND_FILL,
    CONTENT_WIDTH,
    HEAD_FILL,
    NAVY,
    PageFrame,
    build_pdf,
    grid_table_style,
    heading,
    para,
    plain_style,
    sample_notice,
    styles,
)

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

    from ..domain.outcome import RoundOutcome

REPORT_TITLE = "스마트도시 인증 평가 결과 보고서"
SAMPLE_REPORT = ("이 보고서는 예시(SAMPLE) 평가체계로 산출되었습니다. "
                 "예시 지표는 공식 평가체계가 아니며, 이 결과는 실제 인증에 쓸 수 없습니다.")

Styles = dict[str, "ParagraphStyle"]


def _cells(values: list[str], style: ParagraphStyle) -> list[Paragraph]:
    return [para(v, style) for v in values]


def _info(state: RoundOutcome, fingerprint: str, issued: date, st: Styles) -> Table:
    fw = state.framework
    lab, val = st["label"], st["value"]
    rows = [
        [para("인증 프로그램", lab), para(program_name(state), val)],
        [para("평가체계", lab), para(f"{fw.display_name()} · {fw.id} {fw.version}", val)],
        [para("평가체계 해시", lab), para(fw.hash, st["cell"])],
        [para("결과 지문", lab), para(fingerprint, val)],
        [para("작성일", lab), para(korean_date(issued), val)],
    ]
    return Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], style=grid_table_style(
        header_rows=0, extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]))


def _overview(state: RoundOutcome, st: Styles) -> Table:
    rows: list[list[Any]] = [_cells(["도시 유형", "신청", "평가 완료", "평가 미완료", "인증", "인증 비율"], st["head"])]
    totals = [0, 0, 0, 0]
    for ct in CITY_TYPES:
        c = counts(state.results, ct)
        figures = [c.applicants, c.graded, c.incomplete, c.certified]
        rows.append([para(CITY_TYPE_KO[ct], st["cell"]),
                     *_cells([str(v) for v in figures] + [f"{c.certified} / {c.applicants}"], st["num"])])
        totals = [t + v for t, v in zip(totals, figures, strict=True)]
    rows.append([para("합계", st["cell_bold"]),
                 *_cells([str(v) for v in totals] + [f"{totals[3]} / {totals[0]}"], st["num_bold"])])
    n = len(rows) - 1
    return Table(rows, colWidths=[CONTENT_WIDTH - 5 * 24 * mm] + [24 * mm] * 5, style=grid_table_style(
        extra=[("BACKGROUND", (0, n), (-1, n), BAND_FILL), ("LINEABOVE", (0, n), (-1, n), 0.8, NAVY)]))


def _grades(state: RoundOutcome, st: Styles) -> Table:
    fw = state.framework
    dists = {ct: grade_distribution(state.results, fw, ct) for ct in CITY_TYPES}
    certifying = set(certified_grades(fw))
    rows: list[list[Any]] = [_cells(["등급", "대도시", "중소도시", "합계"], st["head"])]
    keys: list[int | Literal["incomplete"]] = [*grade_numbers(fw), "incomplete"]
    for key in keys:
        label = INCOMPLETE_KO if key == "incomplete" else f"{key}등급" + (" (인증)" if key in certifying else "")
        large, small = dists["large"][key], dists["small"][key]
        rows.append([para(label, st["cell"]), *_cells([str(large), str(small), str(large + small)], st["num"])])
    table = Table(rows, colWidths=[28 * mm, 17 * mm, 17 * mm, 15 * mm], style=grid_table_style())
    names = [f"{g}등급" for g in grade_numbers(fw)] + ["미완료"]
    series = [[dists[ct][k] for k in keys] for ct in CITY_TYPES]
    chart = charts.grade_chart(names, series, [CITY_TYPE_KO[ct] for ct in CITY_TYPES],
                               width=CONTENT_WIDTH - 82 * mm, height=58 * mm)
    return Table([[table, chart]], colWidths=[82 * mm, CONTENT_WIDTH - 82 * mm], style=plain_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))


def _ranking(state: RoundOutcome, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    fixed = [12 * mm, 14 * mm, 19 * mm, 19 * mm, 19 * mm, 18 * mm, 18 * mm]
    widths = [*fixed[:2], CONTENT_WIDTH - sum(fixed), *fixed[2:]]
    for ct in CITY_TYPES:
        rows: list[list[Any]] = [_cells(["순위", "코드", "지방자치단체", "총점", "만점", "득점률", "등급", "인증"],
                                        st["head"])]
        for row in ranking(state.results, ct):
            r = row.result
            strong = st["cell_c_bold"] if r.certified else st["cell_c"]
            rows.append([para(str(row.rank) if row.rank is not None else "—", st["cell_c"]),
                         para(r.code, st["cell_c"]), para(f"{r.name_ko} ({r.name_en})", st["cell"]),
                         *_cells([fmt2(r.total), fmt2(r.max_total), pct(r.total, r.max_total)], st["num"]),
                         para(grade_text(r), strong), para(certified_text(r), strong)])
        if len(rows) == 1:
            rows.append(["", "", para("신청 지자체 없음", st["note"]), "", "", "", "", ""])
        table = Table(rows, colWidths=widths, repeatRows=1, style=grid_table_style())
        out += [KeepTogether([Paragraph(CITY_TYPE_KO[ct], st["label"]), Spacer(1, 1.5 * mm), table]),
                Spacer(1, 4 * mm)]
    out.append(Paragraph("총점이 같으면 같은 순위입니다. 평가 미완료 지자체는 순위를 매기지 않습니다.", st["note"]))
    return out


_READING_KO = {"reliable": "신뢰", "tentative": "잠정", "unreliable": "낮음", "undefined": "산출 불가"}


def _agreement(state: RoundOutcome, st: Styles) -> list[Flowable]:
    found = state.agreement
    fw = state.framework

    def row(code: str, name: str, value: float | None, bold: bool = False) -> list[Paragraph]:
        num = st["num_bold"] if bold else st["num"]
        return [para(code, st["cell"]), para(name, st["cell_bold"] if bold else st["cell"]),
                para(alpha_text(value), num), para(_READING_KO[alpha_reading(value)], st["cell_c"])]

    rows: list[list[Any]] = [_cells(["지표", "세부지표", "α", "해석"], st["head"])]
    rows.append(row("전체", "정성지표 전체 (모든 신청 지자체, 반영된 평가위원)", found.overall.value, bold=True))
    for ind in fw.qualitative:
        per = found.per_indicator.get(ind.code)
        rows.append(row(ind.code, ind.name_ko, per.value if per is not None else None))
    table = Table(rows, colWidths=[18 * mm, CONTENT_WIDTH - 18 * mm - 44 * mm, 22 * mm, 22 * mm], repeatRows=1,
                  style=grid_table_style(extra=[("BACKGROUND", (0, 1), (-1, 1), BAND_FILL)]))
    note = Paragraph("Krippendorff의 α (서열 척도): 1은 완전한 일치, 0은 우연 수준의 일치입니다. "
                     "0.800 이상은 신뢰, 0.667 이상은 잠정적으로 받아들일 수 있는 수준이며, 그 아래이면 평가 기준의 "
                     "해석을 점검할 필요가 있습니다. “—”는 값의 변동이 없거나 두 명 이상이 평가한 단위가 없어 "
                     "계산할 수 없는 경우입니다.", st["note"])
    return [table, Spacer(1, 1.5 * mm), note]


def _flags(state: RoundOutcome, st: Styles) -> list[Flowable]:
    fw = state.framework
    by_kind = flags_by_kind(state.results)
    rows: list[list[Any]] = [_cells(["구분", "설명", "건수"], st["head"])]
    for kind, n in by_kind.items():
        rows.append([para(kind, st["cell"]), para(FLAG_KO.get(kind, kind), st["cell"]), para(str(n), st["num"])])
    if not by_kind:
        rows.append(["", para("플래그 없음", st["note"]), para("0", st["num"])])
    out: list[Flowable] = [Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm - 20 * mm, 20 * mm],
                                 style=grid_table_style()), Spacer(1, 4 * mm)]
    listed = disagreement_flags(state.results)
    if not listed:
        out.append(Paragraph("지표별 평가 편차(spread)와 평가위원 총점 편차(deviation) 플래그가 없습니다.",
                             st["note"]))
        return out
    rows = [_cells(["지자체", "구분", "지표", "평가위원", "내용"], st["head"])]
    for r, f in listed:
        ind = fw.indicator_by_code.get(f.indicator) if f.indicator else None
        where = f"{f.indicator} {ind.name_ko}" if ind else (f.indicator or "—")
        kind = FLAG_KO.get(f.kind, f.kind)  # the contract's code in the report's words
        rows.append([para(f"{r.code} {r.name_ko}", st["cell"]), para(kind, st["cell_c"]), para(where, st["cell"]),
                     para(f.evaluator or "—", st["cell_c"]), para(flag_text_ko(r, f), st["cell"])])
    table = Table(rows, colWidths=[34 * mm, 18 * mm, 46 * mm, 16 * mm, CONTENT_WIDTH - 114 * mm], repeatRows=1,
                  style=grid_table_style())
    out += [Paragraph(f"지표별 평가 편차·평가위원 총점 편차 목록 ({len(listed)}건)", st["label"]),
            Spacer(1, 1.5 * mm), table]
    return out


def flag_text_ko(result: ApplicantResult, flag: Flag) -> str:
    """The flag in Korean, from the counted evaluators' points (the JSON's ``detail`` is English)."""
    points = result.evaluator_points
    if flag.kind == "spread" and flag.indicator:
        values = [p[flag.indicator] for p in points.values() if flag.indicator in p]
        if values:
            return (f"평가위원 간 점수 차 {canonical_decimal(max(values) - min(values))}점 "
                    f"(최고 {canonical_decimal(max(values))}점, 최저 {canonical_decimal(min(values))}점)")
    if flag.kind == "deviation" and flag.evaluator in points:
        totals = {e: sum(p.values(), Decimal(0)) for e, p in points.items()}
        mean = sum(totals.values(), Decimal(0)) / len(totals)
        own = totals[flag.evaluator]
        pct = round_half_up((own - mean) / mean * 100) if mean else Decimal(0)
        return (f"정성 합계 {canonical_decimal(own)}점: 위원 평균 {fmt2(round_half_up(mean))}점 대비 "
                f"{pct:+}%")
    return flag.detail


def _decisions(state: RoundOutcome, st: Styles) -> list[Flowable]:
    """What the chair decided on corrected values (accepted or dismissed, with the reason)."""
    if not state.decisions:
        return [Paragraph("위원회가 결정한 보정값(채택·기각)이 없습니다.", st["note"])]
    names = {r.code: r.name_ko for r in state.results}
    rows: list[list[Any]] = [_cells(["지자체", "지표", "결정", "값", "사유"], st["head"])]
    for d in state.decisions:
        ind = state.framework.indicator_by_code.get(d.indicator_code)
        action = "채택" if d.action == "accepted" else "기각"
        who = f" ({d.evaluator_id})" if d.evaluator_id else ""
        rows.append([para(f"{d.applicant_code} {names.get(d.applicant_code, '')}", st["cell"]),
                     para(f"{d.indicator_code} {ind.name_ko if ind else ''}", st["cell"]),
                     para(action, st["cell_c"]), para(f"{d.value}{who}", st["cell"]), para(d.reason, st["cell"])])
    return [Table(rows, colWidths=[34 * mm, 46 * mm, 14 * mm, 26 * mm, CONTENT_WIDTH - 120 * mm], repeatRows=1,
                  style=grid_table_style())]


def round_report_story(state: RoundOutcome, fingerprint: str, issued: date, st: Styles) -> list[Flowable]:
    """The flowables of the round report: overview, grades, ranking, agreement, flags."""
    story: list[Flowable] = [Paragraph(REPORT_TITLE, st["title"]),
                             Paragraph("Smart City Certification — Round Report", st["subtitle"]),
                             Spacer(1, 4 * mm)]
    if state.framework.sample:
        story += [sample_notice(st, SAMPLE_REPORT), Spacer(1, 3 * mm)]
    story.append(_info(state, fingerprint, issued, st))
    sections: list[tuple[str, list[Flowable], float]] = [
        ("신청 및 인증 현황", [_overview(state, st)], 35 * mm),
        ("등급 분포", [_grades(state, st)], 70 * mm),
        ("도시 유형별 순위", _ranking(state, st), 50 * mm),
        ("평가위원 간 일치도 (Krippendorff's α)", _agreement(state, st), 50 * mm),
        ("플래그", _flags(state, st), 40 * mm),
        ("위원회 결정 사항 (보정값)", _decisions(state, st), 30 * mm),
    ]
    for number, (title, flowables, room) in enumerate(sections, start=1):
        story += [*heading(f"{number}. {title}", st, room=room), *flowables]
    return story


def render_round_report(state: RoundOutcome, fingerprint: str, *, issue_date: date | None = None) -> bytes:
    """The round report as PDF bytes; ``issue_date`` (default: today) is printed as its date."""
    issued = issue_date or date.today()
    st = styles()
    frame = PageFrame(band_right=program_name(state), footer_left=f"결과 지문 {fingerprint}",
                      footer_centre=REPORT_TITLE, sample=state.framework.sample)
    return build_pdf(round_report_story(state, fingerprint, issued, st), frame,
                     title=f"{REPORT_TITLE} — {program_name(state)}", subject=program_name(state))
