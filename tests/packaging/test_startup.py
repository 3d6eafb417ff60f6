"""Start-up: the command line parses its arguments before it imports anything heavy, and the desktop program's
first window comes before the store, the workbooks and the PDFs. Each check runs in a fresh interpreter, since
this process has long imported everything.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from packaging_support import HEAVY_MODULES, REPO, VERSION
from PySide6.QtWidgets import QApplication

from smartcert_desktop.gui.main_window import WORKSPACE_DATABASES, Role
from smartcert_desktop.services.workspace import DB_NAMES

_CLI = """
import json, sys
from smartcert_desktop.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
print(json.dumps({"code": code, "heavy": heavy}))
""".replace("HEAVY", repr((*HEAVY_MODULES, "cryptography", "PySide6")))


def run_cli(tmp_path: Path, *argv: str) -> tuple[int, list[str], str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", _CLI, *argv], cwd=tmp_path, env=env, capture_output=True,
                            text=True, check=False)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["code"], report["heavy"], result.stdout


@pytest.mark.parametrize("argv", [
    ["--version"], ["--help"], ["program", "--help"], ["program", "init", "--help"], ["evaluator", "--help"],
    ["framework", "check", "--help"], ["results", "--help"], ["demo", "--help"], ["no-such-command"],
])
def test_parsing_and_help_import_nothing_heavy(tmp_path: Path, argv: list[str]) -> None:
    code, heavy, output = run_cli(tmp_path, *argv)
    assert code == (2 if argv == ["no-such-command"] else 0)
    assert heavy == [], f"smartcert {' '.join(argv)} loaded {heavy}"
    if argv == ["--version"]:
        assert output.splitlines()[0] == f"smartcert {VERSION}"


def test_a_command_still_finds_what_it_imports_when_it_runs(tmp_path: Path) -> None:
    # framework check on a file that is not a workbook: the command ran (openpyxl loaded) and said why.
    bad = tmp_path / "not-a-workbook.xlsx"
    bad.write_text("plain text", encoding="utf-8")
    code, heavy, _ = run_cli(tmp_path, "framework", "check", str(bad))
    assert code == 1
    assert "openpyxl" in heavy


_WINDOW = """
import json, sys
from smartcert_desktop.gui import app
qt = app.create_application([])
args = app.build_parser().parse_args(sys.argv[1:])
window, translations, problems = app.make_main_window(qt, args)
window.show()
qt.processEvents()
shown = window.isVisible()
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
role = window.role()
window.close()
print(json.dumps({"shown": shown, "heavy": heavy, "problems": problems, "role": role}))
""".replace("HEAVY", repr(HEAVY_MODULES))


@pytest.mark.parametrize("kind", ["none", "evaluator", "program"])
def test_the_first_window_loads_nothing_heavy(tmp_path: Path, kind: str) -> None:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    argv = []
    if kind != "none":
        (workspace / DB_NAMES[kind]).write_bytes(b"")  # the role is told by the file's name alone
        argv = ["--workspace", str(workspace)]
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               SMARTCERT_SETTINGS_FILE=str(tmp_path / "settings.ini"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", _WINDOW, "--lang", "en", *argv], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["shown"] is True
    assert report["problems"] == []
    assert report["role"] is None  # the role's screens come after the first window
    assert report["heavy"] == [], f"the first window loaded {report['heavy']}"


def test_desktop_version_comes_before_qt_and_the_rest(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    code = ("import sys\nfrom smartcert_desktop.gui import app\n"
            "try:\n    app.main(['--version'])\nexcept SystemExit:\n    pass\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY_MODULES!r})))")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                            check=False)
    assert result.stdout.splitlines() == [f"smartcert-desktop {VERSION}", "[]"]


def test_the_window_tells_the_roles_by_the_workspaces_database_names() -> None:
    # main_window keeps its own copy of the names so as not to import the store: they must stay the same.
    expected = {Role.EVALUATOR: DB_NAMES["evaluator"], Role.CHAIR: DB_NAMES["program"]}
    assert expected == WORKSPACE_DATABASES
    from smartcert_desktop.gui.main_window import SERVER_CONNECTION_FILE
    from smartcert_desktop.store.postgres import CONNECTION_FILE

    assert SERVER_CONNECTION_FILE == CONNECTION_FILE


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for source in (REPO / "smartcert_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    return found


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((REPO / "packaging" / "smartcert.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError(f"no {name} in packaging/smartcert.spec")


def test_the_frozen_build_leaves_out_no_qt_module_the_program_imports() -> None:
    imported = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets", "QtTest"} <= imported  # the scan sees the imports at all
    left_out = set(_spec_list("UNUSED_QT"))
    assert imported & left_out == set()
    # And what it leaves out are real PySide6 modules, so the list means something.
    import PySide6

    available = {p.name.split(".")[0] for p in Path(PySide6.__file__).parent.glob("Qt*.*") if p.suffix != ".pyi"}
    assert {"QtQuick", "QtQml", "QtNetwork"} <= left_out & available


@pytest.mark.gui
def test_the_named_workspace_opens_after_the_first_window_is_shown(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from smartcert_desktop.exchange import keys
    from smartcert_desktop.gui import app
    from smartcert_desktop.services.evaluator import init_evaluator

    monkeypatch.setattr(keys, "DEFAULT_SCRYPT_N", 2**10)
    workspace = tmp_path / "E01"
    init_evaluator(workspace, "E01", "Kim", "a long enough passphrase")
    monkeypatch.setenv("SMARTCERT_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(app, "configure_logging", lambda: None)
    seen: list[tuple[bool, object]] = []
    opened = app.open_named_workspace

    def traced(window: app.MainWindow, args: object) -> None:
        seen.append((window.isVisible(), window.role()))
        opened(window, args)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "open_named_workspace", traced)
    made: list[app.MainWindow] = []
    make = app.make_main_window

    def recorded(*args: object, **kwargs: object) -> tuple[app.MainWindow, object, list[str]]:
        result = make(*args, **kwargs)  # type: ignore[arg-type]
        made.append(result[0])
        return result

    monkeypatch.setattr(app, "make_main_window", recorded)
    roles: list[object] = []

    def run_until_opened(self: QApplication) -> int:
        window = made[-1]  # not another test's window that may still be about
        deadline = time.monotonic() + 20
        while window.role() is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        roles.append(window.role())
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_opened)
    assert app.main(["--lang", "en", "--workspace", str(workspace)]) == 0
    assert seen == [(True, None)]  # called once, with the window already on the screen and no role yet
    assert roles == [Role.EVALUATOR]
