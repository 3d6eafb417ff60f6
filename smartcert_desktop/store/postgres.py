"""A program's store on a PostgreSQL server: one database holds many programs, each in its own schema.

The operating agency outgrows one laptop: several staff on several machines work on the same program. Its
store is then a PostgreSQL database, and the program folder holds only a small connection file
(:data:`CONNECTION_FILE`: the database URL without any password, the program id and its schema).

Layout: the program with id ``P`` lives in the schema ``smartcert_P``, which holds the same tables as a SQLite
program workspace, made by the same Alembic migrations (its ``alembic_version`` is in that schema too). Every
connection sets ``search_path`` to the program's schema when it is made, so that every query and service works
unchanged inside it.

Concurrency (docs/decisions.md, "The agency's store on PostgreSQL"):

- every write transaction takes the program's transaction-level advisory lock as its first statement
  (``pg_advisory_xact_lock``): writers of one program run one after the other, and what a transaction reads
  after the lock (READ COMMITTED: the latest committed state) still holds when it commits;
- read sessions are REPEATABLE READ and read-only: one consistent snapshot, never blocked by a writer;
- a migration on open runs under the same key as a session-level advisory lock, so that writers wait for it
  and two processes never migrate at once.

The password is never stored: libpq reads ``PGPASSWORD`` and ``~/.pgpass`` itself; when the server still asks
for one, the password prompt (the command line's or the desktop program's) is asked once and the connection
tried again.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import re
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.dialects.postgresql.base import PGTypeCompiler
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ..errors import Problem, SmartcertError
from ..files import system_reason
from ..messages import Message, msg

CONNECTION_FILE = "smartcert-connection.json"
CONNECTION_FORMAT = "smartcert-connection/1"
SCHEMA_PREFIX = "smartcert_"
# A writer waits this long for the program's lock (another staff member's change) before giving up.
LOCK_TIMEOUT = "120s"
WRITE_OPTION = "smartcert_write"  # the same execution option as store/db.py's

# Asks for the password of a database user (user, database URL); None when the user gives none.
PasswordPrompt = Callable[[str, str], "str | None"]

_SCHEMA = re.compile(r"^smartcert_[0-9a-z_]{1,50}$")
_PROGRAM_ID = re.compile(r"^[0-9a-z_]{1,50}$")
_default_prompt: PasswordPrompt | None = None


def set_password_prompt(prompt: PasswordPrompt | None) -> None:
    """The process's way to ask for a database password (the command line sets one without echo); a prompt
    returns None when the user gives none."""
    global _default_prompt
    _default_prompt = prompt


def password_prompt() -> PasswordPrompt | None:
    return _default_prompt


# --- URLs and the connection file -------------------------------------------------------------------------

def parse_database_url(text_url: str) -> tuple[URL, str | None]:
    """``postgresql://USER@HOST[:PORT]/DB`` as a URL without its password, and the password it held (used for
    this run only). Refuses anything that is not a PostgreSQL URL with a database name."""
    try:
        url = make_url(text_url.strip())
    except ArgumentError:
        raise SmartcertError(msg("--database {url}: not a database URL; write it as "
                                 "postgresql://USER@HOST[:PORT]/DATABASE", url=text_url)) from None
    backend = url.drivername.split("+", 1)[0]
    if backend not in ("postgresql", "postgres"):
        raise SmartcertError(msg("--database: {backend}:// is not supported; the program's store is PostgreSQL "
                                 "(postgresql://USER@HOST[:PORT]/DATABASE) or, without --database, a SQLite file "
                                 "in the program folder", backend=backend))
    if not url.database:
        raise SmartcertError(msg("--database {url}: the URL names no database; write it as "
                                 "postgresql://USER@HOST[:PORT]/DATABASE", url=display_url(url)))
    password = url.password if url.password else None
    return without_password(url), password


def without_password(url: URL) -> URL:
    """``url`` as ``postgresql://`` without any password (``URL.set`` cannot remove one: None there means
    "unchanged")."""
    return URL.create("postgresql", username=url.username, password=None, host=url.host, port=url.port,
                      database=url.database, query=url.query)


def safe_url(url: URL) -> str:
    """The URL without a password, as the connection file keeps it."""
    return without_password(url).render_as_string(hide_password=False)


def display_url(url: URL) -> str:
    """The URL as people read it (a socket folder in ``?host=`` unescaped), never with a password."""
    rendered = safe_url(url)
    head, sep, query = rendered.partition("?")
    return head + sep + unquote(query) if sep else rendered


def schema_for(program_id: str) -> str:
    if not _PROGRAM_ID.match(program_id):
        raise SmartcertError(msg("program id {program_id!r} cannot name a PostgreSQL schema", program_id=program_id))
    return f"{SCHEMA_PREFIX}{program_id}"


def lock_key(schema: str) -> int:
    """The program's advisory lock key: a signed 64-bit number from its schema's name."""
    digest = hashlib.sha256(f"smartcert program lock {schema}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@dataclass(frozen=True)
class ConnectionInfo:
    """What ``PROGRAM_DIR/smartcert-connection.json`` holds: where the program's store is."""

    url: URL
    program_id: str
    schema: str

    @property
    def display(self) -> str:
        """The program on its server as messages name it, in no language: the address and the program's id."""
        return f"{display_url(self.url)} #{self.program_id}"

    def to_json(self) -> bytes:
        document = {"format": CONNECTION_FORMAT, "store": "postgresql", "url": safe_url(self.url),
                    "program_id": self.program_id, "schema": self.schema}
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_file(cls, path: Path) -> ConnectionInfo:
        """Read and check a connection file; every problem is one line naming the file and the field."""
        try:
            document = json.loads(path.read_bytes().decode("utf-8"))
        except OSError as exc:
            raise SmartcertError(Problem(msg("cannot read the connection file ({reason})",
                                             reason=system_reason(exc)), file=str(path))) from None
        except (UnicodeDecodeError, ValueError):
            raise SmartcertError(Problem(msg("not a smartcert connection file (not JSON)"), file=str(path))) from None
        if not isinstance(document, dict) or document.get("format") != CONNECTION_FORMAT:
            raise SmartcertError(Problem(msg("not a smartcert connection file (format {format} expected)",
                                             format=CONNECTION_FORMAT), file=str(path)))
        fields = {}
        for name in ("url", "program_id", "schema"):
            value = document.get(name)
            if not isinstance(value, str) or not value:
                raise SmartcertError(Problem(msg("missing or not text"), file=str(path), field=name))
            fields[name] = value
        try:
            url = make_url(fields["url"])
        except ArgumentError:
            raise SmartcertError(Problem(msg("not a database URL"), file=str(path), field="url")) from None
        if url.drivername.split("+", 1)[0] not in ("postgresql", "postgres") or not url.database:
            raise SmartcertError(Problem(msg("not a PostgreSQL URL with a database name"), file=str(path), field="url"))
        if url.password:
            raise SmartcertError(Problem(msg("holds a password; a connection file never does. Remove it and give the "
                                             "password in PGPASSWORD or ~/.pgpass, or when asked"),
                                         file=str(path), field="url"))
        if not _PROGRAM_ID.match(fields["program_id"]) or fields["schema"] != schema_for(fields["program_id"]):
            raise SmartcertError(Problem(msg("{schema} is not the schema of program {program}", schema=fields["schema"],
                                             program=fields["program_id"]), file=str(path), field="schema"))
        return cls(without_password(url), fields["program_id"], fields["schema"])


def is_server_program(folder: Path) -> bool:
    """Whether ``folder`` is a program whose store is on a PostgreSQL server (it holds a connection file)."""
    return (folder / CONNECTION_FILE).is_file()


# --- engines ------------------------------------------------------------------------------------------------

class _StoreTypes(PGTypeCompiler):
    """Column types as SQLite keeps them, so that a program accepts and orders the same data on both engines.

    SQLite enforces no declared length and compares text byte by byte; its integers are 64-bit. So on
    PostgreSQL every text column is ``TEXT COLLATE "C"`` (ORDER BY and comparisons by code point, as SQLite and
    Python sort, whatever the database's own collation) and every integer ``BIGINT``. Casts of bound values
    stay plain ``TEXT``.
    """

    def _text(self, kw: dict[str, Any]) -> str:
        from sqlalchemy import Column

        return 'TEXT COLLATE "C"' if isinstance(kw.get("type_expression"), Column) else "TEXT"

    def visit_VARCHAR(self, type_: Any, **kw: Any) -> str:
        return self._text(kw)

    def visit_TEXT(self, type_: Any, **kw: Any) -> str:
        return self._text(kw)

    def visit_INTEGER(self, type_: Any, **kw: Any) -> str:
        return "BIGINT"


def _driver_url(url: URL) -> URL:
    return url.set(drivername="postgresql+psycopg")


def make_engine(url: URL, schema: str | None, password: str | None = None) -> Engine:
    """An engine whose connections work inside ``schema`` (``search_path``); writes serialised per program."""
    options = [f"-c lock_timeout={LOCK_TIMEOUT}"]
    if schema is not None:
        options.insert(0, f"-c search_path={schema}")
    connect_args: dict[str, Any] = {"application_name": "smartcert", "connect_timeout": 15,
                                    "options": " ".join(options)}
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(_driver_url(url), connect_args=connect_args, pool_pre_ping=True, future=True)
    engine.dialect.type_compiler_instance = engine.dialect.type_compiler = _StoreTypes(engine.dialect)
    if schema is not None:
        key = lock_key(schema)

        def begin(conn: Connection) -> None:
            if conn.get_execution_options().get(WRITE_OPTION):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({key})")

        event.listen(engine, "begin", begin)
    return engine


def read_engine(engine: Engine) -> Engine:
    """The same engine (same pool) for read sessions: one consistent, read-only snapshot per transaction."""
    return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def _needs_password(exc: BaseException) -> bool:
    message = str(getattr(exc, "orig", None) or exc).lower()
    return "no password supplied" in message or "password authentication failed" in message


def connection_problem(exc: BaseException, where: str) -> SmartcertError:
    """One line for a connection the server or the network refused."""
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = message[0] if message else type(exc).__name__
    first = re.sub(r'^connection to server (at|on) ".*?"(, port \d+)? failed: ', "", first)
    return SmartcertError(msg("cannot connect to the database {where}: {reason}. Nothing was changed.", where=where,
                              reason=first))


def connect(url: URL, schema: str | None, password: str | None = None,
            ask: PasswordPrompt | None = None) -> Engine:
    """An engine that has connected once: the password from the URL, or libpq's own (``PGPASSWORD``,
    ``~/.pgpass``), or asked for once when the server wants one."""
    ask = ask if ask is not None else _default_prompt
    where = display_url(url)
    engine = make_engine(url, schema, password)
    try:
        _probe(engine)
        return engine
    except DBAPIError as exc:
        engine.dispose()
        if not _needs_password(exc) or ask is None:
            if _needs_password(exc):
                raise SmartcertError(msg("cannot connect to the database {where}: it asks for a password; set "
                                         "PGPASSWORD or add it to ~/.pgpass. Nothing was changed.",
                                         where=where)) from None
            raise connection_problem(exc, where) from None
    given = ask(url.username or getpass.getuser(), display_url(url))
    if not given:
        raise SmartcertError(msg("cannot connect to the database {where}: it asks for a password and none was given; "
                                 "set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.", where=where))
    engine = make_engine(url, schema, given)
    try:
        _probe(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise connection_problem(exc, where) from None
    return engine


def _probe(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")


def staff_of(engine: Engine) -> str:
    """Who works here, for the audit log: the database user and this machine."""
    with engine.connect() as conn:
        user = conn.exec_driver_sql("SELECT session_user").scalar_one()
    return f"{user}@{socket.gethostname()}"


def schema_exists(engine: Engine, schema: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": schema}).first() is not None


@contextmanager
def migration_lock(engine: Engine, schema: str) -> Iterator[Connection]:
    """A connection holding the program's session-level advisory lock: writers and other migrations wait."""
    key = lock_key(schema)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({key})")
        conn.commit()
        try:
            yield conn
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
            conn.commit()


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


# --- listing the programs of a database -------------------------------------------------------------------

@dataclass(frozen=True)
class ProgramRow:
    """One program of a database, as ``smartcert program list --database`` shows it."""

    schema: str
    program_id: str
    name: str
    framework: str
    created: datetime | None
    applicants: int
    state: Message  # program_state's, shown in the reader's language


def program_state(evaluators: int, assignments: int, packages_exported: bool, assigned_evaluators: int,
                  merged_evaluators: int) -> Message:
    """Where a round stands, from what its store holds (docs/decisions.md), as a message:

    ``new`` (no evaluator enrolled), ``enrolment`` (evaluators, no assignments), ``assigned`` (no package
    exported yet), ``scoring M/N`` (packages out, bundles merged from M of the N assigned evaluators) and
    ``merged`` (a bundle of every assigned evaluator is in force).
    """
    if evaluators == 0:
        return msg("new")
    if assignments == 0:
        return msg("enrolment")
    if merged_evaluators >= assigned_evaluators > 0:
        return msg("merged")
    if not packages_exported and merged_evaluators == 0:
        return msg("assigned")
    return msg("scoring {merged}/{assigned}", merged=merged_evaluators, assigned=assigned_evaluators)


def list_programs(engine: Engine) -> list[ProgramRow]:
    """Every smartcert program in the database that this user may read, by schema."""
    rows: list[ProgramRow] = []
    with engine.connect() as conn:
        schemas = [r[0] for r in conn.execute(text(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'smartcert\\_%' "
            "AND has_schema_privilege(nspname, 'USAGE') ORDER BY nspname COLLATE \"C\""))]
        for schema in schemas:
            if not _SCHEMA.match(schema):
                continue
            q = quote(schema)
            if conn.execute(text("SELECT to_regclass(:t)"), {"t": f"{q}.program"}).scalar() is None:
                continue
            try:
                program = conn.execute(text(
                    f"SELECT p.id, p.name, p.created_at, f.framework_id, f.version FROM {q}.program p "
                    f"LEFT JOIN {q}.framework_snapshot f ON f.hash = p.framework_hash")).first()
                if program is None:
                    continue
                counts = conn.execute(text(
                    f"SELECT (SELECT count(*) FROM {q}.applicant), (SELECT count(*) FROM {q}.evaluator), "
                    f"(SELECT count(*) FROM {q}.assignment), "
                    f"(SELECT count(DISTINCT evaluator_id) FROM {q}.assignment), "
                    f"(SELECT count(DISTINCT b.evaluator_id) FROM {q}.bundle b WHERE b.status = 'current' AND "
                    f"b.evaluator_id IN (SELECT evaluator_id FROM {q}.assignment)), "
                    f"(SELECT coalesce(max(submit_sequence), 0) FROM {q}.workspace)")).one()
            except DBAPIError:
                conn.rollback()  # a schema this user may see but not read: left out
                continue
            applicants, evaluators, assignments, assigned, merged, serial = (int(c) for c in counts)
            framework = " ".join(p for p in (program.framework_id, program.version) if p)
            rows.append(ProgramRow(schema, program.id, program.name, framework, program.created_at, applicants,
                                   program_state(evaluators, assignments, serial > 0, assigned, merged)))
    return rows
