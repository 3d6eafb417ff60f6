"""Helpers of the packaging tests: the repository, the version, scripts of packaging/, a user's environment."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
_VERSION = re.search(r'__version__ = "([^"]+)"', (REPO / "smartcert_desktop" / "__init__.py").read_text("utf-8"))
assert _VERSION is not None
VERSION = _VERSION.group(1)

# What a command, or the first window, must not load: the store, the workbooks, the PDFs, the statistics.
HEAVY_MODULES = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "numpy", "krippendorff", "PIL")


def load_script(name: str) -> ModuleType:
    """``packaging/NAME.py``, a script and not part of the package."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", REPO / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and annotations look their module up there
    spec.loader.exec_module(module)
    return module


def user_environment(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: a fresh HOME, no virtual environment or Python variables, Qt offscreen."""
    venv_bin = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p != venv_bin)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "XDG_", "SMARTCERT_", "VIRTUAL_ENV", "QT_"))}
    env.update(PATH=path, HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", **extra)
    return env
