"""The result sheets and the chair's whole round.

* the 30 result sheets of the merged round (``reports.result_sheets.render_result_sheet``, bar and radar
  charts included), in pages per second, against the same pages with every chart left blank (an empty drawing
  of the same size), so that the floor is reportlab laying out and writing the same text and tables; in this
  process, after one untimed run of each (fonts registered once, as in a session); target ≥ 0.5 of the
  floor's rate;
* the chair's whole round in a fresh process (``worker.py chair-round``) on a fresh copy of the program before
  the merge: merge the bundles, then the signed results JSON, the results workbook, every result sheet,
  the certificates and the round report, written as one batch; ≤ 3 s.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from common import Row, alternate, median, timed, worker
from data import PASSPHRASE
from settings import Context

from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.reports import charts
from smartcert_desktop.reports.result_sheets import render_result_sheet, round_figures
from smartcert_desktop.services.results import round_outcome
from smartcert_desktop.services.workspace import open_workspace

FINGERPRINT = "BENCH000-00000000"


@contextmanager
def blank_charts() -> Iterator[None]:
    """Every chart of a result sheet replaced by an empty drawing of the size it would have."""
    from reportlab.graphics.shapes import Drawing

    def blank(width: Callable[..., float], height: Callable[..., float]) -> Callable[..., Drawing]:
        return lambda *args, **kwargs: Drawing(width(*args, **kwargs), height(*args, **kwargs))

    mm = 72 / 25.4
    saved = {name: getattr(charts, name) for name in ("share_bar", "bar_scale", "legend_swatch", "radar")}
    replacements: dict[str, Any] = {
        "share_bar": blank(lambda *a, width, **k: width, lambda *a, height=7.4 * mm, **k: height),
        "bar_scale": blank(lambda width, *a, **k: width, lambda *a, **k: 3.2 * mm),
        "legend_swatch": blank(lambda *a, **k: 4.2 * mm, lambda *a, **k: 2.6 * mm),
        "radar": blank(lambda *a, size, **k: size * 1.55, lambda *a, size, **k: size),
    }
    for name, fn in replacements.items():
        setattr(charts, name, fn)
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(charts, name, fn)


def _pages(pdfs: list[bytes]) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(io.BytesIO(data)).pages) for data in pdfs)


def _render_all(state: RoundOutcome) -> list[bytes]:
    fig = round_figures(state)
    return [render_result_sheet(state, r.code, FINGERPRINT, fig) for r in state.results]


def result_sheets(ctx: Context) -> list[Row]:
    handle = open_workspace(ctx.round.fresh_program(ctx.round.merged), "program", mode="read")
    try:
        with handle.factory() as s:
            state = round_outcome(s)
    finally:
        handle.close()
    pages = _pages(_render_all(state))
    with blank_charts():
        floor_pages = _pages(_render_all(state))
    if floor_pages != pages:
        raise AssertionError(f"the floor has {floor_pages} pages, the result sheets {pages}")

    def floor() -> float:
        with blank_charts():
            return pages / timed(lambda: _render_all(state))

    a, b = alternate(lambda: pages / timed(lambda: _render_all(state)), floor, ctx.s.pdf_runs)
    return [Row(f"{len(state.results)} result sheets with charts ({pages} pages)", median(a), "pages/s", 0.5,
                op=">=", floor=median(b), runs=len(a), extra={"seconds": pages / median(a)})]


def chair_round(ctx: Context) -> list[Row]:
    times, parts = [], []
    for n in range(ctx.s.round_runs):
        out = ctx.root / "round-out" / str(n)
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        result = worker("chair-round", str(ctx.round.fresh_program()), str(out),
                        *[str(b) for b in ctx.round.bundles], env={"SMARTCERT_PASSPHRASE": PASSPHRASE}).result
        assert result is not None
        times.append(result["total"])
        parts.append(result)
    return [Row(f"the chair's whole round, {ctx.round.applicants} applicants", median(times), "s", 3.0,
                compare="median", runs=len(times),
                extra={"merge": median([p["merge"] for p in parts]), "results": median([p["results"] for p in parts]),
                       "pdf_files": parts[0]["pdf_files"]})]
