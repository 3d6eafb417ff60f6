"""The build step that puts the program's own files into the package (wheel and sdist; pyproject.toml has the rest).

The repository keeps ``resources/`` (sample framework, fonts and their licence) and ``translations/*.ts`` beside
the package, as their sources. An installed package must carry them inside itself, where
``smartcert_desktop/paths.py`` finds them through ``importlib.resources``. ``build_py`` therefore

- copies ``resources/`` to ``smartcert_desktop/_data/resources/``, and
- compiles every ``translations/*.ts`` with Qt's ``lrelease`` (from PySide6, a build requirement) into
  ``smartcert_desktop/_data/translations/*.qm``, beside a copy of each ``.ts`` (the command line reads its
  messages' translations from it, without Qt),

in the build folder only, never in the source tree, so a checkout never holds a stale copy. A wheel built from
the sdist gets the same, because the sdist carries the sources (``MANIFEST.in``). An editable install needs
neither: ``paths.py`` then finds ``resources/`` and ``translations/`` in the checkout itself. The PyInstaller
spec maps the same folders into the frozen build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
PACKAGE = "smartcert_desktop"
DATA = "_data"  # paths.DATA_FOLDER

# Runs PySide6's own wrapper of Qt's lrelease, which knows where each platform keeps the binary.
_LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'pyside6-lrelease'; lrelease()"


def compile_translations(sources: list[Path], target: Path) -> list[Path]:
    """``X.ts`` → ``target/X.qm`` for each source; stops the build with a clear message when it cannot."""
    target.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        command = [sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise SystemExit(f"error: cannot run lrelease to compile {ts.name}: {exc}") from exc
        if result.returncode != 0 or not qm.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise SystemExit(
                f"error: translations/{ts.name} could not be compiled to {qm.name} with PySide6's lrelease "
                f"(exit {result.returncode}): {detail[-1] if detail else 'no output'}. The wheel needs the "
                "compiled translations: build with PySide6 installed (a build requirement in pyproject.toml)."
            )
        built.append(qm)
    return built


class BuildPyWithData(build_py):
    """``build_py`` that also places resources and compiled translations under ``smartcert_desktop/_data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and translations/ from the checkout
        target = Path(self.build_lib) / PACKAGE / DATA
        if target.exists():
            shutil.rmtree(target)  # nothing left from an earlier build
        resources = HERE / "resources"
        if not (resources / "sample_framework_63.xlsx").is_file():
            raise SystemExit(f"error: {resources}: the resources folder is missing or incomplete")
        shutil.copytree(resources, target / "resources", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        sources = sorted((HERE / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit(f"error: {HERE / 'translations'}: no .ts translation sources")
        built = compile_translations(sources, target / "translations")
        for ts in sources:  # the command line reads its messages' Korean from the .ts (it has no Qt)
            shutil.copyfile(ts, target / "translations" / ts.name)
        self.announce(f"compiled {', '.join(qm.name for qm in built)}", level=2)


if __name__ == "__main__":  # as setuptools runs it; tests import the helpers above
    setup(cmdclass={"build_py": BuildPyWithData})
