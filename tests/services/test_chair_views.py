"""The rows behind the chair's screens, on a small round through the services (see conftest.Round)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from domain._build import tiny_framework

from smartcert_desktop.domain.outcome import rank_results
from smartcert_desktop.services import chair_views as cv
from smartcert_desktop.services.corrections import accept_correction
from smartcert_desktop.services.results import round_outcome

from .conftest import Round

MakeRound = Callable[..., Round]

FIVE = ("E1", "E2", "E3", "E4", "E5")
LEVELS = {  # qualitative totals: E1 37, E2 35, E3 37, E4 24, E5 29 -> E1 and E4 trimmed (contract section 8)
    "E1": {"S1": "A", "S2": "B"},
    "E2": {"S1": "B", "S2": "A"},
    "E3": {"S1": "A", "S2": "B"},
    "E4": {"S1": "C", "S2": "C"},
    "E5": {"S1": "B", "S2": "C"},
}


def snapshot(r: Round) -> cv.ChairSnapshot:
    with r.program.factory() as s:
        return cv.chair_snapshot(s)


def test_framework_tree_sums_points_and_shows_canonical_params() -> None:
    fw = tiny_framework()
    tree = cv.framework_tree(fw)
    assert [d.code for d in tree] == ["D1", "D2"]
    assert [d.max_points for d in tree] == [Decimal(70), Decimal(30)]
    assert [it.code for it in tree[0].children] == ["I1", "I2"]
    q1 = tree[0].children[0].children[0]
    assert (q1.level, q1.code, q1.kind, q1.rule, q1.max_points) == ("indicator", "Q1", "quantitative", "BAND",
                                                                    Decimal(10))
    assert q1.params == fw.rule("Q1").canonical_params()
    assert sum(n.max_points for n in tree) == fw.total_max


def test_a_fresh_program_has_applicants_and_nothing_expected(make_round: MakeRound) -> None:
    r = make_round(evaluators=("E1", "E2"), conflicts={"E2": ["P3"]})
    snap = snapshot(r)
    assert [a.code for a in snap.applicants] == ["P1", "P2", "P3"]
    p3 = snap.applicants[2]
    assert (p3.city_type, p3.reported, p3.quantitative, p3.documents, p3.evaluators) == ("small", 4, 5, 0, 0)
    assert [e.id for e in snap.evaluators] == ["E1", "E2"]
    assert snap.evaluators[1].conflicts == ("P3",)
    assert snap.evaluators[0].bundle_sequence is None
    assert snap.completeness.cell("E2", "P3").status is cv.Completeness.CONFLICT
    assert snap.completeness.cell("E1", "P1").status is cv.Completeness.UNASSIGNED
    assert snap.assignments.conflicts == frozenset({("E2", "P3")})
    assert snap.pending == ()
    assert all(row.status == "incomplete" for row in snap.ranking)
    p3_values = {row.indicator: row for row in snap.reported["P3"]}
    assert p3_values["Q5"].value is None and p3_values["Q5"].points is None
    assert p3_values["Q1"].value == "79.99" and p3_values["Q1"].points == Decimal("5.00")


def test_completeness_follows_the_counting_rules(make_round: MakeRound) -> None:
    r = make_round(evaluators=("E1", "E2", "E3", "E4"), conflicts={"E4": ["P2"]})
    r.assign([("E1", "P1"), ("E2", "P1"), ("E3", "P1"), ("E4", "P1"), ("E1", "P2")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B", "S2": "B"})
    r.score("E1", "P2", {"S1": "B"})                      # S2 missing: incomplete
    r.score("E2", "P1", {"S1": "A"})                      # comment written, S2 missing
    r.edit("E3", "P1", None, "recusal", (True, "former employee"))
    merged = r.merge(r.submit("E1"), r.submit("E2"), r.submit("E3"))   # E4 never submits
    assert [v.verdict for v in merged] == ["accepted"] * 3
    snap = snapshot(r)
    m = snap.completeness
    assert m.cell("E1", "P1").status is cv.Completeness.COMPLETE
    assert m.cell("E1", "P2") == cv.CompletenessCell(cv.Completeness.INCOMPLETE, 1)
    assert m.cell("E2", "P1") == cv.CompletenessCell(cv.Completeness.INCOMPLETE, 1)
    assert m.cell("E3", "P1").status is cv.Completeness.RECUSED
    assert m.cell("E4", "P1").status is cv.Completeness.MISSING
    assert m.cell("E4", "P2").status is cv.Completeness.CONFLICT
    assert m.cell("E2", "P3").status is cv.Completeness.UNASSIGNED
    assert m.bundle_sequence == {"E1": 1, "E2": 1, "E3": 1}
    # exactly the complete cells are the counted evaluators of the results
    counted = {(e, a) for a, es in snap.state.counted.items() for e in es}
    assert counted == {k for k, c in m.cells.items() if c.status is cv.Completeness.COMPLETE}
    assert snap.assignments.load("E1") == 2 and snap.assignments.per_applicant("P1") == 4
    review = snap.review("P1")
    assert review.evaluators == ("E1",)
    assert review.not_counted == {"E2": cv.Completeness.INCOMPLETE, "E3": cv.Completeness.RECUSED,
                                  "E4": cv.Completeness.MISSING}


def test_the_review_marks_trimmed_evaluators_flags_and_pending_values(make_round: MakeRound) -> None:
    r = make_round()
    r.assign([(e, "P1") for e in FIVE])
    r.send_packages()
    for e in FIVE:
        r.score(e, "P1", LEVELS[e])
    r.edit("E2", "P1", "Q1", "verified_value", "40")       # reported 85: a pending correction
    r.edit("E3", "P1", "Q2", "verified_value", "50")       # same as reported: nothing to decide
    r.merge(*[r.submit(e) for e in FIVE])
    snap = snapshot(r)
    review = snap.review("P1")
    assert review.evaluators == FIVE
    rows = {row.indicator: row for row in review.rows}
    s1 = rows["S1"]
    assert {e for e, c in s1.cells.items() if c.trimmed} == {"E1", "E4"}
    assert s1.cells["E4"] == cv.ReviewCell(level="C", points=Decimal("15.0"), trimmed=True)
    assert s1.points == Decimal("21.67")
    assert s1.spread == (Decimal("15.0"), Decimal("25"))
    assert review.qualitative_totals["E4"] == Decimal("24.0")
    q1 = rows["Q1"]
    assert q1.value == "85" and q1.cells == {"E2": cv.ReviewCell(verified="40", pending=True)}
    assert q1.flagged and [p.evaluator for p in q1.pending] == ["E2"]
    assert rows["Q2"].cells == {}
    assert [(p.applicant, p.indicator, p.evaluator, p.value, p.value_in_effect) for p in snap.pending] == [
        ("P1", "Q1", "E2", "40", "85")]
    # every flag of the result is shown somewhere: on its indicator's row, its evaluator's column, or apart
    result = next(x for x in snap.state.results if x.code == "P1")
    shown = [f for row in review.rows for f in row.flags] + list(review.deviations.values())
    assert sorted(map(repr, shown + list(review.other_flags))) == sorted(map(repr, result.flags))

    with r.program.session() as s:
        accept_correction(s, "P1", "Q1", "40", "checked with the city")
    after = snapshot(r)
    assert after.pending == ()
    q1_after = {row.indicator: row for row in after.reported["P1"]}["Q1"]
    assert (q1_after.value, q1_after.reported, q1_after.accepted) == ("40", "85", "40")
    assert q1_after.points == Decimal("1.00")   # BAND: below 50 gives 0.1 of 10


def test_the_ranking_is_the_workbook_ranking_with_the_results_figures(make_round: MakeRound) -> None:
    r = make_round()
    r.assign([(e, a) for e in FIVE for a in ("P1", "P2", "P3")])
    r.send_packages()
    for e in FIVE:
        for a in ("P1", "P2", "P3"):
            r.score(e, a, LEVELS[e])
    r.merge(*[r.submit(e) for e in FIVE])
    snap = snapshot(r)
    with r.program.factory() as s:
        state = round_outcome(s)
    assert [(row.rank, row.code) for row in snap.ranking] == \
        [(x.rank, x.result.code) for x in rank_results(state.results)]
    doc = {a["code"]: a for a in r.results()["applicants"]}
    for row in snap.ranking:
        assert f"{row.total:.2f}" == doc[row.code]["total"]
        assert (row.grade, row.certified, row.status) == (doc[row.code]["grade"], doc[row.code]["certified"],
                                                         doc[row.code]["status"])
        assert row.flags == len(doc[row.code]["flags"])
    assert [row.city_type for row in snap.ranking] == ["large", "large", "small"]
    assert snap.agreement is not None and snap.agreement.raters == 5


def test_enrolment_files_are_read_before_enrolling(make_round: MakeRound, tmp_path: Path) -> None:
    from smartcert_desktop.services import evaluator as ev_svc

    r = make_round(evaluators=("E1",))
    made = ev_svc.init_evaluator(tmp_path / "new", "E9", "새 위원", "correct horse")
    found = cv.peek_enrollment(made.enrollment_path)
    assert (found.evaluator_id, found.name, found.fingerprint) == ("E9", "새 위원", made.fingerprint)
    assert [e.id for e in snapshot(r).evaluators] == ["E1"]   # nothing enrolled by reading
