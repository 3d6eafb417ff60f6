"""Small helpers shared by the command modules.

Like the command modules, this imports nothing heavy at import time: ``smartcert --version`` and ``--help``
must not load the store, the workbooks or the cryptography (see ``main``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.workspace import WorkspaceHandle


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def ask_passphrase(prompt: str, confirm: bool = False) -> str:
    from ..exchange.passphrase import passphrase_from_env_or_prompt

    return passphrase_from_env_or_prompt(prompt, confirm=confirm)


@contextmanager
def program_workspace(path: str) -> Iterator[WorkspaceHandle]:
    """The program workspace at ``path``, closed when the command is done."""
    from ..services.workspace import open_workspace

    handle = open_workspace(Path(path), "program")
    try:
        yield handle
    finally:
        handle.close()


@contextmanager
def evaluator_workspace(path: str) -> Iterator[WorkspaceHandle]:
    """The evaluator workspace at ``path``, closed when the command is done."""
    from ..services.workspace import open_workspace

    handle = open_workspace(Path(path), "evaluator")
    try:
        yield handle
    finally:
        handle.close()
