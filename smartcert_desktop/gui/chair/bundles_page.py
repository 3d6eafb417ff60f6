"""Importing score bundles (.scb), one verdict line per bundle, and who has scored whom.

Bundles come by the Import button or by dropping files on the page. The completeness matrix below follows
the same counting rules as the results, so a cell that says "Complete" is an evaluator who counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.chair_views import ChairSnapshot, Completeness
from ..dnd import BUNDLE_SUFFIX, FileDropFilter
from ..i18n import RetranslateMixin, fill
from .actions import ChairActions, action_button
from .common import TEXT_ON_COLOUR, completeness_colour, completeness_help, completeness_text, name_of, tidy_table
from .completeness_model import CompletenessMatrixModel
from .verdicts_model import VerdictsModel

LEGEND = (Completeness.COMPLETE, Completeness.INCOMPLETE, Completeness.RECUSED, Completeness.MISSING,
          Completeness.CONFLICT)


class BundlesPage(RetranslateMixin, QWidget):
    files_dropped = Signal(list)  # list[Path]

    def __init__(self, actions: ChairActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: ChairSnapshot | None = None
        self.verdicts_model = VerdictsModel(self)
        self.verdicts = QTableView()
        self.verdicts.setModel(self.verdicts_model)
        tidy_table(self.verdicts, VerdictsModel.REASON)
        self.completeness_model = CompletenessMatrixModel(self)
        self.completeness = QTableView()
        self.completeness.setModel(self.completeness_model)
        self.completeness.setWordWrap(False)
        self.completeness.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.completeness.horizontalHeader().setMinimumSectionSize(44)
        self.completeness.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self._drop_hint = QLabel()
        self._drop_hint.setWordWrap(True)
        self._verdicts_title = QLabel()
        self._matrix_title = QLabel()
        for title in (self._verdicts_title, self._matrix_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._legend: dict[Completeness, QLabel] = {}
        legend_row = QHBoxLayout()
        for status in LEGEND:
            chip = QLabel()
            chip.setAutoFillBackground(True)
            chip.setMargin(3)
            colour = completeness_colour(status.value)
            if colour is not None:
                palette = chip.palette()
                palette.setColor(chip.backgroundRole(), colour)
                palette.setColor(chip.foregroundRole(), TEXT_ON_COLOUR)
                chip.setPalette(palette)
            chip.setFrameShape(QFrame.Shape.Box)
            self._legend[status] = chip
            legend_row.addWidget(chip)
        legend_row.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(action_button(actions.import_bundles))
        buttons.addWidget(self._drop_hint, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self._verdicts_title)
        upper_layout.addWidget(self.verdicts, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._matrix_title)
        lower_layout.addLayout(legend_row)
        lower_layout.addWidget(self.completeness, 1)
        lower_layout.addWidget(self._summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        # The whole page takes the drop: its tables do not accept drops themselves, so Qt offers the drag
        # to the page under them.
        self._drop = FileDropFilter(self, (BUNDLE_SUFFIX,), parent=self)
        self._drop.files_dropped.connect(self.files_dropped)
        self.retranslate()

    def drop_filter(self) -> FileDropFilter:
        return self._drop

    def set_snapshot(self, snapshot: ChairSnapshot) -> None:
        self._snapshot = snapshot
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        self.completeness_model.set_matrix(snap.completeness, {e.id: e.name for e in snap.evaluators},
                                           {a.code: name_of(a.name_ko, a.name_en) for a in snap.applicants})

    def show_verdicts(self) -> None:
        """Bring the latest verdict lines into view."""
        last = self.verdicts_model.rowCount() - 1
        if last >= 0:
            self.verdicts.scrollTo(self.verdicts_model.index(last, 0))

    def retranslate(self) -> None:
        self.verdicts_model.retranslate()
        self._fill()
        self._drop_hint.setText(self.tr("or drop score bundle files (.scb) anywhere on this page."))
        self._verdicts_title.setText(self.tr("Imported bundles"))
        self._matrix_title.setText(self.tr("Who has scored whom"))
        for status, chip in self._legend.items():
            chip.setText(completeness_text(status.value))
            chip.setToolTip(completeness_help(status.value))
        if not self.verdicts_model.rowCount():
            self.verdicts.setToolTip(self.tr("No bundle imported in this session yet."))
        else:
            self.verdicts.setToolTip("")
        snap = self._snapshot
        if snap is None:
            self._summary.setText("")
            return
        counts = snap.completeness.counts()
        expected = sum(n for s, n in counts.items() if s is not Completeness.CONFLICT)
        waiting = sorted({e for (e, _a), c in snap.completeness.cells.items() if c.status is Completeness.MISSING})
        text = fill(self.tr("%1 of %2 expected sheets are complete; %3 incomplete, %4 recused, %5 missing."),
                    counts.get(Completeness.COMPLETE, 0), expected, counts.get(Completeness.INCOMPLETE, 0),
                    counts.get(Completeness.RECUSED, 0), counts.get(Completeness.MISSING, 0))
        if waiting:
            text += " " + fill(self.tr("Waiting for: %1."), ", ".join(waiting))
        self._summary.setText(text)
