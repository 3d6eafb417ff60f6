"""One score edit stored: the score form's path (commit_edit, two statements on the SQLite connection) stores
exactly what the general path (apply_edit in a session, the sheet read again) stores, and refuses the same."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.domain.sheets import Sheet
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import scoring
from smartcert_desktop.services.scoring import apply_edit, commit_edit, read_sheet
from smartcert_desktop.store.models import ScoreSheet
from smartcert_desktop.store.queries import framework_of


@pytest.fixture
def program_store() -> None:
    """Evaluator workspaces are SQLite files."""
    return None


def _context(handle):
    with handle.factory() as s:
        program = ev_svc.current_program(s)
        return program.id, framework_of(s, program)


def _stored(handle, program_id, eid, code):
    with handle.factory() as s:
        return read_sheet(s, program_id, eid, code)


def _row(handle, program_id, eid, code):
    with handle.factory() as s:
        row = s.scalars(select(ScoreSheet).where(ScoreSheet.program_id == program_id,
                                                 ScoreSheet.evaluator_id == eid,
                                                 ScoreSheet.applicant_code == code)).one()
        return row.updated_at, row.bundle_id, row.submitted_sequence


EDITS = [
    ("S1", "level", "B"), ("S1", "comment", "근거가 충분함"), ("S2", "level", "A"), ("S2", "comment", "우수"),
    ("Q1", "verified_value", "70"), ("Q2", "confirmed", True), ("Q3", "onsite_note", "현장 확인"),
    (None, "note", "전체 의견"), (None, "onsite_note", "실사 메모"), ("S1", "level", None),
    ("Q1", "verified_value", None),
]


def test_the_score_forms_path_stores_what_the_general_path_stores(make_round):
    r = make_round(evaluators=("E1", "E2"))
    r.assign([("E1", "P1"), ("E2", "P1")])
    r.send_packages()
    for eid in ("E1", "E2"):  # both sheets stored, as after a first keystroke
        r.edit(eid, "P1", "S2", "level", "C")
    fast, slow = r.evaluators["E1"], r.evaluators["E2"]
    program_id, fw = _context(fast)
    held = _stored(fast, program_id, "E1", "P1")
    assert held is not None
    for indicator, field, new in EDITS:
        edit = Edit("P1", indicator, field, None, new)
        held = commit_edit(fast, fw, program_id, "E1", edit, held)
        with slow.session() as s:
            apply_edit(s, fw, program_id, "E2", edit)
        assert _stored(fast, program_id, "E1", "P1") == held
    other = _stored(slow, program_id, "E2", "P1")
    assert other is not None and dict(held.entries) == dict(other.entries)
    assert (held.note, held.onsite_note, held.recused) == ("전체 의견", "실사 메모", False)
    s1, s2, q1, q2, q3 = (held.entry(c) for c in ("S1", "S2", "Q1", "Q2", "Q3"))
    assert (s1.level, s1.comment) == (None, "근거가 충분함")
    assert (s2.level, s2.comment) == ("A", "우수")
    assert q1.verified_value is None and q2.confirmed is True and q3.onsite_note == "현장 확인"


def test_an_indicator_edit_on_a_stored_entry_runs_without_a_session(make_round, monkeypatch):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.edit("E1", "P1", "S1", "level", "C")
    handle = r.evaluators["E1"]
    program_id, fw = _context(handle)
    held = _stored(handle, program_id, "E1", "P1")
    r.submit("E1")
    stamp, _bundle, sequence = _row(handle, program_id, "E1", "P1")
    assert sequence == 1

    def no_session(*_args, **_kwargs):
        raise AssertionError("the common edit went through a session")

    monkeypatch.setattr(scoring, "apply_edit", no_session)
    after = commit_edit(handle, fw, program_id, "E1", Edit("P1", "S1", "level", "C", "D"), held)
    assert after.entry("S1").level == "D"
    assert _stored(handle, program_id, "E1", "P1") == after
    updated, bundle, sequence = _row(handle, program_id, "E1", "P1")
    # Changed since the bundle: no longer submitted, and stamped now (stored as SQLAlchemy stores a time).
    assert bundle is None and sequence is None
    assert isinstance(updated, datetime) and stamp is not None and updated >= stamp
    assert datetime.utcnow() - updated < timedelta(minutes=1)


def test_a_refused_edit_changes_nothing(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.edit("E1", "P1", "S1", "level", "C")
    handle = r.evaluators["E1"]
    program_id, fw = _context(handle)
    held = _stored(handle, program_id, "E1", "P1")
    row_before = _row(handle, program_id, "E1", "P1")
    with pytest.raises(SmartcertError, match="level 'Z' is not in the Scale"):
        commit_edit(handle, fw, program_id, "E1", Edit("P1", "S1", "level", "C", "Z"), held)
    with pytest.raises(SmartcertError, match="S1 is qualitative"):
        commit_edit(handle, fw, program_id, "E1", Edit("P1", "S1", "verified_value", None, "3"), held)
    assert _stored(handle, program_id, "E1", "P1") == held
    assert _row(handle, program_id, "E1", "P1") == row_before


def test_a_recusal_in_the_store_is_honoured_when_the_held_sheet_lacks_it(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.edit("E1", "P1", "S1", "level", "C")
    handle = r.evaluators["E1"]
    program_id, fw = _context(handle)
    stale = _stored(handle, program_id, "E1", "P1")
    r.edit("E1", "P1", None, "recusal", (True, "이해관계"))
    with pytest.raises(SmartcertError, match="you recused yourself"):
        commit_edit(handle, fw, program_id, "E1", Edit("P1", "S1", "level", "C", "B"), stale)
    stored = _stored(handle, program_id, "E1", "P1")
    assert stored is not None and stored.recused and stored.entry("S1").level == "C"


def test_an_applicant_without_a_stored_sheet_gets_one(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1"), ("E1", "P2")])
    r.send_packages()
    handle = r.evaluators["E1"]
    program_id, fw = _context(handle)
    before = _stored(handle, program_id, "E1", "P2") or Sheet("E1", "P2")
    after = commit_edit(handle, fw, program_id, "E1", Edit("P2", "S2", "level", None, "B"), before)
    assert after.entry("S2").level == "B"
    stored = _stored(handle, program_id, "E1", "P2")
    assert stored is not None and stored.entry("S2").level == "B"
