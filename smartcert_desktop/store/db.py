"""Opening a workspace database: SQLite with WAL, ``synchronous=FULL`` and foreign keys, migrated by Alembic.

Every edit is committed durably: WAL with ``synchronous=FULL`` means a committed transaction survives the
process being killed or the power going. A database made by an older smartcert is migrated on open; one made
by a newer smartcert (a revision this program does not know) is refused and left untouched.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import Problem, SmartcertError
from ..messages import msg
from ..paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration (store/migrations/versions). A database at this revision opens without loading Alembic
# and its scripts (11 MB of a command's memory, and the scripts parsed on every open); any other revision goes
# through Alembic, which migrates it or refuses it. tests/store/test_db.py checks that this is Alembic's head.
HEAD_REVISION = "0003"

# An execution option of the engine that write sessions use: their transactions begin with BEGIN IMMEDIATE,
# taking SQLite's write lock before the first read, so that whatever a transaction checks (is this bundle
# new? is its sequence the highest?) still holds when it writes.
WRITE_OPTION = "smartcert_write"


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling starts a transaction only at the first write, so reads before it
    # see no snapshot; SQLAlchemy's documented remedy is to switch it off and emit BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the database file; ``read_only`` opens it so that SQLite itself refuses every write."""
    if read_only:
        engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true", future=True)
        event.listen(engine, "connect", _set_read_only_pragmas)
    else:
        engine = create_engine(f"sqlite:///{path}", future=True)
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema's revision as Alembic records it (its ``alembic_version`` table); None before the first."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except (OperationalError, ProgrammingError):  # no such table: nothing migrated yet
            return None
    if len(rows) > 1:  # branches, which these migrations never make: Alembic's own answer (it refuses)
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return str(rows[0][0]) if rows else None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default)."""
    with engine.begin() as conn:
        migrate_connection(conn, revision)


def migrate_connection(conn: Connection, revision: str = "head") -> None:
    """Run the migrations on ``conn``, in its transaction (on PostgreSQL inside the program's schema, which the
    connection's ``search_path`` names)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def open_database(path: Path, *, create: bool = False, before_migration: Callable[[], None] | None = None,
                  read_only: bool = False) -> Engine:
    """Open (and migrate) the database at ``path``; with ``create`` a missing file is made.

    ``before_migration`` is called before an older schema is migrated (to take the workspace's lock for
    writing); it may raise to refuse.

    Raises :class:`SmartcertError` for a file that is not a smartcert database or comes from a newer version.
    """
    if not path.exists() and not create:
        raise SmartcertError(Problem(msg("no smartcert database here"), file=str(path)))
    if path.exists():
        _check_sqlite(path)
    engine = make_engine(path, read_only=read_only)
    try:
        rev = current_revision(engine)
        if rev != HEAD_REVISION:
            from alembic.script import ScriptDirectory

            script = ScriptDirectory.from_config(alembic_config())
            known = {r.revision for r in script.walk_revisions()}
            if rev is not None and rev not in known:
                raise SmartcertError(Problem(msg(
                    "this workspace was written by a newer version of smartcert (schema {revision}); "
                    "update smartcert to open it. Nothing was changed.", revision=rev), file=str(path)))
            if rev != script.get_current_head():
                if before_migration is not None:
                    before_migration()
                migrate(engine)
    except SmartcertError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise SmartcertError(Problem(msg("cannot open the workspace database: {reason}", reason=str(exc)),
             file=str(path))) from exc
    return engine


def _check_sqlite(path: Path) -> None:
    with path.open("rb") as fh:
        magic = fh.read(16)
    if magic and magic != b"SQLite format 3\x00":
        raise SmartcertError(Problem(msg("not a smartcert database (not an SQLite file)"), file=str(path)))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA schema_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise SmartcertError(Problem(msg("not a readable database: {reason}", reason=str(exc)),
             file=str(path))) from exc


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One Session per user action: committed when the block ends, rolled back on any error."""
    with factory.begin() as session:
        yield session


def quick_check(path: Path) -> list[str]:
    """SQLite's ``quick_check`` of the database file: the problems it finds (empty when sound)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _nearly_full(path: Path | str) -> bool:
    """Whether the disk that holds ``path`` (an absolute path) has less than 1 MiB free."""
    p = Path(path)
    if not p.is_absolute() or not hasattr(os, "statvfs"):
        return False
    for candidate in (p, *p.parents):
        try:
            disk = os.statvfs(candidate)
        except OSError:
            continue
        return disk.f_bavail * disk.f_frsize < (1 << 20)
    return False


def database_error(exc: BaseException, path: Path | str) -> SmartcertError | None:
    """A clear message for what SQLite says when the disk or the file fails, naming the database file;
    None for anything else (a defect, left to the caller)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    where = str(path)
    if "disk i/o error" in text and _nearly_full(path):
        text = "database or disk is full"  # what SQLite says when it cannot grow a file beside the database
    if "disk is full" in text or "database or disk is full" in text:
        return SmartcertError(Problem(msg("the disk is full; free some space and try again. Nothing was changed."),
             file=where))
    if "readonly database" in text or "read-only" in text:
        return SmartcertError(Problem(msg("the workspace cannot be written (read-only disk or folder); copy it to "
                              "a writable folder. Nothing was changed."), file=where))
    if "disk i/o error" in text:
        return SmartcertError(Problem(msg("the disk failed (I/O error): it may be full, or a file may have reached "
                              "this system's file size limit; free some space or check the disk, then try "
                              "again. Nothing was changed."), file=where))
    if "database is locked" in text or "database is busy" in text:
        return SmartcertError(Problem(msg("the workspace is busy with another change; try again in a moment. "
                              "Nothing was changed."), file=where))
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return SmartcertError(Problem(msg("the workspace database is damaged; restore a backup "
                              "(smartcert program restore / smartcert evaluator restore). Nothing was changed."),
                                   file=where))
    if "unable to open database" in text:
        return SmartcertError(Problem(msg("the workspace database cannot be opened (missing, or no permission)."),
             file=where))
    return _server_error(text, where)


def _server_error(text: str, where: str) -> SmartcertError | None:
    """What a PostgreSQL server says when a change cannot be made (the program's store on a server)."""
    if "lock timeout" in text:
        return SmartcertError(Problem(msg("another staff member's change has held the program for too long; try "
                              "again in a moment. Nothing was changed."), file=where))
    if "no space left on device" in text or "could not extend file" in text:
        return SmartcertError(Problem(msg("the database server's disk is full; ask its administrator. "
                              "Nothing was changed."), file=where))
    if "read-only transaction" in text:
        return SmartcertError(Problem(msg("the program is open for reading only. Nothing was changed."), file=where))
    if "permission denied" in text:
        first = text.splitlines()[0] if text else ""
        return SmartcertError(Problem(msg("the database refused the change ({reason}); ask its administrator for "
                                          "the rights on the program's schema. Nothing was changed.", reason=first),
                                      file=where))
    if "nul (0x00)" in text or "0x00" in text:
        return SmartcertError(Problem(msg("text with a NUL character cannot be stored. Nothing was changed."),
             file=where))
    if ("server closed the connection" in text or "connection refused" in text or "terminating connection" in text
            or "consuming input failed" in text or "connection is closed" in text):
        return SmartcertError(Problem(msg("the connection to the database server was lost before the change was "
                              "confirmed; check the network and the server, then look whether it was made before "
                              "trying again."), file=where))
    return None
