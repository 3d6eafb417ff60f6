"""PDF benchmark: result sheets (with their bar and radar charts) for 30 applicants on the sample framework.

    .venv/bin/python benchmarks/bench_pdf.py [--applicants 30] [--evaluators 5] [--out DIR]

The round is computed by the engine from the demo's reported values and random levels (no program store,
no keys), so that only the PDFs are timed. Prints the time of the result sheets (total, per sheet, per
page) and, for reference, of the whole batch with certificates and the round report. Target: the 30
result sheets in under 10 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from smartcert_desktop.domain.engine import ApplicantInput, RoundInput, compute_round
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.paths import sample_framework_path
from smartcert_desktop.reports.result_sheets import render_result_sheet, round_figures, write_all_pdfs
from smartcert_desktop.services.demo_data import DEMO_APPLICANTS, demo_reported_values
from smartcert_desktop.services.results import RoundState

FINGERPRINT = "BENCH000-00000000"


def bench_state(applicants: int, evaluators: int) -> RoundState:
    fw = read_framework(sample_framework_path())
    rng = random.Random(1)
    demo_values = demo_reported_values(fw)
    people = [ApplicantInput(f"A{i:02}", f"시험도시{i}", f"Test City {i}", rng.choice([200_000, 800_000]))
              for i in range(applicants)]
    values: dict[tuple[str, str], str] = {}
    for n, a in enumerate(people):
        source = DEMO_APPLICANTS[n % len(DEMO_APPLICANTS)].code
        values.update({(a.code, ind): v for (code, ind), (v, _page) in demo_values.items() if code == source})
    codes = [s.code for s in fw.scale]
    panel = [f"E{j:02}" for j in range(evaluators)]
    levels: dict[str, dict[str, dict[str, str]]] = {}
    sheets: dict[tuple[str, str], Sheet] = {}
    for n, a in enumerate(people):
        levels[a.code] = {}
        for e in panel:
            lv = {i.code: codes[max(0, min(4, round(n / applicants * 3 + rng.uniform(-1, 1))))]
                  for i in fw.qualitative}
            levels[a.code][e] = lv
            sheets[(e, a.code)] = Sheet(e, a.code, {
                c: IndicatorEntry(level=v, comment="근거 자료가 충실함" if v in "AB" else
                                  "보완이 필요함" if v in "DE" else "") for c, v in lv.items()})
    results = compute_round(RoundInput(fw, people, values, levels))
    program: Any = SimpleNamespace(id="bench", name="PDF 벤치마크 (예시)")
    return RoundState(program, fw, results, sheets, {a.code: panel for a in people}, values, {})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--applicants", type=int, default=30)
    ap.add_argument("--evaluators", type=int, default=5)
    ap.add_argument("--out", type=Path, default=None, help="keep the PDFs in this folder")
    args = ap.parse_args()
    state = bench_state(args.applicants, args.evaluators)
    out = args.out or Path(tempfile.mkdtemp(prefix="smartcert-bench-pdf-"))
    out.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    figures = round_figures(state)  # includes registering the fonts (parsing two 4.6 MB TrueType files)
    for r in state.results:
        (out / f"{r.code}.pdf").write_bytes(render_result_sheet(state, r.code, FINGERPRINT, figures))
    t1 = time.perf_counter()
    sheets = t1 - t0
    pages = sum(len(PdfReader(out / f"{r.code}.pdf").pages) for r in state.results)
    print(f"{len(state.results)} result sheets, {pages} A4 pages ({len(state.framework.indicators)} indicators, "
          f"charts included)")
    print(f"  total {sheets:.2f} s; {sheets / len(state.results) * 1000:.0f} ms per sheet; "
          f"{sheets / pages * 1000:.0f} ms per page")
    t2 = time.perf_counter()
    written = write_all_pdfs(out / "all", state, FINGERPRINT)
    t3 = time.perf_counter()
    print(f"whole batch (sheets, {sum(r.certified for r in state.results)} certificates, round report; "
          f"atomic writes): {len(written)} files in {t3 - t2:.2f} s")
    print(f"PDFs in {out}")
    print("target: result sheets under 10 s —", "met" if sheets < 10 else "MISSED")


if __name__ == "__main__":
    main()
