"""Fixtures of the desktop program's tests: private settings, built catalogues, installed translators.

Every test gets its own settings file (``SMARTCERT_SETTINGS_FILE``), so no test reads what another wrote
and none touches the user's real settings. The ``.qm`` catalogues are built from the ``.ts`` files when
missing or older, as the bootstrap does, so that the tests also run from a plain ``pytest``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.settings import SETTINGS_FILE_ENV

REPO = Path(__file__).resolve().parents[2]


def load_update_translations() -> ModuleType:
    """``packaging/update_translations.py``, which is a script and not part of the package."""
    path = REPO / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def update_translations() -> ModuleType:
    return load_update_translations()


@pytest.fixture(scope="session", autouse=True)
def built_catalogues(update_translations: ModuleType) -> None:
    update_translations.release(only_stale=True)


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The ini file every ``QSettings`` of the program uses during this test."""
    path = tmp_path / "settings" / "smartcert-desktop.ini"
    monkeypatch.setenv(SETTINGS_FILE_ENV, str(path))
    return path


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Translators for this test only; removed afterwards, with the default locale put back."""
    locale = QLocale()
    made = Translations(qapp, pseudo=False)
    yield made
    made.uninstall()
    made.deleteLater()
    QLocale.setDefault(locale)
