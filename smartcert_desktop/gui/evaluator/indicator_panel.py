"""The right side of the score form: one indicator's guidance, values, the evaluator's entries and notes.

The panel's widgets are made once per framework; showing another indicator or applicant only puts other
values into them (:meth:`IndicatorPanel.show_indicator`). The panel changes nothing itself: it tells the
form what the evaluator asked for (``level_chosen``) and hands typed text to the
form's commit function through :class:`~.text_commit.TextCommitter`, with the place the text belongs to
fixed when the field was filled, so a late commit can never land on another indicator.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.engine import level_points
from ...domain.framework import Framework, Indicator
from ...services.form import ApplicantForm, indicator_points, verified_points, verified_value_problem
from ..i18n import RetranslateMixin, fill
from ..settings import WindowState
from . import common
from .text_commit import TextCommitter

# Marks what comes from the on-site inspection (현장실사) wherever it is shown.
ONSITE_STYLE = (
    "QGroupBox#onsite { background: #fff6e0; border: 1px solid #e0b040; border-radius: 4px; margin-top: 1.4em; }"
    "QGroupBox#onsite::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #8a5a00; }"
)

# Whether the guidance is unfolded, remembered between indicators and runs.
GUIDANCE_KEY = "evaluator/guidance_shown"

# field, text, typing token -> kept (False leaves the text pending)
TextCommitFn = Callable[[str, str, str | None, str, int], bool]


class _FieldKeys(QObject):
    """Keys inside the panel's text fields: Escape goes back to the outline, Tab leaves the field.

    Tab and Shift+Tab go through the panel's fields and, past the last, on to the next indicator; that is
    what lets an evaluator score a whole sheet without the mouse.
    """

    def __init__(self, panel: IndicatorPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._panel.leave_requested.emit(0)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._panel.tab_from(watched, forward)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, QLineEdit):
            self._panel.leave_requested.emit(0)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._panel.leave_requested.emit(1)
            return True
        return False


class CompactTextEdit(QPlainTextEdit):
    """A text field that asks for a few lines and grows into room it is given.

    QPlainTextEdit's own size hint is a dozen lines, which pushes what follows (the on-site note) off a
    laptop's screen; this one asks for ``lines`` and takes more when the panel has it (Expanding).
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        return self.fontMetrics().lineSpacing() * lines + document + margins.top() + margins.bottom() + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height(2))


def _restyle(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: setting one, even the same, polishes the widget again."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class IndicatorPanel(RetranslateMixin, QScrollArea):
    """Guidance, reported value or self-assessment, level or confirmation, comment, on-site note."""

    level_chosen = Signal(object)  # str | None
    open_evidence_requested = Signal()
    # Back to the outline: 0 stays on the indicator, 1 and -1 move to the next or previous one.
    leave_requested = Signal(int)

    def __init__(self, commit_text: TextCommitFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit_text = commit_text
        self._framework: Framework | None = None
        self._form: ApplicantForm | None = None
        self._indicator: Indicator | None = None
        self._language = "ko"
        # Where each text field's text belongs: (applicant, indicator) fixed when the field was filled.
        self._target: tuple[str, str] | None = None
        self._read_only = False

        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Everything wraps; a sideways scroll bar would hide the end of every line.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(380)
        self.setStyleSheet(ONSITE_STYLE)

        self._title = QLabel()
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        # The guidance folds away to one heading line (remembered), so that a long text does not push the
        # evaluator's own fields off a small screen.
        self._guidance_shown = WindowState().flag(GUIDANCE_KEY, True)
        self._guidance_heading = QToolButton()
        self._guidance_heading.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._guidance_heading.setAutoRaise(True)
        self._guidance_heading.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._guidance_heading.clicked.connect(lambda: self._guidance_toggled(not self._guidance_shown))
        self._guidance_heading.setArrowType(
            Qt.ArrowType.DownArrow if self._guidance_shown else Qt.ArrowType.RightArrow)
        heading_font = QFont(self._guidance_heading.font())
        heading_font.setBold(True)
        self._guidance_heading.setFont(heading_font)
        self._guidance = QLabel()
        self._guidance.setWordWrap(True)
        self._guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._guidance.setFrameShape(QFrame.Shape.StyledPanel)
        self._guidance.setMargin(6)
        self._guidance.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        # Quantitative: the applicant's value, its points, confirmation or the value found.
        self._reported_box = QGroupBox()
        self._reported_label = QLabel()
        self._reported_value = QLabel()
        value_font = QFont(self._reported_value.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.3)
        value_font.setBold(True)
        self._reported_value.setFont(value_font)
        self._reported_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._evidence_label = QLabel()
        self._evidence = QLabel()
        self._evidence.setWordWrap(True)
        self._open_evidence = QToolButton()
        self._open_evidence.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._open_evidence.clicked.connect(self.open_evidence_requested)
        self._reported_points_label = QLabel()
        self._reported_points = QLabel()
        self._confirm_state = QLabel()
        self._verified_label = QLabel()
        self._verified = QLineEdit()
        self._verified.setClearButtonEnabled(True)
        self._verified_label.setBuddy(self._verified)
        self._verified_problem = QLabel()
        self._verified_problem.setWordWrap(True)
        self._verified_problem.setStyleSheet("color: #c0392b;")
        self._verified_note = QLabel()
        self._verified_note.setWordWrap(True)
        # Four lines on a laptop: value and its points, evidence, the state, the value found.
        grid = QGridLayout(self._reported_box)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._reported_label, 0, 0)
        value_row = QHBoxLayout()
        value_row.setSpacing(6)
        value_row.addWidget(self._reported_value, 1)
        value_row.addWidget(self._reported_points_label)
        value_row.addWidget(self._reported_points)
        grid.addLayout(value_row, 0, 1)
        grid.addWidget(self._evidence_label, 1, 0)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self._evidence, 1)
        evidence_row.addWidget(self._open_evidence)
        grid.addLayout(evidence_row, 1, 1)
        self._confirm_state.setWordWrap(True)
        grid.addWidget(self._confirm_state, 2, 0, 1, 2)
        grid.addWidget(self._verified_label, 3, 0)
        grid.addWidget(self._verified, 3, 1)
        grid.addWidget(self._verified_problem, 4, 1)
        grid.addWidget(self._verified_note, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        # Qualitative: the applicant's self-assessment, the evaluator's level.
        self._level_box = QGroupBox()
        self._self_assessment = QLabel()
        self._self_assessment.setWordWrap(True)
        self._level_buttons_row = QHBoxLayout()
        self._level_group = QButtonGroup(self)
        self._level_group.setExclusive(False)
        self._level_group.idClicked.connect(self._level_clicked)
        self._level_buttons: list[QPushButton] = []
        self._clear_level = QPushButton()
        self._clear_level.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clear_level.clicked.connect(lambda: self.level_chosen.emit(None))
        self._level_points = QLabel()
        level_layout = QVBoxLayout(self._level_box)
        level_layout.setSpacing(4)
        # The self-assessment and the points on one line: a line less between the levels and the notes.
        first_line = QHBoxLayout()
        first_line.addWidget(self._self_assessment, 1)
        first_line.addWidget(self._level_points, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        level_layout.addLayout(first_line)
        level_layout.addLayout(self._level_buttons_row)

        # Both kinds: the evaluator's comment and its requirement.
        self._comment_label = QLabel()
        self._comment_label.setFont(heading_font)
        self._comment_requirement = QLabel()
        self._comment_requirement.setWordWrap(True)
        self._comment = CompactTextEdit(3)
        self._comment.setTabChangesFocus(True)
        self._comment.setMaximumHeight(220)
        self._comment_label.setBuddy(self._comment)

        # On-site inspection (현장실사) note of this indicator, marked as such.
        self._onsite_box = QGroupBox()
        self._onsite_box.setObjectName("onsite")
        self._onsite = CompactTextEdit(2)
        self._onsite.setTabChangesFocus(True)
        self._onsite.setMaximumHeight(160)
        onsite_layout = QVBoxLayout(self._onsite_box)
        onsite_layout.addWidget(self._onsite)

        self._read_only_note = QLabel()
        self._read_only_note.setWordWrap(True)
        self._read_only_note.setStyleSheet("color: #7b5ea7; font-weight: bold;")

        column = QVBoxLayout(body)
        column.setSpacing(5)
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addWidget(self._read_only_note)
        column.addSpacing(4)
        column.addWidget(self._guidance_heading)
        column.addWidget(self._guidance)
        column.addWidget(self._reported_box)
        column.addWidget(self._level_box)
        comment_line = QHBoxLayout()
        comment_line.addWidget(self._comment_label, 0, Qt.AlignmentFlag.AlignTop)
        comment_line.addWidget(self._comment_requirement, 1)
        column.addLayout(comment_line)
        # The two text fields share the room left, the comment more of it; the on-site note stays in view.
        column.addWidget(self._comment, 3)
        column.addWidget(self._onsite_box, 2)
        column.addStretch(1)

        self._comment_committer = TextCommitter(self._comment, self._commit("comment"), parent=self)
        self._verified_committer = TextCommitter(self._verified, self._commit("verified_value"), parent=self)
        self._onsite_committer = TextCommitter(self._onsite, self._commit("onsite_note"), parent=self)
        self._verified.textChanged.connect(self._verified_typed)
        self._comment.textChanged.connect(self._comment_typed)
        keys = _FieldKeys(self)
        for editor in (self._verified, self._comment, self._onsite):
            editor.installEventFilter(keys)
        self.retranslate()
        self._show_nothing()

    # --- building -----------------------------------------------------------------------------------

    def set_framework(self, framework: Framework | None) -> None:
        """Make one level button per Scale level: done once per workspace."""
        self._framework = framework
        for button in self._level_buttons:
            self._level_group.removeButton(button)
            button.deleteLater()
        self._level_buttons = []
        while self._level_buttons_row.count():
            self._level_buttons_row.takeAt(0)
        if framework is not None:
            for number, level in enumerate(framework.scale):
                button = QPushButton()
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setMinimumWidth(64)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                self._level_group.addButton(button, number)
                self._level_buttons_row.addWidget(button)
                self._level_buttons.append(button)
                del level
        self._level_buttons_row.addWidget(self._clear_level)
        self._level_buttons_row.addStretch(1)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def committers(self) -> list[TextCommitter]:
        return [self._verified_committer, self._comment_committer, self._onsite_committer]

    def flush(self) -> bool:
        """Commit every pending text; False when one could not be (a value that does not fit its rule)."""
        return all([committer.flush() for committer in self.committers()])

    def text_fields(self) -> list[QWidget]:
        """The editable fields in keyboard order for the indicator shown."""
        fields: list[QWidget] = []
        if self._indicator is not None and self._indicator.kind == "quantitative":
            fields.append(self._verified)
        fields += [self._comment, self._onsite]
        return fields

    def focus_first_field(self) -> None:
        """F2: into the comment (qualitative) or the value found (quantitative)."""
        fields = self.text_fields()
        if fields and not self._read_only:
            fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_comment(self) -> None:
        if not self._read_only:
            self._comment.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tab_from(self, editor: QObject, forward: bool) -> None:
        fields = self.text_fields()
        position = fields.index(editor) if editor in fields else -1
        target = position + (1 if forward else -1)
        if 0 <= target < len(fields):
            fields[target].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.leave_requested.emit(1 if forward else 0)

    # --- showing ------------------------------------------------------------------------------------

    def show_indicator(self, form: ApplicantForm | None, code: str | None) -> None:
        """Show an indicator of an applicant (or nothing); pending text of the previous one is committed."""
        self.flush()
        fw = self._framework
        if form is None or code is None or fw is None or code not in fw.indicator_by_code:
            self._form = None
            self._indicator = None
            self._target = None
            self._show_nothing()
            return
        self._form = form
        self._indicator = fw.indicator_by_code[code]
        self._target = (form.code, code)
        entry = form.sheet.entry(code)
        self._comment_committer.set_text(entry.comment)
        self._onsite_committer.set_text(entry.onsite_note)
        self._verified_committer.set_text(entry.verified_value or "")
        self._verified_problem.setVisible(False)
        self._fill()

    def refresh(self, form: ApplicantForm) -> None:
        """The same indicator after an edit or undo: new values, without disturbing a field being typed in."""
        if self._indicator is None or self._target is None or form.code != self._target[0]:
            return
        self._form = form
        entry = form.sheet.entry(self._indicator.code)
        for committer, value in ((self._comment_committer, entry.comment),
                                 (self._onsite_committer, entry.onsite_note),
                                 (self._verified_committer, entry.verified_value or "")):
            if not committer.is_pending() and committer.text() != value:
                committer.set_text(value)
        self._fill()

    def indicator_code(self) -> str | None:
        return self._indicator.code if self._indicator is not None else None

    def _show_nothing(self) -> None:
        for widget in (self._reported_box, self._level_box, self._comment_label, self._comment_requirement,
                       self._comment, self._onsite_box, self._guidance_heading, self._guidance,
                       self._read_only_note):
            widget.setVisible(False)
        self._title.setText(self.tr("No indicator selected"))
        self._subtitle.setText("")

    def _name(self, ko: str, en: str) -> str:
        return (en if self._language == "en" else ko) or ko or en

    def _fill(self) -> None:
        """Put the current values into the widgets (no widget is made or destroyed here)."""
        fw, form, ind = self._framework, self._form, self._indicator
        if fw is None or form is None or ind is None:
            self._show_nothing()
            return
        entry = form.sheet.entry(ind.code)
        recused = form.sheet.recused
        self._read_only = recused
        item = next((i for i in fw.items if i.code == ind.item_code), None)
        self._title.setText(f"{ind.code}  {self._name(ind.name_ko, ind.name_en)}")
        self._subtitle.setText(fill(
            self.tr("%1 · maximum %2 points · %3"), common.kind_text(ind.kind), common.max_text(ind.max_points),
            self._name(item.name_ko, item.name_en) if item is not None else ind.item_code))
        guidance = self._name(ind.guidance_ko, ind.guidance_en)
        self._guidance_heading.setVisible(bool(guidance))
        self._guidance.setVisible(bool(guidance) and self._guidance_shown)
        self._guidance.setText(guidance)
        self._read_only_note.setVisible(recused)

        quantitative = ind.kind == "quantitative"
        self._reported_box.setVisible(quantitative)
        self._level_box.setVisible(not quantitative)
        if quantitative:
            self._fill_quantitative(fw, form, ind)
        else:
            self._fill_qualitative(fw, form, ind)

        for widget in (self._comment_label, self._comment_requirement, self._comment, self._onsite_box):
            widget.setVisible(True)
        self._fill_comment_requirement(fw, ind, entry.level, self._comment.toPlainText())
        for editor in (self._comment, self._onsite, self._verified):
            # A recused applicant's fields are read-only and look disabled, not merely refuse typing.
            editor.setReadOnly(recused)
            editor.setEnabled(not recused)
        self._open_evidence.setEnabled(True)
        self._clear_level.setEnabled(not recused)
        for button in self._level_buttons:
            button.setEnabled(not recused)

    def _fill_quantitative(self, fw: Framework, form: ApplicantForm, ind: Indicator) -> None:
        entry = form.sheet.entry(ind.code)
        reported = form.reported.get(ind.code)
        if reported is None:
            self._reported_value.setText(self.tr("No value reported"))
            self._evidence.setText("–")
        else:
            value = f"{reported.value} {ind.unit}".strip()
            self._reported_value.setText(value)
            self._evidence.setText(reported.evidence or self.tr("(no page given)"))
        self._open_evidence.setVisible(bool(form.documents))
        points = indicator_points(fw, form, ind.code)
        self._reported_points.setText(
            f"{common.points_text(points)} / {common.max_text(ind.max_points)}")
        if entry.verified_value is not None:
            self._confirm_state.setText(self.tr("You entered another value (below); Del takes it back."))
        else:
            self._confirm_state.setText(self.tr("✓ Confirmed as reported unless you enter another value."))
        self._update_verified_note()

    def _fill_qualitative(self, fw: Framework, form: ApplicantForm, ind: Indicator) -> None:
        entry = form.sheet.entry(ind.code)
        own = form.self_assessment.get(ind.code)
        if own:
            level = next((s for s in fw.scale if s.code == fw.scale_code(own)), None)
            name = self._name(level.name_ko, level.name_en) if level is not None else ""
            self._self_assessment.setText(fill(self.tr("Applicant's self-assessment: %1 %2 (not counted)"),
                                               own, name))
        else:
            self._self_assessment.setText(self.tr("Applicant's self-assessment: none given"))
        chosen = fw.scale_code(entry.level) or ""
        digits = {code: digit for digit, code in common.level_keys(fw)}
        for number, button in enumerate(self._level_buttons):
            level = fw.scale[number]
            button.setChecked(level.code == chosen)
            digit = digits.get(level.code)
            keys = f"{digit} · {level.code}" if digit is not None else level.code
            button.setText(f"{keys}\n{self._name(level.name_ko, level.name_en)}")
            worth = common.points_text(level_points(fw, ind.code, level.code))
            button.setToolTip(fill(self.tr("%1 points (key %2 or %3)"), worth, digit, level.code)
                              if digit is not None else fill(self.tr("%1 points (key %2)"), worth, level.code))
        points = indicator_points(fw, form, ind.code)
        self._level_points.setText(fill(self.tr("Points: %1 / %2"), common.points_text(points),
                                        common.max_text(ind.max_points)))

    def _fill_comment_requirement(self, fw: Framework, ind: Indicator, level: str | None, comment: str) -> None:
        required_levels = [s for s in fw.scale if s.code in fw.comment_required_levels]
        names = ", ".join(f"{s.code} {self._name(s.name_ko, s.name_en)}" for s in required_levels)
        chosen = fw.scale_code(level) or ""
        if ind.kind == "qualitative" and chosen and fw.comment_required(chosen):
            if comment.strip():
                self._comment_requirement.setText(fill(self.tr("✓ Comment required for level %1: given."), chosen))
                _restyle(self._comment_requirement, "color: #2e9d4f;")
            else:
                self._comment_requirement.setText(
                    fill(self.tr("⚠ A comment is required for level %1. The sheet is incomplete without it."),
                         chosen))
                _restyle(self._comment_requirement, "color: #c0392b; font-weight: bold;")
        elif ind.kind == "qualitative" and names:
            self._comment_requirement.setText(fill(self.tr("A comment is required for the levels %1."), names))
            _restyle(self._comment_requirement, "")
        elif ind.kind == "quantitative":
            self._comment_requirement.setText(self.tr("Explain a value you found that differs from the report."))
            _restyle(self._comment_requirement, "")
        else:
            self._comment_requirement.setText("")
        self._comment_label.setText(self.tr("&Comment:"))

    def _guidance_toggled(self, shown: bool) -> None:
        self._guidance_shown = shown
        self._guidance_heading.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        WindowState().set_flag(GUIDANCE_KEY, shown)
        self._guidance.setVisible(shown and bool(self._guidance.text()) and self._indicator is not None)

    def guidance_shown(self) -> bool:
        return self._guidance_shown

    def toggle_guidance(self) -> None:
        self._guidance_toggled(not self._guidance_shown)

    def _update_verified_note(self) -> None:
        fw, form, ind = self._framework, self._form, self._indicator
        if fw is None or form is None or ind is None or ind.kind != "quantitative":
            return
        text = self._verified.text()
        problem = verified_value_problem(fw, ind.code, text)
        self._verified_problem.setVisible(problem is not None)
        self._verified_problem.setText(problem or "")
        explanation = self.tr(
            "Leave blank when the reported value is right. A value you enter goes to the chair, who accepts "
            "or dismisses it; until then the points stay those of the reported value.")
        self._verified.setToolTip(explanation)
        self._verified_label.setToolTip(explanation)
        # Blank: the line above and the field's tooltip say it; the panel keeps its height for the notes.
        self._verified_note.setVisible(bool(text.strip()))
        if not text.strip():
            self._verified_note.setText("")
            return
        found: Decimal | None = None if problem else verified_points(fw, form, ind.code, text)
        if found is None:
            self._verified_note.setText(self.tr(
                "The chair accepts or dismisses the value you found; the points stay those of the reported "
                "value until then."))
        else:
            self._verified_note.setText(fill(self.tr(
                "Your value would give %1 points. The chair accepts or dismisses it; the points stay those of "
                "the reported value until then."), common.points_text(found)))

    # --- input ------------------------------------------------------------------------------------

    def _commit(self, field: str) -> Callable[[str, int], bool]:
        def commit(text: str, typing: int) -> bool:
            if self._target is None:
                return True
            return self._commit_text(self._target[0], field, self._target[1], text, typing)
        return commit

    def _verified_typed(self) -> None:
        self._update_verified_note()

    def _comment_typed(self) -> None:
        # The requirement's note follows the typing, before the text is even committed.
        fw, form, ind = self._framework, self._form, self._indicator
        if fw is not None and form is not None and ind is not None:
            level = form.sheet.entry(ind.code).level
            self._fill_comment_requirement(fw, ind, level, self._comment.toPlainText())

    def _level_clicked(self, number: int) -> None:
        fw = self._framework
        if fw is None or self._read_only:
            return
        level = fw.scale[number].code
        entry = self._form.sheet.entry(self._indicator.code) if self._form and self._indicator else None
        # Clicking the level already chosen takes it back, as a second press of a toggle would.
        self.level_chosen.emit(None if entry is not None and entry.level == level else level)

    def retranslate(self) -> None:
        self._guidance_heading.setText(self.tr("Guidance"))
        self._guidance_heading.setToolTip(self.tr("Show or hide the guidance"))
        # No titles on the two boxes: a title line each is room a laptop lacks, and the first line of each
        # box says what it is ("Reported value: …", "Applicant's self-assessment: …").
        self._reported_box.setAccessibleName(self.tr("Reported value"))
        self._reported_label.setText(self.tr("Reported value:"))
        self._evidence_label.setText(self.tr("Evidence:"))
        self._open_evidence.setText(self.tr("Open Evidence &Document"))
        self._open_evidence.setToolTip(self.tr("Open the applicant's evidence documents (Ctrl+E)"))
        self._reported_points_label.setText(self.tr("Points:"))
        self._verified_label.setText(self.tr("Value you f&ound:"))
        self._verified.setPlaceholderText(self.tr("blank = as reported"))
        self._level_box.setAccessibleName(self.tr("Your assessment"))
        self._clear_level.setText(self.tr("Clear (Del)"))
        self._comment_label.setText(self.tr("&Comment:"))
        self._onsite_box.setTitle(self.tr("On-site inspection (현장실사) note"))
        self._onsite.setPlaceholderText(self.tr("What the on-site inspection found for this indicator"))
        self._read_only_note.setText(self.tr("You recused yourself from this applicant: nothing can be scored."))
        if self._framework is not None and self._indicator is not None and self._form is not None:
            self._fill()
