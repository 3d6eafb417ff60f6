"""The benchmarks' child processes: each task runs in a fresh interpreter, as a user's command or a new desktop
session would, and prints its figures as one JSON line. ``run.py`` starts them; run one by hand with

    .venv/bin/python benchmarks/worker.py TASK ARGS...

Tasks (seconds are measured inside the process, after the imports, which are the command line start's figure;
every task also reports the process's peak resident memory, VmHWM, when it ends):

* ``cli ARGS...``: ``smartcert ARGS`` (the command line's own ``main``);

* ``merge PROGRAM BUNDLE...``: open the program workspace, merge the bundles (the program key opened by the
  merge itself, timed on its own), compute the results JSON;
* ``merge-floor KEYFILE BUNDLE...``: open the key file, then read, decrypt and verify each bundle, nothing more;
* ``sheets-floor SHEET...``: load every score of the filled score sheet workbooks with openpyxl, as a script
  over today's workbooks would;
* ``chair-round PROGRAM OUT BUNDLE...``: the chair's whole round: merge, then the signed results JSON, the
  results workbook, the result sheets, certificates and report (``smartcert results --json --xlsx --pdf-dir``);
* ``gui-form EVALUATOR_DIR ROUNDS``: the evaluator's score form offscreen: opening an applicant's form, moving
  to the next indicator, one level keyed in (see :func:`gui_form`).

The passphrase comes from ``SMARTCERT_PASSPHRASE``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_mb() -> float:
    """This process's peak resident memory so far (VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def emit(result: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps({**result, "peak_mb": peak_mb()}) + "\n")
    sys.stdout.flush()


def cli(*args: str) -> None:
    """``smartcert ARGS`` as the installed command runs it (its own ``main``), then this process's peak memory."""
    from smartcert_desktop.cli.main import main

    code = main(list(args))
    if code != 0:
        raise SystemExit(code)
    emit({})


def passphrase() -> str:
    return os.environ["SMARTCERT_PASSPHRASE"]


def merge(program: str, *bundles: str) -> None:
    from smartcert_desktop.services import merge as merge_svc
    from smartcert_desktop.services.results import results_json_bytes, round_outcome
    from smartcert_desktop.services.workspace import open_workspace

    key_time: list[float] = []
    load_keys = merge_svc.load_program_keys

    def timed_keys(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return load_keys(*args, **kwargs)
        finally:
            key_time.append(time.perf_counter() - start)

    merge_svc.load_program_keys = timed_keys  # type: ignore[assignment]
    files = [Path(b) for b in bundles]
    t0 = time.perf_counter()
    handle = open_workspace(Path(program), "program")
    try:
        t1 = time.perf_counter()
        verdicts = merge_svc.merge_files(handle, passphrase(), files)
        t2 = time.perf_counter()
        with handle.factory() as s:
            data = results_json_bytes(round_outcome(s))
        t3 = time.perf_counter()
    finally:
        handle.close()
    rejected = [v.line() for v in verdicts if v.verdict != "accepted"]
    if rejected:
        raise SystemExit("not accepted: " + "; ".join(rejected[:3]))
    emit({"total": t3 - t0, "open": t1 - t0, "key": sum(key_time), "merge": t2 - t1, "results": t3 - t2,
          "after_key": t3 - t0 - sum(key_time), "bytes": len(data), "bundles": len(files)})


def merge_floor(key_file: str, *bundles: str) -> None:
    from smartcert_desktop.exchange import envelope
    from smartcert_desktop.exchange.keys import load_private_keys

    t0 = time.perf_counter()
    keys = load_private_keys(key_file, passphrase())
    t1 = time.perf_counter()
    entries = 0
    for b in bundles:
        opened = envelope.open_bundle(envelope.load_file(b), keys, name=b)
        entries += sum(len(s["entries"]) for s in opened.payload["sheets"])
    t2 = time.perf_counter()
    emit({"total": t2 - t0, "key": t1 - t0, "after_key": t2 - t1, "entries": entries})


def sheets_floor(*sheets: str) -> None:
    import openpyxl

    t0 = time.perf_counter()
    scores: dict[tuple[str, str, str], tuple[Any, Any, Any]] = {}
    for path in sheets:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = wb["Scores"].iter_rows(values_only=True)
        header = list(next(rows))
        a, i, lv, vv, cm = (header.index(c) for c in ("applicant_code", "indicator_code", "level",
                                                     "verified_value", "comment"))
        evaluator = Path(path).stem
        for row in rows:
            if row[a] is not None:
                scores[(evaluator, str(row[a]), str(row[i]))] = (row[lv], row[vv], row[cm])
        wb.close()
    emit({"total": time.perf_counter() - t0, "entries": len(scores)})


def chair_round(program: str, out: str, *bundles: str) -> None:
    from smartcert_desktop.services.merge import merge_files
    from smartcert_desktop.services.outputs import write_results
    from smartcert_desktop.services.workspace import open_workspace

    target = Path(out)
    t0 = time.perf_counter()
    handle = open_workspace(Path(program), "program")
    try:
        verdicts = merge_files(handle, passphrase(), [Path(b) for b in bundles])
        t1 = time.perf_counter()
        lines = write_results(handle, passphrase(), json_file=target / "results.json",
                              xlsx_file=target / "results.xlsx", pdf_dir=target / "pdf")
        t2 = time.perf_counter()
    finally:
        handle.close()
    assert all(v.verdict == "accepted" for v in verdicts)
    files = len(list((target / "pdf").glob("*.pdf")))
    emit({"total": t2 - t0, "merge": t1 - t0, "results": t2 - t1, "pdf_files": files,
          "lines": [str(line) for line in lines]})


def gui_form(evaluator_dir: str, rounds_text: str) -> None:
    """Opening an applicant's form (alternating two applicants), moving to the next indicator (down the
    outline and back up), and one level keyed into the outline, each timed with the events it leaves behind
    (the repaint included); the keyed level is committed to disk before the key press returns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from smartcert_desktop.gui.evaluator import make_evaluator_screen
    from smartcert_desktop.gui.evaluator.screen import EvaluatorScreen
    from smartcert_desktop.gui.i18n import Translations
    from smartcert_desktop.gui.main_window import MainWindow, Role

    rounds = int(rounds_text)
    settings_file = Path(evaluator_dir).parent / f"settings-{os.getpid()}.ini"
    app = QApplication([])
    translations = Translations(app)
    translations.switch("ko")
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(translations, workspace=Path(evaluator_dir),
                        screens={Role.EVALUATOR: make_evaluator_screen}, settings=settings)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    window.choose_role(Role.EVALUATOR)
    screen = window.role_widget()
    assert isinstance(screen, EvaluatorScreen)
    app.processEvents()
    codes = screen.list_page.visible_codes()
    session = screen.session()
    assert session is not None
    framework = session.framework

    def timed(action: Any) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()
        return time.perf_counter() - start

    first = timed(lambda: screen.open_applicant(codes[0]))
    opening = [timed(lambda n=n: screen.open_applicant(codes[(n + 1) % 2], "A1-1")) for n in range(rounds)]
    form = screen.form_page
    tree = form.tree()
    moving = []
    for n in range(rounds * 2):
        step = 1 if (n // 60) % 2 == 0 else -1
        moving.append(timed(lambda step=step: form.move_indicator(step)))
    qualitative = [i.code for i in framework.qualitative]
    keyed = []
    for n in range(rounds * 2):
        form.select_indicator(qualitative[n % len(qualitative)])
        app.processEvents()
        key = (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)[n % 3]

        def press(key: Qt.Key = key) -> None:
            event = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, chr(key))
            QApplication.sendEvent(tree, event)

        keyed.append(timed(press))
    indicators = len(framework.indicators)
    screen.can_close()
    emit({"first_open": first, "open": opening, "move": moving, "key": keyed, "indicators": indicators,
          "applicants": len(codes)})
    os._exit(0)  # the figures are out; closing the window would only add a backup of the workspace


TASKS = {"cli": cli, "merge": merge, "merge-floor": merge_floor, "sheets-floor": sheets_floor,
         "chair-round": chair_round, "gui-form": gui_form}

if __name__ == "__main__":
    TASKS[sys.argv[1]](*sys.argv[2:])
