"""The benchmarks' round, made once per run with the program's own services, as its users would make it.

* a program workspace on the sample framework (63 indicators), with applicants from an applicants workbook
  (the demo's invented figures spread over 30 cities) and 9 evaluators enrolled from their enrolment files,
  every evaluator assigned to every applicant;
* each evaluator's workspace: the assignment package imported, every sheet scored (a level on every
  qualitative indicator, the required comments, a few verified values) and stored, a signed bundle
  submitted, and the filled score sheet workbook exported;
* a copy of the program before the merge (each merge run starts from a fresh copy of it) and one after;
* for the growth figure, programs with 2, 4 and 8 times the evaluators and bundles (the extra bundles carry
  the real bundles' sheets under other evaluators' names and keys);
* a user data folder whose demo is this round, for the desktop program's start (``smartcert-desktop --demo``).

Evaluator keys are made at a low scrypt cost to keep this quick (no figure opens an evaluator key); the program
key has the default cost, because the merge and the results open it.
"""

from __future__ import annotations

import copy
import multiprocessing
import random
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.domain.framework import Framework
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet
from smartcert_desktop.exchange import envelope, keys
from smartcert_desktop.exchange.applicants_xlsx import read_applicants, write_applicants
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.paths import sample_framework_path
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import program as prog_svc
from smartcert_desktop.services.demo import MARKER, READY_EVALUATOR, demo_evaluator_dir
from smartcert_desktop.services.demo_data import DEMO_APPLICANTS, demo_comment, demo_reported_values
from smartcert_desktop.services.enrolment import enrol_evaluator
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.packages import export_packages
from smartcert_desktop.services.scoring import replace_evaluator_sheets
from smartcert_desktop.services.sheets import export_sheet
from smartcert_desktop.services.workspace import open_workspace

PASSPHRASE = "bench passphrase"
CHEAP_SCRYPT_N = 2**10


@dataclass
class Round:
    root: Path
    framework: Framework
    applicants: int
    evaluators: list[str]
    premerge: Path                    # the program with everything but the merge: copy it before merging
    merged: Path                      # the same program after merging every bundle
    bundles: list[Path]
    sheets: list[Path]                # the filled score sheet workbooks the bundles were submitted from
    evaluator_dirs: dict[str, Path]
    growth: dict[int, tuple[Path, list[Path]]] = field(default_factory=dict)  # factor -> (premerge, bundles)
    demo_data_home: Path | None = None  # XDG_DATA_HOME that holds smartcert/demo

    def fresh_program(self, source: Path | None = None) -> Path:
        """A new copy of a pre-merge program (by default the 9-bundle one) to merge into."""
        source = source or self.premerge
        n = 0
        while (target := self.root / "runs" / f"{source.name}-{n}").exists():
            n += 1
        shutil.copytree(source, target)
        return target


@contextmanager
def cheap_keys() -> Iterator[None]:
    saved = keys.DEFAULT_SCRYPT_N
    keys.DEFAULT_SCRYPT_N = CHEAP_SCRYPT_N
    try:
        yield
    finally:
        keys.DEFAULT_SCRYPT_N = saved


def bench_applicants(n: int) -> tuple[list[ApplicantInput], dict[tuple[str, str], tuple[str, str]]]:
    """``n`` invented cities with the demo's reported values, each borrowing a demo applicant's figures."""
    fw = read_framework(sample_framework_path())
    demo_values = demo_reported_values(fw)
    people: list[ApplicantInput] = []
    values: dict[tuple[str, str], tuple[str, str]] = {}
    for i in range(n):
        source = DEMO_APPLICANTS[i % len(DEMO_APPLICANTS)]
        code = f"C{i + 1:02d}"
        people.append(ApplicantInput(code, f"시험도시 {i + 1}", f"Test City {i + 1}", source.population,
                                     source.province))
        values.update({(code, ind): v for (src, ind), v in demo_values.items() if src == source.code})
    return people, values


def evaluator_sheets(fw: Framework, evaluator_id: str, codes: list[str], seed: int = 2026) -> list[Sheet]:
    """What an evaluator enters: a level on every qualitative indicator (stronger applicants better, each
    evaluator a little harsher or milder), the comments the levels require, a few verified values."""
    rng = random.Random(f"{seed}:{evaluator_id}")
    scale = [s.code for s in fw.scale]
    harshness = (int(evaluator_id[-1]) % 3 - 1) * 0.4
    sheets = []
    for n, code in enumerate(codes):
        base = 0.5 + 2.5 * n / max(1, len(codes))
        entries = {}
        for ind in fw.qualitative:
            level = scale[max(0, min(len(scale) - 1, round(base + harshness + rng.uniform(-0.9, 0.9))))]
            comment = (demo_comment(level == scale[0], evaluator_id, code, ind.code)
                       if fw.comment_required(level) else "")
            entries[ind.code] = IndicatorEntry(level=level, comment=comment)
        for ind in fw.quantitative:
            if rng.random() < 0.02 and ind.rule_name == "CAP":
                entries[ind.code] = IndicatorEntry(verified_value=str(rng.randint(1, 20)), confirmed=True,
                                                   comment="현장실사에서 증빙으로 확인한 실적")
            else:
                entries[ind.code] = IndicatorEntry(confirmed=True)
        sheets.append(Sheet(evaluator_id, code, entries))
    return sheets


def build_round(root: Path, *, applicants: int = 30, evaluators: int = 9, growth: tuple[int, ...] = (2, 4, 8),
                demo: bool = True, log: object = print) -> Round:
    """Make the whole round in ``root`` (see the module docstring)."""
    say = log if callable(log) else (lambda *_: None)
    root.mkdir(parents=True, exist_ok=True)
    fw = read_framework(sample_framework_path())
    people, values = bench_applicants(applicants)
    inputs = root / "inputs"
    inputs.mkdir(exist_ok=True)
    write_applicants(inputs / "applicants.xlsx", people, values, {}, fw)
    say(f"  program: {applicants} applicants, {len(fw.indicators)} indicators (sample framework)")
    program_dir = root / "program-premerge"
    prog_svc.init_program(program_dir, fw, "성능 측정 프로그램 (예시)", PASSPHRASE)
    handle = open_workspace(program_dir, "program")
    eids = [f"E{j + 1:02d}" for j in range(evaluators)]
    evaluator_dirs = {e: root / "evaluators" / e for e in eids}
    try:
        with handle.session() as s:
            prog_svc.import_applicants(s, read_applicants(inputs / "applicants.xlsx", fw))
        with cheap_keys():
            for e in eids:
                made = ev_svc.init_evaluator(evaluator_dirs[e], e, f"평가위원 {e}", PASSPHRASE)
                with handle.session() as s:
                    enrol_evaluator(s, made.enrollment_path)
        with handle.session() as s:
            prog_svc.auto_assign(s, evaluators, 2026)
        packages = export_packages(handle, PASSPHRASE, root / "packages")
    finally:
        handle.close()
    say(f"  {evaluators} evaluators: package imported, scored, bundle submitted, score sheet exported")
    bundles = []
    for path, eid, _n in packages:
        ev = ev_svc.open_evaluator(evaluator_dirs[eid])
        try:
            ev_svc.import_package(ev, path.read_bytes(), str(path), PASSPHRASE)
            with ev.session() as s:
                program_id = ev_svc.current_program(s).id
                scored = evaluator_sheets(fw, eid, ev_svc.assigned_codes(s, program_id))
                replace_evaluator_sheets(s, program_id, eid, scored, None)
            out = root / "bundles" / f"{eid}.scb"
            out.parent.mkdir(exist_ok=True)
            ev_svc.submit(ev, out, PASSPHRASE)
        finally:
            ev.close()
        bundles.append(out)
    (root / "sheets").mkdir(exist_ok=True)
    sheets = [root / "sheets" / f"{eid}.xlsx" for eid in eids]
    # Writing a styled workbook is slow; the two cores share the nine.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        list(pool.map(_export_sheet, [evaluator_dirs[e] for e in eids], sheets))
    merged = root / "program-merged"
    shutil.copytree(program_dir, merged)
    handle = open_workspace(merged, "program")
    try:
        verdicts = merge_files(handle, PASSPHRASE, bundles)
    finally:
        handle.close()
    assert all(v.verdict == "accepted" for v in verdicts), [v.line() for v in verdicts]
    rnd = Round(root, fw, applicants, eids, program_dir, merged, bundles, sheets, evaluator_dirs)
    for factor in growth:
        say(f"  growth: a program with {factor} x {evaluators} evaluators and bundles")
        rnd.growth[factor] = _grown(rnd, factor)
    if demo:
        rnd.demo_data_home = _as_demo(rnd)
    return rnd


def _as_demo(rnd: Round) -> Path:
    """A user data folder whose demo (what ``smartcert-desktop --demo`` opens) is this round: its merged program
    and the first evaluator's workspace, laid out as ``smartcert demo`` lays out its own (30 applicants here
    rather than the demo's 12, so the desktop program opens the benchmark's size)."""
    data_home = rnd.root / "data-home"
    demo = data_home / "smartcert" / "demo"
    shutil.copytree(rnd.merged, demo / "program")
    shutil.copytree(rnd.evaluator_dirs[READY_EVALUATOR], demo_evaluator_dir(demo))
    (demo / MARKER).write_text("smartcert demo: safe to delete\nthe benchmarks' round\n", encoding="utf-8")
    return data_home


def _export_sheet(evaluator_dir: Path, out: Path) -> None:
    ev = ev_svc.open_evaluator(evaluator_dir)
    try:
        export_sheet(ev, out)
    finally:
        ev.close()


def _grown(rnd: Round, factor: int) -> tuple[Path, list[Path]]:
    """The pre-merge program with ``factor`` times the evaluators, all assigned to every applicant, and
    their bundles: the real ones and copies of their sheets signed by the extra evaluators."""
    target = rnd.root / f"program-premerge-x{factor}"
    shutil.copytree(rnd.premerge, target)
    folder = rnd.root / f"bundles-x{factor}"
    folder.mkdir()
    handle = open_workspace(target, "program")
    try:
        program_keys = prog_svc.load_program_keys(handle, PASSPHRASE)
        with handle.factory() as s:
            program = prog_svc.the_program(s)
            program_id, public = program.id, keys.PublicKeys(program.signing_public, program.encryption_public)
            codes = sorted(prog_svc.applicant_codes(s, program_id))
        payloads = [envelope.open_bundle(b.read_bytes(), program_keys, name=b.name).payload for b in rnd.bundles]
        files = list(rnd.bundles)
        extra = [f"X{factor}{j:03d}" for j in range(len(rnd.bundles) * (factor - 1))]
        pairs = [(e, a) for e in rnd.evaluators + extra for a in codes]
        for n, eid in enumerate(extra):
            private = keys.generate_keys()
            enrolment = folder / f"{eid}.json"
            enrolment.write_bytes(envelope.make_enrollment(private, eid, f"평가위원 {eid}"))
            with handle.session() as s:
                enrol_evaluator(s, enrolment)
            payload = copy.deepcopy(payloads[n % len(payloads)])
            payload["evaluator_id"] = eid
            payload["sequence"] = 1
            data = envelope.seal_bundle(payload, private, public, evaluator_id=eid, program_id=program_id,
                                        sequence=1)
            path = folder / f"{eid}.scb"
            path.write_bytes(data)
            files.append(path)
        with handle.session() as s:
            prog_svc.replace_assignments(s, pairs, "benchmark")
    finally:
        handle.close()
    return target, files
