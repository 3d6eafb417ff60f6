#!/usr/bin/env python3
"""Set up smartcert from a fresh checkout and run it: ``demo`` opens the program, ``test`` runs the tests.

    python3 packaging/bootstrap.py demo
    python3 packaging/bootstrap.py test [PYTEST ARGS...]

Standard library only, so that the system ``python3`` of a fresh Debian or Ubuntu machine can run it. It
installs only what is missing and is quick the second time:

- Debian packages that Qt and the PDF fonts need (``dpkg -s`` to check, ``apt-get`` as root or through
  ``sudo``; without either it warns and goes on);
- the virtual environment ``<repo>/.venv`` (installing ``python3-venv`` when ``python3 -m venv`` cannot make
  one);
- the project itself, editable, with its dependencies, again only when ``pyproject.toml`` changed (a stamp
  file in ``.venv`` keeps its hash);
- the ``.qm`` translations, built from ``translations/*.ts`` with the virtual environment's
  ``pyside6-lrelease``.

Set ``SMARTCERT_BOOTSTRAP_NO_APT=1`` to leave the system packages alone.
"""

# Kept to syntax that older interpreters can parse, so that an old python3 gets a clear message rather
# than a syntax error.
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MIN_PYTHON = (3, 11)
REPO = Path(__file__).resolve().parent.parent
VENV = REPO / ".venv"
STAMP = VENV / ".smartcert-bootstrap.json"

# What the Qt libraries of PySide6 need even offscreen, and the Korean fonts of the result sheets.
# Each entry lists names of the same library across releases (Ubuntu 24.04 renamed some with "t64");
# the first name is the one asked of apt-get, any of them counts as installed.
OFFSCREEN_PACKAGES: tuple[tuple[str, ...], ...] = (
    ("libegl1",),
    ("libgl1",),
    ("libfontconfig1",),
    ("libglib2.0-0", "libglib2.0-0t64"),
    ("libxkbcommon0",),
    ("libdbus-1-3",),
    ("fonts-nanum",),
)
# What the tests use besides: a PostgreSQL server's binaries (initdb, pg_ctl) for the program store's tests, and
# poppler's pdftoppm, pdffonts and pdftotext, to render a result sheet's page and to see that every font of a PDF
# is embedded (tests/reports, tests/packaging, packaging/build.py).
TEST_PACKAGES: tuple[tuple[str, ...], ...] = (("postgresql",), ("poppler-utils",))
# What the xcb platform plugin needs for a real window.
WINDOW_PACKAGES: tuple[tuple[str, ...], ...] = (
    ("libxcb-cursor0",),
    ("libxcb-icccm4",),
    ("libxcb-keysyms1",),
    ("libxcb-image0",),
    ("libxcb-render-util0",),
    ("libxcb-shape0",),
    ("libxcb-xkb1",),
    ("libxkbcommon-x11-0",),
)


class BootstrapError(Exception):
    """Something the user has to fix; printed without a traceback."""


def say(message: str) -> None:
    print(f"bootstrap: {message}", flush=True)


def warn(message: str) -> None:
    print(f"bootstrap: warning: {message}", file=sys.stderr, flush=True)


def run(args: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command with text output; never raises on a non-zero exit."""
    return subprocess.run(list(args), text=True, check=False, **kwargs)


# --- system packages --------------------------------------------------------------------------------------


class Apt:
    """apt-get as root, or through sudo; ``apt-get update`` at most once per run."""

    def __init__(self) -> None:
        self.updated = False
        self.prefix: list[str] | None = self._privilege_prefix()

    @staticmethod
    def _privilege_prefix() -> list[str] | None:
        if os.environ.get("SMARTCERT_BOOTSTRAP_NO_APT"):
            return None
        if shutil.which("apt-get") is None or shutil.which("dpkg") is None:
            return None
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            return ["env", "DEBIAN_FRONTEND=noninteractive"]
        if shutil.which("sudo") is not None:
            # Without a terminal sudo cannot ask for a password: fail at once instead of waiting.
            interactive = sys.stdin is not None and sys.stdin.isatty()
            sudo = ["sudo"] if interactive else ["sudo", "-n"]
            return [*sudo, "env", "DEBIAN_FRONTEND=noninteractive"]
        return None

    @property
    def available(self) -> bool:
        return self.prefix is not None

    def _apt_get(self, *args: str, report: bool = True) -> bool:
        assert self.prefix is not None
        result = run([*self.prefix, "apt-get", "-q", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if result.returncode == 0:
            return True
        if report:
            tail = "\n".join(result.stdout.strip().splitlines()[-8:])
            warn(f"apt-get {args[0]} failed (exit {result.returncode}):\n{tail}")
        return False

    def install(self, names: Sequence[str]) -> list[str]:
        """Install ``names``; return those that could not be installed."""
        if not names:
            return []
        if self.prefix is None:
            return list(names)
        if not self.updated:
            say("apt-get update")
            self._apt_get("update")
            self.updated = True
        say("apt-get install " + " ".join(names))
        if self._apt_get("install", "-y", "--no-install-recommends", *names, report=len(names) == 1):
            return []
        if len(names) == 1:
            return list(names)
        # One unknown name makes apt-get refuse the whole list: try them one by one.
        return [name for name in names if not self._apt_get("install", "-y", "--no-install-recommends", name)]


def installed_debian_packages(names: Sequence[str]) -> set[str]:
    """Which of ``names`` dpkg reports as installed (``dpkg -s``, one call)."""
    result = run(["dpkg", "-s", *names], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    installed: set[str] = set()
    package = ""
    for line in result.stdout.splitlines():
        if line.startswith("Package:"):
            package = line.split(":", 1)[1].strip()
        elif line.startswith("Status:") and line.split(":", 1)[1].split()[-1:] == ["installed"]:
            installed.add(package)
    return installed


def ensure_system_packages(apt: Apt, wanted: Sequence[tuple[str, ...]]) -> None:
    if shutil.which("dpkg") is None:
        say("not a Debian or Ubuntu system: skipping system packages (Qt needs OpenGL, fontconfig, xcb)")
        return
    names = [name for alternatives in wanted for name in alternatives]
    installed = installed_debian_packages(names)
    missing = [alternatives[0] for alternatives in wanted if not installed.intersection(alternatives)]
    if not missing:
        say("system packages: all there")
        return
    if not apt.available:
        warn(
            "missing system packages and no root or sudo to install them: "
            + " ".join(missing)
            + "\n  install them with: sudo apt-get install "
            + " ".join(missing)
        )
        return
    failed = apt.install(missing)
    if failed:
        warn("could not install: " + " ".join(failed) + " (Qt or the Korean fonts may not work)")


# --- virtual environment ----------------------------------------------------------------------------------


def venv_bin(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / (name + ".exe")
    return VENV / "bin" / name


def venv_python_works() -> bool:
    python = venv_bin("python")
    if not python.exists():
        return False
    check = "import sys; assert sys.version_info >= (3, 11); import pip"
    result = run([str(python), "-c", check], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return result.returncode == 0


def base_python() -> str:
    """A Python ≥ 3.11 for the virtual environment: this one, or a newer ``python3.X`` on PATH."""
    if sys.version_info >= MIN_PYTHON:
        return sys.executable
    for minor in range(20, MIN_PYTHON[1] - 1, -1):
        found = shutil.which(f"python3.{minor}")
        if found:
            return found
    raise BootstrapError(
        "smartcert needs Python 3.11 or newer; this is "
        + ".".join(map(str, sys.version_info[:3]))
        + " (install python3.11 or newer and run this script with it)"
    )


def ensure_venv(apt: Apt) -> None:
    if venv_python_works():
        return
    python = base_python()
    if VENV.exists():
        say(f"{VENV} is incomplete or broken: making it again")
        shutil.rmtree(VENV)
    say(f"creating the virtual environment {VENV}")
    result = run([python, "-m", "venv", str(VENV)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if result.returncode == 0 and venv_python_works():
        return
    # Debian and Ubuntu ship venv's pip bootstrap (ensurepip) separately, in python3-venv.
    shutil.rmtree(VENV, ignore_errors=True)
    version = run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], stdout=subprocess.PIPE)
    packages = ["python3-venv", f"python{version.stdout.strip()}-venv"]
    if not apt.available:
        raise BootstrapError(
            f"'{python} -m venv' failed:\n{result.stdout.strip()}\n"
            f"install the venv module (sudo apt-get install {' '.join(packages)}) and run this again"
        )
    say("'python3 -m venv' needs ensurepip: installing " + " ".join(packages))
    failed = apt.install(packages)
    if failed == packages:
        raise BootstrapError("could not install " + " ".join(packages))
    result = run([python, "-m", "venv", str(VENV)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if result.returncode != 0 or not venv_python_works():
        raise BootstrapError(f"'{python} -m venv {VENV}' failed:\n{result.stdout.strip()}")


# --- the project ------------------------------------------------------------------------------------------


def read_stamp() -> dict[str, object]:
    try:
        data = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def ensure_project(extras: Sequence[str]) -> None:
    """``pip install -e .[extras]`` unless the stamp says this pyproject.toml is installed with them."""
    pyproject_hash = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()
    stamp = read_stamp()
    installed_extras = stamp.get("extras")
    if (
        stamp.get("pyproject_sha256") == pyproject_hash
        and stamp.get("repo") == str(REPO)
        and isinstance(installed_extras, list)
        and set(extras) <= set(installed_extras)
    ):
        say("python packages: up to date")
        return
    # Keep extras installed earlier so that switching between demo and test does not reinstall.
    earlier = set(installed_extras) if isinstance(installed_extras, list) else set()
    all_extras = sorted(set(extras) | earlier)
    target = "." + (f"[{','.join(all_extras)}]" if all_extras else "")
    say(f"pip install -e {target} (a few minutes the first time)")
    STAMP.unlink(missing_ok=True)
    result = run([str(venv_bin("python")), "-m", "pip", "install", "-q", "-e", target], cwd=REPO)
    if result.returncode != 0:
        raise BootstrapError(f"pip install -e {target} failed (exit {result.returncode})")
    STAMP.write_text(
        json.dumps({"pyproject_sha256": pyproject_hash, "repo": str(REPO), "extras": all_extras}) + "\n",
        encoding="utf-8",
    )


def build_translations() -> None:
    """``translations/*.ts`` → ``translations/*.qm``, each only when its .qm is missing or older."""
    sources = sorted((REPO / "translations").glob("*.ts"))
    if not sources:
        return
    lrelease = venv_bin("pyside6-lrelease")
    if not lrelease.exists():
        warn(f"{lrelease} not found: translations not built")
        return
    stale = [
        ts
        for ts in sources
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    for ts in stale:
        qm = ts.with_suffix(".qm")
        command = [str(lrelease), "-silent", str(ts), "-qm", str(qm)]
        result = run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if result.returncode != 0:
            raise BootstrapError(f"pyside6-lrelease {ts.name} failed:\n{result.stdout.strip()}")
    if stale:
        say("translations built: " + ", ".join(ts.with_suffix(".qm").name for ts in stale))


def set_up(apt: Apt, system_packages: Sequence[tuple[str, ...]], extras: Sequence[str]) -> None:
    ensure_system_packages(apt, system_packages)
    ensure_venv(apt)
    ensure_project(extras)
    build_translations()


# --- the two modes ----------------------------------------------------------------------------------------


def display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo() -> int:
    apt = Apt()
    set_up(apt, OFFSCREEN_PACKAGES + WINDOW_PACKAGES, extras=[])
    say("smartcert demo (creating the demo program in your data folder, or keeping the one there)")
    result = run([str(venv_bin("smartcert")), "demo"], stdout=subprocess.PIPE)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        hint = " (this checkout's command line has no 'demo' yet?)" if result.returncode == 2 else ""
        say(f"'smartcert demo' failed (exit {result.returncode}){hint}")
        return result.returncode
    gui_ready = (REPO / "smartcert_desktop" / "gui" / "app.py").exists()
    if gui_ready and display_available():
        say("starting smartcert-desktop --demo")
        return run([str(venv_bin("smartcert-desktop")), "--demo"]).returncode
    # No window can be shown: say so and show what the demo program holds instead.
    if gui_ready:
        reason = "no display (DISPLAY and WAYLAND_DISPLAY are unset)"
    else:
        reason = "the desktop program (smartcert_desktop/gui/app.py) is not there yet"
    say(f"not opening the desktop program: {reason}; here is the demo program's summary instead")
    sys.stdout.write(result.stdout)
    return 0


def test(pytest_args: Sequence[str]) -> int:
    apt = Apt()
    set_up(apt, OFFSCREEN_PACKAGES + TEST_PACKAGES, extras=["test"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [str(venv_bin("python")), "-m", "pytest", *pytest_args]
    say("QT_QPA_PLATFORM=offscreen python -m pytest " + " ".join(pytest_args))
    code = run(command, cwd=REPO, env=env).returncode
    if code == 5:
        say("pytest collected no tests: counted as a failure")
        return 1
    return code


def main(argv: Sequence[str]) -> int:
    usage = "usage: python3 packaging/bootstrap.py demo | test [PYTEST ARGS...]"
    if not argv or argv[0] not in ("demo", "test") or (argv[0] == "demo" and len(argv) > 1):
        print(usage, file=sys.stderr)
        return 2
    os.environ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    started = time.monotonic()
    try:
        code = demo() if argv[0] == "demo" else test(argv[1:])
    except (BootstrapError, OSError) as exc:
        print(f"bootstrap: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bootstrap: interrupted", file=sys.stderr)
        return 130
    if argv[0] == "test":
        say(f"done in {time.monotonic() - started:.0f} s, exit {code}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
