"""PyInstaller entry point of the console program ``smartcert``."""

from smartcert_desktop.cli.main import run

if __name__ == "__main__":
    run()
