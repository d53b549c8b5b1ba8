"""Before a training starts: is it within the memory budget, and will it take long?

The numbers come from :mod:`playground.core.training.budget`, the same estimates the command line
uses. A training over the budget is refused with a message naming its size and the limit
(nothing is sent to the helper, so nothing is allocated). One estimated to take more than a
few minutes shows the estimate and asks; with nobody to answer (offscreen: tests, scripts,
``--screenshot``) it goes ahead and says so in the message bar. The prompts are methods so
tests can answer them without a dialog.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from playground import APP_NAME
from playground.ui.language import shown


def sentence(message: str) -> str:
    """A message of core (translated where core made it with say) as a sentence: a capital and a full stop."""
    text = shown(message)
    return text[:1].upper() + text[1:] + "."


class RunCheck(QObject):
    """Asks before a long training and refuses one over the memory budget. ``window.show_message`` reports."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.interactive = QGuiApplication.platformName() not in ("offscreen", "minimal")
        self.box: QMessageBox | None = None  # the last refusal shown (kept so it stays open)

    def allows(self, rows: int, sizes: Sequence[int], iterations: int) -> bool:
        """True when a training of ``iterations`` more iterations on ``rows`` rows may start."""
        from playground.core.training.budget import BudgetError, check_training, long_run_warning  # at the first Train

        try:
            check_training(rows, sizes)
        except BudgetError as e:
            self.refuse(e.args[0])  # the Text core made, so the window can translate it
            return False
        warning = long_run_warning(rows, sizes, iterations)
        if warning is None:
            return True
        if self.interactive and not self.ask_long_run(warning):
            return False
        self.window.show_message(sentence(warning))
        return True

    def refuse(self, message: str) -> None:
        """Say why the training cannot start: the message bar, and a box that does not block."""
        text = sentence(message)
        self.window.show_message(text)
        if self.interactive:
            if self.box is not None:
                self.box.close()
                self.box.deleteLater()
            self.box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, self.tr("This training is too large."),
                                   QMessageBox.StandardButton.Ok, self.window)
            self.box.setObjectName("budgetBox")
            self.box.setTextFormat(Qt.TextFormat.PlainText)  # messages are plain text, never markup
            self.box.setInformativeText(text)
            self.box.open()

    def ask_long_run(self, warning: str) -> bool:
        """Start a training estimated to take long? True to go ahead."""
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr("This training will take a long time."),
                          parent=self.window)
        box.setObjectName("longRunBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(sentence(warning))
        start = box.addButton(self.tr("Train anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(start)
        box.exec()
        return box.clickedButton() is start
