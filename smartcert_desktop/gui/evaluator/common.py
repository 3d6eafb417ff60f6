"""Small pieces the evaluator screens share: the display language, points as text, file choosers.

The file choosers and the document opener are module functions (called as ``common.choose_open_file``) so
that a test replaces them with ``monkeypatch.setattr`` instead of answering a native dialog.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.framework import Framework
from ..settings import Preferences


def current_language() -> str:
    """``"ko"`` or ``"en"``: the language the shell switched to (it sets the default locale with it)."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def points_text(value: Decimal | None) -> str:
    """Points with two decimals, as the results show them; a dash when there are none yet."""
    if value is None:
        return "–"
    return f"{value.quantize(Decimal('0.01')):,.2f}"


def max_text(value: Decimal) -> str:
    """A maximum such as 30, 12.5 or 2,000: grouped like the points, without trailing zeros."""
    return f"{value.normalize():,f}"


def level_keys(framework: Framework) -> list[tuple[str, str]]:
    """(digit, Scale code) in the Scale's order, best first, the digits counting up from the worst level.

    A five-level Scale A–E gives 5 = A … 1 = E: a Korean evaluator gives 5 for the best, as on paper forms.
    A Scale of more than nine levels has digits for its nine worst levels, so that 1 is always the worst;
    its letters set every level.
    """
    count = len(framework.scale)
    return [(str(count - number), level.code) for number, level in enumerate(framework.scale)
            if count - number <= 9]


def city_type_text(city_type: str) -> str:
    if city_type == "large":
        return QCoreApplication.translate("EvaluatorTerms", "Large city")
    return QCoreApplication.translate("EvaluatorTerms", "Small/medium city")


def status_text(status: str) -> str:
    """The words for an applicant's status in the evaluator's list."""
    texts = {
        "not_started": QCoreApplication.translate("EvaluatorTerms", "Not started"),
        "in_progress": QCoreApplication.translate("EvaluatorTerms", "In progress"),
        "complete": QCoreApplication.translate("EvaluatorTerms", "Complete"),
        "recused": QCoreApplication.translate("EvaluatorTerms", "Recused"),
        "submitted": QCoreApplication.translate("EvaluatorTerms", "Submitted"),
    }
    return texts.get(status, status)


def kind_text(kind: str) -> str:
    if kind == "quantitative":
        return QCoreApplication.translate("EvaluatorTerms", "Quantitative")
    return QCoreApplication.translate("EvaluatorTerms", "Qualitative")


STATUSES: tuple[str, ...] = ("not_started", "in_progress", "complete", "recused", "submitted")


# --- files ------------------------------------------------------------------------------------------------

def _start_folder(kind: str, fallback: Path | None = None) -> Path:
    return Preferences().last_folder(kind) or fallback or Path.home()


def choose_open_file(parent: QWidget | None, title: str, kind: str, name_filter: str) -> Path | None:
    """Ask for an existing file; remembers its folder under ``kind`` for the next time."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(_start_folder(kind)), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    Preferences().set_last_folder(kind, path.parent)
    return path


def choose_save_file(parent: QWidget | None, title: str, kind: str, default_name: str,
                     name_filter: str) -> Path | None:
    """Ask where to write a file, proposing ``default_name`` in the folder last used for ``kind``."""
    start = _start_folder(kind) / default_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(default_name).suffix
    if suffix and not path.suffix:
        path = path.with_suffix(suffix)
    Preferences().set_last_folder(kind, path.parent)
    return path


def choose_folder(parent: QWidget | None, title: str, kind: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(_start_folder(kind)))
    if not chosen:
        return None
    path = Path(chosen)
    Preferences().set_last_folder(kind, path.parent)
    return path


def open_document(path: Path) -> bool:
    """Open an evidence document in the system's PDF viewer; False when the system could not."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
