"""Killing the program in the middle of writing loses no committed edit and leaves a sound database.

A child process edits an evaluator workspace in a loop and prints the number of each edit after its
transaction commits; the test kills it (SIGKILL, no chance to clean up) at a random moment and reopens the
workspace. The edit printed last must be there (or the next one, if it committed before the kill but was not
printed yet), and SQLite's integrity check must pass. ``--slow`` repeats it many times.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smartcert_desktop.services import evaluator as ev_svc


@pytest.fixture
def program_store() -> None:
    """Evaluator workspaces and kills of SQLite writers: SQLite only."""
    return None

WORKER = Path(__file__).with_name("_crash_worker.py")


def _kill_once(workspace: Path, start: int, rng: random.Random) -> int:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.Popen([sys.executable, str(WORKER), str(workspace), "E1", "P1", str(start)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    wanted = rng.randint(3, 25)
    last = start
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        last = int(line)
        if last - start >= wanted:
            time.sleep(rng.random() * 0.02)  # land somewhere inside the next write
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    for line in child.stdout.read().splitlines():  # printed after we stopped reading, before the kill
        last = int(line)
    assert last > start, child.stderr.read() if child.stderr else ""
    return last


def _check(workspace: Path, last: int) -> int:
    con = sqlite3.connect(workspace / "evaluator.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    handle = ev_svc.open_evaluator(workspace)
    try:
        with handle.factory() as s:
            program = ev_svc.current_program(s)
            entry = ev_svc.my_sheets(s, program.id, "E1")["P1"].entry("S1")
    finally:
        handle.close()
    n = int(entry.comment.split()[1])
    assert n in (last, last + 1), (n, last)
    assert entry.level == "ABCDE"[n % 5]  # both edits of a transaction land together or not at all
    return n


def _workspace(make_round) -> Path:
    r = make_round(evaluators=("E1",))
    r.assign([("E1", "P1")])
    r.send_packages()
    r.evaluators["E1"].close()
    return r.root / "ev" / "E1"


def test_kill_during_edits_loses_no_committed_edit(make_round) -> None:
    workspace = _workspace(make_round)
    rng = random.Random(4)
    n = 0
    for _ in range(3):
        n = _check(workspace, _kill_once(workspace, n, rng))


@pytest.mark.slow
def test_many_kills_during_edits(make_round) -> None:
    workspace = _workspace(make_round)
    rng = random.Random(2026)
    n = 0
    for _ in range(60):
        n = _check(workspace, _kill_once(workspace, n, rng))
