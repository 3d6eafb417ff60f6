"""Starts the desktop program (or a bare Qt window) offscreen and reports when its main window is first shown.

    python benchmarks/desktop_driver.py program ARGS...   # smartcert-desktop ARGS (its own main())
    python benchmarks/desktop_driver.py bare               # a bare QMainWindow of the same size
    python benchmarks/desktop_driver.py chair-loaded ARGS  # the program, until the chair's screens are filled

The parent notes ``time.monotonic()`` just before starting this process; this prints, as one JSON line, the
monotonic time (the same clock on Linux) at which the main window's first expose has been handled (its first
frame painted), then ends the process at once. ``program`` runs ``smartcert_desktop.gui.app.main`` unchanged:
the only addition is an event filter installed on the application object it creates. ``chair-loaded`` waits
further, until the chair's screens show their first snapshot of the program (read off the GUI thread), and
reports the process's peak memory then.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _report(**extra: Any) -> None:
    sys.stdout.write(json.dumps({"shown": time.monotonic(), "peak_mb": _peak_mb(), **extra}) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _watch(app: Any, on_shown: Any) -> Any:
    """An application event filter that calls ``on_shown`` once, after the first expose of a main window."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QMainWindow

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (not self.done and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow)
                    and obj.isExposed()):
                widget = next((w for w in app.topLevelWidgets()
                               if isinstance(w, QMainWindow) and w.windowHandle() is obj), None)
                if widget is not None:
                    self.done = True
                    # After this expose is handled (the first frame painted), not before.
                    QTimer.singleShot(0, lambda: on_shown(widget))
            return False

    watcher = Watcher(app)
    app.installEventFilter(watcher)
    return watcher


def program(argv: list[str], *, wait_for_chair: bool = False) -> None:
    from smartcert_desktop.gui import app as desktop

    create = desktop.create_application

    def on_shown(window: Any) -> None:
        if not wait_for_chair:
            _report()
        _wait_for_chair(window)

    def create_application(qt_args: Any) -> Any:
        app = create(qt_args)
        app._bench_watcher = _watch(app, on_shown)  # kept alive with the application
        return app

    desktop.create_application = create_application  # type: ignore[assignment]
    desktop.main(argv)
    raise SystemExit("the desktop program ended before its window was shown")


def _wait_for_chair(window: Any) -> None:
    from PySide6.QtCore import QTimer

    from smartcert_desktop.gui.chair.screen import ChairScreen

    shown = time.monotonic()

    def poll() -> None:
        screen = window.role_widget()
        if isinstance(screen, ChairScreen) and screen.snapshot() is not None and not screen.is_loading():
            _report(window_shown=shown)
        if time.monotonic() - shown > 120:
            raise SystemExit("the chair's screens were not filled in two minutes")
        QTimer.singleShot(20, poll)

    poll()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    _watch(app, lambda _window: _report())
    window = QMainWindow()
    window.resize(1360, 860)
    window.show()
    app.exec()


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == "bare":
        bare()
    else:
        program(rest, wait_for_chair=mode == "chair-loaded")
