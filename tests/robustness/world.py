"""A small certification round on disk, made once per test session and copied for each test that needs it.

- ``program/``: the tiny framework, applicants P1 P2 P3, evaluators E1 to E4 enrolled and assigned to all
  three applicants, nothing merged yet.
- ``ev/E1/``: the evaluator workspace that the kill tests work in: package 1 imported, nothing scored.
- ``packages/E1-<serial>.scpkg``: E1's packages 1 to :data:`PACKAGES`; each newer one reports another value
  for P1's Q1 (:func:`reported_q1`) and brings one more evidence document for P1.
- ``bundles/<evaluator>-<sequence>.scb``: signed score bundles of E2, E3 and E4, sequences 1 to
  :data:`SEQUENCES`, whose levels and comments :func:`bundle_entries` gives.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from domain._build import tiny_framework
from services.conftest import APPLICANTS, PASS, REPORTED, Round

from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.applicants_xlsx import ApplicantsData
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import program as prog_svc
from smartcert_desktop.services.packages import export_packages

PASSPHRASE = PASS
APPLICANT_CODES = tuple(a.code for a in APPLICANTS)
QUALITATIVE = ("S1", "S2")
LEVELS = "ABCDE"
BUNDLE_EVALUATORS = ("E2", "E3", "E4")
SEQUENCES = 3
PACKAGES = 10


def reported_q1(serial: int) -> str:
    """P1's reported Q1 in package ``serial``."""
    return REPORTED[("P1", "Q1")] if serial == 1 else str(60 + serial)


def bundle_entries(evaluator: str, sequence: int) -> dict[tuple[str, str], tuple[str, str]]:
    """``{(applicant, indicator): (level, comment)}`` of a bundle in the pool."""
    entries = {}
    for n, code in enumerate(APPLICANT_CODES):
        for m, ind in enumerate(QUALITATIVE):
            entries[(code, ind)] = (LEVELS[(sequence + n + m) % 5], f"{evaluator} #{sequence} {code} {ind}")
    return entries


def evidence_pdf(serial: int) -> bytes:
    """A document that only has to be taken for a PDF (its first bytes) and be large enough to take time."""
    return b"%PDF-1.4\n% evidence " + str(serial).encode() + b"\n" + os.urandom(96 * 1024) + b"\n%%EOF\n"


@dataclass(frozen=True)
class World:
    root: Path

    @property
    def program(self) -> Path:
        return self.root / "program"

    @property
    def evaluator(self) -> Path:
        return self.root / "ev" / "E1"

    def evaluator_dir(self, evaluator_id: str) -> Path:
        return self.root / "ev" / evaluator_id

    def package(self, serial: int) -> Path:
        return self.root / "packages" / f"E1-{serial}.scpkg"

    def bundle(self, evaluator: str, sequence: int) -> Path:
        return self.root / "bundles" / f"{evaluator}-{sequence}.scb"

    def copy_to(self, target: Path) -> World:
        shutil.copytree(self.root, target, symlinks=True)
        return World(target)


def build_world(root: Path) -> World:
    """Make the round (see the module's docstring); every workspace is closed when this returns."""
    saved = keymod.DEFAULT_SCRYPT_N
    keymod.DEFAULT_SCRYPT_N = 2**10  # the key files' cost is not what is tested
    try:
        return _build(root)
    finally:
        keymod.DEFAULT_SCRYPT_N = saved


def _build(root: Path) -> World:
    r = Round(root, tiny_framework(), APPLICANTS, REPORTED, ("E1", *BUNDLE_EVALUATORS))
    try:
        r.assign([(e, a) for e in ("E1", *BUNDLE_EVALUATORS) for a in APPLICANT_CODES])
        r.send_packages()
        world = World(root)
        (root / "bundles").mkdir()
        for eid in BUNDLE_EVALUATORS:
            for sequence in range(1, SEQUENCES + 1):
                for (code, ind), (level, comment) in bundle_entries(eid, sequence).items():
                    r.edit(eid, code, ind, "comment", comment)
                    r.edit(eid, code, ind, "level", level)
                done = ev_svc.submit(r.evaluators[eid], world.bundle(eid, sequence), PASSPHRASE,
                                     allow_incomplete=True)
                assert done.sequence == sequence
        packages = root / "packages"
        shutil.copyfile(packages / "E1.scpkg", world.package(1))
        documents = root / "documents"
        documents.mkdir()
        for serial in range(2, PACKAGES + 1):
            doc = documents / f"evidence-{serial}.pdf"
            doc.write_bytes(evidence_pdf(serial))
            with r.program.session() as s:
                p1 = {k: (reported_q1(serial) if k == ("P1", "Q1") else v, "") for k, v in REPORTED.items()
                      if k[0] == "P1"}
                prog_svc.import_applicants(s, ApplicantsData((), p1, {}))
                prog_svc.add_documents(r.program, s, "P1", [doc])
            export_packages(r.program, PASSPHRASE, root / "export")
            shutil.copyfile(root / "export" / "E1.scpkg", world.package(serial))
        shutil.rmtree(root / "export")
    finally:
        r.close()
    return world
