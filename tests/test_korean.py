"""Korean particles after names and numbers (smartcert_desktop/korean.py); each case read aloud by hand."""

from __future__ import annotations

import pytest

from smartcert_desktop.korean import attach, ending, particle, resolve, resolve_after


@pytest.mark.parametrize(("word", "expected"), [
    # Hangul: the last syllable's final consonant
    ("대전광역시", "vowel"), ("서울", "rieul"), ("부천", "consonant"), ("대구", "vowel"), ("김해", "vowel"),
    ("성동구청", "consonant"), ("창원", "consonant"), ("안양", "consonant"),
    # digits read in Korean
    ("1", "rieul"), ("2", "vowel"), ("3", "consonant"), ("4", "vowel"), ("5", "vowel"), ("6", "consonant"),
    ("7", "rieul"), ("8", "rieul"), ("9", "vowel"), ("0", "consonant"),
    # trailing zeros: 십 백 천 만 억 조
    ("10", "consonant"), ("350", "consonant"), ("100", "consonant"), ("2,000", "consonant"),
    ("10000", "consonant"), ("120000", "consonant"), ("1,200,000", "consonant"),
    ("100000000", "consonant"), ("1000000000000", "vowel"),
    # decimals: each digit after the point alone
    ("0.8", "rieul"), ("0.2", "vowel"), ("1,523.40", "consonant"), ("12.5", "vowel"),
    # Latin letters by name, for short runs
    ("E", "vowel"), ("L", "rieul"), ("M", "consonant"), ("N", "consonant"), ("R", "rieul"), ("PDF", "vowel"),
    ("L02", "vowel"), ("E01", "rieul"), ("A1-6", "consonant"), ("ICT", "vowel"),
    # punctuation and brackets are skipped; % is read 퍼센트
    ("대전(L02)", "vowel"), ("「서울」", "rieul"), ("30%", "vowel"), ("'부천'", "consonant"),
    # what cannot be told
    ("smartcert", None), ("BAND", None), ("km", None), ("L02.pdf", None), ("", None), ("…", None), ("漢", None),
])
def test_endings(word: str, expected: str | None) -> None:
    assert ending(word) == expected


@pytest.mark.parametrize(("word", "pair", "expected"), [
    ("대전광역시", "과/와", "와"), ("부천", "과/와", "과"), ("350", "을/를", "을"), ("L02", "을/를", "를"),
    ("서울", "으로/로", "로"), ("부천", "으로/로", "으로"), ("대구", "으로/로", "로"), ("1", "으로/로", "로"),
    ("3", "으로/로", "으로"), ("E01", "이/가", "이"), ("E02", "이/가", "가"), ("수원", "은/는", "은"),
    ("세종", "은/는", "은"), ("고양", "이", "이"), ("대구", "이", ""),
    ("smartcert", "을/를", "(을)를"), ("BAND", "이/가", "(이)가"), ("BAND", "은/는", "(은)는"),
    ("BAND", "과/와", "(과)와"), ("BAND", "으로/로", "(으)로"), ("BAND", "이", "(이)"),
])
def test_particles(word: str, pair: str, expected: str) -> None:
    assert particle(word, pair) == expected


def test_attach_and_unknown_pair() -> None:
    assert attach("대전광역시", "과/와") == "대전광역시와"
    assert attach("350", "을/를") == "350을"
    with pytest.raises(ValueError, match="unknown particle"):
        particle("서울", "의")


@pytest.mark.parametrize(("text", "expected"), [
    ("대전광역시와(과) 이해충돌", "대전광역시와 이해충돌"),
    ("350을(를) 승인했습니다.", "350을 승인했습니다."),
    ("값 20을(를) 승인", "값 20을 승인"),
    ("L02을(를) 평가합니다", "L02를 평가합니다"),
    ("E01이(가) L03을(를) 확인했습니다", "E01이 L03을 확인했습니다"),
    ("E02이(가) 부천을(를)", "E02가 부천을"),
    ("작업 공간 evaluator은(는) 열려 있습니다", "작업 공간 evaluator(은)는 열려 있습니다"),
    ("서울(으)로 옮깁니다", "서울로 옮깁니다"),
    ("A001(이)며", "A001이며"),
    ("L02(이)며", "L02며"),
    ("표시가 없는 문장", "표시가 없는 문장"),
])
def test_resolve(text: str, expected: str) -> None:
    assert resolve(text) == expected


def test_resolve_after_only_touches_a_marker_at_the_start() -> None:
    assert resolve_after("부천", "와(과) 대구와(과)") == "과 대구와(과)"
    assert resolve_after("부천", " 와(과)") == " 와(과)"
    assert resolve_after("부천", "") == ""
