"""Settings: preferences apart from window state, round trips, and tests kept off the real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QWidget
from pytestqt.qtbot import QtBot

from smartcert_desktop.gui.settings import (
    Preferences,
    WindowState,
    open_settings,
    restore_geometry,
    restore_header,
    restore_splitter,
    save_geometry,
    save_header,
    save_splitter,
)


def test_settings_go_to_the_test_file(settings_file: Path) -> None:
    store = open_settings()
    assert Path(store.fileName()) == settings_file
    Preferences(store).language = "ko"
    store.sync()
    assert settings_file.exists()
    assert "language=ko" in settings_file.read_text(encoding="utf-8")


def test_preferences_round_trip(tmp_path: Path) -> None:
    Preferences().language = "en"
    Preferences().last_workspace = tmp_path / "ws"
    Preferences().last_role = "evaluator"
    Preferences().set_last_folder("bundle", tmp_path / "bundles")
    again = Preferences()
    assert again.language == "en"
    assert again.last_workspace == tmp_path / "ws"
    assert again.last_role == "evaluator"
    assert again.last_folder("bundle") == tmp_path / "bundles"
    assert again.last_folder("package") is None
    again.language = None
    assert Preferences().language is None


def test_preferences_refuse_unknown_values() -> None:
    with pytest.raises(ValueError):
        Preferences().language = "fr"
    with pytest.raises(ValueError):
        Preferences().last_role = "auditor"
    # A hand-edited file with an unknown value reads as "not chosen".
    store = open_settings()
    store.setValue("preferences/language", "xx")
    assert Preferences(store).language is None


def test_geometry_round_trip(qtbot: QtBot) -> None:
    first = QWidget()
    qtbot.addWidget(first)
    first.resize(520, 310)
    first.show()
    qtbot.waitUntil(lambda: first.size() == QSize(520, 310))
    save_geometry(first, "dialog")

    second = QWidget()
    qtbot.addWidget(second)
    assert restore_geometry(second, "dialog")
    assert second.size() == QSize(520, 310)
    assert not restore_geometry(QWidget(), "never-saved")


def test_splitter_round_trip(qtbot: QtBot) -> None:
    def make() -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(QLabel("left"))
        splitter.addWidget(QLabel("right"))
        splitter.resize(400, 100)
        qtbot.addWidget(splitter)
        splitter.show()
        return splitter

    first = make()
    first.setSizes([100, 300])
    wanted = first.sizes()
    save_splitter(first, "scores")
    second = make()
    assert second.sizes() != wanted
    assert restore_splitter(second, "scores")
    assert second.sizes() == wanted


def test_header_round_trip_and_changed_columns(qtbot: QtBot) -> None:
    def make(columns: int) -> QTableView:
        view = QTableView()
        model = QStandardItemModel(2, columns, view)
        view.setModel(model)
        qtbot.addWidget(view)
        return view

    first = make(3)
    first.horizontalHeader().resizeSection(1, 177)
    save_header(first.horizontalHeader(), "applicants")

    second = make(3)
    assert restore_header(second.horizontalHeader(), "applicants")
    assert second.horizontalHeader().sectionSize(1) == 177

    # A table that gained a column keeps its defaults rather than misplacing the old widths.
    wider = make(4)
    assert not restore_header(wider.horizontalHeader(), "applicants")
    assert wider.horizontalHeader().sectionSize(1) != 177


def test_window_state_is_kept_apart_from_preferences(qtbot: QtBot) -> None:
    Preferences().language = "ko"
    widget = QWidget()
    qtbot.addWidget(widget)
    save_geometry(widget, "main")
    WindowState().clear()
    assert WindowState().value("geometry", "main") is None
    assert Preferences().language == "ko"
