"""The wheel and the sdist as agency staff get them: ``python -m build``, then ``pip install`` (not editable) into
a fresh virtual environment outside the checkout, then the programs run from another working directory with
a fresh HOME. Slow (a few minutes: two isolated builds and an install of every dependency); ``.ci/run`` runs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from packaging_support import REPO, VERSION, user_environment
from pypdf import PdfReader

pytestmark = pytest.mark.slow

# What the program needs at run time and the wheel therefore carries, besides the modules.
WHEEL_DATA = [
    "smartcert_desktop/_data/resources/sample_framework_63.xlsx",
    "smartcert_desktop/_data/resources/fonts/NanumGothic.ttf",
    "smartcert_desktop/_data/resources/fonts/NanumGothicBold.ttf",
    "smartcert_desktop/_data/resources/fonts/OFL.txt",
    "smartcert_desktop/_data/resources/icons/smartcert.png",
    "smartcert_desktop/_data/translations/smartcert_ko.qm",
    "smartcert_desktop/_data/translations/smartcert_en.qm",
    "smartcert_desktop/_data/translations/smartcert_ko.ts",
    "smartcert_desktop/store/migrations/env.py",
    "smartcert_desktop/store/migrations/versions/0001_initial_schema.py",
]


def run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 900,
        timings: dict[str, float] | None = None, name: str = "") -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                            check=False)
    if timings is not None:
        timings[name or Path(command[0]).name] = time.monotonic() - started
    assert result.returncode == 0, f"{command} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


def test_the_wheel_installed_elsewhere_runs_a_whole_round(tmp_path: Path) -> None:
    timings: dict[str, float] = {}
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--outdir", str(dist), str(REPO)], cwd=REPO, timings=timings,
        name="python -m build (sdist, then the wheel from it)")
    wheel = dist / f"smartcert-{VERSION}-py3-none-any.whl"
    sdist = dist / f"smartcert-{VERSION}.tar.gz"
    assert wheel.is_file() and sdist.is_file()
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert [name for name in WHEEL_DATA if name not in names] == []
    assert not any(name.startswith(("resources/", "translations/", "tests/")) for name in names)
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for source in ("setup.py", "MANIFEST.in", "resources/sample_framework_63.xlsx", "resources/fonts/OFL.txt",
                   "translations/smartcert_ko.ts", "translations/smartcert_en.ts"):
        assert source in members, f"the sdist lacks {source}"

    # A fresh environment outside the checkout, the package from the wheel only.
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path, timings=timings, name="python -m venv")
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], cwd=tmp_path, timings=timings,
        name="pip install the wheel")
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = user_environment(home, SMARTCERT_PASSPHRASE="demo")
    cli, desktop = str(bin_dir / "smartcert"), str(bin_dir / "smartcert-desktop")

    where = run([str(bin_dir / "python"), "-c", "from smartcert_desktop import paths; print(paths.data_root()); "
                 "print(paths.sample_framework_path())"], cwd=work, env=env).stdout.splitlines()
    data_root, sample = Path(where[0]), Path(where[1])
    assert data_root.is_relative_to(venv) and data_root.name == "_data"
    assert not sample.is_relative_to(REPO)

    assert run([cli, "--version"], cwd=work, env=env).stdout.strip() == f"smartcert {VERSION}"
    check = run([cli, "framework", "check", str(sample)], cwd=work, env=env, timings=timings,
                name="smartcert framework check").stdout
    assert "indicators: 63" in check and check.splitlines()[-1] == "framework OK"
    demo = run([cli, "demo", "demo"], cwd=work, env=env, timings=timings, name="smartcert demo DIR").stdout
    assert "8 of 8 merged" in demo
    out = run([cli, "results", "demo/program", "--json", "results.json", "--pdf-dir", "pdf"], cwd=work, env=env,
              timings=timings, name="smartcert results --json --pdf-dir").stdout
    assert "12 applicants: 12 graded" in out
    results = json.loads((work / "results.json").read_text(encoding="utf-8"))
    assert [a["code"] for a in results["applicants"]] == sorted(a["code"] for a in results["applicants"])
    assert len(results["applicants"]) == 12
    verify = run([cli, "verify", "results.json", "--program", "demo/program"], cwd=work, env=env).stdout
    assert verify.splitlines()[-1] == "intact: yes"
    # The command line speaks Korean from the installed catalogue (the .ts in the wheel; no Qt).
    korean = subprocess.run([cli, "--lang", "ko", "verify", "missing.json"], cwd=work, env=env, capture_output=True,
                            text=True, check=False, timeout=120)
    assert korean.returncode == 1 and korean.stderr.startswith("error: missing.json: ")
    assert korean.stderr == "error: missing.json: 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다\n", korean.stderr
    pdfs = sorted((work / "pdf").glob("*.pdf"))
    assert len(pdfs) == 20  # 12 result sheets and the certificates of the 7 certified, and the round report
    for pdf in pdfs:
        fonts = {}
        for page in PdfReader(pdf).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
                embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[str(font["/BaseFont"])] = embedded
        assert fonts and all(fonts.values()), f"{pdf.name}: fonts not embedded: {fonts}"
        assert all("NanumGothic" in name for name in fonts), f"{pdf.name}: {sorted(fonts)}"
    self_test = run([desktop, "--self-test"], cwd=work, env=env, timings=timings,
                    name="smartcert-desktop --self-test").stdout
    assert self_test.splitlines()[-1].startswith("self-test: OK")
    assert f"Korean from {data_root / 'translations'}" in self_test
    # The user's data went to the user data folder, nothing into the working directory but what was asked for.
    assert sorted(p.name for p in work.iterdir()) == ["demo", "pdf", "results.json", "results.json.sig"]
    print("\n".join(f"{name}: {seconds:.1f} s" for name, seconds in timings.items()))
