"""compute_round on the tiny framework of ``_build`` with six applicants, every figure worked out by hand.

Framework (max points): D1 = { I1 = {Q1 BAND 10, Q2 CAP 20}, I2 = {Q3 MINMAX 15, S1 SCALE 25} },
D2 = { I3 = {Q4 CHECKLIST 9, Q5 LEVELS 6, S2 SCALE 15} }; total 100; trimmed_total from 5, min 3 evaluators.
Q1: >= 80 : 1; >= 50 : 0.5; else : 0.1.   Q2: large = 100; small = 40.   Q3: floor 0.2, higher.
Q5: yes 1, partial 0.5, no 0.   Scale A 1, B 0.8, C 0.6, D 0.4, E 0.2, so
S1 (25): A 25, B 20, C 15, D 10, E 5 and S2 (15): A 15, B 12, C 9, D 6, E 3.
Grades: 1 from 0.85 (all), 2 from 0.70 (large) or 0.60 (small), 3 from 0 (all).
"""

from dataclasses import replace
from decimal import Decimal

import pytest

from smartcert_desktop.domain.engine import (
    ApplicantInput,
    ApplicantResult,
    Flag,
    PendingCorrection,
    RoundInput,
    compute_round,
    disagreement_flags,
)

from ._build import tiny_framework

D = Decimal
FW = tiny_framework()

APPLICANTS = [  # deliberately not in code order
    ApplicantInput("S2", "소도시2", "Small Two", 200000),
    ApplicantInput("L1", "대도시1", "Large One", 600000),
    ApplicantInput("S1", "소도시1", "Small One", 499999),   # one below the limit: small
    ApplicantInput("L3", "대도시3", "Large Three", 1000000),
    ApplicantInput("L2", "대도시2", "Large Two", 500000),   # exactly on the limit: large
    ApplicantInput("S3", "소도시3", "Small Three", 1000),
]

REPORTED = {  # applicant -> (Q1, Q2, Q3, Q4, Q5); None: no reported value
    "L1": ("85", "50", "10", "3/5", "Yes"),
    "L2": ("80", "150", "40", "2/3", " partial "),
    "L3": ("79.99", "33.333", "50", "0/4", "NO"),
    "S1": ("50", "30", "1000", "1/3", "partial"),
    "S2": ("49", None, "5", "5/7", "yes"),
    # S3 reported nothing
}
VALUES = {(a, f"Q{i + 1}"): v for a, row in REPORTED.items() for i, v in enumerate(row) if v is not None}


def lv(s1: str, s2: str) -> dict[str, str]:
    return {"S1": s1, "S2": s2}


LEVELS = {
    "L1": {"E1": lv("A", "B"), "E2": lv("B", "B"), "E3": lv("B", "C"), "E4": lv("C", "B"),
           "E5": lv("D", "C")},
    "L2": {"E1": lv("A", "A"), "E2": lv("a", "B"), "E3": lv("B", "A")},
    "L3": {"E1": lv("C", "C"), "E2": lv("C", "C")},
    "S1": {"E1": lv("C", "B"), "E2": lv("C", "C"), "E3": lv("B", "B"), "E4": lv("C", "C")},
    "S2": {"E6": lv("A", "A"), "E7": lv("A", "A"), "E8": lv("A", "A")},
}

PENDING = {"L1": [PendingCorrection("Q2", "E3", "45", "site count differs"),
                  PendingCorrection("Q1", "E2", "70", "")]}


@pytest.fixture(scope="module")
def results() -> dict[str, ApplicantResult]:
    out = compute_round(RoundInput(FW, APPLICANTS, VALUES, LEVELS, PENDING))
    assert [r.code for r in out] == ["L1", "L2", "L3", "S1", "S2", "S3"]  # sorted by code
    return {r.code: r for r in out}


def figures(r: ApplicantResult) -> dict[str, str]:
    return {k: str(v) for k, v in r.indicators.items()}


def flags(r: ApplicantResult) -> set[tuple[str, str | None, str | None]]:
    return {(f.kind, f.indicator, f.evaluator) for f in r.flags}


def test_large_applicant_trimmed_total(results: dict[str, ApplicantResult]) -> None:
    r = results["L1"]
    assert r.city_type == "large"
    # Q1 85 >= 80: 1 x 10 = 10.00;  Q2 50/100 x 20 = 10.00;
    # Q3 is the large minimum (10 of 10, 40, 50): 0.2 x 15 = 3.00;  Q4 3/5 x 9 = 5.40;  Q5 "Yes": 6.00
    # S1/S2 totals E1 25+12=37, E2 20+12=32, E3 20+9=29, E4 15+12=27, E5 10+9=19: drop E1 and E5;
    # S1 (20+20+15)/3 = 55/3 = 18.33;  S2 (12+9+12)/3 = 11.00
    assert figures(r) == {"Q1": "10.00", "Q2": "10.00", "Q3": "3.00", "S1": "18.33",
                          "Q4": "5.40", "Q5": "6.00", "S2": "11.00"}
    # I1 10+10 = 20.00; I2 3+18.33 = 21.33; I3 5.40+6+11 = 22.40; D1 41.33; D2 22.40; total 63.73
    assert {k: str(v) for k, v in r.items.items()} == {"I1": "20.00", "I2": "21.33", "I3": "22.40"}
    assert {k: str(v) for k, v in r.domains.items()} == {"D1": "41.33", "D2": "22.40"}
    assert str(r.total) == "63.73"
    # large: 63.73 < 70 (grade 2 large row); the small 0.60 row must not apply
    assert (r.status, r.grade, r.certified, r.evaluators_counted) == ("graded", 3, False, 5)
    assert r.dropped == {"S1": frozenset({"E1", "E5"}), "S2": frozenset({"E1", "E5"})}
    # panel mean (37+32+29+27+19)/5 = 28.8: E1 +28.5 %, E2 +11.1 %, E5 -34.0 % flagged;
    # E3 +0.7 %, E4 -6.25 % not
    # spread S1 25-10 = 15 >= 0.4 x 25 = 10 flagged; S2 12-9 = 3 < 6 not
    assert flags(r) == {("deviation", None, "E1"), ("deviation", None, "E2"), ("deviation", None, "E5"),
                        ("spread", "S1", None)}


def test_large_applicant_on_the_population_limit(results: dict[str, ApplicantResult]) -> None:
    r = results["L2"]
    assert r.city_type == "large"
    # Q1 80 on ">= 80": 10.00;  Q2 150/100 capped: 20.00
    # Q3 peers among large cities 10, 40, 50 (L3 counts although incomplete): 0.2 + 0.8 x 30/40 = 0.8 -> 12.00
    # Q4 2/3 x 9 = 6.00;  Q5 " partial ": 0.5 x 6 = 3.00
    # 3 evaluators < 5: plain mean. S1 (25+25+20)/3 = 70/3 = 23.33; S2 (15+12+15)/3 = 14.00
    assert figures(r) == {"Q1": "10.00", "Q2": "20.00", "Q3": "12.00", "S1": "23.33",
                          "Q4": "6.00", "Q5": "3.00", "S2": "14.00"}
    # I1 30.00; I2 12+23.33 = 35.33; I3 6+3+14 = 23.00; D1 65.33; total 88.33 >= 85: grade 1
    assert {k: str(v) for k, v in r.items.items()} == {"I1": "30.00", "I2": "35.33", "I3": "23.00"}
    assert {k: str(v) for k, v in r.domains.items()} == {"D1": "65.33", "D2": "23.00"}
    assert str(r.total) == "88.33"
    assert (r.status, r.grade, r.certified) == ("graded", 1, True)
    assert r.dropped == {}
    # totals 40, 37, 35; mean 112/3 = 37.33: +7.1 %, -0.9 %, -6.25 %; spreads S1 5 < 10, S2 3 < 6
    assert r.flags == ()


def test_too_few_evaluators_is_incomplete(results: dict[str, ApplicantResult]) -> None:
    r = results["L3"]
    # Q1 79.99 < 80 but >= 50: 5.00;  Q2 33.333/100 x 20 = 6.6666 -> 6.67;  Q3 large maximum: 15.00;
    # Q4 0/4: 0.00;  Q5 "NO": 0.00;  S1 15.00, S2 9.00 (mean of two equal levels)
    assert figures(r) == {"Q1": "5.00", "Q2": "6.67", "Q3": "15.00", "S1": "15.00",
                          "Q4": "0.00", "Q5": "0.00", "S2": "9.00"}
    # I1 11.67; I2 30.00; I3 9.00; D1 41.67; total 50.67
    assert str(r.total) == "50.67"
    assert (r.status, r.grade, r.certified, r.evaluators_counted) == ("incomplete", None, False, 2)


def test_small_applicant_mean_below_trim(results: dict[str, ApplicantResult]) -> None:
    r = results["S1"]
    assert r.city_type == "small"
    # Q1 50: 5.00;  Q2 30/40 x 20 = 15.00;  Q3 small peers 1000 and 5 (not the large ones): max -> 15.00;
    # Q4 1/3 x 9 = 3.00;  Q5 3.00
    # 4 evaluators < 5: S1 (15+15+20+15)/4 = 16.25; S2 (12+9+12+9)/4 = 10.50
    assert figures(r) == {"Q1": "5.00", "Q2": "15.00", "Q3": "15.00", "S1": "16.25",
                          "Q4": "3.00", "Q5": "3.00", "S2": "10.50"}
    # I1 20.00; I2 31.25; I3 16.50; D1 51.25; total 67.75: small grade 2 (>= 60), a large city would get 3
    assert {k: str(v) for k, v in r.items.items()} == {"I1": "20.00", "I2": "31.25", "I3": "16.50"}
    assert str(r.total) == "67.75"
    assert (r.status, r.grade, r.certified) == ("graded", 2, True)
    # totals 27, 24, 32, 24; mean 107/4 = 26.75: E1 +0.9 %; E2 and E4 -10.28 %; E3 +19.6 %
    assert flags(r) == {("deviation", None, "E2"), ("deviation", None, "E3"), ("deviation", None, "E4")}


def test_missing_value_scores_zero_and_is_flagged(results: dict[str, ApplicantResult]) -> None:
    r = results["S2"]
    # Q1 49: else 0.1 x 10 = 1.00;  Q2 missing: 0.00;  Q3 small minimum 5: 0.2 x 15 = 3.00;
    # Q4 5/7 x 9 = 45/7 = 6.428.. -> 6.43;  Q5 6.00;  S1 25.00;  S2 15.00
    assert figures(r) == {"Q1": "1.00", "Q2": "0.00", "Q3": "3.00", "S1": "25.00",
                          "Q4": "6.43", "Q5": "6.00", "S2": "15.00"}
    # I1 1.00; I2 28.00; I3 27.43; total 56.43 < 60: grade 3
    assert str(r.total) == "56.43"
    assert (r.status, r.grade, r.certified) == ("graded", 3, False)
    assert flags(r) == {("missing_data", "Q2", None)}
    assert r.values_used["Q2"] is None


def test_nothing_reported_nobody_counted(results: dict[str, ApplicantResult]) -> None:
    r = results["S3"]
    assert set(r.indicators.values()) == {D("0.00")}
    assert str(r.total) == "0.00"
    assert (r.status, r.grade, r.certified, r.evaluators_counted) == ("incomplete", None, False, 0)
    assert flags(r) == {("missing_data", c, None) for c in ("Q1", "Q2", "Q3", "Q4", "Q5")}


def test_minmax_peers_only_within_the_city_type() -> None:
    # Put every applicant into one city type (limit 0): peers for Q3 become 10, 40, 50, 1000, 5
    fw = tiny_framework(large_city_min_population=0)
    out = {r.code: r for r in compute_round(RoundInput(fw, APPLICANTS, VALUES, LEVELS))}
    # L2: 0.2 + 0.8 x (40-5)/(1000-5) = 0.2 + 0.8 x 35/995 = 0.22814.. x 15 = 3.42..
    assert str(out["L2"].indicators["Q3"]) == "3.42"
    # and with the city types kept apart it was 12.00 (see above); S2 (5) was 3.00 both ways
    assert str(out["S2"].indicators["Q3"]) == "3.00"


def test_corrected_value_in_effect_moves_peers() -> None:
    # an accepted correction is simply the value in effect; L3 corrected from 50 to 40 makes 40 the maximum
    values = {**VALUES, ("L3", "Q3"): "40"}
    out = {r.code: r for r in compute_round(RoundInput(FW, APPLICANTS, values, LEVELS))}
    # L2 40 is now the max: 15.00; L3 too; L1 still the min: 3.00
    assert [str(out[c].indicators["Q3"]) for c in ("L1", "L2", "L3")] == ["3.00", "15.00", "15.00"]


def test_invalid_value_scores_zero_and_is_not_a_peer() -> None:
    values = {**VALUES, ("L3", "Q3"): "n/a", ("L1", "Q4"): "6/5"}
    out = {r.code: r for r in compute_round(RoundInput(FW, APPLICANTS, values, LEVELS))}
    assert out["L3"].indicators["Q3"] == D("0.00")
    assert out["L1"].indicators["Q4"] == D("0.00")
    # large peers are now 10 and 40: L2 gets 15.00
    assert out["L2"].indicators["Q3"] == D("15.00")
    assert ("invalid_value", "Q4", None) in flags(out["L1"])


def test_pending_corrections_never_change_points(results: dict[str, ApplicantResult]) -> None:
    r = results["L1"]
    # sorted by indicator then evaluator
    assert [(p.indicator, p.evaluator, p.value) for p in r.pending_corrections] == [
        ("Q1", "E2", "70"), ("Q2", "E3", "45")]
    assert r.indicators["Q2"] == D("10.00")


def test_other_policies_on_the_same_round() -> None:
    fw = replace(FW, aggregation="median")
    r = {x.code: x for x in compute_round(RoundInput(fw, APPLICANTS, VALUES, LEVELS))}["L1"]
    # S1 25, 20, 20, 15, 10 -> 20.00;  S2 12, 12, 9, 12, 9 -> 12.00
    assert (str(r.indicators["S1"]), str(r.indicators["S2"])) == ("20.00", "12.00")
    fw = replace(FW, aggregation="trimmed_indicator")
    r = {x.code: x for x in compute_round(RoundInput(fw, APPLICANTS, VALUES, LEVELS))}["L1"]
    # S1 drop 25 and 10: (20+20+15)/3 = 18.33;  S2 12,12,9,12,9 drop one 12 and one 9: (12+12+9)/3 = 11.00
    assert (str(r.indicators["S1"]), str(r.indicators["S2"])) == ("18.33", "11.00")
    fw = replace(FW, aggregation="mean")
    r = {x.code: x for x in compute_round(RoundInput(fw, APPLICANTS, VALUES, LEVELS))}["L1"]
    # S1 (25+20+20+15+10)/5 = 18.00;  S2 (12+12+9+12+9)/5 = 54/5 = 10.80
    assert (str(r.indicators["S1"]), str(r.indicators["S2"])) == ("18.00", "10.80")


def test_min_evaluators_setting() -> None:
    fw = replace(FW, min_evaluators=2)
    r = {x.code: x for x in compute_round(RoundInput(fw, APPLICANTS, VALUES, LEVELS))}["L3"]
    # 2 >= 2: graded; 50.67 < 70: grade 3
    assert (r.status, r.grade, r.certified) == ("graded", 3, False)


# --- deviation and spread flags --------------------------------------------------------------------------

def pts(**totals: str) -> dict[str, dict[str, Decimal]]:
    # every evaluator's whole qualitative total on S1, 0 on S2
    return {e: {"S1": D(t), "S2": D(0)} for e, t in totals.items()}


def test_deviation_exactly_ten_percent_is_not_flagged() -> None:
    big = tiny_framework(indicators=tuple(replace(i, max_points=D("200")) if i.code == "S1" else i
                                          for i in FW.indicators))
    # totals 110, 100, 90: mean 100; +10 % and -10 % exactly: not more than 10 %
    fl = disagreement_flags(replace(big, spread_flag_ratio=D("1")), pts(E1="110", E2="100", E3="90"))
    assert [f for f in fl if f.kind == "deviation"] == []
    # 110.01, 100, 89.99: mean 100; +10.01 % and -10.01 %: both flagged
    fl = disagreement_flags(replace(big, spread_flag_ratio=D("1")), pts(E1="110.01", E2="100", E3="89.99"))
    assert {(f.kind, f.evaluator) for f in fl} == {("deviation", "E1"), ("deviation", "E3")}


def test_deviation_through_compute_round() -> None:
    # S1 max 100 and S2 max 50: levels give S1 100/80/60/40/20 and S2 50/40/30/20/10
    new_max = {"S1": D("100"), "S2": D("50")}
    fw = tiny_framework(indicators=tuple(replace(i, max_points=new_max.get(i.code, i.max_points))
                                         for i in FW.indicators), spread_flag_ratio=D("1"))
    app = [ApplicantInput("X", "", "", 10)]
    exact = {"X": {"E1": lv("B", "C"), "E2": lv("B", "D"), "E3": lv("C", "C")}}  # 110, 100, 90: mean 100
    assert [f for f in compute_round(RoundInput(fw, app, {}, exact))[0].flags if f.kind == "deviation"] == []
    wider = {"X": {"E1": lv("A", "D"), "E2": lv("B", "D"), "E3": lv("B", "E")}}  # 120, 100, 90: mean 310/3
    # 120 is +16.1 %; 100 is -3.2 %; 90 is -12.9 %
    result = compute_round(RoundInput(fw, app, {}, wider))[0]
    got = {f.evaluator for f in result.flags if f.kind == "deviation"}
    assert got == {"E1", "E3"}


def test_spread_flag() -> None:
    # spread on S1 (max 25): 20 vs 5 = 15 >= 0.4 x 25 = 10 flagged; S2 (max 15): 12 vs 9 = 3 not
    fl = disagreement_flags(FW, {"E1": {"S1": D(20), "S2": D(12)}, "E2": {"S1": D(5), "S2": D(9)},
                                 "E3": {"S1": D(15), "S2": D(12)}})
    assert [(f.kind, f.indicator) for f in fl if f.kind == "spread"] == [("spread", "S1")]
    # a single evaluator disagrees with nobody
    assert disagreement_flags(FW, {"E1": {"S1": D(25), "S2": D(3)}}) == []
    # all equal: nothing
    same = {e: {"S1": D(20), "S2": D(12)} for e in ("E1", "E2", "E3")}
    assert disagreement_flags(FW, same) == []


# --- results JSON shape ----------------------------------------------------------------------------------

def test_to_json_dict_shape(results: dict[str, ApplicantResult]) -> None:
    d = results["L1"].to_json_dict()
    assert list(d) == ["code", "name_ko", "name_en", "city_type", "status", "evaluators_counted", "total",
                       "max_total", "grade", "certified", "domains", "items", "indicators",
                       "pending_corrections", "flags"]
    assert d["code"] == "L1" and d["name_ko"] == "대도시1" and d["name_en"] == "Large One"
    assert d["city_type"] == "large" and d["status"] == "graded" and d["evaluators_counted"] == 5
    assert d["total"] == "63.73" and d["max_total"] == "100.00"
    assert d["grade"] == 3 and d["certified"] is False
    assert d["domains"] == {"D1": "41.33", "D2": "22.40"}
    assert d["items"] == {"I1": "20.00", "I2": "21.33", "I3": "22.40"}
    assert d["indicators"] == {"Q1": "10.00", "Q2": "10.00", "Q3": "3.00", "S1": "18.33", "Q4": "5.40",
                               "Q5": "6.00", "S2": "11.00"}
    assert d["pending_corrections"] == [
        {"indicator": "Q1", "evaluator": "E2", "value": "70", "comment": ""},
        {"indicator": "Q2", "evaluator": "E3", "value": "45", "comment": "site count differs"}]
    for f in d["flags"]:
        assert {"kind", "detail"} <= set(f) and all(isinstance(v, str) for v in f.values())
    deviation = [f for f in d["flags"] if f["kind"] == "deviation"]
    assert {f["evaluator"] for f in deviation} == {"E1", "E2", "E5"}
    assert all("indicator" not in f for f in deviation)
    spread = [f for f in d["flags"] if f["kind"] == "spread"]
    assert spread[0]["indicator"] == "S1" and "evaluator" not in spread[0]


def test_to_json_dict_incomplete(results: dict[str, ApplicantResult]) -> None:
    d = results["S3"].to_json_dict()
    assert d["status"] == "incomplete" and d["grade"] is None and d["certified"] is False
    assert d["total"] == "0.00"
    assert d["indicators"]["Q4"] == "0.00"
    assert {"kind": "missing_data", "detail": "no reported value", "indicator": "Q1"} in d["flags"]


def test_flag_to_dict() -> None:
    assert Flag("spread", "x").to_dict() == {"kind": "spread", "detail": "x"}
    assert Flag("deviation", "y", evaluator="E1").to_dict() == {
        "kind": "deviation", "detail": "y", "evaluator": "E1"}


def test_same_input_same_output() -> None:
    a = [r.to_json_dict() for r in compute_round(RoundInput(FW, APPLICANTS, VALUES, LEVELS, PENDING))]
    backwards = RoundInput(FW, list(reversed(APPLICANTS)), dict(reversed(list(VALUES.items()))), LEVELS,
                           PENDING)
    b = [r.to_json_dict() for r in compute_round(backwards)]
    assert a == b
