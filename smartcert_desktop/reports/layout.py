"""The look shared by every PDF: colours, paragraph styles, table styles, the header band and the footer.

Each document is built with :func:`build_pdf`, which puts a coloured header band on every page and a footer
with the results' fingerprint and the page ("1 / 4 쪽"). The total page count is only known at the end, so pages are
kept by :class:`_NumberedCanvas` and footers drawn when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from .fonts import BOLD, REGULAR, register_fonts

# --- colours: a restrained palette, navy for structure and a warm accent used sparingly -----------------
NAVY = colors.HexColor("#1F3A5F")
NAVY_DARK = colors.HexColor("#142842")
ACCENT = colors.HexColor("#C8A24A")        # the gold of the certificate border and the header rule
BLUE = colors.HexColor("#2F6DB5")          # the applicant's bars and radar line
AVERAGE = colors.HexColor("#A7B4C4")       # the city-type average, always drawn in grey-blue
GRID = colors.HexColor("#C5CDD8")
HEAD_FILL = colors.HexColor("#E6ECF3")
BAND_FILL = colors.HexColor("#F4F6F9")     # group rows and label cells
TEXT = colors.HexColor("#1C1C1C")
MUTED = colors.HexColor("#5B6573")
GOOD = colors.HexColor("#2E7D4F")
POOR = colors.HexColor("#B5532A")
SAMPLE_RED = colors.HexColor("#B3261E")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
BAND_HEIGHT = 17 * mm
TOP_MARGIN = BAND_HEIGHT + 10 * mm
BOTTOM_MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles; built after the fonts are registered (the names must be known to reportlab)."""
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=12.5, textColor=TEXT)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=17, leading=22, textColor=NAVY_DARK),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=13, textColor=MUTED),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=11.5, leading=15, textColor=NAVY,
                             spaceBefore=9, spaceAfter=5),
        "note": ParagraphStyle("note", base, fontSize=7.5, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10.2),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8, leading=10.2),
        "cell_c": ParagraphStyle("cell_c", base, fontSize=8, leading=10.2, alignment=TA_CENTER),
        "cell_c_bold": ParagraphStyle("cell_c_bold", base, fontName=BOLD, fontSize=8, leading=10.2,
                                      alignment=TA_CENTER),
        "cell_r": ParagraphStyle("cell_r", base, fontSize=8, leading=10.2, alignment=TA_RIGHT),
        "num": ParagraphStyle("num", base, fontSize=8, leading=10.2, alignment=TA_RIGHT),
        "num_bold": ParagraphStyle("num_bold", base, fontName=BOLD, fontSize=8, leading=10.2, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8, leading=10.2, alignment=TA_CENTER,
                               textColor=NAVY_DARK),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=NAVY_DARK),
        "value": ParagraphStyle("value", base, fontSize=9, leading=12),
        "value_big": ParagraphStyle("value_big", base, fontName=BOLD, fontSize=12, leading=15,
                                    textColor=NAVY_DARK),
        "bullet": ParagraphStyle("bullet", base, fontSize=8.5, leading=12, leftIndent=9, bulletIndent=0,
                                 spaceAfter=2.5),
        "sample": ParagraphStyle("sample", base, fontName=BOLD, fontSize=8.5, leading=11.5,
                                 textColor=SAMPLE_RED, alignment=TA_LEFT),
    }


def text(value: str) -> str:
    """Escape text for a Paragraph (names may hold '&' or '<'), keeping line breaks."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A table cell or line of text. Cells hold Paragraphs, never bare strings, so that long Korean names
    wrap instead of running into the next column, and every cell of a row sits on the same baseline."""
    return Paragraph(text(value), style)


def heading(title: str, st: dict[str, ParagraphStyle], *, room: float = 45 * mm) -> list[Flowable]:
    """A section heading that moves to the next page when less than ``room`` is left below it.

    A plain keep-with-next would drag a long table whole onto the next page and leave half a page empty.
    """
    return [CondPageBreak(room), Paragraph(text(title), st["h1"])]


def grid_table_style(*, header_rows: int = 1, numeric_from: int | None = None,
                     extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """A table with a light grid, a tinted header row and vertically centred cells."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        # the cell Paragraphs' leading: a plain string cell then sits on the same baseline as a Paragraph
        ("LEADING", (0, 0), (-1, -1), 10.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, GRID),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.35, GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, NAVY),
        ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    commands.extend(extra)
    return TableStyle(commands)


CELL_PADDING = 4  # the grid's left and right cell padding, in points

_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


def fit(value: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line of ``width``, else a wrapping Paragraph.

    Plain strings cost a fraction of a Paragraph to lay out, which matters for a batch of result sheets
    with hundreds of cells each; the table's commands for the cell (see :func:`like`) must then give it
    the Paragraph style's font, size, leading, colour and alignment, so that both look the same.
    """
    if "\n" not in value and stringWidth(value, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING - 0.5:
        return value
    return para(value, style)


def like(style: ParagraphStyle, first: tuple[int, int], last: tuple[int, int]) -> list[tuple[Any, ...]]:
    """Table commands that set plain-string cells in ``first``..``last`` as ``style`` sets a Paragraph."""
    return [
        ("FONTNAME", first, last, style.fontName),
        ("FONTSIZE", first, last, style.fontSize),
        ("LEADING", first, last, style.leading),
        ("TEXTCOLOR", first, last, style.textColor),
        ("ALIGN", first, last, _ALIGN.get(style.alignment, "LEFT")),
    ]


def plain_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle for layout tables; their cells default to the embedded font, as reportlab's default
    (Helvetica) would be referenced by the PDF without being embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def sample_notice(st: dict[str, ParagraphStyle], message: str) -> Table:
    """A red box saying the framework is a sample, under a document's title."""
    return Table([[Paragraph(text(message), st["sample"])]], colWidths=[CONTENT_WIDTH], style=plain_style([
        ("BOX", (0, 0), (-1, -1), 0.8, SAMPLE_RED),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCEDEC")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))


@dataclass(frozen=True)
class PageFrame:
    """What is printed around the content of every page."""

    band_right: str            # in the header band, right (applicant or program)
    footer_left: str           # e.g. the results' fingerprint
    footer_centre: str         # the document's title
    sample: bool               # a sample framework: say so on every page
    band_title: str = "스마트도시 인증  ·  국토교통부 · 국토연구원"


def _draw_band(canvas: Canvas, frame: PageFrame) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT
    canvas.setFillColor(NAVY)
    canvas.rect(0, top - BAND_HEIGHT, PAGE_WIDTH, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, top - BAND_HEIGHT - 1.2 * mm, PAGE_WIDTH, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 12.5)
    canvas.drawString(MARGIN_X, top - BAND_HEIGHT + 6.4 * mm, frame.band_title)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - BAND_HEIGHT + 6.6 * mm, frame.band_right)
    if frame.sample:
        # A small red tag inside the band: a page torn from the document still says it is a sample.
        label = "예시(SAMPLE) 평가체계"
        canvas.setFont(BOLD, 7)
        width = canvas.stringWidth(label, BOLD, 7) + 4 * mm
        x = PAGE_WIDTH - MARGIN_X - width
        y = top - BAND_HEIGHT + 11.2 * mm
        canvas.setFillColor(SAMPLE_RED)
        canvas.roundRect(x, y, width, 4.3 * mm, 1 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.drawCentredString(x + width / 2, y + 1.25 * mm, label)
    canvas.restoreState()


def page_label(number: int, total: int) -> str:
    """The footer's page number, as Korean documents write it: "1 / 4 쪽"."""
    return f"{number} / {total} 쪽"


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Keeps every page until the end so that the footer can say "x / y 쪽"."""

    def __init__(self, *args: Any, page_frame: PageFrame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_frame = page_frame
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        frame = self._page_frame
        y = 10 * mm
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4.2 * mm, PAGE_WIDTH - MARGIN_X, y + 4.2 * mm)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, y, frame.footer_left)
        self.drawCentredString(PAGE_WIDTH / 2, y, frame.footer_centre)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, page_label(number, total))
        self.restoreState()


def build_pdf(story: list[Flowable], frame: PageFrame, *, title: str, subject: str = "",
              on_page: Callable[[Canvas], None] | None = None) -> bytes:
    """Lay out ``story`` on A4 pages with the header band and footer; returns the PDF's bytes.

    ``invariant`` keeps the PDF free of creation time and random ids, so that the same round gives the
    same bytes (dates printed on a certificate are part of its content and come from the caller).
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=title, subject=subject, author="국토연구원 (KRIHS)",
        creator="smartcert", invariant=True, lang="ko-KR",
        # Without it reportlab starts each page in Helvetica, a font that is referenced but not embedded.
        initialFontName=REGULAR,
    )
    body = Frame(MARGIN_X, BOTTOM_MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")

    def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_band(canvas, frame)
        if on_page is not None:
            on_page(canvas)

    doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=decorate)])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, page_frame=frame))
    return buffer.getvalue()
