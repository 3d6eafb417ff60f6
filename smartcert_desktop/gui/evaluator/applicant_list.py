"""The evaluator's assigned applicants: who, how far, which status, the running total; filter and search.

Enter or a double-click opens an applicant's score form. A package (.scpkg) dropped on the page is imported.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.evaluator import ApplicantRow
from ...services.form import EvaluatorContext
from ..dnd import PACKAGE_SUFFIX, FileDropFilter
from ..i18n import RetranslateMixin, fill
from ..settings import HeaderLanguage
from . import common
from .applicant_table_model import CODE_ROLE, ApplicantFilterProxy, ApplicantTableModel, Column

# The status filter's choices: key -> statuses shown (None: all).
FILTERS: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "todo": ("not_started", "in_progress"),
    "not_started": ("not_started",),
    "in_progress": ("in_progress",),
    "complete": ("complete",),
    "recused": ("recused",),
    "submitted": ("submitted",),
}


class ApplicantTable(QTableView):
    """The table, with Enter opening the current applicant (a plain view only edits on Enter)."""

    open_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ApplicantListPage(RetranslateMixin, QWidget):
    """Identity and program at the top, the filterable table below, the round's actions on the side."""

    open_requested = Signal(str)  # applicant code
    import_package_requested = Signal()
    files_dropped = Signal(list)
    export_sheet_requested = Signal()
    import_sheet_requested = Signal()
    submit_requested = Signal()

    HEADER_KEY = "evaluator/applicants"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = False
        self._context: EvaluatorContext | None = None
        self._language = "ko"

        self._who = QLabel()
        self._who.setWordWrap(True)
        self._who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._program = QLabel()
        self._program.setWordWrap(True)
        self._program.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._summary = QLabel()
        self._summary.setWordWrap(True)

        self._status_label = QLabel()
        self._status = QComboBox()
        self._status_label.setBuddy(self._status)
        self._search = QLineEdit()
        self._search.setClearButtonEnabled(True)
        self._open = QPushButton()
        self._open.clicked.connect(self._open_current)

        self._import_package = QPushButton()
        self._import_package.clicked.connect(self.import_package_requested)
        self._export_sheet = QPushButton()
        self._export_sheet.clicked.connect(self.export_sheet_requested)
        self._import_sheet = QPushButton()
        self._import_sheet.clicked.connect(self.import_sheet_requested)
        self._submit = QPushButton()
        self._submit.clicked.connect(self.submit_requested)

        self._model = ApplicantTableModel(self)
        self._proxy = ApplicantFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._table = ApplicantTable()
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().setVisible(False)
        self._table.setTabKeyNavigation(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._table.doubleClicked.connect(self._open_index)
        self._table.open_current.connect(self._open_current)
        # Widths the evaluator set last time (in this language) win over fitting the columns to their contents.
        self._header_memory = HeaderLanguage(header, self.HEADER_KEY, self._fit_columns)
        self._header_restored = self._header_memory.restore()

        drop = FileDropFilter(self._table.viewport(), (PACKAGE_SUFFIX,), parent=self)
        drop.files_dropped.connect(self.files_dropped)
        self._status.currentIndexChanged.connect(self._filter_changed)
        self._search.textChanged.connect(self._proxy.set_search_text)
        self._search.returnPressed.connect(self._focus_table)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self._search.setFocus(Qt.FocusReason.ShortcutFocusReason))

        filters = QHBoxLayout()
        filters.addWidget(self._status_label)
        filters.addWidget(self._status)
        filters.addWidget(self._search, 1)
        filters.addWidget(self._open)
        actions = QHBoxLayout()
        actions.addWidget(self._import_package)
        actions.addWidget(self._export_sheet)
        actions.addWidget(self._import_sheet)
        actions.addStretch(1)
        actions.addWidget(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._who)
        layout.addWidget(self._program)
        layout.addWidget(self._summary)
        layout.addLayout(filters)
        layout.addWidget(self._table, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self._table)
        self.retranslate()

    # --- content --------------------------------------------------------------------------------------

    def model(self) -> ApplicantTableModel:
        return self._model

    def proxy(self) -> ApplicantFilterProxy:
        return self._proxy

    def table(self) -> QTableView:
        return self._table

    def search_field(self) -> QLineEdit:
        return self._search

    def status_filter(self) -> QComboBox:
        return self._status

    def set_context(self, context: EvaluatorContext | None) -> None:
        self._context = context
        self._fill_header()

    def set_rows(self, rows: list[ApplicantRow]) -> None:
        current = self.current_code()
        self._model.set_rows(rows)
        if not self._header_restored:
            self._fit_columns()
        self.select(current or (rows[0].code if rows else None))
        self._fill_summary()

    def _fit_columns(self) -> None:
        self._table.resizeColumnsToContents()
        self._table.horizontalHeader().setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)

    def update_row(self, row: ApplicantRow) -> None:
        self._model.update_row(row)
        self._fill_summary()

    def set_language(self, language: str) -> None:
        self._language = language
        self._model.set_language(language)
        self._header_memory.switch()
        self._fill_header()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        self._header_memory.seen = True

    def save_state(self) -> None:
        """Remember the columns, once the page has been seen (a never-shown header has no widths)."""
        self._header_memory.save()

    def current_code(self) -> str | None:
        index = self._table.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def select(self, code: str | None) -> None:
        if code is None:
            return
        row = self._model.row_of(code)
        if row < 0:
            return
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if index.isValid():
            self._table.setCurrentIndex(index)
            self._table.scrollTo(index)

    def visible_codes(self) -> list[str]:
        """The applicants as the evaluator sees them (filtered and sorted): the order of Next and Previous."""
        return [self._proxy.index(r, 0).data(CODE_ROLE) for r in range(self._proxy.rowCount())]

    def _open_index(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_requested.emit(code)

    def _open_current(self) -> None:
        code = self.current_code()
        if code:
            self.open_requested.emit(code)

    def _focus_table(self) -> None:
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._table.currentIndex().isValid() and self._proxy.rowCount():
            self._table.setCurrentIndex(self._proxy.index(0, 0))

    def _filter_changed(self) -> None:
        key = self._status.currentData()
        self._proxy.set_statuses(FILTERS.get(key) if isinstance(key, str) else None)

    def set_status_filter(self, key: str) -> None:
        index = self._status.findData(key)
        if index >= 0:
            self._status.setCurrentIndex(index)

    # --- text -----------------------------------------------------------------------------------------

    def _fill_header(self) -> None:
        context = self._context
        if context is None:
            self._who.setText("")
            self._program.setText("")
            return
        self._who.setText(fill(self.tr("<b>Evaluator %1</b> %2 · key fingerprint %3"), context.evaluator_id,
                               context.evaluator_name, context.fingerprint))
        if context.program_id is not None:
            self._program.setText(fill(self.tr("Program: %1 · program key %2 · package %3"),
                                       context.program_name, context.program_fingerprint,
                                       context.package_serial if context.package_serial is not None else "–"))
        else:
            self._program.setText("")

    def _fill_summary(self) -> None:
        rows = self._model.rows()
        counts = Counter(r.status for r in rows)
        parts = [fill(self.tr("%1: %2"), common.status_text(s), counts[s]) for s in common.STATUSES if counts[s]]
        self._summary.setText(self.tr("%n applicant(s) assigned", "", len(rows)) +
                              (" — " + " · ".join(parts) if parts else ""))

    def retranslate(self) -> None:
        self._status_label.setText(self.tr("Sho&w:"))
        current = self._status.currentData()
        self._status.blockSignals(True)
        self._status.clear()
        labels = {
            "all": self.tr("All applicants"),
            "todo": self.tr("Still to score"),
            "not_started": common.status_text("not_started"),
            "in_progress": common.status_text("in_progress"),
            "complete": common.status_text("complete"),
            "recused": common.status_text("recused"),
            "submitted": common.status_text("submitted"),
        }
        for key in FILTERS:
            self._status.addItem(labels[key], key)
        self._status.setCurrentIndex(max(0, self._status.findData(current or "all")))
        self._status.blockSignals(False)
        self._search.setPlaceholderText(self.tr("Search code, name or province (Ctrl+F)"))
        self._open.setText(self.tr("&Open Score Form"))
        self._import_package.setText(self.tr("&Import Assignment Package…"))
        self._export_sheet.setText(self.tr("E&xport Score Sheet…"))
        self._import_sheet.setText(self.tr("Import Score &Sheet…"))
        self._submit.setText(self.tr("&Review and Submit…"))
        self._fill_header()
        self._fill_summary()
