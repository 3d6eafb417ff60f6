"""The layers point one way (the README's layer table): each layer imports only the layers below it.

Checked on the sources, so an import inside a function counts as much as one at the top: a lazy import is a
matter of start-up time, never a way round the layers.

- ``domain`` imports nothing of the package but itself, ``errors``, ``messages`` and ``korean`` (pure text);
- ``store`` and ``exchange`` only ``domain`` (and the top-level utilities ``errors``, ``files``, ``paths``);
- ``reports`` only ``domain`` (and ``errors``, ``files``, ``paths``, ``korean``);
- ``services`` anything below it, never ``cli`` or ``gui``;
- ``cli`` and ``gui`` only ``services`` and ``domain`` values (and the top-level utilities).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import smartcert_desktop

PACKAGE = Path(smartcert_desktop.__file__).resolve().parent
UTILITIES = {"errors", "messages", "files", "paths", "korean", "crashlog", "__version__"}
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain", "errors", "messages", "korean"},
    "store": {"store", "domain"} | UTILITIES,
    "exchange": {"exchange", "domain"} | UTILITIES,
    "reports": {"reports", "domain"} | UTILITIES,
    "services": {"services", "domain", "store", "exchange", "reports"} | UTILITIES,
    "cli": {"cli", "services", "domain"} | UTILITIES,
    "gui": {"gui", "services", "domain"} | UTILITIES,
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, first part below the package) of every import of the package in ``path``."""
    rel = path.relative_to(PACKAGE)
    package = ["smartcert_desktop", *rel.parts[:-1]]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                parts = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "smartcert_desktop":
                parts = node.module.split(".")
            else:
                continue
            if len(parts) == 1:  # from smartcert_desktop import X / from .. import X
                found += [(node.lineno, alias.name) for alias in node.names]
            else:
                found.append((node.lineno, parts[1]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "smartcert_desktop" and len(parts) > 1:
                    found.append((node.lineno, parts[1]))
    return found


def layer_files() -> list[tuple[str, Path]]:
    out = []
    for layer in ALLOWED:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            out.append((layer, path))
    return out


def test_every_layer_imports_only_the_layers_below_it() -> None:
    wrong = [f"{path.relative_to(PACKAGE)}:{line} imports {target}"
             for layer, path in layer_files() for line, target in imports_of(path)
             if target not in ALLOWED[layer]]
    assert wrong == []


def test_the_checker_sees_a_wrong_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = PACKAGE / "domain" / "engine.py"
    source = "from ..store.models import Program\nfrom smartcert_desktop.gui import app\nimport smartcert_desktop.cli\n"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert [t for _line, t in imports_of(fake)] == ["store", "gui", "cli"]
