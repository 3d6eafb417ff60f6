"""The evaluator's score form, offscreen: opening an applicant, moving between indicators, one edit from a key.

    .venv/bin/python benchmarks/bench_gui_form.py [--rounds 40]

Creates a demo round in a temporary folder (cheap key cost), opens its ready evaluator E01 in the real main
window and times, each including the repaint that follows:

* opening an applicant's form (63 indicators of the sample framework), alternating two applicants;
* moving to the next indicator (the detail panel is refilled, nothing is rebuilt);
* one level set by a key press in the outline, from the key to the edit committed on disk (WAL,
  synchronous FULL) and the subtotals, the list row and the status bar updated.

Targets: opening and moving under 100 ms, an edit 20 ms median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from smartcert_desktop.exchange import keys
from smartcert_desktop.gui.evaluator import make_evaluator_screen
from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen
from smartcert_desktop.gui.i18n import Translations
from smartcert_desktop.gui.main_window import MainWindow, Role
from smartcert_desktop.services.demo import create_demo, demo_evaluator_dir


def timed(app: QApplication, action: Callable[[], None]) -> float:
    """Milliseconds for ``action`` and the events (repaint included) it leaves behind."""
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    return (f"{name:<38} median {statistics.median(ordered):6.1f} ms   p90 {ordered[int(len(ordered) * 0.9)]:6.1f} ms"
            f"   max {ordered[-1]:6.1f} ms   (n={len(ordered)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    keys.DEFAULT_SCRYPT_N = 2**10  # the key cost is not measured here
    root = Path(tempfile.mkdtemp(prefix="smartcert-form-"))
    os.environ.pop("SMARTCERT_PASSPHRASE", None)
    os.environ["SMARTCERT_SETTINGS_FILE"] = str(root / "settings.ini")
    create_demo(root / "demo")

    app = QApplication([])
    translations = Translations(app)
    translations.switch("ko")
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(translations, workspace=demo_evaluator_dir(root / "demo"),
                        screens={Role.EVALUATOR: make_evaluator_screen}, settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.choose_role(Role.EVALUATOR)
    screen = window.role_widget()
    assert isinstance(screen, EvaluatorScreen)
    codes = screen.list_page.visible_codes()
    framework = screen.session().framework  # type: ignore[union-attr]

    first_open = timed(app, lambda: screen.open_applicant(codes[0]))
    opening = [timed(app, lambda n=n: screen.open_applicant(codes[n % 2], "A1-1")) for n in range(args.rounds)]

    form = screen.form_page
    tree = form.tree()
    moving = []
    for n in range(args.rounds * 2):
        step = 1 if (n // 60) % 2 == 0 else -1  # down the outline and back up
        moving.append(timed(app, lambda step=step: form.move_indicator(step)))

    qualitative = [i.code for i in framework.qualitative]
    editing = []
    for n in range(args.rounds * 2):
        form.select_indicator(qualitative[n % len(qualitative)])
        key = (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[n % 3]

        def press(key: Qt.Key = key) -> None:
            event = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, chr(key))
            QApplication.sendEvent(tree, event)

        editing.append(timed(app, press))

    print(f"evaluator score form, {len(framework.indicators)} indicators, offscreen, Korean")
    print(f"{'first form opened (cold)':<38} {first_open:6.1f} ms")
    print(summary("open an applicant's form", opening))
    print(summary("move to the next indicator", moving))
    print(summary("one level by key, committed to disk", editing))
    screen.can_close()
    window.close()


if __name__ == "__main__":
    main()
