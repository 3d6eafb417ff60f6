"""Every row of every table of a workspace database, to compare before and after a failed command."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def dump(db: Path) -> dict[str, Any]:
    """``{"tables": {table: sorted rows}, "integrity": [...]}``.

    Nothing is written, but the database is opened for writing, as a workspace is: the last connection to
    close removes the ``-wal`` and ``-shm`` files, so that the workspace is left as it was found."""
    if not db.is_file():
        raise FileNotFoundError(db)
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        tables = {}
        for name in names:
            rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            tables[name] = sorted(repr(tuple(v.hex() if isinstance(v, bytes) else v for v in row)) for row in rows)
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return {"tables": tables, "integrity": integrity}
