"""The program at a glance: its identity, its key's fingerprint, and the framework it is scored by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.numbers import canonical_decimal
from ...services.chair_views import ChairSnapshot, framework_tree
from ..i18n import RetranslateMixin, fill, utc_datetime_text
from .common import FLAGGED, TEXT_ON_COLOUR, name_of, points
from .framework_model import FrameworkTreeModel


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _breakable_path(path: str) -> str:
    """``path`` with a break opportunity after each separator (a zero-width space, shown as nothing)."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


class ProgramPage(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: ChairSnapshot | None = None
        self._folder = ""

        self._sample = QLabel()
        self._sample.setWordWrap(True)
        self._sample.setAutoFillBackground(True)
        palette = self._sample.palette()
        palette.setColor(self._sample.backgroundRole(), FLAGGED)
        palette.setColor(self._sample.foregroundRole(), TEXT_ON_COLOUR)
        self._sample.setPalette(palette)
        self._sample.setMargin(8)

        self._program_box = QGroupBox()
        self._framework_box = QGroupBox()
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        program_form = QFormLayout(self._program_box)
        for key in ("name", "id", "fingerprint", "created", "folder"):
            self._add_row(program_form, key)
        framework_form = QFormLayout(self._framework_box)
        for key in ("framework", "hash", "points", "aggregation", "minimum", "city", "scale", "grades"):
            self._add_row(framework_form, key)
        self._values["fingerprint"].setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        info_layout.addWidget(self._program_box)
        info_layout.addWidget(self._framework_box)
        info_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(info)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self._tree_model = FrameworkTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self._tree_model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The names take the room left; the rules in words get a fixed share and say the rest in their
        # tooltip, so that no column runs off the right edge of a laptop's screen.
        header.setSectionResizeMode(FrameworkTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FrameworkTreeModel.PARAMS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(FrameworkTreeModel.PARAMS, self.tree.fontMetrics().horizontalAdvance("x" * 26))
        self._tree_title = QLabel()
        tree_box = QWidget()
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self._tree_title)
        tree_layout.addWidget(self.tree, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(tree_box)
        # The information pane keeps a width that holds the longest label and a shortened id or hash beside it
        # (in either language, on a laptop's screen); the framework's tree takes the rest.
        left = self.fontMetrics().horizontalAdvance("x" * 50)
        scroll.setMinimumWidth(left)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([left, 3 * left])
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self._sample)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        self.retranslate()

    def _add_row(self, form: QFormLayout, key: str) -> None:
        label = QLabel()
        value = _value_label()
        self._labels[key] = label
        self._values[key] = value
        form.addRow(label, value)

    def model(self) -> FrameworkTreeModel:
        return self._tree_model

    def set_snapshot(self, snapshot: ChairSnapshot, folder: str) -> None:
        first = self._snapshot is None or self._snapshot.framework.hash != snapshot.framework.hash
        self._snapshot = snapshot
        self._folder = folder
        if first:
            self._tree_model.set_tree(framework_tree(snapshot.framework))
            self.tree.expandAll()
        self.retranslate()

    def retranslate(self) -> None:
        self._program_box.setTitle(self.tr("Program"))
        self._framework_box.setTitle(self.tr("Framework"))
        titles = {
            "name": self.tr("Name:"), "id": self.tr("Program ID:"), "fingerprint": self.tr("Key fingerprint:"),
            "created": self.tr("Created:"), "folder": self.tr("Workspace:"), "framework": self.tr("Framework:"),
            "hash": self.tr("Framework hash:"), "points": self.tr("Total points:"),
            "aggregation": self.tr("Aggregation:"), "minimum": self.tr("Evaluators:"),
            "city": self.tr("Large city from:"), "scale": self.tr("Qualitative scale:"),
            "grades": self.tr("Grades:"),
        }
        for key, text in titles.items():
            self._labels[key].setText(text)
        self._tree_title.setText(self.tr("Domains, items and indicators"))
        self._tree_model.retranslate()
        snap = self._snapshot
        if snap is None:
            self._sample.hide()
            return
        p = snap.program
        self._sample.setVisible(p.sample)
        self._sample.setText(self.tr(
            "SAMPLE framework: this program is scored with the sample indicator set included with the "
            "program, not the official one. Results made with it are examples only."))
        self._values["name"].setText(p.name)
        # Long unbroken values are shown shortened or breakable, in full in their tooltip, so that nothing runs
        # off the pane's right edge.
        self._values["id"].setText(p.id[:16] + "…" if len(p.id) > 18 else p.id)
        self._values["id"].setToolTip(p.id)
        self._values["fingerprint"].setText(p.fingerprint)
        self._values["fingerprint"].setToolTip(self.tr(
            "Evaluators check packages against this fingerprint; read it to them by phone if they ask."))
        self._values["created"].setText(utc_datetime_text(p.created_at) if p.created_at else "")
        self._values["folder"].setText(_breakable_path(self._folder))
        self._values["folder"].setToolTip(self._folder)
        self._values["framework"].setText(fill(self.tr("%1 (%2, version %3)"),
                                               name_of(p.framework_name_ko, p.framework_name_en) or p.framework_id,
                                               p.framework_id, p.framework_version))
        self._values["hash"].setText(p.framework_hash[:16] + "…")
        self._values["hash"].setToolTip(p.framework_hash)
        fw = snap.framework
        self._values["points"].setText(fill(
            self.tr("%1 in %2 domains, %3 items, %4 indicators (%5 quantitative, %6 qualitative)"),
            points(p.total_max), len(fw.domains), len(fw.items), len(fw.indicators), len(fw.quantitative),
            len(fw.qualitative)))
        self._values["aggregation"].setText(self._aggregation_text(p.aggregation, p.trim_min_evaluators))
        self._values["minimum"].setText(fill(self.tr("at least %1 counted for a grade"), p.min_evaluators))
        self._values["city"].setText(fill(self.tr("population %1"), f"{p.large_city_min_population:,}"))
        self._values["scale"].setText("\n".join(
            fill(self.tr("%1 %2: %3 of the points"), s.code, name_of(s.name_ko, s.name_en),
                 canonical_decimal(s.ratio * 100) + "%") for s in p.scale))
        grade_lines = []
        for g in sorted(p.grades, key=lambda g: (g.grade, g.city_type)):
            line = fill(self.tr("Grade %1: from %2 of the total"), g.grade, canonical_decimal(g.min_ratio * 100) + "%")
            if g.city_type != "all":
                line += " " + (self.tr("(large cities)") if g.city_type == "large" else self.tr("(small cities)"))
            if g.certified:
                line += " — " + self.tr("certified")
            grade_lines.append(line)
        self._values["grades"].setText("\n".join(grade_lines))

    def _aggregation_text(self, aggregation: str, trim: int) -> str:
        if aggregation == "trimmed_total":
            return fill(self.tr(
                "From %1 evaluators, the highest and the lowest qualitative total are left out; the rest "
                "are averaged per indicator."), trim)
        if aggregation == "trimmed_indicator":
            return fill(self.tr(
                "From %1 evaluators, the highest and the lowest value of each indicator are left out; the "
                "rest are averaged."), trim)
        if aggregation == "median":
            return self.tr("The median of the evaluators' points on each indicator.")
        return self.tr("The mean of the evaluators' points on each indicator.")
