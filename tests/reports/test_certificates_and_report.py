"""Certificates for certified applicants only, and the round report's ranking, grades, agreement and flags."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.reports import figures
from smartcert_desktop.reports.certificate import render_certificate, valid_until
from smartcert_desktop.reports.round_report import render_round_report

from ._state import FINGERPRINT
from .conftest import assert_in_order, pdf_pages

CITY = {"large": "대도시", "small": "중소도시"}


def test_certificates_only_for_certified_applicants(written: dict[str, Any]) -> None:
    certified = {a["code"] for a in written["json"]["applicants"] if a["certified"]}
    assert certified and len(certified) < len(written["json"]["applicants"])
    found = {p.name.removesuffix("-certificate.pdf") for p in written["dir"].glob("*-certificate.pdf")}
    assert found == certified
    sheets = {p.stem for p in written["dir"].glob("*.pdf") if not p.stem.endswith("-certificate")}
    assert sheets == {a["code"] for a in written["json"]["applicants"]} | {"report"}
    assert not list(written["dir"].glob(".*")), "no temporary files are left"


def test_certificate_content(written: dict[str, Any]) -> None:
    for a in written["json"]["applicants"]:
        if not a["certified"]:
            continue
        pages = pdf_pages(written["dir"] / f"{a['code']}-certificate.pdf")
        assert len(pages) == 1
        text = pages[0]
        for piece in ("스마트도시 인증서", a["name_ko"], a["name_en"], f"{a['grade']}등급", CITY[a["city_type"]],
                      "2025년 3월 14일", "2027년 3월 13일", "국토교통부장관", "국토연구원", "직인",
                      written["state"].program.name, FINGERPRINT, "견본"):
            assert piece in text, (a["code"], piece)


def test_validity_is_two_years() -> None:
    assert valid_until(date(2025, 3, 14)) == date(2027, 3, 13)
    assert valid_until(date(2025, 1, 1)) == date(2026, 12, 31)
    assert valid_until(date(2024, 2, 29)) == date(2026, 2, 28)
    assert valid_until(date(2023, 3, 1)) == date(2025, 2, 28)


def test_no_certificate_for_an_applicant_that_is_not_certified(sample_state: RoundOutcome) -> None:
    refused = next(r for r in sample_state.results if not r.certified)
    with pytest.raises(ValueError):
        render_certificate(sample_state, refused.code, FINGERPRINT, issue_date=date(2025, 3, 14))
    with pytest.raises(KeyError):
        render_certificate(sample_state, "NOPE", FINGERPRINT)


def _report(written: dict[str, Any]) -> str:
    return "\n".join(pdf_pages(written["dir"] / "report.pdf"))


def test_report_ranks_each_city_type(written: dict[str, Any]) -> None:
    text = _report(written)
    start = text.index("도시 유형별 순위")
    applicants = written["json"]["applicants"]
    for city_type in ("large", "small"):
        graded = sorted((a for a in applicants if a["city_type"] == city_type and a["status"] == "graded"),
                        key=lambda a: (-float(a["total"]), a["code"]))
        pieces = [CITY[city_type]]
        for rank, a in enumerate(graded, start=1):
            pieces += [str(rank), a["code"], a["name_ko"], a["total"], f"{a['grade']}등급",
                       "인증" if a["certified"] else "미인증"]
        for a in applicants:
            if a["city_type"] == city_type and a["status"] != "graded":
                pieces += ["—", a["code"], a["total"], "평가 미완료"]
        assert_in_order(text, pieces, start)
        start = text.index(pieces[-1], start)


def test_report_counts_and_grade_distribution(written: dict[str, Any]) -> None:
    text = _report(written)
    applicants = written["json"]["applicants"]
    certified = sum(a["certified"] for a in applicants)
    assert f"{certified} / {len(applicants)}" in text
    section = text[text.index("등급 분포"):text.index("도시 유형별 순위")]
    for grade in (1, 2, 3, 4, 5):
        large = sum(1 for a in applicants if a["city_type"] == "large" and a["grade"] == grade)
        small = sum(1 for a in applicants if a["city_type"] == "small" and a["grade"] == grade)
        assert_in_order(section, [f"{grade}등급", str(large), str(small), str(large + small)])
    assert "평가 미완료" in section


def test_report_lists_flags(written: dict[str, Any]) -> None:
    text = _report(written)
    section = text[text.index("5. 플래그"):]
    applicants = written["json"]["applicants"]
    kinds: dict[str, int] = {}
    for a in applicants:
        for f in a["flags"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    for kind, n in kinds.items():
        assert_in_order(section, [kind, figures.FLAG_KO[kind], str(n)])
    listed = [(a, f) for a in applicants for f in a["flags"] if f["kind"] in ("spread", "deviation")]
    assert listed
    pieces: list[str] = []
    for a, f in listed:
        pieces += [a["code"], figures.FLAG_KO[f["kind"]], _korean_detail(f["detail"])]
    assert_in_order(section, pieces)


def test_report_agreement(written: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    state: RoundOutcome = written["state"]
    text = _report(written)
    found = state.agreement
    section = text[text.index("평가위원 간 일치도"):text.index("5. 플래그")]
    pieces = ["전체", figures.alpha_text(found.overall.value)]
    for ind in state.framework.qualitative:
        per = found.per_indicator.get(ind.code)
        pieces += [ind.code, figures.alpha_text(per.value if per is not None else None)]
    assert_in_order(section, pieces)
    assert "도시 유형별 순위" in text


def test_report_pages_carry_fingerprint_and_numbers(written: dict[str, Any]) -> None:
    pages = pdf_pages(written["dir"] / "report.pdf")
    for n, page in enumerate(pages, start=1):
        assert FINGERPRINT in page and f"{n} / {len(pages)} 쪽" in page
    assert "2025년 3월 14일" in pages[0]


def _korean_detail(detail: str) -> str:
    """The report states a flag in Korean with the same figures as the JSON's English detail."""
    spread = re.fullmatch(r"spread (\S+) of \S+ points \(max (\S+), min (\S+)\)", detail)
    if spread:
        return f"평가위원 간 점수 차 {spread[1]}점 (최고 {spread[2]}점, 최저 {spread[3]}점)"
    deviation = re.fullmatch(r"qualitative total (\S+) is (\S+)% from the panel mean (\S+)", detail)
    assert deviation, detail
    return f"정성 합계 {deviation[1]}점: 위원 평균 {deviation[3]}점 대비 {deviation[2]}%"


def test_report_lists_the_chairs_decisions(written: dict[str, Any]) -> None:
    from dataclasses import replace

    from smartcert_desktop.store.models import CorrectionDecision

    decision = CorrectionDecision(applicant_code="L01", indicator_code="A1-5", action="dismissed", value="26",
                                  evaluator_id="E02", reason="증빙 불충분")
    state = replace(written["state"], decisions=(decision,))
    text = "\n".join(pdf_pages(render_round_report(state, FINGERPRINT, issue_date=date(2026, 8, 20))))
    assert_in_order(text, ["위원회 결정 사항", "L01", "A1-5", "기각", "26 (E02)", "증빙 불충분"])
