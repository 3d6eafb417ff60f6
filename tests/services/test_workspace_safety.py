"""Nothing lost: one process per workspace, merges that cannot race, outputs that cannot land on a workspace,
backups and restore, and the check that refuses a damaged workspace before anything writes to it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from smartcert_desktop.cli.main import main
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.messages import load_catalog
from smartcert_desktop.paths import translations_dir
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.workspace import (
    WorkspaceDamaged,
    guard_output,
    list_workspace_backups,
    open_workspace,
    restore_workspace,
)
from smartcert_desktop.store.lock import WorkspaceInUse, held_here
from smartcert_desktop.store.models import AuditEntry, Bundle, ScoreSheet

from .conftest import PASS

REPO = Path(__file__).resolve().parents[2]
S1_LEVELS = {"S1": "B", "S2": "C"}


@pytest.fixture
def program_store() -> None:
    """This module is about the SQLite workspace (its lock, files and backups); tests/services/
    test_server_store.py runs its race on PostgreSQL."""
    return None


def _child(code: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _hold(folder: Path, role: str, mode: str = "write") -> subprocess.Popen[str]:
    """A child process that opens the workspace, says so, and keeps it until its stdin closes."""
    child = _child(f"""
        import sys
        from pathlib import Path
        from smartcert_desktop.services.workspace import open_workspace
        h = open_workspace(Path({str(folder)!r}), {role!r}, {mode!r})
        print("open", flush=True)
        sys.stdin.read()
        h.close()
    """)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line == "open\n", child.stderr.read() if child.stderr else ""
    return child


def _release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.close()
    child.wait(timeout=30)


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


# --- one process per workspace -----------------------------------------------------------------------------

def test_a_second_process_is_refused_and_names_the_first(make_round, capsys: pytest.CaptureFixture[str]) -> None:
    r = make_round(evaluators=("E1",))
    r.close()
    before = _dump(r.program_dir / "program.db")
    holder = _hold(r.program_dir, "program")
    try:
        with pytest.raises(WorkspaceInUse) as caught:
            open_workspace(r.program_dir, "program")
        assert caught.value.holder is not None and caught.value.holder.pid == holder.pid
        assert main(["program", "assign", str(r.program_dir), "--per-applicant", "1"]) == 1
        err = capsys.readouterr().err
        since = time.strftime("%H:%M", time.localtime())
        assert err.startswith(f"error: the workspace {r.program_dir} is in use by another smartcert "
                              f"(pid {holder.pid}, since ")
        assert since[:2] in err  # the hour the holder started, in local time
        assert "Traceback" not in err
    finally:
        _release(holder)
    assert _dump(r.program_dir / "program.db") == before
    # Released when the process ends: the workspace opens at once.
    open_workspace(r.program_dir, "program").close()


def test_a_killed_holder_leaves_no_lock_behind(make_round) -> None:
    r = make_round(evaluators=("E1",))
    r.close()
    holder = _hold(r.program_dir, "program")
    holder.kill()
    holder.wait()
    open_workspace(r.program_dir, "program").close()


def test_readers_share_and_a_writer_waits_for_none(make_round) -> None:
    r = make_round(evaluators=("E1",))
    r.close()
    reader = _hold(r.program_dir, "program", "read")
    try:
        shared = open_workspace(r.program_dir, "program", "read")  # another reader: shared
        shared.close()
        assert main(["verify", str(r.root / "ev" / "E1" / "enrollment.json"), "--program",
                     str(r.program_dir)]) in (0, 1)  # read-only: never refused for the lock
        with pytest.raises(WorkspaceInUse):
            open_workspace(r.program_dir, "program")
    finally:
        _release(reader)


def test_a_read_handle_refuses_to_write(make_round) -> None:
    r = make_round(evaluators=("E1",))
    r.close()
    handle = open_workspace(r.program_dir, "program", "read")
    try:
        with pytest.raises(SmartcertError, match="open for reading only"), handle.session():
            pass
    finally:
        handle.close()


def test_one_process_may_open_its_workspace_more_than_once(make_round) -> None:
    r = make_round(evaluators=("E1",))  # the fixture keeps the program open
    second = open_workspace(r.program_dir, "program")
    second.close()
    assert held_here(r.program_dir)  # the fixture's handle still holds it
    r.close()
    assert not held_here(r.program_dir)


# --- merges that cannot race ------------------------------------------------------------------------------

MERGE_CHILD = """
import json, sys, time
from pathlib import Path
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.workspace import WorkspaceHandle
from smartcert_desktop.store.db import open_database, session_factory
from smartcert_desktop.exchange import keys
keys.DEFAULT_SCRYPT_N = 2 ** 10
bundle = Path(sys.argv[1])
for line in sys.stdin:
    folder = Path(line.strip())
    # The workspace lock is left out on purpose: the transactions alone must decide correctly.
    engine = open_database(folder / "program.db")
    handle = WorkspaceHandle(folder, "program", engine, session_factory(engine))
    print("ready", flush=True)
    while not (folder / "go").exists():
        time.sleep(0.0005)
    verdicts = merge_files(handle, {passphrase!r}, [bundle])
    engine.dispose()
    print(json.dumps([verdicts[0].verdict, str(verdicts[0].reason)]), flush=True)
"""


def test_two_merges_at_once_leave_the_newest_bundle_in_force(make_round, tmp_path: Path) -> None:
    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([("E1", "P1"), ("E2", "P1"), ("E3", "P1")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B", "S2": "C"})
    first = r.submit("E1")
    r.score("E1", "P1", {"S1": "C", "S2": "D"})
    second = r.submit("E1")
    r.close()
    template = tmp_path / "template"
    shutil.copytree(r.program_dir, template, ignore=shutil.ignore_patterns("smartcert.lock", "backups"))
    code = MERGE_CHILD.replace("{passphrase!r}", repr(PASS))
    children = [subprocess.Popen([sys.executable, "-c", code, str(b)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=dict(os.environ, PYTHONPATH=str(REPO)))
                for b in (first, second)]
    tries = 20
    outcomes: list[tuple[str, str]] = []
    try:
        for n in range(tries):
            folder = tmp_path / f"try{n}"
            shutil.copytree(template, folder)
            for child in children:
                assert child.stdin is not None and child.stdout is not None
                child.stdin.write(f"{folder}\n")
                child.stdin.flush()
            for child in children:
                assert child.stdout is not None
                assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
            (folder / "go").touch()
            verdicts = []
            for child in children:
                assert child.stdout is not None
                line = child.stdout.readline()
                assert line, child.stderr.read() if child.stderr else ""
                verdicts.append(json.loads(line))
            outcomes.append((verdicts[0][0], verdicts[1][0]))
            assert verdicts[1][0] == "accepted", verdicts
            assert verdicts[0][0] == "accepted" or "superseded" in verdicts[0][1], verdicts
            handle = open_workspace(folder, "program")
            try:
                with handle.factory() as s:
                    rows = {b.sequence: b.status for b in s.scalars(select(Bundle).where(Bundle.evaluator_id == "E1"))}
                    sheet = s.scalars(select(ScoreSheet).where(ScoreSheet.evaluator_id == "E1")).one()
                    levels = {e.indicator_code: e.level for e in sheet.entries}
            finally:
                handle.close()
            assert rows.get(2) == "current", rows
            assert rows.get(1) in (None, "superseded"), rows
            assert levels["S1"] == "C" and levels["S2"] == "D"  # bundle #2's scores are in force
    finally:
        for child in children:
            if child.stdin is not None:
                child.stdin.close()
            child.wait(timeout=30)
    assert len(outcomes) == tries


def test_a_second_merge_process_is_refused_or_serialised(make_round) -> None:
    """Two ``smartcert merge`` commands at once: one may be refused (the workspace is in use); whatever
    happens, merging what was refused again leaves the newest bundle in force."""
    r = make_round(evaluators=("E1", "E2", "E3"))
    r.assign([("E1", "P1"), ("E2", "P1"), ("E3", "P1")])
    r.send_packages()
    r.score("E1", "P1", {"S1": "B", "S2": "C"})
    first = r.submit("E1")
    r.score("E1", "P1", {"S1": "C", "S2": "D"})
    second = r.submit("E1")
    r.close()
    env = dict(os.environ, PYTHONPATH=str(REPO), SMARTCERT_PASSPHRASE=PASS)
    procs = [subprocess.Popen([sys.executable, "-m", "smartcert_desktop", "merge", str(r.program_dir), str(b)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for b in (first, second)]
    results = [(p.wait(timeout=60), p.stdout.read() if p.stdout else "", p.stderr.read() if p.stderr else "")
               for p in procs]
    for (code, _out, err), bundle in zip(results, (first, second), strict=True):
        assert "Traceback" not in err
        if code == 1:
            assert "is in use by another smartcert" in err
            assert main(["merge", str(r.program_dir), str(bundle)]) in (0, 3)
    handle = open_workspace(r.program_dir, "program")
    try:
        with handle.factory() as s:
            current = s.scalars(select(Bundle).where(Bundle.evaluator_id == "E1", Bundle.status == "current")).all()
    finally:
        handle.close()
    assert [b.sequence for b in current] == [2]


# --- outputs never land on a workspace ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def merged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A round with three merged bundles, made once for the module; tests get a copy (:func:`merged`)."""
    from smartcert_desktop.exchange import keys as keymod

    from .conftest import APPLICANTS, REPORTED, Round, tiny_framework

    root = tmp_path_factory.mktemp("merged")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
        patch.setenv("SMARTCERT_PASSPHRASE", PASS)
        r = Round(root / "round", tiny_framework(), APPLICANTS, REPORTED, ("E1", "E2", "E3"))
        try:
            r.assign([("E1", "P1"), ("E2", "P1"), ("E3", "P1")])
            r.send_packages()
            bundles = []
            for e in ("E1", "E2", "E3"):
                r.score(e, "P1", S1_LEVELS)
                bundles.append(r.submit(e))
            r.merge(*bundles)
        finally:
            r.close()
    return root / "round"


class Merged:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.program_dir = root / "program"


@pytest.fixture
def merged(merged_template: Path, tmp_path: Path) -> Merged:
    root = tmp_path / "round"
    shutil.copytree(merged_template, root, symlinks=True)
    return Merged(root)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "smartcert.lock"}


@pytest.mark.parametrize("target", ["keys/program.key", "program.db", "program.db-wal", "program.db-shm",
                                    "backups/x.json", "keys"])
def test_results_refuse_every_path_into_the_workspace(merged, target: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    p = merged.program_dir
    before = _snapshot(p)
    assert main(["results", str(p), "--json", str(p / target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {p / target}: this would write into the workspace ")
    assert "Nothing was written." in err
    assert _snapshot(p) == before


def test_a_symlink_into_the_keys_is_followed_and_refused(merged, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "innocent.json"
    link.symlink_to(merged.program_dir / "keys" / "program.key")
    before = (merged.program_dir / "keys" / "program.key").read_bytes()
    assert main(["results", str(merged.program_dir), "--json", str(link)]) == 1
    assert "(its keys)" in capsys.readouterr().err
    assert (merged.program_dir / "keys" / "program.key").read_bytes() == before
    folder_link = tmp_path / "pdfs"
    folder_link.symlink_to(merged.program_dir / "backups")
    assert main(["results", str(merged.program_dir), "--pdf-dir", str(folder_link)]) == 1
    assert "(its backups)" in capsys.readouterr().err


def test_submit_and_export_refuse_the_evaluator_workspace(merged, capsys: pytest.CaptureFixture[str]) -> None:
    e1 = merged.root / "ev" / "E1"
    before = _snapshot(e1)
    for args in (["evaluator", "submit", str(e1), "--out", str(e1 / "evaluator.db")],
                 ["evaluator", "submit", str(e1), "--out", str(e1 / "keys" / "b.scb")],
                 ["evaluator", "export-sheet", str(e1), "--out", str(e1 / "enrollment.json")],
                 ["program", "export-packages", str(merged.program_dir), "--out", str(merged.program_dir / "keys")]):
        assert main(args) == 1, args
        assert "this would write into the workspace" in capsys.readouterr().err
    assert _snapshot(e1) == before


def test_outputs_beside_the_workspace_files_are_allowed(merged, tmp_path: Path) -> None:
    assert main(["results", str(merged.program_dir), "--json", str(merged.program_dir / "results.json")]) == 0
    assert (merged.program_dir / "results.json.sig").exists()
    assert guard_output(tmp_path / "out.json") == (tmp_path / "out.json").resolve()


def test_results_write_none_of_their_outputs_when_one_cannot_be_made(merged, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    json_file, pdfs = out / "r.json", out / "pdf"
    assert main(["results", str(merged.program_dir), "--json", str(json_file), "--pdf-dir", str(pdfs),
                 "--xlsx", str(out / "missing" / "r.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "cannot write: the folder does not exist" in err and "missing" in err
    assert not json_file.exists() and not (out / "r.json.sig").exists() and not pdfs.exists()
    assert sorted(p.name for p in out.iterdir()) == []  # no temporary file either


# --- backups and restore ------------------------------------------------------------------------------------

def _reasons(folder: Path) -> list[str]:
    return [b.reason for b in list_workspace_backups(folder, "program" if (folder / "program.db").exists()
                                                     else "evaluator")]


def test_backups_before_each_action_that_risks_work(merged) -> None:
    r = merged
    assert _reasons(r.program_dir) == ["merge"]
    e1 = r.root / "ev" / "E1"
    assert sorted(_reasons(e1)) == ["package-import", "submit"]
    backup = list_workspace_backups(r.program_dir, "program")[0]
    manifest = json.loads((backup.path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["role"] == "program" and manifest["schema"] == "0003" and manifest["reason"] == "merge"
    import hashlib

    for name, meta in manifest["files"].items():
        data = (backup.path / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == meta["sha256"] and len(data) == meta["size"]
    assert set(manifest["files"]) == {"program.db", "keys/program.key"}
    # The backup's database is a whole, self-contained file: it holds the merged bundles.
    con = sqlite3.connect(backup.path / "program.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM bundle").fetchone() == (0,)  # made before the merge
    finally:
        con.close()
    assert main(["program", "accept-correction", str(r.program_dir), "P1", "Q1", "90", "--reason", "확인"]) == 0
    assert _reasons(r.program_dir)[0] == "correction"


def test_only_the_newest_ten_backups_are_kept(make_round) -> None:
    r = make_round(evaluators=("E1",))
    made = [r.program.backup("merge").name for _ in range(12)]
    names = [b.name for b in list_workspace_backups(r.program_dir, "program")]
    assert len(set(made)) == 12
    assert names == made[::-1][:10]  # newest first; the two oldest went (several share a second)


def test_restore_brings_back_a_lost_key_and_scores(merged, capsys: pytest.CaptureFixture[str]) -> None:
    e1 = merged.root / "ev" / "E1"
    good = list_workspace_backups(e1, "evaluator")[0]  # before submit: the score edits are in it
    key = (e1 / "keys" / "evaluator.key").read_bytes()
    (e1 / "keys" / "evaluator.key").write_bytes(b"overwritten by accident")
    with pytest.raises(WorkspaceDamaged) as caught:
        ev_svc.open_evaluator(e1)
    message = str(caught.value)
    assert "key file keys/evaluator.key is damaged" in message
    assert f"smartcert evaluator restore {e1} {good.name}" in message
    assert main(["evaluator", "restore", str(e1)]) == 0
    listing = capsys.readouterr().out
    assert good.name in listing and "ok" in listing
    assert main(["evaluator", "restore", str(e1), good.name]) == 0
    assert "the state before the restore was kept as backup" in capsys.readouterr().out
    assert (e1 / "keys" / "evaluator.key").read_bytes() == key
    handle = ev_svc.open_evaluator(e1)
    try:
        with handle.factory() as s:
            program = ev_svc.current_program(s)
            sheet = ev_svc.my_sheets(s, program.id, "E1")["P1"]
            actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    finally:
        handle.close()
    assert sheet.entry("S1").level == "B" and sheet.entry("S2").level == "C"
    assert actions[-1] == "workspace.restore"
    assert "before-restore" in [b.reason for b in list_workspace_backups(e1, "evaluator")]


def test_restore_of_an_unknown_or_altered_backup_is_refused(merged) -> None:
    p = merged.program_dir
    with pytest.raises(SmartcertError, match="no backup named nope"):
        restore_workspace(p, "program", "nope")
    backup = list_workspace_backups(p, "program")[0]
    db = backup.path / "program.db"
    db.write_bytes(db.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(SmartcertError, match="does not match its SHA-256"):
        restore_workspace(p, "program", backup.name)


# --- the startup check ---------------------------------------------------------------------------------------

def test_a_damaged_database_is_refused_untouched_naming_the_backup(merged) -> None:
    p = merged.program_dir
    db = p / "program.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'score_entry'").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start:start + 12] = b"\xff" * 12  # the b-tree page header of a table: no longer a valid page
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    backup = list_workspace_backups(p, "program")[0]
    with pytest.raises(WorkspaceDamaged) as caught:
        open_workspace(p, "program")
    assert "fails SQLite's check" in str(caught.value)
    assert f"smartcert program restore {p} {backup.name}" in str(caught.value)
    # In Korean the whole message is Korean, what is damaged and the advice included, with the same command
    # (a particle after a Latin name is written both ways)
    korean = caught.value.lines(load_catalog("ko", translations_dir()))[0]
    assert korean.startswith(f"작업 공간 {p}(이)가 손상되었습니다: 데이터베이스가 SQLite 검사를 통과하지 못했습니다: ")
    assert korean.endswith(f"아무것도 쓰지 않았습니다. 최근 백업을 복원하십시오: smartcert program restore {p} "
                           f"{backup.name} ({backup.created}에 만듦, {backup.reason})")
    assert db.read_bytes() == before
    restore_workspace(p, "program", backup.name)
    open_workspace(p, "program").close()


def test_an_altered_audit_log_is_refused(merged) -> None:
    p = merged.program_dir
    con = sqlite3.connect(p / "program.db")
    triggers = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for t in triggers:
        con.execute(f'DROP TRIGGER "{t}"')
    con.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceDamaged, match="the audit log was altered"):
        open_workspace(p, "program")
