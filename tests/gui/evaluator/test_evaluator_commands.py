"""The undo stack over the store, without widgets: commit, undo, redo, typing merged, refusals kept off it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.gui.evaluator.commands import ScoringSession
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import form as form_svc


@pytest.fixture
def session(workspace: Path) -> Iterator[ScoringSession]:
    handle = ev_svc.open_evaluator(workspace)
    context = form_svc.evaluator_context(handle)
    assert context.program_id is not None and context.framework is not None
    with handle.factory() as s:
        sheets = form_svc.all_sheets(s, context.program_id, context.evaluator_id)
    saved: list[datetime] = []
    made = ScoringSession(handle, context.framework, context.program_id, context.evaluator_id, sheets,
                          saved=saved.append)
    made.saved_times = saved  # type: ignore[attr-defined]
    yield made
    handle.close()


def stored_level(session: ScoringSession, code: str, indicator: str) -> str | None:
    with session.handle.factory() as s:
        return ev_svc.my_sheets(s, session.program_id, session.evaluator_id)[code].entry(indicator).level


def test_each_edit_is_stored_at_once_and_undone_from_the_store(session: ScoringSession) -> None:
    code = "L02"
    session.commit(Edit(code, "A1-6", "level", None, "B"))
    assert stored_level(session, code, "A1-6") == "B"
    assert len(session.saved_times) == 1  # type: ignore[attr-defined]
    session.commit(Edit(code, "A1-6", "level", "B", "D"))
    session.undo_stack.undo()
    assert stored_level(session, code, "A1-6") == "B"
    session.undo_stack.undo()
    assert stored_level(session, code, "A1-6") is None
    session.undo_stack.redo()
    assert stored_level(session, code, "A1-6") == "B"
    assert session.sheet(code).entry("A1-6").level == "B"


def test_typing_in_one_visit_is_one_step_and_typing_it_away_leaves_none(session: ScoringSession) -> None:
    code = "L02"
    for old, new in (("", "g"), ("g", "go"), ("go", "good")):
        session.commit(Edit(code, "A1-6", "comment", old, new), typing=7)
    assert session.undo_stack.count() == 1
    session.commit(Edit(code, "A1-6", "comment", "good", "good!"), typing=8)  # another visit
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.sheet(code).entry("A1-6").comment == ""
    session.undo_stack.clear()
    session.commit(Edit(code, "A1-7", "comment", "", "x"), typing=9)
    session.commit(Edit(code, "A1-7", "comment", "x", ""), typing=9)
    assert session.undo_stack.count() == 0  # back where it started: nothing to undo


def test_a_refused_edit_never_reaches_the_stack(session: ScoringSession) -> None:
    with pytest.raises(SmartcertError):
        session.commit(Edit("L02", "A1-6", "level", None, "Z"))
    assert session.undo_stack.count() == 0
    session.commit(Edit("L02", None, "recusal", (False, ""), (True, "conflict")))
    with pytest.raises(SmartcertError, match="recused"):
        session.commit(Edit("L02", "A1-6", "level", None, "B"))
    assert session.undo_stack.count() == 1
