"""The Run menu's tools that open windows of their own beside the main one: the race, the landscape, the atlas.

Each tool is given what it works with (the Run, the experiment, the undo stack, a way to speak in
the message bar), never the window: it is wiring at the top of ``ui/``, as
:mod:`playground.ui.window_ports` is. Each action is made when the window is built, but the tool's
module is imported only when the action is first used (start-up stays fast). While the main window
trains, the tools that start from its run on show wait (their actions are disabled).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

    from playground.core.data.experiment import Experiment
    from playground.ui.run.run import Run


class WindowTools(QObject):
    """The tool actions of one main window and the windows they opened."""

    def __init__(self, host: QMainWindow, run: Run, experiment: Experiment, undo_stack: Callable[[], QUndoStack],
                 menu: QMenu, show_message: Callable[[str], None], train: Callable[[], bool],
                 diagram: QWidget | None = None) -> None:
        super().__init__(host)
        self.host, self.run, self.experiment = host, run, experiment
        self.undo_stack, self.show_message, self.train, self.diagram = undo_stack, show_message, train, diagram
        self.windows: list = []  # the race windows opened (each deletes itself when closed)
        self.race_action = QAction(self.tr("Race from here…"), host, objectName="raceAction")
        self.race_action.setToolTip(self.tr("Train several branches from the state on show, each with one "
                                            "choice changed, side by side"))
        self.race_action.triggered.connect(self.open_race)
        # the landscape follows the live run: never disabled
        self.landscape_action = QAction(self.tr("Loss landscape…"), host, objectName="landscapeAction")
        self.landscape_action.setToolTip(self.tr("The error surface over two weights of the run on show, its path "
                                                 "and the paths of other optimisers from the same start"))
        self.landscape_action.triggered.connect(self.open_landscape)
        self.atlas_action = QAction(self.tr("Failure atlas…"), host, objectName="atlasAction")
        self.atlas_action.setToolTip(self.tr("Train a grid of settings and seeds and map why each run failed"))
        self.atlas_action.triggered.connect(self.open_atlas)
        menu.addSeparator()
        for action in (self.race_action, self.landscape_action, self.atlas_action):
            menu.addAction(action)
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

    @Slot()
    def open_landscape(self):
        """The landscape window of the run on show (made once, then shown again); edge clicks choose its weights."""
        from playground.ui.landscape.landscape_window import open_landscape

        return open_landscape(self.host, self.run, self.diagram)

    @Slot()
    def open_atlas(self):
        """The atlas of the experiment shown; opening a cell makes its exact run the window's: its settings as one
        undoable change (after training: a branch), then Train from its seed."""
        from playground.ui.atlas.atlas_window import open_atlas

        return open_atlas(self.host, self.experiment, self.open_cell)

    def open_cell(self, settings, _seed: int, dataset=None) -> bool:
        """Train an atlas cell's run in the window: its settings (the seed among them) and, when it differs from
        the window's, its table (``Grid.cell_dataset``: the atlas's table, with the rows the cell's seed holds
        out when it has a held-out fraction), as one undoable step; then Train."""
        from playground.core.data.experiment import SetSettings
        from playground.ui.experiment.undo import ReplaceExperimentCommand, SettingsCommand

        if self.run.running:
            self.show_message(self.tr("Stop training before opening a cell of the atlas."))
            return False
        if dataset is not None and dataset != self.experiment.dataset:
            self.undo_stack().push(ReplaceExperimentCommand(self.experiment, dataset, settings, "Atlas cell"))
        else:
            command = SetSettings.between(self.experiment.settings, settings, "Atlas cell")
            if command.changes:
                self.undo_stack().push(SettingsCommand(self.experiment, command))
        return self.train()

    def shutdown(self) -> None:
        """The main window closes: the tool windows' threads and helpers end (a child window gets no closeEvent).
        A tool whose module was never imported has no window to end: closing does not import it (20-40 ms here)."""
        landscape = sys.modules.get("playground.ui.landscape.landscape_window")
        if landscape is not None:
            landscape.shutdown_landscape(self.host)
        atlas = sys.modules.get("playground.ui.atlas.atlas_window")
        if atlas is not None:
            for window in self.host.findChildren(atlas.AtlasWindow):
                window.shutdown()

    def _keep(self, window) -> None:
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)


__all__ = ["WindowTools"]
