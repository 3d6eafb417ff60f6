"""The score form's outline: domain → item → indicator in the framework's order, with points and subtotals.

The tree's shape comes from the framework and is built once per workspace; opening another applicant or
storing an edit only changes the values shown (``dataChanged``), never the rows, so views keep their
expanded state, selection and scroll position and nothing is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.framework import Framework
from ...services.form import ApplicantForm, Subtotals, incomplete_indicators, subtotals
from . import common

Index = QModelIndex | QPersistentModelIndex

NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "domain", "item" or "indicator"
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 3  # indicators: bool

ROOT = 0


class Column(IntEnum):
    NAME = 0
    ENTRY = 1
    POINTS = 2
    STATE = 3


_COLUMNS = tuple(Column)  # by position: a view asks data() of every cell for every role, so no enum lookup there
_INDICATOR_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass
class _Node:
    kind: str  # root | domain | item | indicator
    code: str
    parent: int
    row: int
    children: list[int] = field(default_factory=list)
    # Fixed by the framework, worked out once: the view asks for them on every repaint.
    name_ko: str = ""
    name_en: str = ""
    maximum: Decimal = Decimal(0)


class ScoreTreeModel(QAbstractItemModel):
    """Domains, items and indicators of a framework with one applicant's entries and points."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._framework: Framework | None = None
        self._nodes: list[_Node] = [_Node("root", "", -1, 0)]
        self._by_code: dict[tuple[str, str], int] = {}
        self._form: ApplicantForm | None = None
        self._totals: Subtotals | None = None
        # What submit would still miss in the shown sheet, worked out once per edit, not once per cell.
        self._incomplete: frozenset[str] = frozenset()
        self._language = "ko"
        self._indicator_ids: list[int] = []

    # --- structure ------------------------------------------------------------------------------------

    def set_framework(self, framework: Framework | None) -> None:
        """Build the outline; done once per workspace (the framework does not change while it is open)."""
        self.beginResetModel()
        self._framework = framework
        self._nodes = [_Node("root", "", -1, 0)]
        self._by_code = {}
        self._indicator_ids = []
        self._form = None
        self._totals = None
        self._incomplete = frozenset()
        if framework is not None:
            for domain in framework.domains:
                d = self._add("domain", domain.code, ROOT, domain.name_ko, domain.name_en,
                              framework.domain_max(domain.code))
                for item in framework.items_of(domain.code):
                    i = self._add("item", item.code, d, item.name_ko, item.name_en, framework.item_max(item.code))
                    for ind in framework.indicators_of(item.code):
                        self._indicator_ids.append(
                            self._add("indicator", ind.code, i, ind.name_ko, ind.name_en, ind.max_points))
        self.endResetModel()

    def _add(self, kind: str, code: str, parent: int, name_ko: str, name_en: str, maximum: Decimal) -> int:
        number = len(self._nodes)
        siblings = self._nodes[parent].children
        self._nodes.append(_Node(kind, code, parent, len(siblings), [], name_ko, name_en, maximum))
        siblings.append(number)
        self._by_code[(kind, code)] = number
        return number

    def framework(self) -> Framework | None:
        return self._framework

    # --- values ---------------------------------------------------------------------------------------

    def set_form(self, form: ApplicantForm | None) -> None:
        """Show another applicant's values, or the same applicant's after an edit: same rows, new values.

        After an edit only the indicators whose entries changed, and their item and domain subtotals, are
        announced, so the view repaints a few rows rather than the whole outline.
        """
        previous = self._form
        previous_incomplete = self._incomplete
        self._form = form
        self._totals = subtotals(self._framework, form) if form is not None and self._framework else None
        self._incomplete = incomplete_indicators(self._framework, form.sheet) \
            if form is not None and self._framework else frozenset()
        if (previous is None or form is None or previous.code != form.code
                or previous.sheet.recused != form.sheet.recused):
            self._all_changed()
            return
        old, new = previous.sheet, form.sheet
        changed = [code for code in set(old.entries) | set(new.entries) if old.entry(code) != new.entry(code)]
        # The entries' own changes, and any indicator whose completeness changed with them.
        changed += [code for code in previous_incomplete ^ self._incomplete if code not in changed]
        for code in changed:
            self._row_changed(self._by_code.get(("indicator", code)))

    def _row_changed(self, number: int | None) -> None:
        """One row and the headings above it (their subtotals follow it)."""
        while number is not None and number > ROOT:
            node = self._nodes[number]
            self.dataChanged.emit(self.createIndex(node.row, 0, number),
                                  self.createIndex(node.row, len(Column) - 1, number))
            number = node.parent

    def form(self) -> ApplicantForm | None:
        return self._form

    def totals(self) -> Subtotals | None:
        return self._totals

    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        self._all_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def _all_changed(self) -> None:
        if len(self._nodes) <= 1:
            return
        # One signal per level of the tree: the rows of each parent form one contiguous block.
        for node in self._nodes:
            if node.children:
                first = self.createIndex(0, 0, node.children[0])
                last = self.createIndex(len(node.children) - 1, len(Column) - 1, node.children[-1])
                self.dataChanged.emit(first, last)

    # --- lookups the views use --------------------------------------------------------------------------

    def indicator_index(self, code: str, column: int = 0) -> QModelIndex:
        number = self._by_code.get(("indicator", code))
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, column, number)

    def indicator_codes(self) -> list[str]:
        """Every indicator in display order."""
        return [self._nodes[n].code for n in self._indicator_ids]

    def node_kind(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].kind

    def code(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].code

    # --- QAbstractItemModel ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_id = parent.internalId() if parent.isValid() else ROOT
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if not 0 <= parent_id < len(self._nodes):
            return QModelIndex()
        children = self._nodes[parent_id].children
        if not (0 <= row < len(children) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._nodes[index.internalId()]
        if node.parent <= ROOT:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = parent.internalId() if parent.isValid() else ROOT
        return len(self._nodes[parent_id].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._nodes[index.internalId()].kind == "indicator":
            return _INDICATOR_FLAGS
        # Domain and item rows are headings with subtotals; the cursor moves between indicators only.
        return Qt.ItemFlag.ItemIsEnabled

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = {
                Column.NAME: self.tr("Indicator"),
                Column.ENTRY: self.tr("Entry"),
                Column.POINTS: self.tr("Points"),
                Column.STATE: "",
            }
            return titles.get(Column(section)) if 0 <= section < len(Column) else None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.STATE:
            return self.tr("✓ done · ! comment required · ○ still to do")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._framework is None:
            return None
        node = self._nodes[index.internalId()]
        column = _COLUMNS[index.column()]
        if role == NODE_KIND_ROLE:
            return node.kind
        if role == CODE_ROLE:
            return node.code
        if node.kind == "indicator":
            return self._indicator_data(node.code, column, role)
        return self._group_data(node, column, role)

    def _name(self, ko: str, en: str) -> str:
        return (en if self._language == "en" else ko) or ko or en

    def _group_data(self, node: _Node, column: Column, role: int) -> Any:
        name, maximum = self._name(node.name_ko, node.name_en), node.maximum
        if node.kind == "domain":
            value = self._totals.domains.get(node.code) if self._totals else None
        else:
            value = self._totals.items.get(node.code) if self._totals else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return f"{node.code}  {name}"
            if column == Column.POINTS:
                return f"{common.points_text(value)} / {common.max_text(maximum)}"
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return name
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            palette = QApplication.palette()
            role_colour = QPalette.ColorRole.Midlight if node.kind == "domain" else QPalette.ColorRole.AlternateBase
            return palette.color(role_colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _indicator_data(self, code: str, column: Column, role: int) -> Any:
        fw = self._framework
        assert fw is not None
        ind = fw.indicator_by_code[code]
        form = self._form
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return f"{code}  {self._name(ind.name_ko, ind.name_en)}"
            if column == Column.ENTRY:
                return self._entry_text(code)
            if column == Column.POINTS:
                points = self._totals.indicators.get(code) if self._totals else None
                return f"{common.points_text(points)} / {common.max_text(ind.max_points)}"
            if column == Column.STATE:
                return self._state_mark(code)
            return None
        if role == COMPLETE_ROLE:
            return form is not None and code not in self._incomplete
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NAME:
                return f"{self._name(ind.name_ko, ind.name_en)} ({common.kind_text(ind.kind)})"
            if column == Column.STATE:
                return self._state_tooltip(code)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.POINTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column in (Column.ENTRY, Column.STATE):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if form is not None and form.sheet.recused:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            if column == Column.STATE:
                mark = self._state_mark(code)
                return QColor({"✓": "#2e9d4f", "!": "#c0392b"}.get(mark, "#9e9e9e"))
            return None
        return None

    def _entry_text(self, code: str) -> str:
        fw, form = self._framework, self._form
        if form is None or fw is None:
            return ""
        ind = fw.indicator_by_code[code]
        entry = form.sheet.entry(code)
        if ind.kind == "qualitative":
            return entry.level or ""
        if entry.verified_value is not None:
            return f"≠ {entry.verified_value}"
        reported = form.reported.get(code)
        return reported.value if reported is not None else "–"

    def _state_mark(self, code: str) -> str:
        fw, form = self._framework, self._form
        if form is None or fw is None or form.sheet.recused:
            return ""
        ind = fw.indicator_by_code[code]
        if code not in self._incomplete:
            return "✓"
        entry = form.sheet.entry(code)
        if ind.kind == "qualitative" and entry.level and fw.comment_required(entry.level):
            return "!"
        return "○"

    def _state_tooltip(self, code: str) -> str:
        mark = self._state_mark(code)
        if mark == "✓":
            return self.tr("Done")
        if mark == "!":
            return self.tr("A comment is required for this level")
        if mark == "○":
            return self.tr("Still to do")
        return ""
