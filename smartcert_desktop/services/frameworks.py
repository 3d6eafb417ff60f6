"""Framework workbooks as the command line and the desktop program read them (contract section 2)."""

from __future__ import annotations

from pathlib import Path

from ..domain.framework import Framework


def read_framework_workbook(path: Path) -> Framework:
    """Read and validate a framework workbook; every problem is raised with its sheet, row and column."""
    from ..exchange.framework_xlsx import read_framework  # openpyxl: only when a workbook is read

    return read_framework(path)
