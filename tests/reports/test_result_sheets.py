"""Result sheets: every figure of the results JSON, found by text extraction where a reader expects it."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcert_desktop.domain.engine import ApplicantInput
from smartcert_desktop.domain.framework import Framework
from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.reports import fonts
from smartcert_desktop.reports.result_sheets import render_result_sheet

from ._state import (
    EVALUATORS,
    FINGERPRINT,
    GOOD_COMMENT,
    LONG_COMMENT,
    POOR_COMMENT,
    build_state,
    results_json,
)
from .conftest import assert_in_order, pdf_pages

CITY = {"large": "대도시", "small": "중소도시"}


def _sheet_text(written: dict[str, Any], code: str) -> tuple[list[str], str]:
    pages = pdf_pages(written["dir"] / f"{code}.pdf")
    return pages, "\n".join(pages)


def test_every_applicant_has_a_sheet_with_its_figures(written: dict[str, Any]) -> None:
    fw: Framework = written["state"].framework
    for a in written["json"]["applicants"]:
        pages, text = _sheet_text(written, a["code"])
        assert a["name_ko"] in text and a["name_en"] in text
        assert f"{a['total']} / {a['max_total']}" in text
        assert CITY[a["city_type"]] in text
        if a["status"] == "graded":
            assert f"{a['grade']}등급" in text
            assert ("미인증" not in pages[0]) == a["certified"]
        else:
            assert "평가 미완료" in text and "등급" in text
            assert not re.search(r"\d등급", pages[0]), "an incomplete applicant has no grade"
        # domains and items, in table order: name, points, maximum
        table = text.index("분야·평가항목별 점수")
        pieces: list[str] = []
        for d in fw.domains:
            pieces += [d.name_ko, a["domains"][d.code], f"{fw.domain_max(d.code):.2f}"]
            for it in fw.items_of(d.code):
                pieces += [it.name_ko, a["items"][it.code], f"{fw.item_max(it.code):.2f}"]
        pieces += ["합계", a["total"], a["max_total"]]
        assert_in_order(text, pieces, table)
        # every indicator: code, then its points and maximum, in framework order
        table = text.index("세부지표별 점수")
        pieces = []
        for ind in fw.indicators:
            pieces += [ind.code, a["indicators"][ind.code], f"{ind.max_points:.2f}"]
        assert_in_order(text, pieces, table)


def test_quantitative_values_are_shown_with_their_unit(written: dict[str, Any]) -> None:
    state: RoundOutcome = written["state"]
    r = next(x for x in state.results if x.code == "L01")
    text = "\n".join(_sheet_text(written, "L01")[1:])
    shown = 0
    for ind in state.framework.quantitative:
        value = r.values_used.get(ind.code)
        if value is None:
            continue
        expected = f"{value} {ind.unit}" if ind.unit else value
        assert expected in text, ind.code
        shown += 1
    assert shown > 40
    if any(v is None for v in r.values_used.values()):
        assert "미제출" in text


def test_every_page_has_the_fingerprint_and_its_number(written: dict[str, Any]) -> None:
    for a in written["json"]["applicants"]:
        pages, _ = _sheet_text(written, a["code"])
        assert 2 <= len(pages) <= 4, f"{a['code']}: {len(pages)} pages"
        for n, page in enumerate(pages, start=1):
            assert FINGERPRINT in page
            assert f"{n} / {len(pages)} 쪽" in page
            assert "예시(SAMPLE) 평가체계" in page


def test_comments_become_strengths_and_improvements_without_evaluators(written: dict[str, Any]) -> None:
    state: RoundOutcome = written["state"]
    for r in state.results:
        text = _sheet_text(written, r.code)[1]
        section = text[text.index("강점 및 개선 필요 사항"):text.index("평가항목별 득점률")]
        for evaluator in EVALUATORS:
            assert evaluator not in text
        assert section.count(GOOD_COMMENT) <= 1 and section.count(POOR_COMMENT) <= 1
        levels = [sheet.entry(i.code).level for (e, a), sheet in state.sheets.items() if a == r.code
                  for i in state.framework.qualitative]
        if r.code != "L03":
            assert (GOOD_COMMENT in section) == any(lv in ("A", "B") for lv in levels)
            assert (POOR_COMMENT in section) == any(lv in ("D", "E") for lv in levels)


def test_long_comments_are_cut(written: dict[str, Any]) -> None:
    text = re.sub(r"\s+", "", _sheet_text(written, "L03")[1])
    assert re.sub(r"\s+", "", LONG_COMMENT[:60]) in text
    assert "…" in text
    assert re.sub(r"\s+", "", LONG_COMMENT) not in text


def test_pending_corrections_are_listed(written: dict[str, Any]) -> None:
    text = _sheet_text(written, "L02")[1]
    assert "결정 대기 중인 값 정정" in text
    section = text[text.index("결정 대기 중인 값 정정"):text.index("세부지표별 점수")]
    assert_in_order(section, ["A1-1", "55 %", "증빙자료 확인 결과 이수율이 다름", "C1-1", "12 개"])
    assert "QV-" not in text
    assert "결정 대기 중인 값 정정" not in _sheet_text(written, "L01")[1]


def test_fonts_are_embedded_truetype_from_the_program(written: dict[str, Any]) -> None:
    for path in written["paths"]:
        reader = PdfReader(path)
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert font["/Subtype"] == "/TrueType", (path.name, font["/BaseFont"])
                assert "NanumGothic" in font["/BaseFont"]
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
    for name in (fonts.REGULAR, fonts.BOLD):
        face_file = Path(fonts.pdfmetrics.getFont(name).face.filename)
        assert face_file.parent == Path(fonts.resource_path("fonts"))
    assert (Path(fonts.resource_path("fonts")) / "OFL.txt").is_file()


def test_preview_is_the_same_document(written: dict[str, Any]) -> None:
    state: RoundOutcome = written["state"]
    data = render_result_sheet(state, "L01", FINGERPRINT)
    assert data == (written["dir"] / "L01.pdf").read_bytes(), "the same round gives the same bytes"
    with pytest.raises(KeyError):
        render_result_sheet(state, "NOPE", FINGERPRINT)


def test_a_real_framework_has_no_sample_notice_and_odd_names_survive(sample_framework: Framework) -> None:
    from dataclasses import replace

    long_name = "도시데이터 허브와 " * 12 + "통합 데이터플랫폼의 구축 및 민간 개방 실적과 시민 체감 성과"
    indicators = tuple(replace(i, name_ko=long_name) if i.code == "A2-3" else i for i in sample_framework.indicators)
    fw = replace(sample_framework, sample=False, indicators=indicators, id="KR-SMARTCITY", version="2025",
                 name_ko="스마트도시 인증 평가체계 2025", name_en="Smart city certification framework 2025")
    odd = ApplicantInput("X01", "연구&개발 <특별>시", "R&D City <Test>", 700_000)
    state = build_state(fw, (odd, ApplicantInput("X02", "보통시", "Plain City", 800_000)))
    data = render_result_sheet(state, "X01", FINGERPRINT)
    pages = pdf_pages(data)
    text = "\n".join(pages)
    assert "SAMPLE" not in text and "예시" not in text
    assert "연구&개발 <특별>시" in text and "R&D City <Test>" in text
    flat = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", long_name) in flat, "a long indicator name wraps instead of being cut"
    doc = results_json(state)["applicants"][0]
    assert_in_order(text, ["A2-3", doc["indicators"]["A2-3"]], text.index("세부지표별 점수"))


def test_small_framework_renders(tiny_state: RoundOutcome) -> None:
    for r in tiny_state.results:
        data = render_result_sheet(tiny_state, r.code, FINGERPRINT)
        reader = PdfReader(io.BytesIO(data))
        assert 1 <= len(reader.pages) <= 2
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert f"{r.total:.2f}" in text
        assert all(f"{v:.2f}" in text for v in r.indicators.values())
    assert Decimal(0) <= tiny_state.results[0].total


def test_the_summary_sentence_takes_the_particles_of_its_name_and_figures(written: dict[str, Any]) -> None:
    from smartcert_desktop.korean import attach

    state: RoundOutcome = written["state"]
    for r in state.results:
        first = re.sub(r"\s+", " ", _sheet_text(written, r.code)[0][0])
        if r.status == "graded":
            share = f"{r.total * 100 / r.max_total:.2f}"[:-1]
            # Read aloud: the name's last syllable and the share's last digit decide the particles.
            expected = f"{attach(r.name_ko, '은/는')} 총점"
            assert expected in first, (r.code, first)
            assert "(은)는" not in first and "은(는)" not in first and "(으)로" not in first
            assert share in first
    # Two names read by hand: 서울특별시 강남구 ends in 구 (a vowel), 부천시 in 시 (a vowel) too; a share
    # ending in % is read 퍼센트, so it always takes 로.
    assert attach("서울특별시 강남구", "은/는") == "서울특별시 강남구는"
    assert attach("76.17%", "으로/로") == "76.17%로"


def test_the_remarks_keep_their_header_with_their_first_rows_on_every_page(
        sample_state: RoundOutcome, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty remarks: the table runs over pages; each page of it starts with the header, and the page of the
    heading holds the first remarks, not the header alone."""
    from smartcert_desktop.reports import result_sheets
    from smartcert_desktop.reports.figures import Remark, Remarks

    state = sample_state
    indicator = state.framework.qualitative[0]
    many = Remarks(tuple(Remark(f"강점 의견 {n:02d}번: 추진 체계가 구체적이고 실적이 분명합니다.", (indicator,))
                         for n in range(40)),
                   tuple(Remark(f"개선 의견 {n:02d}번: 성과 관리 지표가 더 필요합니다.", (indicator,))
                         for n in range(40)))
    monkeypatch.setattr(result_sheets, "remarks_for", lambda _state, _code: many)
    pages = [re.sub(r"\s+", " ", page) for page in
             pdf_pages(render_result_sheet(state, state.results[0].code, FINGERPRINT))]
    with_remarks = [n for n, page in enumerate(pages) if "의견 " in page and "번:" in page]
    assert len(with_remarks) >= 2, "the remarks run over more than one page"
    heading = next(n for n, page in enumerate(pages) if "강점 및 개선 필요 사항" in page)
    assert heading == with_remarks[0]
    assert "강점 의견 00번" in pages[heading] and "강점 의견 01번" in pages[heading]
    for n in with_remarks:
        assert "강점" in pages[n] and "개선 필요" in pages[n]
        # The header sits above that page's first remark.
        first = min(pages[n].index(m.group(0)) for m in re.finditer(r"(강점|개선) 의견 \d\d번", pages[n]))
        assert pages[n].rfind("개선 필요", 0, first) >= 0, n
    assert "강점 의견 39번" in pages[with_remarks[-1]]


def test_a_total_just_below_a_threshold_never_shows_the_threshold(sample_state: RoundOutcome) -> None:
    """1,399.90 of 2,000 is 69.995 %: the result sheet shows 69.99 %, the results workbook 69.9 %, never 70."""
    from dataclasses import replace
    from decimal import Decimal

    from openpyxl import load_workbook

    from smartcert_desktop.exchange import results_xlsx as rx

    first = sample_state.results[0]
    assert first.max_total == Decimal("2000.00")
    below = replace(first, total=Decimal("1399.90"))
    state = replace(sample_state, results=(below, *sample_state.results[1:]))
    text = "\n".join(pdf_pages(render_result_sheet(state, below.code, FINGERPRINT)))
    assert "69.99%" in text and "70.00%" not in text
    import io

    wb = load_workbook(io.BytesIO(rx.results_workbook_bytes(state)))
    ws = wb[rx.SUMMARY]
    shares = [row for row in ws.iter_rows(values_only=True) if below.code in row]
    assert shares, "the applicant's row in the summary"
    share_cells = [v for v in shares[0] if isinstance(v, (int, float, Decimal)) and 0 < float(v) < 1]
    assert [Decimal(str(v)) for v in share_cells] == [Decimal("0.699")]
