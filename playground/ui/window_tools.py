"""The Run menu's tools that open windows of their own beside the main one: the race, the landscape, the atlas.

Each tool is given what it works with (the Run, the experiment, the undo stack, a way to speak in
the message bar), never the window: it is wiring at the top of ``ui/``, as
:mod:`playground.ui.window_ports` is. Each action is made when the window is built, but the tool's
module is imported only when the action is first used (start-up stays fast). While the main window
trains, the tools that start from its run on show wait (their actions are disabled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu

    from playground.core.data.experiment import Experiment
    from playground.ui.run.run import Run


class WindowTools(QObject):
    """The tool actions of one main window and the windows they opened."""

    def __init__(self, host: QMainWindow, run: Run, experiment: Experiment, undo_stack: Callable[[], QUndoStack],
                 menu: QMenu, show_message: Callable[[str], None]) -> None:
        super().__init__(host)
        self.host, self.run, self.experiment = host, run, experiment
        self.undo_stack, self.show_message = undo_stack, show_message
        self.windows: list = []  # the tool windows opened (each deletes itself when closed)
        self.race_action = QAction(self.tr("Race From Here…"), host, objectName="raceAction")
        self.race_action.setToolTip(self.tr("Train several branches from the state on show, each with one "
                                            "choice changed, side by side"))
        self.race_action.triggered.connect(self.open_race)
        menu.addSeparator()
        menu.addAction(self.race_action)
        run.stateChanged.connect(self._state_changed)

    @Slot(str)
    def _state_changed(self, _state: str = "") -> None:
        self.race_action.setEnabled(not self.run.running)

    @Slot()
    def open_race(self):
        """The race window from the run on show (None, with a message, when there is no network to race)."""
        from playground.ui.landscape.race_window import make_current, open_race

        window = open_race(self.host, self.run, on_branch=lambda record: make_current(
            self.run, record, self.experiment, self.undo_stack()))
        if window is None:
            self.show_message(self.tr("There is no network to race: fix the table or the settings first."))
            return None
        self._keep(window)
        return window

    def _keep(self, window) -> None:
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)


__all__ = ["WindowTools"]
