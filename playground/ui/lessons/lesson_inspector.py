"""The inspector's typed cells: weights you can type (undoable) and predict-then-check outside lessons.

Double-clicking a cell of the inspector opens a small editor (``InspectorPanel.cellTyped``):

* in a weight matrix (``syn0``, ``syn1``, ... and their bias rows) the number replaces that
  weight, as one undoable edit on the window's undo stack. The window then shows the network
  with the typed weights at the same iteration, Step and Play continue from them, and Save
  keeps them in the document; so a class can start from a worksheet's weights;
* in any other matrix it is a prediction of that cell for the iteration Step will do. After
  the Step the inspector shows both numbers and the factor feedback of
  ``core.lesson_feedback``, with the factors' cells outlined.

:class:`TypedCells` is handed the window only as a ``QMainWindow`` host (its Qt parent) and what it works
with as :class:`~playground.ui.window_ports.TypedCellParts`: the Run, the experiment, the classroom's
inspector, the undo stack and the window's few requests as callables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtGui import QUndoCommand

from playground.ui.run.branches import weight_change
from playground.ui.language import shown
from playground.ui.run.run import STEP

if TYPE_CHECKING:  # the lesson and document modules are loaded when a cell is first typed, not at start-up
    from PySide6.QtWidgets import QMainWindow

    from playground.core.files.documents import Trained
    from playground.core.lessons.lesson_feedback import Feedback
    from playground.ui.window_ports import TypedCellParts


class TypedWeightCommand(QUndoCommand):
    """One typed weight: redo shows the network with it, undo the network before.

    After training a typed weight starts a branch of the run (``Run.put_weights``): then undo
    selects the branch it was typed on again, with its curve, and redo the new branch."""

    def __init__(self, apply, select, run, old: Trained, new: Trained, change: tuple[str, str], text: str) -> None:
        super().__init__(text)
        self.apply, self.select, self.run, self.old, self.new, self.change = apply, select, run, old, new, change
        self.branch: tuple[str, str] | None = None  # (the run typed on, the branch it made)

    def redo(self) -> None:
        if self.branch is not None and self.select(self.branch[1]):
            return
        before = self.run.record_id
        self.apply(self.new, self.change)
        after = self.run.record_id
        made = after is not None and before is not None and after != before
        self.branch = (before, after) if made and self.run.tree.get(after).parent == before else None

    def undo(self) -> None:
        if self.branch is None or not self.select(self.branch[0]):
            self.apply(self.old, ("", ""))


class TypedCells(QObject):
    """Connects the inspector's typed cells to the run: weights and predictions."""

    def __init__(self, host: QMainWindow, parts: TypedCellParts) -> None:
        super().__init__(host)
        self.parts = parts
        self.run, self.classroom = parts.run, parts.classroom
        self.prediction = None  # (name, row, column, value, trace) waiting for the next Step
        self.feedback: Feedback | None = None
        self._connected = False
        self.classroom.inspector_dock.visibilityChanged.connect(self._connect_inspector)
        self.run.finished.connect(self._run_ended)
        parts.edge_double_clicked.connect(self.edit_edge)

    @Slot(bool)
    def _connect_inspector(self, visible: bool) -> None:
        if visible and not self._connected:
            self._connected = True
            self.classroom.inspector.cellTyped.connect(self.cell_typed)

    @Slot(str, int, int, float)
    def cell_typed(self, name: str, row: int, column: int, value: float) -> None:
        panel = self.classroom.inspector
        if self.run.running:
            panel.show_feedback(self.tr("Pause training first (typed numbers are for a network standing still)."),
                                False)
        elif not self.classroom.scrubber.is_live():
            panel.show_feedback(self.tr("Drag History to the right end first: typed numbers are for the live "
                                        "network."), False)
        elif panel.matrix(name).quantity().kind == "weights":
            self.type_weight(name, row, column, value)
        else:
            from playground.core.lessons.lesson_feedback import Cell

            self.prediction = (name, row, column, value, panel.trace())
            panel.mark_cells([Cell(name, row, column)])
            panel.show_feedback(self.tr("Your prediction for {cell}: {value}. Now press Step.").format(
                cell=f"{name}[{row + 1}, {column + 1}]", value=panel.locale().toString(value, "g", 6)))

    @Slot(int, int, int)
    def edit_edge(self, k: int, i: int, j: int) -> None:
        """A double-clicked edge of the diagram: open the inspector's editor on that weight (or bias)."""
        c = self.classroom
        c.inspector_dock.show()
        panel = c.inspector
        if panel.trace() is None:
            return
        name = f"syn{k}"
        row = panel.matrix(name).quantity().shape[0] - 1 if i < 0 else i
        panel.edit_cell(name, row, j)

    # ------------------------------------------------------------------ weights
    def _current(self) -> Trained | None:
        net = self.parts.shown_network()
        if net is None:
            return None
        from playground.core.files.documents import Trained

        biases = None if net.biases is None else [b.copy() for b in net.biases]
        return Trained(self.run.iteration, [wt.copy() for wt in net.weights], biases)

    def type_weight(self, name: str, row: int, column: int, value: float) -> bool:
        """Set weight ``name[row, column]`` (the last row of a matrix with bias is the bias) as one undoable edit."""
        old = self._current()
        if old is None or self.run.running:
            return False
        from playground.core.files.documents import Trained

        k = int(name.removeprefix("syn"))
        new = Trained(old.iterations_done, [wt.copy() for wt in old.weights],
                      None if old.biases is None else [b.copy() for b in old.biases])
        if row == new.weights[k].shape[0]:  # the bias row
            new.biases[k][column] = value
        else:
            new.weights[k][row, column] = value
        text = self.tr("Type {cell} = {value}").format(cell=f"{name}[{row + 1}, {column + 1}]",
                                                       value=QLocale().toString(value, "g", 6))
        self.parts.undo_stack.push(TypedWeightCommand(self._show, self._select, self.run, old, new,
                                                      weight_change(name, row, column, value), text))
        return True

    def _show(self, trained: Trained, change: tuple[str, str]) -> None:
        from playground.core.lessons.lesson import Event

        parts = self.parts
        parts.show_weights(trained, change)  # ends the helper's session: Step and Play now continue from them
        parts.set_trained(self.run.result())
        parts.report(Event("edit_cell"))

    def _select(self, run_id: str) -> bool:
        """Show a branch of the run again (Undo and Redo of a typed weight after training)."""
        run = self.run
        if run_id not in {r.id for r in run.tree} or not run.select(run_id, self.parts.table_name()):
            return False
        self.parts.set_trained(run.result())
        return True

    # ------------------------------------------------------------------ predictions
    @Slot(object)
    def _run_ended(self, snap) -> None:
        stepping = self.run.kind == STEP
        if self.prediction is None:
            return
        name, row, column, value, trace = self.prediction
        self.prediction = None
        panel = self.classroom.inspector
        if not stepping:
            panel.show_feedback(self.tr("The prediction was for the next Step: type it again and press Step."), False)
            panel.mark_cells([])
            return
        from playground.core.lessons.lesson_feedback import Cell, check_prediction

        fb = check_prediction(trace, name, row, column, value, activation=self.parts.experiment.settings.activation)
        self.feedback = fb
        panel.show_feedback(shown(fb.message), fb.correct)
        panel.mark_cells([Cell(name, row, column), *fb.cells])
