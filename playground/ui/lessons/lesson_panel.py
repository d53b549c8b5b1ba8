"""The lesson panel: title, step k of n, the step's text, what to do, the question, Back / Next.

A view only: :class:`~playground.ui.lessons.lesson_player.LessonPlayer` tells it which
step to show and what the student has done, and listens to its signals. The
text is the lesson's Markdown subset turned into escaped HTML by
``core.lesson_text`` (a lesson cannot inject markup).
"""

from __future__ import annotations


from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QScrollArea, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QTextBrowser,
                               QVBoxLayout, QWidget)

from playground.core.lessons.lesson import Question, Step
from playground.core.lessons.lesson_text import inline_html, to_html
from playground.core.number_text import parse_float
from playground.ui.classroom import presentation
from playground.ui.kit.accessibility import announce, name_as_spoken
from playground.ui.kit.answer_mask import AnswerMask
from playground.ui.kit.flow_layout import FlowLayout
from playground.ui.language import shown
from playground.ui.kit.plain import menu_text

OK_STYLE = "color: #0B6E2E; font-weight: bold;"  # dark green and bold: readable on a projector
WRONG_STYLE = "color: #B3261E; font-weight: bold;"


def parse_number(text: str) -> float | None:
    """A typed number ('0,113' as well as '0.113'; ASCII digits only, finite), or None."""
    try:
        return parse_float(text.strip().replace(",", ".").replace("−", "-"))
    except ValueError:
        return None


TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic  # "&&" is drawn as "&"
READABLE_CHARS = 26  # the panel is never narrower than this many average characters: a line one reads


class ChoiceButton(QRadioButton):
    """A radio button whose text wraps onto more lines when the panel is narrow.

    A plain QRadioButton is as wide as its text on one line: a long choice made the lesson panel,
    and with it the window, wider than a 1366-pixel projector. The text is the lesson's, shown as
    plain text (an "&" is drawn as itself, never a keyboard mnemonic).
    """

    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(menu_text(text), **kwargs)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> tuple[int, int]:
        """The radio indicator's width plus the gap before the text, and its height."""
        style = self.style()
        width = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        return width + gap, style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self)

    def _text_rect(self, width: int) -> QRect:
        """Where the wrapped text goes at ``width``, as tall as it needs."""
        indent, _ = self._indicator()
        room = max(1, width - indent)
        return QFontMetrics(self.font()).boundingRect(QRect(indent, 0, room, 1 << 20), TEXT_FLAGS, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._text_rect(width).height(), self._indicator()[1]) + 2

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        indent, indicator = self._indicator()
        one_line = fm.horizontalAdvance(self.text().replace("&&", "&"))
        return QSize(indent + one_line + 2, max(fm.height(), indicator) + 2)

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        indent, _ = self._indicator()
        widest_word = max((fm.horizontalAdvance(w) for w in self.text().replace("&&", "&").split()), default=0)
        return QSize(indent + widest_word + 2, self.heightForWidth(self.width() or self.sizeHint().width()))

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)  # the text, on every line, picks the choice too

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        indent, indicator = self._indicator()
        option.rect = QRect(0, 0, indent, max(indicator, QFontMetrics(self.font()).height()))
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)  # the indicator alone
        rect = self._text_rect(self.width())
        painter.drawItemText(rect, int(TEXT_FLAGS), self.palette(), self.isEnabled(), text)
        if self.hasFocus():
            focus = QStyleOptionButton()
            focus.initFrom(self)
            focus.rect = rect.adjusted(-1, 0, 1, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class AnswerField(QLineEdit):
    """The answer's field: as wide as its hint ("Type a number") where there is room, so the hint is not cut."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        m = self.textMargins()
        frame = hint.width() - QFontMetrics(self.font()).horizontalAdvance("x" * 17)  # QLineEdit's 17 x's wide
        need = QFontMetrics(self.font()).horizontalAdvance(self.placeholderText() + "  ") + m.left() + m.right()
        return QSize(max(hint.width(), need + max(frame, 0)), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())  # else on a line of its own


class StepText(QTextBrowser):
    """The step's text: it scrolls within the room the question leaves it.

    It asks for no more than its least height, so in the lesson panel's scroll area the question
    is shown whole first and the text takes the rest (as it did before that area existed); the
    panel scrolls only once the text is down to its least height."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class LessonPanel(QWidget):
    """One step of a lesson, readable from the back of a room (fonts follow presentation mode)."""

    backRequested = Signal()
    nextRequested = Signal()
    closeRequested = Signal()
    answered = Signal(object)  # the choice's index (int) or the typed number (float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.title_label = QLabel(objectName="lessonTitle", wordWrap=True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress_label = QLabel(objectName="lessonProgress", textFormat=Qt.TextFormat.PlainText)
        self.text_view = StepText(objectName="lessonText")
        self.text_view.setOpenLinks(False)  # the texts hold no links; never follow one
        self.text_view.setFrameShape(QFrame.Shape.NoFrame)
        self.action_label = QLabel(objectName="lessonAction", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.prompt_label = QLabel(objectName="lessonPrompt", wordWrap=True)
        self.prompt_label.setTextFormat(Qt.TextFormat.RichText)
        self._choices_box = QWidget()
        self._choices_layout = QVBoxLayout(self._choices_box)
        self._choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_group = QButtonGroup(self)
        self.answer_edit = AnswerField(objectName="lessonAnswer", placeholderText=self.tr("Type a number"))
        self.check_button = QPushButton(self.tr("Check"), objectName="lessonCheck")
        # While the lesson's mask hides numbers (as "?"), one line says why and when they come back.
        self.hidden_note = QLabel(self.tr("Numbers marked ? appear once you answer."), objectName="lessonHiddenNote",
                                  wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.hidden_note.setStyleSheet("font-style: italic;")
        self.hidden_note.hide()
        self._mask: AnswerMask | None = None
        self.feedback_label = QLabel(objectName="lessonFeedback", wordWrap=True)
        self.feedback_label.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("◀ Back"), objectName="lessonBack")
        self.next_button = QPushButton(self.tr("Next ▶"), objectName="lessonNext")
        self.close_button = QPushButton(self.tr("Close lesson"), objectName="lessonClose")

        # Nothing here is wider than its longest word or button: texts wrap, the answer field and its
        # button share a line when there is room, and Close sits above the step rather than beside
        # Back and Next. The panel never makes the window wider than a projector's screen.
        # Nor taller: the step's content (titles, text, what to do, the question, its choices and the
        # feedback) lies in a scroll area between the fixed rows "Step k of n / Close lesson" and
        # "Back / Next". Without it, four long choices were cut to three lines each on a 768-pixel
        # projector, and a choice of 10,000 lines made the window 140,000 pixels tall.
        answer_row = FlowLayout(spacing=6)
        answer_row.addWidget(self.answer_edit)
        answer_row.addWidget(self.check_button)
        self.question_box = QFrame(objectName="lessonQuestion")
        self.question_box.setFrameShape(QFrame.Shape.StyledPanel)
        q = QVBoxLayout(self.question_box)
        q.addWidget(self.prompt_label)
        q.addWidget(self.hidden_note)
        q.addWidget(self._choices_box)
        q.addLayout(answer_row)
        q.addWidget(self.feedback_label)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.close_button)
        content = QWidget(objectName="lessonContent")
        middle = QVBoxLayout(content)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.title_label)
        middle.addWidget(self.text_view, 1)  # takes the room the question leaves, down to its least height
        middle.addWidget(self.action_label)
        middle.addWidget(self.question_box)
        self.scroll_area = QScrollArea(objectName="lessonScroll", widgetResizable=True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)  # as wide as the view; as tall as the content's wrapped lines
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(nav)

        for widget, name in ((self.text_view, self.tr("Lesson text")), (self.answer_edit, self.tr("Your answer")),
                             (self.scroll_area, self.tr("Lesson step"))):
            widget.setAccessibleName(name)
        # A label's accessible name is the text it shows (a fixed name would replace it for a screen reader, and
        # keep Qt from telling the reader it changed); what the label is goes in its description.
        for label, role in ((self.feedback_label, self.tr("Feedback on your answer")),
                            (self.action_label, self.tr("What to do")), (self.prompt_label, self.tr("Question")),
                            (self.progress_label, self.tr("Lesson progress")), (self.title_label, self.tr("Lesson")),
                            (self.hidden_note, self.tr("Hidden numbers"))):
            label.setAccessibleDescription(role)
        name_as_spoken(self.back_button)  # "Back", not "left-pointing triangle Back"
        name_as_spoken(self.next_button)
        self.back_button.clicked.connect(self.backRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.close_button.clicked.connect(self.closeRequested)
        self.check_button.clicked.connect(self._check)
        self.answer_edit.returnPressed.connect(self._check)
        self.choice_group.idClicked.connect(self._choice_clicked)
        self._question: Question | None = None
        self._reveal_feedback = False
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._show_feedback)
        bar.actionTriggered.connect(self._scrolled)

    # ----- content
    def follow_mask(self, mask: AnswerMask) -> None:
        """Show the note on hidden numbers while ``mask`` hides any (the lesson player's mask)."""
        if self._mask is not None:
            self._mask.changed.disconnect(self._mask_changed)
        self._mask = mask
        mask.changed.connect(self._mask_changed)
        self._mask_changed()

    @Slot()
    def _mask_changed(self) -> None:
        self.hidden_note.setVisible(self._mask is not None and bool(self._mask.names()))

    def show_step(self, lesson_title: str, index: int, count: int, step: Step) -> None:
        """Show step ``index`` (0-based) of ``count``."""
        self.title_label.setText(f"<b>{inline_html(lesson_title)}</b>"
                                 + (f"<br>{inline_html(step.title)}" if step.title else ""))
        self.progress_label.setText(self.tr("Step {number} of {count}").format(number=index + 1, count=count))
        self.text_view.setHtml(to_html(step.text))
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Finish ✓") if index == count - 1 else self.tr("Next ▶"))
        name_as_spoken(self.next_button)
        self.set_action(step.action.describe() if step.action else None, False)
        self._question = step.question
        self.question_box.setVisible(step.question is not None)
        for button in self.choice_group.buttons():
            self.choice_group.removeButton(button)
            button.setParent(None)
            button.deleteLater()
        self.feedback_label.clear()
        self.answer_edit.clear()
        self._reveal_feedback = False
        self.scroll_area.verticalScrollBar().setValue(0)  # a new step is read from its top
        if step.question is None:
            return
        self.prompt_label.setText(inline_html(step.question.prompt))
        is_choice = step.question.kind == "choice"
        self._choices_box.setVisible(is_choice)
        self.answer_edit.setVisible(not is_choice)
        self.check_button.setVisible(not is_choice)
        self.answer_edit.setEnabled(True)
        self.check_button.setText(self.tr("Lock in my prediction") if step.question.kind == "prediction"
                                  else self.tr("Check"))
        if is_choice:
            for i, choice in enumerate(step.question.choices):
                button = ChoiceButton(choice.text, objectName=f"lessonChoice{i}")
                self.choice_group.addButton(button, i)
                self._choices_layout.addWidget(button)
            presentation.restyle(self._choices_box)  # made after presentation mode scaled the window

    def set_action(self, text: str | None, done: bool) -> None:
        """What the student is asked to do, ticked once done."""
        self.action_label.setVisible(text is not None)
        if text is not None:
            text = shown(text)
            self.action_label.setText(self.tr("✓ Done: {action}").format(action=text) if done
                                      else self.tr("To do: {action}").format(action=text))
            self.action_label.setStyleSheet(OK_STYLE if done else "font-weight: bold;")
            presentation.follow_parent_font(self.action_label)

    def set_feedback(self, text: str, ok: bool | None) -> None:
        """Say how the answer went (None: neutral, e.g. 'now press Step')."""
        self.feedback_label.setText(shown(text))
        if text:
            announce(self.feedback_label, self.feedback_label.text())  # said when given, wherever the focus is
        self.feedback_label.setStyleSheet(OK_STYLE if ok else WRONG_STYLE if ok is False else "")
        presentation.follow_parent_font(self.feedback_label)
        # Below long choices the feedback may lie past the view: bring it in once it is laid out (the
        # content grows by its lines later), until the student scrolls.
        self._reveal_feedback = bool(text)
        QTimer.singleShot(0, self, self._show_feedback)

    @Slot()
    def _show_feedback(self) -> None:
        if self._reveal_feedback:
            self.scroll_area.ensureWidgetVisible(self.feedback_label, 0, 0)

    @Slot()
    def _scrolled(self) -> None:
        self._reveal_feedback = False  # the student scrolls: leave the view where they put it

    def choice_buttons(self) -> list[QRadioButton]:
        return self.choice_group.buttons()

    def minimumSizeHint(self) -> QSize:
        """A readable line, or the panel's own rows of buttons if wider: never the step's texts (they
        wrap), so the least width, the dock's and the window's, stays the same from step to step."""
        fm = QFontMetrics(self.font())

        def width(button: QPushButton, *texts: str) -> int:  # the button with the widest of its texts
            pad = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(button.text())
            return pad + max(button.fontMetrics().horizontalAdvance(t) for t in texts)

        layout = self.layout()
        spacing, m = max(layout.spacing(), 0), layout.contentsMargins()
        progress = fm.horizontalAdvance(self.tr("Step {number} of {count}").format(number=88, count=88))
        frame = self.question_box.layout().contentsMargins()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()  # the content's rows lie beside it
        rows = (progress + spacing + width(self.close_button, self.close_button.text()),
                width(self.back_button, self.back_button.text()) + spacing
                + width(self.next_button, self.tr("Next ▶"), self.tr("Finish ✓")),
                max(width(self.check_button, self.tr("Check"), self.tr("Lock in my prediction")),
                    self.answer_edit.sizeHint().width()) + frame.left() + frame.right()
                + 2 * self.question_box.frameWidth() + scroll_bar,
                fm.averageCharWidth() * READABLE_CHARS + scroll_bar)
        # The height is the fixed rows' and the scroll area's least: never the step's content.
        return QSize(max(rows) + m.left() + m.right(), super().minimumSizeHint().height())

    # ----- answering
    @Slot(int)
    def _choice_clicked(self, index: int) -> None:
        self.answered.emit(index)

    @Slot()
    def _check(self) -> None:
        value = parse_number(self.answer_edit.text())
        if value is None:
            self.set_feedback(self.tr("Type a number (for example {a} or {b}).").format(
                a=self.locale().toString(0.25), b=self.locale().toString(-1.5)), False)
            return
        self.answered.emit(value)


if __name__ == "__main__":  # python -m playground.ui.lessons.lesson_panel
    from playground import resources
    from playground.core.lessons.lesson import read_lesson
    from playground.ui.preview import preview

    def _sample() -> LessonPanel:
        lesson = read_lesson(resources.shipped_lessons()[1])
        panel = LessonPanel()
        panel.show_step(lesson.title, 2, len(lesson.steps), lesson.steps[2])
        return panel

    preview(_sample, size=(420, 700))
