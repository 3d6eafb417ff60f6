"""PyInstaller entry point of the windowed program ``smartcert-desktop``."""

import multiprocessing
import sys

from smartcert_desktop.gui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a process that renders PDFs (reports/parallel.py) starts here too
    sys.exit(main())
