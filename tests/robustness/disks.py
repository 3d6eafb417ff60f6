"""What the failing-disk tests share: the helper process, a round ready for every command, the commands.

``prepare`` turns a copy of the kill tests' round into one where every writing command of the command line
has something to do: the program has merged E2 to E4 (so results grade the applicants) and has a backup to
restore; E1 has scored, submitted bundle 1 (for the program to merge), has package 2 waiting, a filled score
sheet to import and a backup to restore.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.scoring import apply_edit
from smartcert_desktop.services.sheets import export_sheet
from smartcert_desktop.services.workspace import open_workspace
from smartcert_desktop.store.backup import list_backups
from smartcert_desktop.store.queries import framework_of

from .world import APPLICANT_CODES, BUNDLE_EVALUATORS, PASSPHRASE, SEQUENCES, World

SERVER = Path(__file__).with_name("_cli_server.py")
REPO = Path(__file__).resolve().parents[2]


class Server:
    """The helper process (``_cli_server.py``), plain or inside a private mount namespace."""

    def __init__(self, data_home: Path, *, namespace: bool) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.data_home = data_home
        argv = [sys.executable, str(SERVER)]
        if namespace:
            argv = ["unshare", "--mount", "--propagation", "private", *argv]
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
                                     cwd=REPO)

    def ask(self, **request: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request, default=str) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"the helper process ended (exit {self.proc.wait()})")
        reply: dict[str, Any] = json.loads(line)
        if "failed" in reply:
            raise AssertionError(f"the helper process could not do {request}: {reply['failed']}")
        return reply

    def cli(self, *argv: object, fsize: int | None = None, uid: int | None = None,
            data_home: Path | None = None) -> CliRun:
        env = {"SMARTCERT_PASSPHRASE": PASSPHRASE, "XDG_DATA_HOME": str(data_home or self.data_home)}
        reply = self.ask(do="run", argv=[str(a) for a in argv], fsize=fsize, uid=uid, env=env)
        return CliRun([str(a) for a in argv], reply["code"], reply["stdout"], reply["stderr"])

    def warm_up(self, prepared: Prepared, scratch: Path) -> None:
        """Run every command once inside the helper itself, on a scratch copy of the round."""
        world = prepared.world.copy_to(scratch)
        ready = Prepared(world, prepared.program_backup, prepared.evaluator_backup)
        env = {"SMARTCERT_PASSPHRASE": PASSPHRASE, "XDG_DATA_HOME": str(self.data_home)}
        for command in COMMANDS:
            out = scratch / "out" / command.name.replace(" ", "-")
            out.mkdir(parents=True)
            workspace = world.program if command.role == "program" else world.evaluator
            argv = [str(a) for a in command.argv(ready, workspace, out)]
            self.ask(do="warm", argv=argv, env=env)  # whatever it says: only the warming counts

    def sh(self, *argv: object) -> str:
        reply = self.ask(do="sh", argv=[str(a) for a in argv])
        if reply["code"] != 0:
            raise AssertionError(f"{' '.join(map(str, argv))}: exit {reply['code']}: {reply['output']}")
        return str(reply["output"])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@dataclass(frozen=True)
class CliRun:
    argv: list[str]
    code: int
    stdout: str
    stderr: str

    def __str__(self) -> str:
        return f"smartcert {' '.join(self.argv)}\nexit {self.code}\nstdout: {self.stdout!r}\nstderr: {self.stderr!r}"


@dataclass(frozen=True)
class Prepared:
    """The round of :func:`prepare` and what its commands need."""

    world: World
    program_backup: str
    evaluator_backup: str

    @property
    def e1_bundle(self) -> Path:
        return self.world.root / "bundles" / "E1-1.scb"

    @property
    def filled_sheet(self) -> Path:
        return self.world.root / "sheet-filled.xlsx"


def prepare(world: World) -> Prepared:
    program = open_workspace(world.program, "program")
    try:
        merge_files(program, PASSPHRASE, [world.bundle(e, SEQUENCES) for e in BUNDLE_EVALUATORS])
    finally:
        program.close()
    evaluator = ev_svc.open_evaluator(world.evaluator)
    try:
        with evaluator.session() as s:
            p = ev_svc.current_program(s)
            fw = framework_of(s, p)
            for n, code in enumerate(APPLICANT_CODES):
                apply_edit(s, fw, p.id, "E1", Edit(code, "S1", "level", None, "BCD"[n]))
        ev_svc.submit(evaluator, world.root / "bundles" / "E1-1.scb", PASSPHRASE, allow_incomplete=True)
        sheet = world.root / "sheet.xlsx"
        export_sheet(evaluator, sheet)
        wb = openpyxl.load_workbook(sheet)
        ws = wb["Scores"]
        header = [c.value for c in ws[1]]
        level, comment = header.index("level") + 1, header.index("comment") + 1
        for row in range(2, ws.max_row + 1):
            if ws.cell(row, header.index("kind") + 1).value == "qualitative":
                ws.cell(row, level).value = "A"
                ws.cell(row, comment).value = "모든 항목이 매우 우수함"
        wb.save(world.root / "sheet-filled.xlsx")
    finally:
        evaluator.close()
    program_backup = list_backups(world.program)[0].name
    evaluator_backup = list_backups(world.evaluator)[-1].name
    return Prepared(world, program_backup, evaluator_backup)


# --- the commands that write ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Command:
    """A command of the command line that writes, with where it works and what it writes.

    ``argv(workspace, out)`` gives its arguments; ``out`` is a folder for its outputs, which holds an old
    copy of each of them beforehand (``outputs``), so that a failure can be seen to leave them as they were.
    """

    name: str
    role: str
    argv: Callable[[Prepared, Path, Path], list[object]]
    outputs: tuple[str, ...] = ()
    writes_workspace: bool = True

    def database(self, workspace: Path) -> Path:
        return workspace / ("program.db" if self.role == "program" else "evaluator.db")


COMMANDS = (
    Command("results --json", "program", lambda p, ws, out: ["results", ws, "--json", out / "results.json"],
            ("results.json", "results.json.sig"), writes_workspace=False),
    Command("results --xlsx", "program", lambda p, ws, out: ["results", ws, "--xlsx", out / "results.xlsx"],
            ("results.xlsx",), writes_workspace=False),
    Command("results --pdf-dir", "program", lambda p, ws, out: ["results", ws, "--pdf-dir", out / "pdf"],
            ("pdf/P1.pdf",), writes_workspace=False),
    Command("program export-packages", "program",
            lambda p, ws, out: ["program", "export-packages", ws, "--out", out / "packages"], ("packages/E1.scpkg",)),
    Command("merge", "program", lambda p, ws, out: ["merge", ws, p.e1_bundle]),
    Command("program restore", "program", lambda p, ws, out: ["program", "restore", ws, p.program_backup]),
    Command("evaluator import", "evaluator", lambda p, ws, out: ["evaluator", "import", ws, p.world.package(2)]),
    Command("evaluator export-sheet", "evaluator",
            lambda p, ws, out: ["evaluator", "export-sheet", ws, "--out", out / "sheet.xlsx"], ("sheet.xlsx",),
            writes_workspace=False),
    Command("evaluator import-sheet", "evaluator",
            lambda p, ws, out: ["evaluator", "import-sheet", ws, p.filled_sheet]),
    Command("evaluator submit", "evaluator",
            lambda p, ws, out: ["evaluator", "submit", ws, "--out", out / "E1.scb", "--allow-incomplete"],
            ("E1.scb",)),
    Command("evaluator restore", "evaluator", lambda p, ws, out: ["evaluator", "restore", ws, p.evaluator_backup]),
)


def old_outputs(command: Command, out: Path) -> None:
    """An old copy of each output the command writes."""
    for name in command.outputs:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f"old {name}\n".encode())


def copy_workspace(prepared: Prepared, command: Command, target: Path) -> Path:
    source = prepared.world.program if command.role == "program" else prepared.world.evaluator
    shutil.copytree(source, target, symlinks=True)
    return target
