"""Teacher authoring: a lesson made from the window's current state, step by step, then saved.

Lessons menu: **New Lesson from Current State…** starts a one-step lesson whose
state is the table, settings and (when a run or typed weights are shown) the
weights on screen; **Add Step from Current State…** appends a step the same way;
**Edit Step…** opens :class:`StepDialog` (title, text, the action, the question, the
visible panels); **Save Lesson As…** writes the ``.nnlesson``.
Every step is checked by the same reader as a lesson file (``core.lesson``), so
what the dialog accepts is what ``lesson check`` accepts; a problem is shown as one
line naming the field, which gets the focus.

The dialog shows the format's keywords (``step_n``, ``decision_map``, ``l2_delta``) by
their names in the interface language (``lesson_author_names``) and keeps the keyword as
each item's data; a choice question's choices each have their text, a *Correct* box and
their own feedback (``lesson_author_choices``). **Preview step** shows the unsaved step as a
student sees it, in a window of its own (``lesson_preview``): the window's document and the
lesson stay as they are.
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout,
                               QWidget)

from playground.core.files.documents import Document, Trained
from playground.core.lessons.lesson import (ACTIONS, PANELS, QUESTIONS, SEED, SUFFIX, WEIGHTS, Action, Lesson,
                                            LessonError, Question, Step, lesson_from_dict)
from playground.core.lessons.lesson_quantities import HIDE_NAMES
from playground.core.lessons.lesson_writing import lesson_to_dict, write_lesson
from playground.core.data.settings import Settings
from playground.core.texts import Text
from playground.ui.language import shown
from playground.ui.lessons.lesson_author_choices import ChoicesEditor
from playground.ui.lessons.lesson_author_names import (ANY_SETTING, NO_ACTION, NO_QUESTION, action_name, panel_name,
                                                       quantity_keys, quantity_name, question_name, setting_name)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from playground.ui.lessons.lesson_player import LessonPlayer
    from playground.ui.lessons.lesson_preview import StepPreview

SCREEN_SHARE = 0.92  # of the screen's free room, at the most: the dialog's own frame and title bar fit beside it


def fill_combo(combo: QComboBox, items) -> None:
    """Items showing names in the interface language; each item's data is its keyword. ``items``: (key, name)."""
    for key, name in items:
        combo.addItem(name, key)


def choose(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(key)))


def validated(lesson: Lesson) -> Lesson:
    """The lesson as ``lesson check`` reads it back; LessonError names the place of any problem."""
    return lesson_from_dict(lesson_to_dict(lesson), source="the lesson")


def first_problem(error: LessonError) -> tuple[str, str]:
    """(place, reason) of the first problem the lesson reader reports: ("steps[2].question.prompt", "is empty").

    The reader's messages are made with ``say`` (core.texts): "{source}: {problem}" around "{path}: {reason}";
    the reason comes back in the interface language."""
    text = error.args[0] if error.args else ""
    while isinstance(text, Text):
        if "path" in text.values and "reason" in text.values:
            return str(text.values["path"]), shown(text.values["reason"])
        inner = [v for v in text.values.values() if isinstance(v, Text)]
        if not inner:
            break
        text = text.values.get("problem", inner[0])  # a list of problems ("{l0}\n{l1}"): the first
    return "", shown(text) if isinstance(text, str) else str(error)


class StepDialog(QDialog):
    """Edit one step: title, text, action, question, visible panels; preview it as a student sees it."""

    def __init__(self, step: Step, parent: QWidget | None = None, *, state: Document | None = None,
                 lesson_title: str = "", index: int = 0, count: int = 1) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesson step"))
        self.setObjectName("lessonStepDialog")
        self.place = (lesson_title, index, count)  # where the step is in its lesson: the preview says so
        self.title_edit = QLineEdit(step.title, objectName="stepTitle")
        self.text_edit = QPlainTextEdit(step.text, objectName="stepText")
        self.text_edit.setToolTip(self.tr("# Heading, **bold**, *emphasis*, `code`, - lists, 1. lists, ``` code "
                                          "blocks"))
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.action_combo = QComboBox(objectName="stepAction")
        fill_combo(self.action_combo, [(k, action_name(k)) for k in (NO_ACTION, *ACTIONS)])
        self.action_n = QSpinBox(objectName="stepActionN", minimum=1, maximum=10**9, value=10)
        self.action_n.setGroupSeparatorShown(True)
        self.action_setting = QComboBox(objectName="stepActionSetting")
        fill_combo(self.action_setting, [(k, setting_name(k)) for k in (ANY_SETTING, *Settings().to_dict())])
        if step.action is not None:
            choose(self.action_combo, step.action.kind)
            self.action_n.setValue(step.action.n or 10)
            choose(self.action_setting, step.action.setting or ANY_SETTING)
        q = step.question
        self.question_combo = QComboBox(objectName="stepQuestion")
        fill_combo(self.question_combo, [(k, question_name(k)) for k in (NO_QUESTION, *QUESTIONS)])
        self.prompt_edit = QLineEdit(q.prompt if q else "", objectName="stepPrompt")
        self.choices_editor = ChoicesEditor(q.choices if q else ())
        self.answer_spin = QDoubleSpinBox(objectName="stepAnswer", decimals=6, minimum=-1e9, maximum=1e9,
                                          value=q.answer if q and q.answer is not None else 0.0)
        self.tolerance_spin = QDoubleSpinBox(objectName="stepTolerance", decimals=6, minimum=0, maximum=1e9,
                                             value=q.tolerance if q and q.tolerance is not None else 0.0)
        self.tolerance_spin.setSpecialValueText(self.tr("default"))
        self.quantity_combo = QComboBox(objectName="stepQuantity")
        keys = quantity_keys(state)
        if q is not None and q.quantity and q.quantity not in keys:
            keys.append(q.quantity)  # named by the file, but not in the network in force: the checker says so
        fill_combo(self.quantity_combo, [(k, quantity_name(k, state)) for k in keys])
        choose(self.quantity_combo, q.quantity if q and q.quantity else "l2_delta" if "l2_delta" in keys else "")
        self.row_spin = QSpinBox(objectName="stepRow", minimum=1, maximum=100_000, value=(q.row or 0) + 1 if q else 1)
        self.column_spin = QSpinBox(objectName="stepColumn", minimum=1, maximum=100_000,
                                    value=(q.column or 0) + 1 if q else 1)
        self.explanation_edit = QLineEdit(q.explanation if q else "", objectName="stepExplanation")
        for edit in (self.title_edit, self.prompt_edit, self.explanation_edit):
            edit.setCursorPosition(0)  # a long text is read from its start
        if q is not None:
            choose(self.question_combo, q.kind)
        for widget, name in ((self.title_edit, self.tr("Step title")), (self.text_edit, self.tr("Step text")),
                             (self.action_combo, self.tr("Action asked for")),
                             (self.action_n, self.tr("Iterations of the action")),
                             (self.action_setting, self.tr("Setting to change")),
                             (self.question_combo, self.tr("Question type")),
                             (self.prompt_edit, self.tr("Question prompt")),
                             (self.choices_editor, self.tr("Choices")),
                             (self.answer_spin, self.tr("Right answer")), (self.tolerance_spin, self.tr("Tolerance")),
                             (self.quantity_combo, self.tr("Quantity to predict")), (self.row_spin, self.tr("Row")),
                             (self.column_spin, self.tr("Column")), (self.explanation_edit, self.tr("Explanation"))):
            widget.setAccessibleName(name)
        for combo in (self.action_combo, self.action_setting, self.question_combo, self.quantity_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())  # as the texts

        panels = QGroupBox(self.tr("Visible panels (the others are hidden)"), objectName="stepPanels")
        grid = QGridLayout(panels)
        self.panel_checks: dict[str, QCheckBox] = {}
        for n, name in enumerate(PANELS):
            box = QCheckBox(panel_name(name), objectName=f"panel_{name}")
            box.setChecked(step.visible is None or name in step.visible)
            grid.addWidget(box, n // 4, n % 4)
            self.panel_checks[name] = box
        # what the window masks until the question is answered (core.lessons.lesson: hide); a prediction
        # hides its own quantity, and other inspector quantities the file names are kept as they are
        self.hide_box = QWidget(objectName="stepHide")
        hide_row = QHBoxLayout(self.hide_box)
        hide_row.setContentsMargins(0, 0, 0, 0)
        self.hide_checks: dict[str, QCheckBox] = {}
        for name, text in (("outputs", self.tr("Outputs")), ("error", self.tr("Error")),
                           ("weights", self.tr("Weights"))):
            box = QCheckBox(text, objectName=f"hide_{name}")
            box.setChecked(name in step.hide)
            box.setAccessibleName(self.tr("Hide until answered: {what}").format(what=text))
            hide_row.addWidget(box)
            self.hide_checks[name] = box
        hide_row.addStretch(1)
        self._other_hidden = tuple(n for n in step.hide if n not in HIDE_NAMES)
        self._step = step
        self.error_label = QLabel(objectName="stepError", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #B3261E; font-weight: bold;")
        self.error_label.hide()

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # numbers stay short
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Te&xt"), self.text_edit)
        form.addRow(self.tr("&Action"), self.action_combo)
        form.addRow(self.tr("Iterations"), self.action_n)
        form.addRow(self.tr("Setting"), self.action_setting)
        form.addRow(self.tr("&Question"), self.question_combo)
        form.addRow(self.tr("Pro&mpt"), self.prompt_edit)
        form.addRow(self.tr("Choices"), self.choices_editor)
        form.addRow(self.tr("Right answer"), self.answer_spin)
        form.addRow(self.tr("Quantity"), self.quantity_combo)
        form.addRow(self.tr("Row"), self.row_spin)
        form.addRow(self.tr("Column"), self.column_spin)
        form.addRow(self.tr("Tolerance"), self.tolerance_spin)
        form.addRow(self.tr("&Explanation"), self.explanation_edit)
        form.addRow(self.tr("Hide until answered"), self.hide_box)
        content = QWidget(objectName="stepContent")
        inner = QVBoxLayout(content)
        inner.addLayout(form)
        inner.addWidget(panels)
        inner.addStretch(1)
        self.scroll_area = QScrollArea(objectName="stepScroll", widgetResizable=True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the fields wrap
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName(self.tr("Step fields"))
        self.preview_button = QPushButton(self.tr("Pre&view step"), objectName="stepPreviewButton")
        self.preview_button.setToolTip(self.tr("Show the step as students see it, with the edits not yet saved"))
        self.preview_button.clicked.connect(self.show_preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)  # apart from OK and Cancel: it neither saves nor closes
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.action_combo.currentIndexChanged.connect(self._kinds_changed)
        self.question_combo.currentIndexChanged.connect(self._kinds_changed)
        self._kinds_changed()
        self._step = step
        self.result_step: Step | None = None
        self.preview: StepPreview | None = None  # made by the first Preview step
        self.validate = lambda step: None  # set by the author: raises LessonError for a step it cannot take

    def wanted_size(self) -> QSize:
        """As large as every field wants (the step's fields scroll only when the screen is smaller)."""
        hint, area = super().sizeHint(), self.scroll_area.sizeHint().expandedTo(self.scroll_area.minimumSize())
        content = self.scroll_area.widget().sizeHint()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() - area.width() + content.width() + bar, hint.height() - area.height()
                     + content.height())

    def sizeHint(self) -> QSize:
        wanted, screen = self.wanted_size(), self.screen().availableGeometry().size()
        return QSize(min(wanted.width(), int(screen.width() * SCREEN_SHARE)),
                     min(wanted.height(), int(screen.height() * SCREEN_SHARE)))

    @Slot()
    def _kinds_changed(self) -> None:
        """Only the fields the chosen action and question use are shown."""
        action, question = self.action_combo.currentData(), self.question_combo.currentData()
        self.form.setRowVisible(self.action_n, action in ("step_n", "play_to"))
        self.form.labelForField(self.action_n).setText(self.tr("Iteration to reach") if action == "play_to"
                                                        else self.tr("Iterations"))
        self.form.setRowVisible(self.action_setting, action == "change_setting")
        for widget, kinds in ((self.prompt_edit, QUESTIONS), (self.choices_editor, ("choice",)),
                              (self.answer_spin, ("number",)), (self.quantity_combo, ("prediction",)),
                              (self.row_spin, ("prediction",)), (self.column_spin, ("prediction",)),
                              (self.tolerance_spin, ("number", "prediction")), (self.explanation_edit, QUESTIONS)):
            self.form.setRowVisible(widget, question in kinds)
        self.form.setRowVisible(self.hide_box, question in QUESTIONS)
        # the fields never scroll sideways: the dialog is as wide as the widest shown (the choices' rows)
        self.scroll_area.setMinimumWidth(self.scroll_area.widget().minimumSizeHint().width()
                                         + self.scroll_area.verticalScrollBar().sizeHint().width())

    def step(self) -> Step:
        """The step as the dialog's fields describe it (the state is kept from the step edited)."""
        kind = self.action_combo.currentData()
        action = None
        if kind != NO_ACTION:
            n = self.action_n.value() if kind in ("step_n", "play_to") else None
            setting = self.action_setting.currentData() if kind == "change_setting" else None
            action = Action(kind, n, None if setting == ANY_SETTING else setting)
        qkind = self.question_combo.currentData()
        question = None
        if qkind != NO_QUESTION:
            tolerance = self.tolerance_spin.value() or None
            common = dict(prompt=self.prompt_edit.text(), explanation=self.explanation_edit.text())
            if qkind == "choice":
                question = Question("choice", choices=self.choices_editor.choices(), **common)
            elif qkind == "number":
                question = Question("number", answer=self.answer_spin.value(), tolerance=tolerance, **common)
            else:
                question = Question("prediction", quantity=self.quantity_combo.currentData(), tolerance=tolerance,
                                    row=self.row_spin.value() - 1, column=self.column_spin.value() - 1, **common)
        visible = tuple(n for n, box in self.panel_checks.items() if box.isChecked())
        checked = [n for n, box in self.hide_checks.items() if box.isChecked()]
        hide = () if question is None else tuple(  # in the file's order, names checked anew after them
            [n for n in self._step.hide if n in checked or n in self._other_hidden]
            + [n for n in checked if n not in self._step.hide])
        return dataclasses.replace(self._step, title=self.title_edit.text(), text=self.text_edit.toPlainText(),
                                   visible=None if len(visible) == len(PANELS) else visible, action=action,
                                   question=question, hide=hide)

    # ----- checking
    def field_at(self, place: str) -> QWidget | None:
        """The field holding ``place`` of the step ("question.choices[1].feedback"), or None."""
        m = re.fullmatch(r"question\.choices\[(\d+)\](?:\.(text|correct|feedback))?", place)
        if m:
            rows = self.choices_editor.rows
            if int(m.group(1)) >= len(rows):
                return self.choices_editor
            row = rows[int(m.group(1))]
            return {"correct": row.correct, "feedback": row.feedback}.get(m.group(2), row.text)
        fields = {"title": self.title_edit, "text": self.text_edit, "action": self.action_combo,
                  "action.type": self.action_combo, "action.n": self.action_n, "action.iteration": self.action_n,
                  "action.setting": self.action_setting, "question": self.question_combo,
                  "question.type": self.question_combo, "question.prompt": self.prompt_edit,
                  "question.choices": self.choices_editor, "question.answer": self.answer_spin,
                  "question.tolerance": self.tolerance_spin, "question.quantity": self.quantity_combo,
                  "question.row": self.row_spin, "question.column": self.column_spin,
                  "question.explanation": self.explanation_edit}
        if place.startswith("visible"):
            return self.panel_checks[PANELS[0]]
        return fields.get(place)

    def problem(self, step: Step) -> str | None:
        """None when the lesson checker takes ``step``; else one line naming the field and what is wrong (the
        field gets the focus)."""
        try:
            self.validate(step)
        except LessonError as e:
            place, reason = first_problem(e)
            m = re.match(r"steps\[(\d+)\]\.?(.*)", place)
            if m is None or int(m.group(1)) != self.place[1]:  # another step (or the lesson): its place as written
                return self.tr("{place}: {problem}").format(place=place, problem=reason) if place else reason
            field = self.field_at(m.group(2))
            if field is None:
                return self.tr("{place}: {problem}").format(place=m.group(2), problem=reason)
            field.setFocus()
            return self.tr("{field}: {problem}").format(field=field.accessibleName(), problem=reason)
        return None

    def show_problem(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))

    @Slot()
    def show_preview(self) -> bool:
        """Show the step as the fields describe it now in the preview window; a problem instead, naming its field."""
        step = self.step()
        problem = self.problem(step)
        self.show_problem(problem)
        if problem is not None:
            if self.preview is not None:
                self.preview.hide()  # it would show a step the lesson cannot hold
            return False
        if self.preview is None:
            from playground.ui.lessons.lesson_preview import StepPreview

            self.preview = StepPreview(self)
        self.preview.show_step(*self.place, step)
        self.preview.show()
        self.preview.raise_()
        return True

    def accept(self) -> None:
        step = self.step()
        problem = self.problem(step)
        self.show_problem(problem)
        if problem is not None:
            return
        self.result_step = step
        if self.preview is not None:
            self.preview.close()
        super().accept()

    def reject(self) -> None:
        if self.preview is not None:
            self.preview.close()
        super().reject()


class LessonAuthor(QObject):
    """The authoring entries of the Lessons menu, working on the lesson the player plays."""

    def __init__(self, host: QMainWindow, player: LessonPlayer) -> None:
        super().__init__(host)
        self.host, self.player = host, player  # a Qt parent for dialogs; the rest comes from the player
        self.path: str | None = None
        self.new_action = QAction(self.tr("New Lesson from Current State…"), host, objectName="newLessonAction")
        self.add_action = QAction(self.tr("Add Step from Current State…"), host, objectName="addLessonStepAction")
        self.edit_action = QAction(self.tr("Edit Step…"), host, objectName="editLessonStepAction")
        self.save_action = QAction(self.tr("Save Lesson As…"), host, objectName="saveLessonAction")
        self.new_action.triggered.connect(self.new_lesson)
        self.add_action.triggered.connect(self.add_step)
        self.edit_action.triggered.connect(self.edit_step)
        self.save_action.triggered.connect(self.save_as)
        self.dialog: StepDialog | None = None  # the step dialog open now (tests fill it in)

    def actions(self) -> list[QAction]:
        for a in (self.add_action, self.edit_action, self.save_action):
            a.setEnabled(self.player.lesson is not None)
        return [self.new_action, self.add_action, self.edit_action, self.save_action]

    def _current_step(self) -> Step:
        """A step whose state is the table, settings and weights on screen."""
        parts = self.player.parts
        doc = parts.document()
        net = parts.port.shown_network()
        trained = doc.trained
        if trained is None and net is not None and parts.run.iteration > 0:
            biases = None if net.biases is None else [b.copy() for b in net.biases]
            trained = Trained(parts.run.iteration, [x.copy() for x in net.weights], biases)
        if trained is not None:
            trained = Trained(trained.iterations_done, trained.weights, trained.biases)  # the weights, no curve
        return Step(self.tr("Write what the students should do here."), state=dataclasses.replace(doc, trained=trained),
                    start=WEIGHTS if trained is not None else SEED)

    @Slot()
    def new_lesson(self, title: str | None = None) -> bool:
        if title is None or isinstance(title, bool):
            title, ok = QInputDialog.getText(self.host, self.tr("New lesson"), self.tr("Title of the lesson:"))
            if not ok or not title.strip():
                return False
        lesson = Lesson(title.strip(), steps=[self._current_step()])
        self.path = None
        if not self.player.open(lesson, "", ask=True):
            return False
        return self.edit_step()

    @Slot()
    def add_step(self) -> bool:
        lesson = self.player.lesson
        if lesson is None:
            return False
        lesson.steps.insert(self.player.index + 1, self._current_step())
        self.player.go(self.player.index + 1, load_state_in_force=False)
        return self.edit_step()

    @Slot()
    def edit_step(self) -> bool:
        """Open the step dialog on the current step; OK replaces it (after the reader's checks)."""
        lesson, index = self.player.lesson, self.player.index
        if lesson is None:
            return False
        state = lesson.state_at(index)[0] if any(s.state is not None for s in lesson.steps[:index + 1]) else None
        self.dialog = dialog = StepDialog(lesson.steps[index], self.host, state=state, lesson_title=lesson.title,
                                          index=index, count=len(lesson.steps))

        def check(step: Step) -> None:
            validated(dataclasses.replace(lesson, steps=lesson.steps[:index] + [step] + lesson.steps[index + 1:]))

        dialog.validate = check
        dialog.finished.connect(lambda result: self._step_edited(dialog, index))
        dialog.open()
        return True

    def _step_edited(self, dialog: StepDialog, index: int) -> None:
        self.dialog = None
        lesson = self.player.lesson
        if dialog.result_step is None or lesson is None or index >= len(lesson.steps):
            return
        lesson.steps[index] = dialog.result_step
        self.player.go(index, load_state_in_force=False)

    @Slot()
    def save_as(self, path: str | None = None) -> bool:
        lesson = self.player.lesson
        if lesson is None:
            return False
        if path is None or isinstance(path, bool):
            path, _ = QFileDialog.getSaveFileName(self.host, self.tr("Save Lesson As"),
                                                  self.path or lesson.title + SUFFIX,
                                                  self.tr("Lessons (*{suffix})").format(suffix=SUFFIX))
            if not path:
                return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        try:
            write_lesson(path, lesson)
        except LessonError as e:
            self.player.parts.port.show_message(str(e))
            return False
        self.path = path
        self.player.key = os.path.basename(path)
        self.player.parts.port.show_status(self.tr("Saved the lesson to {name}").format(name=os.path.basename(path)))
        return True


if __name__ == "__main__":  # python -m playground.ui.lessons.lesson_author: the step dialog on a shipped lesson's step
    from playground import resources
    from playground.core.lessons.lesson import read_lesson
    from playground.ui.preview import preview

    def _sample() -> StepDialog:
        lesson = read_lesson(resources.shipped_lessons()[1])
        return StepDialog(lesson.steps[2], state=lesson.state_at(2)[0], lesson_title=lesson.title, index=2,
                          count=len(lesson.steps))

    preview(_sample, size=(760, 700))
