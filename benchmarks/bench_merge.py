"""Merge benchmark: 9 evaluators x 30 applicants x 63 indicators, from bundle files to results JSON.

    .venv/bin/python benchmarks/bench_merge.py [--evaluators 9] [--applicants 30] [--database URL]

Builds a program on the sample framework in a temporary folder, writes one bundle per evaluator (each
evaluator scores every applicant), then times ``merge`` (program key opened once, every bundle verified,
decrypted, checked and applied in its own transaction) and the results JSON. Run it with several
``--evaluators`` values to see that the cost grows linearly with the number of bundles. ``--database
postgresql://USER@HOST/DB`` keeps the program's store in that PostgreSQL database (a new schema) instead.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet
from smartcert_desktop.exchange import envelope, keys
from smartcert_desktop.exchange.applicants_xlsx import ApplicantsData
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.paths import sample_framework_path
from smartcert_desktop.services import program as prog
from smartcert_desktop.services.demo_data import demo_reported_values
from smartcert_desktop.services.merge import merge_files
from smartcert_desktop.services.payloads import BundlePayload
from smartcert_desktop.services.results import results_json_bytes, round_state
from smartcert_desktop.services.workspace import open_workspace
from smartcert_desktop.store.models import Evaluator

PASS = "bench"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evaluators", type=int, default=9)
    ap.add_argument("--applicants", type=int, default=30)
    ap.add_argument("--database", help="a PostgreSQL database URL for the program's store (default: SQLite)")
    args = ap.parse_args()
    fw = read_framework(sample_framework_path())
    base_values = demo_reported_values(fw)
    rng = random.Random(1)
    root = Path(tempfile.mkdtemp(prefix="smartcert-bench-"))
    prog.init_program(root / "program", fw, "bench", PASS, database=args.database)
    handle = open_workspace(root / "program", "program")
    applicants = [ApplicantInput(f"A{i:02}", f"도시{i}", f"City {i}", rng.choice([200_000, 800_000]))
                  for i in range(args.applicants)]
    reported = {(a.code, ind): v for a in applicants for (src, ind), v in base_values.items() if src == "L01"}
    evaluator_keys = {f"E{j:02}": keys.generate_keys() for j in range(args.evaluators)}
    with handle.session() as s:
        prog.import_applicants(s, ApplicantsData(tuple(applicants), reported, {}))
        for eid, k in evaluator_keys.items():
            s.add(Evaluator(program_id=prog.the_program(s).id, id=eid, name=eid, signing_public=k.public.signing,
                            encryption_public=k.public.encryption, fingerprint=k.fingerprint,
                            enrolled_at=prog.utcnow()))
        s.flush()
        prog.replace_assignments(s, [(e, a.code) for e in evaluator_keys for a in applicants], "bench")
        program = prog.the_program(s)
        program_public = keys.PublicKeys(program.signing_public, program.encryption_public)
        program_id = program.id
    codes = [s.code for s in fw.scale]
    files = []
    for eid, k in evaluator_keys.items():
        sheets = tuple(Sheet(eid, a.code, {i.code: IndicatorEntry(level=(lv := rng.choice(codes)),
                                                                  comment="의견" if lv in ("A", "E") else "")
                                           for i in fw.qualitative}) for a in applicants)
        payload = BundlePayload(program_id, fw.hash, eid, 1, "2026-01-01T00:00:00Z", "bench", "0" * 64, True,
                                sheets)
        data = envelope.seal_bundle(payload.to_json(), k, program_public, evaluator_id=eid,
                                    program_id=program_id, sequence=1)
        path = root / f"{eid}.scb"
        path.write_bytes(data)
        files.append(path)
    t0 = time.perf_counter()
    verdicts = merge_files(handle, PASS, files)
    t1 = time.perf_counter()
    with handle.factory() as s:
        data = results_json_bytes(round_state(s))
    t2 = time.perf_counter()
    (root / "results.json").write_bytes(data)
    assert all(v.verdict == "accepted" for v in verdicts), verdicts
    print(f"store: {'PostgreSQL' if args.database else 'SQLite'}")
    print(f"{args.evaluators} bundles x {args.applicants} applicants x {len(fw.indicators)} indicators "
          f"({sum(f.stat().st_size for f in files) / 1e6:.1f} MB of bundles)")
    print(f"merge (incl. opening the program key, scrypt N=2^17): {t1 - t0:.2f} s")
    print(f"results JSON: {t2 - t1:.2f} s")
    print(f"total, bundle files to results JSON: {t2 - t0:.2f} s")
    handle.close()


if __name__ == "__main__":
    main()
