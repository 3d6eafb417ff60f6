"""The round's results from the program store (contract sections 7 and 8)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.engine import ApplicantResult, PendingCorrection, RoundInput, compute_round
from ..domain.framework import Framework
from ..domain.sheets import Sheet, is_complete
from ..store.models import CorrectionDecision, Program
from ..store.queries import (
    applicant_inputs,
    assignments_of,
    conflicts_of,
    framework_of,
    load_sheets,
    reported_values,
    the_program,
)


@dataclass(frozen=True)
class RoundState:
    program: Program
    framework: Framework
    results: list[ApplicantResult]
    sheets: dict[tuple[str, str], Sheet]            # latest accepted sheets (evaluator, applicant)
    counted: dict[str, list[str]]                    # applicant -> counted evaluators
    values_in_effect: dict[tuple[str, str], str]
    accepted: dict[tuple[str, str], CorrectionDecision]
    decisions: tuple[CorrectionDecision, ...] = ()  # every accept and dismiss, oldest first


def values_in_effect(session: Session, program_id: str) -> tuple[dict[tuple[str, str], str],
                                                                 dict[tuple[str, str], CorrectionDecision]]:
    values = reported_values(session, program_id)
    accepted: dict[tuple[str, str], CorrectionDecision] = {}
    for d in session.scalars(select(CorrectionDecision).where(
            CorrectionDecision.program_id == program_id, CorrectionDecision.action == "accepted")
            .order_by(CorrectionDecision.id)):
        accepted[(d.applicant_code, d.indicator_code)] = d
        values[(d.applicant_code, d.indicator_code)] = d.value
    return values, accepted


def dismissed_set(session: Session, program_id: str) -> set[tuple[str, str, str | None, str]]:
    return {(d.applicant_code, d.indicator_code, d.evaluator_id, d.value)
            for d in session.scalars(select(CorrectionDecision).where(
                CorrectionDecision.program_id == program_id, CorrectionDecision.action == "dismissed"))}


def pending_corrections(framework: Framework, sheets: dict[tuple[str, str], Sheet],
                        eligible: set[tuple[str, str]], values: dict[tuple[str, str], str],
                        dismissed: set[tuple[str, str, str | None, str]]) -> dict[str, list[PendingCorrection]]:
    """Verified values that differ from the value in effect and were neither accepted nor dismissed."""
    pending: dict[str, list[PendingCorrection]] = defaultdict(list)
    quantitative = {i.code for i in framework.quantitative}
    for (e, a), sheet in sorted(sheets.items()):
        if (e, a) not in eligible or sheet.recused:
            continue
        for code, entry in sorted(sheet.entries.items()):
            if code not in quantitative or entry.verified_value is None:
                continue
            value = entry.verified_value
            if value.strip() == (values.get((a, code)) or "").strip():
                continue
            if (a, code, e, value) in dismissed:
                continue
            pending[a].append(PendingCorrection(code, e, value, entry.comment))
    return pending


def round_state(session: Session) -> RoundState:
    program = the_program(session)
    fw = framework_of(session, program)
    applicants = applicant_inputs(session, program.id)
    values, accepted = values_in_effect(session, program.id)
    sheets = {k: s for k, s in load_sheets(session, program.id).items()}
    assigned = assignments_of(session, program.id)
    blocked = conflicts_of(session, program.id)
    eligible = {p for p in assigned if p not in blocked}
    counted: dict[str, list[str]] = defaultdict(list)
    levels: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    for (e, a), sheet in sorted(sheets.items()):
        if (e, a) in eligible and not sheet.recused and is_complete(fw, sheet):
            counted[a].append(e)
            levels[a][e] = {i.code: sheet.entry(i.code).level or "" for i in fw.qualitative}
    pending = pending_corrections(fw, sheets, eligible, values, dismissed_set(session, program.id))
    results = compute_round(RoundInput(fw, applicants, values, levels, pending))
    decisions = tuple(session.scalars(select(CorrectionDecision).where(
        CorrectionDecision.program_id == program.id).order_by(CorrectionDecision.id)))
    return RoundState(program, fw, results, sheets, dict(counted), values, accepted, decisions)


def results_document(state: RoundState) -> dict[str, Any]:
    fw = state.framework
    return {
        "program": {"id": state.program.id, "framework_id": fw.id, "framework_version": fw.version,
                    "framework_hash": fw.hash},
        "applicants": [r.to_json_dict() for r in state.results],
    }


def results_json_bytes(state: RoundState) -> bytes:
    """The results JSON: the same state always gives the same bytes (no time stamps, fixed key order)."""
    return (json.dumps(results_document(state), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
