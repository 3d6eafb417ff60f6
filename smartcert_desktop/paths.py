"""Where the program finds its own files and where it keeps the user's.

Every resource, translation and migration is located through this module so that the program works the
same from a source checkout and frozen by PyInstaller (one folder, ``sys._MEIPASS``), and never relative to
the working directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "smartcert"
APP_AUTHOR = "smartcert"


def _bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``: the PyInstaller bundle or the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("fonts", "NanumGothic.ttf")``."""
    return _bundle_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    """The folder of the built ``.qm`` translation files."""
    return _bundle_root() / "translations"


def qt_translation_dirs() -> list[Path]:
    """Where a frozen build or a checkout keeps Qt's own translations (``qtbase_ko.qm``), besides Qt's folder.

    PyInstaller puts PySide6's files under ``_MEIPASS/PySide6/Qt``; a build may also copy them beside ours.
    The GUI asks Qt itself for its folder first (``QLibraryInfo``), which this module cannot: no PySide6 here.
    """
    folders: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        folders.append(Path(frozen_root) / "PySide6" / "Qt" / "translations")
    folders.append(translations_dir())
    return folders


def migrations_dir() -> Path:
    """The Alembic script folder; it lives inside the package so that it is frozen with it."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "smartcert_desktop" / "store" / "migrations"
    return Path(__file__).resolve().parent / "store" / "migrations"


def sample_framework_path() -> Path:
    """The sample framework workbook (a sample, not the official indicator set)."""
    return resource_path("sample_framework_63.xlsx")


def user_data_dir() -> Path:
    """The user's data folder for smartcert (demo workspaces, default workspaces); created on demand."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
