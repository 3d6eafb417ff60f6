"""A defect (an exception smartcert does not expect) reaches the user as one line naming a log file; the
traceback is in that file, in the user's data folder, and never on the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcert_desktop.cli.main import main
from smartcert_desktop.services import evaluator as ev_svc
from smartcert_desktop.services import merge as merge_svc

from ._dbdump import dump
from .world import World


class Defect(RuntimeError):
    pass


def _defect(*_args: object, **_kwargs: object) -> None:
    raise Defect("a bug planted by the test")


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("where", ["merge", "submit"])
def test_a_defect_is_one_line_naming_the_log(world: World, where: str, tmp_path: Path, isolated_user_data: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    if where == "merge":
        monkeypatch.setattr(merge_svc, "merge_files", _defect)
        argv: list[object] = ["merge", world.program, world.bundle("E2", 1)]
    else:
        monkeypatch.setattr(ev_svc, "submit", _defect)
        argv = ["evaluator", "submit", world.evaluator, "--out", tmp_path / "E1.scb", "--allow-incomplete"]
    code, out, err = _run(capsys, *argv)
    log = isolated_user_data / "smartcert" / "logs" / "smartcert.log"
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "internal error" not in err and "Traceback" not in err
    assert "Defect: a bug planted by the test" in lines[0]
    assert lines[0].endswith(f"the details are in {log}")
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last):" in text
    assert "Defect: a bug planted by the test" in text
    assert f"smartcert {' '.join(map(str, argv))}" in text  # the command that failed, to reproduce it
    assert "_defect" in text  # the frame where it was raised


def test_a_second_defect_is_added_to_the_log(world: World, isolated_user_data: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(merge_svc, "merge_files", _defect)
    for _ in range(2):
        assert _run(capsys, "merge", world.program, world.bundle("E2", 1))[0] == 1
    log = isolated_user_data / "smartcert" / "logs" / "smartcert.log"
    assert log.read_text(encoding="utf-8").count("Traceback (most recent call last):") == 2


def test_a_defect_when_the_log_cannot_be_written(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The user data folder is a file here: the message still comes, as one line, without a log to name."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    monkeypatch.setattr(merge_svc, "merge_files", _defect)
    code, out, err = _run(capsys, "merge", world.program, world.bundle("E2", 1))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Defect" in lines[0], err
    assert "details are in" not in err and "Traceback" not in err


def test_a_defect_leaves_the_workspace_unlocked_and_unchanged(world: World, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(world.program / "program.db")
    real = merge_svc.merge_files
    monkeypatch.setattr(merge_svc, "merge_files", _defect)
    assert _run(capsys, "merge", world.program, world.bundle("E2", 1))[0] == 1
    assert dump(world.program / "program.db") == before
    monkeypatch.setattr(merge_svc, "merge_files", real)
    code, out, err = _run(capsys, "merge", world.program, world.bundle("E2", 1))
    assert (code, err) == (0, ""), err
    assert "accepted (E2, sequence 1)" in out
