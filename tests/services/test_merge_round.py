"""The chair's merge and aggregation on a small round, every expectation computed by hand.

Tiny framework (tests/domain/_build.py): quantitative Q1 BAND [10], Q2 CAP large 100 / small 40 [20],
Q3 MINMAX floor 0.2 [15], Q4 CHECKLIST [9], Q5 LEVELS yes/partial/no [6]; qualitative S1 [25], S2 [15].
Scale A 1.0, B 0.8, C 0.6, D 0.4, E 0.2, so S1 gives A 25 B 20 C 15 D 10 E 5 and S2 A 15 B 12 C 9 D 6 E 3.
Grades: 1 from 85 (all), 2 from 70 (large) or 60 (small), 3 from 0 (not certified).

Quantitative points of the applicants (conftest.REPORTED):
  P1 large: Q1 85 -> 10.00; Q2 50/100 -> 10.00; Q3 MINMAX among large {P1 30, P2 10}: 0.2 + 0.8*20/20 -> 15.00;
            Q4 2/3 -> 6.00; Q5 partial -> 3.00.                                       quantitative 44.00
  P2 large: Q1 50 -> 5.00; Q2 100/100 -> 20.00; Q3 min of large -> 0.2*15 = 3.00; Q4 3/3 -> 9.00; Q5 no -> 0.
                                                                                       quantitative 37.00
  P3 small: Q1 79.99 -> 5.00; Q2 10/40 -> 5.00; Q3 alone among small (max = min) -> 15.00; Q4 0/4 -> 0;
            Q5 missing -> 0 and a missing_data flag.                                  quantitative 25.00
"""

from __future__ import annotations

from smartcert_desktop.exchange import envelope
from smartcert_desktop.exchange.keys import load_private_keys

from .conftest import PASS

FIVE = ("E1", "E2", "E3", "E4", "E5")
TIE_AT_TOP = {  # evaluator -> (S1, S2); qualitative totals in comments
    "E1": {"S1": "A", "S2": "B"},  # 25 + 12 = 37  highest (tie with E3, "E1" sorts first: dropped)
    "E2": {"S1": "B", "S2": "A"},  # 20 + 15 = 35
    "E3": {"S1": "A", "S2": "B"},  # 25 + 12 = 37
    "E4": {"S1": "C", "S2": "C"},  # 15 +  9 = 24  lowest: dropped
    "E5": {"S1": "B", "S2": "C"},  # 20 +  9 = 29
}


def test_five_evaluators_tie_at_the_top(make_round):
    r = make_round()
    r.assign([(e, "P1") for e in FIVE])
    r.send_packages()
    bundles = []
    for e in FIVE:
        r.score(e, "P1", TIE_AT_TOP[e])
        bundles.append(r.submit(e, allow_incomplete=False))
    verdicts = r.merge(*bundles)
    assert [v.verdict for v in verdicts] == ["accepted"] * 5
    p1 = r.applicant("P1")
    # Kept E2, E3, E5: S1 (20 + 25 + 20) / 3 = 21.666.. -> 21.67; S2 (15 + 12 + 9) / 3 = 12.00
    assert p1["indicators"]["S1"] == "21.67"
    assert p1["indicators"]["S2"] == "12.00"
    assert p1["items"] == {"I1": "20.00", "I2": "36.67", "I3": "21.00"}
    assert p1["domains"] == {"D1": "56.67", "D2": "21.00"}
    assert p1["total"] == "77.67"             # 44.00 + 33.67
    assert (p1["status"], p1["evaluators_counted"], p1["grade"], p1["certified"]) == ("graded", 5, 2, True)


def test_four_evaluators_no_trimming_and_flags(make_round):
    r = make_round(evaluators=("E1", "E2", "E3", "E4"))
    r.assign([(e, "P2") for e in ("E1", "E2", "E3", "E4")])
    r.send_packages()
    levels = {"E1": {"S1": "A", "S2": "A"},   # 40
              "E2": {"S1": "B", "S2": "C"},   # 29
              "E3": {"S1": "C", "S2": "E"},   # 18
              "E4": {"S1": "E", "S2": "D"}}   # 11   panel mean 24.5
    r.merge(*[(r.score(e, "P2", lv), r.submit(e))[1] for e, lv in levels.items()])
    p2 = r.applicant("P2")
    assert p2["indicators"]["S1"] == "16.25"  # (25 + 20 + 15 + 5) / 4
    assert p2["indicators"]["S2"] == "8.25"   # (15 + 9 + 3 + 6) / 4
    assert p2["total"] == "61.50"             # 37.00 + 24.50
    assert (p2["grade"], p2["certified"]) == (3, False)  # large needs 70 for grade 2
    kinds = sorted((f["kind"], f.get("indicator") or f.get("evaluator")) for f in p2["flags"])
    # every total is more than 10 % from 24.5 (40, 29 = +18.4 %, 18, 11); spreads 20 >= 10 and 12 >= 6
    assert kinds == [("deviation", "E1"), ("deviation", "E2"), ("deviation", "E3"), ("deviation", "E4"),
                     ("spread", "S1"), ("spread", "S2")]


def test_two_evaluators_are_incomplete_and_missing_data_flagged(make_round):
    r = make_round(evaluators=("E1", "E2"))
    r.assign([("E1", "P3"), ("E2", "P3")])
    r.send_packages()
    r.score("E1", "P3", {"S1": "B", "S2": "B"})
    r.score("E2", "P3", {"S1": "B", "S2": "B"})
    r.merge(r.submit("E1"), r.submit("E2"))
    p3 = r.applicant("P3")
    assert (p3["status"], p3["evaluators_counted"], p3["grade"], p3["certified"]) == ("incomplete", 2, None, False)
    assert p3["indicators"]["Q3"] == "15.00"  # MINMAX alone in its city type
    assert p3["total"] == "57.00"             # 25.00 + 20.00 + 12.00
    assert {"kind": "missing_data", "detail": "no reported value", "indicator": "Q5"} in p3["flags"]


def test_recused_evaluator_is_not_counted(make_round):
    r = make_round()
    r.assign([(e, "P1") for e in FIVE])
    r.send_packages()
    for e in ("E1", "E2", "E3", "E4"):
        r.score(e, "P1", TIE_AT_TOP[e])
    r.edit("E5", "P1", None, "recusal", (True, "배우자가 해당 지자체 용역 수행"))
    r.merge(*[r.submit(e) for e in FIVE])
    p1 = r.applicant("P1")
    # four counted, below trim_min_evaluators 5: plain mean. S1 (25+20+25+15)/4 = 21.25, S2 (12+15+12+9)/4 = 12
    assert p1["evaluators_counted"] == 4
    assert (p1["indicators"]["S1"], p1["indicators"]["S2"], p1["total"]) == ("21.25", "12.00", "77.25")


def test_total_exactly_on_a_grade_threshold(make_round):
    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([(e, "P2") for e in ("E1", "E2", "E3")])
    r.send_packages()
    # S1 (25 + 25 + 10) / 3 = 20.00; S2 (12 + 12 + 15) / 3 = 13.00; 37 + 33 = 70.00 = 0.70 x 100
    for e, lv in {"E1": {"S1": "A", "S2": "B"}, "E2": {"S1": "A", "S2": "B"}, "E3": {"S1": "D", "S2": "A"}}.items():
        r.score(e, "P2", lv)
    r.merge(*[r.submit(e) for e in ("E1", "E2", "E3")])
    p2 = r.applicant("P2")
    assert (p2["total"], p2["grade"], p2["certified"]) == ("70.00", 2, True)


def test_corrections_pending_accepted_and_dismissed(make_round):
    from smartcert_desktop.messages import load_catalog
    from smartcert_desktop.paths import translations_dir
    from smartcert_desktop.services.corrections import accept_correction, dismiss_correction

    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([(e, "P1") for e in ("E1", "E2", "E3")])
    r.send_packages()
    for e in ("E1", "E2", "E3"):
        r.score(e, "P1", {"S1": "B", "S2": "B"})
    r.edit("E1", "P1", "Q2", "verified_value", "80")
    r.edit("E1", "P1", "Q2", "comment", "현장 확인 80개소")
    r.edit("E2", "P1", "Q1", "verified_value", "70")
    r.edit("E3", "P1", "Q1", "verified_value", "85")  # the same as reported: no correction
    r.merge(*[r.submit(e) for e in ("E1", "E2", "E3")])
    p1 = r.applicant("P1")
    assert p1["pending_corrections"] == [
        {"indicator": "Q1", "evaluator": "E2", "value": "70", "comment": ""},
        {"indicator": "Q2", "evaluator": "E1", "value": "80", "comment": "현장 확인 80개소"}]
    assert p1["total"] == "76.00"   # 44 + 20 + 12: a verified value changes nothing by itself
    with r.program.session() as s:
        said = accept_correction(s, "P1", "Q2", "80", "현장실사 결과 반영")
    # What the decision says, in English and as the shipped Korean text has it
    korean = load_catalog("ko", translations_dir())
    assert str(said) == "accepted P1 Q2 = 80 (현장실사 결과 반영)"
    assert korean.text(said) == "P1 Q2의 값 80을 반영했습니다 (현장실사 결과 반영)"
    p1 = r.applicant("P1")
    assert p1["indicators"]["Q2"] == "16.00"   # 80/100 x 20
    assert p1["total"] == "82.00"
    assert [c["indicator"] for c in p1["pending_corrections"]] == ["Q1"]
    with r.program.session() as s:
        said = dismiss_correction(s, "P1", "Q1", "증빙 불충분")
    assert str(said) == "dismissed 1 pending correction(s) of P1 Q1 (증빙 불충분)"
    assert korean.text(said) == "P1 Q1의 대기 중인 보정 1건을 기각했습니다 (증빙 불충분)"
    assert r.applicant("P1")["pending_corrections"] == []


def test_replayed_older_bundle_and_duplicates(make_round):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B", "S2": "B"})
    first = r.submit("E1")
    r.score("E1", "P1", {"S1": "C"})
    second = r.submit("E1")
    v = r.merge(second, first, second)
    assert [x.verdict for x in v] == ["accepted", "rejected", "duplicate"]
    assert "superseded" in str(v[1].reason)
    assert r.applicant("P1")["indicators"]["S1"] == "15.00"  # the newer sheet (C) stands
    # In the other order the older one is merged first, then replaced; a copy of it is then a duplicate.
    r2 = make_round(evaluators=("E1",))
    r2.assign([("E1", "P1")])
    r2.send_packages()
    r2.score("E1", "P1", {"S1": "B", "S2": "B"})
    a = r2.submit("E1")
    r2.score("E1", "P1", {"S1": "C"})
    b = r2.submit("E1")
    assert [x.verdict for x in r2.merge(a, b, a)] == ["accepted", "accepted", "duplicate"]
    assert r2.applicant("P1")["indicators"]["S1"] == "15.00"


def _forge(r, eid: str, sheets: list[dict], sequence: int = 7) -> bytes:
    """A bundle made outside the workstation with the evaluator's own key (a tampering evaluator)."""
    keys = load_private_keys(r.root / "ev" / eid / "keys" / "evaluator.key", PASS)
    with r.program.factory() as s:
        from smartcert_desktop.exchange.keys import PublicKeys
        from smartcert_desktop.store.queries import framework_of, the_program

        program = the_program(s)
        recipient = PublicKeys(program.signing_public, program.encryption_public)
        payload = {"schema": "smartcert-bundle-payload/1", "program_id": program.id,
                   "framework_hash": framework_of(s, program).hash, "evaluator_id": eid, "sequence": sequence,
                   "created_at": "2026-01-01T00:00:00Z", "app_version": "x", "audit_head": "0" * 64,
                   "complete": True, "sheets": sheets}
        return envelope.seal_bundle(payload, keys, recipient, evaluator_id=eid, program_id=program.id,
                                    sequence=sequence)


def _sheet(code: str) -> dict:
    return {"applicant_code": code, "recused": False, "recusal_reason": "", "note": "", "onsite_note": "",
            "entries": {"S1": {"level": "A", "verified_value": None, "comment": "x", "onsite_note": "",
                               "confirmed": False}}}


def test_conflicted_or_unassigned_applicant_smuggled_into_a_bundle(make_round, tmp_path):
    r = make_round(evaluators=("E1", "E2"), conflicts={"E2": ["P3"]})
    r.assign([("E1", "P1"), ("E2", "P1")])
    conflicted = tmp_path / "conflicted.scb"
    conflicted.write_bytes(_forge(r, "E2", [_sheet("P1"), _sheet("P3")]))
    unassigned = tmp_path / "unassigned.scb"
    unassigned.write_bytes(_forge(r, "E1", [_sheet("P1"), _sheet("P2")]))
    v = r.merge(conflicted, unassigned)
    assert v[0].verdict == "rejected" and "declared conflict" in str(v[0].reason) and "P3" in str(v[0].reason)
    assert v[1].verdict == "rejected" and "not assigned" in str(v[1].reason) and "P2" in str(v[1].reason)
    with r.program.factory() as s:
        from smartcert_desktop.store.models import Bundle, ScoreSheet

        assert s.query(Bundle).count() == 0 and s.query(ScoreSheet).count() == 0


def test_bundle_of_unenrolled_key_and_same_sequence_reused(make_round, tmp_path):
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    # Another evaluator workspace with the same id but its own key, never enrolled in this program.
    from smartcert_desktop.services import evaluator as ev_svc

    ev_svc.init_evaluator(tmp_path / "impostor", "E1", "사칭", PASS)
    r.evaluators["X"] = ev_svc.open_evaluator(tmp_path / "impostor")
    r.root.joinpath("ev", "X").mkdir(parents=True)
    (r.root / "ev" / "X" / "keys").symlink_to(tmp_path / "impostor" / "keys")
    forged = tmp_path / "forged.scb"
    keys = load_private_keys(tmp_path / "impostor" / "keys" / "evaluator.key", PASS)
    with r.program.factory() as s:
        from smartcert_desktop.exchange.keys import PublicKeys
        from smartcert_desktop.store.queries import framework_of, the_program

        program = the_program(s)
        payload = {"schema": "smartcert-bundle-payload/1", "program_id": program.id,
                   "framework_hash": framework_of(s, program).hash, "evaluator_id": "E1", "sequence": 1,
                   "created_at": "2026-01-01T00:00:00Z", "app_version": "x", "audit_head": "0" * 64,
                   "complete": True, "sheets": [_sheet("P1")]}
        forged.write_bytes(envelope.seal_bundle(payload, keys, PublicKeys(program.signing_public,
                                                                          program.encryption_public),
                                                evaluator_id="E1", program_id=program.id, sequence=1))
    v = r.merge(forged)
    assert v[0].verdict == "rejected" and "not the enrolled key of E1" in str(v[0].reason)
    a = tmp_path / "a.scb"
    a.write_bytes(_forge(r, "E1", [_sheet("P1")], sequence=3))
    b = tmp_path / "b.scb"
    b.write_bytes(_forge(r, "E1", [_sheet("P1")], sequence=3))
    v = r.merge(a, b)
    assert [x.verdict for x in v] == ["accepted", "rejected"]
    assert "already merged from a different bundle" in str(v[1].reason)


def test_the_outcome_reads_the_sheets_without_bare_confirmations(make_round):
    """round_outcome loads the sheets leaving out entries that say nothing but "confirmed as reported"; every
    field the outcome reads of an entry (through Sheet.entry) is the same as with every entry loaded."""
    from smartcert_desktop.domain.outcome import build_outcome
    from smartcert_desktop.services.results import results_json_bytes, round_outcome
    from smartcert_desktop.store import queries as q

    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([(e, "P1") for e in ("E1", "E2", "E3")])
    r.send_packages()
    for e in ("E1", "E2", "E3"):
        r.score(e, "P1", {"S1": "A", "S2": "C"})
    for code in ("Q1", "Q2", "Q4"):
        r.edit("E1", "P1", code, "confirmed", True)        # confirmations only
    r.edit("E1", "P1", "Q2", "onsite_note", "현장 확인")     # ... and a note beside one of them
    r.edit("E2", "P1", "Q3", "verified_value", "25")
    r.edit("E3", "P1", "Q5", "comment", "증빙 보완 필요")
    r.merge(*[r.submit(e) for e in ("E1", "E2", "E3")])
    with r.program.factory() as s:
        pid = q.the_program(s).id
        full = q.load_sheets(s, pid)
        lean = q.load_sheets(s, pid, confirmations=False)
        state = round_outcome(s)
        fw = q.framework_of(s, q.the_program(s))
        whole = build_outcome(state.program, fw, q.applicant_inputs(s, pid), q.reported_values(s, pid),
                              q.decisions_of(s, pid), full, q.assignments_of(s, pid), q.conflicts_of(s, pid),
                              q.evaluator_names(s, pid))
    assert full.keys() == lean.keys() == {("E1", "P1"), ("E2", "P1"), ("E3", "P1")}
    left_out = {(e, code) for (e, _a), sheet in full.items() for code in sheet.entries
                if code not in lean[(e, "P1")].entries}
    assert ("E1", "Q1") in left_out and ("E1", "Q4") in left_out
    assert not left_out & {("E1", "Q2"), ("E2", "Q3"), ("E3", "Q5"), ("E1", "S1"), ("E2", "S2")}
    for key, sheet in full.items():
        for ind in fw.indicators:
            a, b = sheet.entry(ind.code), lean[key].entry(ind.code)
            assert (a.level, a.verified_value, a.comment, a.onsite_note) == \
                (b.level, b.verified_value, b.comment, b.onsite_note)
    assert results_json_bytes(state) == results_json_bytes(whole)
    assert [c["indicator"] for c in r.applicant("P1")["pending_corrections"]] == ["Q3"]
