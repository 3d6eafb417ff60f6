"""One score edit, from the call to durable on disk (WAL, synchronous=FULL), on the demo's ready evaluator.

    .venv/bin/python benchmarks/bench_edit.py [--edits 200]

Creates a demo round in a temporary folder (cheap key cost) and times ``apply_edit`` in its own transaction,
alternating a level and a comment on the 63-indicator sample framework: median, 90th percentile and max.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.exchange import keys
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.demo import create_demo, demo_evaluator_dir
from smartcert_desktop.services.program import framework_of
from smartcert_desktop.services.scoring import apply_edit


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=200)
    args = ap.parse_args()
    keys.DEFAULT_SCRYPT_N = 2**10  # the key cost is not measured here
    root = Path(tempfile.mkdtemp(prefix="smartcert-edit-"))
    create_demo(root)
    handle = ev_svc.open_evaluator(demo_evaluator_dir(root))
    with handle.factory() as s:
        program = ev_svc.current_program(s)
        fw = framework_of(s, program)
        code = ev_svc.assigned_codes(s, program.id)[0]
    qual = [i.code for i in fw.qualitative]
    times = []
    for n in range(args.edits):
        ind = qual[n % len(qual)]
        edit = (Edit(code, ind, "level", None, "BCD"[n % 3]) if n % 2 == 0
                else Edit(code, ind, "comment", None, f"의견 {n}"))
        t0 = time.perf_counter()
        with handle.session() as s:
            apply_edit(s, fw, program.id, "E01", edit)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"{args.edits} edits, each its own transaction (WAL, synchronous=FULL), 63-indicator framework")
    print(f"median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms, "
          f"max {times[-1]:.1f} ms")
    handle.close()


if __name__ == "__main__":
    main()
