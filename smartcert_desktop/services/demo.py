"""``smartcert demo``: a whole certification round to try the program on.

It makes a program from the sample framework with twelve invented applicants, nine evaluators (one with a
declared conflict), five evaluators per applicant, and evidence documents; every evaluator gets a workspace
with its package imported. Evaluators E02-E09 have scored and their bundles are merged; E01 is left ready
to score, which is where the desktop program opens. The passphrase of every key is ``demo`` unless
``SMARTCERT_PASSPHRASE`` is set. Nothing in it is a real evaluation.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

from .. import paths
from ..domain.edits import Edit, apply_to_sheet
from ..errors import SmartcertError
from ..exchange.applicants_xlsx import ApplicantsData, write_applicants
from ..exchange.framework_xlsx import read_framework
from ..messages import Message, Text, msg
from ..paths import sample_framework_path
from ..store.models import ReportedValue
from ..store.queries import framework_of, sheet_row, to_sheet
from . import evaluator as ev_svc
from . import program as prog_svc
from .demo_data import (
    DEMO_APPLICANTS,
    DEMO_EVALUATORS,
    demo_comment,
    demo_levels,
    demo_reported_values,
    demo_self_assessment,
)
from .enrolment import enrol_evaluator
from .merge import merge_files
from .packages import export_packages
from .scoring import validate_edit, write_sheet
from .workspace import open_workspace

MARKER = ".smartcert-demo"
DEMO_PASSPHRASE = "demo"
READY_EVALUATOR = paths.DEMO_READY_EVALUATOR
DEMO_CONFLICTS = {"E03": ["S02"], "E07": ["L04"]}


def default_demo_dir() -> Path:
    return paths.demo_dir()


def demo_evaluator_dir(root: Path, evaluator_id: str = READY_EVALUATOR) -> Path:
    # paths knows the layout too, so that the desktop program finds the demo without loading this module.
    return paths.demo_evaluator_dir(root, evaluator_id)


def _prepare(root: Path) -> None:
    if root.exists() and any(root.iterdir()):
        if not (root / MARKER).exists():
            raise SmartcertError(msg("{root}: the folder is not empty and is not a smartcert demo; choose another",
                                     root=str(root)))
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)


def existing_demo(root: Path) -> list[Text] | None:
    """The summary of a complete demo already in ``root``, or None. The marker file keeps the summary's facts
    (its second line, JSON) and the summary in English for a person who opens it; a marker without the facts
    (an older demo) gives its English lines."""
    marker = root / MARKER
    if not marker.exists():
        return None
    lines = marker.read_text(encoding="utf-8").splitlines()[1:]
    if lines:
        try:
            facts = json.loads(lines[0])
            return list(_summary(facts))
        except (ValueError, TypeError, KeyError, AttributeError):
            pass
    return list(lines) or None


def _summary(facts: dict[str, object]) -> list[Message]:
    """What the demo holds and how to try it, one message a line."""
    given = facts["passphrase"]
    return [
        msg("demo round in {root}", root=facts["root"]),
        msg("  program:    {program}  (key {fingerprint}; framework {framework} {version}, SAMPLE)",
            program=facts["program"], fingerprint=facts["fingerprint"], framework=facts["framework"],
            version=facts["version"]),
        msg("  applicants: {count} (inputs/applicants.xlsx), evidence PDFs attached", count=facts["applicants"]),
        msg("  evaluators: {count} in {folder}; 5 per applicant; conflicts {conflicts}",
            count=facts["evaluators"], folder=facts["evaluators_dir"], conflicts=facts["conflicts"]),
        msg("  bundles:    {accepted} of {count} merged; {evaluator} is ready to score in {folder}",
            accepted=facts["accepted"], count=facts["bundles"], evaluator=facts["ready"], folder=facts["ready_dir"]),
        (msg("  passphrase of every demo key: {passphrase}", passphrase=given) if isinstance(given, str)
         else msg("  passphrase of every demo key: (from SMARTCERT_PASSPHRASE)")),
        msg("try: smartcert results {program} --json {results}", program=facts["program"], results=facts["results"]),
    ]


def _evidence_pdf(code: str, name_en: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(f"Evidence (sample) {code}")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 760, f"Evidence documents (SAMPLE) - {code}")
    c.setFont("Helvetica", 12)
    c.drawString(72, 730, f"Applicant: {name_en}")
    c.drawString(72, 710, "Invented for the smartcert demo; not a real document.")
    c.showPage()
    c.save()
    return buf.getvalue()


def create_demo(root: Path | None = None, fresh: bool = False) -> list[Text]:
    """Create the demo round in ``root`` (the user data folder's ``demo`` by default).

    A complete demo already there is kept, with what was scored in it, unless ``fresh`` is given: trying the
    evaluator's screens and coming back must not lose what was entered.
    """
    root = root or default_demo_dir()
    if not fresh:
        kept = existing_demo(root)
        if kept is not None:
            return [*kept, msg("(kept the existing demo in {root}; 'smartcert demo --fresh' starts over)",
                               root=str(root))]
    passphrase = os.environ.get("SMARTCERT_PASSPHRASE") or DEMO_PASSPHRASE
    _prepare(root)
    (root / MARKER).write_text("smartcert demo: being created\n", encoding="utf-8")
    framework = read_framework(sample_framework_path())
    program_dir = root / "program"
    created = prog_svc.init_program(program_dir, framework, "스마트도시 인증 데모 (2021 예시)", passphrase)
    inputs = root / "inputs"
    inputs.mkdir()
    reported = demo_reported_values(framework)
    selfs = demo_self_assessment(framework)
    write_applicants(inputs / "applicants.xlsx", DEMO_APPLICANTS, reported, selfs, framework)
    handle = open_workspace(program_dir, "program")
    try:
        with handle.session() as s:
            prog_svc.import_applicants(s, ApplicantsData(DEMO_APPLICANTS, reported, selfs))
        for a in DEMO_APPLICANTS:
            pdf = inputs / f"{a.code}-evidence.pdf"
            pdf.write_bytes(_evidence_pdf(a.code, a.name_en))
            with handle.session() as s:
                prog_svc.add_documents(handle, s, a.code, [pdf])
        evaluators_root = root / "evaluators"
        for eid, name in DEMO_EVALUATORS:
            made = ev_svc.init_evaluator(evaluators_root / eid, eid, name, passphrase)
            with handle.session() as s:
                enrol_evaluator(s, made.enrollment_path, DEMO_CONFLICTS.get(eid, []))
        with handle.session() as s:
            prog_svc.auto_assign(s, 5, 2021)
        packages = export_packages(handle, passphrase, root / "packages")
        bundles = []
        for path, eid, _n in packages:
            ev_handle = ev_svc.open_evaluator(evaluators_root / eid)
            try:
                ev_svc.import_package(ev_handle, path.read_bytes(), str(path), passphrase)
                if eid != READY_EVALUATOR:
                    _score(ev_handle, eid)
                    out = root / "bundles" / f"{eid}-1.scb"
                    out.parent.mkdir(exist_ok=True)
                    ev_svc.submit(ev_handle, out, passphrase)
                    bundles.append(out)
            finally:
                ev_handle.close()
        verdicts = merge_files(handle, passphrase, bundles)
    finally:
        handle.close()
    accepted = sum(1 for v in verdicts if v.verdict == "accepted")
    facts: dict[str, object] = {
        "root": str(root), "program": str(program_dir), "fingerprint": created.fingerprint,
        "framework": framework.id, "version": framework.version, "applicants": len(DEMO_APPLICANTS),
        "evaluators": len(DEMO_EVALUATORS), "evaluators_dir": str(evaluators_root),
        "conflicts": ", ".join(f"{e}-{','.join(c)}" for e, c in sorted(DEMO_CONFLICTS.items())),
        "accepted": accepted, "bundles": len(bundles), "ready": READY_EVALUATOR,
        "ready_dir": str(demo_evaluator_dir(root)),
        "passphrase": passphrase if passphrase == DEMO_PASSPHRASE else None,
        "results": str(root / "results.json"),
    }
    summary: list[Text] = list(_summary(facts))
    # Written last: a demo interrupted half-way has no summary and is made again next time.
    (root / MARKER).write_text("smartcert demo: safe to delete\n" + json.dumps(facts, ensure_ascii=False) + "\n"
                               + "\n".join(str(line) for line in summary) + "\n", encoding="utf-8")
    return summary


def _score(handle: object, evaluator_id: str) -> None:
    from .workspace import WorkspaceHandle

    assert isinstance(handle, WorkspaceHandle)
    with handle.session() as s:
        program = ev_svc.current_program(s)
        fw = framework_of(s, program)
        codes = ev_svc.assigned_codes(s, program.id)
        for code in codes:
            edits: list[Edit] = []
            for ind, level in demo_levels(fw, evaluator_id, code).items():
                edits.append(Edit(code, ind, "level", None, level))
                if fw.comment_required(level):
                    text = demo_comment(level == fw.scale[0].code, evaluator_id, code, ind)
                    edits.append(Edit(code, ind, "comment", "", text))
            if evaluator_id == "E02" and code == codes[0]:  # one corrected value for the chair to decide on
                cap = next(i for i in fw.quantitative if i.rule_name == "CAP")
                reported = s.get(ReportedValue, (program.id, code, cap.code))
                found = str(int(reported.value) + 3) if reported is not None else "5"
                edits.append(Edit(code, cap.code, "verified_value", None, found))
                edits.append(Edit(code, cap.code, "comment", "", "현장실사에서 증빙으로 확인한 실적"))
            # Each edit checked as the score form's would be, the sheet written once (not once per edit).
            row = sheet_row(s, program.id, evaluator_id, code, create=True)
            assert row is not None
            sheet = to_sheet(row)
            for edit in edits:
                validate_edit(fw, sheet, edit)
                sheet = apply_to_sheet(sheet, edit)
            write_sheet(s, program.id, sheet)
