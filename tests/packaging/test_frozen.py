"""The one-folder program as evaluators get it: ``packaging/build.py`` builds it and smoke-tests it read-only, as a
new user, from another working directory; and the smoke test fails on a broken copy. Slow (a few minutes);
``.ci/run`` runs it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import REPO, VERSION

pytestmark = pytest.mark.slow

BUILD = [sys.executable, str(REPO / "packaging" / "build.py")]  # standard library only; any Python 3.11 runs it


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The build in a temporary folder, and what build.py printed making and testing it."""
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run([*BUILD, "--dist", str(dist), "--work", str(work)], cwd=REPO, capture_output=True,
                            text=True, timeout=3000, check=False)
    output = result.stdout + result.stderr
    print(output)  # the timings and the size, for the CI log (-rP)
    assert result.returncode == 0, output
    return dist / "smartcert", output


def test_the_build_passes_its_smoke_test_and_stays_small(built: tuple[Path, str]) -> None:
    app, output = built
    size = re.search(r"smartcert: ([0-9.]+) MB in ([0-9]+) files", output)
    assert size is not None and float(size.group(1)) < 200
    for check in ("smartcert --version", "smartcert demo", "smartcert framework check (bundled sample)",
                  "smartcert --lang ko framework check (bundled sample)",
                  "smartcert results --json --pdf-dir (demo)", "smartcert-desktop --self-test"):
        assert re.search(rf"  ok {re.escape(check)} \(", output), f"no 'ok {check}' in:\n{output}"
    assert "every font embedded" in output
    assert f"ok nothing written in {app}" in output
    suffix = ".exe" if sys.platform == "win32" else ""
    version = subprocess.run([str(app / f"smartcert{suffix}"), "--version"], capture_output=True, text=True,
                             check=False)
    assert version.stdout.strip() == f"smartcert {VERSION}"
    # Only the Qt libraries the program uses are in the folder.
    qt_libraries = sorted(p.name for p in (app / "_internal" / "PySide6").rglob("*Qt6*") if p.is_file())
    assert not [name for name in qt_libraries if re.search(r"Qt6(Quick|Qml|WebEngine|3D|Multimedia|Network)", name)]
    assert any(name.startswith("libQt6Widgets") for name in qt_libraries) or sys.platform != "linux"


def test_the_smoke_test_fails_on_a_copy_without_the_korean_catalogue(built: tuple[Path, str],
                                                                      tmp_path: Path) -> None:
    app, _ = built
    broken = tmp_path / "dist" / "smartcert"
    shutil.copytree(app, broken, symlinks=True)
    (broken / "_internal" / "smartcert_desktop" / "_data" / "translations" / "smartcert_ko.qm").unlink()
    result = subprocess.run([*BUILD, "--smoke-only", "--dist", str(tmp_path / "dist")], cwd=REPO,
                            capture_output=True, text=True, timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    missing = broken / "_internal" / "smartcert_desktop" / "_data" / "translations" / "smartcert_ko.qm"
    assert f"build: error: {missing}: missing" in output
    assert "FAILED smartcert-desktop --self-test" in output
    assert f"self-test: FAILED: {missing}: missing, so the program cannot show Korean" in output
