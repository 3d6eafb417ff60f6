"""What the evaluator's score form shows, read in one call, and the figures it recomputes after each edit.

The desktop program's evaluator screens read through here rather than through the store: one
:func:`evaluator_context` when a workspace opens (identity, program, framework: parsed once), one
:func:`applicant_form` when an applicant's form opens (reported values, self-assessment, evidence documents,
the evaluator's sheet), and plain functions over those values afterwards, so that moving between indicators
and typing never touches the database except to commit the edit itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.engine import level_points, quantitative_points
from ..domain.framework import Framework
from ..domain.numbers import parse_decimal
from ..domain.rules import CityType, RuleError
from ..domain.sheets import Sheet, missing_in, progress, sheet_status
from ..store.models import Applicant, Document, Program, ReportedValue, SelfAssessment, Submission, Workspace
from ..store.queries import framework_of, load_sheets
from .evaluator import ApplicantRow, current_program, evaluator_identity, programs, sheet_total
from .scoring import read_sheet
from .workspace import WorkspaceHandle

CENT = Decimal("0.01")


@dataclass(frozen=True)
class EvaluatorContext:
    """Who is evaluating which program under which framework: fixed while a workspace is open."""

    evaluator_id: str
    evaluator_name: str
    fingerprint: str
    program_id: str | None  # None until an assignment package has been imported
    program_name: str
    program_fingerprint: str
    package_serial: int | None
    framework: Framework | None
    next_sequence: int  # the sequence number the next submitted bundle will get

    @property
    def has_program(self) -> bool:
        return self.program_id is not None and self.framework is not None


def evaluator_context(handle: WorkspaceHandle) -> EvaluatorContext:
    """The identity (no passphrase needed) and the program most recently imported, if any."""
    evaluator_id, name, fingerprint = evaluator_identity(handle)
    with handle.factory() as s:
        workspace = s.scalars(select(Workspace)).one()
        next_sequence = workspace.submit_sequence + 1
        if not programs(s):
            return EvaluatorContext(evaluator_id, name, fingerprint, None, "", "", None, None, next_sequence)
        program = current_program(s)
        return EvaluatorContext(evaluator_id, name, fingerprint, program.id, program.name, program.fingerprint,
                                program.package_serial, framework_of(s, program), next_sequence)


@dataclass(frozen=True)
class Reported:
    """An applicant's reported value for a quantitative indicator, as the package carries it."""

    value: str
    evidence: str  # where in the applicant's documents it is shown, e.g. "제안서 p.71"
    points: Decimal | None  # computed by the program (MINMAX needs every applicant, which only it sees)


@dataclass(frozen=True)
class DocumentRef:
    filename: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ApplicantForm:
    """Everything the score form shows for one applicant; ``sheet`` is replaced after each edit."""

    code: str
    name_ko: str
    name_en: str
    province: str
    population: int
    city_type: str  # "large" (대도시) or "small" (중소도시)
    reported: dict[str, Reported]
    self_assessment: dict[str, str]
    documents: tuple[DocumentRef, ...]
    sheet: Sheet

    def name(self, lang: str) -> str:
        return (self.name_en if lang == "en" else self.name_ko) or self.name_ko or self.name_en or self.code

    def with_sheet(self, sheet: Sheet) -> ApplicantForm:
        return replace(self, sheet=sheet)


def applicant_form(session: Session, program_id: str, evaluator_id: str, applicant_code: str) -> ApplicantForm:
    """One applicant's form: four small queries, whatever the number of indicators."""
    program = session.get(Program, program_id)
    if program is None:
        raise LookupError(program_id)
    fw = framework_of(session, program)
    applicant = session.get(Applicant, (program_id, applicant_code))
    if applicant is None:
        raise LookupError(applicant_code)
    reported = {
        r.indicator_code: Reported(r.value, r.evidence or "", parse_decimal(r.points) if r.points else None)
        for r in session.scalars(select(ReportedValue).where(ReportedValue.program_id == program_id,
                                                             ReportedValue.applicant_code == applicant_code))}
    selfs = {r.indicator_code: r.level for r in session.scalars(
        select(SelfAssessment).where(SelfAssessment.program_id == program_id,
                                     SelfAssessment.applicant_code == applicant_code))}
    documents = tuple(DocumentRef(d.filename, d.sha256, d.size) for d in session.scalars(
        select(Document).where(Document.program_id == program_id, Document.applicant_code == applicant_code)
        .order_by(Document.filename)))
    sheet = _sheet_of(session, program_id, evaluator_id, applicant_code)
    return ApplicantForm(applicant.code, applicant.name_ko, applicant.name_en, applicant.province,
                         applicant.population, fw.city_type(applicant.population), reported, selfs, documents,
                         sheet)


def _sheet_of(session: Session, program_id: str, evaluator_id: str, applicant_code: str) -> Sheet:
    """The stored sheet, read as plain rows (the same values as its ORM object with 63 entries, which took
    2.9 ms of opening a form, against 0.4 ms); a blank one when none is stored yet."""
    stored = read_sheet(session, program_id, evaluator_id, applicant_code)
    return stored if stored is not None else Sheet(evaluator_id, applicant_code)


def all_sheets(session: Session, program_id: str, evaluator_id: str) -> dict[str, Sheet]:
    """The stored sheets by applicant (applicants without one are absent)."""
    return {a: s for (_e, a), s in load_sheets(session, program_id, evaluator_id).items()}


# --- figures ---------------------------------------------------------------------------------------------

def indicator_points(fw: Framework, form: ApplicantForm, code: str) -> Decimal | None:
    """The points the evaluator's sheet gives one indicator now; None while a qualitative level is unset.

    Quantitative points are those of the reported value: a verified value the evaluator enters never changes
    points by itself (the chair accepts or dismisses it), so the form shows it apart.
    """
    ind = fw.indicator_by_code[code]
    if ind.kind == "quantitative":
        reported = form.reported.get(code)
        if reported is None:
            return Decimal("0.00")  # no reported value: scores 0, flagged as missing data
        return reported.points
    level = fw.scale_code(form.sheet.entry(code).level)
    if level is None:
        return None
    return level_points(fw, code, level).quantize(CENT)


@dataclass(frozen=True)
class Subtotals:
    """Points by indicator, item and domain, and the total, as the form shows them while scoring."""

    indicators: dict[str, Decimal | None]
    items: dict[str, Decimal]
    domains: dict[str, Decimal]
    total: Decimal


def subtotals(fw: Framework, form: ApplicantForm) -> Subtotals:
    """Sums of what is scored so far (an unset level counts 0); a recused sheet counts nothing."""
    points: dict[str, Decimal | None] = {}
    items: dict[str, Decimal] = {it.code: Decimal("0.00") for it in fw.items}
    domains: dict[str, Decimal] = {d.code: Decimal("0.00") for d in fw.domains}
    total = Decimal("0.00")
    for ind in fw.indicators:
        p = None if form.sheet.recused else indicator_points(fw, form, ind.code)
        points[ind.code] = p
        if p is not None:
            items[ind.item_code] += p
            domains[ind.domain_code] += p
            total += p
    return Subtotals(points, items, domains, total)


def verified_points(fw: Framework, form: ApplicantForm, code: str, value: str | None) -> Decimal | None:
    """What a value the evaluator found would give, for information; None when the rule needs every
    applicant's value (MINMAX, which only the program computes) or the value does not fit the rule."""
    if value is None or not value.strip():
        return None
    if fw.rule(code).needs_peers:
        return None
    ct: CityType = "large" if form.city_type == "large" else "small"
    return quantitative_points(fw, code, ct, value, ())


def verified_value_problem(fw: Framework, code: str, value: str) -> str | None:
    """Why ``value`` cannot be a verified value of the indicator, or None when it can (blank can: it means
    confirmed as reported)."""
    if not value.strip():
        return None
    try:
        fw.rule(code).check_value(value)
    except RuleError as exc:
        return str(exc)
    return None


# --- complete: one meaning, the one submit uses ---------------------------------------------------------
#
# A sheet is complete when ``domain.sheets.missing_in`` lists nothing for it, which is what ``submit``
# refuses on: every qualitative indicator has a level and, where the level needs one, a comment; a
# quantitative row is complete as reported (blank means confirmed) or with the value the evaluator found.
# The form's progress "x / 63", F8, the outline's marks, the applicant list and the review all count with
# the functions below, so none of them can disagree with submit.

def incomplete_indicators(fw: Framework, sheet: Sheet) -> frozenset[str]:
    """The indicators that still lack something for submit (:func:`~smartcert_desktop.domain.sheets.missing_in`)."""
    return frozenset(m.indicator_code for m in missing_in(fw, sheet))


def row_after_edit(fw: Framework, row: ApplicantRow, sheet: Sheet, reported_points: dict[str, Decimal]) -> ApplicantRow:
    """The applicant list's row once ``sheet`` is stored, without reading the store again.

    An edited sheet is no longer the one last submitted, so "submitted" never follows an edit.
    """
    done, total = progress(fw, sheet)
    return replace(row, done=done, total=total, status=sheet_status(fw, sheet),
                   running_total=sheet_total(fw, sheet, reported_points))


@dataclass(frozen=True)
class SubmissionInfo:
    sequence: int
    created_at: str  # ISO 8601, UTC
    path: str
    complete: bool
    sha256: str


def submissions(session: Session, program_id: str) -> list[SubmissionInfo]:
    """Bundles written from this workspace for the program, newest first."""
    return [SubmissionInfo(r.sequence, r.created_at, r.path, r.complete, r.sha256) for r in session.scalars(
        select(Submission).where(Submission.program_id == program_id).order_by(Submission.sequence.desc()))]
