"""PyInstaller entry point of the console program ``smartcert``."""

import multiprocessing

from smartcert_desktop.cli.main import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a process that renders PDFs (reports/parallel.py) starts here too
    run()
