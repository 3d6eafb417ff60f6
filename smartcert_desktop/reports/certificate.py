"""The certificate (인증서) of a certified applicant: one portrait A4 page with a double border.

It names the applicant, its city type and grade, the program, the date of issue and the validity (two years,
the last day being the day before the second anniversary), and leaves room for the minister's seal (직인).
The date is a parameter so that the same round can be reprinted with the date it was first issued; the
results JSON carries no date, the certificate does.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table

from ..domain.engine import ApplicantResult
from ..domain.outcome import RoundOutcome
from ..messages import msg
from .figures import CITY_TYPE_KO, program_name
from .fonts import BOLD, REGULAR, register_fonts
from .layout import ACCENT, GRID, MUTED, NAVY, NAVY_DARK, SAMPLE_RED, TEXT, plain_style, text

VALID_YEARS = 2
MINISTER = "국토교통부장관"
AGENCY = "국토연구원"


def valid_until(issued: date, years: int = VALID_YEARS) -> date:
    """The last day of validity: the day before the ``years``-th anniversary (29 February → 28 February)."""
    try:
        anniversary = issued.replace(year=issued.year + years)
    except ValueError:  # 29 February and no leap year then: the anniversary is 1 March
        anniversary = date(issued.year + years, 3, 1)
    return anniversary - timedelta(days=1)


def korean_date(d: date) -> str:
    """The date as Korean documents write it: "2025년 3월 14일"."""
    return f"{d.year}년 {d.month}월 {d.day}일"


def _spaced(canvas: Canvas, x: float, y: float, value: str, font: str, size: float, space: float) -> None:
    """Centred text with extra letter spacing, as titles on Korean certificates are set."""
    width = canvas.stringWidth(value, font, size) + space * (len(value) - 1)
    # The spacing is part of the graphics state: saved and restored so that later text is set normally.
    canvas.saveState()
    t = canvas.beginText(x - width / 2, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(value)
    canvas.drawText(t)
    canvas.restoreState()


def _border(canvas: Canvas, width: float, height: float) -> None:
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.9)
    canvas.rect(13.5 * mm, 13.5 * mm, width - 27 * mm, height - 27 * mm)
    # small gold corner brackets inside the inner border
    canvas.setLineWidth(1.6)
    d = 9 * mm
    for cx, cy, sx, sy in ((17 * mm, 17 * mm, 1, 1), (width - 17 * mm, 17 * mm, -1, 1),
                           (17 * mm, height - 17 * mm, 1, -1), (width - 17 * mm, height - 17 * mm, -1, -1)):
        canvas.line(cx, cy, cx + sx * d, cy)
        canvas.line(cx, cy, cx, cy + sy * d)


def _medal(canvas: Canvas, x: float, y: float, grade: int | None) -> None:
    canvas.setFillColor(ACCENT)
    canvas.circle(x, y, 19 * mm, stroke=0, fill=1)
    canvas.setFillColor(NAVY)
    canvas.circle(x, y, 17.2 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.5)
    canvas.circle(x, y, 15.8 * mm, stroke=1, fill=0)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 21)
    canvas.drawCentredString(x, y - 1 * mm, f"{grade}등급")
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(x, y - 8 * mm, f"GRADE {grade}")
    canvas.drawCentredString(x, y + 7 * mm, "SMART CITY")


def render_certificate(state: RoundOutcome, code: str, fingerprint: str, *, issue_date: date | None = None) -> bytes:
    """The certificate of a certified applicant as PDF bytes; ``ValueError`` when it is not certified."""
    register_fonts()
    r: ApplicantResult | None = next((x for x in state.results if x.code == code), None)
    if r is None:
        raise KeyError(code)  # no applicant of this code in the round
    if not r.certified or r.grade is None:
        raise ValueError(msg("{code} is not certified: no certificate", code=code))
    issued = issue_date or date.today()
    until = valid_until(issued)
    fw = state.framework
    program = program_name(state)
    width, height = A4

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, lang="ko-KR", initialFontName=REGULAR)
    c.setTitle(f"스마트도시 인증서 — {r.name_ko} ({r.code})")
    c.setAuthor(f"{MINISTER} · {AGENCY}")
    c.setSubject(program)
    c.setCreator("smartcert")

    _border(c, width, height)
    if fw.sample:
        # Diagonal and faint: the document stays readable, but cannot be taken for a real certificate.
        c.saveState()
        c.setFillColor(colors.Color(0.70, 0.15, 0.12, alpha=0.09))
        c.translate(width / 2, height / 2)
        c.rotate(35)
        c.setFont(BOLD, 88)
        c.drawCentredString(0, -30, "SAMPLE 견본")
        c.restoreState()
        c.setFillColor(SAMPLE_RED)
        c.setFont(BOLD, 8.5)
        c.drawCentredString(width / 2, height - 24 * mm,
                            "예시(SAMPLE) 평가체계로 산출된 견본 인증서입니다 — 효력이 없습니다")

    c.setFillColor(NAVY_DARK)
    _spaced(c, width / 2, height - 52 * mm, "스마트도시 인증서", BOLD, 32, 6)
    c.setFillColor(MUTED)
    _spaced(c, width / 2, height - 62 * mm, "SMART CITY CERTIFICATE", REGULAR, 10, 3.5)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(width / 2 - 30 * mm, height - 67 * mm, width / 2 + 30 * mm, height - 67 * mm)

    _medal(c, width / 2, height - 93 * mm, r.grade)

    label = ParagraphStyle("label", fontName=BOLD, fontSize=11, leading=15, textColor=NAVY_DARK)
    value = ParagraphStyle("value", fontName=REGULAR, fontSize=11.5, leading=15.5, textColor=TEXT)
    rows = [
        ("지방자치단체", f"{r.name_ko}\n{r.name_en}"),
        ("도시 유형", CITY_TYPE_KO[r.city_type]),
        ("인증 등급", f"{r.grade}등급"),
        ("인증 프로그램", program),
        ("발급일", korean_date(issued)),
        ("유효기간", f"{korean_date(issued)} ~ {korean_date(until)} ({VALID_YEARS}년)"),
    ]
    table = Table([[Paragraph(text(a), label), Paragraph(text(b), value)] for a, b in rows],
                  colWidths=[36 * mm, 104 * mm], style=plain_style([
                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                      ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                      ("LINEABOVE", (0, 0), (-1, 0), 0.9, NAVY),
                      ("LINEBELOW", (0, -1), (-1, -1), 0.9, NAVY),
                      ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5.5),
                      ("LEFTPADDING", (0, 0), (0, -1), 4),
                  ]))
    _tw, th = table.wrapOn(c, 140 * mm, 120 * mm)
    table_top = height - 122 * mm
    table.drawOn(c, (width - 140 * mm) / 2, table_top - th)

    statement = ParagraphStyle("statement", fontName=REGULAR, fontSize=12, leading=20, alignment=TA_CENTER,
                               textColor=TEXT)
    body = Paragraph(
        "위 지방자치단체는 「스마트도시 조성 및 산업진흥 등에 관한 법률」 제32조에 따른 "
        f"스마트도시 인증 평가 결과 <b>{r.grade}등급</b>으로 평가되어 스마트도시로 인증되었음을 증명합니다.",
        statement)
    _bw, bh = body.wrapOn(c, 146 * mm, 60 * mm)
    body_top = table_top - th - 12 * mm
    body.drawOn(c, (width - 146 * mm) / 2, body_top - bh)

    c.setFillColor(TEXT)
    c.setFont(REGULAR, 13)
    c.drawCentredString(width / 2, body_top - bh - 18 * mm, korean_date(issued))

    # The minister's line with room for the seal over its end, as Korean official documents place it.
    y = 48 * mm
    c.setFillColor(NAVY_DARK)
    _spaced(c, width / 2 - 6 * mm, y, MINISTER, BOLD, 22, 4)
    seal_x = width / 2 + 38 * mm
    c.setStrokeColor(colors.HexColor("#C9CED6"))
    c.setDash(2, 2)
    c.setLineWidth(0.7)
    c.rect(seal_x - 12 * mm, y - 9 * mm, 24 * mm, 24 * mm)
    c.setDash()
    c.setFillColor(colors.HexColor("#AEB5BF"))
    c.setFont(REGULAR, 8)
    c.drawCentredString(seal_x, y + 1.5 * mm, "(직인)")
    c.setFillColor(TEXT)
    c.setFont(REGULAR, 10.5)
    c.drawCentredString(width / 2, y - 14 * mm, f"운영기관   {AGENCY}")

    c.setFillColor(MUTED)
    c.setFont(REGULAR, 6.8)
    c.drawCentredString(width / 2, 18 * mm,
                        f"결과 지문 {fingerprint} · {r.code} · 평가체계 {fw.id} {fw.version} ({fw.short_hash})")
    c.showPage()
    c.save()
    return buffer.getvalue()
