"""Small helpers shared by the command modules."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import PassphraseError
from ..messages import Message, msg
from .text import prompt_text, say, text

if TYPE_CHECKING:  # imported by the commands that open a workspace, not by --version and --help
    from ..services.workspace import OpenMode, WorkspaceHandle


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def ask_passphrase(prompt: Message, confirm: bool = False) -> str:
    """The passphrase, from ``SMARTCERT_PASSPHRASE`` or asked for with ``prompt`` (in the run's language)."""
    from .prompt import passphrase_from_env_or_prompt

    return passphrase_from_env_or_prompt(prompt_text(prompt), confirm=confirm)


def ask_database_password(user: str, database: str) -> str | None:
    """A PostgreSQL server's password, asked for without echo when libpq has none (``PGPASSWORD``,
    ``~/.pgpass``); never from ``SMARTCERT_PASSPHRASE``, which is the program key's. None without a terminal."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    from .prompt import passphrase_from_env_or_prompt

    try:
        return passphrase_from_env_or_prompt(
            prompt_text(msg("Password of the database user {user} ({database}):", user=user, database=database)),
            environ={})
    except PassphraseError:
        return None


@contextmanager
def program_workspace(path: str, mode: OpenMode = "write") -> Iterator[WorkspaceHandle]:
    """The program workspace at ``path``, locked for this command (``mode="read"`` shares the lock with
    other readers) and closed when the command is done."""
    from ..services.workspace import open_workspace

    handle = open_workspace(Path(path), "program", mode)
    try:
        yield handle
    finally:
        handle.close()


@contextmanager
def evaluator_workspace(path: str, mode: OpenMode = "write") -> Iterator[WorkspaceHandle]:
    """The evaluator workspace at ``path``, locked for this command and closed when it is done."""
    from ..services.workspace import open_workspace

    handle = open_workspace(Path(path), "evaluator", mode)
    try:
        yield handle
    finally:
        handle.close()


def add_restore_command(sub: Any, role: str) -> None:
    """``smartcert {program|evaluator} restore DIR [BACKUP]``: list the backups, or restore one."""
    c = sub.add_parser("restore", help=text(msg("list the workspace's backups, or restore one (after backing up "
                                                "the current state)")))
    c.add_argument("workspace_dir")
    c.add_argument("backup", nargs="?", help=text(msg("the backup's name, as listed")))
    c.set_defaults(handler=lambda args: cmd_restore(args, role))


def cmd_restore(args: argparse.Namespace, role: str) -> int:
    from ..services.workspace import list_workspace_backups, restore_workspace

    folder = Path(args.workspace_dir)
    if args.backup is None:
        backups = list_workspace_backups(folder, role)
        if not backups:
            say(msg("{folder}: no backups yet", folder=str(folder)))
            return 0
        say(msg("backups of {folder} (newest first):", folder=str(folder)))
        for b in backups:
            state = msg("ok") if b.ok else msg("cannot be restored: {problem}", problem=b.problem)
            say(msg("  {name}  {created}  {reason}  schema {schema}  {state}", name=b.name,
                    created=b.created[:19].replace("T", " "), reason=b.reason, schema=b.schema or "?", state=state))
        say(msg("restore one with: smartcert {role} restore {folder} BACKUP", role=role, folder=str(folder)))
        return 0
    before = restore_workspace(folder, role, args.backup)
    say(msg("restored {folder} from backup {backup}", folder=str(folder), backup=args.backup))
    if before is not None:
        say(msg("the state before the restore was kept as backup {name}", name=before.name))
    return 0
