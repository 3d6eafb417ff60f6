"""Small helpers shared by the command modules."""

from __future__ import annotations

import sys
from pathlib import Path

from ..exchange.passphrase import passphrase_from_env_or_prompt
from ..services.workspace import WorkspaceHandle, open_workspace


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def ask_passphrase(prompt: str, confirm: bool = False) -> str:
    return passphrase_from_env_or_prompt(prompt, confirm=confirm)


def open_program(path: str) -> WorkspaceHandle:
    return open_workspace(Path(path), "program")


def open_evaluator(path: str) -> WorkspaceHandle:
    return open_workspace(Path(path), "evaluator")
