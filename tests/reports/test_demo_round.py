"""The demo round through the services: the signed results JSON and the PDFs written beside it agree."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.reports.result_sheets import write_all_pdfs
from smartcert_desktop.services.demo import DEMO_PASSPHRASE, create_demo
from smartcert_desktop.services.demo_data import DEMO_EVALUATORS
from smartcert_desktop.services.outputs import results_fingerprint, write_results
from smartcert_desktop.services.results import round_outcome
from smartcert_desktop.services.workspace import open_workspace

from .conftest import assert_in_order, pdf_pages


@pytest.fixture(scope="module")
def demo_outputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        # Key files with a small scrypt cost: the cost is not what this test is about.
        patch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
        patch.setenv("SMARTCERT_PASSPHRASE", DEMO_PASSPHRASE)
        create_demo(root / "demo")
        handle = open_workspace(root / "demo" / "program", "program")
        try:
            lines = write_results(handle, DEMO_PASSPHRASE, json_file=root / "r.json", pdf_dir=root / "pdf")
            with handle.factory() as session:
                state = round_outcome(session)
        finally:
            handle.close()
    data = (root / "r.json").read_bytes()
    yield {"root": root, "json": json.loads(data), "fingerprint": results_fingerprint(data), "lines": lines,
           "state": state}


def test_results_command_writes_every_pdf(demo_outputs: dict[str, Any]) -> None:
    folder: Path = demo_outputs["root"] / "pdf"
    applicants = demo_outputs["json"]["applicants"]
    expected = {f"{a['code']}.pdf" for a in applicants} | {"report.pdf"}
    expected |= {f"{a['code']}-certificate.pdf" for a in applicants if a["certified"]}
    assert {p.name for p in folder.iterdir()} == expected
    assert any(f"wrote {len(expected)} PDF file(s)" in line for line in map(str, demo_outputs["lines"]))


def test_sheets_match_the_signed_json(demo_outputs: dict[str, Any]) -> None:
    folder: Path = demo_outputs["root"] / "pdf"
    fw = demo_outputs["state"].framework
    names = [name for _id, name in DEMO_EVALUATORS]
    for a in demo_outputs["json"]["applicants"]:
        pages = pdf_pages(folder / f"{a['code']}.pdf")
        text = "\n".join(pages)
        assert 2 <= len(pages) <= 4
        assert f"{a['total']} / {a['max_total']}" in text
        assert f"{a['grade']}등급" in text
        assert ("미인증" not in pages[0]) == a["certified"]
        assert all(demo_outputs["fingerprint"] in page for page in pages)
        pieces: list[str] = []
        for d in fw.domains:
            pieces += [d.name_ko, a["domains"][d.code]]
            for it in fw.items_of(d.code):
                pieces += [it.name_ko, a["items"][it.code]]
        assert_in_order(text, pieces, text.index("분야·평가항목별 점수"))
        pieces = []
        for ind in fw.indicators:
            pieces += [ind.code, a["indicators"][ind.code]]
        assert_in_order(text, pieces, text.index("세부지표별 점수"))
        assert not any(name in text for name in names), "a result sheet never names an evaluator"


def test_report_ranks_the_demo(demo_outputs: dict[str, Any], tmp_path: Path) -> None:
    text = "\n".join(pdf_pages(demo_outputs["root"] / "pdf" / "report.pdf"))
    large = sorted((a for a in demo_outputs["json"]["applicants"] if a["city_type"] == "large"),
                   key=lambda a: -float(a["total"]))
    assert_in_order(text, [x for a in large for x in (a["code"], a["total"])], text.index("도시 유형별 순위"))
    # the desktop program's path: the same state written again gives the same result sheets
    again = write_all_pdfs(tmp_path, demo_outputs["state"], demo_outputs["fingerprint"])
    sheet = next(p for p in again if p.name == "L01.pdf")
    assert sheet.read_bytes() == (demo_outputs["root"] / "pdf" / "L01.pdf").read_bytes()
