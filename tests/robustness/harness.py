"""The parent side of the kill tests: plan rounds of work, kill the worker at random moments, check the disk.

The test keeps its own model of what each workspace must hold, computed from what it asked for (plain
dictionaries, nothing from smartcert): the evaluator's levels and comments, the package in force, the number
of bundles submitted; the program's merged bundles, which of them is in force, its package serial. After
every kill it reopens both workspaces at once and requires:

- the workspace opens straight away (the OS released the dead worker's lock) and passes the startup check;
- ``PRAGMA integrity_check`` is ``ok`` and the audit log's hash chain is intact;
- the state is the model's after every operation the worker reported, or after the one it was in when it
  died (that one may have committed before its report was printed; a merge may have applied some of its
  bundles, each whole);
- every output is the last complete one or a complete new one: bytes compared with the last reported
  output, a new PDF ends with ``%%EOF`` and opens with pypdf, a new workbook opens, a new bundle opens with
  the program's key and is recorded in the evaluator's database, a new results JSON is exactly what the
  database gives now and its signature checks;
- every backup listed is whole (its manifest's SHA-256s match), every evidence document matches its hash.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
from sqlalchemy import func
from sqlalchemy import select as sql_select

from smartcert_desktop.exchange import envelope
from smartcert_desktop.exchange.keys import PrivateKeys, load_private_keys
from smartcert_desktop.exchange.payloads import package_from_json
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.results import results_json_bytes, round_outcome
from smartcert_desktop.services.workspace import WorkspaceHandle, open_workspace
from smartcert_desktop.store import backup as backup_store
from smartcert_desktop.store.audit import verify_chain
from smartcert_desktop.store.lock import WorkspaceInUse, acquire, held_here
from smartcert_desktop.store.models import Bundle, Document, ReportedValue, ScoreSheet, Submission, Workspace

from .world import (
    APPLICANT_CODES,
    BUNDLE_EVALUATORS,
    LEVELS,
    PACKAGES,
    PASSPHRASE,
    QUALITATIVE,
    SEQUENCES,
    World,
    bundle_entries,
    reported_q1,
)

CHILD = Path(__file__).with_name("_kill_child.py")
REPO = Path(__file__).resolve().parents[2]
EVALUATOR_KINDS = ("edit", "sheet", "package", "submit")
PROGRAM_KINDS = ("merge", "results", "export")
# What an operation takes, until the worker has reported how long it really takes here.
FIRST_GUESS = {"edit": 0.01, "sheet": 0.2, "package": 0.1, "submit": 0.1, "merge": 0.1, "results": 1.0,
               "export": 0.2, "backup": 0.03, "restore": 0.1}
SheetKey = tuple[str, str]


# --- the model ---------------------------------------------------------------------------------------------

@dataclass
class EvaluatorModel:
    """What E1's workspace holds: levels and comments, the package in force, bundles submitted."""

    sheets: dict[SheetKey, tuple[str | None, str]]
    serial: int = 1
    sequence: int = 0

    @classmethod
    def initial(cls) -> EvaluatorModel:
        return cls({(a, i): (None, "") for a in APPLICANT_CODES for i in QUALITATIVE})

    def after(self, op: dict[str, Any]) -> EvaluatorModel:
        new = copy.deepcopy(self)
        kind = op["kind"]
        if kind == "edit":
            level, comment = new.sheets[(op["applicant"], op["indicator"])]
            if op["field"] == "level":
                level = op["value"]
            else:
                comment = op["value"]
            new.sheets[(op["applicant"], op["indicator"])] = (level, comment)
        elif kind == "sheet":
            for a, i, level, comment in op["updates"]:
                new.sheets[(a, i)] = (level, comment)
        elif kind == "package":
            new.serial = max(new.serial, op["serial"])
        elif kind == "submit":
            new.sequence += 1
        return new

    def restored(self, snapshot: EvaluatorModel) -> EvaluatorModel:
        """A restore brings back the backup's scores and package, never a lower bundle sequence."""
        new = copy.deepcopy(snapshot)
        new.sequence = max(self.sequence, snapshot.sequence)
        return new


@dataclass(frozen=True)
class ProgramModel:
    """What the program holds: the merged bundles, as (evaluator, sequence), and how many package exports
    it has recorded (the serial of the newest)."""

    merged: frozenset[tuple[str, int]] = frozenset()
    exports: int = PACKAGES

    def after_export(self) -> ProgramModel:
        return ProgramModel(self.merged, self.exports + 1)

    def restored(self, snapshot: ProgramModel) -> ProgramModel:
        """A restore brings back the backup's bundles, never a lower package serial."""
        return ProgramModel(snapshot.merged, max(self.exports, snapshot.exports))

    def verdict(self, evaluator: str, sequence: int) -> str:
        if (evaluator, sequence) in self.merged:
            return "duplicate"
        newest = max((k for e, k in self.merged if e == evaluator), default=0)
        return "rejected" if sequence < newest else "accepted"

    def after_bundles(self, bundles: list[tuple[str, int]]) -> tuple[ProgramModel, list[str]]:
        model, verdicts = self, []
        for e, k in bundles:
            verdicts.append(model.verdict(e, k))
            if verdicts[-1] == "accepted":
                model = ProgramModel(model.merged | {(e, k)}, model.exports)
        return model, verdicts

    def expected(self) -> tuple[dict[tuple[str, int], str], dict[tuple[str, str, str], tuple[str | None, str]],
                                int]:
        """(bundle statuses, the program's sheets, the package serial) that the model gives."""
        newest: dict[str, int] = {}
        for e, k in self.merged:
            newest[e] = max(newest.get(e, 0), k)
        statuses = {(e, k): "current" if newest[e] == k else "superseded" for e, k in self.merged}
        sheets = {(e, a, i): v for e, k in newest.items() for (a, i), v in bundle_entries(e, k).items()}
        return statuses, sheets, self.exports


# --- the fork server ---------------------------------------------------------------------------------------

class ChildFailed(AssertionError):
    pass


class Zygote:
    """The child process that forks one worker per round (``_kill_child.py``)."""

    def __init__(self, log: Path, env: dict[str, str]) -> None:
        self._err = log.open("wb")
        self.log = log
        self.proc = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._err, env=env, cwd=REPO)
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self._out = self.proc.stdout.fileno()
        self._buffer = b""
        self.partial_lines = 0

    def send(self, spec: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(spec) + "\n").encode())
        self.proc.stdin.flush()

    def read(self, deadline: float) -> dict[str, Any] | None:
        """The next message, or None at the deadline."""
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._out], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._out, 65536)
            if not chunk:
                raise ChildFailed(f"the fork server ended; its stderr:\n{self.stderr()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        if not line.strip():
            return self.read(deadline)
        try:
            return json.loads(line)
        except ValueError:  # a worker killed in the middle of a line
            self.partial_lines += 1
            return self.read(deadline)

    def stderr(self) -> str:
        self._err.flush()
        return self.log.read_text(errors="replace")[-4000:]

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._err.close()


def child_env(data_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["XDG_DATA_HOME"] = str(data_home)
    env["SMARTCERT_PASSPHRASE"] = PASSPHRASE
    return env


# --- the run -------------------------------------------------------------------------------------------------

@dataclass
class Figures:
    kills: int = 0
    in_flight: Counter[str] = field(default_factory=Counter)
    committed_in_flight: int = 0
    operations_checked: int = 0
    lost: int = 0
    integrity_failures: int = 0
    mixed_signature_pairs: int = 0
    leftover_temporaries: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.in_flight.items()))
        return (f"{self.kills} kills ({kinds}); {self.operations_checked} operations checked (those reported "
                f"and those killed), {self.committed_in_flight} of the killed ones had committed before their "
                "report; "
                f"{self.lost} lost committed operations, {self.integrity_failures} integrity failures; "
                f"{self.mixed_signature_pairs} results JSON/signature pairs from two runs, "
                f"{self.leftover_temporaries} temporary files left by kills; {self.seconds:.1f} s")


class KillRun:
    """Rounds of work in a worker, each ended by SIGKILL, each followed by the checks of the module's doc."""

    def __init__(self, world: World, zygote: Zygote, rng: random.Random) -> None:
        self.world = world
        self.zygote = zygote
        self.rng = rng
        self.out = world.root / "out"
        self.out.mkdir(exist_ok=True)
        self.evaluator = EvaluatorModel.initial()
        self.program = ProgramModel()
        self.snapshots: dict[str, dict[str, Any]] = {"evaluator": {}, "program": {}}
        self.outputs: dict[str, str | None] = {}  # last complete output: file (under out/) -> SHA-256
        self.elapsed: dict[str, list[float]] = {}
        self.figures = Figures()
        self.round = 0
        self._keys: PrivateKeys | None = None
        self._evaluator_key_cache: dict[str, PrivateKeys] = {}
        self._temporaries: set[str] = set()  # temporary files that kills left beside the outputs

    # --- planning -----------------------------------------------------------------------------------------

    def _estimate(self, kind: str) -> float:
        seen = self.elapsed.get(kind)
        return sum(seen[-20:]) / len(seen[-20:]) if seen else FIRST_GUESS[kind]

    def _op(self, kind: str, plan: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        tag = f"r{self.round}.{plan['n']}"
        plan["n"] += 1
        if kind == "edit":
            field_ = rng.choice(("level", "comment"))
            # Edits never set A or E (which need a comment) and never clear one, so that every sheet the
            # evaluator exports can be imported again.
            value = rng.choice("BCD") if field_ == "level" else f"edit {tag}"
            return {"kind": "edit", "applicant": rng.choice(APPLICANT_CODES), "indicator": rng.choice(QUALITATIVE),
                    "field": field_, "value": value}
        if kind == "sheet":
            keys = rng.sample([(a, i) for a in APPLICANT_CODES for i in QUALITATIVE], rng.randint(1, 3))
            return {"kind": "sheet", "updates": [[a, i, rng.choice(LEVELS), f"sheet {tag}"] for a, i in keys]}
        if kind == "package":
            plan["serial"] = min(plan["serial"] + 1, PACKAGES)
            return {"kind": "package", "serial": plan["serial"], "path": str(self.world.package(plan["serial"]))}
        if kind == "submit":
            return {"kind": "submit"}
        if kind == "merge":
            pool = [(e, k) for e in BUNDLE_EVALUATORS for k in range(1, SEQUENCES + 1)]
            chosen = rng.sample(pool, rng.randint(1, 3))
            return {"kind": "merge", "bundles": chosen,
                    "paths": [str(self.world.bundle(e, k)) for e, k in chosen]}
        if kind in ("results", "export"):
            return {"kind": kind}
        role = rng.choice(("evaluator", "program")) if "role" not in plan else plan.pop("role")
        if kind == "restore":
            path = self.world.evaluator if role == "evaluator" else self.world.program
            recent = [b.name for b in backup_store.list_backups(path, verify=False)]
            # Each operation before it, and the restore itself (it backs up the current state first), may
            # make a backup and prune the oldest: only a backup that survives them can be asked for.
            surviving = recent[:max(1, backup_store.KEEP - plan.get("prefix", 0) - 1)]
            known = [name for name in surviving if name in self.snapshots[role]]
            if known:
                return {"kind": "restore", "role": role, "name": rng.choice(known)}
            kind = "backup"
        return {"kind": "backup", "role": role}

    def plan(self, victim: str, prefix_max: int) -> list[dict[str, Any]]:
        plan: dict[str, Any] = {"n": 0, "serial": self.evaluator.serial}
        kinds = ["edit", "edit", "edit", "sheet", "submit", "merge", "backup", "package"]
        ops = [self._op(self.rng.choice(kinds), plan) for _ in range(self.rng.randint(0, prefix_max))]
        plan["prefix"] = len(ops)
        if victim in ("backup-evaluator", "backup-program", "restore-evaluator", "restore-program"):
            victim, plan["role"] = victim.split("-")
        ops.append(self._op(victim, plan))
        ops += [self._op("edit", plan) for _ in range(2)]
        return ops

    # --- one round ------------------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """One round of every operation, killed when it has done them all: every operation's time is known
        (to aim the kills), and there are backups of both workspaces to restore."""
        plan: dict[str, Any] = {"n": 0, "serial": self.evaluator.serial}
        kinds = ["edit", "sheet", "package", "submit", "merge", "results", "export", "backup", "backup"]
        ops = []
        for kind in kinds:
            if kind == "backup":
                plan["role"] = "evaluator" if not any(o["kind"] == "backup" for o in ops) else "program"
            ops.append(self._op(kind, plan))
        self._round(ops, target=None)

    def kill_round(self, victim: str, prefix_max: int = 2) -> None:
        ops = self.plan(victim, prefix_max)
        self._round(ops, target=len(ops) - 3)

    def _round(self, ops: list[dict[str, Any]], target: int | None) -> None:
        """Run ``ops`` in a worker and kill it during ``ops[target]`` (None: once it has done them all)."""
        self.round += 1
        assert not held_here(self.world.program) and not held_here(self.world.evaluator)
        spec = {"program": str(self.world.program), "evaluator": str(self.world.evaluator), "out": str(self.out),
                "passphrase": PASSPHRASE, "ops": ops}
        self.zygote.send(spec)
        deadline = time.monotonic() + 120
        ready = self._next(deadline)
        assert "ready" in ready, ready
        pid = ready["ready"]
        mark = time.monotonic()
        self._check_locked(pid)
        reports: list[dict[str, Any]] = []
        kill_at = None
        while True:
            if kill_at is None and target is not None and len(reports) >= target:
                # Aimed inside the operation: it began just before its predecessor's report was read.
                kill_at = mark + self.rng.uniform(0, 0.9) * self._estimate(ops[target]["kind"])
            wait_until = kill_at if kill_at is not None else deadline
            message = self.zygote.read(min(wait_until, deadline))
            if message is None:
                if kill_at is not None and time.monotonic() >= kill_at:
                    break
                raise ChildFailed(f"round {self.round}: no report in time; stderr:\n{self.zygote.stderr()}")
            if "error" in message:
                raise ChildFailed(f"round {self.round}, op {ops[message['op']] if message['op'] >= 0 else ''}: "
                                  f"the worker failed:\n{message['error']}")
            if "idle" in message:
                break
            reports.append(message)
            mark = time.monotonic()
        os.kill(pid, signal.SIGKILL)
        while True:
            message = self._next(deadline)
            if message.get("reaped") == pid:
                break
            if "error" in message:
                raise ChildFailed(f"round {self.round}: the worker failed:\n{message['error']}")
            if "op" in message:
                reports.append(message)
        self.figures.kills += 1
        self._after_kill(ops, reports)

    def _next(self, deadline: float) -> dict[str, Any]:
        message = self.zygote.read(deadline)
        if message is None:
            raise ChildFailed(f"round {self.round}: the worker went silent; stderr:\n{self.zygote.stderr()}")
        return message

    def _check_locked(self, pid: int) -> None:
        """While the worker works, it holds both workspaces' locks: this process cannot take them."""
        for path in (self.world.program, self.world.evaluator):
            try:
                lock = acquire(path)
            except WorkspaceInUse as exc:
                assert exc.holder is not None and exc.holder.pid == pid, (exc.holder, pid)
                continue
            lock.release()
            raise AssertionError(f"{path}: the test could lock the workspace while the worker {pid} had it open")

    # --- after a kill -----------------------------------------------------------------------------------------

    def _after_kill(self, ops: list[dict[str, Any]], reports: list[dict[str, Any]]) -> None:
        done = [r["op"] for r in reports]
        assert done == list(range(len(done))), done
        for report in reports:
            op = ops[report["op"]]
            self.elapsed.setdefault(op["kind"], []).append(report["elapsed"])
            self._apply_reported(op, report)
        flight = ops[len(reports)] if len(reports) < len(ops) else None
        self.figures.operations_checked += len(reports) + (flight is not None)
        kind = "idle" if flight is None else flight["kind"]
        if flight is not None and kind in ("backup", "restore"):
            kind = f"{kind} ({flight['role']})"
        self.figures.in_flight[kind] += 1

        ev_candidates, prog_candidates = self._candidates(flight)
        ev_integrity = self._integrity(self.world.evaluator / "evaluator.db")
        prog_integrity = self._integrity(self.world.program / "program.db")
        program = self._open(self.world.program, "program")
        evaluator = self._open(self.world.evaluator, "evaluator")
        try:
            problems = [*ev_integrity, *prog_integrity]
            for handle in (program, evaluator):
                with handle.factory() as s:
                    problems += [f"{handle.path.name}: {p}" for p in verify_chain(s)]
                problems += self._backups_and_documents(handle.path)
            if problems:
                self.figures.integrity_failures += len(problems)
                self._fail(ops, reports, *problems)
            ev_state = read_evaluator(evaluator)
            matched = [m for m in ev_candidates if ev_state == model_view(m)]
            if not matched:
                self.figures.lost += 1
                self._fail(ops, reports, "the evaluator workspace is not what the reported operations left:",
                           f"found    {ev_state}", *(f"expected {model_view(m)}" for m in ev_candidates))
            prog_state = read_program(program)
            prog_matched = [m for m in prog_candidates if prog_state == m.expected()]
            if not prog_matched:
                self.figures.lost += 1
                self._fail(ops, reports, "the program workspace is not what the reported operations left:",
                           f"found    {prog_state}", *(f"expected {m.expected()}" for m in prog_candidates))
            committed = (flight is not None and (ev_candidates[0] is not matched[0]
                                                 or prog_candidates[0] is not prog_matched[0]))
            self.evaluator, self.program = matched[0], prog_matched[0]
            if committed:
                self.figures.committed_in_flight += 1
            self._check_outputs(flight, program, evaluator, ops, reports)
        finally:
            program.close()
            evaluator.close()

    def _apply_reported(self, op: dict[str, Any], report: dict[str, Any]) -> None:
        kind = op["kind"]
        if kind in EVALUATOR_KINDS:
            after = self.evaluator.after(op)
            if kind == "submit":
                assert report["sequence"] == after.sequence, (report, after.sequence)
                self.outputs["E1.scb"] = report["sha"]
            if kind == "package":
                assert report["changed"] == (after.serial != self.evaluator.serial), (op, report)
            if kind == "sheet":
                self.outputs["sheet.xlsx"] = report["sheet_sha"]
            self.evaluator = after
        elif kind == "merge":
            self.program, verdicts = self.program.after_bundles([tuple(b) for b in op["bundles"]])
            assert report["verdicts"] == verdicts, (op, report, verdicts)
        elif kind == "results":
            for name in [n for n in self.outputs if n.startswith("pdf/")]:
                del self.outputs[name]
            self.outputs.update(report["files"])
        elif kind == "export":
            self.program = self.program.after_export()
            self.outputs.update(report["files"])
        elif kind == "backup":
            state = self.evaluator if op["role"] == "evaluator" else self.program
            self.snapshots[op["role"]][report["name"]] = copy.deepcopy(state)
        elif kind == "restore":
            snapshot = self.snapshots[op["role"]][op["name"]]
            if op["role"] == "evaluator":
                self.evaluator = self.evaluator.restored(snapshot)
            else:
                self.program = self.program.restored(snapshot)

    def _candidates(self, flight: dict[str, Any] | None) -> tuple[list[EvaluatorModel], list[ProgramModel]]:
        """The states each workspace may be in: first the reported operations', then those plus the one in
        flight (of a merge: its first bundles, any number of them, each whole)."""
        ev: list[EvaluatorModel] = [self.evaluator]
        prog: list[ProgramModel] = [self.program]
        if flight is None:
            return ev, prog
        kind = flight["kind"]
        if kind in EVALUATOR_KINDS:
            ev.append(self.evaluator.after(flight))
        elif kind == "merge":
            bundles = [tuple(b) for b in flight["bundles"]]
            prog += [self.program.after_bundles(bundles[:n])[0] for n in range(1, len(bundles) + 1)]
        elif kind == "export":
            prog.append(self.program.after_export())
        elif kind == "restore":
            snapshot = self.snapshots[flight["role"]][flight["name"]]
            if flight["role"] == "evaluator":
                ev.append(self.evaluator.restored(snapshot))
            else:
                prog.append(self.program.restored(snapshot))
        return ev, prog

    def _open(self, path: Path, role: str) -> WorkspaceHandle:
        try:
            return open_workspace(path, role)
        except WorkspaceInUse as exc:
            raise AssertionError(f"{path}: still locked after the worker was killed: {exc}") from None

    @staticmethod
    def _integrity(db: Path) -> list[str]:
        con = sqlite3.connect(db)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
        return [] if rows == ["ok"] else [f"{db}: integrity_check: {rows[:3]}"]

    def _backups_and_documents(self, workspace: Path) -> list[str]:
        problems = [f"{workspace.name}: backup {b.name}: {b.problem}" for b in backup_store.list_backups(workspace)
                    if not b.ok]
        for doc in (workspace / "documents").glob("*.pdf"):
            if hashlib.sha256(doc.read_bytes()).hexdigest() != doc.stem:
                problems.append(f"{doc}: a partial evidence document")
        return problems

    # --- outputs ----------------------------------------------------------------------------------------------

    def _program_keys(self) -> PrivateKeys:
        if self._keys is None:
            self._keys = load_private_keys(self.world.program / "keys" / "program.key", PASSPHRASE)
        return self._keys

    def _check_outputs(self, flight: dict[str, Any] | None, program: WorkspaceHandle, evaluator: WorkspaceHandle,
                       ops: list[dict[str, Any]], reports: list[dict[str, Any]]) -> None:
        kind = flight["kind"] if flight else None
        writes = {"sheet": {"sheet.xlsx"}, "submit": {"E1.scb"},
                  "export": {f"packages/{e}.scpkg" for e in ("E1", *BUNDLE_EVALUATORS)}}.get(kind or "", set())
        on_disk = {str(p.relative_to(self.out)) for p in self.out.rglob("*") if p.is_file()}
        temporaries = {n for n in on_disk if Path(n).name.startswith(".") and n.endswith(".tmp")}
        self.figures.leftover_temporaries += len(temporaries - self._temporaries)
        self._temporaries = temporaries
        names = (set(self.outputs) | on_disk) - temporaries - {"sheet-filled.xlsx"}
        for name in sorted(names):
            path = self.out / name
            found = _sha(path)
            if found == self.outputs.get(name):
                continue
            in_flight_writes = name in writes or (kind == "results" and (name.startswith("pdf/") or
                                                                         name.startswith("results.")))
            if not in_flight_writes:
                self.figures.integrity_failures += 1
                self._fail(ops, reports, f"{name}: changed, though no operation that writes it was running")
            problem = None
            if found is None:
                if not name.endswith("-certificate.pdf"):
                    problem = "removed"
            elif name == "sheet.xlsx":
                problem = _workbook_problem(path, "Scores")
            elif name == "E1.scb":
                problem = self._bundle_problem(path, evaluator)
            elif name.startswith("packages/"):
                problem = self._package_problem(path, program)
            elif name == "results.json":
                with program.factory() as s:
                    expected = results_json_bytes(round_outcome(s))
                problem = None if path.read_bytes() == expected else "not the results of the program as it is"
            elif name == "results.json.sig":
                with program.factory() as s:
                    expected = results_json_bytes(round_outcome(s))
                try:
                    envelope.verify_detached(expected, path.read_bytes(), self._program_keys().public)
                except Exception as exc:
                    problem = f"does not sign the results: {exc}"
            elif name == "results.xlsx":
                problem = _workbook_problem(path, None)
            elif name.endswith(".pdf"):
                problem = _pdf_problem(path)
            if problem is not None:
                self.figures.integrity_failures += 1
                self._fail(ops, reports, f"{name}: a partial or wrong output after the kill: {problem}")
            self.outputs[name] = found
        if kind == "results":
            json_sha, sig = self.outputs.get("results.json"), self.out / "results.json.sig"
            if json_sha is not None and sig.exists():
                data = (self.out / "results.json").read_bytes()
                try:
                    envelope.verify_detached(data, sig.read_bytes(), self._program_keys().public)
                except Exception:
                    self.figures.mixed_signature_pairs += 1

    def _bundle_problem(self, path: Path, evaluator: WorkspaceHandle) -> str | None:
        data = path.read_bytes()
        try:
            envelope.open_bundle(data, self._program_keys(), name=str(path))
        except Exception as exc:
            return f"does not open: {exc}"
        digest = hashlib.sha256(data).hexdigest()
        with evaluator.factory() as s:
            recorded = set(s.scalars(sql_select(Submission.sha256)))
        if digest not in recorded:
            return ("a bundle that the evaluator's workspace has no record of (its sequence number will be "
                    "used again for other scores)")
        return None

    def _evaluator_keys(self, evaluator_id: str) -> PrivateKeys:
        if evaluator_id not in self._evaluator_key_cache:
            self._evaluator_key_cache[evaluator_id] = load_private_keys(
                self.world.evaluator_dir(evaluator_id) / "keys" / "evaluator.key", PASSPHRASE)
        return self._evaluator_key_cache[evaluator_id]

    def _package_problem(self, path: Path, program: WorkspaceHandle) -> str | None:
        try:  # a package is sealed to its evaluator (packages/<evaluator>.scpkg): it opens with that key
            signed = envelope.open_package(path.read_bytes(), self._evaluator_keys(path.stem), name=str(path))
            serial = package_from_json(signed.payload, str(path)).serial
        except Exception as exc:
            return f"does not open: {exc}"
        with program.factory() as s:
            ws = s.get(Workspace, 1)
            assert ws is not None
            recorded = ws.submit_sequence
        if serial > recorded:
            return (f"a package with serial {serial}, which the program has not recorded (it is at {recorded}): "
                    "the next export would give other packages the same serial")
        return None

    def _fail(self, ops: list[dict[str, Any]], reports: list[dict[str, Any]], *lines: str) -> None:
        detail = "\n  ".join(lines)
        done = [ops[r["op"]]["kind"] for r in reports]
        flight = ops[len(reports)] if len(reports) < len(ops) else "idle"
        self.figures.problems.append(f"round {self.round} (reported {done}, in flight {flight}):\n  {detail}")
        raise AssertionError(self.figures.problems[-1])


# --- reading the workspaces -------------------------------------------------------------------------------

def model_view(model: EvaluatorModel) -> dict[str, Any]:
    return {"sheets": model.sheets, "serial": model.serial, "sequence": model.sequence,
            "q1": reported_q1(model.serial), "documents": model.serial - 1}


def read_evaluator(handle: WorkspaceHandle) -> dict[str, Any]:
    with handle.factory() as s:
        program = ev_svc.current_program(s)
        sheets = ev_svc.my_sheets(s, program.id, "E1")
        entries = {(a, i): (sheets[a].entry(i).level, sheets[a].entry(i).comment)
                   for a in APPLICANT_CODES for i in QUALITATIVE}
        ws = s.get(Workspace, 1)
        assert ws is not None
        q1 = s.scalars(sql_select(ReportedValue.value).where(ReportedValue.program_id == program.id,
                                                             ReportedValue.applicant_code == "P1",
                                                             ReportedValue.indicator_code == "Q1")).one()
        documents = s.scalar(sql_select(func.count()).select_from(Document).where(Document.program_id == program.id))
        return {"sheets": entries, "serial": program.package_serial, "sequence": ws.submit_sequence, "q1": q1,
                "documents": documents}


def read_program(handle: WorkspaceHandle) -> tuple[dict[tuple[str, int], str],
                                                   dict[tuple[str, str, str], tuple[str | None, str]], int]:
    with handle.factory() as s:
        ws = s.get(Workspace, 1)
        assert ws is not None
        statuses = {(b.evaluator_id, b.sequence): b.status for b in s.scalars(sql_select(Bundle))}
        sheets = {}
        for row in s.scalars(sql_select(ScoreSheet)):
            for e in row.entries:
                if e.indicator_code in QUALITATIVE:
                    sheets[(row.evaluator_id, row.applicant_code, e.indicator_code)] = (e.level, e.comment)
        return statuses, sheets, ws.submit_sequence


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _workbook_problem(path: Path, sheet: str | None) -> str | None:
    try:
        wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    except Exception as exc:
        return f"does not open as a workbook: {exc}"
    if sheet is not None and sheet not in wb.sheetnames:
        return f"has no sheet {sheet}"
    if sheet is None and not wb.sheetnames:
        return "has no sheets"
    return None


def _pdf_problem(path: Path) -> str | None:
    data = path.read_bytes()
    if not data.rstrip().endswith(b"%%EOF"):
        return "does not end with %%EOF"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
        for page in reader.pages:
            page.extract_text()
    except Exception as exc:
        return f"does not parse: {exc}"
    return None if len(reader.pages) else "has no pages"


VICTIMS = {"edit": "edit", "package": "package", "sheet": "sheet", "submit": "submit", "merge": "merge",
           "results": "results", "export": "export", "backup-evaluator": "backup (evaluator)",
           "backup-program": "backup (program)", "restore-evaluator": "restore (evaluator)",
           "restore-program": "restore (program)"}


def kill_until_covered(run: KillRun, per_kind: int, at_least: int, at_most: int, prefix_max: int) -> None:
    """Kill rounds until at least ``at_least`` kills have been made and each kind of operation has been
    killed in ``per_kind`` times (a kill aimed at a short operation may land in the next one), at most
    ``at_most`` kills."""
    while run.figures.kills < at_most:
        short = [v for v, k in VICTIMS.items() if run.figures.in_flight[k] < per_kind]
        if not short and run.figures.kills >= at_least:
            return
        pool = short or list(VICTIMS)
        run.kill_round(run.rng.choice(pool), prefix_max)
