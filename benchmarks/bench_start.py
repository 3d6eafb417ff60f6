"""Starting the programs: the command line and the desktop program, and the desktop program's memory.

* ``smartcert --version`` against ``python -c pass``: both a new process of the same interpreter, timed from
  just before the process is started to its end;
* the desktop program started as ``smartcert-desktop --demo`` (offscreen) against a bare ``QMainWindow`` of
  the same size shown by the same interpreter, each timed from just before the process is started to the
  window's first frame (``desktop_driver.py``);
* the desktop program's peak memory with the 30-applicant program open in the chair's screens (their first
  snapshot shown), against the bare window's.

Every desktop run gets an empty settings folder, as on the first start: what a run leaves there (window
geometry) would otherwise change the next.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from common import BENCH_DIR, ROOT, Row, alternate, median, run_child
from settings import Context

DRIVER = str(BENCH_DIR / "desktop_driver.py")


def _smartcert_command() -> list[str]:
    script = Path(sys.executable).parent / "smartcert"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "smartcert_desktop.cli.main"]


def cli_start(ctx: Context) -> list[Row]:
    program = [*_smartcert_command(), "--version"]
    floor = [sys.executable, "-c", "pass"]
    if ctx.s.warm_up:
        run_child(program)  # the first start after the round was made reads the files from disk
    a, b = alternate(lambda: run_child(program).seconds, lambda: run_child(floor).seconds, ctx.s.cli_runs)
    return [Row("command line start: smartcert --version", median(a), "s", 4.0, floor=median(b), runs=len(a))]


def _desktop_env(ctx: Context, n: int) -> dict[str, str]:
    home = ctx.root / "desktop-home" / str(n)
    if home.exists():
        shutil.rmtree(home)
    for sub in ("config", "cache", "state"):
        (home / sub).mkdir(parents=True)
    assert ctx.round.demo_data_home is not None
    return {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
            "XDG_DATA_HOME": str(ctx.round.demo_data_home), "SMARTCERT_PASSPHRASE": ""}


def _shown_after(run_result: object) -> float:
    from common import ChildRun

    assert isinstance(run_result, ChildRun) and run_result.result is not None
    return float(run_result.result["shown"]) - run_result.started


def desktop_start(ctx: Context) -> list[Row]:
    counter = iter(range(10_000))

    def program() -> float:
        return _shown_after(run_child([sys.executable, DRIVER, "program", "--demo"],
                                      env=_desktop_env(ctx, next(counter)), cwd=ROOT))

    def floor() -> float:
        return _shown_after(run_child([sys.executable, DRIVER, "bare"], env=_desktop_env(ctx, next(counter)),
                                      cwd=ROOT))

    if ctx.s.warm_up:
        program()  # the first start after the round was made reads the files from disk
        floor()
    a, b = alternate(program, floor, ctx.s.desktop_runs)
    return [Row("desktop start to the main window shown (--demo)", median(a), "s", 2.5, floor=median(b),
                runs=len(a))]


def desktop_memory(ctx: Context) -> list[Row]:
    counter = iter(range(10_000, 20_000))
    program_dir = ctx.round.merged
    peaks, floors = alternate(
        lambda: run_child([sys.executable, DRIVER, "chair-loaded", "--workspace", str(program_dir)],
                          env=_desktop_env(ctx, next(counter)), cwd=ROOT).peak_rss_mb,
        lambda: run_child([sys.executable, DRIVER, "bare"], env=_desktop_env(ctx, next(counter)),
                          cwd=ROOT).peak_rss_mb,
        ctx.s.memory_runs)
    return [Row(f"desktop peak memory, {ctx.round.applicants}-applicant program open", median(peaks), "MB", 300,
                compare="median", op="<", floor=median(floors), runs=len(peaks))]
