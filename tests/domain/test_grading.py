"""Grades from totals (contract section 2, sheet Grades)."""

from decimal import Decimal

import pytest

from smartcert_desktop.domain.framework import GradeRule
from smartcert_desktop.domain.grading import decide_grade, grade_rules_for

D = Decimal
TOTAL_MAX = D("2000")

GRADES = (
    GradeRule(1, D("0.9"), True, "all"),
    GradeRule(2, D("0.8"), True, "all"),
    GradeRule(3, D("0.7"), True, "all"),
    GradeRule(4, D("0.6"), False, "all"),
    GradeRule(5, D("0"), False, "all"),
)


@pytest.mark.parametrize(
    ("total", "grade", "certified"),
    [
        # thresholds: 0.9 × 2000 = 1800, 0.8 × 2000 = 1600, 0.7 × 2000 = 1400, 0.6 × 2000 = 1200
        ("2000.00", 1, True),
        ("1800.00", 1, True),
        ("1799.99", 2, True),
        ("1600.00", 2, True),
        ("1400.00", 3, True),
        ("1400.01", 3, True),
        ("1399.99", 4, False),
        ("1200.00", 4, False),
        ("1199.99", 5, False),
        ("0.00", 5, False),
    ],
)
def test_grade_on_and_around_thresholds(total: str, grade: int, certified: bool) -> None:
    g = decide_grade(D(total), TOTAL_MAX, "large", GRADES)
    assert (g.grade, g.certified) == (grade, certified)
    g = decide_grade(D(total), TOTAL_MAX, "small", GRADES)
    assert (g.grade, g.certified) == (grade, certified)


def test_decimal_ratio_is_exact() -> None:
    # 0.85 × 1000 = 850 exactly; a binary 0.85 would be 849.9999.. or 850.0000..1
    grades = (GradeRule(1, D("0.85"), True), GradeRule(2, D("0"), False))
    assert decide_grade(D("850.00"), D("1000"), "large", grades).grade == 1
    assert decide_grade(D("849.99"), D("1000"), "large", grades).grade == 2


MIXED = (
    GradeRule(1, D("0.9"), True, "all"),
    GradeRule(2, D("0.75"), True, "large"),
    GradeRule(2, D("0.65"), True, "small"),
    GradeRule(3, D("0.5"), False, "large"),
    GradeRule(3, D("0"), False, "small"),
    GradeRule(4, D("0"), False, "large"),
)


@pytest.mark.parametrize(
    ("total", "city_type", "grade"),
    [
        # 0.9 × 2000 = 1800 for everyone
        ("1800.00", "large", 1),
        ("1800.00", "small", 1),
        # large grade 2 from 1500, small grade 2 from 1300
        ("1499.99", "large", 3),
        ("1499.99", "small", 2),
        ("1500.00", "large", 2),
        ("1300.00", "small", 2),
        ("1299.99", "small", 3),
        # large grade 3 from 1000, small grade 3 from 0; large grade 4 from 0
        ("1000.00", "large", 3),
        ("999.99", "large", 4),
        ("999.99", "small", 3),
        ("0.00", "small", 3),
        ("0.00", "large", 4),
    ],
)
def test_city_type_rows_mixed_with_all_rows(total: str, city_type: str, grade: int) -> None:
    assert decide_grade(D(total), TOTAL_MAX, city_type, MIXED).grade == grade  # type: ignore[arg-type]


def test_grade_rules_for_city_type() -> None:
    assert [(g.grade, g.city_type) for g in grade_rules_for(MIXED, "small")] == [
        (1, "all"), (2, "small"), (3, "small")]
    assert [(g.grade, g.city_type) for g in grade_rules_for(MIXED, "large")] == [
        (1, "all"), (2, "large"), (3, "large"), (4, "large")]


def test_min_ratio_zero_row_takes_every_total() -> None:
    grades = (GradeRule(1, D("0.8"), True), GradeRule(2, D("0"), False))
    assert decide_grade(D("0"), TOTAL_MAX, "small", grades).grade == 2
    assert decide_grade(D("0.01"), TOTAL_MAX, "large", grades).grade == 2


def test_best_grade_wins_whatever_the_row_order() -> None:
    grades = (GradeRule(3, D("0"), False), GradeRule(1, D("0.9"), True), GradeRule(2, D("0.8"), True))
    # 1850 >= 1800 and >= 1600 and >= 0: grade 1
    assert decide_grade(D("1850"), TOTAL_MAX, "large", grades).grade == 1


def test_no_row_applies_is_an_error() -> None:
    # a framework without a 0 row for small cities is invalid; the engine must not invent a grade
    grades = (GradeRule(1, D("0.5"), True, "all"), GradeRule(2, D("0"), False, "large"))
    with pytest.raises(ValueError, match="no grade"):
        decide_grade(D("100"), TOTAL_MAX, "small", grades)
