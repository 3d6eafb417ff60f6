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
from ..messages import Message, msg
from ..store import audit
from ..store.models import CorrectionDecision
from ..store.queries import applicant_codes, framework_of, the_program, utcnow
from . import said
from .results import round_outcome
from .workspace import WorkspaceHandle


def _check(session: Session, applicant: str, indicator: str, reason: str) -> str:
    """Refuse an unknown applicant or indicator and an empty or invalid reason; the reason as stored."""
    program = the_program(session)
    fw = framework_of(session, program)
    if applicant not in applicant_codes(session, program.id):
        raise SmartcertError(msg("no applicant with code {code} in this program", code=brief(applicant)))
    ind = fw.indicator_by_code.get(indicator)
    if ind is None:
        raise SmartcertError(msg("no indicator {code} in the framework", code=brief(indicator)))
    if ind.kind != "quantitative":
        raise SmartcertError(msg("{indicator} is qualitative; only quantitative values can be corrected",
                                 indicator=indicator))
    try:
        reason = clean_note(reason, "--reason")
    except TextError as exc:
        raise SmartcertError(said(exc)) from None
    if not reason.strip():
        raise SmartcertError(msg("--reason must not be empty"))
    return reason


def accept_correction(session: Session, applicant: str, indicator: str, value: str, reason: str) -> Message:
    reason = _check(session, applicant, indicator, reason)
    program = the_program(session)
    fw = framework_of(session, program)
    try:
        fw.rule(indicator).check_value(value)
    except RuleError as exc:
        raise SmartcertError(msg("{applicant} {indicator}: {problem}", applicant=applicant, indicator=indicator,
                                 problem=said(exc))) from exc
    session.add(CorrectionDecision(program_id=program.id, applicant_code=applicant, indicator_code=indicator,
                                   action="accepted", value=value.strip(), evaluator_id=None, reason=reason,
                                   decided_at=utcnow()))
    audit.append(session, "chair", "correction.accept",
                 {"applicant": applicant, "indicator": indicator, "value": value.strip(), "reason": reason})
    return msg("accepted {applicant} {indicator} = {value} ({reason})", applicant=applicant, indicator=indicator,
               value=value.strip(), reason=reason)


def dismiss_correction(session: Session, applicant: str, indicator: str, reason: str) -> Message:
    reason = _check(session, applicant, indicator, reason)
    program = the_program(session)
    state = round_outcome(session)
    result = next(r for r in state.results if r.code == applicant)
    pending = [p for p in result.pending_corrections if p.indicator == indicator]
    if not pending:
        raise SmartcertError(msg("{applicant} {indicator}: no pending correction to dismiss; nothing was changed",
                                 applicant=applicant, indicator=indicator))
    for p in pending:
        session.add(CorrectionDecision(program_id=program.id, applicant_code=applicant, indicator_code=indicator,
                                       action="dismissed", value=p.value, evaluator_id=p.evaluator,
                                       reason=reason, decided_at=utcnow()))
    audit.append(session, "chair", "correction.dismiss",
                 {"applicant": applicant, "indicator": indicator, "reason": reason,
                  "dismissed": [[p.evaluator, p.value] for p in pending]})
    return msg("dismissed {count} pending correction(s) of {applicant} {indicator} ({reason})",
               count=len(pending), applicant=applicant, indicator=indicator, reason=reason)


def accept(handle: WorkspaceHandle, applicant: str, indicator: str, value: str, reason: str) -> Message:
    """Accept a corrected value as one user action: a backup, then one transaction."""
    with handle.backup_before("correction"), handle.session() as s:
        return accept_correction(s, applicant, indicator, value, reason)


def dismiss(handle: WorkspaceHandle, applicant: str, indicator: str, reason: str) -> Message:
    """Dismiss an indicator's pending corrections as one user action: a backup, then one transaction."""
    with handle.backup_before("correction"), handle.session() as s:
        return dismiss_correction(s, applicant, indicator, reason)
