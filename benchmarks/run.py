"""smartcert's benchmarks: every figure against its floor, measured side by side in one run.

    .venv/bin/python benchmarks/run.py [--quick] [--smoke] [--only NAME[,NAME...]] [--out FILE] [--keep DIR]

Makes a realistic round once (the sample framework, 30 applicants, 9 evaluators, filled score sheets and
signed bundles; ``data.py``), then runs each benchmark several times with its floor in the same run,
alternating program and floor runs, prints a table of medians and ratios and writes ``benchmarks/results.json``
(``--out``): a list of objects with ``name``, ``median``, ``unit``, ``floor``, ``ratio``, ``target`` and
``met``, and ``compare``/``op``/``value`` saying what was compared with the target (the ratio program ÷ floor,
or the figure itself: a median, a percentile, a growth).

``--quick`` makes fewer runs (under two minutes on two cores); ``--smoke`` makes tiny sizes and one run of
each, only to prove that everything works (its figures mean nothing, and without ``--out`` it writes no
file). Figures are medians; on a shared machine they are noisy, so compare runs on the same machine.
Parts: start (command line and desktop), memory, edit, form, merge, results, growth, pdf, round.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import bench_edit
import bench_merge
import bench_pdf
import bench_start
from common import BENCH_DIR, Row, machine
from data import build_round
from settings import FULL, QUICK, SMOKE, Context

Part = Callable[[Context], list[Row]]

PARTS: dict[str, list[Part]] = {
    "start": [bench_start.cli_start, bench_start.desktop_start],
    "edit": [bench_edit.score_edit],
    "form": [bench_edit.score_form],
    "merge": [bench_merge.merge],
    "results": [bench_merge.results_json],
    "growth": [bench_merge.growth],
    "pdf": [bench_pdf.result_sheets],
    "round": [bench_pdf.chair_round],
    "memory": [bench_start.desktop_memory, bench_merge.merge_memory],
}


def _figure(x: float | None) -> str:
    if x is None:
        return "—"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    return f"{x:.3f}"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (the same text goes into docs/performance.md)."""
    lines = ["| figure | median | floor | ratio | compared | target | met |", "|---|---:|---:|---:|---:|---:|:-:|"]
    for r in rows:
        compared = "ratio" if r.compare == "ratio" else r.compare
        lines.append(f"| {r.name} | {_figure(r.median)} {r.unit} | "
                     f"{_figure(r.floor) + ' ' + r.unit if r.floor is not None else '—'} | {_figure(r.ratio)} | "
                     f"{compared} {_figure(r.compared())} | {r.op} {_figure(r.target)} | "
                     f"{'yes' if r.met else '**no**'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs (under two minutes on two cores)")
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, one run each: only proves that it works")
    ap.add_argument("--only", default="", help=f"comma-separated parts: {', '.join(PARTS)}")
    ap.add_argument("--out", type=Path, default=None, help="where to write the results (default "
                    "benchmarks/results.json; none with --smoke)")
    ap.add_argument("--keep", type=Path, default=None, help="make the round in this folder and keep it")
    args = ap.parse_args(argv)
    settings = SMOKE if args.smoke else QUICK if args.quick else FULL
    chosen = [p.strip() for p in args.only.split(",") if p.strip()] or list(PARTS)
    unknown = [p for p in chosen if p not in PARTS]
    if unknown:
        ap.error(f"unknown part(s): {', '.join(unknown)}")
    out = args.out or (None if args.smoke else BENCH_DIR / "results.json")

    began = time.perf_counter()
    info = machine()
    print("smartcert benchmarks" + (" (smoke)" if args.smoke else " (quick)" if args.quick else ""))
    print("  " + "; ".join(f"{k}: {v}" for k, v in info.items()))
    root = args.keep or Path(tempfile.mkdtemp(prefix="smartcert-bench-"))
    if args.keep and root.exists():
        shutil.rmtree(root)
    os.environ.pop("SMARTCERT_PASSPHRASE", None)
    try:
        print(f"making the round in {root}")
        rnd = build_round(root, applicants=settings.applicants, evaluators=settings.evaluators,
                          growth=settings.growth if "growth" in chosen else (),
                          demo="start" in chosen, log=lambda line: print(line, flush=True))
        print(f"  made in {time.perf_counter() - began:.0f} s")
        ctx = Context(settings, rnd, root)
        rows: list[Row] = []
        for name in chosen:
            for part in PARTS[name]:
                t = time.perf_counter()
                got = part(ctx)
                rows += got
                for r in got:
                    print(f"  {r.name}: {_figure(r.median)} {r.unit}"
                          + (f", floor {_figure(r.floor)} {r.unit}, ratio {_figure(r.ratio)}" if r.floor else "")
                          + f"; {r.compare} {_figure(r.compared())} {r.op} {_figure(r.target)}: "
                          + ("met" if r.met else "MISSED"), flush=True)
                print(f"    ({part.__module__}.{part.__name__}: {time.perf_counter() - t:.0f} s)", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print()
    print(table(rows))
    print(f"\n{sum(r.met for r in rows)} of {len(rows)} targets met; medians; "
          f"{time.perf_counter() - began:.0f} s in all")
    if out is not None:
        out.write_text(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
