"""Undo commands of the window: each is one step of the experiment, named in the Edit menu, and undone exactly."""

from PySide6.QtGui import QUndoStack

from playground.core.data.dataset import Dataset
from playground.core.data.experiment import Experiment, SetSettings
from playground.core.data.settings import Settings
from playground.ui.experiment.undo import (InsertRowsCommand, RemoveColumnsCommand, SettingsCommand, SetTestRowsCommand,
                                settings_change_text)

XOR = Dataset(["a", "b", "y"], ["input", "input", "target"], [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]])


def test_table_commands_are_named_and_undone_exactly(qapp):
    experiment, stack = Experiment(XOR, Settings()), QUndoStack()
    stack.push(InsertRowsCommand(experiment, 4, 2))
    assert experiment.dataset.n_rows == 6 and stack.undoText() == "Insert 2 rows"
    stack.push(SetTestRowsCommand(experiment, [0], True))
    assert stack.undoText() == "Mark 1 row as test" and experiment.dataset.test_mask[0]
    stack.push(RemoveColumnsCommand(experiment, [1]))
    assert experiment.dataset.names == ["a", "y"] and stack.undoText() == "Remove column 'b'"
    while stack.canUndo():
        stack.undo()
    assert experiment.dataset == XOR


def test_typing_in_a_settings_field_is_one_step(qapp):
    experiment, stack = Experiment(XOR, Settings()), QUndoStack()
    stack.push(SettingsCommand(experiment, SetSettings({"learning_rate": 0.5})))
    stack.push(SettingsCommand(experiment, SetSettings({"learning_rate": 0.05})))  # typing on: merged
    assert stack.count() == 1 and stack.undoText() == "Change learning rate"
    assert experiment.settings.learning_rate == 0.05
    stack.undo()
    assert experiment.settings == Settings()
    stack.redo()
    stack.push(SettingsCommand(experiment, SetSettings({"learning_rate": 1.0})))  # typed back: nothing to undo
    assert stack.count() == 0 and experiment.settings == Settings()


def test_a_settings_change_names_up_to_two_fields(qapp):
    assert settings_change_text(["seed", "bias"]) == "Change bias and seed"  # in the form's order
    assert settings_change_text(["seed", "bias", "l2"]) == settings_change_text([]) == "Change settings"
