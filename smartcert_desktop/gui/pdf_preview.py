"""A PDF shown inside the program: its pages rendered to images, one under the other, with zoom.

The chair previews a result sheet (결과서) before printing the whole batch; the evaluator's laptop in a city
hall may have no PDF viewer at all. PySide6-Essentials has no QtPdf, and the PySide6-Addons wheel of 6.12
has none either, so the pages are rendered with PDFium through pypdfium2 (BSD/Apache, about 9 MB): the very
file that will be printed, not a second drawing of it that could differ.
"""

from __future__ import annotations

from typing import ClassVar

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .i18n import RetranslateMixin, fill

POINTS_PER_INCH = 72


def render_pages(data: bytes, dpi: float) -> list[QImage]:
    """Every page of the PDF ``data`` as an image at ``dpi`` (raises ``ValueError`` for a damaged file)."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(str(exc)) from exc
    images: list[QImage] = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # the bitmap's memory goes with it
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def page_count(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


class PdfPreviewDialog(RetranslateMixin, QDialog):
    """The pages of one PDF, fitted to the dialog's width, with zoom in and out."""

    ZOOMS: ClassVar[tuple[float, ...]] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

    def __init__(self, parent: QWidget | None, data: bytes, title: str) -> None:
        super().__init__(parent)
        self._title = title
        self._data = data
        self._zoom = 2  # index into ZOOMS: 100 %, an A4 page about as wide as on paper at 96 dpi
        self._pages = QWidget()
        self._column = QVBoxLayout(self._pages)
        self._column.setSpacing(12)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._labels: list[QLabel] = []
        self._scroll = QScrollArea()
        self._scroll.setWidget(self._pages)
        self._scroll.setWidgetResizable(True)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._scroll.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        self._count = QLabel()
        self._smaller = QPushButton()
        self._smaller.clicked.connect(lambda: self.set_zoom(self._zoom - 1))
        self._larger = QPushButton()
        self._larger.clicked.connect(lambda: self.set_zoom(self._zoom + 1))
        self._zoom_text = QLabel()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self._count)
        tools.addStretch(1)
        tools.addWidget(self._smaller)
        tools.addWidget(self._zoom_text)
        tools.addWidget(self._larger)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = min(900, int(screen.width() * 0.9)) if screen is not None else 900
        height = min(1000, int(screen.height() * 0.9)) if screen is not None else 700
        self.resize(width, height)
        self.set_zoom(self._zoom)
        self.retranslate()

    def pages(self) -> int:
        return len(self._labels)

    def page_image(self, number: int) -> QImage:
        return self._labels[number].pixmap().toImage()

    def set_zoom(self, index: int) -> None:
        self._zoom = max(0, min(index, len(self.ZOOMS) - 1))
        dpi = 96 * self.ZOOMS[self._zoom] * self.devicePixelRatioF()
        images = render_pages(self._data, dpi)
        while len(self._labels) < len(images):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._column.addWidget(label)
            self._labels.append(label)
        for label, image in zip(self._labels, images, strict=False):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label.setPixmap(pixmap)
        self._smaller.setEnabled(self._zoom > 0)
        self._larger.setEnabled(self._zoom < len(self.ZOOMS) - 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title)
        self._count.setText(self.tr("%n page(s)", "", len(self._labels)))
        self._smaller.setText(self.tr("Zoom &Out"))
        self._larger.setText(self.tr("Zoom &In"))
        self._zoom_text.setText(fill(self.tr("%1 %"), round(self.ZOOMS[self._zoom] * 100)))

    @classmethod
    def ask(cls, parent: QWidget | None, data: bytes, title: str) -> None:
        dialog = cls(parent, data, title)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
