"""The desktop program's settings: user preferences apart from window state, both over ``QSettings``.

Preferences are choices the user made on purpose (language, last workspace, last role, last folders) and are
kept under ``preferences/``. Window state is what the program remembers about its own look (geometry,
splitters, table headers, per named view) and lives under ``window/``, so that "reset the layout" can clear
it without touching a preference. User data never goes here: it belongs in the workspace's database.

``QSettings`` objects are cheap and share one cache per file inside a process, so every class here opens its
own through :func:`open_settings` unless it is given one; there is no module-level instance. Setting the
environment variable ``SMARTCERT_SETTINGS_FILE`` to a path makes every new settings object use that ini file,
which is how tests keep away from the real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

ORGANIZATION = "smartcert"
APPLICATION = "smartcert-desktop"
SETTINGS_FILE_ENV = "SMARTCERT_SETTINGS_FILE"

LANGUAGES: tuple[str, ...] = ("ko", "en")
ROLES: tuple[str, ...] = ("evaluator", "chair")


def open_settings() -> QSettings:
    """A settings object: the file named by ``SMARTCERT_SETTINGS_FILE``, else the user's ini file.

    The ini format is used on every system (not the Windows registry) so that a user or a support person can
    read, back up or delete the settings as one plain file.
    """
    override = os.environ.get(SETTINGS_FILE_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _text(value: object) -> str | None:
    """A stored value as text; the ini backend may hand back other types for odd hand-edited values."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _bytes(value: object) -> QByteArray | None:
    """A stored binary value (geometry, splitter or header state), or None when absent or unusable."""
    if isinstance(value, QByteArray):
        return value if not value.isEmpty() else None
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value)) if value else None
    return None


def _int(value: object) -> int | None:
    # The ini backend returns numbers written by another version as strings.
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


class Preferences:
    """What the user chose: language, last workspace and role, the last folder of each kind of file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_settings()

    @property
    def language(self) -> str | None:
        """``"ko"`` or ``"en"`` when the user picked one in the Language menu, else None."""
        value = _text(self._store.value("preferences/language"))
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._set("preferences/language", value)

    @property
    def last_workspace(self) -> Path | None:
        value = _text(self._store.value("preferences/last_workspace"))
        return Path(value) if value else None

    @last_workspace.setter
    def last_workspace(self, value: Path | None) -> None:
        self._set("preferences/last_workspace", str(value) if value is not None else None)

    @property
    def last_role(self) -> str | None:
        """``"evaluator"`` or ``"chair"``: the role chosen last on the start page."""
        value = _text(self._store.value("preferences/last_role"))
        return value if value in ROLES else None

    @last_role.setter
    def last_role(self, value: str | None) -> None:
        if value is not None and value not in ROLES:
            raise ValueError(f"unknown role {value!r}")
        self._set("preferences/last_role", value)

    def last_folder(self, kind: str) -> Path | None:
        """The folder last used for a kind of file (e.g. ``"package"``, ``"bundle"``, ``"workbook"``)."""
        value = _text(self._store.value(f"preferences/folders/{kind}"))
        return Path(value) if value else None

    def set_last_folder(self, kind: str, folder: Path) -> None:
        self._set(f"preferences/folders/{kind}", str(folder))

    def _set(self, key: str, value: str | None) -> None:
        if value is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now (Qt otherwise writes on its own schedule and when the object goes away)."""
        self._store.sync()


class WindowState:
    """Geometry, splitter and header states, each under a key naming the view (e.g. ``"main"``)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else open_settings()

    def value(self, kind: str, key: str) -> QByteArray | None:
        return _bytes(self._store.value(f"window/{kind}/{key}"))

    def set_value(self, kind: str, key: str, state: QByteArray) -> None:
        self._store.setValue(f"window/{kind}/{key}", state)

    def header_columns(self, key: str) -> int | None:
        return _int(self._store.value(f"window/header_columns/{key}"))

    def set_header_columns(self, key: str, count: int) -> None:
        self._store.setValue(f"window/header_columns/{key}", count)

    def clear(self) -> None:
        """Forget every window state, leaving the preferences alone."""
        self._store.remove("window")

    def sync(self) -> None:
        self._store.sync()


def save_geometry(widget: QWidget, key: str, store: QSettings | None = None) -> None:
    """Remember a window's size and place; for a main window also its toolbars and docks."""
    state = WindowState(store)
    state.set_value("geometry", key, widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        state.set_value("main_window", key, widget.saveState())


def restore_geometry(widget: QWidget, key: str, store: QSettings | None = None) -> bool:
    """Put a window back where it was; False (and nothing changed) when nothing usable was stored."""
    state = WindowState(store)
    geometry = state.value("geometry", key)
    restored = geometry is not None and widget.restoreGeometry(geometry)
    if isinstance(widget, QMainWindow):
        layout = state.value("main_window", key)
        if layout is not None:
            widget.restoreState(layout)
    return restored


def save_splitter(splitter: QSplitter, key: str, store: QSettings | None = None) -> None:
    WindowState(store).set_value("splitter", key, splitter.saveState())


def restore_splitter(splitter: QSplitter, key: str, store: QSettings | None = None) -> bool:
    value = WindowState(store).value("splitter", key)
    return value is not None and splitter.restoreState(value)


def save_header(header: QHeaderView, key: str, store: QSettings | None = None) -> None:
    """Remember column widths, order and sorting of a table's header."""
    state = WindowState(store)
    state.set_value("header", key, header.saveState())
    state.set_header_columns(key, header.count())


def restore_header(header: QHeaderView, key: str, store: QSettings | None = None) -> bool:
    """Restore a header's state, unless the table has since gained or lost columns.

    A state saved for another number of columns would put widths and sort order on the wrong columns after
    an update that changes a table, so it is ignored and the view keeps its defaults.
    """
    state = WindowState(store)
    value = state.value("header", key)
    if value is None or state.header_columns(key) != header.count():
        return False
    return header.restoreState(value)
