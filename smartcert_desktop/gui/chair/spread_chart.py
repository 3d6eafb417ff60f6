"""How far the evaluators are apart on one indicator, drawn on a line from 0 to its maximum points.

Each counted evaluator's points are a dot (hollow and grey when the aggregation trimmed that evaluator),
the span from the lowest to the highest is a thick bar (amber when the spread is flagged), and the
indicator's points in the results are a red tick. The same drawing is used small, inside the review
table's "Spread" column (:class:`SpreadDelegate`), and large with labels (:class:`SpreadChart`).

Painted with QPainter: QtCharts is not part of PySide6-Essentials, and a strip this small needs no more.
Points become pixel positions through ``float``: only the drawing is approximate, never a figure.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...services.chair_views import ReviewRow
from ..i18n import RetranslateMixin, fill
from .common import name_of, points

Index = QModelIndex | QPersistentModelIndex

DOT = QColor("#1f5fbf")
TRIMMED = QColor("#9a9a9a")
RESULT = QColor("#d0312d")
SPAN = QColor("#9fb8de")
SPAN_FLAGGED = QColor("#f0a830")


def _x(value: Decimal, maximum: Decimal, left: float, width: float) -> float:
    if maximum <= 0:
        return left
    share = min(max(float(value / maximum), 0.0), 1.0)
    return left + share * width


def paint_spread(painter: QPainter, rect: QRectF, row: ReviewRow, palette: QPalette, *,
                 labels: bool = False) -> None:
    """Draw ``row``'s spread into ``rect``; with ``labels`` also 0, max and each dot's evaluator."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    metrics = painter.fontMetrics()
    pad = 6.0 if not labels else float(metrics.horizontalAdvance(points(row.max_points))) / 2 + 8
    left, right = rect.left() + pad, rect.right() - pad
    width = max(right - left, 1.0)
    radius = 3.5 if not labels else 6.0
    base_y = rect.center().y() if not labels else rect.top() + rect.height() * 0.55
    text_colour = palette.color(QPalette.ColorRole.Text)

    axis = QPen(palette.color(QPalette.ColorRole.Mid))
    axis.setWidthF(1.0)
    painter.setPen(axis)
    painter.drawLine(QPointF(left, base_y), QPointF(right, base_y))
    tick = radius + 1
    painter.drawLine(QPointF(left, base_y - tick), QPointF(left, base_y + tick))
    painter.drawLine(QPointF(right, base_y - tick), QPointF(right, base_y + tick))

    cells = [(e, c) for e, c in sorted(row.cells.items()) if c.points is not None]
    spread = row.spread
    if spread is not None and spread[0] != spread[1]:
        flagged = any(f.kind == "spread" for f in row.flags)
        bar = QPen(SPAN_FLAGGED if flagged else SPAN)
        bar.setWidthF(radius * 1.4)
        bar.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(bar)
        painter.drawLine(QPointF(_x(spread[0], row.max_points, left, width), base_y),
                         QPointF(_x(spread[1], row.max_points, left, width), base_y))

    # Equal points would hide each other: the second and later dots at one value step up and down.
    seen: Counter[Decimal] = Counter()
    for _evaluator, cell in cells:
        assert cell.points is not None
        n = seen[cell.points]
        seen[cell.points] += 1
        offset = 0.0 if n == 0 else (radius * 1.6) * ((n + 1) // 2) * (-1 if n % 2 else 1)
        centre = QPointF(_x(cell.points, row.max_points, left, width), base_y + offset)
        if cell.trimmed:
            pen = QPen(TRIMMED)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        else:
            painter.setPen(QPen(DOT.darker(130)))
            painter.setBrush(QBrush(DOT))
        painter.drawEllipse(centre, radius, radius)
        if labels and n == 0:
            painter.setPen(TRIMMED if cell.trimmed else text_colour)
            text = ", ".join(e for e, c in cells if c.points == cell.points)
            half = metrics.horizontalAdvance(text) / 2 + 2
            # Kept inside the widget: a label at either end would otherwise be cut off.
            middle = min(max(centre.x(), rect.left() + half), rect.right() - half)
            # Above the highest of the dots stacked at this value (they step up every other one).
            stacked = sum(1 for _e, c in cells if c.points == cell.points)
            top = base_y - radius * 2.2 - radius * 1.6 * (stacked // 2)
            label_rect = QRectF(middle - half, rect.top(), half * 2, max(top - rect.top(), 1.0))
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)

    result = QPen(RESULT)
    result.setWidthF(2.0)
    painter.setPen(result)
    rx = _x(row.points, row.max_points, left, width)
    painter.drawLine(QPointF(rx, base_y - radius * 2.2), QPointF(rx, base_y + radius * 2.2))

    if labels:
        painter.setPen(text_colour)
        below = QRectF(rect.left(), base_y + radius * 2.4, rect.width(), metrics.height() + 2)
        painter.drawText(QRectF(left - 40, below.top(), 80, below.height()),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), "0")
        painter.drawText(QRectF(right - 40, below.top(), 80, below.height()),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), points(row.max_points))
        painter.setPen(RESULT)
        painter.drawText(QRectF(rx - 60, below.top(), 120, below.height()),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), points(row.points))
    painter.restore()


class SpreadChart(RetranslateMixin, QWidget):
    """The spread of the indicator selected in the review table, with its labels and a one-line caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: ReviewRow | None = None
        self.setMinimumHeight(96)
        self.retranslate()

    def set_row(self, row: ReviewRow | None) -> None:
        self._row = row
        self.retranslate()
        self.update()

    def row(self) -> ReviewRow | None:
        return self._row

    def sizeHint(self) -> QSize:
        return QSize(480, 110)

    def retranslate(self) -> None:
        row = self._row
        if row is None:
            self.setToolTip("")
            return
        self.setToolTip(fill(self.tr("%1 %2: points %3 of %4"), row.indicator, name_of(row.name_ko, row.name_en),
                             points(row.points), points(row.max_points)))

    def caption(self) -> str:
        row = self._row
        if row is None:
            return self.tr("Select an indicator to see how far the evaluators are apart.")
        title = fill(self.tr("%1 %2"), row.indicator, name_of(row.name_ko, row.name_en))
        if row.kind != "qualitative":
            return fill(self.tr("%1 — quantitative: %2 of %3 points from the value in effect"), title,
                        points(row.points), points(row.max_points))
        spread = row.spread
        if spread is None:
            return fill(self.tr("%1 — no counted evaluator yet"), title)
        return fill(self.tr("%1 — evaluators from %2 to %3 of %4 points; result %5"), title, points(spread[0]),
                    points(spread[1]), points(row.max_points), points(row.points))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = self.palette()
            metrics = painter.fontMetrics()
            caption_height = metrics.height() + 4
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(4, 2, self.width() - 8, caption_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(self.caption(), Qt.TextElideMode.ElideRight, self.width() - 8))
            if self._row is not None:
                paint_spread(painter, QRectF(4, caption_height + 2, self.width() - 8,
                                             self.height() - caption_height - 4),
                             self._row, palette, labels=True)
        finally:
            painter.end()


class SpreadDelegate(QStyledItemDelegate):
    """Paints the small spread strip in the review table's "Spread" column."""

    def __init__(self, row_role: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._row_role = row_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The cell's background, selection and focus as the style draws them, without text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        row = index.data(self._row_role)
        if isinstance(row, ReviewRow):
            rect = QRectF(option.rect)
            paint_spread(painter, rect.adjusted(2, 1, -2, -1), row, option.palette)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(140, base.height())
