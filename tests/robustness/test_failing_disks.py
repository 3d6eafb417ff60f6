"""Failing disks under the real command line: a file size limit, a full disk, a read-only mount, a missing,
unreadable or damaged database.

Every case runs ``smartcert_desktop.cli.main.main`` in a child process (``_cli_server.py``) on a fresh copy
of a prepared round, with the outputs it writes already there in an old version. A command that fails must
print exactly one ``error:`` line that names the file or folder and says what to do, with no traceback, no
"Exception ignored", nothing on stdout, exit 1; the database must hold the same rows as before (and pass
``integrity_check``), the key file and the old outputs must be unchanged and no output may be added.

The full disk is a small tmpfs and the read-only workspace a read-only bind mount, both inside a private
mount namespace (``unshare --mount``), so nothing is mounted where the rest of the machine can see it.
``--slow`` sweeps many more file size limits and amounts of free space.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._dbdump import dump
from .disks import COMMANDS, CliRun, Command, Prepared, Server, copy_workspace, old_outputs, prepare
from .world import World

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper process forks (POSIX only)")
WITH_OUTPUTS = [c for c in COMMANDS if c.outputs]
NOT_RESTORE = [c for c in COMMANDS if not c.name.endswith("restore")]
FORBIDDEN = ("Traceback", "internal error", "Exception ignored", "unexpected problem", "defect")
FULL = r"disk is full; free some space"
IO_OR_LIMIT = r"size limit|free some space"
NOBODY = 65534


def ids(commands: list[Command]) -> list[str]:
    return [c.name.replace(" ", "-") for c in commands]


@pytest.fixture(scope="module")
def data_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user data folder of the commands run here (where a defect's log would go)."""
    folder = tmp_path_factory.mktemp("cli-data")
    os.chmod(folder, 0o777)
    return folder


@pytest.fixture(scope="module")
def prepared(world_template: World, tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    root = tmp_path_factory.mktemp("disks")
    os.chmod(root, 0o755)
    return prepare(world_template.copy_to(root / "round"))


@pytest.fixture(scope="module")
def namespace_server(data_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server | str]:
    """The helper inside a private mount namespace, or why this machine cannot make one."""
    if shutil.which("unshare") is None:
        yield ("needs unshare (util-linux) to mount a small or read-only file system in a private mount "
               "namespace; it is not installed")
        return
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True,
                           text=True)
    if probe.returncode != 0:
        yield (f"cannot make a private mount namespace here (unshare --mount: {probe.stderr.strip()}); it "
               "needs root or CAP_SYS_ADMIN")
        return
    s = Server(data_home, namespace=True)
    target = tmp_path_factory.mktemp("probe")
    reply = s.ask(do="sh", argv=["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)])
    if reply["code"] != 0:
        s.close()
        yield f"cannot mount a tmpfs in a private mount namespace: {reply['output'].strip()}"
        return
    s.sh("umount", target)
    yield s
    s.close()


@pytest.fixture(scope="module")
def server(namespace_server: Server | str, data_home: Path, prepared: Prepared,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The helper: the one in the namespace when there is one (it can do everything), else a plain one."""
    if isinstance(namespace_server, Server):
        s, own = namespace_server, False
    else:
        s, own = Server(data_home, namespace=False), True
    s.warm_up(prepared, tmp_path_factory.mktemp("warm") / "round")
    yield s
    if own:
        s.close()


@pytest.fixture
def ns_server(namespace_server: Server | str, server: Server) -> Server:
    """The helper inside a private mount namespace; skipped, saying why, where this machine cannot make one."""
    if not isinstance(namespace_server, Server):
        pytest.skip(namespace_server)
    return namespace_server


# --- checks ------------------------------------------------------------------------------------------------

def assert_clean_error(run: CliRun, advice: str, *places: Path) -> str:
    """One ``error:`` line naming one of ``places`` (or a file in it) and matching ``advice``; exit 1."""
    assert run.code == 1, run
    for word in FORBIDDEN:
        assert word not in run.stderr, run
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), run
    assert any(str(p) in lines[0] for p in places), f"names none of {places}:\n{run}"
    assert re.search(advice, lines[0]), f"does not say what to do ({advice}):\n{run}"
    assert run.stdout == "", run
    return lines[0]


def sha_tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


class Local:
    """A fresh copy of the workspace a command works on, on this machine's disk, with old outputs."""

    def __init__(self, prepared: Prepared, command: Command, root: Path) -> None:
        root.mkdir(parents=True)
        self.command = command
        self.workspace = copy_workspace(prepared, command, root / "ws")
        self.out = root / "out"
        self.out.mkdir()
        old_outputs(command, self.out)
        self.argv = command.argv(prepared, self.workspace, self.out)
        self.db = command.database(self.workspace)
        self.key = next((self.workspace / "keys").iterdir())
        self.before = self.state()

    def state(self) -> dict[str, Any]:
        return {"db": dump(self.db) if self.db.exists() else None, "key": self.key.read_bytes(),
                "out": sha_tree(self.out)}

    def assert_unchanged(self) -> None:
        after = self.state()
        assert after["db"] is None or after["db"]["integrity"] == ["ok"], after["db"]["integrity"]
        assert after["db"] == self.before["db"], "the database changed"
        assert after["key"] == self.before["key"], "the key file changed"
        assert after["out"] == self.before["out"], "the outputs changed"


# --- a file size limit -------------------------------------------------------------------------------------

def _limits(prepared: Prepared, command: Command, slow: bool) -> list[int]:
    db = command.database(prepared.world.program if command.role == "program" else prepared.world.evaluator)
    size = db.stat().st_size
    if not slow:
        if not command.writes_workspace:
            # Below what SQLite needs beside a database it reads (32 KiB), and above it: a result sheet
            # is larger, the other outputs are not (the full disk tests reach those).
            return [2048, 40 * 1024]
        return [size // 2, size + 16384]  # the backup's copy fails; the backup fits, what follows not
    limits, limit = [], 1024
    while limit < 8 * size:
        limits.append(limit)
        limit = int(limit * 1.3) + 512
    return sorted({*limits, size - 1, size, size + 4096, size + 16384})


def _file_size_limit(prepared: Prepared, server: Server, command: Command, tmp_path: Path, slow: bool) -> None:
    failed: Local | None = None
    for n, limit in enumerate(_limits(prepared, command, slow)):
        local = Local(prepared, command, tmp_path / str(n))
        run = server.cli(*local.argv, fsize=limit)
        if run.code == 0:
            continue
        line = assert_clean_error(run, IO_OR_LIMIT, local.workspace, local.out)
        assert "damaged" not in line, "a sound database called damaged (restoring a backup would lose work)"
        local.assert_unchanged()
        failed = local
    assert failed is not None, f"{command.name}: no limit made it fail"
    again = server.cli(*failed.argv)  # without the limit, the same command on what the failure left
    assert again.code == 0, again


@pytest.mark.parametrize("command", COMMANDS, ids=ids(COMMANDS))
def test_file_size_limit(prepared: Prepared, server: Server, command: Command, tmp_path: Path) -> None:
    _file_size_limit(prepared, server, command, tmp_path, slow=False)


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=ids(COMMANDS))
def test_file_size_limits_swept(prepared: Prepared, server: Server, command: Command, tmp_path: Path) -> None:
    _file_size_limit(prepared, server, command, tmp_path, slow=True)


def test_file_size_limit_through_the_installed_entry_point(prepared: Prepared, tmp_path: Path,
                                                          data_home: Path) -> None:
    """``python -m smartcert_desktop`` itself, whole interpreter shutdown and all, under ``ulimit -f``: the
    issue saw ``internal error: OSError: [Errno 27] File too large`` here."""
    command = next(c for c in COMMANDS if c.name == "results --pdf-dir")
    local = Local(prepared, command, tmp_path / "run")
    cap = 40 * 1024  # what SQLite keeps beside the database fits (32 KiB); a result sheet does not
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))

    done = subprocess.run([sys.executable, "-m", "smartcert_desktop", *map(str, local.argv)], capture_output=True,
                          text=True, env=env, preexec_fn=limit)
    run = CliRun([str(a) for a in local.argv], done.returncode, done.stdout, done.stderr)
    line = assert_clean_error(run, "size limit", local.out / "pdf")
    assert re.search(r"pdf/\S+\.pdf: cannot write", line), line
    local.assert_unchanged()


# --- a full disk ---------------------------------------------------------------------------------------------

class OnTmpfs:
    """A command's workspace on a small tmpfs in the helper's namespace, filled to leave ``free`` bytes."""

    def __init__(self, ns: Server, prepared: Prepared, command: Command, root: Path, free: int) -> None:
        root.mkdir(parents=True)
        self.ns = ns
        self.disk = root / "disk"
        self.disk.mkdir()
        source = prepared.world.program if command.role == "program" else prepared.world.evaluator
        size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
        ns.sh("mount", "-t", "tmpfs", "-o", f"size={size + (4 << 20)}", "tmpfs", self.disk)
        self.workspace = self.disk / "ws"
        ns.ask(do="copytree", src=source, dst=self.workspace)
        self.out = root / "out"
        self.out.mkdir()
        old_outputs(command, self.out)
        self.argv = command.argv(prepared, self.workspace, self.out)
        self.db = command.database(self.workspace)
        self.before = self.state()
        self.free = ns.ask(do="fill", dir=self.disk, leave=free)["free"]

    def state(self) -> dict[str, Any]:
        files = self.ns.ask(do="files", dir=self.workspace)["files"]
        return {"db": self.ns.ask(do="dump", db=self.db),
                "keys": {k: v for k, v in files.items() if k.startswith("keys/")}, "out": sha_tree(self.out)}

    def free_the_disk(self) -> None:
        self.ns.ask(do="remove", path=self.disk / ".filler")

    def assert_unchanged(self) -> None:
        """(With the disk freed first: reading a database needs some space beside it.)"""
        after = self.state()
        assert after["db"]["integrity"] == ["ok"], after["db"]["integrity"]
        assert after["db"] == self.before["db"], "the database changed"
        assert after["keys"] == self.before["keys"], "the key file changed"
        assert after["out"] == self.before["out"], "the outputs changed"

    def close(self) -> None:
        self.ns.sh("umount", self.disk)


def _full_disk(prepared: Prepared, ns: Server, command: Command, tmp_path: Path, frees: list[int]) -> None:
    failed = 0
    for n, free in enumerate(frees):
        case = OnTmpfs(ns, prepared, command, tmp_path / str(n), free)
        try:
            run = ns.cli(*case.argv)
            if run.code == 0:
                continue
            failed += 1
            line = assert_clean_error(run, FULL, case.workspace)
            assert "damaged" not in line
            case.free_the_disk()
            case.assert_unchanged()
            if n == len(frees) - 1 or failed == 1:
                again = ns.cli(*case.argv)  # with space again, the same command on what the failure left
                assert again.code == 0, again
        finally:
            case.close()
    assert failed, f"{command.name}: a full disk did not make it fail"


@pytest.mark.parametrize("command", COMMANDS, ids=ids(COMMANDS))
def test_full_disk_under_the_workspace(prepared: Prepared, ns_server: Server, command: Command,
                                       tmp_path: Path) -> None:
    _full_disk(prepared, ns_server, command, tmp_path, [0, 40 * 1024, 120 * 1024])


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=ids(COMMANDS))
def test_full_disk_under_the_workspace_swept(prepared: Prepared, ns_server: Server, command: Command,
                                             tmp_path: Path) -> None:
    _full_disk(prepared, ns_server, command, tmp_path, [k * 4096 for k in range(0, 160, 3)])


class OutputsOnTmpfs:
    """A command's outputs on a small full tmpfs; its workspace on this machine's disk."""

    def __init__(self, ns: Server, prepared: Prepared, command: Command, root: Path, free: int) -> None:
        self.ns = ns
        self.local = Local(prepared, command, root / "local")
        self.disk = root / "disk"
        self.disk.mkdir()
        ns.sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", self.disk)
        ns.ask(do="copytree", src=self.local.out, dst=self.disk)
        self.argv = command.argv(prepared, self.local.workspace, self.disk)
        self.free = ns.ask(do="fill", dir=self.disk, leave=free)["free"]
        self.before = self.outputs()

    def outputs(self) -> dict[str, str]:
        return {k: v for k, v in self.ns.ask(do="files", dir=self.disk)["files"].items() if k != ".filler"}

    def close(self) -> None:
        self.ns.sh("umount", self.disk)


@pytest.mark.parametrize("command", WITH_OUTPUTS, ids=ids(WITH_OUTPUTS))
def test_full_disk_under_the_outputs(prepared: Prepared, ns_server: Server, command: Command,
                                     tmp_path: Path) -> None:
    failed = 0
    for n, free in enumerate([0, 8192]):
        case = OutputsOnTmpfs(ns_server, prepared, command, tmp_path / str(n), free)
        try:
            run = ns_server.cli(*case.argv)
            if run.code == 0:
                continue
            failed += 1
            assert_clean_error(run, FULL, case.disk)
            assert case.outputs() == case.before, "an old output changed or a new one appeared"
            case.local.assert_unchanged()
        finally:
            case.close()
    assert failed, f"{command.name}: a full disk did not make it fail"


def test_full_disk_through_the_installed_entry_point(prepared: Prepared, ns_server: Server, tmp_path: Path) -> None:
    """``python -m smartcert_desktop evaluator export-sheet`` onto a full disk: the issue saw two "Exception
    ignored" tracebacks after the error line."""
    command = next(c for c in COMMANDS if c.name == "evaluator export-sheet")
    case = OutputsOnTmpfs(ns_server, prepared, command, tmp_path, free=0)
    try:
        reply = ns_server.ask(do="sh", argv=[sys.executable, "-m", "smartcert_desktop", *map(str, case.argv)])
        run = CliRun([str(a) for a in case.argv], reply["code"], "", reply["output"])
        assert_clean_error(run, FULL, case.disk / "sheet.xlsx")
        assert case.outputs() == case.before
    finally:
        case.close()


# --- a read-only workspace -----------------------------------------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS, ids=ids(COMMANDS))
def test_read_only_mount(prepared: Prepared, ns_server: Server, command: Command, tmp_path: Path) -> None:
    local = Local(prepared, command, tmp_path / "run")
    ns_server.sh("mount", "--bind", local.workspace, local.workspace)
    ns_server.sh("mount", "-o", "remount,ro,bind", local.workspace)
    try:
        run = ns_server.cli(*local.argv)
    finally:
        ns_server.sh("umount", local.workspace)
    line = assert_clean_error(run, r"read-only.*[Cc]opy", local.workspace)
    assert "damaged" not in line
    local.assert_unchanged()


# --- a missing, unreadable or damaged database ------------------------------------------------------------

@pytest.mark.parametrize("command", NOT_RESTORE, ids=ids(NOT_RESTORE))
def test_missing_database(prepared: Prepared, server: Server, command: Command, tmp_path: Path) -> None:
    local = Local(prepared, command, tmp_path / "run")
    local.db.unlink()
    local.before["db"] = None
    run = server.cli(*local.argv)
    line = assert_clean_error(run, r"restore", local.workspace)
    assert local.db.name in line
    assert not local.db.exists()
    local.assert_unchanged()


@pytest.fixture(scope="module")
def open_to_all(prepared: Prepared) -> Iterator[Prepared]:
    """The prepared round in a folder that any user can use (pytest's own folder is its owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="smartcert-test-"))
    os.chmod(folder, 0o777)
    try:
        world = prepared.world.copy_to(folder / "round")
        for p in [world.root, *world.root.rglob("*")]:
            os.chmod(p, 0o777 if p.is_dir() else 0o666)
        yield Prepared(world, prepared.program_backup, prepared.evaluator_backup)
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("command", COMMANDS, ids=ids(COMMANDS))
def test_unreadable_database(open_to_all: Prepared, server: Server, command: Command) -> None:
    """As root, permissions do not stop reading: there the command runs as an ordinary user (nobody) who may
    use everything in the workspace but its database."""
    root = Path(tempfile.mkdtemp(prefix="run-", dir=open_to_all.world.root.parent))
    os.chmod(root, 0o777)
    local = Local(open_to_all, command, root / "run")
    for p in [root / "run", local.workspace, *local.workspace.rglob("*"), local.out, *local.out.rglob("*")]:
        os.chmod(p, 0o777 if p.is_dir() else 0o666)
    os.chmod(local.db, 0)
    run = server.cli(*local.argv, uid=NOBODY if os.geteuid() == 0 else None, data_home=root)
    line = assert_clean_error(run, r"permission", local.workspace)
    assert "damaged" not in line
    os.chmod(local.db, 0o644)
    local.assert_unchanged()


@pytest.mark.parametrize("damage", ["not-sqlite", "truncated"])
@pytest.mark.parametrize("command", NOT_RESTORE, ids=ids(NOT_RESTORE))
def test_damaged_database(prepared: Prepared, server: Server, command: Command, damage: str,
                          tmp_path: Path) -> None:
    local = Local(prepared, command, tmp_path / "run")
    data = local.db.read_bytes()
    local.db.write_bytes(b"this is not a database\n" * 40 if damage == "not-sqlite" else data[:8192])
    damaged = local.db.read_bytes()
    run = server.cli(*local.argv)
    line = assert_clean_error(run, rf"restore .*{re.escape(str(local.workspace))} \S+", local.workspace)
    assert "damaged" in line
    assert local.db.read_bytes() == damaged
    assert sha_tree(local.out) == local.before["out"]
