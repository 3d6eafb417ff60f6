"""The results workbook read back with openpyxl: figures equal the results JSON exactly, ranks, marks, flags.

The round is computed by the real engine on the tiny framework (no database); one test runs the demo round
through the services and the ``results`` use case, with cheap keys.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from domain._build import tiny_framework
from openpyxl import load_workbook

from smartcert_desktop.domain.agreement import ratings_from_sheets, round_alpha
from smartcert_desktop.domain.engine import ApplicantInput, PendingCorrection, RoundInput, compute_round
from smartcert_desktop.domain.outcome import ProgramIdentity, RoundOutcome, rank_results, share_percent
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet
from smartcert_desktop.errors import SmartcertError
from smartcert_desktop.exchange import results_xlsx as rx
from smartcert_desktop.exchange.xlsx_common import cell_decimal
from smartcert_desktop.services.results import results_document

FW = tiny_framework()  # S1 (25) and S2 (15) qualitative; Scale A 1, B 0.8, C 0.6, D 0.4, E 0.2

APPLICANTS = (
    ApplicantInput("L1", "가대시", "Ga City", 600_000),
    ApplicantInput("L2", "나대시", "Na City", 700_000),
    ApplicantInput("L3", "다대시", "Da City", 800_000),   # the same figures as L2: a tie
    ApplicantInput("L4", "라대시", "Ra City", 900_000),   # two evaluators: incomplete
    ApplicantInput("S1", "가군", "Ga County", 100_000),
    ApplicantInput("S2", "나군", "Na County", 200_000),
)
ROW = {"Q1": "85", "Q2": "50", "Q3": "30", "Q4": "2/3", "Q5": "partial"}
VALUES = {(a.code, code): value for a in APPLICANTS for code, value in ROW.items()}
VALUES[("L1", "Q2")] = "100"  # L1 ahead of L2 and L3 by 10 points
VALUES[("S1", "Q3")] = "10"
del VALUES[("S2", "Q2")]  # missing_data flag


def lv(s1: str, s2: str) -> dict[str, str]:
    return {"S1": s1, "S2": s2}


LEVELS = {
    # Five evaluators: trimmed_total drops E1 (highest total, 25 + 15) and E5 (lowest, 5 + 6).
    "L1": {"E1": lv("A", "A"), "E2": lv("B", "B"), "E3": lv("B", "C"), "E4": lv("C", "B"),
           "E5": lv("E", "D")},
    "L2": {"E1": lv("B", "B"), "E2": lv("B", "C"), "E3": lv("C", "B")},
    "L3": {"E4": lv("B", "B"), "E5": lv("B", "C"), "E6": lv("C", "B")},
    "L4": {"E1": lv("A", "A"), "E2": lv("A", "A")},
    "S1": {"E1": lv("A", "B"), "E2": lv("D", "B"), "E3": lv("B", "B"), "E6": lv("B", "A")},
    "S2": {"E3": lv("C", "C"), "E4": lv("C", "D"), "E6": lv("D", "C")},
}
PENDING = {"S2": [PendingCorrection("Q1", "E3", "90", "현장 확인 결과 90%")]}
NAMES = {f"E{i}": f"위원{i}" for i in range(1, 7)}


def make_state() -> RoundOutcome:
    results = compute_round(RoundInput(FW, APPLICANTS, VALUES, LEVELS, PENDING))
    sheets = {(e, a): Sheet(e, a, {c: IndicatorEntry(level=lvl) for c, lvl in by_code.items()})
              for a, by_e in LEVELS.items() for e, by_code in by_e.items()}
    counted = {a: sorted(by_e) for a, by_e in LEVELS.items()}
    program = ProgramIdentity(id="prog-test", name="테스트 라운드")
    return RoundOutcome(program, FW, results, sheets, counted, dict(VALUES), {}, evaluator_names=NAMES)


@pytest.fixture(scope="module")
def state() -> RoundOutcome:
    return make_state()


@pytest.fixture(scope="module")
def workbook(state: RoundOutcome, tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("results") / "results.xlsx"
    wb = rx.build_results_workbook(state, NAMES, round_alpha(FW, ratings_from_sheets(FW, state.counted,
                                                                                      state.sheets)))
    wb.save(path)
    return load_workbook(path)


def number(value: object) -> Decimal:
    """A cell read back as the exact decimal it shows (a spreadsheet cell holds a double)."""
    result = cell_decimal(value)
    assert result is not None
    return result


def rows_below(ws: Any, header_row: int) -> Iterator[dict[str, Any]]:
    """The table under ``header_row`` as dicts by column name, stopping at the first empty row."""
    names = [c.value for c in ws[header_row]]
    for cells in ws.iter_rows(min_row=header_row + 1):
        if all(c.value is None for c in cells):
            return
        yield {name: c for name, c in zip(names, cells, strict=False) if name is not None}


def test_sheets_in_order(workbook: Any) -> None:
    assert workbook.sheetnames == [rx.SUMMARY, rx.INDICATORS, rx.EVALUATORS, rx.FLAGS, rx.AGREEMENT, rx.PENDING]


def test_summary_ranks_and_figures_equal_the_results_json(workbook: Any, state: RoundOutcome) -> None:
    doc = {a["code"]: a for a in results_document(state)["applicants"]}
    ws = workbook[rx.SUMMARY]
    rows = list(rows_below(ws, rx.SUMMARY_HEADER_ROW))
    order = [(r["순위 Rank"].value, r["코드 Code"].value) for r in rows]
    # Large cities first, by total; L2 and L3 tie and share rank 2; L4 has no grade: last, no rank.
    assert doc["L2"]["total"] == doc["L3"]["total"]
    assert Decimal(doc["L1"]["total"]) > Decimal(doc["L2"]["total"])
    assert doc["L4"]["status"] == "incomplete"
    small = sorted(("S1", "S2"), key=lambda c: -Decimal(doc[c]["total"]))
    assert order == [(1, "L1"), (2, "L2"), (2, "L3"), (None, "L4"), (1, small[0]), (2, small[1])]
    for r in rows:
        a = doc[r["코드 Code"].value]
        assert number(r["총점 Total"].value) == Decimal(a["total"])
        assert number(r["만점 Max"].value) == Decimal(a["max_total"])
        assert r["총점 Total"].number_format == "0.00"
        share = number(r["득점률 Share"].value)
        exact = Decimal(a["total"]) / Decimal(a["max_total"])
        assert share <= exact < share + Decimal("0.001")  # truncated to 0.1 %
        assert r["득점률 Share"].number_format == "0.0%"
        assert r["등급 Grade"].value == a["grade"]
        assert r["인증 Certified"].value == ("O" if a["certified"] else "X")
        assert r["반영 위원 Evaluators"].value == a["evaluators_counted"]
        assert r["플래그 Flags"].value == len(a["flags"])
        assert r["보정대기 Pending"].value == len(a["pending_corrections"])
        assert r["유형 City type"].value == {"large": "대도시", "small": "중소도시"}[a["city_type"]]
        assert r["지자체 Local government"].value == a["name_ko"]
    assert ws.freeze_panes == f"D{rx.SUMMARY_HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{rx.SUMMARY_HEADER_ROW}:N{rx.SUMMARY_HEADER_ROW + len(rows)}"


def test_indicator_matrix_equals_the_results_json(workbook: Any, state: RoundOutcome) -> None:
    doc = {a["code"]: a for a in results_document(state)["applicants"]}
    ws = workbook[rx.INDICATORS]
    header = rx.INDICATORS_HEADER_ROW
    codes = [c.value for c in ws[header]]
    assert codes[3:3 + len(FW.indicators)] == [i.code for i in FW.indicators]  # tiny framework is grouped
    assert codes[-3:] == ["분야 D1", "분야 D2", "총점 Total"]
    # Domain and item labels sit over their columns (merged), the max row just above the codes.
    assert ws.cell(row=1, column=4).value.startswith("D1 ")
    assert ws.cell(row=2, column=4).value.startswith("I1 ")
    assert any(str(m) == "D1:G1" for m in ws.merged_cells.ranges)  # Q1 Q2 Q3 S1 under D1
    max_row = {codes[c.column - 1]: c.value for c in ws[header - 1] if c.column > 3}
    for ind in FW.indicators:
        assert number(max_row[ind.code]) == ind.max_points
    assert number(max_row["총점 Total"]) == FW.total_max
    rows = list(rows_below(ws, header))
    assert [r["코드 Code"].value for r in rows] == sorted(doc)
    for r in rows:
        a = doc[r["코드 Code"].value]
        for code, points in a["indicators"].items():
            assert number(r[code].value) == Decimal(points), code
            assert r[code].number_format == "0.00"
        for d, points in a["domains"].items():
            assert number(r[f"분야 {d}"].value) == Decimal(points)
        assert number(r["총점 Total"].value) == Decimal(a["total"])
    assert ws.freeze_panes == f"D{header + 1}"


def test_evaluator_points_with_trimmed_evaluators_marked(workbook: Any, state: RoundOutcome) -> None:
    by_code = {r.code: r for r in state.results}
    ws = workbook[rx.EVALUATORS]
    header = rx.EVALUATORS_HEADER_ROW
    names_row = {ws.cell(row=header, column=c.column).value: c.value for c in ws[header - 1]}
    assert names_row["E1"] == "위원1"
    rows = list(rows_below(ws, header))
    seen_trimmed = set()
    for r in rows:
        result = by_code[r["코드 Code"].value]
        indicator = r["지표 Indicator"].value
        if indicator == "정성 합계":
            for e, pts in result.evaluator_points.items():
                assert number(r[e].value) == sum(pts.values(), Decimal(0))
            continue
        trimmed = result.dropped.get(indicator, frozenset())
        assert r["제외 위원 Trimmed"].value == (", ".join(sorted(trimmed)) or None)
        assert number(r["반영 점수 Points"].value) == result.indicators[indicator]
        for e in ("E1", "E2", "E3", "E4", "E5", "E6"):
            cell = r[e]
            if e not in result.evaluator_points:
                assert cell.value is None
                continue
            assert number(cell.value) == result.evaluator_points[e][indicator]
            marked = bool(cell.font.strike) and cell.fill.fgColor.rgb.endswith("D9D9D9")
            assert marked == (e in trimmed), (result.code, indicator, e)
            if marked:
                seen_trimmed.add((result.code, indicator, e))
    # L1 is the only applicant with five evaluators: E1 (highest total) and E5 (lowest) are trimmed.
    assert seen_trimmed == {("L1", "S1", "E1"), ("L1", "S1", "E5"), ("L1", "S2", "E1"), ("L1", "S2", "E5")}
    # L1's points are the mean of E2, E3, E4: S1 = (20 + 20 + 15) / 3 = 18.33, S2 = (12 + 9 + 12) / 3 = 11.
    l1 = {r["지표 Indicator"].value: r for r in rows if r["코드 Code"].value == "L1"}
    assert number(l1["S1"]["반영 점수 Points"].value) == Decimal("18.33")
    assert number(l1["S2"]["반영 점수 Points"].value) == Decimal("11.00")
    assert l1["정성 합계"]["제외 위원 Trimmed"].value == "E1, E5"
    # The legend shows the mark.
    legend = ws.cell(row=2, column=1)
    assert legend.font.strike and "trimmed" in ws.cell(row=2, column=2).value


def test_every_flag_is_listed_with_alpha(workbook: Any, state: RoundOutcome) -> None:
    ws = workbook[rx.FLAGS]
    listed = [(r["코드 Code"].value, r["kind"].value, r["지표 Indicator"].value,
               r["평가위원 Evaluator"].value, r["내용 Detail"].value)
              for r in rows_below(ws, rx.FLAGS_HEADER_ROW)]
    expected = [(a.code, f.kind, f.indicator, f.evaluator, f.detail) for a in state.results for f in a.flags]
    assert listed == expected
    kinds = {k for _, k, *_ in listed}
    assert {"missing_data", "spread", "deviation"} <= kinds
    assert ("S2", "missing_data", "Q2", None, "no reported value") in listed
    assert ws.auto_filter.ref == f"A{rx.FLAGS_HEADER_ROW}:G{rx.FLAGS_HEADER_ROW + len(listed)}"
    # Alpha overall in the flags' title; the table on its own sheet: overall first, then each indicator.
    agreement = round_alpha(FW, ratings_from_sheets(FW, state.counted, state.sheets))
    assert agreement.overall.value is not None
    assert f"{agreement.overall.value:.3f}" in ws["A1"].value and rx.AGREEMENT in ws["A1"].value
    ws = workbook[rx.AGREEMENT]
    alpha_rows = list(rows_below(ws, rx.AGREEMENT_HEADER_ROW))
    assert [r["지표 Indicator"].value for r in alpha_rows] == ["전체 Overall", "S1", "S2"]
    assert agreement.overall.value is not None
    assert alpha_rows[0]["α"].value == pytest.approx(agreement.overall.value, abs=1e-12)
    assert alpha_rows[0]["α"].number_format == "0.000"
    for r in alpha_rows[1:]:
        a = agreement.per_indicator[r["지표 Indicator"].value]
        if a.value is None:
            assert r["α"].value is None
        else:
            assert r["α"].value == pytest.approx(a.value, abs=1e-12)
        assert r["단위 Units"].value == a.units


def test_pending_corrections(workbook: Any) -> None:
    ws = workbook[rx.PENDING]
    rows = list(rows_below(ws, rx.PENDING_HEADER_ROW))
    assert [(r["코드 Code"].value, r["지표 Indicator"].value, r["평가위원 Evaluator"].value,
             r["검증값 Verified value"].value, r["적용값 Value in effect"].value, r["의견 Comment"].value)
            for r in rows] == [("S2", "Q1", "E3", "90", "85", "현장 확인 결과 90%")]


def test_no_pending_corrections_says_so(tmp_path: Path) -> None:
    state = make_state()
    state.results[:] = [r for r in state.results if not r.pending_corrections]
    path = tmp_path / "r.xlsx"
    rx.write_results_workbook(path, state)
    ws = load_workbook(path)[rx.PENDING]
    assert ws.auto_filter.ref == "A1:H1"
    assert "no pending corrections" in ws.cell(row=3, column=1).value


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, state: RoundOutcome) -> None:
    path = tmp_path / "results.xlsx"
    path.write_bytes(b"previous file")

    def broken_save(self: Any, target: Any) -> None:
        target.write(b"PK half a workbook")
        raise RuntimeError("disk full")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken_save)
    with pytest.raises(RuntimeError):
        rx.write_results_workbook(path, state)
    assert path.read_bytes() == b"previous file"
    assert sorted(os.listdir(tmp_path)) == ["results.xlsx"]  # no temporary file left
    monkeypatch.undo()
    with pytest.raises(SmartcertError, match="cannot write"):
        rx.write_results_workbook(tmp_path / "missing" / "r.xlsx", state)
    rx.write_results_workbook(path, state)
    assert load_workbook(path).sheetnames[0] == rx.SUMMARY


def test_ranked_handles_ties_and_incomplete(state: RoundOutcome) -> None:
    ranks = [(x.rank, x.result.code) for x in rank_results(reversed(state.results))]
    assert ranks[:4] == [(1, "L1"), (2, "L2"), (2, "L3"), (None, "L4")]
    assert [(x.rank, x.result.code) for x in state.ranking] == ranks  # the workbook's order is the outcome's
    assert rx.share(Decimal("1399.99"), Decimal("2000")) == Decimal("0.699")  # never shown as 70.0 %
    assert rx.share(Decimal("1400.00"), Decimal("2000")) == Decimal("0.700")
    assert rx.share(Decimal("5"), Decimal("0")) is None
    assert share_percent(Decimal("1399.99"), Decimal("2000"), 1) == Decimal("69.9")


# --- the demo round, through the services --------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from smartcert_desktop import paths
    from smartcert_desktop.exchange import keys as keymod
    from smartcert_desktop.services.demo import create_demo
    from smartcert_desktop.services.outputs import write_results
    from smartcert_desktop.services.workspace import open_workspace

    if not paths.sample_framework_path().exists():
        pytest.skip("the sample framework workbook is not in this checkout")
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)  # key cost is not what this test is about
        patch.setenv("SMARTCERT_PASSPHRASE", "demo")
        patch.setenv("XDG_DATA_HOME", str(root / "data"))
        create_demo(root / "round")
        handle = open_workspace(root / "round" / "program", "program")
        try:
            write_results(handle, "demo", json_file=root / "r.json", xlsx_file=root / "r.xlsx")
        finally:
            handle.close()
    return root / "r.json", root / "r.xlsx"


def test_demo_workbook_matches_the_signed_json(demo_outputs: tuple[Path, Path]) -> None:
    json_file, xlsx_file = demo_outputs
    doc = {a["code"]: a for a in json.loads(json_file.read_text(encoding="utf-8"))["applicants"]}
    wb = load_workbook(xlsx_file)
    summary = list(rows_below(wb[rx.SUMMARY], rx.SUMMARY_HEADER_ROW))
    assert {r["코드 Code"].value for r in summary} == set(doc)
    types = [r["유형 City type"].value for r in summary]
    assert types == sorted(types, key=lambda t: t != "대도시")  # large cities first
    for r in summary:
        assert number(r["총점 Total"].value) == Decimal(doc[r["코드 Code"].value]["total"])
    for city in ("대도시", "중소도시"):
        totals = [number(r["총점 Total"].value) for r in summary if r["유형 City type"].value == city]
        assert totals == sorted(totals, reverse=True)
    matrix = list(rows_below(wb[rx.INDICATORS], rx.INDICATORS_HEADER_ROW))
    for r in matrix:
        for code, points in doc[r["코드 Code"].value]["indicators"].items():
            assert number(r[code].value) == Decimal(points)
    flags = list(rows_below(wb[rx.FLAGS], rx.FLAGS_HEADER_ROW))
    assert len(flags) == sum(len(a["flags"]) for a in doc.values())
    # Evaluator names come from the program's store.
    ws = wb[rx.EVALUATORS]
    names = [c.value for c in ws[rx.EVALUATORS_HEADER_ROW - 1][5:] if c.value]
    assert names and all(isinstance(n, str) and n for n in names)


# --- on screen and on paper ----------------------------------------------------------------------------------

PRINT_TITLES = {rx.SUMMARY: "$5:$5", rx.INDICATORS: "$1:$6", rx.EVALUATORS: "$4:$5", rx.FLAGS: "$2:$2",
                rx.AGREEMENT: "$3:$3", rx.PENDING: "$1:$1"}


def test_every_sheet_prints_a4_landscape_one_page_wide_with_its_header_repeated(workbook: Any) -> None:
    for ws in workbook:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        # The tiny framework's indicators fit one page width: fitted like the others.
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
        assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0), ws.title
        assert ws.print_title_rows == PRINT_TITLES[ws.title]
        assert (ws.page_margins.left, ws.page_margins.right) == (0.4, 0.4)
        assert ws.oddFooter.center.text == "&A · &P / &N"


def test_nothing_spills_over_its_column(workbook: Any) -> None:
    """Every text outside merged titles either fits its column (a Hangul character counted as two) or is
    wrapped, in a row tall enough for its lines."""
    from smartcert_desktop.exchange.xlsx_layout import text_width, wrapped_lines

    checked = 0
    for ws in workbook:
        merged = {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
                  for c in range(rng.min_col, rng.max_col + 1)}
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or (cell.row, cell.column) in merged:
                    continue
                width = ws.column_dimensions[cell.column_letter].width
                bold = 1.08 if cell.font.b else 1.0
                checked += 1
                if cell.alignment.wrap_text:
                    lines = wrapped_lines(cell.value, (width - 2) / bold + 2)
                    if lines > 1:
                        height = ws.row_dimensions[cell.row].height
                        assert height is not None and height >= lines * 11 * 1.36, (ws.title, cell.coordinate)
                else:
                    assert text_width(cell.value) * bold + 2 <= width + 0.01, (ws.title, cell.coordinate)
    assert checked > 200


def test_headers_on_two_lines_and_notes_across_the_table(workbook: Any) -> None:
    ws = workbook[rx.SUMMARY]
    header = rx.SUMMARY_HEADER_ROW
    assert all(c.alignment.wrap_text for c in ws[header])
    # Two lines of 11 pt: 2 x 11 x 1.36 + 2 = 31.92 pt ("반영 위원" over "Evaluators").
    assert ws.row_dimensions[header].height == pytest.approx(31.9)
    # "반영 위원 Evaluators" is 20 wide on one line; its column is narrower, as wide as "Evaluators" and the
    # filter button: (10 + 2.5) x 1.08 + 2 = 15.5.
    assert ws.column_dimensions["G"].width == pytest.approx(15.5)
    # Notes run across all 14 columns, wrapped, instead of off the printed page.
    assert {str(r) for r in ws.merged_cells.ranges} >= {"A1:N1", "A2:N2", "A4:N4"}


def test_a_multi_line_comment_gets_the_height_of_its_lines(tmp_path: Path) -> None:
    pending = {"S2": [PendingCorrection("Q1", "E3", "90", "첫째 줄\n둘째 줄\n셋째 줄")]}
    state = make_state()
    results = compute_round(RoundInput(FW, APPLICANTS, VALUES, LEVELS, pending))
    state = RoundOutcome(state.program, FW, results, state.sheets, state.counted, dict(VALUES), {},
                         evaluator_names=NAMES)
    path = tmp_path / "r.xlsx"
    rx.write_results_workbook(path, state)
    ws = load_workbook(path)[rx.PENDING]
    comment = ws.cell(row=rx.PENDING_HEADER_ROW + 1, column=8)
    assert comment.value == "첫째 줄\n둘째 줄\n셋째 줄" and comment.alignment.wrap_text
    # Three lines of 11 pt: 3 x 11 x 1.36 + 2 = 46.88 pt.
    assert ws.row_dimensions[comment.row].height == pytest.approx(46.9)


def test_the_sample_indicators_print_one_domain_per_page_width(demo_outputs: tuple[Path, Path]) -> None:
    from smartcert_desktop.exchange.framework_xlsx import read_framework
    from smartcert_desktop.paths import sample_framework_path

    fw = read_framework(sample_framework_path())
    ws = load_workbook(demo_outputs[1])[rx.INDICATORS]
    codes = [c.value for c in ws[rx.INDICATORS_HEADER_ROW]]
    by_code = {i.code: i for i in fw.indicators}
    assert ws.page_setup.scale == 80 and not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_cols == "$A:$C" and ws.print_title_rows == "$1:$6"
    breaks = [b.id for b in ws.col_breaks.brk]
    assert len(breaks) >= len(fw.domains)
    firsts = [codes[b] for b in breaks]  # the column right of each break (0-based id = 1-based column left)
    # Every domain starts a page width; every break falls between items; the totals start the last one.
    domain_starts = {next(c for c in codes[3:] if c in by_code and by_code[c].domain_code == d.code)
                     for d in fw.domains[1:]}
    assert domain_starts <= set(firsts)
    assert firsts[-1] == f"분야 {fw.domains[0].code}"
    for b in breaks:
        left, right = codes[b - 1], codes[b]
        if left in by_code and right in by_code:
            assert by_code[left].item_code != by_code[right].item_code, (left, right)
