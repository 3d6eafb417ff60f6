"""``benchmarks/run.py --quick --smoke`` works: every part runs on a tiny round and writes its rows.

Only that it works: the figures of a smoke run mean nothing and no time is asserted (speed is measured by the
benchmarks themselves, see docs/performance.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Every figure of the issue, each with the unit, comparison and target it is judged by.
EXPECTED = {
    "command line start": ("s", "ratio", "<=", 4.0),
    "desktop start to the main window shown": ("s", "ratio", "<=", 2.5),
    "one score edit committed durably": ("ms", "ratio", "<=", 3.0),
    "one score edit, 99th percentile": ("ms", "p99", "<=", 16.0),
    "open an applicant's 63-indicator form": ("ms", "median", "<=", 50.0),
    "move to the next indicator": ("ms", "p90", "<=", 16.0),
    "one keyed grade stored and shown": ("ms", "p90", "<=", 16.0),
    "merge 2 bundles x 3 x 63, files to results JSON": ("s", "ratio", "<=", 2.0),
    "the same merge against loading 2 score sheet workbooks": ("s", "ratio", "<=", 0.2),
    "results JSON, 3 applicants": ("ms", "median", "<=", 100.0),
    "growth: merge to results JSON after the key, 2x bundles": ("s", "growth", "<=", 2.2),
    "3 result sheets with charts": ("pages/s", "ratio", ">=", 0.5),
    "the chair's whole round, 3 applicants": ("s", "median", "<=", 3.0),
    "desktop peak memory": ("MB", "median", "<", 300),    # the "< 300 MB"
    "merge peak memory": ("MB", "median", "<", 200),
}


@pytest.mark.gui
def test_smoke_run_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--smoke",
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    names = [r["name"] for r in rows]
    for prefix, (unit, compare, op, target) in EXPECTED.items():
        matching = [r for r in rows if r["name"].startswith(prefix)]
        assert len(matching) == 1, (prefix, names)
        row = matching[0]
        assert (row["unit"], row["compare"], row["op"], row["target"]) == (unit, compare, op, target), row
    assert len(rows) == len(EXPECTED)
    for row in rows:
        assert set(row) >= {"name", "median", "unit", "floor", "ratio", "target", "met"}
        assert isinstance(row["met"], bool)
        assert row["median"] > 0 and row["runs"] >= 1
        if row["floor"] is None:
            assert row["ratio"] is None
        else:
            assert row["floor"] > 0
            assert row["ratio"] == pytest.approx(row["median"] / row["floor"], rel=0.01)
        if row["compare"] == "ratio":
            assert row["value"] == row["ratio"]
        if row["compare"] == "median":
            assert row["value"] == row["median"]
        expected_met = {"<=": row["value"] <= row["target"], "<": row["value"] < row["target"],
                        ">=": row["value"] >= row["target"]}[row["op"]]
        assert row["met"] is expected_met, row
    # The table printed at the end names every figure, and the round was removed afterwards.
    assert all(name in proc.stdout for name in names)
    assert not list(tmp_path.glob("smartcert-bench-*"))
