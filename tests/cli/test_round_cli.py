"""The whole round from the command line alone, with the contract's exit codes and error lines."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from _store import store_dump

from smartcert_desktop.cli.main import main
from smartcert_desktop.exchange import keys as keymod
from smartcert_desktop.exchange.applicants_xlsx import write_applicants
from smartcert_desktop.exchange.framework_xlsx import read_framework
from smartcert_desktop.paths import sample_framework_path
from smartcert_desktop.services.demo_data import DEMO_APPLICANTS, demo_reported_values, demo_self_assessment


@pytest.fixture(autouse=True)
def cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keymod, "DEFAULT_SCRYPT_N", 2**10)
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", "pw")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def database(store: str | None) -> list[str]:
    """The ``--database`` option of ``program init`` for the store under test (none: SQLite)."""
    return [] if store is None else ["--database", store]


def test_whole_round_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           program_store: str | None) -> None:
    fw = read_framework(sample_framework_path())
    prog = tmp_path / "program"
    code, out, err = run(capsys, "program", "init", prog, "--framework", sample_framework_path(), "--name", "2021",
                         *database(program_store))
    assert code == 0, err
    assert "program key fingerprint:" in out
    apps = tmp_path / "applicants.xlsx"
    chosen = DEMO_APPLICANTS[:4]
    reported = {k: v for k, v in demo_reported_values(fw).items() if k[0] in {a.code for a in chosen}}
    selfs = {k: v for k, v in demo_self_assessment(fw).items() if k[0] in {a.code for a in chosen}}
    write_applicants(apps, chosen, reported, selfs, fw)
    code, out, err = run(capsys, "program", "import-applicants", prog, apps)
    assert code == 0, err
    assert out.startswith("applicants: 4 added, 0 updated")

    evs = []
    for eid in ("E1", "E2", "E3"):
        d = tmp_path / eid
        code, out, err = run(capsys, "evaluator", "init", d, "--id", eid, "--name", f"위원 {eid}")
        assert code == 0, err
        evs.append(d)
        extra = ["--conflicts", "L01"] if eid == "E3" else []
        code, out, err = run(capsys, "program", "add-evaluator", prog, d / "enrollment.json", *extra)
        assert code == 0, err
    code, out, err = run(capsys, "program", "assign", prog, "--per-applicant", "3")
    assert code == 1 and "error: cannot assign" in err and "L01 (2 without a conflict)" in err
    code, out, err = run(capsys, "program", "assign", prog, "--per-applicant", "2", "--seed", "5")
    assert code == 0, err
    assert "8 assignments for 4 applicants" in out
    assert "E3" not in out.split("L01:")[1].splitlines()[0]

    pkgs = tmp_path / "packages"
    code, out, err = run(capsys, "program", "export-packages", prog, "--out", pkgs)
    assert code == 0, err
    bundles = []
    for d in evs:
        eid = d.name
        pkg = pkgs / f"{eid}.scpkg"
        code, out, err = run(capsys, "evaluator", "import", d, pkg)
        assert code == 0, err
        code, out, err = run(capsys, "evaluator", "import", d, pkg)
        assert "already imported; nothing changed" in out
        code, out, err = run(capsys, "evaluator", "submit", d, "--out", tmp_path / f"{eid}.scb")
        assert code == 1 and "level missing" in err and not (tmp_path / f"{eid}.scb").exists()
        sheet = tmp_path / f"{eid}.xlsx"
        code, out, err = run(capsys, "evaluator", "export-sheet", d, "--out", sheet)
        assert code == 0, err
        wb = openpyxl.load_workbook(sheet)
        ws = wb["Scores"]
        header = [c.value for c in ws[1]]
        kind, level = header.index("kind") + 1, header.index("level") + 1
        for row in range(2, ws.max_row + 1):
            if ws.cell(row, kind).value == "qualitative":
                ws.cell(row, level).value = "B"
        wb.save(sheet)
        code, out, err = run(capsys, "evaluator", "import-sheet", d, sheet)
        assert code == 0, err
        code, out, err = run(capsys, "evaluator", "submit", d, "--out", tmp_path / f"{eid}.scb")
        assert code == 0, err
        assert "sequence 1" in out and "complete" in out
        bundles.append(tmp_path / f"{eid}.scb")

    junk = tmp_path / "junk.scb"
    junk.write_bytes(b"not a bundle")
    code, out, err = run(capsys, "merge", prog, *bundles, junk)
    assert code == 3
    lines = out.splitlines()
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == ["accepted"] * 3 + ["rejected"]
    code, out, err = run(capsys, "merge", prog, bundles[0])
    assert code == 0 and "duplicate" in out

    res = tmp_path / "results.json"
    code, out, err = run(capsys, "results", prog, "--json", res)
    assert code == 0, err
    doc = json.loads(res.read_text(encoding="utf-8"))
    assert [a["code"] for a in doc["applicants"]] == ["L01", "L02", "L03", "L04"]
    assert all(a["evaluators_counted"] == 2 and a["status"] == "incomplete" for a in doc["applicants"])
    first = res.read_bytes()
    code, out, err = run(capsys, "results", prog, "--json", res)
    assert res.read_bytes() == first  # byte-identical for the same state
    code, out, err = run(capsys, "verify", res, "--program", prog)
    assert code == 0 and "signer is the program's key" in out and "intact: yes" in out
    res.write_bytes(first.replace(b'"L01"', b'"L09"'))
    code, out, err = run(capsys, "verify", res)
    assert code == 1 and err.startswith("error:") and "changed after it was signed" in err


def test_failed_commands_change_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       program_store: str | None) -> None:
    prog = tmp_path / "program"
    assert run(capsys, "program", "init", prog, "--framework", sample_framework_path(),
               *database(program_store))[0] == 0
    bad = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Applicants"
    ws.append(["code", "name_ko", "name_en", "province", "population"])
    ws.append(["A1", "가시", "Ga", "경기도", "many"])
    ws.append(["A1", "가시", "Ga", "경기도", 10])
    wb.create_sheet("Reported").append(["applicant_code", "indicator_code", "value"])
    wb.save(bad)
    before = store_dump(prog)
    code, _out, err = run(capsys, "program", "import-applicants", prog, bad)
    assert code == 1
    assert "error: " in err and "sheet Applicants, row 2, column E" in err and "row 3" in err
    assert store_dump(prog) == before

    code, _out, err = run(capsys, "program", "init", prog, "--framework", sample_framework_path(),
                          *database(program_store))
    assert code == 1 and "not empty" in err

    code, _out, err = run(capsys, "program", "add-documents", prog, "L01", bad)
    assert code == 1
    assert store_dump(prog) == before

    (tmp_path / "ev").mkdir()
    assert run(capsys, "evaluator", "init", tmp_path / "ev" / "x", "--id", "bad id!", "--name", "x")[0] == 1
    assert not (tmp_path / "ev" / "x").exists()


def test_wrong_passphrase_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, program_store: str | None) -> None:
    prog = tmp_path / "program"
    assert run(capsys, "program", "init", prog, "--framework", sample_framework_path(),
               *database(program_store))[0] == 0
    monkeypatch.setenv("SMARTCERT_PASSPHRASE", "wrong")
    code, _out, err = run(capsys, "results", prog, "--json", tmp_path / "r.json")
    assert code == 1 and err.startswith("error: wrong passphrase") and "Traceback" not in err
    assert not (tmp_path / "r.json").exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["program", "frobnicate"])
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err
