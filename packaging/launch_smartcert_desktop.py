"""PyInstaller entry point of the windowed program ``smartcert-desktop``."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A process that renders PDFs (reports/parallel.py) starts as this program too and becomes a worker here,
    # before Qt is imported.
    multiprocessing.freeze_support()
    from smartcert_desktop.gui.app import main

    sys.exit(main())
