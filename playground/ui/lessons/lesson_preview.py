"""A step of a lesson as a student sees it, in a window of its own: the step editor's *Preview step*.

It is the lesson panel the player shows in the main window (:class:`~playground.ui.lessons.lesson_panel.LessonPanel`),
given the step being edited, and it answers as the player does: a choice with its own feedback
(``core.lesson.check_choice``), a number with ``check_number``. It loads no state and touches neither the
window's document nor the lesson: a prediction, which the player checks against the network once the step's
action is done, is only acknowledged here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from playground.core.lessons.lesson import Step, check_choice, check_number
from playground.ui.lessons.lesson_panel import LessonPanel


class StepPreview(QDialog):
    """The lesson panel on one step, answering as in the lesson; Back and Next go nowhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonStepPreview")
        self.setWindowTitle(self.tr("Preview of the step"))
        self.note = QLabel(self.tr("How students see the step, unsaved edits included. Answering here changes "
                                   "nothing; a prediction is checked only in the lesson."),
                           objectName="previewNote", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.panel = LessonPanel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.panel, 1)
        self.panel.answered.connect(self.answer)
        self.panel.close_button.setText(self.tr("Close preview"))
        self.panel.closeRequested.connect(self.close)
        self.step: Step | None = None
        self.resize(460, 620)

    def show_step(self, lesson_title: str, index: int, count: int, step: Step) -> None:
        """Show ``step`` as step ``index`` (0-based) of ``count`` of the lesson ``lesson_title``."""
        self.step = step
        self.panel.show_step(lesson_title, index, count, step)
        self.panel.back_button.setEnabled(False)  # one step only: the lesson's others are not here
        self.panel.next_button.setEnabled(False)

    @Slot(object)
    def answer(self, value) -> None:
        question = self.step.question if self.step is not None else None
        if question is None:
            return
        if question.kind == "choice":
            ok, text = check_choice(question, int(value))
        elif question.kind == "number":
            ok, text = check_number(question, float(value))
        else:
            ok, text = None, self.tr("In the lesson the prediction is locked in here and checked against the "
                                     "network once the step's action is done.")
        self.panel.set_feedback(text, ok)


if __name__ == "__main__":  # python -m playground.ui.lessons.lesson_preview: a shipped lesson's step
    from playground import resources
    from playground.core.lessons.lesson import read_lesson
    from playground.ui.preview import preview

    def _sample() -> StepPreview:
        lesson = read_lesson(resources.shipped_lessons()[1])
        window = StepPreview()
        window.show_step(lesson.title, 2, len(lesson.steps), lesson.steps[2])
        return window

    preview(_sample, size=(460, 620))
