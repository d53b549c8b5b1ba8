"""The choices of a choice question in the step editor: one row per choice, with its own feedback.

Each row holds the choice's text, a *Correct* check box (any number may be right; the lesson checker wants at
least one) and the feedback the student reads after picking it, then buttons to move it up or down and to
remove it. *Add choice* appends a row, up to the lesson format's limit. Moving and removing keep the rows'
widgets where they are and move the contents, so the tab order always follows the rows from top to bottom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from playground.core.lessons.lesson import Choice
from playground.core.limits import MAX_CHOICES

LEAST_CHOICES = 2  # the lesson checker's least


@dataclass
class ChoiceRow:
    """The widgets of one row."""

    text: QLineEdit
    correct: QCheckBox
    feedback: QLineEdit
    up: QPushButton
    down: QPushButton
    remove: QPushButton

    def widgets(self) -> tuple[QWidget, ...]:
        return self.text, self.correct, self.feedback, self.up, self.down, self.remove

    def choice(self) -> Choice:
        return Choice(self.text.text(), self.correct.isChecked(), self.feedback.text())

    def set_choice(self, choice: Choice) -> None:
        self.text.setText(choice.text)
        self.correct.setChecked(choice.correct)
        self.feedback.setText(choice.feedback)
        for edit in (self.text, self.feedback):
            edit.setCursorPosition(0)  # a long text is read from its start


class ChoicesEditor(QWidget):
    """The choices of one question; ``choices()`` is what the rows say now."""

    changed = Signal()

    def __init__(self, choices: tuple[Choice, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepChoices")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)  # the feedback is usually the longer text
        for column, text in ((0, self.tr("Choice")), (2, self.tr("Feedback for this choice"))):
            self.grid.addWidget(QLabel(text, objectName=f"choicesHeading{column}"), 0, column)
        self.rows: list[ChoiceRow] = []
        self.add_button = QPushButton(self.tr("Add c&hoice"), objectName="addChoice")
        self.add_button.clicked.connect(self.add_choice)
        self.grid.addWidget(self.add_button, MAX_CHOICES + 1, 0)
        self.set_choices(choices)

    # ----- contents
    def choices(self) -> tuple[Choice, ...]:
        return tuple(row.choice() for row in self.rows)

    def set_choices(self, choices: tuple[Choice, ...]) -> None:
        """Show ``choices`` (at least two rows, empty ones for a new question)."""
        choices = tuple(choices)[:MAX_CHOICES]
        choices += (Choice("", False),) * max(0, LEAST_CHOICES - len(choices))
        while len(self.rows) > len(choices):
            self._drop_last_row()
        while len(self.rows) < len(choices):
            self._add_row()
        for row, choice in zip(self.rows, choices):
            row.set_choice(choice)
        self._update_buttons()

    # ----- editing
    @Slot()
    def add_choice(self) -> None:
        if len(self.rows) >= MAX_CHOICES:
            return
        row = self._add_row()
        self._update_buttons()
        row.text.setFocus()
        self.changed.emit()

    def move(self, index: int, by: int) -> None:
        """Swap choice ``index`` with its neighbour ``by`` (-1 above, +1 below); the focus follows it."""
        other = index + by
        if not (0 <= index < len(self.rows) and 0 <= other < len(self.rows)):
            return
        a, b = self.rows[index].choice(), self.rows[other].choice()
        self.rows[index].set_choice(b)
        self.rows[other].set_choice(a)
        button = self.rows[other].up if by < 0 else self.rows[other].down
        (button if button.isEnabled() else self.rows[other].text).setFocus()
        self.changed.emit()

    def remove(self, index: int) -> None:
        """Remove choice ``index``; the ones below move up (never fewer than two rows)."""
        if not 0 <= index < len(self.rows) or len(self.rows) <= LEAST_CHOICES:
            return
        kept = [row.choice() for i, row in enumerate(self.rows) if i != index]
        self._drop_last_row()
        for row, choice in zip(self.rows, kept):
            row.set_choice(choice)
        self._update_buttons()
        self.rows[min(index, len(self.rows) - 1)].text.setFocus()
        self.changed.emit()

    # ----- rows
    def _add_row(self) -> ChoiceRow:
        n = len(self.rows) + 1
        row = ChoiceRow(QLineEdit(objectName=f"choiceText{n}"), QCheckBox(self.tr("Correct"),
                                                                           objectName=f"choiceCorrect{n}"),
                        QLineEdit(objectName=f"choiceFeedback{n}"), QPushButton(self.tr("Up"), objectName=f"choiceUp{n}"),
                        QPushButton(self.tr("Down"), objectName=f"choiceDown{n}"),
                        QPushButton(self.tr("Remove"), objectName=f"choiceRemove{n}"))
        row.text.setAccessibleName(self.tr("Choice {n}").format(n=n))
        row.correct.setAccessibleName(self.tr("Choice {n} is correct").format(n=n))
        row.feedback.setAccessibleName(self.tr("Feedback for choice {n}").format(n=n))
        row.feedback.setPlaceholderText(self.tr("optional: what the student reads after picking it"))
        row.up.setAccessibleName(self.tr("Move choice {n} up").format(n=n))
        row.down.setAccessibleName(self.tr("Move choice {n} down").format(n=n))
        row.remove.setAccessibleName(self.tr("Remove choice {n}").format(n=n))
        index = n - 1
        row.up.clicked.connect(lambda: self.move(index, -1))
        row.down.clicked.connect(lambda: self.move(index, +1))
        row.remove.clicked.connect(lambda: self.remove(index))
        for edit in (row.text, row.feedback):
            edit.textEdited.connect(self.changed)
        row.correct.toggled.connect(self.changed)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, n, column)
            widget.show()  # now, not when the layout gets round to it: the new choice takes the focus
        self.rows.append(row)
        return row

    def _drop_last_row(self) -> None:
        row = self.rows.pop()
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()

    def _update_buttons(self) -> None:
        for i, row in enumerate(self.rows):
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(self.rows) - 1)
            row.remove.setEnabled(len(self.rows) > LEAST_CHOICES)
        self.add_button.setEnabled(len(self.rows) < MAX_CHOICES)


__all__ = ["ChoicesEditor", "ChoiceRow"]


if __name__ == "__main__":  # python -m playground.ui.lessons.lesson_author_choices: a shipped question's choices
    from playground import resources
    from playground.core.lessons.lesson import read_lesson
    from playground.ui.preview import preview

    preview(lambda: ChoicesEditor(read_lesson(resources.shipped_lessons()[0]).steps[0].question.choices),
            size=(720, 200))
