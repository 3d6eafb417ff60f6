"""What the chair's and the operating agency's screens show, as plain rows built without Qt.

The desktop program's tables (applicants, evaluators, the assignment and completeness matrices, one
applicant's indicator × evaluator matrix, pending corrections, the ranking) each hold rows made here, so the
rules that decide what a cell says (is this sheet complete? was this evaluator trimmed on this indicator?)
are tested without a display and stay the same as the results they describe: everything derived from scores
comes from :func:`~smartcert_desktop.services.results.round_outcome`, the state the results JSON is written
from.

:func:`chair_snapshot` reads everything in one read-only session; the screens build it off the GUI thread
and swap it in whole, so a table never mixes two states of the store.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.engine import ApplicantResult, Flag, PendingCorrection, peer_values, quantitative_for
from ..domain.framework import Framework, GradeRule, ScaleLevel
from ..domain.outcome import RoundOutcome, rank_results, share_percent
from ..domain.sheets import missing_in
from ..exchange.envelope import Enrollment as Enrollment  # the screens show it
from ..exchange.envelope import load_file, read_enrollment
from ..messages import Text
from ..store.models import Applicant, Bundle, Document, Evaluator, ReportedValue, SelfAssessment
from ..store.queries import applicant_inputs, assignments_of, conflicts_of
from .results import round_outcome
from .workspace import WorkspaceHandle

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# --- the program and its framework -----------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramInfo:
    """The program's identity and the settings of its framework that change how results come out."""

    id: str
    name: str
    fingerprint: str
    created_at: datetime | None
    framework_id: str
    framework_version: str
    framework_hash: str
    framework_name_ko: str
    framework_name_en: str
    sample: bool
    aggregation: str
    trim_min_evaluators: int
    min_evaluators: int
    large_city_min_population: int
    total_max: Decimal
    scale: tuple[ScaleLevel, ...]
    grades: tuple[GradeRule, ...]


@dataclass(frozen=True)
class FrameworkNode:
    """One row of the framework tree: a domain (분야), an item (평가항목) or an indicator (세부지표).

    Domains and items carry the sum of their indicators' points as ``max_points``; ``kind``, ``rule``,
    ``params`` and ``unit`` are for indicators only.
    """

    level: str  # domain | item | indicator
    code: str
    name_ko: str
    name_en: str
    max_points: Decimal
    kind: str = ""
    rule: str = ""
    params: str = ""
    unit: str = ""
    children: tuple[FrameworkNode, ...] = ()


def framework_tree(framework: Framework) -> tuple[FrameworkNode, ...]:
    """Domains → items → indicators in the framework's order, with the canonical form of each rule's params."""
    domains: list[FrameworkNode] = []
    for d in framework.domains:
        items: list[FrameworkNode] = []
        for it in framework.items_of(d.code):
            indicators = tuple(
                FrameworkNode("indicator", i.code, i.name_ko, i.name_en, i.max_points, i.kind, i.rule_name,
                              framework.rule(i.code).canonical_params(), i.unit)
                for i in framework.indicators_of(it.code))
            items.append(FrameworkNode("item", it.code, it.name_ko, it.name_en, framework.item_max(it.code),
                                       children=indicators))
        domains.append(FrameworkNode("domain", d.code, d.name_ko, d.name_en, framework.domain_max(d.code),
                                     children=tuple(items)))
    return tuple(domains)


def program_info(state: RoundOutcome) -> ProgramInfo:
    p, fw = state.program, state.framework
    return ProgramInfo(
        id=p.id, name=p.name, fingerprint=p.fingerprint, created_at=p.created_at, framework_id=fw.id,
        framework_version=fw.version, framework_hash=fw.hash, framework_name_ko=fw.name_ko,
        framework_name_en=fw.name_en, sample=fw.sample, aggregation=fw.aggregation,
        trim_min_evaluators=fw.trim_min_evaluators, min_evaluators=fw.min_evaluators,
        large_city_min_population=fw.large_city_min_population, total_max=fw.total_max, scale=fw.scale,
        grades=fw.grades)


# --- applicants -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicantRow:
    """An applicant (신청 도시) with how much of its file is there."""

    code: str
    name_ko: str
    name_en: str
    province: str
    population: int
    city_type: str
    reported: int          # quantitative indicators with a value in effect
    quantitative: int      # quantitative indicators in all
    self_assessed: int     # qualitative indicators with the applicant's own level
    qualitative: int
    documents: int
    evaluators: int        # evaluators assigned


@dataclass(frozen=True)
class ReportedRow:
    """One quantitative indicator of one applicant: the value in effect and the points it gives.

    ``accepted`` is the value the chair accepted as a correction (then ``value`` is that value and
    ``reported`` what the applicant reported), else None.
    """

    indicator: str
    name_ko: str
    name_en: str
    unit: str
    rule: str
    max_points: Decimal
    value: str | None
    reported: str | None
    evidence: str
    points: Decimal | None
    accepted: str | None


@dataclass(frozen=True)
class DocumentRow:
    applicant: str
    filename: str
    size: int
    sha256: str


# --- evaluators and assignments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluatorRow:
    """An enrolled evaluator (평가위원) with their key's fingerprint, conflicts and latest merged bundle."""

    id: str
    name: str
    fingerprint: str
    enrolled_at: datetime
    conflicts: tuple[str, ...]
    assigned: int
    bundle_sequence: int | None
    bundle_received: datetime | None


@dataclass(frozen=True)
class AssignmentMatrix:
    """Who scores whom: evaluators × applicants, with the declared conflicts (제척·회피)."""

    evaluators: tuple[str, ...]
    applicants: tuple[str, ...]
    assigned: frozenset[tuple[str, str]]
    conflicts: frozenset[tuple[str, str]]

    def load(self, evaluator: str) -> int:
        return sum(1 for e, _a in self.assigned if e == evaluator)

    def per_applicant(self, applicant: str) -> int:
        return sum(1 for _e, a in self.assigned if a == applicant)


class Completeness(StrEnum):
    """The state of one (evaluator, applicant) pair in the merged bundles."""

    COMPLETE = "complete"        # submitted, complete: counted
    INCOMPLETE = "incomplete"    # submitted, something missing: not counted
    RECUSED = "recused"          # the evaluator declared a conflict in the sheet: not counted
    MISSING = "missing"          # assigned, but no merged bundle holds a sheet for it
    CONFLICT = "conflict"        # a conflict declared at enrolment: never assigned
    UNASSIGNED = "unassigned"    # nothing expected


@dataclass(frozen=True)
class CompletenessCell:
    status: Completeness
    missing: int = 0   # for INCOMPLETE: how many levels or comments are missing


@dataclass(frozen=True)
class CompletenessMatrix:
    evaluators: tuple[str, ...]
    applicants: tuple[str, ...]
    cells: Mapping[tuple[str, str], CompletenessCell]
    bundle_sequence: Mapping[str, int]  # evaluator -> sequence of the current merged bundle

    def cell(self, evaluator: str, applicant: str) -> CompletenessCell:
        return self.cells.get((evaluator, applicant), CompletenessCell(Completeness.UNASSIGNED))

    def counts(self) -> Counter[Completeness]:
        return Counter(c.status for c in self.cells.values())


def completeness_matrix(state: RoundOutcome, evaluators: Sequence[str], applicants: Sequence[str],
                        assigned: set[tuple[str, str]], conflicts: set[tuple[str, str]],
                        sequences: Mapping[str, int]) -> CompletenessMatrix:
    """Each pair's state, by the same rules the results count evaluators (contract section 8)."""
    cells: dict[tuple[str, str], CompletenessCell] = {}
    for pair in conflicts:
        cells[pair] = CompletenessCell(Completeness.CONFLICT)
    for pair in assigned - conflicts:
        sheet = state.sheets.get(pair)
        if sheet is None:
            cells[pair] = CompletenessCell(Completeness.MISSING)
        elif sheet.recused:
            cells[pair] = CompletenessCell(Completeness.RECUSED)
        else:
            missing = missing_in(state.framework, sheet)
            cells[pair] = (CompletenessCell(Completeness.INCOMPLETE, len(missing)) if missing
                           else CompletenessCell(Completeness.COMPLETE))
    return CompletenessMatrix(tuple(evaluators), tuple(applicants), cells, dict(sequences))


# --- one applicant's scores ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewCell:
    """One evaluator on one indicator.

    Qualitative: ``level`` and ``points``, ``trimmed`` when the aggregation dropped this evaluator on it.
    Quantitative: ``verified`` is the value the evaluator found when it differs from the value in effect
    (``pending`` while the chair has not decided on it).
    """

    level: str | None = None
    points: Decimal | None = None
    trimmed: bool = False
    verified: str | None = None
    pending: bool = False


@dataclass(frozen=True)
class ReviewRow:
    """One indicator of one applicant across its counted evaluators."""

    indicator: str
    name_ko: str
    name_en: str
    kind: str
    max_points: Decimal
    value: str | None               # quantitative: the value in effect
    points: Decimal                 # the indicator's points in the results
    cells: Mapping[str, ReviewCell]
    flags: tuple[Flag, ...]
    pending: tuple[PendingCorrection, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.flags or self.pending)

    @property
    def spread(self) -> tuple[Decimal, Decimal] | None:
        """(lowest, highest) evaluator points of a qualitative indicator; None without any."""
        points = [c.points for c in self.cells.values() if c.points is not None]
        return (min(points), max(points)) if points else None


@dataclass(frozen=True)
class ApplicantReview:
    """An applicant's indicator × evaluator matrix and what stands out in it."""

    code: str
    name_ko: str
    name_en: str
    status: str
    total: Decimal
    max_total: Decimal
    grade: int | None
    certified: bool
    evaluators: tuple[str, ...]                       # counted, in id order
    not_counted: Mapping[str, Completeness]           # assigned but not counted, and why
    qualitative_totals: Mapping[str, Decimal]         # counted evaluator -> their qualitative total
    deviations: Mapping[str, Flag]                    # evaluator -> deviation flag
    rows: tuple[ReviewRow, ...]
    other_flags: tuple[Flag, ...]                     # flags tied to no indicator nor evaluator


def applicant_review(state: RoundOutcome, code: str, matrix: CompletenessMatrix | None = None) -> ApplicantReview:
    """The matrix of ``code`` from the round state; ``matrix`` says why assigned evaluators are not counted."""
    result = next((r for r in state.results if r.code == code), None)
    if result is None:
        raise KeyError(code)
    fw = state.framework
    evaluators = tuple(sorted(result.evaluator_points))
    by_indicator: dict[str, list[Flag]] = defaultdict(list)
    deviations: dict[str, Flag] = {}
    other: list[Flag] = []
    for f in result.flags:
        if f.indicator is not None:
            by_indicator[f.indicator].append(f)
        elif f.evaluator is not None:
            deviations[f.evaluator] = f
        else:
            other.append(f)
    pending: dict[str, list[PendingCorrection]] = defaultdict(list)
    for p in result.pending_corrections:
        pending[p.indicator].append(p)
    pending_keys = {(p.indicator, p.evaluator) for p in result.pending_corrections}
    rows: list[ReviewRow] = []
    for ind in fw.indicators:
        cells: dict[str, ReviewCell] = {}
        if ind.kind == "qualitative":
            dropped = result.dropped.get(ind.code, frozenset())
            for e in evaluators:
                sheet = state.sheets.get((e, code))
                level = sheet.entry(ind.code).level if sheet is not None else None
                cells[e] = ReviewCell(level=fw.scale_code(level),
                                      points=result.evaluator_points[e].get(ind.code), trimmed=e in dropped)
            value = None
        else:
            value = result.values_used.get(ind.code)
            for e in evaluators:
                sheet = state.sheets.get((e, code))
                verified = sheet.entry(ind.code).verified_value if sheet is not None else None
                if verified is not None and verified.strip() != (value or "").strip():
                    cells[e] = ReviewCell(verified=verified, pending=(ind.code, e) in pending_keys)
        rows.append(ReviewRow(ind.code, ind.name_ko, ind.name_en, ind.kind, ind.max_points, value,
                              result.indicators[ind.code], cells, tuple(by_indicator.get(ind.code, ())),
                              tuple(pending.get(ind.code, ()))))
    not_counted: dict[str, Completeness] = {}
    if matrix is not None:
        for e in matrix.evaluators:
            cell = matrix.cell(e, code)
            if cell.status not in (Completeness.UNASSIGNED, Completeness.CONFLICT, Completeness.COMPLETE):
                not_counted[e] = cell.status
    totals = {e: sum(result.evaluator_points[e].values(), Decimal(0)) for e in evaluators}
    return ApplicantReview(
        code=result.code, name_ko=result.name_ko, name_en=result.name_en, status=result.status,
        total=result.total, max_total=result.max_total, grade=result.grade, certified=result.certified,
        evaluators=evaluators, not_counted=not_counted, qualitative_totals=totals, deviations=deviations,
        rows=tuple(rows), other_flags=tuple(other))


# --- corrections and results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingRow:
    """A verified value waiting for the chair: accept a value, or dismiss the indicator's corrections."""

    applicant: str
    applicant_name_ko: str
    applicant_name_en: str
    indicator: str
    indicator_name_ko: str
    indicator_name_en: str
    unit: str
    evaluator: str
    value: str
    value_in_effect: str | None
    comment: str


@dataclass(frozen=True)
class RankingRow:
    """One line of the ranking: per city type (대도시, 중소도시), by total, as the results workbook ranks."""

    rank: int | None
    city_type: str
    code: str
    name_ko: str
    name_en: str
    status: str
    evaluators_counted: int
    total: Decimal
    max_total: Decimal
    share: Decimal | None
    grade: int | None
    certified: bool
    flags: int
    pending: int


def ranking_rows(results: Sequence[ApplicantResult]) -> tuple[RankingRow, ...]:
    """The ranking as the results workbook shows it; ``share`` is the percentage shown, truncated to 0.1 %."""
    return tuple(
        RankingRow(x.rank, r.city_type, r.code, r.name_ko, r.name_en, r.status, r.evaluators_counted, r.total,
                   r.max_total, share_percent(r.total, r.max_total, 1), r.grade, r.certified, len(r.flags),
                   len(r.pending_corrections))
        for x in rank_results(results) for r in (x.result,))


@dataclass(frozen=True)
class AgreementSummary:
    """Krippendorff's alpha (ordinal) over the round; ``value`` None with ``reason`` when undefined."""

    value: float | None
    reading: str      # reliable | tentative | unreliable | undefined
    units: int
    raters: int
    reason: Text


def agreement_summary(outcome: RoundOutcome) -> AgreementSummary:
    """The round's agreement as the chair's ranking shows it."""
    found = outcome.agreement
    overall = found.overall
    return AgreementSummary(overall.value, overall.reading, overall.units, len(found.raters), overall.reason)


# --- everything at once ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChairSnapshot:
    """Everything the chair's screens show, read in one session."""

    program: ProgramInfo
    framework: Framework
    state: RoundOutcome = field(repr=False)
    applicants: tuple[ApplicantRow, ...]
    reported: Mapping[str, tuple[ReportedRow, ...]]
    documents: Mapping[str, tuple[DocumentRow, ...]]
    evaluators: tuple[EvaluatorRow, ...]
    assignments: AssignmentMatrix
    completeness: CompletenessMatrix
    pending: tuple[PendingRow, ...]
    ranking: tuple[RankingRow, ...]
    agreement: AgreementSummary

    def review(self, code: str) -> ApplicantReview:
        return applicant_review(self.state, code, self.completeness)

    def applicant_name(self, code: str, korean: bool = True) -> str:
        row = next((a for a in self.applicants if a.code == code), None)
        if row is None:
            return code
        return (row.name_ko or row.name_en) if korean else (row.name_en or row.name_ko)


def chair_snapshot(session: Session) -> ChairSnapshot:
    """Read the whole program for the screens (no changes are made)."""
    state = round_outcome(session)
    program = state.program
    fw = state.framework
    pid = program.id
    inputs = applicant_inputs(session, pid)
    applicant_rows_db = {a.code: a for a in session.scalars(select(Applicant).where(Applicant.program_id == pid))}
    assigned = assignments_of(session, pid)
    conflicts = conflicts_of(session, pid)
    docs: dict[str, list[DocumentRow]] = defaultdict(list)
    for d in session.scalars(select(Document).where(Document.program_id == pid)
                             .order_by(Document.applicant_code, Document.filename)):
        docs[d.applicant_code].append(DocumentRow(d.applicant_code, d.filename, d.size, d.sha256))
    selfs: Counter[str] = Counter(
        s.applicant_code for s in session.scalars(select(SelfAssessment).where(SelfAssessment.program_id == pid)))
    values = state.values_in_effect
    reported_raw: dict[tuple[str, str], tuple[str, str]] = {}
    for r in session.scalars(select(ReportedValue).where(ReportedValue.program_id == pid)):
        reported_raw[(r.applicant_code, r.indicator_code)] = (r.value, r.evidence)
    peers = peer_values(fw, inputs, values)
    quantitative = fw.quantitative
    applicants: list[ApplicantRow] = []
    reported: dict[str, tuple[ReportedRow, ...]] = {}
    for a in inputs:
        points = quantitative_for(fw, a, values, peers)
        rows = []
        for ind in quantitative:
            raw = reported_raw.get((a.code, ind.code))
            decision = state.accepted.get((a.code, ind.code))
            rows.append(ReportedRow(ind.code, ind.name_ko, ind.name_en, ind.unit, ind.rule_name, ind.max_points,
                                    values.get((a.code, ind.code)), raw[0] if raw else None,
                                    raw[1] if raw else "", points.get(ind.code),
                                    decision.value if decision is not None else None))
        reported[a.code] = tuple(rows)
        db = applicant_rows_db[a.code]
        applicants.append(ApplicantRow(
            a.code, a.name_ko, a.name_en, db.province, a.population, fw.city_type(a.population),
            sum(1 for r in rows if r.value is not None and r.value.strip()), len(quantitative),
            selfs.get(a.code, 0), len(fw.qualitative), len(docs.get(a.code, ())),
            sum(1 for _e, code in assigned if code == a.code)))
    sequences: dict[str, int] = {}
    received: dict[str, datetime] = {}
    for b in session.scalars(select(Bundle).where(Bundle.program_id == pid, Bundle.status == "current")):
        sequences[b.evaluator_id] = b.sequence
        received[b.evaluator_id] = b.received_at
    evaluator_rows = tuple(
        EvaluatorRow(e.id, e.name, e.fingerprint, e.enrolled_at,
                     tuple(sorted(a for x, a in conflicts if x == e.id)),
                     sum(1 for x, _a in assigned if x == e.id), sequences.get(e.id), received.get(e.id))
        for e in session.scalars(select(Evaluator).where(Evaluator.program_id == pid).order_by(Evaluator.id)))
    evaluator_ids = tuple(e.id for e in evaluator_rows)
    codes = tuple(a.code for a in inputs)
    matrix = AssignmentMatrix(evaluator_ids, codes, frozenset(assigned), frozenset(conflicts))
    completeness = completeness_matrix(state, evaluator_ids, codes, assigned, conflicts, sequences)
    names = {a.code: a for a in inputs}
    pending = tuple(
        PendingRow(r.code, r.name_ko, r.name_en, p.indicator, fw.indicator_by_code[p.indicator].name_ko,
                   fw.indicator_by_code[p.indicator].name_en, fw.indicator_by_code[p.indicator].unit,
                   p.evaluator, p.value, values.get((r.code, p.indicator)), p.comment)
        for r in state.results for p in r.pending_corrections if r.code in names)
    return ChairSnapshot(
        program=program_info(state), framework=fw, state=state, applicants=tuple(applicants),
        reported=reported, documents={k: tuple(v) for k, v in docs.items()}, evaluators=evaluator_rows,
        assignments=matrix, completeness=completeness, pending=pending, ranking=ranking_rows(state.results),
        agreement=agreement_summary(state))


def load_snapshot(handle: WorkspaceHandle) -> ChairSnapshot:
    with handle.factory() as session:
        return chair_snapshot(session)


# --- files the chair reads or writes ----------------------------------------------------------------------


def peek_enrollment(path: Path) -> Enrollment:
    """Read and verify an enrolment file without enrolling it, to show its fingerprint first."""
    return read_enrollment(load_file(path), name=str(path))


def write_result_sheets(handle: WorkspaceHandle, pdf_dir: Path, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> list[Path]:
    """The PDF result sheets (and certificates and round report) of the current results, into ``pdf_dir``.

    Each page carries the fingerprint of the results JSON the same state gives, as ``smartcert results``
    prints it. All of them are written or none: a cancel (checked between files) or a failure writes nothing.
    """
    from ..reports.result_sheets import write_all_pdfs
    from .outputs import results_fingerprint
    from .results import results_json_bytes
    from .workspace import guard_output

    guard_output(pdf_dir)
    with handle.factory() as session:
        state = round_outcome(session)
    fingerprint = results_fingerprint(results_json_bytes(state))
    return write_all_pdfs(pdf_dir, state, fingerprint, progress=progress, cancelled=cancelled)


def preview_result_sheet(handle: WorkspaceHandle, code: str, folder: Path | None = None) -> Path:
    """One applicant's result sheet as a PDF file in a temporary folder (or ``folder``), to open and look at."""
    from ..reports.result_sheets import render_result_sheet
    from .outputs import results_fingerprint
    from .results import results_json_bytes

    with handle.factory() as session:
        state = round_outcome(session)
    data = render_result_sheet(state, code, results_fingerprint(results_json_bytes(state)))
    target_dir = folder if folder is not None else Path(tempfile.mkdtemp(prefix="smartcert-preview-"))
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code) or "sheet"
    target = target_dir / f"{safe}-preview.pdf"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return target
