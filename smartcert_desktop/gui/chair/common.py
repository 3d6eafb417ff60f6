"""Small things every chair screen shares: names in the current language, numbers, colours, opening files.

Labels of the domain's fixed values (city type, status, verdict, completeness) are translated here under one
context, ``ChairText``, so that a table, a dialog and a status line say the same word for the same thing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QHeaderView, QTableView

from ...domain.numbers import fmt2

# A role of every chair model: the raw value to sort by (a Decimal sorts as a number, text as text).
SORT_ROLE = 0x0100 + 1

# Colours of cells that carry a state. Light enough for black text; the models set the text colour with
# them, so that a dark system theme does not put white text on a pale background.
COMPLETE = QColor("#cfeccf")
INCOMPLETE = QColor("#ffe8a8")
MISSING = QColor("#f6c6c6")
RECUSED = QColor("#d6e0f0")
CONFLICT = QColor("#dcdcdc")
ASSIGNED = QColor("#cfe2ff")
FLAGGED = QColor("#fff1c4")
PENDING = QColor("#ffd9b3")
CERTIFIED = QColor("#d9f2d9")
TEXT_ON_COLOUR = QColor("#1a1a1a")
TRIMMED_TEXT = QColor("#8c8c8c")


def korean() -> bool:
    """True when the program shows Korean (names then come in Korean first)."""
    return QLocale().language() == QLocale.Language.Korean


def name_of(name_ko: str, name_en: str) -> str:
    """A name in the current language, falling back to the other when it is blank."""
    if korean():
        return name_ko or name_en
    return name_en or name_ko


def points(value: Decimal | None) -> str:
    """Points as the results JSON writes them: exactly two decimals; blank for no value."""
    return "" if value is None else fmt2(value)


def percent(share: Decimal | None) -> str:
    """A share already as shown (a percentage, truncated: see ``domain.outcome.share_percent``): "88.4%"."""
    if share is None:
        return ""
    return f"{share}%"


def city_type_text(city_type: str) -> str:
    labels = {
        "large": QCoreApplication.translate("ChairText", "Large city"),
        "small": QCoreApplication.translate("ChairText", "Small or medium city"),
    }
    return labels.get(city_type, city_type)


def status_text(status: str) -> str:
    labels = {
        "graded": QCoreApplication.translate("ChairText", "Graded"),
        "incomplete": QCoreApplication.translate("ChairText", "Incomplete"),
    }
    return labels.get(status, status)


def kind_text(kind: str) -> str:
    labels = {
        "quantitative": QCoreApplication.translate("ChairText", "Quantitative"),
        "qualitative": QCoreApplication.translate("ChairText", "Qualitative"),
    }
    return labels.get(kind, kind)


def verdict_text(verdict: str) -> str:
    labels = {
        "accepted": QCoreApplication.translate("ChairText", "accepted"),
        "duplicate": QCoreApplication.translate("ChairText", "duplicate"),
        "rejected": QCoreApplication.translate("ChairText", "rejected"),
    }
    return labels.get(verdict, verdict)


def completeness_text(status: str) -> str:
    """The one word of a completeness cell (short: the matrix has a column per applicant)."""
    labels = {
        "complete": QCoreApplication.translate("ChairText", "Complete"),
        "incomplete": QCoreApplication.translate("ChairText", "Incomplete", "sheet"),
        "recused": QCoreApplication.translate("ChairText", "Recused"),
        "missing": QCoreApplication.translate("ChairText", "Missing"),
        "conflict": QCoreApplication.translate("ChairText", "Conflict"),
        "unassigned": "",
    }
    return labels.get(status, status)


def completeness_help(status: str) -> str:
    """What a completeness state means, for tooltips and the legend."""
    labels = {
        "complete": QCoreApplication.translate("ChairText", "Submitted and complete: counted in the results."),
        "incomplete": QCoreApplication.translate(
            "ChairText", "Submitted, but levels or comments are missing: not counted."),
        "recused": QCoreApplication.translate(
            "ChairText", "The evaluator declared a conflict in the score sheet (recusal): not counted."),
        "missing": QCoreApplication.translate(
            "ChairText", "Assigned, but no merged bundle holds a sheet for this applicant yet."),
        "conflict": QCoreApplication.translate(
            "ChairText", "Conflict of interest declared at enrolment: never assigned."),
        "unassigned": QCoreApplication.translate("ChairText", "Not assigned."),
    }
    return labels.get(status, "")


def completeness_colour(status: str) -> QColor | None:
    return {
        "complete": COMPLETE,
        "incomplete": INCOMPLETE,
        "recused": RECUSED,
        "missing": MISSING,
        "conflict": CONFLICT,
    }.get(status)


def flag_text(kind: str) -> str:
    labels = {
        "missing_data": QCoreApplication.translate("ChairText", "Missing data"),
        "invalid_value": QCoreApplication.translate("ChairText", "Invalid value"),
        "spread": QCoreApplication.translate("ChairText", "Spread"),
        "deviation": QCoreApplication.translate("ChairText", "Deviation"),
    }
    return labels.get(kind, kind)


def reading_text(reading: str) -> str:
    """Krippendorff's guidance on an alpha value, in words."""
    labels = {
        "reliable": QCoreApplication.translate("ChairText", "reliable (≥ 0.800)"),
        "tentative": QCoreApplication.translate("ChairText", "tentative conclusions only (0.667–0.800)"),
        "unreliable": QCoreApplication.translate("ChairText", "not reliable (< 0.667)"),
        "undefined": QCoreApplication.translate("ChairText", "not defined"),
    }
    return labels.get(reading, reading)


def open_externally(path: Path) -> bool:
    """Open a file or folder with the system's program for it (a PDF viewer, the file manager).

    Screens call this module function, so that a test can replace it instead of starting a viewer.
    """
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def tidy_table(view: QTableView, stretch_column: int | None = None) -> None:
    """The look every chair table shares: whole-row selection, compact rows, a stretching name column."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
