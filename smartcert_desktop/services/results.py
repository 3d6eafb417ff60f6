"""The round's outcome from the program store (contract sections 7 and 8), and the results JSON.

:func:`round_outcome` reads what the program holds and hands it to the domain
(:func:`~smartcert_desktop.domain.outcome.build_outcome`), which decides everything: counted evaluators,
trimming, grades, flags, pending corrections, the ranking and the agreement.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ..domain.outcome import RoundOutcome, build_outcome
from ..domain.outcome import values_in_effect as _values_in_effect
from ..store.queries import (
    applicant_inputs,
    assignments_of,
    conflicts_of,
    decisions_of,
    evaluator_names,
    framework_of,
    load_sheets,
    program_identity,
    reported_values,
    the_program,
)


def round_outcome(session: Session) -> RoundOutcome:
    """The outcome of the program's round as its store holds it now (one read session)."""
    program = the_program(session)
    pid = program.id
    return build_outcome(program_identity(program), framework_of(session, program), applicant_inputs(session, pid),
                         reported_values(session, pid), decisions_of(session, pid),
                         load_sheets(session, pid, confirmations=False),
                         assignments_of(session, pid), conflicts_of(session, pid), evaluator_names(session, pid))


def values_in_effect(session: Session, program_id: str) -> dict[tuple[str, str], str]:
    """Each (applicant, indicator)'s value that scoring uses: reported, or accepted by the chair."""
    values, _accepted = _values_in_effect(reported_values(session, program_id), decisions_of(session, program_id))
    return values


def results_document(outcome: RoundOutcome) -> dict[str, Any]:
    fw = outcome.framework
    return {
        "program": {"id": outcome.program.id, "framework_id": fw.id, "framework_version": fw.version,
                    "framework_hash": fw.hash},
        "applicants": [r.to_json_dict() for r in outcome.results],
    }


def results_json_bytes(outcome: RoundOutcome) -> bytes:
    """The results JSON: the same state always gives the same bytes (no time stamps, fixed key order)."""
    return (indented_json(results_document(outcome)) + "\n").encode("utf-8")


def indented_json(document: Any) -> str:
    """``json.dumps(document, ensure_ascii=False, indent=2)``, the same text, written several times quicker:
    with an indent, the json module leaves its C encoder for a generator per value, which took a tenth of the
    results' time. Strings go through the json module's own C escaping; anything other than dictionaries
    with text keys, lists, text, integers, booleans and None is left to ``json.dumps``."""
    parts: list[str] = []
    try:
        _indented(document, parts, "\n")
    except _NotPlain:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return "".join(parts)


class _NotPlain(Exception):
    pass


_string = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) escapes strings with


def _indented(value: Any, out: list[str], newline: str) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:
        out.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        before = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotPlain
            out.append(before + _string(key) + ": ")
            _indented(item, out, inner)
            before = "," + inner
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        before = "[" + inner
        for item in value:
            out.append(before)
            _indented(item, out, inner)
            before = "," + inner
        out.append(newline + "]")
    else:
        raise _NotPlain
