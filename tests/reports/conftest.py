"""Shared rounds and PDF helpers for the report tests."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from smartcert_desktop.domain.engine import ApplicantInput, PendingCorrection
from smartcert_desktop.domain.framework import Framework
from smartcert_desktop.domain.outcome import RoundOutcome
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.paths import sample_framework_path
from smartcert_desktop.reports.result_sheets import write_all_pdfs
from smartcert_desktop.services.demo_data import DEMO_APPLICANTS

from ._state import FINGERPRINT, build_state, results_json

ISSUED = date(2025, 3, 14)
# One applicant scored by two evaluators only (the sample framework needs three): incomplete.
INCOMPLETE = ApplicantInput("S07", "전라남도 해남군", "Haenam-gun", 64_000, "전라남도")
PENDING = {
    "L02": [PendingCorrection("A1-1", "QV-LEE", "55", "증빙자료 확인 결과 이수율이 다름"),
            PendingCorrection("C1-1", "QV-KIM", "12", "")],
}


def pdf_pages(path: Path | bytes) -> list[str]:
    """The text of each page, as a reader's search would see it."""
    import io

    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return [page.extract_text() for page in reader.pages]


def assert_in_order(text: str, pieces: Iterable[str], start: int = 0) -> None:
    """Each piece occurs in ``text`` after the previous one (table rows are drawn row by row).

    Runs of white space count as one space: a cell that wraps its text puts a line break where it had one.
    """
    text = re.sub(r"\s+", " ", text[start:])
    pos = 0
    for raw in pieces:
        piece = re.sub(r"\s+", " ", raw)
        found = text.find(piece, pos)
        assert found >= 0, f"{piece!r} not found after position {pos}: ...{text[pos:pos + 300]!r}"
        pos = found + len(piece)


@pytest.fixture(scope="session")
def sample_framework() -> Framework:
    return read_framework(sample_framework_path())


@pytest.fixture(scope="session")
def sample_state(sample_framework: Framework) -> RoundOutcome:
    """The twelve demo applicants and an incomplete one, on the 63-indicator sample framework."""
    return build_state(sample_framework, (*DEMO_APPLICANTS, INCOMPLETE), short={"S07": 2}, pending=PENDING,
                       long_comment_for="L03")


@pytest.fixture(scope="session")
def written(sample_state: RoundOutcome, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """All PDFs of the sample round, written once for the tests that only read them."""
    folder = tmp_path_factory.mktemp("pdf")
    paths = write_all_pdfs(folder, sample_state, FINGERPRINT, issue_date=ISSUED)
    return {"dir": folder, "paths": paths, "json": results_json(sample_state), "state": sample_state}


@pytest.fixture(scope="session")
def tiny_state() -> RoundOutcome:
    """Three applicants on the tiny seven-indicator framework (not a sample; grade 3 not certified)."""
    from domain._build import tiny_framework

    applicants = (ApplicantInput("P1", "가나시", "Ganna City", 800_000),
                  ApplicantInput("P2", "다라시", "Dara City", 650_000),
                  ApplicantInput("P3", "마바군", "Maba-gun", 90_000))
    return build_state(tiny_framework(), applicants, value_sources=("L01", "L02", "S06"))
