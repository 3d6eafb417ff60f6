"""The parts of the build that can be checked without building: the translation step of the wheel, the pins,
and the checks of ``packaging/build.py`` (fonts embedded, nothing written, read-only runs, the contents).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging_support import REPO
from reportlab.pdfgen import canvas

from smartcert_desktop.reports.fonts import register_fonts


def load_setup() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smartcert_setup", REPO / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not __main__: setup() is not called
    return module


def test_the_build_requirement_is_the_pyside6_the_program_runs_on() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = [d for d in pyproject["project"]["dependencies"] if d.startswith("PySide6")]
    build = [d for d in pyproject["build-system"]["requires"] if d.startswith("PySide6")]
    assert len(runtime) == 1 and "==" in runtime[0]
    assert build == runtime


@pytest.mark.gui
def test_the_wheel_step_compiles_translations_that_qt_reads(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    built = load_setup().compile_translations([REPO / "translations" / "smartcert_ko.ts"], tmp_path / "qm")
    assert built == [tmp_path / "qm" / "smartcert_ko.qm"]
    translator = QTranslator()
    assert translator.load(str(built[0]))
    assert translator.translate("MainWindow", "&File") == "파일(&F)"


def test_the_wheel_step_stops_with_a_clear_message_on_a_broken_source(tmp_path: Path) -> None:
    broken = tmp_path / "smartcert_xx.ts"
    broken.write_text("<TS version='2.1'><context><name>A</name><message>", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        load_setup().compile_translations([broken], tmp_path / "qm")
    message = str(stopped.value)
    assert message.startswith("error: translations/smartcert_xx.ts could not be compiled to smartcert_xx.qm")
    assert "build with PySide6 installed" in message


def write_pdf(path: Path, font: str) -> Path:
    pdf = canvas.Canvas(str(path), initialFontName=font)  # else the page also names Helvetica
    pdf.drawString(72, 720, "스마트도시 인증 Smart City" if font.startswith("Nanum") else "Smart City")
    pdf.save()
    return path


@pytest.mark.parametrize("with_pdffonts", [True, False])
def test_fonts_not_embedded_are_found(
    tmp_path: Path, build_script: ModuleType, monkeypatch: pytest.MonkeyPatch, with_pdffonts: bool,
) -> None:
    if not with_pdffonts:  # the standard-library reading, for a machine without poppler
        monkeypatch.setattr(build_script.shutil, "which", lambda name: None)
    regular, _bold = register_fonts()
    assert build_script.pdf_fonts_embedded(write_pdf(tmp_path / "nanum.pdf", regular)) == []
    assert build_script.pdf_fonts_embedded(write_pdf(tmp_path / "base14.pdf", "Helvetica")) == ["Helvetica"]


def test_the_snapshot_sees_a_new_file_and_a_changed_one(tmp_path: Path, build_script: ModuleType) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"1234")
    before = build_script.snapshot(tmp_path)
    assert build_script.snapshot(tmp_path) == before
    (tmp_path / "lib" / "__pycache__").mkdir()
    assert set(build_script.snapshot(tmp_path)) - set(before) == {"lib/__pycache__"}
    (tmp_path / "lib" / "__pycache__").rmdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"12345")
    after = build_script.snapshot(tmp_path)
    assert [k for k in before if before[k] != after[k]] == ["lib", "lib/a.so"]


def test_the_smoke_environment_is_a_new_users(tmp_path: Path, build_script: ModuleType,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    venv_bin = str(REPO / ".venv" / "bin")
    monkeypatch.setenv("PATH", os.pathsep.join([venv_bin, "/usr/bin", "/bin"]))
    for name in ("PYTHONPATH", "VIRTUAL_ENV", "XDG_DATA_HOME", "SMARTCERT_PASSPHRASE", "QT_PLUGIN_PATH"):
        monkeypatch.setenv(name, "set")
    env = build_script.clean_environment(tmp_path)
    assert env["PATH"].split(os.pathsep) == ["/usr/bin", "/bin"]
    assert env["HOME"] == str(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert not {"PYTHONPATH", "VIRTUAL_ENV", "XDG_DATA_HOME", "SMARTCERT_PASSPHRASE", "QT_PLUGIN_PATH"} & set(env)


def make_app(folder: Path) -> Path:
    (folder / "_internal").mkdir(parents=True)
    (folder / "smartcert").write_bytes(b"#!")
    (folder / "_internal" / "data.txt").write_text("data", encoding="utf-8")
    return folder


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="the read-only bind mount needs root (CI runs as root); the chmod variant is tested below")
def test_the_read_only_mount_refuses_writes_and_lets_the_program_read(tmp_path: Path,
                                                                        build_script: ModuleType) -> None:
    app = make_app(tmp_path / "app")
    read_only = build_script.ReadOnly(app)
    assert read_only.namespace
    with read_only:
        write = subprocess.run(read_only.wrap(["sh", "-c", f'echo x > "{app}/_internal/new"']),
                               capture_output=True, text=True, check=False)
        read = subprocess.run(read_only.wrap(["cat", str(app / "_internal" / "data.txt")]),
                              capture_output=True, text=True, check=False)
    assert write.returncode != 0 and "Read-only file system" in write.stderr
    assert read.stdout == "data"
    assert not (app / "_internal" / "new").exists()
    (app / "_internal" / "new").write_text("writable again outside the namespace", encoding="utf-8")


def test_without_root_the_write_bits_are_taken_and_given_back(tmp_path: Path, build_script: ModuleType) -> None:
    app = make_app(tmp_path / "app")
    (app / "smartcert").chmod(0o755)
    read_only = build_script.ReadOnly(app)
    read_only.namespace = False
    assert read_only.wrap(["x"]) == ["x"]
    with read_only:
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [app, *app.rglob("*")]}
        assert all(mode & 0o222 == 0 for mode in modes.values()), modes
    assert stat.S_IMODE((app / "smartcert").stat().st_mode) == 0o755
    assert stat.S_IMODE((app / "_internal").stat().st_mode) & 0o200


def test_the_contents_check_names_what_is_wrong(tmp_path: Path, build_script: ModuleType) -> None:
    app = make_app(tmp_path / "smartcert")
    (app / "_internal" / "libQt6Quick.so.6").write_bytes(b"\0" * 10)
    (app / "_internal" / "libQt6Widgets.so.6").write_bytes(b"\0" * 10)
    problems = build_script.check_contents(app, max_mb=0.000001)
    suffix = ".exe" if sys.platform == "win32" else ""
    assert f"{app}: smartcert-desktop{suffix} is missing" in problems
    assert any(p.startswith(f"{app}: ") and "more than 0 MB" in p for p in problems)
    assert f"{app}: Qt parts the program does not use: libQt6Quick.so.6" in problems
    data = app / "_internal" / "smartcert_desktop" / "_data"
    assert f"{data / 'translations/smartcert_ko.qm'}: missing" in problems
