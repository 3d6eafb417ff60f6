"""Where an unexpected failure (a defect, not a problem with the user's files) is written down.

The user sees one line naming the log file; the traceback goes into ``<user data>/logs/smartcert.log``, so
that it can be sent to whoever supports smartcert. Nothing here may fail: a log that cannot be written is
simply not written.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from . import __version__

LOG_NAME = "smartcert.log"
MAX_BYTES = 1_000_000


def log_folder() -> Path:
    from .paths import user_data_dir

    return user_data_dir() / "logs"


def write_traceback(exc: BaseException, argv: list[str] | None = None) -> Path | None:
    """Append ``exc`` with its traceback to the log; returns the log file, or None when it cannot be written."""
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(folder / f"{LOG_NAME}.1")
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        args = " ".join(argv if argv is not None else sys.argv)
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} smartcert {__version__}: {args}\n{text}\n")
        return path
    except Exception:  # the log is a courtesy; failing to write it must not hide the real message
        return None
