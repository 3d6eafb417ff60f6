"""The child side of the kill tests: a fork server that runs rounds of real work and reports each commit.

Started once per test (``python _kill_child.py``), it imports everything smartcert needs and then waits for
rounds on stdin, one JSON line each. For every round it forks a worker, so that the import cost is paid
once while each worker is a fresh process with nothing open. The worker opens the program and the
evaluator workspace (taking their locks, as the desktop program and every command do), prints
``{"ready": PID}``, runs the round's operations one after the other through the service functions the
desktop program and the command line call, and prints ``{"op": N, ...}`` after each one has returned
(flushed, so a report on stdout means the operation is committed). After the last operation it prints
``{"idle": true}`` and waits to be killed. The test kills the worker with SIGKILL; this server reaps it and
prints ``{"reaped": PID}``, which comes after everything the worker printed.

Nothing here decides what is correct: the test knows what it asked for and checks the workspaces itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import openpyxl

# Everything the operations use, loaded before the first fork (PDFs and workbooks import late otherwise).
import smartcert_desktop.exchange.results_xlsx
import smartcert_desktop.reports.result_sheets  # noqa: F401
from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.outputs import write_results
from smartcert_desktop.services.packages import export_packages
from smartcert_desktop.services.scoring import apply_edit
from smartcert_desktop.services.sheets import export_sheet, import_sheet
from smartcert_desktop.services.workspace import WorkspaceHandle, open_workspace, restore_workspace
from smartcert_desktop.store.lock import acquire
from smartcert_desktop.store.queries import framework_of


def _emit(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


class Worker:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.program_dir = Path(spec["program"])
        self.evaluator_dir = Path(spec["evaluator"])
        self.out = Path(spec["out"])
        self.passphrase = spec["passphrase"]
        self.program = open_workspace(self.program_dir, "program")
        self.evaluator = open_workspace(self.evaluator_dir, "evaluator")

    # --- evaluator workspace ------------------------------------------------------------------------------

    def edit(self, op: dict[str, Any]) -> dict[str, Any]:
        """One score edit in its own transaction, as the score form stores a keystroke."""
        with self.evaluator.session() as s:
            program = ev_svc.current_program(s)
            fw = framework_of(s, program)
            apply_edit(s, fw, program.id, self.evaluator.owner().owner_id,
                       Edit(op["applicant"], op["indicator"], op["field"], None, op["value"]))
        return {}

    def sheet(self, op: dict[str, Any]) -> dict[str, Any]:
        """Export the score sheet, fill it as a person would in a spreadsheet, import it back."""
        exported = self.out / "sheet.xlsx"
        export_sheet(self.evaluator, exported)
        info = {"sheet_sha": _sha(exported)}
        wb = openpyxl.load_workbook(exported)
        ws = wb["Scores"]
        header = [c.value for c in ws[1]]
        col = {name: header.index(name) + 1 for name in ("applicant_code", "indicator_code", "level", "comment")}
        updates = {(a, i): (level, comment) for a, i, level, comment in op["updates"]}
        for row in range(2, ws.max_row + 1):
            key = (ws.cell(row, col["applicant_code"]).value, ws.cell(row, col["indicator_code"]).value)
            if key in updates:
                level, comment = updates[key]
                ws.cell(row, col["level"]).value = level
                ws.cell(row, col["comment"]).value = comment
        filled = self.out / "sheet-filled.xlsx"
        wb.save(filled)
        import_sheet(self.evaluator, filled)
        return info

    def package(self, op: dict[str, Any]) -> dict[str, Any]:
        path = Path(op["path"])
        result = ev_svc.import_package(self.evaluator, path.read_bytes(), str(path), self.passphrase)
        return {"changed": result.changed}

    def submit(self, op: dict[str, Any]) -> dict[str, Any]:
        target = self.out / "E1.scb"
        result = ev_svc.submit(self.evaluator, target, self.passphrase, allow_incomplete=True)
        return {"sequence": result.sequence, "sha": result.sha256}

    # --- program workspace --------------------------------------------------------------------------------

    def merge(self, op: dict[str, Any]) -> dict[str, Any]:
        verdicts = merge_files(self.program, self.passphrase, [Path(p) for p in op["paths"]])
        return {"verdicts": [v.verdict for v in verdicts]}

    def export(self, op: dict[str, Any]) -> dict[str, Any]:
        written = export_packages(self.program, self.passphrase, self.out / "packages")
        return {"files": {f"packages/{path.name}": _sha(path) for path, _e, _n in written}}

    def results(self, op: dict[str, Any]) -> dict[str, Any]:
        write_results(self.program, self.passphrase, json_file=self.out / "results.json",
                      xlsx_file=self.out / "results.xlsx", pdf_dir=self.out / "pdf")
        files = {name: _sha(self.out / name) for name in ("results.json", "results.json.sig", "results.xlsx")}
        files.update({f"pdf/{p.name}": _sha(p) for p in sorted((self.out / "pdf").glob("*.pdf"))})
        return {"files": files}

    # --- either -------------------------------------------------------------------------------------------

    def _handle(self, role: str) -> WorkspaceHandle:
        return self.program if role == "program" else self.evaluator

    def backup(self, op: dict[str, Any]) -> dict[str, Any]:
        return {"name": self._handle(op["role"]).backup("manual").name}

    def restore(self, op: dict[str, Any]) -> dict[str, Any]:
        """As ``smartcert ... restore``: the engine is closed first; the lock is kept throughout."""
        role = op["role"]
        path = self.program_dir if role == "program" else self.evaluator_dir
        keep = acquire(path)
        try:
            self._handle(role).close()
            before = restore_workspace(path, role, op["name"])
            reopened = open_workspace(path, role)
        finally:
            keep.release()
        if role == "program":
            self.program = reopened
        else:
            self.evaluator = reopened
        return {"before": before.name if before else None}


def run_worker(spec: dict[str, Any]) -> None:
    worker = Worker(spec)
    _emit({"ready": os.getpid()})
    for n, op in enumerate(spec["ops"]):
        started = time.monotonic()
        try:
            info = getattr(worker, op["kind"])(op)
        except BaseException:
            _emit({"op": n, "error": traceback.format_exc()})
            os._exit(3)
        _emit({"op": n, "kind": op["kind"], "elapsed": time.monotonic() - started, **info})
    _emit({"idle": True})
    while True:
        signal.pause()


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        spec = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(0)
                run_worker(spec)
            except BaseException:
                _emit({"op": -1, "error": traceback.format_exc()})
            os._exit(3)
        _, status = os.waitpid(pid, 0)
        # A worker killed halfway through a line leaves it unfinished: start this one on a line of its own.
        sys.stdout.write("\n" + json.dumps({"reaped": pid, "status": status}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
