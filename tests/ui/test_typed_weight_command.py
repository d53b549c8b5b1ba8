"""A typed weight as one step of the undo stack (playground.ui.lessons.lesson_inspector.TypedWeightCommand): before
training it swaps the weights shown; after training it starts a branch, and Undo and Redo select the run typed
on and the branch again instead of typing once more. (The window's path is in tests/ui/test_lesson_inspector.py.)"""

from types import SimpleNamespace

from PySide6.QtGui import QUndoStack

from playground.ui.lessons.lesson_inspector import TypedWeightCommand

OLD, NEW, CHANGE = "weights before", "weights typed", ("weight syn0[1, 1] = 2", "weight syn0[1, 1] = 2")


class FakeRun:
    """The run's record on show and its tree; ``branches`` says whether putting weights makes a branch."""

    def __init__(self, record_id, branches: bool) -> None:
        self.record_id, self.branches, self.parents = record_id, branches, {}
        self.tree = SimpleNamespace(get=lambda rid: SimpleNamespace(parent=self.parents.get(rid)))
        self.shown, self.selected = [], []

    def apply(self, trained, change) -> None:
        self.shown.append((trained, change))
        if self.branches and trained is NEW:
            parent, self.record_id = self.record_id, f"branch{len(self.parents) + 1}"
            self.parents[self.record_id] = parent

    def select(self, run_id) -> bool:
        self.selected.append(run_id)
        self.record_id = run_id
        return True


def push(run) -> QUndoStack:
    stack = QUndoStack()
    stack.push(TypedWeightCommand(run.apply, run.select, run, OLD, NEW, CHANGE, "Type syn0[1, 1] = 2"))
    return stack


def test_before_training_undo_and_redo_swap_the_weights(qapp):
    run = FakeRun(None, branches=False)
    stack = push(run)
    assert stack.undoText() == "Type syn0[1, 1] = 2"
    stack.undo()
    stack.redo()
    assert run.shown == [(NEW, CHANGE), (OLD, ("", "")), (NEW, CHANGE)] and run.selected == []


def test_after_training_undo_selects_the_run_typed_on_and_redo_the_branch(qapp):
    run = FakeRun("run1", branches=True)
    stack = push(run)
    assert run.record_id == "branch1" and run.parents == {"branch1": "run1"}
    stack.undo()
    assert run.record_id == "run1"
    stack.redo()
    assert run.record_id == "branch1"
    assert run.shown == [(NEW, CHANGE)]  # typed once: Undo and Redo found the runs again
    assert run.selected == ["run1", "branch1"]
