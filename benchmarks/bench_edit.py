"""Scoring: one durable score edit, and the evaluator's score form under the fingers.

* one edit through ``services.scoring.commit_edit`` in its own write transaction (``BEGIN IMMEDIATE``, WAL,
  ``synchronous=FULL``), as the score form stores every keystroke that changes a score (handing it the sheet
  it holds, the one the last edit returned), on evaluator E01's
  30-applicant workspace; alternating with its floor, a bare ``sqlite3`` commit of one changed row in a
  database with the same settings in the same folder (so on the same disk);
* the score form, offscreen, in a child process (``worker.py gui-form``): opening an applicant's form of 63
  indicators, moving to the next indicator, and one level keyed into the outline, stored and shown.
"""

from __future__ import annotations

import shutil
import sqlite3
import time

from common import Row, median, percentile, worker
from settings import Context

from smartcert_desktop.domain.edits import Edit
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services.scoring import commit_edit, read_sheet
from smartcert_desktop.store.queries import framework_of


def score_edit(ctx: Context) -> list[Row]:
    folder = ctx.root / "edit"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ctx.round.evaluator_dirs[ctx.round.evaluators[0]], folder / "evaluator")
    handle = ev_svc.open_evaluator(folder / "evaluator")
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    try:
        bare.execute("PRAGMA journal_mode=WAL")
        bare.execute("PRAGMA synchronous=FULL")
        bare.execute("CREATE TABLE score (id INTEGER PRIMARY KEY, level TEXT, comment TEXT)")
        bare.executemany("INSERT INTO score VALUES (?, 'C', '')", [(i,) for i in range(2000)])
        with handle.factory() as s:
            program = ev_svc.current_program(s)
            fw = framework_of(s, program)
            code = ev_svc.assigned_codes(s, program.id)[0]
            evaluator_id = handle.owner().owner_id
        qualitative = [i.code for i in fw.qualitative]
        program_times: list[float] = []
        floor_times: list[float] = []
        with handle.factory() as s:
            held = {"sheet": read_sheet(s, program.id, evaluator_id, code)}

        def one_edit(n: int) -> None:
            indicator = qualitative[n % len(qualitative)]
            edit = (Edit(code, indicator, "level", None, "BCD"[n % 3]) if n % 2 == 0
                    else Edit(code, indicator, "comment", None, f"의견 {n}"))
            start = time.perf_counter()
            # the sheet held from the last edit, as the score form holds it
            held["sheet"] = commit_edit(handle, fw, program.id, evaluator_id, edit, held["sheet"])
            program_times.append(time.perf_counter() - start)

        def one_floor(n: int) -> None:
            start = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("UPDATE score SET level = ? WHERE id = ?", ("BCD"[n % 3], n % 2000))
            bare.execute("COMMIT")
            floor_times.append(time.perf_counter() - start)

        one_edit(0)  # the first edit reads the sheet's pages from disk
        program_times.clear()
        for n in range(ctx.s.edits):
            if n % 2 == 0:
                one_edit(n)
                one_floor(n)
            else:
                one_floor(n)
                one_edit(n)
    finally:
        bare.close()
        handle.close()
    ms = [t * 1000 for t in program_times]
    floor_ms = [t * 1000 for t in floor_times]
    return [
        Row("one score edit committed durably", median(ms), "ms", 3.0, floor=median(floor_ms), runs=len(ms),
            extra={"p99": percentile(ms, 99), "floor_p99": percentile(floor_ms, 99)}),
        Row("one score edit, 99th percentile", median(ms), "ms", 16.0, compare="p99", value=percentile(ms, 99),
            runs=len(ms), extra={"floor_p99": percentile(floor_ms, 99)}),
    ]


def score_form(ctx: Context) -> list[Row]:
    folder = ctx.root / "form"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ctx.round.evaluator_dirs[ctx.round.evaluators[0]], folder / "evaluator")
    result = worker("gui-form", str(folder / "evaluator"), str(ctx.s.gui_rounds),
                    env={"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder / "config"),
                         "XDG_DATA_HOME": str(folder / "data")}).result
    assert result is not None
    opening = [t * 1000 for t in result["open"]]
    moving = [t * 1000 for t in result["move"]]
    keyed = [t * 1000 for t in result["key"]]
    n = result["indicators"]
    return [
        Row(f"open an applicant's {n}-indicator form", median(opening), "ms", 50.0, compare="median",
            runs=len(opening), extra={"p90": percentile(opening, 90), "first_open": result["first_open"] * 1000}),
        Row("move to the next indicator, 90th percentile", median(moving), "ms", 16.0, compare="p90",
            value=percentile(moving, 90), runs=len(moving)),
        Row("one keyed grade stored and shown, 90th percentile", median(keyed), "ms", 16.0, compare="p90",
            value=percentile(keyed, 90), runs=len(keyed)),
    ]
