"""The chair's merge: bundle files to the results JSON, its two floors, its growth and its memory.

Each merge run is a fresh process (``worker.py merge``) on a fresh copy of the program before the merge: open
the workspace (lock, startup check), ``merge_files`` (program key, backup, every bundle verified, decrypted,
checked and applied in its own transaction), then the results JSON from the merged store.

* floor: the same process opening the program key and reading, decrypting and verifying the same files, and
  nothing else (``worker.py merge-floor``); target ≤ 2;
* against a script loading the same scores from the 9 filled score sheet workbooks with openpyxl
  (``worker.py sheets-floor``): at least 5 times faster, i.e. a ratio ≤ 0.2;
* the results JSON of the merged 30-applicant program, in this process on an open workspace (as the desktop
  program has it): ≤ 100 ms;
* growth: the same merge with 1, 2, 4 and 8 times the bundles (and evaluators); the time after the program
  key is opened, 8 times the data in at most 8.8 times the time;
* peak memory of ``smartcert merge`` itself (the command line, a child process) against the floor's: < 200 MB.
"""

from __future__ import annotations

from common import Row, alternate, median, timed, worker
from data import PASSPHRASE
from settings import Context

from smartcert_desktop.services.results import results_json_bytes, round_outcome
from smartcert_desktop.services.workspace import open_workspace

ENV = {"SMARTCERT_PASSPHRASE": PASSPHRASE}


def _merge(ctx: Context, program_source: object = None, bundles: list[object] | None = None) -> dict[str, float]:
    target = ctx.round.fresh_program(program_source)  # type: ignore[arg-type]
    files = [str(b) for b in (bundles or ctx.round.bundles)]
    result = worker("merge", str(target), *files, env=ENV).result
    assert result is not None
    return result


def merge(ctx: Context) -> list[Row]:
    rnd = ctx.round
    key_file = str(rnd.premerge / "keys" / "program.key")
    bundles = [str(b) for b in rnd.bundles]
    sheets = [str(p) for p in rnd.sheets]
    program_runs: list[dict[str, float]] = []
    floor_runs: list[dict[str, float]] = []
    sheet_runs: list[float] = []

    def program() -> float:
        program_runs.append(_merge(ctx))
        return program_runs[-1]["total"]

    def floor() -> float:
        result = worker("merge-floor", key_file, *bundles, env=ENV).result
        assert result is not None
        floor_runs.append(result)
        return result["total"]

    def sheets_floor() -> float:
        result = worker("sheets-floor", *sheets).result
        assert result is not None
        sheet_runs.append(result["total"])
        return result["total"]

    a, b = alternate(program, floor, ctx.s.merge_runs)
    c, more = alternate(sheets_floor, program, max(1, ctx.s.merge_runs // 2))
    totals = a + more
    n = f"{len(rnd.bundles)} bundles x {rnd.applicants} x {len(rnd.framework.indicators)}"
    parts = {k: median([r[k] for r in program_runs]) for k in ("open", "key", "merge", "results", "after_key")}
    ctx.merge_runs = program_runs  # the growth figure's 1x
    return [
        Row(f"merge {n}, files to results JSON", median(a), "s", 2.0, floor=median(b), runs=len(a),
            extra={f"program_{k}": v for k, v in parts.items()}
            | {"floor_key": median([r["key"] for r in floor_runs])}),
        Row(f"the same merge against loading {len(sheets)} score sheet workbooks (openpyxl)", median(totals), "s",
            0.2, floor=median(c), runs=len(totals)),
    ]


def results_json(ctx: Context) -> list[Row]:
    handle = open_workspace(ctx.round.fresh_program(ctx.round.merged), "program", mode="read")
    try:
        def one() -> float:
            with handle.factory() as s:
                return timed(lambda: results_json_bytes(round_outcome(s)))

        one()
        times = [one() * 1000 for _ in range(ctx.s.results_runs)]
    finally:
        handle.close()
    return [Row(f"results JSON, {ctx.round.applicants} applicants", median(times), "ms", 100.0, compare="median",
                runs=len(times))]


def growth(ctx: Context) -> list[Row]:
    """The part after the key is opened, by factor; 1x is the merge figure's own runs when it ran first."""
    rnd = ctx.round
    base_runs = ctx.merge_runs or [_merge(ctx) for _ in range(ctx.s.growth_runs)]
    by_factor: dict[int, list[float]] = {1: [r["after_key"] for r in base_runs]}
    for _ in range(ctx.s.growth_runs):
        for factor, (program_dir, files) in sorted(rnd.growth.items()):
            by_factor.setdefault(factor, []).append(_merge(ctx, program_dir, list(files))["after_key"])
    base = median(by_factor[1])
    top = max(rnd.growth)
    medians = {f: median(v) for f, v in sorted(by_factor.items())}
    return [Row(f"growth: merge to results JSON after the key, {top}x bundles", medians[top], "s",
                round(top * 1.1, 3), compare="growth", floor=base, value=medians[top] / base,
                runs=len(by_factor[top]),
                extra={"seconds_by_factor": {str(f): round(m, 3) for f, m in medians.items()},
                       "time_ratio_by_factor": {str(f): round(m / base, 2) for f, m in medians.items()}})]


def merge_memory(ctx: Context) -> list[Row]:
    rnd = ctx.round
    key_file = str(rnd.premerge / "keys" / "program.key")
    bundles = [str(b) for b in rnd.bundles]
    peaks, floors = alternate(
        lambda: worker("cli", "merge", str(rnd.fresh_program()), *bundles, env=ENV).peak_rss_mb,
        lambda: worker("merge-floor", key_file, *bundles, env=ENV).peak_rss_mb,
        ctx.s.memory_runs)
    return [Row(f"merge peak memory (smartcert merge, {len(bundles)} bundles)", median(peaks), "MB", 200,
                compare="median", op="<", floor=median(floors), runs=len(peaks))]
