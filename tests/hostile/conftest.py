"""A small certification round made once through the command line, copied for every test that attacks it.

The round (``Base``): a program with the tiny framework, applicants P1 (large) and P2 (small) with reported
values and one evidence PDF, evaluators E01 and E02 enrolled and assigned to both, their packages exported
and imported. Each test gets its own copy (``base`` fixture), so no test sees another's changes.

``dump`` reads every table of a workspace's database and every file beside it, so that a test can say that
a refused input changed nothing at all.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from domain._build import tiny_framework

from smartcert_desktop.cli.main import main
from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.applicants_xlsx import write_applicants
from smartcert_desktop.exchange.framework_xlsx import write_framework

PASS = "correct horse battery"
CHEAP_N = 2**10
PDF = b"%PDF-1.4\n% evidence of P1: XYZZY-EVIDENCE-TEXT\n%%EOF\n"
APPLICANTS = (ApplicantInput("P1", "가시", "Ga City", 600_000, "경기"),
              ApplicantInput("P2", "나군", "Na County", 90_000, "강원"))
REPORTED = {("P1", "Q1"): "85", ("P1", "Q2"): "50", ("P1", "Q3"): "30", ("P1", "Q4"): "2/3",
            ("P1", "Q5"): "partial", ("P2", "Q1"): "50", ("P2", "Q2"): "10", ("P2", "Q3"): "5",
            ("P2", "Q4"): "0/4", ("P2", "Q5"): "no"}


@dataclass(frozen=True)
class Base:
    root: Path

    @property
    def program(self) -> Path:
        return self.root / "program"

    def evaluator(self, eid: str = "E01") -> Path:
        return self.root / eid

    def package(self, eid: str = "E01") -> Path:
        return self.root / "packages" / f"{eid}.scpkg"

    @property
    def framework(self) -> Path:
        return self.root / "framework.xlsx"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """``smartcert ARGS`` in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _call(*args: object) -> None:
    code = main([str(a) for a in args])
    assert code == 0, args


@pytest.fixture(scope="session")
def base_round(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "round"
    root.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keymod, "DEFAULT_SCRYPT_N", CHEAP_N)
        patch.setenv("SMARTCERT_PASSPHRASE", PASS)
        fw = tiny_framework()
        write_framework(fw, root / "framework.xlsx")
        _call("program", "init", root / "program", "--framework", root / "framework.xlsx", "--name", "공격 시험")
        write_applicants(root / "applicants.xlsx", APPLICANTS, {k: (v, "p. 3") for k, v in REPORTED.items()},
                         {}, fw)
        _call("program", "import-applicants", root / "program", root / "applicants.xlsx")
        (root / "evidence.pdf").write_bytes(PDF)
        _call("program", "add-documents", root / "program", "P1", root / "evidence.pdf")
        for eid in ("E01", "E02"):
            _call("evaluator", "init", root / eid, "--id", eid, "--name", f"평가위원 {eid}")
            _call("program", "add-evaluator", root / "program", root / eid / "enrollment.json")
        _call("program", "assign", root / "program", "--per-applicant", "2")
        _call("program", "export-packages", root / "program", "--out", root / "packages")
        for eid in ("E01", "E02"):
            _call("evaluator", "import", root / eid, root / "packages" / f"{eid}.scpkg")
    return root


@pytest.fixture
def base(base_round: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Base:
    """A private copy of the round; cheap keys and the passphrase in the environment."""
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", CHEAP_N)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", PASS)
    target = tmp_path / "round"
    shutil.copytree(base_round, target)
    return Base(target)


def dump(workspace: Path) -> dict[str, Any]:
    """Every row of every table of the workspace's database, and every other file with its SHA-256.

    The database is read through SQLite (its file may be rewritten by a checkpoint without any change);
    lock, journal and WAL files are left out, they come and go with every opening.
    """
    db = next(p for p in (workspace / "program.db", workspace / "evaluator.db") if p.exists())
    result: dict[str, Any] = {}
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            result[f"table {table}"] = sorted(rows, key=repr)
    finally:
        connection.close()
    for path in sorted(workspace.rglob("*")):
        if path.is_file() and not path.name.endswith((".db", ".db-wal", ".db-shm", ".db-journal", ".lock")):
            result[f"file {path.relative_to(workspace)}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


@pytest.fixture
def unchanged() -> Iterator[Any]:
    """``with unchanged(dir, ...):`` asserts that every workspace given is exactly as before."""
    from contextlib import contextmanager

    @contextmanager
    def check(*workspaces: Path) -> Iterator[None]:
        before = [dump(w) for w in workspaces]
        yield
        after = [dump(w) for w in workspaces]
        for w, b, a in zip(workspaces, before, after, strict=True):
            changed = sorted(k for k in set(b) | set(a) if b.get(k) != a.get(k))
            assert not changed, f"{w} changed: {changed}"

    yield check


def error_lines(err: str) -> Sequence[str]:
    """The stderr lines; each must be an ``error:`` line (no traceback, no internal error)."""
    lines = err.splitlines()
    assert lines, "a refusal says why"
    for line in lines:
        assert line.startswith("error: "), line
        assert "internal error" not in line and "Traceback" not in line, line
    return lines
