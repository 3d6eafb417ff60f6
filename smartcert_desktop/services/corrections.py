"""The chair's decisions on corrected quantitative values (contract sections 1 and 8).

A value an evaluator enters as verified never changes points by itself: it is pending until the chair
accepts a value (which then replaces the reported value for scoring, MINMAX peers included) or dismisses
the pending corrections of that indicator. Both are recorded with the chair's reason in the audit log.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.rules import RuleError
from ..domain.text import TextError, brief, clean_note
from ..errors import SmartcertError
from ..store import audit
from ..store.models import CorrectionDecision
from ..store.queries import applicant_codes, framework_of, the_program, utcnow
from .results import round_outcome
from .workspace import WorkspaceHandle


def _check(session: Session, applicant: str, indicator: str, reason: str) -> str:
    """Refuse an unknown applicant or indicator and an empty or invalid reason; the reason as stored."""
    program = the_program(session)
    fw = framework_of(session, program)
    if applicant not in applicant_codes(session, program.id):
        raise SmartcertError(f"no applicant with code {brief(applicant)} in this program")
    ind = fw.indicator_by_code.get(indicator)
    if ind is None:
        raise SmartcertError(f"no indicator {brief(indicator)} in the framework")
    if ind.kind != "quantitative":
        raise SmartcertError(f"{indicator} is qualitative; only quantitative values can be corrected")
    try:
        reason = clean_note(reason, "--reason")
    except TextError as exc:
        raise SmartcertError(str(exc)) from None
    if not reason.strip():
        raise SmartcertError("--reason must not be empty")
    return reason


def accept_correction(session: Session, applicant: str, indicator: str, value: str, reason: str) -> str:
    reason = _check(session, applicant, indicator, reason)
    program = the_program(session)
    fw = framework_of(session, program)
    try:
        fw.rule(indicator).check_value(value)
    except RuleError as exc:
        raise SmartcertError(f"{applicant} {indicator}: {exc}") from exc
    session.add(CorrectionDecision(program_id=program.id, applicant_code=applicant, indicator_code=indicator,
                                   action="accepted", value=value.strip(), evaluator_id=None, reason=reason,
                                   decided_at=utcnow()))
    audit.append(session, "chair", "correction.accept",
                 {"applicant": applicant, "indicator": indicator, "value": value.strip(), "reason": reason})
    return f"accepted {applicant} {indicator} = {value.strip()} ({reason})"


def dismiss_correction(session: Session, applicant: str, indicator: str, reason: str) -> str:
    reason = _check(session, applicant, indicator, reason)
    program = the_program(session)
    state = round_outcome(session)
    result = next(r for r in state.results if r.code == applicant)
    pending = [p for p in result.pending_corrections if p.indicator == indicator]
    if not pending:
        raise SmartcertError(f"{applicant} {indicator}: no pending correction to dismiss; nothing was changed")
    for p in pending:
        session.add(CorrectionDecision(program_id=program.id, applicant_code=applicant, indicator_code=indicator,
                                       action="dismissed", value=p.value, evaluator_id=p.evaluator,
                                       reason=reason, decided_at=utcnow()))
    audit.append(session, "chair", "correction.dismiss",
                 {"applicant": applicant, "indicator": indicator, "reason": reason,
                  "dismissed": [[p.evaluator, p.value] for p in pending]})
    return f"dismissed {len(pending)} pending correction(s) of {applicant} {indicator} ({reason})"


def accept(handle: WorkspaceHandle, applicant: str, indicator: str, value: str, reason: str) -> str:
    """Accept a corrected value as one user action: a backup, then one transaction."""
    with handle.backup_before("correction"), handle.session() as s:
        return accept_correction(s, applicant, indicator, value, reason)


def dismiss(handle: WorkspaceHandle, applicant: str, indicator: str, reason: str) -> str:
    """Dismiss an indicator's pending corrections as one user action: a backup, then one transaction."""
    with handle.backup_before("correction"), handle.session() as s:
        return dismiss_correction(s, applicant, indicator, reason)
