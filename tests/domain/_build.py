"""A tiny, hand-checkable framework built directly from the domain dataclasses (no workbook)."""

from __future__ import annotations

from decimal import Decimal

from smartcert_desktop.domain.framework import Domain, Framework, GradeRule, Indicator, Item, ScaleLevel

D = Decimal

SCALE = (
    ScaleLevel("A", "매우우수", "Excellent", D("1.0")),
    ScaleLevel("B", "우수", "Good", D("0.8")),
    ScaleLevel("C", "보통", "Fair", D("0.6")),
    ScaleLevel("D", "미흡", "Poor", D("0.4")),
    ScaleLevel("E", "매우미흡", "Very poor", D("0.2")),
)

# Points per indicator (max in brackets):
#   D1 / I1: Q1 BAND [10], Q2 CAP large/small [20]
#   D1 / I2: Q3 MINMAX floor 0.2 higher [15], S1 SCALE [25]
#   D2 / I3: Q4 CHECKLIST [9], Q5 LEVELS [6], S2 SCALE [15]
# total_max = 10 + 20 + 15 + 25 + 9 + 6 + 15 = 100
INDICATORS = (
    Indicator("Q1", "D1", "I1", "광대역망", "Broadband", "quantitative", D("10"), "BAND",
              ">= 80 : 1; >= 50 : 0.5; else : 0.1", "%"),
    Indicator("Q2", "D1", "I1", "공공와이파이", "Public Wi-Fi", "quantitative", D("20"), "CAP",
              "large = 100; small = 40", "개소"),
    Indicator("Q3", "D1", "I2", "센서", "Sensors", "quantitative", D("15"), "MINMAX",
              "floor = 0.2; polarity = higher"),
    Indicator("S1", "D1", "I2", "거버넌스", "Governance", "qualitative", D("25"), "SCALE", ""),
    Indicator("Q4", "D2", "I3", "체크리스트", "Checklist", "quantitative", D("9"), "CHECKLIST", ""),
    Indicator("Q5", "D2", "I3", "조례", "Ordinance", "quantitative", D("6"), "LEVELS",
              "yes : 1; partial : 0.5; no : 0"),
    Indicator("S2", "D2", "I3", "시민참여", "Participation", "qualitative", D("15"), "SCALE", ""),
)

GRADES = (
    GradeRule(1, D("0.85"), True, "all"),
    GradeRule(2, D("0.70"), True, "large"),
    GradeRule(2, D("0.60"), True, "small"),
    GradeRule(3, D("0"), False, "all"),
)


def tiny_framework(**overrides: object) -> Framework:
    kwargs: dict[str, object] = dict(
        id="tiny", version="1", name_ko="작은 평가체계", name_en="Tiny framework",
        scale=SCALE,
        domains=(Domain("D1", "인프라", "Infrastructure"), Domain("D2", "서비스", "Services")),
        items=(Item("I1", "D1", "통신", "Networks"), Item("I2", "D1", "데이터", "Data"),
               Item("I3", "D2", "제도", "Institutions")),
        indicators=INDICATORS,
        grades=GRADES,
        large_city_min_population=500000,
        aggregation="trimmed_total",
        trim_min_evaluators=5,
        min_evaluators=3,
        comment_required_levels=("A", "E"),
    )
    kwargs.update(overrides)
    return Framework(**kwargs)  # type: ignore[arg-type]
