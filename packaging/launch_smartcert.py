"""PyInstaller entry point of the console program ``smartcert``."""

import multiprocessing

if __name__ == "__main__":
    # A process that renders PDFs (reports/parallel.py) starts as this program too and becomes a worker here,
    # before the command line is imported.
    multiprocessing.freeze_support()
    from smartcert_desktop.cli.main import run

    run()
