"""Where the program finds its own files and where it keeps the user's.

The program's own files are its resources (the sample framework, the fonts and their licence), the compiled
translations (``.qm``) and the Alembic migrations. They are found relative to the package through
``importlib.resources``, never relative to the working directory:

- installed from a wheel or an sdist, and in the one-folder PyInstaller build, the package carries
  ``smartcert_desktop/_data/resources/`` and ``smartcert_desktop/_data/translations/``: the build maps the
  repository's top-level ``resources/`` and ``translations/`` there (``setup.py`` for the wheel,
  ``packaging/smartcert.spec`` for the frozen build);
- from a checkout or an editable install there is no ``_data``, and the top-level ``resources/`` and
  ``translations/`` beside the package are used as they are.

The migrations live inside the package (``smartcert_desktop/store/migrations``) in every case. The user's data
goes to the user data folder of platformdirs, never next to the program, so that the program runs from a
read-only installation folder.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "smartcert"
APP_AUTHOR = "smartcert"
DATA_FOLDER = "_data"  # setup.py and packaging/smartcert.spec put resources and translations there

DEMO_FOLDER = "demo"
DEMO_READY_EVALUATOR = "E01"


def package_dir() -> Path:
    """The folder of the ``smartcert_desktop`` package on disk (in a frozen build: inside ``sys._MEIPASS``)."""
    root = resources.files(__package__ or "smartcert_desktop")
    if isinstance(root, os.PathLike):
        return Path(os.fspath(root))
    # A package that is not plain files (never the case for the builds we make): its own folder.
    return Path(__file__).resolve().parent


def data_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``.

    The package's ``_data`` when it has one (wheel, sdist, frozen build), else the checkout that holds the
    package (source tree, editable install). When neither is there it is ``_data``, so that a message about a
    missing file names the place an installed program keeps it.
    """
    package = package_dir()
    packaged = package / DATA_FOLDER
    if packaged.is_dir():
        return packaged
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout
    return packaged


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("fonts", "NanumGothic.ttf")``."""
    return data_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    """The folder of the compiled ``.qm`` translation files."""
    return data_root() / "translations"


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
    """The Alembic script folder; it lives inside the package so that every build carries it."""
    return package_dir() / "store" / "migrations"


def sample_framework_path() -> Path:
    """The sample framework workbook (a sample, not the official indicator set)."""
    return resource_path("sample_framework_63.xlsx")


def user_data_path() -> Path:
    """The user's data folder for smartcert, whether or not it exists yet (nothing is created)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_data_dir() -> Path:
    """The user's data folder for smartcert (demo workspaces, default workspaces, logs); created on demand."""
    path = user_data_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_dir() -> Path:
    """Where ``smartcert demo`` puts the demo round when it is given no folder (asking creates nothing)."""
    return user_data_path() / DEMO_FOLDER


def demo_evaluator_dir(root: Path, evaluator_id: str = DEMO_READY_EVALUATOR) -> Path:
    """An evaluator's workspace inside the demo round at ``root`` (E01 is the one left ready to score)."""
    return root / "evaluators" / evaluator_id
