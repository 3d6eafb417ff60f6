"""The chair's screens on a program whose store is a PostgreSQL server: opened from its folder (which holds only
the connection file), bundles merged, documents opened, and the database password asked for in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from services.conftest import Round
from sqlalchemy.engine import make_url

from smartcert_desktop.gui import workspace_access
from smartcert_desktop.gui.chair import ChairScreen, common
from smartcert_desktop.gui.main_window import Role, workspace_role
from smartcert_desktop.services import program as prog_svc
from smartcert_desktop.store.postgres import CONNECTION_FILE

from .conftest import FIVE, LEVELS, Told, settle

OpenChair = Callable[..., ChairScreen]
PDF = b"%PDF-1.4\n% evidence\n%%EOF\n"


def test_the_chair_works_on_a_program_on_the_server(
        qtbot: QtBot, open_chair: OpenChair, make_round: Callable[..., Round], postgres_url: str, told: Told,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = make_round(database=postgres_url)
    evidence = tmp_path / "증빙.pdf"
    evidence.write_bytes(PDF)
    with r.program.session() as s:
        doc = prog_svc.add_documents(r.program, s, "P1", [evidence])[0]
    r.assign([(e, "P1") for e in FIVE])
    r.send_packages()
    for e in FIVE:
        r.score(e, "P1", LEVELS[e])
    bundles = [r.submit(e) for e in FIVE]
    assert workspace_role(r.program_dir) is Role.CHAIR
    screen = open_chair(r.program_dir)
    handle = screen.handle()
    assert handle is not None and handle.on_server and not screen.read_only()
    assert screen._stack.currentWidget() is screen.tabs
    screen.merge_bundles(bundles)
    settle(qtbot, screen)
    assert told.errors == []
    model = screen.bundles_page.verdicts_model
    assert [model.data(model.index(row, model.VERDICT)) for row in range(model.rowCount())] == ["accepted"] * 5
    snapshot = screen.snapshot()
    assert snapshot is not None
    # The document's bytes are in the database: the viewer gets a copy in the screen's temporary folder.
    opened: list[Path] = []
    monkeypatch.setattr(common, "open_externally", lambda path: opened.append(path) or True)
    screen._open_document(doc.sha256)
    assert opened and opened[0].read_bytes() == PDF and not opened[0].is_relative_to(r.program_dir)
    assert sorted(p.name for p in r.program_dir.iterdir()) == [CONNECTION_FILE]  # no backups, no lock file


def test_the_database_password_is_asked_for_in_a_dialog(
        open_chair: OpenChair, make_round: Callable[..., Round], postgres_url: str, told: Told,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from _postgres import PASSWORD, PASSWORD_USER

    from smartcert_desktop.store import postgres as pg

    url = make_url(postgres_url)
    engine = pg.connect(pg.without_password(url), None)
    with engine.connect() as c:
        has_role = c.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_USER}'").first()
    engine.dispose()
    if has_role is None:
        pytest.skip(f"the server has no role {PASSWORD_USER} (tests/_postgres.py makes it on its own cluster)")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # the round is made the way a script would
    r = make_round(evaluators=("E1",),
                   database=url.set(username=PASSWORD_USER, password=PASSWORD).render_as_string(hide_password=False))
    r.close()
    monkeypatch.delenv("PGPASSWORD")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(workspace_access, "ask_database_password",
                        lambda parent, user, database: asked.append((user, database)) or None)
    screen = open_chair(r.program_dir)
    assert asked and asked[0][0] == PASSWORD_USER
    assert screen.handle() is None
    assert any("asks for a password and none was given" in e for e in told.errors)
    monkeypatch.setattr(workspace_access, "ask_database_password", lambda parent, user, database: PASSWORD)
    assert screen.open_program(r.program_dir)
    handle = screen.handle()
    assert handle is not None and handle.staff.startswith(f"{PASSWORD_USER}@")
