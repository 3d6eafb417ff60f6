"""A certification round driven through the services, cheap enough for many tests."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from domain._build import tiny_framework

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.domain.framework import Framework
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.applicants_xlsx import ApplicantsData
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import program as prog_svc
from smartcert_desktop.services.enrolment import enrol_evaluator
from smartcert_desktop.services.merge import Verdict, merge_files
from smartcert_desktop.services.packages import export_packages
from smartcert_desktop.services.results import results_document, round_outcome
from smartcert_desktop.services.scoring import apply_edit
from smartcert_desktop.services.workspace import WorkspaceHandle, open_workspace

PASS = "correct horse"


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files with a small scrypt cost: the cost is not what these tests are about."""
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASS)


class Round:
    """A program, its evaluators' workspaces, and helpers to score, submit and merge."""

    def __init__(self, root: Path, framework: Framework, applicants: Sequence[ApplicantInput],
                 reported: Mapping[tuple[str, str], str], evaluators: Sequence[str],
                 conflicts: Mapping[str, Sequence[str]] | None = None, database: str | None = None) -> None:
        self.root = root
        self.framework = framework
        self.program_dir = root / "program"
        self.database = database  # None: the SQLite file; else the PostgreSQL database of the program's store
        prog_svc.init_program(self.program_dir, framework, "테스트 프로그램", PASS, database=database)
        self.program = open_workspace(self.program_dir, "program")
        with self.program.session() as s:
            prog_svc.import_applicants(s, ApplicantsData(tuple(applicants),
                                                         {k: (v, "") for k, v in reported.items()}, {}))
        self.evaluators: dict[str, WorkspaceHandle] = {}
        for eid in evaluators:
            made = ev_svc.init_evaluator(root / "ev" / eid, eid, f"평가위원 {eid}", PASS)
            with self.program.session() as s:
                enrol_evaluator(s, made.enrollment_path, (conflicts or {}).get(eid, ()))
            self.evaluators[eid] = ev_svc.open_evaluator(root / "ev" / eid)
        self.bundle_count = 0

    def assign(self, pairs: Sequence[tuple[str, str]]) -> None:
        with self.program.session() as s:
            prog_svc.replace_assignments(s, pairs, "test")

    def send_packages(self) -> None:
        for path, eid, _n in export_packages(self.program, PASS, self.root / "packages"):
            ev_svc.import_package(self.evaluators[eid], path.read_bytes(), str(path), PASS)

    def edit(self, eid: str, applicant: str, indicator: str | None, field: str, new: Any) -> None:
        handle = self.evaluators[eid]
        with handle.session() as s:
            program = ev_svc.current_program(s)
            fw = prog_svc.framework_of(s, program)
            apply_edit(s, fw, program.id, eid, Edit(applicant, indicator, field, None, new))

    def score(self, eid: str, applicant: str, levels: Mapping[str, str]) -> None:
        for code, level in levels.items():
            self.edit(eid, applicant, code, "level", level)
            if self.framework.comment_required(level):
                self.edit(eid, applicant, code, "comment", f"{eid} 의견 {code}")

    def submit(self, eid: str, allow_incomplete: bool = True) -> Path:
        self.bundle_count += 1
        out = self.root / "bundles" / f"{eid}-{self.bundle_count}.scb"
        out.parent.mkdir(exist_ok=True)
        ev_svc.submit(self.evaluators[eid], out, PASS, allow_incomplete=allow_incomplete)
        return out

    def merge(self, *paths: Path) -> list[Verdict]:
        return merge_files(self.program, PASS, list(paths))

    def results(self) -> dict[str, Any]:
        with self.program.factory() as s:
            return results_document(round_outcome(s))

    def applicant(self, code: str) -> dict[str, Any]:
        return next(a for a in self.results()["applicants"] if a["code"] == code)

    def close(self) -> None:
        self.program.close()
        for h in self.evaluators.values():
            h.close()


# Large P1, P2 (MINMAX peers of each other), small P3.
APPLICANTS = (
    ApplicantInput("P1", "가시", "Ga City", 600_000),
    ApplicantInput("P2", "나시", "Na City", 700_000),
    ApplicantInput("P3", "다군", "Da County", 90_000),
)
REPORTED = {
    ("P1", "Q1"): "85", ("P1", "Q2"): "50", ("P1", "Q3"): "30", ("P1", "Q4"): "2/3", ("P1", "Q5"): "partial",
    ("P2", "Q1"): "50", ("P2", "Q2"): "100", ("P2", "Q3"): "10", ("P2", "Q4"): "3/3", ("P2", "Q5"): "no",
    ("P3", "Q1"): "79.99", ("P3", "Q2"): "10", ("P3", "Q3"): "5", ("P3", "Q4"): "0/4",
}


@pytest.fixture
def make_round(tmp_path: Path, program_store: str | None) -> Iterator[Any]:
    """Rounds whose program keeps its store in SQLite and, a second time, on a PostgreSQL server (the
    ``program_store`` fixture; a module that is about the SQLite workspace alone overrides it with None)."""
    made: list[Round] = []

    def factory(evaluators: Sequence[str] = ("E1", "E2", "E3", "E4", "E5"), **kwargs: Any) -> Round:
        fw = kwargs.pop("framework", None) or tiny_framework()
        kwargs.setdefault("database", program_store)
        r = Round(tmp_path / f"r{len(made)}", fw, kwargs.pop("applicants", APPLICANTS),
                  kwargs.pop("reported", REPORTED), evaluators, **kwargs)
        made.append(r)
        return r

    yield factory
    for r in made:
        r.close()
