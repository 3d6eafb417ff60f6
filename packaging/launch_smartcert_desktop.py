"""PyInstaller entry point of the windowed program ``smartcert-desktop``."""

import sys

from smartcert_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
