"""Demo data: invented applicants with plausible reported values, for trying the program out.

The cities are real names, the figures are made up (seeded, so every demo is the same); nothing here is a
real evaluation.
"""

from __future__ import annotations

import random
from decimal import Decimal

from ..domain.engine import ApplicantInput
from ..domain.framework import Framework
from ..domain.numbers import canonical_decimal
from ..domain.rules import Band, Cap, Checklist, Levels, MinMax

DEMO_APPLICANTS: tuple[ApplicantInput, ...] = (
    ApplicantInput("L01", "서울특별시", "Seoul", 9_386_034, "서울특별시"),
    ApplicantInput("L02", "대구광역시", "Daegu", 2_374_960, "대구광역시"),
    ApplicantInput("L03", "대전광역시", "Daejeon", 1_442_216, "대전광역시"),
    ApplicantInput("L04", "부천시", "Bucheon", 789_269, "경기도"),
    ApplicantInput("L05", "안양시", "Anyang", 546_192, "경기도"),
    ApplicantInput("L06", "창원시", "Changwon", 1_017_407, "경상남도"),
    ApplicantInput("S01", "서울특별시 강남구", "Gangnam-gu, Seoul", 490_113, "서울특별시"),
    ApplicantInput("S02", "서울특별시 구로구", "Guro-gu, Seoul", 398_709, "서울특별시"),
    ApplicantInput("S03", "서울특별시 성동구", "Seongdong-gu, Seoul", 284_426, "서울특별시"),
    ApplicantInput("S04", "김해시", "Gimhae", 492_000, "경상남도"),
    ApplicantInput("S05", "세종특별자치시", "Sejong", 386_525, "세종특별자치시"),
    ApplicantInput("S06", "나주시", "Naju", 116_000, "전라남도"),
)

DEMO_EVALUATORS: tuple[tuple[str, str], ...] = (
    ("E01", "김민준"), ("E02", "이서연"), ("E03", "박지훈"), ("E04", "최수아"), ("E05", "정도윤"),
    ("E06", "강하은"), ("E07", "조현우"), ("E08", "윤지민"), ("E09", "장예린"),
)


def demo_reported_values(framework: Framework, seed: int = 2021) -> dict[tuple[str, str], tuple[str, str]]:
    """A value for most quantitative indicators of every demo applicant (a few left missing on purpose)."""
    rng = random.Random(seed)
    values: dict[tuple[str, str], tuple[str, str]] = {}
    for n, a in enumerate(DEMO_APPLICANTS):
        strength = 0.35 + 0.6 * ((len(DEMO_APPLICANTS) - n) / len(DEMO_APPLICANTS))  # earlier codes stronger
        ct = framework.city_type(a.population)
        for ind in framework.quantitative:
            if rng.random() < 0.02:
                continue  # missing data, to show the flag
            rule = framework.rule(ind.code)
            value = _value_for(rule, ct, strength, rng, ind.unit)
            values[(a.code, ind.code)] = (value, f"제안서 p.{rng.randint(3, 180)}")
    return values


# Rough magnitudes of the sample framework's MINMAX indicators by unit, so that the invented figures look
# like what a city would report (a count is whole, money is in millions of won).
_MINMAX_SCALE = {"건": (50, 400, 0), "백만원": (2_000, 60_000, 0), "명/인구 1만명": (5, 120, 1),
                 "건/인": (0.5, 12, 2), "개/km²": (0.5, 8, 2), "명/CCTV 1천대": (2, 15, 1)}


def _value_for(rule: object, city_type: str, strength: float, rng: random.Random, unit: str = "") -> str:
    # Floats only make invented inputs here; they are turned into decimal text before anything scores them.
    jitter = rng.uniform(-0.25, 0.25)
    level = max(0.0, min(1.0, strength + jitter))
    if isinstance(rule, Band):
        thresholds = sorted(c.threshold for c in rule.clauses)
        top = float(thresholds[-1]) if thresholds else 1.0
        value = top * 1.2 * level
        if unit == "%":
            value = min(value, 100.0)
        return canonical_decimal(Decimal(str(round(value, 1))))
    if isinstance(rule, Levels):
        labels = [label for label, _ in rule.labels]
        idx = min(len(labels) - 1, int((1 - level) * len(labels)))
        return labels[idx]
    if isinstance(rule, Cap):
        target = rule.large if city_type == "large" else rule.small
        return str(round(float(target) * 1.3 * level))
    if isinstance(rule, MinMax):
        low, high, places = _MINMAX_SCALE.get(unit, (10, 100, 1))
        value = low + (high - low) * level * rng.uniform(0.85, 1.0)
        return canonical_decimal(Decimal(str(round(value, places))))
    if isinstance(rule, Checklist):
        total = 10
        return f"{max(0, min(total, round(total * level)))}/{total}"
    return "0"


def demo_self_assessment(framework: Framework, seed: int = 7) -> dict[tuple[str, str], str]:
    rng = random.Random(seed)
    codes = [s.code for s in framework.scale]
    return {(a.code, ind.code): codes[min(len(codes) - 1, rng.choice((0, 0, 1, 1, 2)))]
            for a in DEMO_APPLICANTS for ind in framework.qualitative}


STRENGTHS = (
    "추진 전략과 실행 계획이 구체적이고 성과 지표가 명확함",
    "시민 참여 경로가 다양하고 실제 정책 반영 사례가 확인됨",
    "관련 조례·계획과의 연계가 체계적이며 예산이 안정적으로 확보됨",
    "데이터 기반 운영 사례가 풍부하고 타 지자체로 확산 가능성이 높음",
    "현장 확인 결과 운영 인력과 절차가 잘 갖추어져 있음",
)
IMPROVEMENTS = (
    "계획 대비 실적이 부족하고 성과 측정 체계가 미흡함",
    "부서 간 협업 체계가 형식적이며 실행 주체가 불분명함",
    "재원 조달 계획이 단년도 위주로 지속가능성이 낮음",
    "시민 의견 수렴이 일회성에 그쳐 환류 절차 보완이 필요함",
    "시설 유지관리 및 보안 점검 기록이 충분하지 않음",
)


def demo_comment(best: bool, evaluator_id: str, applicant_code: str, indicator_code: str) -> str:
    """A plausible comment for the best (strength) or worst (improvement) level."""
    pool = STRENGTHS if best else IMPROVEMENTS
    return pool[random.Random(f"{evaluator_id}:{applicant_code}:{indicator_code}").randrange(len(pool))]


def demo_levels(framework: Framework, evaluator_id: str, applicant_code: str, seed: int = 11) -> dict[str, str]:
    """Plausible levels an evaluator might give: stronger applicants get better levels, with some spread."""
    rng = random.Random(f"{seed}:{evaluator_id}:{applicant_code}")
    index = [a.code for a in DEMO_APPLICANTS].index(applicant_code)
    base = 0.5 + 2.5 * index / len(DEMO_APPLICANTS)
    harshness = (int(evaluator_id[-1]) % 3 - 1) * 0.4
    codes = [s.code for s in framework.scale]
    out = {}
    for ind in framework.qualitative:
        pos = round(base + harshness + rng.uniform(-0.9, 0.9))
        out[ind.code] = codes[max(0, min(len(codes) - 1, pos))]
    return out
