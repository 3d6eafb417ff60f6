#!/usr/bin/env python3
"""Build the one-folder program with PyInstaller and smoke-test it as a user would get it.

    python3 packaging/build.py                 set up, build dist/smartcert/, smoke-test it
    python3 packaging/build.py --smoke-only    smoke-test an existing dist/smartcert/
    python3 packaging/build.py --no-smoke      build only

Standard library only, like ``bootstrap.py``, whose set-up it reuses: the Debian packages, the virtual
environment ``.venv`` with the project and PyInstaller (the ``freeze`` extra), the ``.qm`` translations. Then
``pyinstaller packaging/smartcert.spec`` builds ``dist/smartcert/``, and the build is checked:

- its size (at most ``--max-mb``, 200 MB by default) and that no unused Qt part (QML, Quick, WebEngine, 3D,
  Multimedia, ...) got in;
- the smoke test runs the frozen programs from another working directory, with a fresh ``HOME``, no virtual
  environment on ``PATH`` and no Python variables, and with the program folder read-only (a read-only bind
  mount in a private mount namespace when run as root, ``chmod`` otherwise): ``smartcert --version``,
  ``smartcert demo``, ``smartcert framework check`` on the bundled sample, ``smartcert results --json
  --pdf-dir`` on the demo (every font embedded), the PDFs again with their worker processes started afresh
  (the same files), ``smartcert-desktop --self-test`` (offscreen); and afterwards
  nothing in the program folder may have changed and the demo must be in the fresh user data folder.

Each step prints its time. Exit code 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIST = REPO / "dist"
DEFAULT_WORK = REPO / "build" / "pyinstaller"
SPEC = REPO / "packaging" / "smartcert.spec"
APP_FOLDER = "smartcert"
MAX_MB = 200
EXE_SUFFIX = ".exe" if os.name == "nt" else ""

# Qt parts the program does not use: a file of the build whose name matches one of these is a mistake in
# the spec (tests/packaging checks the program imports no other Qt module than QtCore, QtGui, QtWidgets, QtTest).
UNUSED_QT = re.compile(
    r"Qt6?(Quick|Qml|WebEngine|3D|Multimedia|Pdf|Charts|DataVisualization|Graphs|Location|Positioning|Sensors"
    r"|SerialPort|Bluetooth|Nfc|RemoteObjects|Scxml|TextToSpeech|WebSockets|WebChannel|WebView|HttpServer"
    r"|Designer|Help|UiTools|Sql|Network)",
    re.IGNORECASE,
)


class BuildError(Exception):
    """A step failed; printed as one line, without a traceback."""


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def load_bootstrap() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bootstrap", REPO / "packaging" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@contextmanager
def step(name: str, timings: dict[str, float]) -> Iterator[None]:
    started = time.monotonic()
    yield
    timings[name] = time.monotonic() - started
    say(f"{name}: {timings[name]:.1f} s")


# --- the build --------------------------------------------------------------------------------------------


def build(dist: Path, work: Path, timings: dict[str, float]) -> Path:
    bootstrap = load_bootstrap()
    with step("set-up (system packages, .venv with PyInstaller, translations)", timings):
        try:
            bootstrap.set_up(bootstrap.Apt(), bootstrap.OFFSCREEN_PACKAGES + bootstrap.TEST_PACKAGES, extras=["freeze"])
        except bootstrap.BootstrapError as exc:
            raise BuildError(str(exc)) from exc
    python = bootstrap.venv_bin("python")
    app = dist / APP_FOLDER
    with step("pyinstaller", timings):
        command = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                   "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
        result = subprocess.run(command, cwd=REPO, check=False)
        if result.returncode != 0:
            raise BuildError(f"pyinstaller failed (exit {result.returncode})")
    if not (app / f"smartcert{EXE_SUFFIX}").is_file():
        raise BuildError(f"{app}: no smartcert{EXE_SUFFIX} after the build")
    return app


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_contents(app: Path, max_mb: float) -> list[str]:
    """Problems with what the build holds: its size and Qt parts the program does not use."""
    problems: list[str] = []
    for name in ("smartcert", "smartcert-desktop"):
        if not (app / f"{name}{EXE_SUFFIX}").is_file():
            problems.append(f"{app}: {name}{EXE_SUFFIX} is missing")
    size_mb = folder_size(app) / 1e6
    files = sum(1 for p in app.rglob("*") if p.is_file())
    say(f"{app}: {size_mb:.1f} MB in {files} files (limit {max_mb:.0f} MB)")
    if size_mb > max_mb:
        problems.append(f"{app}: {size_mb:.1f} MB, more than {max_mb:.0f} MB")
    unused = sorted({p.name for p in app.rglob("*") if p.is_file() and UNUSED_QT.search(p.name)})
    if unused:
        problems.append(f"{app}: Qt parts the program does not use: {', '.join(unused[:12])}")
    data = app / "_internal" / "smartcert_desktop" / "_data"
    for needed in ("resources/sample_framework_63.xlsx", "resources/fonts/NanumGothic.ttf",
                   "resources/fonts/NanumGothicBold.ttf", "resources/fonts/OFL.txt", "translations/smartcert_ko.qm",
                   "translations/smartcert_en.qm", "translations/smartcert_ko.ts"):
        if not (data / needed).is_file():
            problems.append(f"{data / needed}: missing")
    return problems


# --- the smoke test ---------------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file and folder under ``folder`` with its kind, size and modification time."""
    found: dict[str, tuple[int, int, int]] = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        found[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime_ns)
    return found


def clean_environment(home: Path) -> dict[str, str]:
    """The environment of a user who has never run the program and has no Python set up."""
    venv_bins = {str(REPO / ".venv" / "bin"), str(REPO / ".venv" / "Scripts")}
    if os.environ.get("VIRTUAL_ENV"):
        venv_bins |= {str(Path(os.environ["VIRTUAL_ENV"]) / "bin"), str(Path(os.environ["VIRTUAL_ENV"]) / "Scripts")}
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p not in venv_bins)
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "XDG_", "SMARTCERT_", "QT_", "VIRTUAL_ENV", "PIP_"))
    }
    env.update(PATH=path, HOME=str(home), USERPROFILE=str(home), LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    return env


class ReadOnly:
    """Runs commands with the program folder read-only.

    As root a private mount namespace with a read-only bind mount of the folder over itself (``unshare -m``;
    chmod means nothing to root); otherwise the write bits are taken away for the run and given back after.
    """

    def __init__(self, app: Path) -> None:
        self.app = app
        self.namespace = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("unshare") is not None
        self._modes: dict[Path, int] = {}

    def describe(self) -> str:
        return "read-only bind mount (unshare -m)" if self.namespace else "write permission removed (chmod)"

    def wrap(self, command: Sequence[str]) -> list[str]:
        if not self.namespace:
            return list(command)
        script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
        return ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh", str(self.app), *command]

    def __enter__(self) -> ReadOnly:
        if not self.namespace:
            for path in [self.app, *self.app.rglob("*")]:
                if path.is_symlink():
                    continue
                mode = path.stat().st_mode
                self._modes[path] = mode
                path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        return self

    def __exit__(self, *exc: object) -> None:
        for path, mode in self._modes.items():
            path.chmod(mode)
        self._modes.clear()


def pdf_fonts_embedded(pdf: Path) -> list[str]:
    """The fonts of ``pdf`` that are not embedded (empty when all are); pdffonts when present, else the bytes."""
    if shutil.which("pdffonts"):
        result = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return [f"pdffonts failed: {result.stderr.strip()}"]
        rows = result.stdout.splitlines()[2:]
        if not rows:
            return ["no fonts at all"]
        # name, type (may hold a space), encoding, emb, sub, uni, object, generation
        return [row.split()[0] for row in rows if row.split()[-5] != "yes"]
    data = pdf.read_bytes()
    fonts = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-_]+)", data))
    if not fonts:
        return ["no fonts at all"]
    if data.count(b"/FontFile2") + data.count(b"/FontFile3") + data.count(b"/FontFile ") < len(fonts):
        return [name.decode() for name in sorted(fonts) if b"+" not in name]
    return []


def smoke_test(app: Path, timings: dict[str, float]) -> list[str]:
    """Run the frozen programs as a new user would; returns the problems found (empty: all is well)."""
    problems: list[str] = []
    cli = app / f"smartcert{EXE_SUFFIX}"
    desktop = app / f"smartcert-desktop{EXE_SUFFIX}"
    sample = app / "_internal" / "smartcert_desktop" / "_data" / "resources" / "sample_framework_63.xlsx"
    version = re.search(r'__version__\s*=\s*"([^"]+)"',
                        (REPO / "smartcert_desktop" / "__init__.py").read_text(encoding="utf-8"))
    expected_version = version.group(1) if version else "?"
    base = Path(tempfile.mkdtemp(prefix="smartcert-smoke-"))
    home, cwd = base / "home", base / "work"
    home.mkdir()
    cwd.mkdir()
    env = clean_environment(home)
    before = snapshot(app)
    read_only = ReadOnly(app)
    say(f"smoke test in {cwd}, HOME={home}, program folder {read_only.describe()}")

    def run(name: str, command: Sequence[str], check: Callable[[str], str | None] | None = None,
            extra_env: dict[str, str] | None = None, timeout: float = 300) -> str:
        started = time.monotonic()
        try:
            result = subprocess.run(read_only.wrap(command), cwd=cwd, env={**env, **(extra_env or {})},
                                    capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            problems.append(f"{name}: no answer within {timeout:.0f} s")
            return ""
        elapsed = time.monotonic() - started
        timings[f"smoke: {name}"] = elapsed
        output = result.stdout + result.stderr
        problem = f"exit {result.returncode}" if result.returncode != 0 else (check(result.stdout) if check else None)
        if problem:
            tail = "\n    ".join(output.strip().splitlines()[-15:])
            problems.append(f"{name}: {problem}\n    {tail}")
            say(f"  FAILED {name} ({elapsed:.1f} s): {problem}")
        else:
            say(f"  ok {name} ({elapsed:.1f} s)")
        return result.stdout

    with read_only:
        if read_only.namespace:
            probe = subprocess.run(read_only.wrap(["sh", "-c", f'touch "{app}/.write-probe"']), cwd=cwd, env=env,
                                   capture_output=True, text=True, check=False)
            if probe.returncode == 0:
                problems.append(f"{app}: could be written to inside the read-only mount; the test proves nothing")
        run("smartcert --version", [str(cli), "--version"],
            lambda out: None if out.strip() == f"smartcert {expected_version}" else f"printed {out.strip()!r}")
        run("smartcert-desktop --version", [str(desktop), "--version"],
            lambda out: None if out.strip() == f"smartcert-desktop {expected_version}" else f"printed {out.strip()!r}")
        run("smartcert demo", [str(cli), "demo"],
            lambda out: None if "8 of 8 merged" in out else "no '8 of 8 merged' in its summary")
        run("smartcert framework check (bundled sample)", [str(cli), "framework", "check", str(sample)],
            lambda out: None if "framework OK" in out and "indicators: 63" in out else "no 'framework OK' or not 63")
        # The command line's Korean comes from the .ts shipped in the folder (it has no Qt).
        run("smartcert --lang ko framework check (bundled sample)",
            [str(cli), "--lang", "ko", "framework", "check", str(sample)],
            lambda out: None if out.strip() and re.search("[\uac00-\ud7a3]", out.strip().splitlines()[-1])
            and "framework OK" not in out else "its last line is not Korean")
        demo = home / ".local" / "share" / "smartcert" / "demo"
        if sys.platform == "darwin":
            demo = home / "Library" / "Application Support" / "smartcert" / "demo"
        elif os.name == "nt":
            demo = home / "AppData" / "Local" / "smartcert" / "smartcert" / "demo"
        run("smartcert results --json --pdf-dir (demo)",
            [str(cli), "results", str(demo / "program"), "--json", "results.json", "--pdf-dir", "pdf"],
            extra_env={"SMARTCERT_PASSPHRASE": "demo"})
        # The desktop program (and every program on Windows and macOS) starts its PDF workers afresh, as the
        # frozen program itself: the same files as the forked workers above.
        run("smartcert results --pdf-dir (demo, workers started afresh)",
            [str(cli), "results", str(demo / "program"), "--pdf-dir", "pdf-spawned"],
            extra_env={"SMARTCERT_PASSPHRASE": "demo", "SMARTCERT_PDF_START": "spawn", "SMARTCERT_PDF_WORKERS": "2"})
        run("smartcert-desktop --self-test", [str(desktop), "--self-test"],
            lambda out: None if "self-test: OK" in out else "no 'self-test: OK'", timeout=120)
    # What was written, and where.
    try:
        results = json.loads((cwd / "results.json").read_text(encoding="utf-8"))
        if len(results.get("applicants", [])) != 12:
            problems.append(f"results.json: {len(results.get('applicants', []))} applicants, not the demo's 12")
    except (OSError, ValueError) as exc:
        problems.append(f"results.json: {exc}")
    pdfs = sorted((cwd / "pdf").glob("*.pdf")) if (cwd / "pdf").is_dir() else []
    if not pdfs:
        problems.append(f"{cwd / 'pdf'}: no PDF written")
    font_problems = [f"{pdf.name}: fonts not embedded: {', '.join(missing)}"
                     for pdf in pdfs if (missing := pdf_fonts_embedded(pdf))]
    problems += font_problems
    if pdfs and not font_problems:
        say(f"  ok {len(pdfs)} PDF files, every font embedded")
    spawned = sorted((cwd / "pdf-spawned").glob("*.pdf")) if (cwd / "pdf-spawned").is_dir() else []
    if [p.name for p in spawned] != [p.name for p in pdfs] or any(
            a.read_bytes() != b.read_bytes() for a, b in zip(pdfs, spawned, strict=False)):
        problems.append(f"{cwd / 'pdf-spawned'}: not the same files as {cwd / 'pdf'}")
    elif pdfs:
        say(f"  ok the {len(spawned)} PDF files of workers started afresh are byte for byte the same")
    if not (demo / "program").is_dir():
        problems.append(f"{demo}: the demo is not in the fresh user data folder")
    after = snapshot(app)
    changed = sorted(set(before) ^ set(after)) + sorted(k for k in before if k in after and before[k] != after[k])
    if changed:
        problems.append(f"{app}: changed by running the programs: {', '.join(changed[:10])}")
    else:
        say(f"  ok nothing written in {app}")
    if not problems:
        shutil.rmtree(base, ignore_errors=True)
    else:
        say(f"smoke test files kept in {base}")
    return problems


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--smoke-only", action="store_true", help="smoke-test an existing build, do not build")
    mode.add_argument("--no-smoke", action="store_true", help="build and check the contents only")
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help=f"output folder (default {DEFAULT_DIST})")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="PyInstaller's work folder")
    parser.add_argument("--max-mb", type=float, default=MAX_MB, help=f"largest allowed size (default {MAX_MB})")
    args = parser.parse_args(argv)
    os.environ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    timings: dict[str, float] = {}
    started = time.monotonic()
    app = args.dist.resolve() / APP_FOLDER
    try:
        if not args.smoke_only:
            app = build(args.dist.resolve(), args.work.resolve(), timings)
        elif not app.is_dir():
            raise BuildError(f"{app}: no build to test (run without --smoke-only first)")
        problems = check_contents(app, args.max_mb)
        if not args.no_smoke:
            with step("smoke test", timings):
                problems += smoke_test(app, timings)
    except (BuildError, OSError) as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("build: interrupted", file=sys.stderr)
        return 130
    for problem in problems:
        print(f"build: error: {problem}", file=sys.stderr)
    verdict = "FAILED" if problems else "OK"
    say(f"{verdict} in {time.monotonic() - started:.0f} s: {app}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
