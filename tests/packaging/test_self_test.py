"""``smartcert-desktop --self-test``: passes on a working installation and says what failed on a broken one.

Run in this process (offscreen, on pytest-qt's application); the wheel and frozen-build tests run the real
programs' ``--self-test``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from smartcert_desktop import paths
from smartcert_desktop.exchange import keys
from smartcert_desktop.gui import app, self_test


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


def visible_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


@pytest.fixture(scope="module")
def made_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One demo round for the tests below that are about something else than making it."""
    from smartcert_desktop.exchange import keys
    from smartcert_desktop.services.demo import create_demo

    root = tmp_path_factory.mktemp("self-test-demo") / "demo"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "DEFAULT_SCRYPT_N", 2**10)
        create_demo(root)
    yield root


@pytest.fixture
def copied_demo(made_demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The self-test's demo round is a copy of ``made_demo`` instead of a new one (saves a few seconds)."""
    from smartcert_desktop.services import demo

    def copy(root: Path | None = None, fresh: bool = False) -> list[str]:
        assert root is not None and fresh
        shutil.copytree(made_demo, root)
        return []

    monkeypatch.setattr(demo, "create_demo", copy)


@pytest.mark.gui
def test_the_self_test_passes_in_korean_and_leaves_nothing_behind(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], isolated_user_data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SMARTCERT_SETTINGS_FILE", raising=False)
    cost = keys.DEFAULT_SCRYPT_N
    before = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("smartcert-self-test-*"))
    windows = visible_windows()
    assert app.main(["--self-test"]) == 0
    out = lines(capsys)
    assert out[-1].startswith("self-test: OK (")
    stored = next(line for line in out if "stored" in line)
    # Key 2 sets the sample Scale's second level, B, on the first qualitative indicator of E01's first applicant.
    assert re.fullmatch(r"self-test: key 4 on L02 A1-6: level B stored \(was empty\)", stored), stored
    korean = next(line for line in out if line.startswith("self-test: Korean from"))
    assert "파일(&F)" in korean and str(paths.translations_dir()) in korean
    # Nothing in the user's data folder, no settings of the user's touched, no temporary folder left.
    assert list(isolated_user_data.rglob("*")) == []
    assert "SMARTCERT_SETTINGS_FILE" not in os.environ
    assert set(Path(os.environ.get("TMPDIR", "/tmp")).glob("smartcert-self-test-*")) == before
    assert visible_windows() <= windows
    # The program's translators are gone again: this process is back to the source strings; the key cost too.
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert cost == keys.DEFAULT_SCRYPT_N


@pytest.mark.gui
def test_the_self_test_in_english(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], copied_demo: None,
) -> None:
    assert self_test.run_self_test("en") == 0
    out = lines(capsys)
    assert "self-test: English: menus &File, &View, &Edit, Evaluatio&n, &Go, &Language, &Help" in out


@pytest.mark.gui
def test_a_missing_korean_catalogue_fails_and_says_where(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path)
    assert self_test.run_self_test("ko") == 1
    missing = tmp_path / "smartcert_ko.qm"
    assert lines(capsys)[-1] == f"self-test: FAILED: {missing}: missing, so the program cannot show Korean"


@pytest.mark.gui
def test_a_key_press_that_stores_nothing_fails(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, copied_demo: None,
) -> None:
    # The key reaches no widget: the level is never stored, and the self-test must not claim it was.
    monkeypatch.setattr(self_test.QTest, "keyClick", lambda *args, **kwargs: None)
    monkeypatch.setattr(self_test, "WAIT_S", 0.5)
    windows = visible_windows()
    assert self_test.run_self_test("ko") == 1
    assert lines(capsys)[-1] == (
        "self-test: FAILED: key 4 on L02 A1-6: level B stored (found None): not within 0.5 s")
    assert visible_windows() <= windows


@pytest.mark.gui
def test_a_dialog_that_appears_is_a_failure(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, copied_demo: None,
) -> None:
    from smartcert_desktop.gui import dialogs

    original = self_test._score_by_key

    def score_then_complain(application: QApplication, screen: object) -> str:
        done = original(application, screen)  # type: ignore[arg-type]
        dialogs.show_error(None, "a problem nobody expected")  # modal: the watch closes it
        return done

    monkeypatch.setattr(self_test, "_score_by_key", score_then_complain)
    assert self_test.run_self_test("en") == 1
    last = lines(capsys)[-1]
    assert last.startswith("self-test: FAILED: a dialog appeared: ") and "a problem nobody expected" in last
