"""The round's agreement on a round driven through the services: counted evaluators only, from the merged sheets."""

from __future__ import annotations

from typing import Any

from openpyxl import load_workbook

from smartcert_desktop.domain.agreement import krippendorff_alpha
from smartcert_desktop.exchange import results_xlsx as rx
from smartcert_desktop.services.outputs import write_results
from smartcert_desktop.services.results import round_outcome

from .conftest import PASS

# Scale A..E -> indices 0..4.
LEVELS = {
    "P1": {"E1": ("A", "B"), "E2": ("B", "B"), "E3": ("B", "C")},
    "P2": {"E1": ("C", "C"), "E2": ("C", "D"), "E3": ("D", "D")},
    "P3": {"E1": ("B", "A"), "E2": ("A", "A"), "E3": ("A", "B")},
}
INDEX = {c: i for i, c in enumerate("ABCDE")}


def test_round_agreement_uses_the_counted_evaluators_levels(make_round: Any) -> None:
    r = make_round(evaluators=("E1", "E2", "E3", "E4"))
    r.assign([(e, a) for a in ("P1", "P2", "P3") for e in ("E1", "E2", "E3", "E4")])
    r.send_packages()
    for e in ("E1", "E2", "E3"):
        for a, by_e in LEVELS.items():
            s1, s2 = by_e[e]
            r.score(e, a, {"S1": s1, "S2": s2})
    r.score("E4", "P1", {"S1": "E"})  # incomplete sheets: E4 is counted nowhere
    r.merge(*(r.submit(e) for e in ("E1", "E2", "E3", "E4")))

    with r.program.factory() as s:
        agreement = round_outcome(s).agreement
    assert agreement.raters == ("E1", "E2", "E3")
    assert agreement.overall.units == 6  # 3 applicants x 2 qualitative indicators

    def units(code: str) -> dict[str, dict[str, int]]:
        position = {"S1": 0, "S2": 1}[code]
        return {a: {e: INDEX[lv[position]] for e, lv in by_e.items()} for a, by_e in LEVELS.items()}

    for code in ("S1", "S2"):
        assert agreement.per_indicator[code].value == krippendorff_alpha(units(code), value_domain=range(5))
    every = {f"{a}/{code}": by_e for code in ("S1", "S2") for a, by_e in units(code).items()}
    assert agreement.overall.value == krippendorff_alpha(every, value_domain=range(5))

    # The workbook written by the results use case names the evaluators and shows the same alpha.
    out = r.root / "results.xlsx"
    write_results(r.program, PASS, xlsx_file=out)
    wb = load_workbook(out)
    ws = wb[rx.EVALUATORS]
    names = {ws.cell(row=rx.EVALUATORS_HEADER_ROW, column=c.column).value: c.value
             for c in ws[rx.EVALUATORS_HEADER_ROW - 1] if c.value}
    assert names["E1"] == "평가위원 E1"
    assert "E4" not in names
    assert f"{agreement.overall.value:.3f}" in wb[rx.FLAGS]["A1"].value
