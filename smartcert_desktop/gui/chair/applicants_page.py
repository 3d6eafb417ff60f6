"""Applicants (신청 도시): the list, and for the selected one its reported values and evidence documents."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from ...services.chair_views import ChairSnapshot
from ..i18n import RetranslateMixin, fill
from .actions import ChairActions, action_button
from .applicants_model import ApplicantsModel
from .common import SORT_ROLE, name_of, tidy_table
from .documents_model import DocumentsModel
from .reported_model import ReportedValuesModel


def sortable(model: object, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    return proxy


class ApplicantsPage(RetranslateMixin, QWidget):
    selection_changed = Signal()
    document_open_requested = Signal(str)  # sha256

    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: ChairSnapshot | None = None
        self._selected: str | None = None

        self.model = ApplicantsModel(self)
        self._proxy = sortable(self.model, self)
        self.table = QTableView()
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        tidy_table(self.table, ApplicantsModel.NAME)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.reported_model = ReportedValuesModel(self)
        self.reported = QTableView()
        self.reported.setModel(sortable(self.reported_model, self))
        self.reported.setSortingEnabled(True)
        self.reported.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        tidy_table(self.reported, ReportedValuesModel.NAME)
        self.documents_model = DocumentsModel(self)
        self.documents = QTableView()
        self.documents.setModel(self.documents_model)
        tidy_table(self.documents, DocumentsModel.NAME)
        self.documents.doubleClicked.connect(self._open_document)

        self._summary = QLabel()
        self._details_title = QLabel()
        self._details_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self._details_title.font()
        bold.setBold(True)
        self._details_title.setFont(bold)
        self._details = QTabWidget()
        self._details.addTab(self.reported, "")
        self._details.addTab(self.documents, "")

        buttons = QHBoxLayout()
        buttons.addWidget(action_button(actions.import_applicants))
        buttons.addWidget(action_button(actions.add_documents))
        buttons.addStretch(1)
        buttons.addWidget(self._summary)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._details_title)
        lower_layout.addWidget(self._details, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        self._snapshot = snapshot
        keep = self._selected
        self.model.set_rows(snapshot.applicants)
        if keep is not None:
            self.select(keep)
        elif snapshot.applicants:
            self.select(snapshot.applicants[0].code)
        self._show_details()
        self.retranslate()

    def select(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.code_at(row) == code:
                index = self._proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return

    def selected_applicant(self) -> str | None:
        return self._selected

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._selected = self.model.code_at(self._proxy.mapToSource(rows[0]).row()) if rows else None
        self._show_details()
        self.retranslate()
        self.selection_changed.emit()

    def _show_details(self) -> None:
        snap = self._snapshot
        code = self._selected
        if snap is None or code is None:
            self.reported_model.set_rows([])
            self.documents_model.set_rows([])
            return
        self.reported_model.set_rows(snap.reported.get(code, ()))
        self.documents_model.set_rows(snap.documents.get(code, ()))

    def _open_document(self, index: QModelIndex) -> None:
        row = self.documents_model.row_at(index.row())
        if row is not None:
            self.document_open_requested.emit(row.sha256)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.reported_model.retranslate()
        self.documents_model.retranslate()
        snap = self._snapshot
        code = self._selected
        self._details.setTabText(0, fill(self.tr("Reported values (%1)"), self.reported_model.rowCount()))
        self._details.setTabText(1, fill(self.tr("Evidence documents (%1)"), self.documents_model.rowCount()))
        self.documents.setToolTip(self.tr("Double-click a document to open it."))
        if snap is None:
            self._summary.setText("")
            self._details_title.setText("")
            return
        types = Counter(a.city_type for a in snap.applicants)
        self._summary.setText(fill(self.tr("%1 applicants: %2 large, %3 small or medium cities"),
                                   len(snap.applicants), types.get("large", 0), types.get("small", 0)))
        if code is None:
            self._details_title.setText(self.tr("Select an applicant to see its reported values and documents."))
        else:
            row = next((a for a in snap.applicants if a.code == code), None)
            name = name_of(row.name_ko, row.name_en) if row is not None else ""
            self._details_title.setText(fill(self.tr("%1 %2"), code, name))
