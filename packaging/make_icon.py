"""Draw the program's icon, ``resources/icons/smartcert.png`` (256 × 256), with Qt.

    .venv/bin/python packaging/make_icon.py

The PNG is committed; run this only to change the drawing. The desktop program uses it as its window icon, and
the PyInstaller spec as the icon of the Windows executables and the macOS bundle (PyInstaller turns it into
``.ico`` and ``.icns`` with Pillow on those systems).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

TARGET = Path(__file__).resolve().parent.parent / "resources" / "icons" / "smartcert.png"
SIZE = 256


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    # A rounded tile in the blue of public signage.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f4e8c"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # A city: three buildings on a street.
    p.setBrush(QColor("#ffffff"))
    for x, top, width in ((44, 112, 44), (96, 64, 56), (160, 96, 48)):
        p.drawRoundedRect(QRectF(x * s, top * s, width * s, (196 - top) * s), 4 * s, 4 * s)
    p.setBrush(QColor("#1f4e8c"))
    for x, top, width in ((44, 112, 44), (96, 64, 56), (160, 96, 48)):
        for row in range(int((196 - top - 24) // 22)):
            for col in range(2):
                cx = x + width / 4 + col * width / 2 - 5
                p.drawRect(QRectF(cx * s, (top + 14 + row * 22) * s, 10 * s, 10 * s))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(36 * s, 196 * s, 184 * s, 10 * s))
    # The certification: a green badge with a check mark.
    centre = QPointF(184 * s, 72 * s)
    p.setBrush(QColor("#2e9e5b"))
    p.setPen(QPen(QColor("#ffffff"), 8 * s))
    p.drawEllipse(centre, 40 * s, 40 * s)
    check = QPainterPath()
    check.moveTo(164 * s, 72 * s)
    check.lineTo(178 * s, 88 * s)
    check.lineTo(204 * s, 58 * s)
    pen = QPen(QColor("#ffffff"), 11 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(check)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(TARGET)):
        print(f"error: could not write {TARGET}", file=sys.stderr)
        return 1
    print(f"wrote {TARGET}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
