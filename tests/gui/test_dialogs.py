"""Message helpers and the passphrase dialog, driven without a modal loop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from smartcert_desktop.errors import Problem, SmartcertError
from smartcert_desktop.exchange.keys import PassphraseStrength
from smartcert_desktop.gui import dialogs
from smartcert_desktop.gui.dialogs import PassphraseDialog
from smartcert_desktop.gui.i18n import Translations


@pytest.fixture
def shown_boxes(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes are recorded instead of run."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def test_show_error_lists_the_problems_plainly(shown_boxes: list[QMessageBox]) -> None:
    error = SmartcertError([Problem("not a number", file="sheet.xlsx", sheet="Scores", row=4, column="D")])
    dialogs.show_error(None, error)
    box = shown_boxes[0]
    assert box.text() == "sheet.xlsx, sheet Scores, row 4, column D: not a number"
    assert box.detailedText() == ""
    assert box.icon() == QMessageBox.Icon.Warning


def test_show_error_folds_long_lists_into_details(
    shown_boxes: list[QMessageBox], translations: Translations
) -> None:
    translations.switch("en")
    problems = [Problem(f"problem {n}") for n in range(dialogs.MAX_LINES_SHOWN + 3)]
    dialogs.show_error(None, SmartcertError(problems))
    box = shown_boxes[0]
    assert len(box.text().splitlines()) == dialogs.MAX_LINES_SHOWN
    assert box.informativeText() == "… and 3 more problems; see Show Details."
    assert box.detailedText().splitlines()[-1] == f"problem {dialogs.MAX_LINES_SHOWN + 2}"


def test_a_defect_shows_its_traceback_only_under_details(shown_boxes: list[QMessageBox]) -> None:
    try:
        raise RuntimeError("broken invariant")
    except RuntimeError as exc:
        dialogs.show_unexpected_error(None, exc)
    box = shown_boxes[0]
    assert "Traceback" not in box.text()
    assert "RuntimeError: broken invariant" in box.detailedText()


def test_confirm_defaults_to_no(shown_boxes: list[QMessageBox]) -> None:
    assert dialogs.confirm(None, None, "Stop?") is False
    assert shown_boxes[0].defaultButton() is shown_boxes[0].button(QMessageBox.StandardButton.No)


def ok_button(dialog: PassphraseDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button.isEnabled()


def test_new_passphrase_needs_length_and_a_matching_repeat(qtbot: QtBot, translations: Translations) -> None:
    translations.switch("en")
    dialog = PassphraseDialog(None, "New key", confirm=True, show_strength=True)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog)
    dialog._passphrase.setText("short")
    assert not ok_button(dialog)
    assert "at least 8 characters" in dialog._problem.text()
    dialog._passphrase.setText("correct horse battery staple")
    dialog._repeat.setText("correct horse battery stapl")
    assert not ok_button(dialog)
    assert dialog._problem.text() == "The two passphrases differ."
    dialog._repeat.setText("correct horse battery staple")
    assert ok_button(dialog)
    assert dialog._strength_text.text() == "Strong"
    assert dialog._strength_bar.value() == 4


def test_the_strength_estimate_is_replaceable(
    qtbot: QtBot, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    translations.switch("en")
    monkeypatch.setattr(
        PassphraseDialog, "strength_estimator", staticmethod(lambda text: PassphraseStrength(2, "fair", "fair"))
    )
    dialog = PassphraseDialog(None, "New key", confirm=True, show_strength=True)
    qtbot.addWidget(dialog)
    dialog._passphrase.setText("anything at all")
    assert dialog._strength_bar.value() == 2
    assert dialog._strength_text.text() == "Fair: a few more words would make it strong"


def test_opening_a_key_takes_any_non_empty_passphrase(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(None, "Open key")
    qtbot.addWidget(dialog)
    assert not ok_button(dialog)
    dialog._passphrase.setText("x")
    assert ok_button(dialog)


def test_ask_uses_the_environment_variable_like_the_command_line(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(dialogs.PASSPHRASE_ENV, "from the environment")
    assert PassphraseDialog.ask(None, "Open key") == "from the environment"


def test_ask_returns_what_was_typed_or_none(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(dialogs.PASSPHRASE_ENV, raising=False)

    def accept(dialog: PassphraseDialog) -> int:
        dialog._passphrase.setText("typed")
        return PassphraseDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PassphraseDialog, "exec", accept)
    assert PassphraseDialog.ask(None, "Open key") == "typed"
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: PassphraseDialog.DialogCode.Rejected.value)
    assert PassphraseDialog.ask(None, "Open key") is None
