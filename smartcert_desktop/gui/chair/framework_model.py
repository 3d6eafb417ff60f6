"""The framework as a tree: domains (분야) → items (평가항목) → indicators (세부지표)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...services.chair_views import FrameworkNode
from .common import SORT_ROLE, kind_text, name_of, points
from .rule_words import describe

Index = QModelIndex | QPersistentModelIndex


class _Item:
    """A node with its place in the tree, which ``parent()`` needs and the plain node does not know."""

    def __init__(self, node: FrameworkNode, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children = [_Item(child, self, n) for n, child in enumerate(node.children)]


class FrameworkTreeModel(QAbstractItemModel):
    CODE, NAME, KIND, MAX, RULE, PARAMS, UNIT = range(7)
    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[_Item] = []

    def set_tree(self, domains: Sequence[FrameworkNode]) -> None:
        self.beginResetModel()
        self._roots = [_Item(d, None, n) for n, d in enumerate(domains)]
        self.endResetModel()

    def retranslate(self) -> None:
        """Names and kinds switch language on every level; a layout change keeps what is expanded."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def _item(self, index: Index) -> _Item | None:
        if not index.isValid():
            return None
        item = index.internalPointer()
        return item if isinstance(item, _Item) else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self._item(parent)
        children = self._roots if owner is None else owner.children
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self._item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self._item(parent)
        return len(self._roots) if owner is None else len(owner.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.CODE: self.tr("Code"),
            self.NAME: self.tr("Name"),
            self.KIND: self.tr("Kind"),
            self.MAX: self.tr("Max points"),
            self.RULE: self.tr("Rule"),
            self.PARAMS: self.tr("Parameters"),
            self.UNIT: self.tr("Unit"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        node = item.node
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.MAX and role == SORT_ROLE:
                return float(node.max_points)
            return {
                self.CODE: node.code,
                self.NAME: name_of(node.name_ko, node.name_en),
                self.KIND: kind_text(node.kind) if node.kind else "",
                self.MAX: points(node.max_points),
                self.RULE: describe(node.rule, node.params)[0] if node.rule else "",
                self.PARAMS: describe(node.rule, node.params)[1] if node.rule else "",
                self.UNIT: node.unit,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            # The other language's name, so that a bilingual committee can speak of the same indicator.
            return node.name_en if name_of(node.name_ko, node.name_en) == node.name_ko else node.name_ko
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PARAMS and node.rule:
            # All of it in words, and the workbook's own spelling for whoever edits the framework workbook.
            return f"{describe(node.rule, node.params)[1]}\n{node.rule} {node.params}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RULE and node.rule:
            return f"{node.rule} {node.params}".strip()
        if role == Qt.ItemDataRole.FontRole and node.level != "indicator":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MAX:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
