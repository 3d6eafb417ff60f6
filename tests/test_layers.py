"""The package's layers: only ``smartcert_desktop.gui`` may use Qt; resource paths never depend on the cwd.

The command line and the merge must run on a machine without a display or Qt's system libraries, so nothing
outside ``gui/`` imports PySide6, directly or through another module.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import smartcert_desktop
from smartcert_desktop import paths

PACKAGE_DIR = Path(smartcert_desktop.__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent
QT_MODULES = ("PySide6", "shiboken6", "PySide2", "PyQt5", "PyQt6", "qtpy")

# Modules that are not imported as such: the GUI, which may use Qt; ``__main__`` files, which run the
# program; Alembic's migration scripts, which Alembic loads from their files (checked by the static test).
_EXCLUDED_PREFIXES = ("smartcert_desktop.gui", "smartcert_desktop.store.migrations")

# pkgutil.walk_packages imports every package it descends into, the gui package included, so the walk
# is done by hand with iter_modules and stops before importing anything excluded.
_IMPORT_ALL = """
import importlib, json, pkgutil, sys

EXCLUDED = tuple(sys.argv[1].split(","))


def excluded(name):
    return name.endswith(".__main__") or any(name == p or name.startswith(p + ".") for p in EXCLUDED)


def walk(package):
    imported = []
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if excluded(info.name):
            continue
        module = importlib.import_module(info.name)
        imported.append(info.name)
        if info.ispkg:
            imported.extend(walk(module))
    return imported


root = importlib.import_module("smartcert_desktop")
imported = ["smartcert_desktop", *walk(root)]
qt = sorted(name for name in sys.modules if name.split(".")[0] in sys.argv[2].split(","))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def test_no_qt_is_loaded_by_importing_everything_outside_gui(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, ",".join(_EXCLUDED_PREFIXES), ",".join(QT_MODULES)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "smartcert_desktop.cli.main" in report["imported"]
    assert not any(name.startswith("smartcert_desktop.gui") for name in report["imported"])
    assert report["qt"] == [], f"importing the non-GUI modules loaded {report['qt']}"


def _qt_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) of every import of a Qt binding, including ``importlib.import_module("PySide6...")``."""
    found: list[tuple[int, str]] = []

    def is_qt(name: str) -> bool:
        return name.split(".")[0] in QT_MODULES

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names if is_qt(alias.name))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and is_qt(node.module):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", "")
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and is_qt(first.value)
            ):
                found.append((node.lineno, first.value))
    return found


def test_no_file_outside_gui_imports_qt() -> None:
    gui_dir = PACKAGE_DIR / "gui"
    offenders: list[str] = []
    checked = 0
    for source in sorted(PACKAGE_DIR.rglob("*.py")):
        if source.is_relative_to(gui_dir):
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        checked += 1
        offenders.extend(
            f"{source.relative_to(SOURCE_ROOT)}:{line}: {module}" for line, module in _qt_imports(tree)
        )
    assert checked > 0
    assert offenders == [], "Qt imported outside smartcert_desktop/gui:\n" + "\n".join(offenders)


def test_paths_do_not_depend_on_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.resource_path("x.txt") == SOURCE_ROOT / "resources" / "x.txt"
    assert paths.translations_dir() == SOURCE_ROOT / "translations"
    assert paths.migrations_dir() == PACKAGE_DIR / "store" / "migrations"
    for path in (paths.resource_path("x.txt"), paths.translations_dir(), paths.migrations_dir()):
        assert path.is_absolute()
        assert not path.is_relative_to(tmp_path)


def test_sample_framework_is_found_from_another_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not (SOURCE_ROOT / "resources" / "sample_framework_63.xlsx").exists():
        pytest.skip("resources/sample_framework_63.xlsx is not in this checkout yet")
    monkeypatch.chdir(tmp_path)
    assert paths.sample_framework_path().is_file()
    assert paths.resource_path("sample_framework_63.xlsx") == paths.sample_framework_path()


def test_paths_point_into_the_package_data_of_an_installed_or_frozen_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A wheel, an sdist install and the PyInstaller build carry resources and translations in _data.
    package = tmp_path / "site-packages" / "smartcert_desktop"
    (package / "_data" / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "package_dir", lambda: package)
    assert paths.resource_path("fonts", "x.ttf") == package / "_data" / "resources" / "fonts" / "x.ttf"
    assert paths.sample_framework_path() == package / "_data" / "resources" / "sample_framework_63.xlsx"
    assert paths.translations_dir() == package / "_data" / "translations"
    assert paths.migrations_dir() == package / "store" / "migrations"


def test_user_data_goes_to_the_isolated_test_folder(isolated_user_data: Path) -> None:
    folder = paths.user_data_dir()
    assert folder.is_dir()
    assert folder.is_relative_to(isolated_user_data)
