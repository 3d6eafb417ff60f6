"""Opening a workspace database: SQLite with WAL, ``synchronous=FULL`` and foreign keys, migrated by Alembic.

Every edit is committed durably: WAL with ``synchronous=FULL`` means a committed transaction survives the
process being killed or the power going. A database made by an older smartcert is migrated on open; one made
by a newer smartcert (a revision this program does not know) is refused and left untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..errors import SmartcertError
from ..paths import migrations_dir


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(path: Path, *, create: bool = False) -> Engine:
    """Open (and migrate) the database at ``path``; with ``create`` a missing file is made.

    Raises :class:`SmartcertError` for a file that is not a smartcert database or comes from a newer version.
    """
    if not path.exists() and not create:
        raise SmartcertError(f"{path}: no smartcert database here")
    if path.exists():
        _check_sqlite(path)
    engine = make_engine(path)
    try:
        rev = current_revision(engine)
        script = ScriptDirectory.from_config(alembic_config())
        known = {r.revision for r in script.walk_revisions()}
        if rev is not None and rev not in known:
            raise SmartcertError(
                f"{path}: this workspace was written by a newer version of smartcert (schema {rev}); "
                "update smartcert to open it. Nothing was changed.")
        if rev != script.get_current_head():
            migrate(engine)
    except SmartcertError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise SmartcertError(f"{path}: cannot open the workspace database: {exc}") from exc
    return engine


def _check_sqlite(path: Path) -> None:
    with path.open("rb") as fh:
        magic = fh.read(16)
    if magic and magic != b"SQLite format 3\x00":
        raise SmartcertError(f"{path}: not a smartcert database (not an SQLite file)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA schema_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise SmartcertError(f"{path}: not a readable database: {exc}") from exc


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One Session per user action: committed when the block ends, rolled back on any error."""
    with factory.begin() as session:
        yield session
