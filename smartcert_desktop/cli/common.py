"""Small helpers shared by the command modules."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..exchange.passphrase import passphrase_from_env_or_prompt
from ..services.workspace import WorkspaceHandle, open_workspace


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def ask_passphrase(prompt: str, confirm: bool = False) -> str:
    return passphrase_from_env_or_prompt(prompt, confirm=confirm)


@contextmanager
def program_workspace(path: str) -> Iterator[WorkspaceHandle]:
    """The program workspace at ``path``, closed when the command is done."""
    handle = open_workspace(Path(path), "program")
    try:
        yield handle
    finally:
        handle.close()


@contextmanager
def evaluator_workspace(path: str) -> Iterator[WorkspaceHandle]:
    """The evaluator workspace at ``path``, closed when the command is done."""
    handle = open_workspace(Path(path), "evaluator")
    try:
        yield handle
    finally:
        handle.close()
