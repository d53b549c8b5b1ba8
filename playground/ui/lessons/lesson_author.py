"""Teacher authoring: a lesson made from the window's current state, step by step, then saved.

Lessons menu: **New Lesson from Current State…** starts a one-step lesson whose
state is the table, settings and (when a run or typed weights are shown) the
weights on screen; **Add Step from Current State…** appends a step the same way;
**Edit Step…** opens :class:`StepDialog` (title, text, visible panels as check
boxes, the action, the question); **Save Lesson As…** writes the ``.nnlesson``.
Every step is checked by the same reader as a lesson file (``core.lesson``), so
what the dialog accepts is what ``lesson check`` accepts.
"""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QGridLayout, QGroupBox, QInputDialog, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from playground.core.files.documents import Trained
from playground.core.lessons.lesson import (ACTIONS, PANELS, SEED, SUFFIX, WEIGHTS, Action, Choice, Lesson, LessonError,
                                    Question, Step, lesson_from_dict)
from playground.core.lessons.lesson_writing import lesson_to_dict, write_lesson
from playground.core.data.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from playground.ui.lessons.lesson_player import LessonPlayer

NO_ACTION, NO_QUESTION = "(none)", "(none)"
QUESTION_KINDS = (NO_QUESTION, "choice", "number", "prediction")
ANY_SETTING = "(any)"
# What the dialog shows for the lesson format's keywords (the file keeps the keywords themselves).
SHOWN = {"(none)": QT_TRANSLATE_NOOP("StepDialog", "(none)"), "(any)": QT_TRANSLATE_NOOP("StepDialog", "(any)"),
         "train": QT_TRANSLATE_NOOP("StepDialog", "train"), "step": QT_TRANSLATE_NOOP("StepDialog", "step"),
         "step_n": QT_TRANSLATE_NOOP("StepDialog", "step_n"), "play_to": QT_TRANSLATE_NOOP("StepDialog", "play_to"),
         "edit_cell": QT_TRANSLATE_NOOP("StepDialog", "edit_cell"),
         "change_setting": QT_TRANSLATE_NOOP("StepDialog", "change_setting"),
         "choice": QT_TRANSLATE_NOOP("StepDialog", "choice"), "number": QT_TRANSLATE_NOOP("StepDialog", "number"),
         "prediction": QT_TRANSLATE_NOOP("StepDialog", "prediction"),
         "dataset": QT_TRANSLATE_NOOP("StepDialog", "dataset"), "settings": QT_TRANSLATE_NOOP("StepDialog", "settings"),
         "reset": QT_TRANSLATE_NOOP("StepDialog", "reset"), "play": QT_TRANSLATE_NOOP("StepDialog", "play"),
         "speed": QT_TRANSLATE_NOOP("StepDialog", "speed"), "plot": QT_TRANSLATE_NOOP("StepDialog", "plot"),
         "diagram": QT_TRANSLATE_NOOP("StepDialog", "diagram"),
         "predictions": QT_TRANSLATE_NOOP("StepDialog", "predictions"), "log": QT_TRANSLATE_NOOP("StepDialog", "log"),
         "decision_map": QT_TRANSLATE_NOOP("StepDialog", "decision_map"),
         "inspector": QT_TRANSLATE_NOOP("StepDialog", "inspector"), "history": QT_TRANSLATE_NOOP("StepDialog", "history")}


def shown_keyword(key: str) -> str:
    """A keyword of the lesson format as the dialog shows it (in English, the keyword itself)."""
    return QCoreApplication.translate("StepDialog", SHOWN.get(key, key))


def fill_combo(combo: QComboBox, keys) -> None:
    """Items showing the keywords in the interface language; each item's data is its keyword."""
    for key in keys:
        combo.addItem(shown_keyword(key), key)


def choose(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(key)))


def parse_choices(text: str) -> tuple[Choice, ...]:
    """One choice per line; a line starting with '*' is a correct one."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            correct = line.startswith("*")
            out.append(Choice(line.lstrip("*").strip(), correct))
    return tuple(out)


def choices_text(choices: tuple[Choice, ...]) -> str:
    return "\n".join(("* " if c.correct else "") + c.text for c in choices)


def validated(lesson: Lesson) -> Lesson:
    """The lesson as ``lesson check`` reads it back; LessonError names the place of any problem."""
    return lesson_from_dict(lesson_to_dict(lesson), source="the lesson")


class StepDialog(QDialog):
    """Edit one step: title, text, visible panels, action, question."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesson step"))
        self.setObjectName("lessonStepDialog")
        self.title_edit = QLineEdit(step.title, objectName="stepTitle")
        self.text_edit = QPlainTextEdit(step.text, objectName="stepText")
        self.text_edit.setToolTip(self.tr("# Heading, **bold**, *emphasis*, `code`, - lists, 1. lists, ``` code "
                                          "blocks"))
        panels = QGroupBox(self.tr("Visible panels (the others are hidden)"))
        grid = QGridLayout(panels)
        self.panel_checks: dict[str, QCheckBox] = {}
        for n, name in enumerate(PANELS):
            box = QCheckBox(shown_keyword(name).replace("_", " "), objectName=f"panel_{name}")
            box.setChecked(step.visible is None or name in step.visible)
            grid.addWidget(box, n // 4, n % 4)
            self.panel_checks[name] = box
        self.action_combo = QComboBox(objectName="stepAction")
        fill_combo(self.action_combo, (NO_ACTION,) + ACTIONS)
        self.action_n = QSpinBox(objectName="stepActionN", minimum=1, maximum=10**9, value=10)
        self.action_setting = QComboBox(objectName="stepActionSetting")
        fill_combo(self.action_setting, [ANY_SETTING] + list(Settings().to_dict()))
        if step.action is not None:
            choose(self.action_combo, step.action.kind)
            self.action_n.setValue(step.action.n or 10)
            choose(self.action_setting, step.action.setting or ANY_SETTING)
        q = step.question
        self.question_combo = QComboBox(objectName="stepQuestion")
        fill_combo(self.question_combo, QUESTION_KINDS)
        self.prompt_edit = QLineEdit(q.prompt if q else "", objectName="stepPrompt")
        self.choices_edit = QPlainTextEdit(choices_text(q.choices) if q else "", objectName="stepChoices")
        self.choices_edit.setPlaceholderText(self.tr("one choice per line; start the right one(s) with *"))
        self.answer_spin = QDoubleSpinBox(objectName="stepAnswer", decimals=6, minimum=-1e9, maximum=1e9,
                                          value=q.answer if q and q.answer is not None else 0.0)
        self.tolerance_spin = QDoubleSpinBox(objectName="stepTolerance", decimals=6, minimum=0, maximum=1e9,
                                             value=q.tolerance if q and q.tolerance is not None else 0.0)
        self.tolerance_spin.setSpecialValueText(self.tr("default"))
        self.quantity_edit = QLineEdit(q.quantity or "" if q else "", objectName="stepQuantity",
                                       placeholderText="l2_delta, l1, syn0 update, ...")
        self.row_spin = QSpinBox(objectName="stepRow", minimum=1, maximum=100_000, value=(q.row or 0) + 1 if q else 1)
        self.column_spin = QSpinBox(objectName="stepColumn", minimum=1, maximum=100_000,
                                    value=(q.column or 0) + 1 if q else 1)
        self.explanation_edit = QLineEdit(q.explanation if q else "", objectName="stepExplanation")
        if q is not None:
            choose(self.question_combo, q.kind)
        for widget, name in ((self.title_edit, self.tr("Step title")), (self.text_edit, self.tr("Step text")),
                             (self.action_combo, self.tr("Action asked for")),
                             (self.action_n, self.tr("Iterations of the action")),
                             (self.action_setting, self.tr("Setting to change")),
                             (self.question_combo, self.tr("Question type")),
                             (self.prompt_edit, self.tr("Question prompt")), (self.choices_edit, self.tr("Choices")),
                             (self.answer_spin, self.tr("Right answer")), (self.tolerance_spin, self.tr("Tolerance")),
                             (self.quantity_edit, self.tr("Quantity to predict")), (self.row_spin, self.tr("Row")),
                             (self.column_spin, self.tr("Column")), (self.explanation_edit, self.tr("Explanation"))):
            widget.setAccessibleName(name)
        self.error_label = QLabel(objectName="stepError", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #B3261E; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Action"), self.action_combo)
        form.addRow("  " + self.tr("iterations (Step N, Play to)"), self.action_n)
        form.addRow("  " + self.tr("setting (Change a setting)"), self.action_setting)
        form.addRow(self.tr("Question"), self.question_combo)
        form.addRow("  " + self.tr("prompt"), self.prompt_edit)
        form.addRow("  " + self.tr("choices"), self.choices_edit)
        form.addRow("  " + self.tr("answer (number)"), self.answer_spin)
        form.addRow("  " + self.tr("tolerance"), self.tolerance_spin)
        form.addRow("  " + self.tr("quantity (prediction)"), self.quantity_edit)
        form.addRow("  " + self.tr("row"), self.row_spin)
        form.addRow("  " + self.tr("column"), self.column_spin)
        form.addRow("  " + self.tr("explanation"), self.explanation_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(panels)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._step = step
        self.result_step: Step | None = None
        self.validate = lambda step: None  # set by the author: raises LessonError for a step it cannot take

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
                question = Question("choice", choices=parse_choices(self.choices_edit.toPlainText()), **common)
            elif qkind == "number":
                question = Question("number", answer=self.answer_spin.value(), tolerance=tolerance, **common)
            else:
                question = Question("prediction", quantity=self.quantity_edit.text().strip(), tolerance=tolerance,
                                    row=self.row_spin.value() - 1, column=self.column_spin.value() - 1, **common)
        visible = tuple(n for n, box in self.panel_checks.items() if box.isChecked())
        return dataclasses.replace(self._step, title=self.title_edit.text(), text=self.text_edit.toPlainText(),
                                   visible=None if len(visible) == len(PANELS) else visible, action=action,
                                   question=question)

    def accept(self) -> None:
        step = self.step()
        try:
            self.validate(step)
        except LessonError as e:
            self.error_label.setText(str(e).replace("the lesson: ", ""))  # the lesson reader's words (core)
            self.error_label.show()
            return
        self.result_step = step
        super().accept()


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
        self.dialog = dialog = StepDialog(lesson.steps[index], self.host)

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

    preview(lambda: StepDialog(read_lesson(resources.shipped_lessons()[1]).steps[2]), size=(560, 520))
