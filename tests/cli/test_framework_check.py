"""``smartcert framework check``: the summary of a valid workbook, error lines and exit codes otherwise."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from smartcert_desktop.cli.main import main
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.paths import sample_framework_path


def test_check_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    sample = sample_framework_path()
    assert main(["framework", "check", str(sample)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    full_hash = read_framework(sample).hash
    assert lines[:4] == [
        "framework: KR-SMARTCITY-SAMPLE",
        "version: 2021-sample",
        "name: 스마트도시 인증 평가체계 (예시) / Smart city certification framework (SAMPLE)",
        "SAMPLE: a sample framework, not the official indicator set; the operating agency replaces it "
        "with the official framework workbook",
    ]
    assert f"hash: {full_hash[:12]} (sha256 {full_hash})" in lines
    assert "domains: 3" in lines
    assert "items: 10" in lines
    assert "indicators: 63 (quantitative 47, 1450 points; qualitative 16, 550 points)" in lines
    assert "  A         600  혁신성 (Innovation)" in lines
    assert "  B         600  거버넌스 및 제도적 환경 (Governance and institutional environment)" in lines
    assert "  C         800  서비스 기술 및 인프라 (Service technology and infrastructure)" in lines
    assert "    C2      150  정보통신망 (ICT networks)  [6 indicators]" in lines
    assert "  total    2000" in lines
    assert "aggregation: trimmed_total (trimming from 5 counted evaluators; fewer than 3 counted " \
           "evaluators: incomplete, no grade)" in lines
    assert "comment required for levels: A, E" in lines
    assert "  grade 3  min_ratio 0.7 (1400 points)  certified  all" in lines
    assert "  grade 5  min_ratio 0 (0 points)  not certified  all" in lines
    assert lines[-1] == "framework OK"
    assert not any(line.startswith("      A1-1") for line in lines)


def test_check_lists_indicators_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "check", str(sample_framework_path()), "--indicators"]) == 0
    lines = capsys.readouterr().out.splitlines()
    indicator_lines = [line for line in lines if line.startswith("      ")]
    assert len(indicator_lines) == 63
    assert "      B2-3   30  quantitative CAP target = 4  스마트도시 협의회·위원회 개최 실적 " \
           "(Committee/council meetings held)" in lines


def _broken_sample(tmp_path: Path) -> Path:
    wb = openpyxl.load_workbook(sample_framework_path())
    ws = wb["Indicators"]
    ws["A3"] = "A1-1"           # duplicate code
    ws["L4"] = "LIKERT5"        # unknown rule
    ws["K5"] = 0                # max_points not positive
    wb["Grades"]["B6"] = 0.1    # grade 5 no longer 0
    path = tmp_path / "broken.xlsx"
    wb.save(path)
    return path


def test_check_reports_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "check", str(_broken_sample(tmp_path))]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines == [
        "error: broken.xlsx, sheet Indicators, row 3, column A (code): indicator code 'A1-1' is given twice "
        "(first in row 2)",
        "error: broken.xlsx, sheet Indicators, row 4, column L (rule): unknown rule 'LIKERT5' (expected "
        "one of BAND, LEVELS, CAP, MINMAX, CHECKLIST, SCALE)",
        "error: broken.xlsx, sheet Indicators, row 5, column K (max_points): max_points must be greater "
        "than 0, not 0",
        "error: broken.xlsx, sheet Grades, column B (min_ratio): no grade has min_ratio 0, so a low total "
        "would get no grade; add a last grade with min_ratio 0",
    ]


def test_check_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "check", str(tmp_path / "nope.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: nope.xlsx: file not found: ")
    assert "Traceback" not in err


def test_check_a_file_that_is_not_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "framework.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    assert main(["framework", "check", str(path)]) == 1
    assert capsys.readouterr().err == \
        "error: framework.xlsx: not an .xlsx workbook: this is a text file; if it holds the table, open it in " \
        "Excel, then save it as .xlsx (Excel workbook) and try again\n"


def test_framework_without_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework"]) == 2
    assert "error: a subcommand is required" in capsys.readouterr().err


def test_check_without_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["framework", "check"])
    assert info.value.code == 2
    assert "error:" in capsys.readouterr().err
