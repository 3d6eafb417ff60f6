"""Accepting files dropped from the file manager: packages, bundles, workbooks.

A screen that takes files by drag and drop attaches a :class:`FileDropFilter` to a widget and connects to
``files_dropped``::

    drop = FileDropFilter(self._table.viewport(), (".scb",), parent=self)
    drop.files_dropped.connect(self._merge_bundles)

For a scroll area (tables, lists, text views) attach it to the ``viewport()``: that is the widget that
receives the drag events.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

PACKAGE_SUFFIX = ".scpkg"
BUNDLE_SUFFIX = ".scb"
WORKBOOK_SUFFIX = ".xlsx"


def _normalized(suffixes: Iterable[str]) -> tuple[str, ...]:
    found = tuple(s.lower() if s.startswith(".") else "." + s.lower() for s in suffixes)
    if not found:
        raise ValueError("give at least one file suffix to accept")
    return found


def dropped_files(mime: QMimeData | None, suffixes: Iterable[str]) -> list[Path]:
    """The local files in ``mime`` whose names end with one of ``suffixes`` (case does not matter).

    Folders, remote URLs and other files are left out. Whole names are compared, so a two-part suffix such
    as ``".tar.gz"`` works.
    """
    if mime is None or not mime.hasUrls():
        return []
    wanted = _normalized(suffixes)
    files: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.name.lower().endswith(wanted) and not path.is_dir():
            files.append(path)
    return files


class FileDropFilter(QObject):
    """Makes ``widget`` accept drops of files with the given suffixes and emits their paths.

    A drag that carries none of the wanted files is refused, so the cursor shows that it cannot be dropped
    before the user lets go. When a drag carries some wanted files and some others, only the wanted ones are
    emitted.
    """

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, widget: QWidget, suffixes: Iterable[str], parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else widget)
        self._suffixes = _normalized(suffixes)
        self._widget = widget
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def suffixes(self) -> tuple[str, ...]:
        return self._suffixes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._widget:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_files(event.mimeData(), self._suffixes):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event.mimeData(), self._suffixes)
            if not files:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.files_dropped.emit(files)
            return True
        return False
