"""Grades (등급) from totals, by the framework's Grades sheet (contract section 2)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..messages import msg
from .framework import GradeRule
from .rules import CityType


def grade_rules_for(grades: Sequence[GradeRule], city_type: CityType) -> list[GradeRule]:
    return [g for g in grades if g.city_type in (city_type, "all")]


def decide_grade(total: Decimal, total_max: Decimal, city_type: CityType,
                 grades: Sequence[GradeRule]) -> GradeRule:
    """The best grade (lowest number) whose ``min_ratio × total_max ≤ total`` among the rows of the city type
    and the ``all`` rows. A valid framework always has a row with ``min_ratio`` 0, so one always applies."""
    eligible = [g for g in grade_rules_for(grades, city_type) if g.min_ratio * total_max <= total]
    if not eligible:
        raise ValueError(msg("no grade applies to {total} for {city_type} cities; the framework needs a 0 row",
                             total=total, city_type=city_type))
    return min(eligible, key=lambda g: (g.grade, g.min_ratio))
