"""The store: pragmas, migrations from the first schema, refusal of newer schemas, the audit log."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.services.workspace import session_factory
from smartcert_desktop.store import audit
from smartcert_desktop.store.db import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    open_database,
)
from smartcert_desktop.store.models import ScoreEntry, ScoreSheet


def test_new_database_has_durable_pragmas_and_head_schema(tmp_path):
    engine = open_database(tmp_path / "a.db", create=True)
    with engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert current_revision(engine) == head_revision() == HEAD_REVISION == "0003"
    engine.dispose()


def test_a_database_at_the_head_opens_without_alembic(tmp_path):
    """Alembic and the migration scripts load only for a schema that is not this smartcert's newest."""
    import subprocess
    import sys

    open_database(tmp_path / "a.db", create=True).dispose()
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # an SQLite file with no schema yet
    code = ("import sys; from pathlib import Path; from smartcert_desktop.store.db import open_database, "
            "current_revision\n"
            "e = open_database(Path(sys.argv[1])); print('alembic' in sys.modules, current_revision(e))\n"
            "e = open_database(Path(sys.argv[2])); print('alembic' in sys.modules, current_revision(e))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.db"), str(empty)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["False", "0003", "True", "0003"]


def test_database_of_the_first_schema_is_migrated_on_open_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrate(engine, "0001")
    with engine.begin() as c:
        c.execute(text("INSERT INTO framework_snapshot VALUES ('h', 'f', '1', '{}')"))
        c.execute(text("INSERT INTO program (id, name, framework_hash, created_at, signing_public, "
                       "encryption_public, fingerprint) VALUES ('p', 'n', 'h', '2026-01-01', x'00', x'00', 'F')"))
        c.execute(text("INSERT INTO score_sheet (id, program_id, evaluator_id, applicant_code, recused, "
                       "recusal_reason, note) VALUES (1, 'p', 'E1', 'A', 0, '', 'memo')"))
        c.execute(text("INSERT INTO score_entry (sheet_id, indicator_code, level, comment, confirmed) "
                       "VALUES (1, 'S1', 'B', 'good', 0)"))
    cols = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(score_entry)")]
    assert "onsite_note" not in cols
    engine.dispose()

    engine = open_database(path)
    assert current_revision(engine) == "0003"
    con = sqlite3.connect(path)
    triggers = sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'"))
    con.close()
    assert triggers == ["audit_log_no_delete", "audit_log_no_update"]  # kept through 0003's new audit column
    with session_factory(engine)() as s:
        sheet = s.get(ScoreSheet, 1)
        assert sheet is not None and sheet.note == "memo" and sheet.onsite_note == ""
        entry = s.get(ScoreEntry, (1, "S1"))
        assert entry is not None and (entry.level, entry.comment, entry.onsite_note) == ("B", "good", "")
    engine.dispose()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    engine = open_database(path, create=True)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(SmartcertError, match="newer version of smartcert"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "x.db"
    path.write_text("hello")
    with pytest.raises(SmartcertError, match="not an SQLite file"):
        open_database(path)


def test_audit_log_is_hash_chained_and_append_only(tmp_path):
    engine = open_database(tmp_path / "a.db", create=True)
    factory = session_factory(engine)
    with factory.begin() as s:
        first = audit.append(s, "agency", "x", {"n": 1})
        second = audit.append(s, "agency", "y", {"n": 2})
        assert second.prev_hash == first.hash and audit.head(s) == second.hash
        assert audit.verify_chain(s) == []
    with engine.begin() as c, pytest.raises(Exception, match="append-only"):
        c.execute(text("UPDATE audit_log SET detail = '{}' WHERE seq = 1"))
    with engine.begin() as c, pytest.raises(Exception, match="append-only"):
        c.execute(text("DELETE FROM audit_log"))
    engine.dispose()
