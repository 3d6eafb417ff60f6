"""The figures behind the PDFs: shares, averages, ranking, comments picked as strengths or improvements."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from smartcert_desktop.domain.numbers import round_half_up
from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.domain.sheets import IndicatorEntry, Sheet
from smartcert_desktop.reports import figures

D = Decimal


def test_share_and_percent_text() -> None:
    assert figures.share(D("1769.89"), D("2000")) == D("88.49")
    assert figures.share(D("1"), D("3")) == D("33.33")
    assert figures.share(D("2"), D("3")) == D("66.66")  # 66.666…: truncated, as every shown share (contract 1.1)
    assert figures.share(D("5"), D("0")) == D("0.00")
    assert figures.pct(D("30"), D("30")) == "100.00%"
    # At a threshold: 1,399.90 of 2,000 is 69.995 %; shown 69.99 %, never 70.00 % beside a grade it did not reach.
    assert figures.pct(D("1399.90"), D("2000")) == "69.99%"


def test_averages_use_graded_applicants_of_the_same_city_type(sample_state: RoundOutcome) -> None:
    small = [r for r in sample_state.results if r.city_type == "small" and r.status == "graded"]
    avg = figures.city_type_averages(sample_state.results, "small")
    assert avg.count == len(small)
    assert avg.total == round_half_up(sum(r.total for r in small) / len(small))
    assert set(avg.items) == {it.code for it in sample_state.framework.items}


def test_ranking_shares_ranks_and_puts_incomplete_last(sample_state: RoundOutcome) -> None:
    results = list(sample_state.results)
    small = [r for r in results if r.city_type == "small" and r.status == "graded"]
    tied = replace(small[1], total=small[0].total)
    results = [tied if r is small[1] else r for r in results]
    rows = figures.ranking(results, "small")
    ranks = [row.rank for row in rows]
    assert ranks[0] == ranks[1] == 1 and ranks[2] == 3
    assert rows[-1].rank is None and rows[-1].result.status == "incomplete"
    assert [r.result.code for r in rows[:2]] == sorted(r.result.code for r in rows[:2])


def test_grade_distribution_and_counts(sample_state: RoundOutcome) -> None:
    dist = figures.grade_distribution(sample_state.results, sample_state.framework, "small")
    small = [r for r in sample_state.results if r.city_type == "small"]
    assert sum(dist.values()) == len(small)
    assert dist["incomplete"] == 1
    c = figures.counts(sample_state.results, "small")
    assert (c.applicants, c.incomplete) == (len(small), 1)


def test_remarks_sort_best_and_worst_levels_and_deduplicate(sample_state: RoundOutcome) -> None:
    fw = sample_state.framework
    q = [i.code for i in fw.qualitative]
    sheets = {
        ("V1", "L01"): Sheet("V1", "L01", {q[0]: IndicatorEntry("A", comment="  훌륭한   성과 "),
                                           q[1]: IndicatorEntry("E", comment="보완 필요"),
                                           q[2]: IndicatorEntry("C", comment="보통 수준의 의견")}),
        ("V2", "L01"): Sheet("V2", "L01", {q[0]: IndicatorEntry("B", comment="훌륭한 성과"),
                                           q[3]: IndicatorEntry("D", comment="보완 필요")}),
        # not counted: never quoted
        ("V3", "L01"): Sheet("V3", "L01", {q[4]: IndicatorEntry("A", comment="세지 않는 위원의 의견")}),
    }
    state = replace(sample_state, sheets=sheets, counted={"L01": ["V1", "V2"]})
    found = figures.remarks_for(state, "L01")
    assert [r.text for r in found.strengths] == ["훌륭한 성과"]
    assert [i.code for i in found.strengths[0].indicators] == [q[0]]
    assert [r.text for r in found.improvements] == ["보완 필요"]
    assert [i.code for i in found.improvements[0].indicators] == [q[1], q[3]]
    assert all("보통" not in r.text and "세지 않는" not in r.text for r in (*found.strengths, *found.improvements))


def test_remarks_are_capped(sample_state: RoundOutcome) -> None:
    fw = sample_state.framework
    entries = {i.code: IndicatorEntry("A", comment=f"의견 {n} " + "가" * 400)
               for n, i in enumerate(fw.qualitative)}
    state = replace(sample_state, sheets={("V1", "L01"): Sheet("V1", "L01", entries)}, counted={"L01": ["V1"]})
    found = figures.remarks_for(state, "L01")
    assert len(found.strengths) == figures.MAX_REMARKS
    assert found.more_strengths == len(fw.qualitative) - figures.MAX_REMARKS
    assert all(len(r.text) <= figures.MAX_COMMENT_CHARS and r.text.endswith("…") for r in found.strengths)


def test_alpha_text() -> None:
    assert figures.alpha_text(None) == "—"
    assert figures.alpha_text(0.81234) == "0.812"
    assert figures.alpha_reading(0.8) == "reliable"
    assert figures.alpha_reading(0.7) == "tentative"
    assert figures.alpha_reading(0.1) == "unreliable"
