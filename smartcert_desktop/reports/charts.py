"""Charts drawn with reportlab.graphics: share bars for table rows, the items' radar, the grade distribution.

The bars and the radar are drawn from plain shapes rather than reportlab's chart widgets: a row bar must line
up with its table row, and the radar needs rings, a threshold ring and labels placed by hand so that long
Korean item names are never cut.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import BOLD, REGULAR, register_fonts
from .layout import AVERAGE, BLUE, GRID, MUTED, NAVY, TEXT


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the embedded one: reportlab would otherwise start every drawing in
    Helvetica, a font referenced by the PDF but not embedded in it."""
    register_fonts()
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    return d


def _x(share: Decimal, width: float) -> float:
    """Position of a share (0-100 %) along a bar of ``width``, clamped to the bar."""
    return max(0.0, min(float(share), 100.0)) / 100.0 * width


def share_bar(share: Decimal, average: Decimal, *, width: float, height: float = 7.4 * mm,
              threshold: Decimal | None = None) -> Drawing:
    """Two thin bars in a table cell: the applicant's share (blue) over the city-type average (grey).

    A dashed line marks ``threshold`` (the lowest certified share) so a reader sees at once which parts
    are above it.
    """
    d = _drawing(width, height)
    d.add(Rect(0, 0.7 * mm, width, height - 1.4 * mm, fillColor=colors.HexColor("#F7F9FB"), strokeColor=None))
    top = height / 2 + 0.3 * mm
    d.add(Rect(0, top, _x(share, width), 2.5 * mm, fillColor=BLUE, strokeColor=None))
    d.add(Rect(0, top - 2.1 * mm, _x(average, width), 1.6 * mm, fillColor=AVERAGE, strokeColor=None))
    if threshold is not None:
        x = _x(threshold, width)
        d.add(Line(x, 0.5 * mm, x, height - 0.5 * mm, strokeColor=colors.HexColor("#B5532A"),
                   strokeWidth=0.5, strokeDashArray=[1.2, 1.2]))
    return d


def bar_scale(width: float, threshold: Decimal | None = None) -> Drawing:
    """The scale printed in the bar column's header: 0, 50 and 100 %, and the threshold."""
    register_fonts()
    d = _drawing(width, 3.2 * mm)
    for value, anchor in ((0, "start"), (50, "middle"), (100, "end")):
        d.add(String(_x(Decimal(value), width), 0.6 * mm, f"{value}%", fontName=REGULAR, fontSize=6,
                     fillColor=MUTED, textAnchor=anchor))
    if threshold is not None and Decimal(10) < threshold < Decimal(90) and abs(threshold - 50) > 8:
        d.add(String(_x(threshold, width), 0.6 * mm, f"{threshold.normalize():f}%", fontName=BOLD,
                     fontSize=6, fillColor=colors.HexColor("#B5532A"), textAnchor="middle"))
    return d


def legend_swatch(color: colors.Color, *, dashed: bool = False) -> Drawing:
    """The small coloured mark in front of a legend label (a dashed line for the threshold)."""
    d = _drawing(4.2 * mm, 2.6 * mm)
    if dashed:
        d.add(Line(2.1 * mm, 0, 2.1 * mm, 2.6 * mm, strokeColor=color, strokeWidth=0.8, strokeDashArray=[1.2, 1.2]))
    else:
        d.add(Rect(0, 0.3 * mm, 4.2 * mm, 2 * mm, fillColor=color, strokeColor=None))
    return d


def radar(labels: Sequence[tuple[str, str]], applicant: Sequence[Decimal], average: Sequence[Decimal], *,
          size: float, threshold: Decimal | None = None) -> Drawing:
    """A radar of shares (0-100 %) with one spoke per item: the applicant over the city-type average.

    ``labels`` are (code, name) pairs; each label is placed outside its spoke and wrapped on two lines
    when long, anchored away from the centre so it never runs into the plot.
    """
    register_fonts()
    n = len(labels)
    width = size * 1.55  # room left and right for the labels
    d = _drawing(width, size)
    cx, cy = width / 2, size / 2
    radius = size / 2 - 11 * mm
    if n < 3:
        d.add(String(cx, cy, "항목이 3개 미만이어서 방사형 그래프를 그리지 않습니다", fontName=REGULAR,
                     fontSize=8, fillColor=MUTED, textAnchor="middle"))
        return d

    def point(i: int, r: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n  # first spoke at the top, clockwise
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def ring(fraction: float) -> list[float]:
        pts: list[float] = []
        for i in range(n):
            pts.extend(point(i, radius * fraction))
        return pts

    for step in (0.2, 0.4, 0.6, 0.8, 1.0):
        d.add(Polygon(ring(step), fillColor=None, strokeColor=GRID, strokeWidth=0.6 if step == 1.0 else 0.4))
    for i in range(n):
        x, y = point(i, radius)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.4))
    if threshold is not None:
        d.add(Polygon(ring(float(threshold) / 100), fillColor=None, strokeColor=colors.HexColor("#B5532A"),
                      strokeWidth=0.6, strokeDashArray=[1.5, 1.5]))

    def shape(values: Sequence[Decimal]) -> list[float]:
        pts: list[float] = []
        for i, v in enumerate(values):
            pts.extend(point(i, radius * max(0.0, min(float(v), 100.0)) / 100))
        return pts

    d.add(Polygon(shape(average), fillColor=colors.Color(0.65, 0.71, 0.77, alpha=0.35), strokeColor=AVERAGE,
                  strokeWidth=1))
    d.add(Polygon(shape(applicant), fillColor=colors.Color(0.18, 0.43, 0.71, alpha=0.18), strokeColor=BLUE,
                  strokeWidth=1.4))
    for i in range(n):
        x, y = point(i, radius * max(0.0, min(float(applicant[i]), 100.0)) / 100)
        d.add(Rect(x - 1.1, y - 1.1, 2.2, 2.2, fillColor=BLUE, strokeColor=None))

    # The ring values go on top of the shapes, on a white patch, so that no line runs through them.
    for step in (20, 40, 60, 80, 100):
        x, y = point(0, radius * step / 100)
        label = str(step)
        w = stringWidth(label, REGULAR, 5.5)
        d.add(Rect(x + 0.8, y - 0.4, w + 1.2, 6, fillColor=colors.white, strokeColor=None))
        d.add(String(x + 1.4, y + 0.8, label, fontName=REGULAR, fontSize=5.5, fillColor=MUTED))

    max_label = (width - 2 * radius) / 2 - 4 * mm
    for i, (code, name) in enumerate(labels):
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = point(i, radius + 3.2 * mm)
        c = math.cos(angle)
        anchor = "middle" if abs(c) < 0.25 else ("start" if c > 0 else "end")
        lines = [code, *_wrap(name, max_label, 6.3)]
        s = math.sin(angle)
        # Labels above the plot grow upwards, those below grow downwards, those at the side are centred.
        line_h = 7.4
        if s > 0.25:
            top = ly + line_h * (len(lines) - 1)
        elif s < -0.25:
            top = ly - line_h * 0.7
        else:
            top = ly + line_h * (len(lines) - 1) / 2 - 2
        for j, line in enumerate(lines):
            d.add(String(lx, top - j * line_h, line, fontName=BOLD if j == 0 else REGULAR,
                         fontSize=6.6 if j == 0 else 6.3, fillColor=NAVY if j == 0 else TEXT,
                         textAnchor=anchor))
    return d


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Break a label into at most two lines that fit ``width`` (at spaces; the second line may shorten)."""
    if stringWidth(text, REGULAR, size) <= width:
        return [text]
    words = text.split(" ")
    first = ""
    for k in range(len(words), 0, -1):
        candidate = " ".join(words[:k])
        if stringWidth(candidate, REGULAR, size) <= width:
            first = candidate
            rest = " ".join(words[k:])
            break
    else:
        first, rest = "", text
    if not first:
        # No space to break at: cut by characters.
        cut = len(text)
        while cut > 1 and stringWidth(text[:cut], REGULAR, size) > width:
            cut -= 1
        first, rest = text[:cut], text[cut:]
    if stringWidth(rest, REGULAR, size) > width:
        while len(rest) > 1 and stringWidth(rest + "…", REGULAR, size) > width:
            rest = rest[:-1]
        rest = rest.rstrip() + "…"
    return [first, rest] if rest else [first]


def grade_chart(grades: Sequence[str], series: Sequence[Sequence[int]], names: Sequence[str], *,
                width: float, height: float) -> Drawing:
    """Grouped vertical bars: applicants per grade, one series per city type."""
    register_fonts()
    d = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 16 * mm
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(grades)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = MUTED
    top = max([1, *(v for s in series for v in s)])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top + (1 if top < 5 else math.ceil(top * 0.15))
    chart.valueAxis.valueStep = 1 if top <= 8 else max(1, math.ceil(top / 6))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = "%d"
    palette = [NAVY, AVERAGE, BLUE]
    for k in range(len(series)):
        chart.bars[k].fillColor = palette[k % len(palette)]
        chart.bars[k].strokeColor = None
    chart.barSpacing = 1.5
    chart.groupSpacing = 8
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    d.add(chart)
    # legend, top right
    x = width - 4 * mm
    for k, name in reversed(list(enumerate(names))):
        w = stringWidth(name, REGULAR, 7.5)
        x -= w
        d.add(String(x, height - 4 * mm, name, fontName=REGULAR, fontSize=7.5, fillColor=TEXT))
        x -= 4.5 * mm
        d.add(Rect(x, height - 4.2 * mm, 3.2 * mm, 2.6 * mm, fillColor=palette[k % len(palette)], strokeColor=None))
        x -= 4 * mm
    return d
