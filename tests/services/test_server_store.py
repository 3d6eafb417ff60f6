"""A program whose store is a PostgreSQL server: the folder holds only its connection file, the key file and the
documents live in the database, several processes write at once without losing an update, two merges at once
leave the newest bundle in force, and the results are byte for byte those of the same round on SQLite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text

from smartcert_desktop.cli.main import main
from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.exchange.applicants_xlsx import write_applicants
from smartcert_desktop.services import program as prog_svc
from smartcert_desktop.services.results import results_json_bytes, round_outcome
from smartcert_desktop.services.workspace import WorkspaceDamaged, open_workspace
from smartcert_desktop.store import audit
from smartcert_desktop.store.models import (
    Assignment,
    AuditEntry,
    Bundle,
    Conflict,
    CorrectionDecision,
    DocumentContent,
    Evaluator,
    KeyFile,
    ScoreSheet,
)
from smartcert_desktop.store.postgres import CONNECTION_FILE, ConnectionInfo, parse_database_url

from .conftest import PASS, Round

REPO = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.4\n% smartcert test document\n%%EOF\n"


@pytest.fixture
def program_store(postgres_url: str) -> str:
    """Every test here is about the server: PostgreSQL only."""
    return postgres_url


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), SMARTCERT_PASSPHRASE=PASS)


STAFF_CHILD = """
import sys, time
from pathlib import Path
from smartcert_desktop.cli.main import main
go = Path(sys.argv[1])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.0005)
sys.exit(main(sys.argv[2:]))
"""


def _at_once(go: Path, *commands: list[object]) -> list[tuple[int, str, str]]:
    """Each command as ``smartcert ARGS`` in a process of its own (another staff member's machine, as far as
    the store knows), all started at the same moment; their exit codes, outputs and errors."""
    procs = [subprocess.Popen([sys.executable, "-c", STAFF_CHILD, str(go), *map(str, args)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env()) for args in commands]
    for p in procs:
        assert p.stdout is not None
        assert p.stdout.readline() == "ready\n", p.stderr.read() if p.stderr else ""
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, out, err))
    return results


# --- the folder, the keys and the documents -----------------------------------------------------------------

def test_the_folder_holds_only_the_connection_file_and_the_keys_live_in_the_database(make_round) -> None:
    r = make_round(evaluators=("E1",))
    assert sorted(p.name for p in r.program_dir.iterdir()) == [CONNECTION_FILE]
    info = ConnectionInfo.from_file(r.program_dir / CONNECTION_FILE)
    document = json.loads((r.program_dir / CONNECTION_FILE).read_text(encoding="utf-8"))
    assert document["format"] == "smartcert-connection/1" and document["schema"] == f"smartcert_{info.program_id}"
    assert r.program.on_server and r.program.owner().owner_id == info.program_id
    with r.program.factory() as s:
        key = s.get(KeyFile, "program.key")
        assert key is not None and json.loads(key.content)["kdf"]["name"] == "scrypt"  # encrypted, as a file is
        program = prog_svc.the_program(s)
    keys = prog_svc.load_program_keys(r.program, PASS)
    assert keys.public.signing == program.signing_public
    with pytest.raises(SmartcertError, match="wrong passphrase"):
        prog_svc.load_program_keys(r.program, "not it")
    # Evidence documents are rows of the program's schema, and travel in the packages as from a folder.
    with r.program.session() as s:
        docs = prog_svc.add_documents(r.program, s, "P1", [_pdf(r.root / "증빙 1.pdf")])
    with r.program.factory() as s:
        stored = s.get(DocumentContent, docs[0].sha256)
        assert stored is not None and bytes(stored.content) == PDF
    assert not (r.program_dir / "documents").exists()
    r.assign([("E1", "P1")])
    r.send_packages()
    e1 = r.evaluators["E1"]
    assert e1.read_document(docs[0].sha256) == PDF  # the evaluator's SQLite workspace keeps it as a file
    assert (r.program.document_file(docs[0].sha256, r.root)).read_bytes() == PDF


def _pdf(path: Path) -> Path:
    path.write_bytes(PDF)
    return path


def test_a_url_with_a_password_is_used_once_and_stored_without_it(postgres_url: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from _postgres import PASSWORD, PASSWORD_USER

    url, _ = parse_database_url(postgres_url)
    from smartcert_desktop.store import postgres as pg

    engine = pg.connect(url, None)
    with engine.connect() as c:
        role = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": PASSWORD_USER}).first()
    engine.dispose()
    if role is None:  # SMARTCERT_TEST_POSTGRES names a server without the tests' password role
        pytest.skip(f"the server has no role {PASSWORD_USER} (tests/_postgres.py makes it on its own cluster)")
    with_password = url.set(username=PASSWORD_USER, password=PASSWORD).render_as_string(hide_password=False)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASS)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    from smartcert_desktop.paths import sample_framework_path

    folder = tmp_path / "program"
    assert main(["program", "init", str(folder), "--framework", str(sample_framework_path()),
                 "--database", with_password]) == 0, capsys.readouterr().err
    capsys.readouterr()
    stored = (folder / CONNECTION_FILE).read_text(encoding="utf-8")
    assert PASSWORD not in stored and "%20pw" not in stored and f"{PASSWORD_USER}@" in stored
    # No terminal and no PGPASSWORD: a clear error, nothing asked.
    assert main(["program", "audit", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot connect to the database ") and "asks for a password" in err
    assert "set PGPASSWORD or add it to ~/.pgpass" in err
    # Asked once; a wrong password is said as the server says it.
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr("smartcert_desktop.cli.common.ask_database_password",
                        lambda user, database: asked.append((user, database)) or "wrong")
    assert main(["program", "audit", str(folder)]) == 1
    assert "password authentication failed" in capsys.readouterr().err and len(asked) == 1
    assert asked[0][0] == PASSWORD_USER
    monkeypatch.setattr("smartcert_desktop.cli.common.ask_database_password", lambda user, database: PASSWORD)
    assert main(["program", "audit", str(folder)]) == 0
    assert "program.init" in capsys.readouterr().out
    # libpq's own PGPASSWORD needs no prompt at all.
    monkeypatch.setattr("smartcert_desktop.cli.common.ask_database_password", lambda user, database: None)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert main(["program", "audit", str(folder)]) == 0


def test_connect_list_and_audit_from_another_folder(make_round, postgres_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    r = make_round(evaluators=("E1", "E2"))
    info = ConnectionInfo.from_file(r.program_dir / CONNECTION_FILE)
    r.close()
    elsewhere = tmp_path / "staff2"
    assert main(["program", "connect", str(elsewhere), "--database", postgres_url, "--program",
                 info.program_id]) == 0
    capsys.readouterr()
    assert (elsewhere / CONNECTION_FILE).read_bytes() == (r.program_dir / CONNECTION_FILE).read_bytes()
    assert main(["program", "assign", str(elsewhere), "--per-applicant", "1"]) == 0
    capsys.readouterr()
    assert main(["program", "list", "--database", postgres_url]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["id", "name", "framework", "created", "applicants", "state"]
    mine = next(line for line in listing if line.startswith(info.program_id))
    assert "테스트 프로그램" in mine and "tiny 1" in mine and mine.split()[-1] == "assigned"
    assert mine.split()[-2] == "3"  # applicants
    # In Korean: the headers and the state in Korean, the columns lined up by the terminal's columns (a Hangul
    # syllable takes two)
    assert main(["--lang", "ko", "program", "list", "--database", postgres_url]) == 0
    korean = capsys.readouterr().out.splitlines()
    assert korean[0].split() == ["ID", "이름", "평가체계", "만든", "때", "신청", "도시", "진행", "상태"]
    row = next(line for line in korean if line.startswith(info.program_id))
    assert row.split()[-1] == "배정됨" and row.split()[-2] == "3"

    def column_of(line: str, part: str) -> int:
        before = line[:line.index(part)]
        return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in before)

    assert column_of(row, "배정됨") == column_of(korean[0], "진행 상태")
    assert column_of(row, "tiny") == column_of(korean[0], "평가체계")
    csv_file = tmp_path / "audit.csv"
    assert main(["program", "audit", str(elsewhere), "--csv", str(csv_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    actions = [line.split()[4] for line in lines[:-1]]
    assert actions == ["program.init", "applicants.import", "evaluator.enrol", "evaluator.enrol",
                       "assignments.replace"]
    import csv

    with csv_file.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["seq", "time", "staff", "actor", "action", "detail"]
    assert [row[4] for row in rows[1:]] == actions
    import socket

    assert {row[2] for row in rows[1:]} == {f"smartcert@{socket.gethostname()}"}  # the database user, this host
    with pytest.raises(SmartcertError, match="not empty"):
        prog_svc.connect_program(elsewhere, postgres_url, info.program_id)
    with pytest.raises(SmartcertError, match="no program 0123abc in this database"):
        prog_svc.connect_program(tmp_path / "x", postgres_url, "0123abc")
    assert not (tmp_path / "x").exists()


def test_backups_are_the_servers_and_restore_names_pg_dump(make_round, capsys: pytest.CaptureFixture[str]) -> None:
    r = make_round(evaluators=("E1",))
    assert r.program.backup("merge") is None
    assert main(["program", "restore", str(r.program_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {r.program_dir}: the program's store is the PostgreSQL database ")
    assert "pg_dump" in err and "Nothing was changed." in err
    assert main(["program", "restore", str(r.program_dir), "20260101-000000-merge"]) == 1
    assert "pg_dump" in capsys.readouterr().err
    connection = (r.program_dir / CONNECTION_FILE).read_bytes()
    assert main(["results", str(r.program_dir), "--json", str(r.program_dir / CONNECTION_FILE)]) == 1
    assert "(its connection file)" in capsys.readouterr().err
    assert (r.program_dir / CONNECTION_FILE).read_bytes() == connection
    assert sorted(p.name for p in r.program_dir.iterdir()) == [CONNECTION_FILE]


def test_an_altered_audit_log_or_a_missing_key_is_refused(make_round) -> None:
    r = make_round(evaluators=("E1",))
    engine = r.program.engine
    with engine.begin() as c, pytest.raises(Exception, match="append-only"):
        c.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"))
    with engine.begin() as c, pytest.raises(Exception, match="append-only"):
        c.execute(text("TRUNCATE audit_log"))
    r.close()
    with engine.begin() as c:
        c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        c.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"))
        c.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    with pytest.raises(WorkspaceDamaged, match="the audit log was altered") as caught:
        open_workspace(r.program_dir, "program")
    assert "pg_restore" in str(caught.value)
    with engine.begin() as c:
        c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        c.execute(text("UPDATE audit_log SET actor = 'agency' WHERE seq = 1"))
        c.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
        c.execute(delete(KeyFile))
    with pytest.raises(WorkspaceDamaged, match="its key file is missing"):
        open_workspace(r.program_dir, "program")


def test_a_schema_of_a_newer_smartcert_is_refused_untouched(make_round) -> None:
    r = make_round(evaluators=("E1",))
    engine = r.program.engine
    r.close()
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SmartcertError, match="written by a newer version of smartcert"):
        open_workspace(r.program_dir, "program")
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"


# --- several staff at once ------------------------------------------------------------------------------------

MERGE_CHILD = """
import json, sys, time
from pathlib import Path
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.workspace import open_workspace
from smartcert_desktop.exchange import keys
keys.DEFAULT_SCRYPT_N = 2 ** 10
folder, bundle = Path(sys.argv[1]), Path(sys.argv[2])
handle = open_workspace(folder, "program")  # no lock in the folder: the database serialises the writers
for line in sys.stdin:
    go = Path(line.strip())
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.0005)
    verdicts = merge_files(handle, {passphrase!r}, [bundle])
    print(json.dumps([verdicts[0].verdict, str(verdicts[0].reason)]), flush=True)
handle.close()
"""


def test_two_merges_at_once_leave_the_newest_bundle_in_force(make_round, tmp_path: Path) -> None:
    """The race of tests/services/test_workspace_safety.py on PostgreSQL, where two processes may really write
    at once: whatever the order, bundle #2 of E1 is in force; between tries E1's bundles are taken out again."""
    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([("E1", "P1"), ("E2", "P1"), ("E3", "P1")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B", "S2": "C"})
    first = r.submit("E1")
    r.score("E1", "P1", {"S1": "C", "S2": "D"})
    second = r.submit("E1")
    code = MERGE_CHILD.replace("{passphrase!r}", repr(PASS))
    children = [subprocess.Popen([sys.executable, "-c", code, str(r.program_dir), str(b)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
                for b in (first, second)]
    tries = 20
    outcomes: list[tuple[str, str]] = []
    try:
        for n in range(tries):
            with r.program.session() as s:  # back to no bundle of E1
                s.execute(delete(ScoreSheet).where(ScoreSheet.evaluator_id == "E1"))
                s.execute(delete(Bundle).where(Bundle.evaluator_id == "E1"))
            go = tmp_path / f"go{n}"
            for child in children:
                assert child.stdin is not None
                child.stdin.write(f"{go}\n")
                child.stdin.flush()
            for child in children:
                assert child.stdout is not None
                assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
            go.touch()
            verdicts = []
            for child in children:
                assert child.stdout is not None
                line = child.stdout.readline()
                assert line, child.stderr.read() if child.stderr else ""
                verdicts.append(json.loads(line))
            outcomes.append((verdicts[0][0], verdicts[1][0]))
            assert verdicts[1][0] == "accepted", verdicts
            assert verdicts[0][0] == "accepted" or "superseded" in verdicts[0][1], verdicts
            with r.program.factory() as s:
                rows = {b.sequence: b.status for b in s.scalars(select(Bundle).where(Bundle.evaluator_id == "E1"))}
                sheet = s.scalars(select(ScoreSheet).where(ScoreSheet.evaluator_id == "E1")).one()
                levels = {e.indicator_code: e.level for e in sheet.entries}
            assert rows.get(2) == "current", rows
            assert rows.get(1) in (None, "superseded"), rows
            assert levels["S1"] == "C" and levels["S2"] == "D"
    finally:
        for child in children:
            if child.stdin is not None:
                child.stdin.close()
            child.wait(timeout=30)
    assert len(outcomes) == tries
    with r.program.factory() as s:
        assert audit.verify_chain(s) == []


def test_staff_enrolling_importing_assigning_and_correcting_at_once_lose_nothing(make_round, tmp_path: Path) -> None:
    """Six commands from six processes at once, none of them in the way of another: every one applies, and the
    audit log holds each change once, in one unbroken chain."""
    from smartcert_desktop.services import evaluator as ev_svc

    r = make_round(evaluators=("E1", "E2", "E3"))
    enrolments = []
    for eid in ("E4", "E5", "E6"):
        made = ev_svc.init_evaluator(tmp_path / eid, eid, f"평가위원 {eid}", PASS)
        enrolments.append(made.enrollment_path)
    workbook = tmp_path / "applicants.xlsx"
    write_applicants(workbook, [ApplicantInput("P4", "라시", "Ra City", 120_000)], {("P4", "Q1"): ("90", "")}, {},
                     r.framework)
    sheet = tmp_path / "assignments.xlsx"
    _assignments_sheet(sheet, [("E1", "P1"), ("E2", "P2"), ("E3", "P3")])
    commands: list[list[object]] = [["program", "add-evaluator", r.program_dir, e] for e in enrolments]
    commands.append(["program", "import-applicants", r.program_dir, workbook])
    commands.append(["program", "assign", r.program_dir, "--sheet", sheet])
    commands.append(["program", "accept-correction", r.program_dir, "P2", "Q1", "88", "--reason", "확인"])
    for code, out, err in _at_once(tmp_path / "go", *commands):
        assert code == 0 and not err, (out, err)
    with r.program.factory() as s:
        evaluators = sorted(s.scalars(select(Evaluator.id)))
        assignments = sorted((a.evaluator_id, a.applicant_code) for a in s.scalars(select(Assignment)))
        decisions = [(d.applicant_code, d.indicator_code, d.value) for d in s.scalars(select(CorrectionDecision))]
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        assert audit.verify_chain(s) == []
        assert "P4" in prog_svc.applicant_codes(s, prog_svc.the_program(s).id)
    assert evaluators == ["E1", "E2", "E3", "E4", "E5", "E6"]
    assert assignments == [("E1", "P1"), ("E2", "P2"), ("E3", "P3")]
    assert decisions == [("P2", "Q1", "88")]
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    actions = [e.action for e in entries]
    assert sorted(actions[-6:]) == ["applicants.import", "assignments.replace", "correction.accept",
                                    "evaluator.enrol", "evaluator.enrol", "evaluator.enrol"]


def _assignments_sheet(path: Path, pairs: list[tuple[str, str]]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Assignments"
    ws.append(["evaluator_id", "applicant_code"])
    for pair in pairs:
        ws.append(list(pair))
    wb.save(path)


def test_a_conflict_and_an_assignment_at_once_never_both_apply(make_round, tmp_path: Path) -> None:
    """E1's conflict with P1 declared while another staff member assigns E1 to P1: one of them applies, the other
    says what is in its way and changes nothing; never an assignment in conflict."""
    r = make_round(evaluators=("E1", "E2"))
    sheet = tmp_path / "assignments.xlsx"
    _assignments_sheet(sheet, [("E1", "P1"), ("E2", "P1")])
    enrolment = r.root / "ev" / "E1" / "enrollment.json"
    seen = set()
    for n in range(3):
        with r.program.session() as s:  # both undone between tries (the test's own hand; smartcert keeps them)
            s.execute(delete(Assignment))
            s.execute(delete(Conflict))
        results = _at_once(tmp_path / f"go{n}",
                           ["program", "add-evaluator", r.program_dir, enrolment, "--conflicts", "P1"],
                           ["program", "assign", r.program_dir, "--sheet", sheet])
        (conflict_code, _o1, conflict_err), (assign_code, _o2, assign_err) = results
        assert sorted([conflict_code, assign_code]) == [0, 1], results
        with r.program.factory() as s:
            assigned = {(a.evaluator_id, a.applicant_code) for a in s.scalars(select(Assignment))}
            conflicts = {(c.evaluator_id, c.applicant_code) for c in s.scalars(select(Conflict))}
        if conflict_code == 0:
            seen.add("conflict first")
            assert assign_err.startswith("error: ") and "evaluator E1 has a conflict with applicant P1" in assign_err
            assert "nothing was assigned" in assign_err
            assert conflicts == {("E1", "P1")} and assigned == set()
        else:
            seen.add("assignment first")
            assert conflict_err.startswith("error: ") and "E1 is already assigned to P1" in conflict_err
            assert "Nothing was changed" in conflict_err
            assert assigned == {("E1", "P1"), ("E2", "P1")} and conflicts == set()
        assert "Traceback" not in conflict_err + assign_err
    assert seen  # which came first is the operating system's choice


def test_two_dismissals_at_once_dismiss_once(make_round, tmp_path: Path) -> None:
    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([(e, "P1") for e in ("E1", "E2", "E3")])
    r.send_packages()
    for e in ("E1", "E2", "E3"):
        r.score(e, "P1", {"S1": "B", "S2": "B"})
    r.edit("E2", "P1", "Q1", "verified_value", "70")
    r.merge(*[r.submit(e) for e in ("E1", "E2", "E3")])
    results = _at_once(tmp_path / "go", *[["program", "dismiss-correction", r.program_dir, "P1", "Q1",
                                            "--reason", reason] for reason in ("증빙 불충분", "evidence missing")])
    codes = sorted(code for code, _o, _e in results)
    assert codes == [0, 1], results
    refused = next(err for code, _o, err in results if code == 1)
    assert refused == "error: P1 Q1: no pending correction to dismiss; nothing was changed\n"
    with r.program.factory() as s:
        dismissed = [(d.evaluator_id, d.value) for d in s.scalars(select(CorrectionDecision))]
    assert dismissed == [("E2", "70")]


# --- the same round on both engines ----------------------------------------------------------------------------

# Codes that a Korean (ICU) collation orders otherwise than SQLite and Python: case first, '_' and '-'.
ORDERED_APPLICANTS = (
    ApplicantInput("b-1", "가시", "Ga City", 600_000),
    ApplicantInput("A_2", "나시", "Na City", 700_000),
    ApplicantInput("_3", "다군", "Da County", 90_000),
    ApplicantInput("a4", "라군", "Ra County", 80_000),
)
ORDERED_REPORTED = {
    ("b-1", "Q1"): "85", ("b-1", "Q2"): "50.5", ("b-1", "Q3"): "30", ("b-1", "Q4"): "2/3", ("b-1", "Q5"): "partial",
    ("A_2", "Q1"): "50", ("A_2", "Q2"): "100", ("A_2", "Q3"): "10.25", ("A_2", "Q4"): "3/3", ("A_2", "Q5"): "no",
    ("_3", "Q1"): "79.99", ("_3", "Q2"): "10", ("_3", "Q3"): "5", ("_3", "Q4"): "0/4",
    ("a4", "Q1"): "0.1", ("a4", "Q2"): "33.333", ("a4", "Q3"): "7", ("a4", "Q4"): "1/7", ("a4", "Q5"): "yes",
}
ORDERED_EVALUATORS = ("e-1", "E_2", "_e3", "E4", "e5")
ORDERED_LEVELS = {"e-1": {"S1": "A", "S2": "B"}, "E_2": {"S1": "B", "S2": "A"}, "_e3": {"S1": "A", "S2": "C"},
                  "E4": {"S1": "D", "S2": "E"}, "e5": {"S1": "B", "S2": "B"}}


def _ordered_round(root: Path, database: str | None) -> tuple[bytes, str]:
    from domain._build import tiny_framework

    r = Round(root, tiny_framework(), ORDERED_APPLICANTS, ORDERED_REPORTED, ORDERED_EVALUATORS, database=database)
    try:
        codes = [a.code for a in ORDERED_APPLICANTS]
        r.assign([(e, a) for e in ORDERED_EVALUATORS for a in codes])
        r.send_packages()
        for e in ORDERED_EVALUATORS:
            for a in codes:
                r.score(e, a, ORDERED_LEVELS[e])
        r.edit("E_2", "b-1", "Q1", "verified_value", "70")
        r.edit("e5", "a4", "Q2", "verified_value", "33.33")
        r.merge(*[r.submit(e) for e in ORDERED_EVALUATORS])
        from smartcert_desktop.services.corrections import accept_correction

        with r.program.session() as s:
            accept_correction(s, "a4", "Q2", "33.33", "현장 확인")
        with r.program.factory() as s:
            return results_json_bytes(round_outcome(s)), prog_svc.the_program(s).id
    finally:
        r.close()


def test_the_results_of_the_same_round_are_byte_identical_on_sqlite_and_postgresql(
        postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_json, sqlite_id = _ordered_round(tmp_path / "sqlite", None)
    server_json, server_id = _ordered_round(tmp_path / "server", postgres_url)
    document: dict[str, Any] = json.loads(sqlite_json)
    assert [a["code"] for a in document["applicants"]] == ["A_2", "_3", "a4", "b-1"]  # by code point
    a4 = next(a for a in document["applicants"] if a["code"] == "a4")
    # CAP, small target 40, 20 points: 33.33 / 40 x 20 = 16.665 exactly, half-up 16.67 (a binary double gives
    # 16.664999..., which would round to 16.66)
    assert a4["indicators"]["Q2"] == "16.67"
    assert server_json.replace(server_id.encode(), b"ID") == sqlite_json.replace(sqlite_id.encode(), b"ID")
