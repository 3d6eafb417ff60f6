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

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings
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

    @property
    def advance_after_grade(self) -> bool:
        """Whether a grade moves the score form on to the next indicator still to do (on unless turned off)."""
        value = _text(self._store.value("preferences/advance_after_grade"))
        return value not in ("false", "0", "no")

    @advance_after_grade.setter
    def advance_after_grade(self, value: bool) -> None:
        self._set("preferences/advance_after_grade", "true" if value else "false")

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

    def flag(self, key: str, default: bool) -> bool:
        """A remembered on/off state of a view (a folded pane, say)."""
        value = _text(self._store.value(f"window/flag/{key}"))
        return default if value is None else value not in ("false", "0", "no")

    def set_flag(self, key: str, on: bool) -> None:
        self._store.setValue(f"window/flag/{key}", "true" if on else "false")

    def last_indicator(self, workspace: Path, applicant: str) -> str | None:
        """The indicator of ``applicant`` the evaluator was at last in the workspace ``workspace``."""
        return _text(self._store.value(_indicator_key(workspace, applicant)))

    def set_last_indicator(self, workspace: Path, applicant: str, indicator: str) -> None:
        self._store.setValue(_indicator_key(workspace, applicant), indicator)

    def clear(self) -> None:
        """Forget every window state, leaving the preferences alone."""
        self._store.remove("window")

    def sync(self) -> None:
        self._store.sync()


def _indicator_key(workspace: Path, applicant: str) -> str:
    # A folder's path may hold anything a key may not; its digest names it.
    folder = hashlib.sha256(str(workspace).encode("utf-8")).hexdigest()[:16]
    return f"window/last_indicator/{folder}/{applicant}"


def current_language() -> str:
    """``"ko"`` or ``"en"``: the language the program shows (the translations set the default locale)."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


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


def _header_key(key: str, language: str | None) -> str:
    # Column widths are the language's: Korean headers are narrower than English ones, and a width that
    # fits "진행" clips "Progress".
    return f"{key}/{language or current_language()}"


def save_header(header: QHeaderView, key: str, store: QSettings | None = None, *,
                language: str | None = None) -> None:
    """Remember column widths, order and sorting of a table's header, for the current language."""
    state = WindowState(store)
    stored = _header_key(key, language)
    state.set_value("header", stored, header.saveState())
    state.set_header_columns(stored, header.count())


def restore_header(header: QHeaderView, key: str, store: QSettings | None = None, *,
                   language: str | None = None) -> bool:
    """Restore a header's state saved in the current language, unless the table has since gained or lost
    columns.

    A state saved for another number of columns would put widths and sort order on the wrong columns after
    an update that changes a table, so it is ignored and the view keeps its defaults; so is a state saved in
    the other language.
    """
    state = WindowState(store)
    stored = _header_key(key, language)
    value = state.value("header", stored)
    if value is None or state.header_columns(stored) != header.count():
        return False
    return header.restoreState(value)


class HeaderLanguage:
    """Keeps one header's state per language while the language switches in a running program.

    ``switch()`` (called from the view's ``retranslate``) stores the widths of the language being left and
    puts back those of the new one, or, when there are none yet, lets ``fit`` size the columns afresh.
    """

    def __init__(self, header: QHeaderView, key: str, fit: Callable[[], None],
                 store: QSettings | None = None) -> None:
        self._header = header
        self._key = key
        self._fit = fit
        self._store = store
        self._language = current_language()
        self.seen = False  # set once the view has been shown: a never-shown header has no widths to keep

    def restore(self) -> bool:
        """The current language's stored state, if any."""
        self._language = current_language()
        return restore_header(self._header, self._key, self._store, language=self._language)

    def save(self) -> None:
        if self.seen:
            save_header(self._header, self._key, self._store, language=self._language)

    def switch(self) -> None:
        language = current_language()
        if language == self._language:
            return
        self.save()
        self._language = language
        if not restore_header(self._header, self._key, self._store, language=language):
            self._fit()
