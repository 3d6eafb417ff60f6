"""Dropping files: only the wanted kinds are accepted and passed on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smartcert_desktop.gui.dnd import FileDropFilter, dropped_files


def mime_of(*items: Path | str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(item) if isinstance(item, str) else QUrl.fromLocalFile(str(item)) for item in items])
    return mime


def test_only_local_files_with_the_suffixes_are_taken(tmp_path: Path) -> None:
    bundle = tmp_path / "kim.SCB"
    bundle.write_bytes(b"x")
    sheet = tmp_path / "scores.xlsx"
    sheet.write_bytes(b"x")
    folder = tmp_path / "folder.scb"
    folder.mkdir()
    mime = mime_of(bundle, sheet, folder, "https://example.org/remote.scb")
    assert dropped_files(mime, [".scb"]) == [bundle]
    assert dropped_files(mime, ["scb", ".xlsx"]) == [bundle, sheet]
    assert dropped_files(QMimeData(), [".scb"]) == []
    assert dropped_files(None, [".scb"]) == []


def test_the_filter_accepts_wanted_drags_and_emits_the_paths(qtbot: QtBot, tmp_path: Path) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    drop = FileDropFilter(widget, [".scpkg"])
    assert widget.acceptDrops()
    package = tmp_path / "eval-kim.scpkg"
    package.write_bytes(b"x")
    other = tmp_path / "notes.txt"
    other.write_bytes(b"x")

    # The events do not own their mime data: keep it referenced while they live.
    unwanted = mime_of(other)
    refused = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, unwanted,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(widget, refused)
    assert not refused.isAccepted()

    wanted = mime_of(package, other)
    entered = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, wanted,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(widget, entered)
    assert entered.isAccepted()

    dropped = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, wanted,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(drop.files_dropped) as emitted:
        QCoreApplication.sendEvent(widget, dropped)
    assert emitted.args == [[package]]
