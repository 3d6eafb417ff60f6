"""The chair's actions as plain functions, each one user action in one transaction, run off the GUI thread.

No Qt here: the screen hands these to :func:`smartcert_desktop.gui.worker.run_with_progress`, which calls
them on a pool thread. Each reads what it needs before opening its write transaction, so that a slow
workbook never holds the database's write lock, and a failure anywhere changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...domain.framework import Framework
from ...exchange.applicants_xlsx import read_applicants
from ...exchange.assignments_xlsx import read_assignments
from ...services import corrections
from ...services import program as prog_svc
from ...services.enrolment import enrol_evaluator
from ...services.merge import Verdict, merge_files
from ...services.outputs import results_fingerprint, write_results
from ...services.packages import export_packages
from ...services.program import ImportSummary, ProgramCreated
from ...services.workspace import WorkspaceHandle

Progress = Callable[[int, int], None]


def create_program(target: Path, framework: Framework, name: str, passphrase: str) -> ProgramCreated:
    return prog_svc.init_program(target, framework, name, passphrase)


def import_applicants_file(handle: WorkspaceHandle, path: Path) -> ImportSummary:
    """Add or update applicants from a workbook; every problem is reported and nothing imported on error."""
    with handle.factory() as s:
        program = prog_svc.the_program(s)
        framework = prog_svc.framework_of(s, program)
        known = prog_svc.applicant_codes(s, program.id)
    data = read_applicants(path, framework, known)
    with handle.session() as s:
        return prog_svc.import_applicants(s, data)


def add_documents_files(handle: WorkspaceHandle, applicant: str, files: Sequence[Path]) -> int:
    with handle.session() as s:
        return len(prog_svc.add_documents(handle, s, applicant, files))


def enrol(handle: WorkspaceHandle, path: Path, conflicts: Sequence[str]) -> tuple[str, str]:
    """Enrol the evaluator of ``path``; returns (id, fingerprint)."""
    with handle.session() as s:
        evaluator = enrol_evaluator(s, path, conflicts)
        return evaluator.id, evaluator.fingerprint


def declare_conflicts(handle: WorkspaceHandle, evaluator: str, codes: Sequence[str]) -> None:
    with handle.session() as s:
        prog_svc.set_conflicts(s, evaluator, codes)


def auto_assign(handle: WorkspaceHandle, per_applicant: int, seed: int) -> int:
    """Replace the assignments by a balanced, conflict-free one; returns the number of pairs."""
    with handle.session() as s:
        result = prog_svc.auto_assign(s, per_applicant, seed)
    return sum(len(evaluators) for evaluators in result.values())


def import_assignments_file(handle: WorkspaceHandle, path: Path) -> int:
    pairs = read_assignments(path)
    with handle.session() as s:
        return prog_svc.replace_assignments(s, pairs, f"workbook {path.name}")


def write_packages(handle: WorkspaceHandle, passphrase: str, out_dir: Path,
                   progress: Progress | None = None) -> list[tuple[Path, str, int]]:
    return export_packages(handle, passphrase, out_dir, progress)


def merge(handle: WorkspaceHandle, passphrase: str, files: Sequence[Path],
          progress: Progress | None = None) -> list[Verdict]:
    return merge_files(handle, passphrase, list(files), progress)


def accept(handle: WorkspaceHandle, applicant: str, indicator: str, value: str, reason: str) -> str:
    return corrections.accept(handle, applicant, indicator, value, reason)


def dismiss(handle: WorkspaceHandle, applicant: str, indicator: str, reason: str) -> str:
    return corrections.dismiss(handle, applicant, indicator, reason)


@dataclass(frozen=True)
class ResultsWritten:
    json_file: Path
    signature: Path
    xlsx_file: Path
    fingerprint: str


def export_results(handle: WorkspaceHandle, passphrase: str, json_file: Path) -> ResultsWritten:
    """The signed results JSON (with ``.sig``) and the results workbook beside it (same name, ``.xlsx``)."""
    xlsx_file = json_file.with_suffix(".xlsx")
    write_results(handle, passphrase, json_file=json_file, xlsx_file=xlsx_file)
    return ResultsWritten(json_file, json_file.with_name(json_file.name + ".sig"), xlsx_file,
                          results_fingerprint(json_file.read_bytes()))
