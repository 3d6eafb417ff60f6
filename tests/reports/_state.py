"""Round states for the PDF tests, computed by the engine without a program store.

The PDFs only read a :class:`RoundOutcome`; building one from the domain (framework, reported values, score
sheets, the engine) takes a fraction of a second, so each test can have the round it needs: incomplete
applicants, pending corrections, long comments, odd names.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from typing import Any

from smartcert_desktop.domain.engine import ApplicantInput, PendingCorrection, RoundInput, compute_round
from smartcert_desktop.domain.framework import Framework
from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet
from smartcert_desktop.services.demo_data import DEMO_APPLICANTS, demo_reported_values
from smartcert_desktop.services.results import results_document

# Evaluator ids that cannot turn up in a PDF by accident (a code, a fingerprint, a number).
EVALUATORS = ("QV-KIM", "QV-LEE", "QV-PARK", "QV-CHOI", "QV-JUNG")
FINGERPRINT = "ABCDABCD-12341234"
PROGRAM_NAME = "스마트도시 인증 시험 프로그램 (2025)"

GOOD_COMMENT = "추진 실적과 근거 자료가 충실하여 다른 도시에 확산할 만함"
POOR_COMMENT = "계획 대비 실적이 부족하여 보완이 필요함"
LONG_COMMENT = "시민참여 플랫폼의 운영 실적이 " + "매우 구체적이고 체계적이며 " * 20 + "끝"


def _levels(framework: Framework, index: int, count: int, evaluator: str, rng: random.Random) -> dict[str, str]:
    """Stronger applicants (lower index) get better levels; each evaluator a little harsher or milder."""
    codes = [s.code for s in framework.scale]
    base = 0.3 + 3.2 * index / max(1, count)
    harshness = (sum(map(ord, evaluator)) % 3 - 1) * 0.4
    return {ind.code: codes[max(0, min(len(codes) - 1, round(base + harshness + rng.uniform(-0.9, 0.9))))]
            for ind in framework.qualitative}


def build_state(framework: Framework, applicants: Sequence[ApplicantInput] = DEMO_APPLICANTS, *,
                evaluators: Sequence[str] = EVALUATORS, short: Mapping[str, int] | None = None,
                pending: Mapping[str, Sequence[PendingCorrection]] | None = None,
                long_comment_for: str | None = None, value_sources: Sequence[str] | None = None,
                seed: int = 5) -> RoundOutcome:
    """A round on ``framework``: every applicant scored by ``evaluators`` (``short[code]`` of them only).

    Reported values are the demo's, the n-th applicant taking the n-th demo applicant's values (or those of
    ``value_sources[n]``, a demo applicant's code: the demo's later codes are the weaker). Comments go
    with the best two and the worst two levels, the same text from several evaluators (to be shown once).
    """
    rng = random.Random(seed)
    demo_values = demo_reported_values(framework)
    values: dict[tuple[str, str], str] = {}
    for n, a in enumerate(applicants):
        source = value_sources[n] if value_sources else DEMO_APPLICANTS[n % len(DEMO_APPLICANTS)].code
        for (code, ind), (value, _page) in demo_values.items():
            if code == source:
                values[(a.code, ind)] = value
    best = {s.code for s in sorted(framework.scale, key=lambda s: -s.ratio)[:2]}
    worst = {s.code for s in sorted(framework.scale, key=lambda s: s.ratio)[:2]}
    levels: dict[str, dict[str, dict[str, str]]] = {}
    sheets: dict[tuple[str, str], Sheet] = {}
    counted: dict[str, list[str]] = {}
    for n, a in enumerate(applicants):
        panel = list(evaluators[: (short or {}).get(a.code, len(evaluators))])
        counted[a.code] = panel
        levels[a.code] = {}
        for e in panel:
            lv = _levels(framework, n, len(applicants), e, rng)
            levels[a.code][e] = lv
            entries = {}
            for code, level in lv.items():
                comment = GOOD_COMMENT if level in best else POOR_COMMENT if level in worst else ""
                if a.code == long_comment_for and comment:
                    comment = LONG_COMMENT
                entries[code] = IndicatorEntry(level=level, comment=comment)
            sheets[(e, a.code)] = Sheet(e, a.code, entries)
    results = compute_round(RoundInput(framework, applicants, values, levels, dict(pending or {})))
    program: Any = SimpleNamespace(id="test-program-0001", name=PROGRAM_NAME)
    return RoundOutcome(program, framework, results, sheets, counted, values, {})


def results_json(state: RoundOutcome) -> dict[str, Any]:
    """The results JSON document of the state (contract section 7), as the PDFs must match it."""
    return results_document(state)
