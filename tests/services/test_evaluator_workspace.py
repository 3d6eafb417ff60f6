"""The evaluator's workspace: packages pinned to the program key, re-imports that keep scores, statuses."""

from __future__ import annotations

import pytest

from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.services import evaluator as ev_svc

from .conftest import PASS


@pytest.fixture
def program_store() -> None:
    """Evaluator workspaces and kills of SQLite writers: SQLite only."""
    return None


def rows(r, eid="E1"):
    with r.evaluators[eid].factory() as s:
        program = ev_svc.current_program(s)
        return {x.code: x for x in ev_svc.applicant_rows(s, program.id, eid)}


def test_newer_package_keeps_scores_and_same_package_changes_nothing(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "A"})
    pkg = r.root / "packages" / "E1.scpkg"
    again = ev_svc.import_package(r.evaluators["E1"], pkg.read_bytes(), str(pkg), PASS)
    assert not again.changed
    first = pkg.read_bytes()
    r.assign([("E1", "P1"), ("E1", "P2")])
    r.send_packages()  # a newer package: one more applicant
    got = rows(r)
    assert sorted(got) == ["P1", "P2"]
    with r.evaluators["E1"].factory() as s:
        sheet = ev_svc.my_sheets(s, ev_svc.current_program(s).id, "E1")["P1"]
    assert sheet.entry("S1").level == "A" and sheet.entry("S1").comment == "E1 의견 S1"
    with pytest.raises(SmartcertError, match="is older"):
        ev_svc.import_package(r.evaluators["E1"], first, "first.scpkg", PASS)


def test_package_signed_by_another_program_key_is_refused(make_round, tmp_path):
    r1 = make_round(evaluators=("E1",))
    r1.assign([("E1", "P1")])
    r1.send_packages()
    # A second program (other keys) that claims the same program id cannot be made through the services,
    # so re-sign r1's package payload with another key: the pinned key no longer matches.
    from smartcert_desktop.exchange import envelope, keys

    pkg = (r1.root / "packages" / "E1.scpkg").read_bytes()
    own = keys.load_private_keys(r1.evaluators["E1"].key_path, PASS)
    signed = envelope.open_package(pkg, own)
    payload = dict(signed.payload)
    payload["serial"] = 99
    forged = envelope.seal_package(payload, signed.attachments, keys.generate_keys(), own.public,
                                   evaluator_id="E1", program_id=payload["program_id"], serial=99)
    asked = []
    with pytest.raises(SmartcertError, match="signed by another key"):
        ev_svc.import_package(r1.evaluators["E1"], forged, "forged.scpkg", lambda: asked.append(1) or PASS)
    assert asked == []  # refused before the passphrase was needed


def test_statuses_progress_and_running_total(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1"), ("E1", "P2"), ("E1", "P3")])
    r.send_packages()
    got = rows(r)
    assert {c: x.status for c, x in got.items()} == {"P1": "not_started", "P2": "not_started", "P3": "not_started"}
    assert (got["P1"].done, got["P1"].total) == (5, 7)  # the 5 quantitative indicators are complete as reported
    # P1's running total: quantitative 44.00 from the package, plus S1 B = 20
    r.score("E1", "P1", {"S1": "B"})
    r.edit("E1", "P1", "Q1", "confirmed", True)
    got = rows(r)
    assert (got["P1"].status, got["P1"].done, str(got["P1"].running_total)) == ("in_progress", 6, "64.00")
    r.score("E1", "P1", {"S2": "C"})
    r.edit("E1", "P3", None, "recusal", (True, "이해관계"))
    got = rows(r)
    assert got["P1"].status == "complete" and got["P3"].status == "recused"
    with pytest.raises(SmartcertError, match="recused"):
        r.edit("E1", "P3", "S1", "level", "A")
    r.score("E1", "P2", {"S1": "C", "S2": "C"})
    r.submit("E1", allow_incomplete=False)
    got = rows(r)
    assert got["P1"].status == "submitted" and got["P2"].status == "submitted"
    r.edit("E1", "P2", "S1", "comment", "현장실사 후 수정")
    assert rows(r)["P2"].status == "complete"


def test_submit_refuses_incomplete_and_lists_what_is_missing(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.edit("E1", "P1", "S1", "level", "A")  # needs a comment
    with pytest.raises(SmartcertError) as exc:
        ev_svc.submit(r.evaluators["E1"], r.root / "x.scb", PASS)
    lines = exc.value.lines()
    assert "P1 S1: comment missing" in lines and "P1 S2: level missing" in lines
    assert not (r.root / "x.scb").exists()
    first = ev_svc.submit(r.evaluators["E1"], r.root / "a.scb", PASS, allow_incomplete=True)
    second = ev_svc.submit(r.evaluators["E1"], r.root / "b.scb", PASS, allow_incomplete=True)
    assert (first.sequence, second.sequence, first.complete) == (1, 2, False)
