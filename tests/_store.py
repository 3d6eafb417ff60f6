"""What a program's store holds, table by table, on either engine: to check that a failed command changed
nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from smartcert_desktop.services.workspace import open_workspace
from smartcert_desktop.store.models import Base


def store_dump(program_dir: Path) -> dict[str, list[str]]:
    """Every row of every table of the program's store (SQLite file or PostgreSQL schema), sorted."""
    handle = open_workspace(program_dir, "program", "read")
    try:
        with handle.factory() as s:
            return {t.name: sorted(repr(tuple(row)) for row in s.execute(select(t)))
                    for t in Base.metadata.sorted_tables}
    finally:
        handle.close()
