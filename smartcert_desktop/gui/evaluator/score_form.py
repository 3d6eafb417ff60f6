"""The score form for one applicant: the outline of indicators on the left, the indicator on the right.

Keyboard first. In the outline, arrows and Tab move between indicators (domain and item rows are skipped),
the Scale's keys (digits from the worst level up, 5 = A 매우우수 … 1 = E 매우미흡 on the sample Scale, or its
letters A–E) set a qualitative level and move on to the next indicator still to do (a preference), Delete
clears it (or a value found, back to the reported one), Enter moves on (or, for a level that needs a comment,
goes to the comment), F2 goes into the text fields, Escape comes back. The screen adds the shortcuts that
leave the form (next incomplete indicator, next or previous applicant) as actions of its menus.

Every change is an :class:`~smartcert_desktop.domain.edits.Edit` committed at once through the
:class:`~.commands.ScoringSession`; the form itself only shows values and turns keys and clicks into edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.edits import Edit
from ...domain.framework import Framework
from ...domain.sheets import Sheet, progress
from ...errors import SmartcertError
from ...services.form import ApplicantForm, incomplete_indicators, verified_value_problem
from .. import dialogs
from ..i18n import RetranslateMixin, fill
from ..settings import HeaderLanguage, Preferences, WindowState, restore_splitter, save_splitter
from . import common
from .commands import ScoringSession
from .indicator_panel import ONSITE_STYLE, IndicatorPanel
from .score_tree_model import Column, ScoreTreeModel
from .text_commit import CommitFn, TextCommitter

Index = QModelIndex | QPersistentModelIndex

MoveAction = QAbstractItemView.CursorAction


class IndicatorTree(QTreeView):
    """The outline, with the keys that score: the cursor only ever rests on an indicator."""

    level_key = Signal(str)  # a Scale code
    clear_key = Signal()
    enter_key = Signal()
    edit_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: dict[str, str] = {}
        self.setTabKeyNavigation(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(14)

    def set_framework(self, framework: Framework | None) -> None:
        """Digit keys in the Scale's order from worst to best (5 = the best of five levels, 1 = the worst, as
        Korean five-point forms count) and each Scale code (when it is one character) set that level."""
        self._keys = {}
        if framework is None:
            return
        for digit, code in common.level_keys(framework):
            self._keys[digit] = code
        for level in framework.scale:
            if len(level.code) == 1:
                self._keys[level.code.upper()] = level.code

    def _model(self) -> ScoreTreeModel | None:
        model = self.model()
        return model if isinstance(model, ScoreTreeModel) else None

    def moveCursor(self, action: MoveAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self._model()
        if model is None:
            return super().moveCursor(action, modifiers)
        codes = model.indicator_codes()
        if not codes:
            return QModelIndex()
        current = model.code(self.currentIndex()) if model.node_kind(self.currentIndex()) == "indicator" else None
        position = codes.index(current) if current in codes else -1
        page = max(1, self.viewport().height() // max(1, self.sizeHintForRow(0)) - 3)
        steps = {
            MoveAction.MoveDown: 1, MoveAction.MoveNext: 1, MoveAction.MoveUp: -1, MoveAction.MovePrevious: -1,
            MoveAction.MovePageDown: page, MoveAction.MovePageUp: -page,
        }
        if action == MoveAction.MoveHome:
            target = 0
        elif action == MoveAction.MoveEnd:
            target = len(codes) - 1
        elif action in steps:
            target = 0 if position < 0 else min(max(position + steps[action], 0), len(codes) - 1)
        else:  # left and right would leave for the heading rows
            target = max(position, 0)
        return model.indicator_index(codes[target])

    def keyboardSearch(self, search: str) -> None:
        # Letters are levels here; jumping to a row by its first letter would only surprise.
        return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text().upper()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and text in self._keys:
            self.level_key.emit(self._keys[text])
            event.accept()
            return
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter_key.emit()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_key.emit()
                event.accept()
                return
            if event.key() == Qt.Key.Key_F2:
                self.edit_key.emit()
                event.accept()
                return
        super().keyPressEvent(event)


POSITION_SAVE_MS = 1500


class ScoreFormPage(RetranslateMixin, QWidget):
    """One applicant's score form; see the module docstring for the keys."""

    back_requested = Signal()
    step_requested = Signal(int)  # +1 next applicant, -1 previous
    next_incomplete_applicant_requested = Signal()
    recuse_requested = Signal()
    withdraw_requested = Signal()

    SPLITTER_KEY = "evaluator/form"
    LEFT_SPLITTER_KEY = "evaluator/form_left"
    HEADER_KEY = "evaluator/score_tree"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ScoringSession | None = None
        self._form: ApplicantForm | None = None
        self._language = "ko"
        # Where the evaluator is, written to the settings after a pause (a settings file written at every
        # arrow key would cost more than the move itself) and when the page's state is saved.
        self._position: tuple[Path, str, str] | None = None
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self.save_position)

        # --- header: who, how far, what can be done with the whole applicant
        self._back = QPushButton()
        self._back.setAutoDefault(False)
        self._back.clicked.connect(self._go_back)
        self._title = QLabel()
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._info = QLabel()
        self._figures = QLabel()
        figures_font = QFont(self._figures.font())
        figures_font.setBold(True)
        self._figures.setFont(figures_font)
        self._previous = QPushButton()
        self._previous.clicked.connect(lambda: self._step(-1))
        self._next = QPushButton()
        self._next.clicked.connect(lambda: self._step(1))
        self._documents = QToolButton()
        self._documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._documents_menu = QMenu(self)
        self._documents.setMenu(self._documents_menu)
        self._recuse = QPushButton()
        self._recuse.clicked.connect(self._recuse_clicked)
        for button in (self._back, self._previous, self._next, self._recuse):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        top = QHBoxLayout()
        top.addWidget(self._back)
        top.addWidget(self._title, 1)
        top.addWidget(self._figures)
        top.addSpacing(12)
        top.addWidget(self._previous)
        top.addWidget(self._next)
        second = QHBoxLayout()
        second.addWidget(self._info, 1)
        second.addWidget(self._documents)
        second.addWidget(self._recuse)

        # --- the recusal banner: a recused applicant cannot be scored, and says why
        self._banner = QFrame()
        self._banner.setObjectName("recusedBanner")
        self._banner.setStyleSheet(
            "QFrame#recusedBanner { background: #efe8f8; border: 1px solid #7b5ea7; border-radius: 4px; }")
        self._banner_text = QLabel()
        self._banner_text.setWordWrap(True)
        self._withdraw = QPushButton()
        self._withdraw.clicked.connect(self.withdraw_requested)
        banner_layout = QHBoxLayout(self._banner)
        banner_layout.addWidget(self._banner_text, 1)
        banner_layout.addWidget(self._withdraw)

        # --- left: the outline and the applicant's own notes
        self._model = ScoreTreeModel(self)
        self._tree = IndicatorTree()
        self._tree.setModel(self._model)
        self._tree.setAlternatingRowColors(False)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (Column.ENTRY, Column.POINTS, Column.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self._header_memory = HeaderLanguage(header, self.HEADER_KEY, self._fit_columns)
        selection = self._tree.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        self._tree.level_key.connect(self.set_level)
        self._tree.clear_key.connect(self._clear_pressed)
        self._tree.enter_key.connect(self._enter_pressed)
        self._tree.edit_key.connect(self._edit_pressed)
        self._tree.clicked.connect(self._clicked)

        self._notes = QTabWidget()
        self._note = QPlainTextEdit()
        self._note.setTabChangesFocus(True)
        self._onsite_box = QGroupBox()
        self._onsite_box.setObjectName("onsite")
        self._onsite_box.setStyleSheet(ONSITE_STYLE)
        self._onsite = QPlainTextEdit()
        self._onsite.setTabChangesFocus(True)
        onsite_layout = QVBoxLayout(self._onsite_box)
        onsite_layout.addWidget(self._onsite)
        self._notes.addTab(self._note, "")
        self._notes.addTab(self._onsite_box, "")
        self._note_committer = TextCommitter(self._note, self._sheet_text_commit("note"), parent=self)
        self._onsite_committer = TextCommitter(self._onsite, self._sheet_text_commit("onsite_note"), parent=self)
        self._notes_target: str | None = None

        self._left = QSplitter(Qt.Orientation.Vertical)
        self._left.addWidget(self._tree)
        self._left.addWidget(self._notes)
        # A taller window gives its height to the outline, not to the notes.
        self._left.setStretchFactor(0, 1)
        self._left.setStretchFactor(1, 0)
        self._left.setChildrenCollapsible(False)

        # --- right: the indicator
        self._panel = IndicatorPanel(self._commit_text)
        self._panel.level_chosen.connect(self.set_level)
        self._panel.open_evidence_requested.connect(self.open_evidence)
        self._panel.leave_requested.connect(self._leave_panel)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(self._left)
        self._splitter.addWidget(self._panel)
        self._splitter.setStretchFactor(0, 5)
        self._splitter.setStretchFactor(1, 4)
        self._splitter.setChildrenCollapsible(False)

        self._hints = QLabel()
        self._hints.setWordWrap(True)
        self._hints.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self._banner)
        layout.addWidget(self._splitter, 1)
        layout.addWidget(self._hints)
        self._banner.setVisible(False)

        self.setFocusProxy(self._tree)
        # Sizes apply once the splitters have their real size (the first show); a stored state wins.
        self._default_sizes = not self._restored(self._splitter, self.SPLITTER_KEY)
        self._default_left_sizes = not self._restored(self._left, self.LEFT_SPLITTER_KEY)
        self._shown = False
        self.retranslate()

    def _fit_columns(self) -> None:
        """Fixed widths from the font and the header's words, not ResizeToContents: that would read all 76
        rows on every change."""
        header = self._tree.header()
        metrics = self._tree.fontMetrics()
        heading = header.fontMetrics()

        def title(column: Column) -> int:
            text = self._model.headerData(column, Qt.Orientation.Horizontal)
            return heading.horizontalAdvance(str(text or "")) + 20

        widths = {Column.ENTRY: max(metrics.horizontalAdvance("approved") + 16, title(Column.ENTRY)),
                  Column.POINTS: max(metrics.horizontalAdvance("1,000.00 / 1,000") + 16, title(Column.POINTS)),
                  Column.STATE: metrics.horizontalAdvance("✓") + 18}
        for column, width in widths.items():
            header.resizeSection(column, width)

    @staticmethod
    def _restored(splitter: QSplitter, key: str) -> bool:
        # A state with a collapsed pane is no layout anyone chose (it cannot be made here by dragging).
        return restore_splitter(splitter, key) and all(size > 0 for size in splitter.sizes())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        self._header_memory.seen = True
        if self._default_sizes or self._default_left_sizes:
            # After this event the window's layout is done and the splitters have their real size.
            QTimer.singleShot(0, self._apply_default_sizes)

    def _apply_default_sizes(self) -> None:
        if self._default_sizes:
            self._default_sizes = False
            width = self._splitter.width()
            self._splitter.setSizes([width * 11 // 20, width - width * 11 // 20])
        if self._default_left_sizes:
            self._default_left_sizes = False
            height = self._left.height()
            notes = min(130, height // 4)
            self._left.setSizes([height - notes, notes])

    # --- set-up ---------------------------------------------------------------------------------------

    def set_session(self, session: ScoringSession | None) -> None:
        """The workspace's scoring session; builds the outline and the level buttons once."""
        if self._session is not None:
            self._session.sheet_changed.disconnect(self._sheet_changed)
        self._session = session
        framework = session.framework if session is not None else None
        self._form = None
        self._model.set_framework(framework)
        self._tree.set_framework(framework)
        self._panel.set_framework(framework)
        self._tree.expandAll()
        self._header_memory.restore()
        self._hints.setText(self._key_help())
        if session is not None:
            session.sheet_changed.connect(self._sheet_changed)

    def set_language(self, language: str) -> None:
        self._language = language
        self._model.set_language(language)
        self._panel.set_language(language)
        self._header_memory.switch()
        self._hints.setText(self._key_help())
        self._fill_header()

    def save_position(self) -> None:
        """Write where the evaluator is to the settings, if it moved since it was last written."""
        self._position_timer.stop()
        if self._position is not None:
            WindowState().set_last_indicator(*self._position)
            self._position = None

    def save_state(self) -> None:
        """Remember splitters and columns, once the page has been seen (a never-shown splitter has no sizes),
        and where the evaluator is."""
        self.save_position()
        if not self._shown:
            return
        save_splitter(self._splitter, self.SPLITTER_KEY)
        save_splitter(self._left, self.LEFT_SPLITTER_KEY)
        self._header_memory.save()

    def tree(self) -> IndicatorTree:
        return self._tree

    def panel(self) -> IndicatorPanel:
        return self._panel

    def model(self) -> ScoreTreeModel:
        return self._model

    def note_editor(self) -> QPlainTextEdit:
        return self._note

    def onsite_editor(self) -> QPlainTextEdit:
        return self._onsite

    # --- showing an applicant ---------------------------------------------------------------------------

    def open_form(self, form: ApplicantForm, indicator_code: str | None = None, *, resume: bool = True) -> None:
        """Show ``form``; the cursor goes to ``indicator_code``, else (``resume``) to the indicator the evaluator
        was at last in this applicant, else to the first indicator still to do."""
        self.flush()
        self._form = form
        self._model.set_form(form)
        self._bind_notes(form)
        self._fill_header()
        self._fill_documents()
        codes = self._model.indicator_codes()
        if indicator_code not in codes and resume:
            indicator_code = self._last_indicator(form.code)
        if indicator_code not in codes:
            indicator_code = self._first_incomplete(codes, -1) or (codes[0] if codes else None)
        if indicator_code is not None:
            self.select_indicator(indicator_code)
        self._tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> ApplicantForm | None:
        return self._form

    def current_indicator(self) -> str | None:
        index = self._tree.currentIndex()
        return self._model.code(index) if self._model.node_kind(index) == "indicator" else None

    def select_indicator(self, code: str) -> None:
        index = self._model.indicator_index(code)
        if not index.isValid():
            return
        if self._tree.currentIndex() == index:
            # Same row, maybe another applicant: currentChanged will not say so.
            self._panel.show_indicator(self._form, code)
        else:
            self._tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._model.node_kind(current) != "indicator":
            return
        code = self._model.code(current)
        self._panel.show_indicator(self._form, code)
        if self._form is not None and self._session is not None and code is not None:
            # Where the evaluator was: reopening this applicant (now or after a restart) starts here.
            position = (self._session.handle.path, self._form.code, code)
            if self._position is not None and self._position[:2] != position[:2]:
                self.save_position()  # another applicant's position is written before this one waits
            self._position = position
            self._position_timer.start()

    def _last_indicator(self, applicant: str) -> str | None:
        if self._session is None:
            return None
        if self._position is not None and self._position[:2] == (self._session.handle.path, applicant):
            return self._position[2]
        return WindowState().last_indicator(self._session.handle.path, applicant)

    def _clicked(self, index: QModelIndex) -> None:
        # A click on a heading row goes to its first indicator: headings only carry subtotals.
        if self._model.node_kind(index) in ("domain", "item"):
            child = index.siblingAtColumn(0)
            while self._model.rowCount(child) > 0:
                child = self._model.index(0, 0, child)
            code = self._model.code(child)
            if code is not None:
                self.select_indicator(code)

    def _sheet_changed(self, applicant_code: str, sheet: Sheet) -> None:
        if self._form is None or applicant_code != self._form.code:
            return
        self._form = self._form.with_sheet(sheet)
        self._model.set_form(self._form)
        self._panel.refresh(self._form)
        for committer, value in ((self._note_committer, sheet.note), (self._onsite_committer, sheet.onsite_note)):
            if not committer.is_pending() and committer.text() != value:
                committer.set_text(value)
        self._fill_header()

    def _bind_notes(self, form: ApplicantForm) -> None:
        self._notes_target = form.code
        self._note_committer.set_text(form.sheet.note)
        self._onsite_committer.set_text(form.sheet.onsite_note)

    def _fill_header(self) -> None:
        form = self._form
        if form is None or self._session is None:
            self._title.setText("")
            self._info.setText("")
            self._figures.setText("")
            self._banner.setVisible(False)
            return
        fw = self._session.framework
        self._title.setText(f"{form.code}  {form.name(self._language)}")
        population = f"{form.population:,}"
        self._info.setText(fill(self.tr("%1 · %2 · population %3"), form.province,
                                common.city_type_text(form.city_type), population))
        totals = self._model.totals()
        done, _all = progress(fw, form.sheet)
        total_text = common.points_text(totals.total if totals is not None else None)
        self._figures.setText(fill(self.tr("%1 / %2 done · total %3 / %4"), done, len(fw.indicators), total_text,
                                   common.max_text(fw.total_max)))
        recused = form.sheet.recused
        self._banner.setVisible(recused)
        self._recuse.setVisible(not recused)
        if recused:
            self._banner_text.setText(fill(self.tr(
                "You recused yourself from this applicant (reason: %1). The form is read-only and your bundle "
                "will say that you did not score it."), form.sheet.recusal_reason))
        for editor in (self._note, self._onsite):
            # A recused form is read-only, and looks it: the reason is in the recusal itself.
            editor.setReadOnly(recused)
            editor.setEnabled(not recused)

    def _fill_documents(self) -> None:
        self._documents_menu.clear()
        form = self._form
        documents = form.documents if form is not None else ()
        for document in documents:
            action = QAction(fill(self.tr("%1 (%2 KB)"), document.filename, max(1, document.size // 1024)),
                             self._documents_menu)
            action.triggered.connect(lambda _checked=False, sha=document.sha256: self._open_document(sha))
            self._documents_menu.addAction(action)
        self._documents.setEnabled(bool(documents))
        self._documents.setText(fill(self.tr("Evidence documents (%1)"), len(documents)))

    # --- evidence -------------------------------------------------------------------------------------

    def open_evidence(self) -> None:
        """Ctrl+E: the only document straight away, else the list to choose from."""
        form = self._form
        if form is None or not form.documents:
            return
        if len(form.documents) == 1:
            self._open_document(form.documents[0].sha256)
            return
        self._documents.showMenu()

    def _open_document(self, sha256: str) -> None:
        if self._session is None:
            return
        path = self._session.handle.document_path(sha256)
        if not path.exists():
            dialogs.show_error(self, fill(self.tr("The evidence document %1 is missing from the workspace. "
                                                  "Import the assignment package again."), path.name))
            return
        if not common.open_document(path):
            dialogs.show_error(self, fill(self.tr("No program on this computer could open %1. Install a PDF "
                                                  "viewer and try again."), str(path)))

    # --- editing --------------------------------------------------------------------------------------

    def _commit(self, edit: Edit, typing: int | None = None) -> bool:
        if self._session is None:
            return False
        if edit.old == edit.new:
            return True
        if self._session.handle.read_only:
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("Viewing read-only: another smartcert has this workspace, so "
                                             "nothing can be changed here."), 5000)
            return False
        try:
            self._session.commit(edit, typing)
        except SmartcertError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def _blocked_by_recusal(self) -> bool:
        if self._form is not None and self._form.sheet.recused:
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("You recused yourself from this applicant; withdraw the recusal "
                                             "to score it."), 5000)
            return True
        return False

    def set_level(self, level: str | None) -> None:
        """Set (or with None clear) the level of the current qualitative indicator.

        With the preference on (the default), a level that leaves the indicator complete moves the cursor on
        to the next indicator still to do in this applicant; a level that still needs its comment stays,
        saying so, so that the next key press cannot land on another indicator unseen.
        """
        code = self.current_indicator()
        if self._form is None or self._session is None or code is None or self._blocked_by_recusal():
            return
        ind = self._session.framework.indicator_by_code[code]
        if ind.kind != "qualitative":
            return
        old = self._session.sheet(self._form.code).entry(code).level
        if not self._commit(Edit(self._form.code, code, "level", old, level)) or level is None:
            return
        if not Preferences().advance_after_grade:
            return
        fw = self._session.framework
        sheet = self._session.sheet(self._form.code)
        if code in incomplete_indicators(fw, sheet):
            self._status(fill(self.tr("Level %1 needs a comment: press Enter to write it."), level))
            return
        codes = self._model.indicator_codes()
        position = codes.index(code) if code in codes else -1
        following = self._first_incomplete(codes, position)
        if following is None or following == code:
            self._status(self.tr("Every indicator of this applicant is done. Ctrl+PgDown: the next applicant."))
            return
        self.select_indicator(following)

    def _status(self, text: str, timeout_ms: int = 6000) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, timeout_ms)

    def _clear_pressed(self) -> None:
        """Delete: the level goes; on a quantitative indicator the value found goes (back to as reported)."""
        code = self.current_indicator()
        if self._form is None or self._session is None or code is None:
            return
        if self._session.framework.indicator_by_code[code].kind == "qualitative":
            self.set_level(None)
            return
        if self._blocked_by_recusal():
            return
        old = self._session.sheet(self._form.code).entry(code).verified_value
        if old is not None:
            self._commit(Edit(self._form.code, code, "verified_value", old, None))

    def _enter_pressed(self) -> None:
        """Enter moves on; for a level that needs a comment it goes to the comment first.

        A reported value needs no Enter: it stands as confirmed unless the evaluator enters another value.
        """
        code = self.current_indicator()
        if self._form is None or self._session is None or code is None:
            return
        fw = self._session.framework
        ind = fw.indicator_by_code[code]
        entry = self._session.sheet(self._form.code).entry(code)
        if self._form.sheet.recused or ind.kind == "quantitative":
            self.move_indicator(1)
            return
        if entry.level and fw.comment_required(entry.level) and not entry.comment.strip():
            self._panel.focus_comment()
            return
        self.move_indicator(1)

    def _edit_pressed(self) -> None:
        if not self._blocked_by_recusal():
            self._panel.focus_first_field()

    def _leave_panel(self, step: int) -> None:
        self._panel.flush()
        self._tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if step:
            self.move_indicator(step)

    def _commit_text(self, applicant: str, field: str, indicator: str | None, text: str, typing: int) -> bool:
        """A text field's commit: ``field`` of ``indicator`` of ``applicant`` becomes ``text``."""
        if self._session is None or indicator is None:
            return True
        entry = self._session.sheet(applicant).entry(indicator)
        if field == "verified_value":
            if verified_value_problem(self._session.framework, indicator, text) is not None:
                return False  # shown under the field; kept pending until it fits the rule
            new_value: str | None = text.strip() or None
            return self._commit(Edit(applicant, indicator, field, entry.verified_value, new_value), typing)
        old = entry.comment if field == "comment" else entry.onsite_note
        return self._commit(Edit(applicant, indicator, field, old, text), typing)

    def _sheet_text_commit(self, field: str) -> CommitFn:
        def commit(text: str, typing: int) -> bool:
            applicant = self._notes_target
            if self._session is None or applicant is None:
                return True
            sheet = self._session.sheet(applicant)
            old = sheet.note if field == "note" else sheet.onsite_note
            return self._commit(Edit(applicant, None, field, old, text), typing)
        return commit

    def flush(self) -> bool:
        """Commit every pending text of the form; False when one could not be stored."""
        results = [self._panel.flush(), self._note_committer.flush(), self._onsite_committer.flush()]
        return all(results)

    def pending_problems(self) -> list[str]:
        """What typed text could not be stored (a verified value that does not fit its rule)."""
        problems = []
        for committer in self._panel.committers():
            if committer.is_pending():
                problems.append(committer.text())
        return problems

    def discard_pending(self) -> None:
        for committer in [*self._panel.committers(), self._note_committer, self._onsite_committer]:
            committer.discard()

    # --- moving ---------------------------------------------------------------------------------------

    def move_indicator(self, step: int) -> None:
        """To the next (1) or previous (-1) indicator."""
        codes = self._model.indicator_codes()
        current = self.current_indicator()
        if not codes:
            return
        position = codes.index(current) if current in codes else -1
        target = min(max(position + step, 0), len(codes) - 1)
        self.select_indicator(codes[target])

    def next_incomplete(self) -> bool:
        """To the next indicator still to do (wrapping around); False when every one is done."""
        self.flush()
        codes = self._model.indicator_codes()
        current = self.current_indicator()
        position = codes.index(current) if current in codes else -1
        code = self._first_incomplete(codes, position)
        if code is None:
            self.next_incomplete_applicant_requested.emit()
            return False
        self.select_indicator(code)
        self._tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _first_incomplete(self, codes: list[str], after: int) -> str | None:
        if self._form is None or self._session is None or self._form.sheet.recused:
            return None
        incomplete = incomplete_indicators(self._session.framework, self._form.sheet)
        ordered = codes[after + 1:] + codes[:after + 1]
        return next((c for c in ordered if c in incomplete), None)

    def _step(self, step: int) -> None:
        self.flush()
        self.step_requested.emit(step)

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def _recuse_clicked(self) -> None:
        self.flush()
        self.recuse_requested.emit()

    # --- language -------------------------------------------------------------------------------------

    def _key_help(self) -> str:
        """The key line under the form, with the Scale's own keys: "5–1 or A–E: 5 = A 매우우수 … 1 = E 매우미흡"."""
        fw = self._session.framework if self._session is not None else None
        keys = common.level_keys(fw) if fw is not None else []
        if fw is not None and keys:
            names = {level.code: level for level in fw.scale}
            best, worst = keys[0], keys[-1]
            letters = [level.code for level in fw.scale if len(level.code) == 1]

            def named(pair: tuple[str, str]) -> str:
                level = names[pair[1]]
                name = level.name_en if self._language == "en" else level.name_ko
                return f"{pair[0]} = {level.code} {name or level.name_ko}".strip()

            digits = f"{best[0]}–{worst[0]}" if len(keys) > 1 else best[0]
            choice = fill(self.tr("%1 or %2"), digits, f"{letters[0]}–{letters[-1]}") if len(letters) > 1 \
                else digits
            levels = fill(self.tr("%1 level (%2 … %3)"), choice, named(best), named(worst))
        else:
            levels = self.tr("the Scale's keys set the level")
        return fill(self.tr("Keys: ↑ ↓ Tab move · %1 · Enter next · Del clear · F2 text · Esc back · F8 next to "
                            "do · Ctrl+PgDown next applicant · Ctrl+Z undo"), levels)

    def retranslate(self) -> None:
        self._back.setText(self.tr("◀ Applicants"))
        self._back.setToolTip(self.tr("Back to the list of applicants (Alt+Left)"))
        self._previous.setText(self.tr("◀ Previous"))
        self._previous.setToolTip(self.tr("Previous applicant (Ctrl+PgUp)"))
        self._next.setText(self.tr("Next ▶"))
        self._next.setToolTip(self.tr("Next applicant (Ctrl+PgDown)"))
        self._recuse.setText(self.tr("Recuse…"))
        self._recuse.setToolTip(self.tr("Declare a conflict of interest (회피): you will not score this applicant"))
        self._withdraw.setText(self.tr("&Withdraw Recusal"))
        self._notes.setTabText(0, self.tr("Overall comment"))
        self._notes.setTabText(1, self.tr("On-site inspection (현장실사)"))
        self._onsite_box.setTitle(self.tr("On-site inspection (현장실사) note for the whole applicant"))
        self._note.setPlaceholderText(self.tr("A comment on the applicant as a whole (optional)"))
        self._onsite.setPlaceholderText(self.tr("What the on-site inspection found (optional)"))
        self._hints.setText(self._key_help())
        self._fill_header()
        self._fill_documents()
