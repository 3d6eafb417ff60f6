"""The store on PostgreSQL: the same migrations in a schema of its own, column types that keep what SQLite keeps
and sort as SQLite sorts, the append-only audit log, the staff member in the hash chain, writers serialised."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select, text

from smartcert_desktop.services.workspace import session_factory
from smartcert_desktop.store import audit
from smartcert_desktop.store import postgres as pg
from smartcert_desktop.store.db import WRITE_OPTION, current_revision, head_revision, migrate
from smartcert_desktop.store.models import Applicant, AuditEntry, FrameworkSnapshot, Program


@pytest.fixture
def schema_engine(postgres_url: str) -> Iterator[tuple[Engine, str]]:
    """An engine inside a new, empty schema of the test database; the schema is dropped afterwards."""
    url, password = pg.parse_database_url(postgres_url)
    schema = pg.schema_for(uuid.uuid4().hex)
    engine = pg.connect(url, schema, password)
    with engine.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {pg.quote(schema)}")
    yield engine, schema
    with engine.begin() as c:
        c.exec_driver_sql(f"DROP SCHEMA {pg.quote(schema)} CASCADE")
    engine.dispose()


def test_migrations_make_the_tables_in_the_programs_schema(schema_engine: tuple[Engine, str]) -> None:
    engine, schema = schema_engine
    migrate(engine)
    assert current_revision(engine) == head_revision() == "0003"
    with engine.connect() as c:
        tables = {r[0] for r in c.execute(text("SELECT table_name FROM information_schema.tables "
                                               "WHERE table_schema = :s"), {"s": schema})}
        assert {"alembic_version", "audit_log", "program", "applicant", "bundle", "key_file",
                "document_content"} <= tables
        assert not c.execute(text("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' "
                                  "AND table_name = 'program'")).first()
        columns = {(r[0], r[1]): (r[2], r[3]) for r in c.execute(text(
            "SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns "
            "WHERE table_schema = :s"), {"s": schema})}
    # No declared length, bytewise order, 64-bit integers: as SQLite keeps them.
    assert columns[("applicant", "code")] == ("text", "C")
    assert columns[("score_entry", "level")] == ("text", "C")
    assert columns[("applicant", "population")][0] == "bigint"
    assert columns[("bundle", "sequence")][0] == "bigint"
    assert columns[("audit_log", "staff")] == ("text", "C")
    assert columns[("key_file", "content")][0] == "bytea"


def test_the_first_schema_is_migrated_keeping_its_data(schema_engine: tuple[Engine, str]) -> None:
    engine, _schema = schema_engine
    migrate(engine, "0001")
    with engine.begin() as c:
        c.execute(text("INSERT INTO framework_snapshot VALUES ('h', 'f', '1', '{}')"))
        c.execute(text("INSERT INTO program (id, name, framework_hash, created_at, signing_public, "
                       "encryption_public, fingerprint) VALUES ('p', 'n', 'h', '2026-01-01', '\\x00', '\\x00', 'F')"))
        c.execute(text("INSERT INTO score_sheet (id, program_id, evaluator_id, applicant_code, recused, "
                       "recusal_reason, note) VALUES (1, 'p', 'E1', 'A', false, '', 'memo')"))
        # An entry as smartcert wrote them before 0003: no staff member, hashed without one.
        at, detail = "2026-01-01T00:00:00.000000Z", '{"n":1}'
        c.execute(text("INSERT INTO audit_log VALUES (1, :at, 'agency', 'x', :d, :prev, :h)"),
                  {"at": at, "d": detail, "prev": audit.GENESIS,
                   "h": audit._entry_hash(audit.GENESIS, 1, at, "agency", "x", detail)})
    migrate(engine)
    with session_factory(engine).begin() as s:
        assert s.execute(text("SELECT note, onsite_note FROM score_sheet")).one() == ("memo", "")
        entry = s.get(AuditEntry, 1)
        assert entry is not None and entry.staff is None
        new = audit.append(s, "agency", "y", {"n": 2})
        assert new.staff is not None and new.prev_hash == entry.hash
        assert audit.verify_chain(s) == []


def test_code_order_is_by_code_point_whatever_the_databases_collation(schema_engine: tuple[Engine, str]) -> None:
    engine, _schema = schema_engine
    migrate(engine)
    codes = ["b-1", "A_2", "_3", "a4", "B5", "a-6", "가7", "Z8"]
    with session_factory(engine).begin() as s:
        s.add(FrameworkSnapshot(hash="h", framework_id="f", version="1", canonical_json="{}"))
        s.add(Program(id="p", name="n", framework_hash="h", created_at=pg_now(), signing_public=b"\x00",
                      encryption_public=b"\x00", fingerprint="F"))
        s.flush()
        for code in codes:
            s.add(Applicant(program_id="p", code=code, name_ko="", name_en="", province="", population=1))
    with session_factory(engine)() as s:
        ordered = list(s.scalars(select(Applicant.code).order_by(Applicant.code)))
    assert ordered == sorted(codes) == ["A_2", "B5", "Z8", "_3", "a-6", "a4", "b-1", "가7"]
    with engine.connect() as c:
        locale = c.execute(text("SELECT daticulocale FROM pg_database WHERE datname = current_database()")).scalar()
        database_order = [r[0] for r in c.execute(text(
            "SELECT code COLLATE \"default\" FROM applicant ORDER BY 1"))]
    if locale == "ko-KR":  # the tests' own cluster: its collation would have sorted otherwise
        assert database_order[:3] == ["_3", "가7", "A_2"]  # punctuation, Hangul, then Latin letters by case


def pg_now():  # type: ignore[no-untyped-def]
    from smartcert_desktop.store.queries import utcnow

    return utcnow()


def test_the_audit_log_is_append_only_and_names_the_staff(schema_engine: tuple[Engine, str]) -> None:
    engine, _schema = schema_engine
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as s:
        s.info["staff"] = "agency_kim@desk-3"
        first = audit.append(s, "agency", "x", {"n": 1})
        second = audit.append(s, "agency", "y", {"n": 2})
        assert second.prev_hash == first.hash and audit.verify_chain(s) == []
    assert first.staff == "agency_kim@desk-3"
    for statement in ("UPDATE audit_log SET detail = '{}' WHERE seq = 1", "DELETE FROM audit_log",
                      "TRUNCATE audit_log"):
        with engine.begin() as c, pytest.raises(Exception, match="append-only"):
            c.execute(text(statement))
    # The staff member is part of the hash: another name breaks the chain.
    with engine.begin() as c:
        c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        c.execute(text("UPDATE audit_log SET staff = 'someone@else' WHERE seq = 1"))
    with factory() as s:
        assert [str(p) for p in audit.verify_chain(s)] == ["audit entry 1: content does not match its hash"]
    assert pg.staff_of(engine) == f"smartcert@{socket.gethostname()}"


def test_writers_of_one_program_wait_for_each_other_and_readers_do_not(schema_engine: tuple[Engine, str]) -> None:
    engine, _schema = schema_engine
    migrate(engine)
    writer = engine.execution_options(**{WRITE_OPTION: True})
    order: list[str] = []
    with writer.begin() as first:  # holds the program's lock until it commits
        first.exec_driver_sql("SELECT 1")
        started = threading.Event()

        def second_writer() -> None:
            started.set()
            with writer.begin() as c:
                order.append("second writer")
                c.exec_driver_sql("SELECT 1")

        thread = threading.Thread(target=second_writer)
        thread.start()
        started.wait()
        time.sleep(0.3)
        with pg.read_engine(engine).connect() as reader:  # a reader is never held up
            reader.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
            order.append("reader")
        order.append("first writer commits")
    thread.join(timeout=10)
    assert order == ["reader", "first writer commits", "second writer"]
