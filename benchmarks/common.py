"""What every benchmark shares: timing, alternating runs against a floor, subprocesses, the rows of the table.

A figure is the median of several runs (the machine may be shared, so single runs are noisy). Where a figure
has a floor — the least any program could do for the same task on this machine — the program and the floor
are measured in the same run, alternating (program, floor, floor, program, ...), so that a slow moment of
the machine falls on both alike.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


@dataclass
class Row:
    """One line of the table and one object of ``results.json``.

    ``value`` is what is compared with ``target`` (by ``op``): the ratio program ÷ floor when ``compare`` is
    ``ratio``, otherwise the figure itself (``median``, ``p90``, ``p99``, ``growth``). ``median`` is always
    the median of the program's samples, ``floor`` the median of the floor's (``None`` without a floor).
    """

    name: str
    median: float
    unit: str
    target: float
    compare: str = "ratio"            # ratio | median | p90 | p99 | growth
    op: str = "<="                    # <= | < | >=
    floor: float | None = None
    value: float | None = None
    runs: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor == 0:
            return None
        return self.median / self.floor

    def compared(self) -> float:
        if self.value is not None:
            return self.value
        if self.compare == "ratio":
            ratio = self.ratio
            assert ratio is not None, self.name
            return ratio
        return self.median

    @property
    def met(self) -> bool:
        v = self.compared()
        if self.op == "<":
            return v < self.target
        return v <= self.target if self.op == "<=" else v >= self.target

    def to_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {"name": self.name, "median": _round(self.median), "unit": self.unit,
                "floor": None if self.floor is None else _round(self.floor),
                "ratio": None if ratio is None else _round(ratio), "target": self.target, "met": self.met,
                "compare": self.compare, "op": self.op, "value": _round(self.compared()), "runs": self.runs,
                **{k: _round(v) if isinstance(v, float) else v for k, v in self.extra.items()}}


def _round(x: float) -> float:
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, max(0, 3 - math.floor(math.log10(abs(x)))))


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def percentile(samples: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0-100) by the nearest-rank method: a value that was actually measured."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def alternate(program: Callable[[], float], floor: Callable[[], float], runs: int) -> tuple[list[float], list[float]]:
    """Run ``program`` and ``floor`` ``runs`` times each, alternating in the order ABBA ABBA ...; each returns
    the figure of one run. Returns the two lists of samples."""
    a: list[float] = []
    b: list[float] = []
    for n in range(runs):
        if n % 2 == 0:
            a.append(program())
            b.append(floor())
        else:
            b.append(floor())
            a.append(program())
    return a, b


def timed(action: Callable[[], object]) -> float:
    """Wall time of ``action()`` in seconds."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@dataclass
class ChildRun:
    """A finished child process: what it printed (the last line parsed as JSON when it is JSON) and the wall
    time from just before it was started. ``peak_rss_mb`` is the peak resident memory the child reported
    itself (``peak_mb``, its VmHWM): the kernel's ``ru_maxrss`` of a child also counts the parent's memory
    that the child had between fork and exec."""

    stdout: str
    stderr: str
    returncode: int
    started: float          # time.monotonic() just before the process was started
    ended: float
    result: dict[str, Any] | None

    @property
    def peak_rss_mb(self) -> float:
        if self.result is None or "peak_mb" not in self.result:
            raise ValueError("the child did not report its peak memory")
        return float(self.result["peak_mb"])

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def run_child(argv: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> ChildRun:
    """Run ``argv`` to the end; raises with its stderr when it fails."""
    full_env = {**os.environ, **(env or {})}
    started = time.monotonic()
    proc = subprocess.Popen(list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env,
                            cwd=str(cwd) if cwd else None)
    reader = _Reader(proc)  # both pipes drained in threads, so that a chatty child never blocks
    proc.wait()
    ended = time.monotonic()
    stdout, stderr = reader.finish()
    result = None
    lines = [line for line in stdout.splitlines() if line.strip()]
    if lines:
        try:
            parsed = json.loads(lines[-1])
            result = parsed if isinstance(parsed, dict) else None
        except json.JSONDecodeError:
            result = None
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}:\n{stderr[-3000:]}")
    return ChildRun(stdout, stderr, proc.returncode, started, ended, result)


class _Reader:
    """Drains a child's stdout and stderr in threads, so that a chatty child never blocks on a full pipe."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        import threading

        self._chunks: dict[str, list[bytes]] = {"out": [], "err": []}
        self._threads = []
        for key, pipe in (("out", proc.stdout), ("err", proc.stderr)):
            assert pipe is not None
            t = threading.Thread(target=self._drain, args=(pipe, self._chunks[key]), daemon=True)
            t.start()
            self._threads.append(t)

    @staticmethod
    def _drain(pipe: Any, into: list[bytes]) -> None:
        for chunk in iter(lambda: pipe.read(65536), b""):
            into.append(chunk)
        pipe.close()

    def finish(self) -> tuple[str, str]:
        for t in self._threads:
            t.join()
        return (b"".join(self._chunks["out"]).decode("utf-8", "replace"),
                b"".join(self._chunks["err"]).decode("utf-8", "replace"))


def worker(task: str, *args: str, env: dict[str, str] | None = None) -> ChildRun:
    """Run ``benchmarks/worker.py TASK ARGS`` with this interpreter: a fresh process, as a user's command."""
    return run_child([sys.executable, str(BENCH_DIR / "worker.py"), task, *args], env=env, cwd=ROOT)


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    import platform
    import sqlite3

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "memory": mem, "load average at start": load,
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(), "disk": _disk_of(Path(os.environ.get("TMPDIR", "/tmp")))}


def _disk_of(path: Path) -> str:
    """The file system and block device that ``path`` is on (where the benchmark's workspaces live)."""
    best = ("", "?", "?")
    try:
        real = str(path.resolve())
        for line in Path("/proc/mounts").read_text().splitlines():
            dev, mount, fstype, *_ = line.split()
            if (real == mount or real.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best[0]):
                best = (mount, dev, fstype)
    except OSError:
        pass
    mount, dev, fstype = best
    rotational = "?"
    name = Path(dev).name
    for candidate in (name, name.rstrip("0123456789"), name.split("p")[0] if name.startswith("nvme") else name):
        flag = Path(f"/sys/block/{candidate}/queue/rotational")
        if flag.exists():
            rotational = "rotational" if flag.read_text().strip() == "1" else "solid state"
            break
    return f"{path} on {mount} ({fstype}, {dev}, {rotational})"
