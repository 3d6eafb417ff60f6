"""The command line in Korean with ``--lang ko`` (or ``SMARTCERT_LANG=ko``): its sentences, prompts, help and
argparse's usage errors; without it every English text stays as it was, byte for byte."""

from __future__ import annotations

import argparse
import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcert_desktop.cli import text as cli_text
from smartcert_desktop.cli.main import main
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.paths import sample_framework_path


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANG", "LC_ALL", "LC_MESSAGES", "SMARTCERT_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    yield
    cli_text.set_language("en")  # the next test starts in English whatever this one chose


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as stop:  # --help and usage errors leave through argparse
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_framework_check_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", "ko", "framework", "check", sample_framework_path())
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == ["평가체계: KR-SMARTCITY-SAMPLE", "버전: 2021-sample"]
    assert lines[3] == ("예시: 공식 지표 체계가 아닌 예시 평가체계입니다. 운영 기관이 공식 평가체계 통합문서로 "
                        "바꿉니다")
    assert "영역: 3" in lines
    assert "지표: 63개 (정량 47개, 1450점, 정성 16개, 550점)" in lines
    assert "    C2      150  정보통신망 (ICT networks)  [지표 6개]" in lines
    # The label column is as wide as the longest code ("  A1-1" indented: 8), "합계" padded to it.
    assert "  합계       2000" in lines
    assert "의견이 필요한 등급: A, E" in lines
    assert ("집계: trimmed_total (반영 평가위원 5명부터 최고·최저 제외, 반영 평가위원 3명 미만: 미완료, "
            "등급 없음)") in lines
    assert "  3등급  최소 비율 0.7 (1400점)  인증  all" in lines
    assert "  5등급  최소 비율 0 (0점)  미인증  all" in lines
    assert lines[-1] == "평가체계 이상 없음"


def test_framework_check_in_english_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    _, plain, _ = run(capsys, "framework", "check", sample_framework_path())
    _, english, _ = run(capsys, "--lang", "en", "framework", "check", sample_framework_path())
    assert plain == english
    lines = plain.splitlines()
    assert "indicators: 63 (quantitative 47, 1450 points; qualitative 16, 550 points)" in lines
    assert "  total    2000" in lines
    assert "  grade 5  min_ratio 0 (0 points)  not certified  all" in lines
    assert lines[-1] == "framework OK"


def test_help_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "ko", "--help")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "사용법: smartcert [-h] [--version] [--lang {ko,en}] [--debug] COMMAND ..."
    assert lines[2] == "스마트도시 인증"
    assert "위치 인자:" in lines and "옵션:" in lines
    assert "  -h, --help      이 도움말을 보여 주고 끝냅니다" in lines
    assert "  --version       프로그램 버전을 보여 주고 끝냅니다" in lines
    assert "  --lang {ko,en}  메시지 언어" in lines
    assert "    merge         평가 결과 파일을 검증하고 반영합니다" in lines
    code, out, _ = run(capsys, "--lang", "ko", "evaluator", "--help")
    assert code == 0
    assert out.startswith("사용법: smartcert evaluator [-h] SUBCOMMAND ...\n")
    assert "    submit      평가 결과 파일에 서명하고 씁니다" in out.splitlines()


def test_help_in_korean_from_the_environment(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_LANG", "ko")
    code, out, _ = run(capsys, "framework", "check", "--help")
    assert code == 0
    assert out.startswith("사용법: smartcert framework check [-h] [--indicators] FRAMEWORK.xlsx\n")
    assert "  --indicators    모든 지표도 나열합니다" in out.splitlines()
    # argparse's own texts are its own again once the run is over.
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]


def test_help_in_english_is_argparse_own(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "usage: smartcert [-h] [--version] [--lang {ko,en}] [--debug] COMMAND ..."
    assert lines[2] == "Smart city certification (스마트도시 인증)"
    assert "positional arguments:" in lines and "options:" in lines
    assert "  -h, --help      show this help message and exit" in lines
    assert "  --version       show program's version number and exit" in lines
    assert "  --lang {ko,en}  language of messages" in lines


def test_usage_errors_in_korean_keep_the_prefix_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", "ko", "program", "init")
    assert (code, out) == (2, "")
    assert err.startswith("사용법: smartcert program init [-h]")
    assert err.splitlines()[-1] == "error: 다음 인자가 필요합니다: program_dir, --framework"
    code, _, err = run(capsys, "--lang=ko", "program", "assign", "x", "--per-applicant", "two")
    assert code == 2
    assert err.splitlines()[-1] == "error: 인자 --per-applicant: int 값이 올바르지 않습니다: 'two'"
    code, _, err = run(capsys, "--lang", "ko", "framework")
    assert code == 2
    assert err == "사용법: smartcert framework [-h] SUBCOMMAND ...\nerror: 하위 명령이 필요합니다(check)\n"


def test_usage_errors_in_english_are_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "program", "init")
    assert code == 2
    assert err.splitlines()[-1] == "error: the following arguments are required: program_dir, --framework"
    code, _, err = run(capsys, "program", "assign", "x", "--per-applicant", "two")
    assert err.splitlines()[-1] == "error: argument --per-applicant: invalid int value: 'two'"
    code, _, err = run(capsys, "framework")
    assert (code, err) == (2, "usage: smartcert framework [-h] SUBCOMMAND ...\n"
                              "error: a subcommand is required (check)\n")


@pytest.mark.parametrize(("lang", "prompts", "said"), [
    ("ko", ["인증 프로그램 키의 새 암호 문구: ", "암호 문구를 한 번 더 입력하십시오: "], "에 인증 프로그램 "),
    ("en", ["New passphrase for the program's keys: ", "Repeat the passphrase: "], "created program "),
])
def test_prompts_and_what_init_says(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch, lang: str, prompts: list[str],
                                    said: str) -> None:
    monkeypatch.delenv("SMARTCERT_PASSPHRASE", raising=False)
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return "pw"

    monkeypatch.setattr("getpass.getpass", getpass)
    program = tmp_path / "p"
    code, out, err = run(capsys, "--lang", lang, "program", "init", program, "--framework", sample_framework_path())
    assert (code, err) == (0, "")
    assert asked == prompts
    lines = out.splitlines()
    assert said in lines[0]
    if lang == "ko":
        found = re.fullmatch(rf"{re.escape(str(program))}에 인증 프로그램 ([0-9a-f]{{32}})(.*) 만들었습니다", lines[0])
        assert found is not None, lines[0]
        # The particle follows how the id's last character is read: 영, 일, 삼, 육, 칠, 팔 end in a consonant;
        # a lower-case letter cannot be told, and the particle is written undecided.
        last = found.group(1)[-1]
        assert found.group(2) == ("을" if last in "013678" else "를" if last.isdigit() else "(을)를")
        assert lines[1] == "평가체계: KR-SMARTCITY-SAMPLE 2021-sample (bd7a8851a48e)  [예시]"
        assert lines[2].startswith("인증 프로그램 키 지문: ")
    else:
        assert lines[0].startswith("created program ") and lines[0].endswith(f" in {program}")
        assert lines[1] == "framework: KR-SMARTCITY-SAMPLE 2021-sample (bd7a8851a48e)  [SAMPLE]"
        assert lines[2].startswith("program key fingerprint: ")


def test_restore_listing_in_korean(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", "pw")
    program = tmp_path / "p"
    assert run(capsys, "program", "init", program, "--framework", sample_framework_path())[0] == 0
    code, out, _ = run(capsys, "--lang", "ko", "program", "restore", program)
    assert (code, out) == (0, f"{program}: 아직 백업이 없습니다\n")
    code, out, _ = run(capsys, "program", "restore", program)
    assert (code, out) == (0, f"{program}: no backups yet\n")
    code, out, err = run(capsys, "--lang", "ko", "results", program)
    assert (code, out) == (1, "")
    assert err == "error: 쓸 것을 지정하십시오: --json FILE, --xlsx FILE, --pdf-dir DIR\n"


def test_verify_names_the_kind_of_file_in_korean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What verify says a file is reads in the run's language (it printed "a score bundle" in Korean output)."""
    from smartcert_desktop.exchange import envelope as ev
    from smartcert_desktop.exchange.keys import generate_keys

    program, evaluator = generate_keys(), generate_keys()
    bundle = tmp_path / "E01.scb"
    bundle.write_bytes(ev.seal_bundle({"sheets": []}, evaluator, program.public, evaluator_id="E01",
                                      program_id="P1", sequence=1))
    code, out, _ = run(capsys, "--lang", "ko", "verify", bundle)
    assert code == 0
    assert out.splitlines()[0] == f"{bundle}: 평가 결과 파일"
    code, out, _ = run(capsys, "verify", bundle)
    assert code == 0 and out.splitlines()[0] == f"{bundle}: a score bundle"


@pytest.mark.parametrize("width", [60, 80])
def test_korean_help_fits_the_terminal(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                       width: int) -> None:
    """Korean help is wrapped by the terminal's columns (a Hangul syllable takes two), not by characters, so no
    line runs past the edge; argparse leaves two columns free."""
    from smartcert_desktop.cli.usage import columns

    monkeypatch.setenv("COLUMNS", str(width))
    for command in (["program", "init"], ["evaluator", "submit"], ["merge"], []):
        code, out, _ = run(capsys, "--lang", "ko", *command, "--help")
        assert code == 0
        help_lines = out.split("\n\n", 1)[1].splitlines()  # after the usage block, which argparse lays out
        assert help_lines and max(columns(line) for line in help_lines) <= width - 2, out
    code, out, _ = run(capsys, "--lang", "ko", "program", "init", "--help")
    text = " ".join(line.strip() for line in out.splitlines())
    assert "인증 프로그램의 저장소를 이 PostgreSQL 데이터베이스에 둡니다" in text  # every word kept, in order


def test_wrapping_by_columns() -> None:
    from smartcert_desktop.cli.usage import columns, wrap_columns

    assert columns("평가 abc") == 8
    assert wrap_columns("인증 프로그램의 저장소를 이 PostgreSQL 데이터베이스에 둡니다", 20) == [
        "인증 프로그램의", "저장소를 이", "PostgreSQL", "데이터베이스에", "둡니다"]
    assert wrap_columns("가나다라마바사", 5) == ["가나", "다라", "마바", "사"]  # a word wider than a line is cut
    assert wrap_columns("가", 1) == ["가"]  # at least one character a line
    assert wrap_columns("   ", 10) == []
