"""The window's one experiment: the form and the table show it and change it only through commands.

A typed setting builds one ``Settings`` and reaches ``experiment.settings`` (what Train submits) in at
most 4 hops; a table a run started from is never changed by later edits; Undo gives back the very
table that was there.
"""

import inspect
import os

import numpy as np
import pytest
from PySide6.QtCore import Qt

import playground
from playground.core.data import settings as settings_module
from playground.core.data.experiment import Experiment, LessonPosition, Locks

TIMEOUT = 60_000
OUR_CODE = os.path.dirname(os.path.abspath(playground.__file__))


def select_and_type(qtbot, field, text):
    """Select the field's text and type ``text`` over it key by key, as a user does."""
    field.setFocus()
    field.selectAll()
    line = field.lineEdit() if hasattr(field, "lineEdit") else field
    for ch in text:
        qtbot.keyClicks(line, ch)


def test_the_window_and_its_views_share_one_experiment(window):
    e = window.experiment
    assert isinstance(e, Experiment)
    assert window.dataset_model.experiment is e and window.controls.experiment is e and window.editor.experiment is e
    assert window.dataset() is e.dataset and window.settings() is e.settings
    assert window.controls.shown_settings() == e.settings  # the form shows what the experiment holds


def test_a_typed_setting_builds_one_settings_per_keystroke(qtbot, window, monkeypatch):
    """Issue 22: ``Settings`` was rebuilt 8 times per keystroke (the form read back by every listener)."""
    built = []
    init = settings_module.Settings.__init__

    def counting_init(self, *args, **kwargs):
        built.append(1)
        init(self, *args, **kwargs)

    window.controls.iterations_spin.setValue(500)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):  # a run on show: its listeners ask more
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(settings_module.Settings, "__init__", counting_init)
    per_key = []
    field = window.controls.lr_spin
    field.setFocus()
    field.selectAll()
    for ch in "0.25":
        built.clear()
        qtbot.keyClicks(field.lineEdit(), ch)
        per_key.append((ch, len(built), window.settings().learning_rate))
    # "0" and "0." are not a learning rate yet (below the least one): nothing changes, nothing is built
    assert per_key == [("0", 0, 1.0), (".", 0, 1.0), ("2", 1, 0.2), ("5", 1, 0.25)]
    built.clear()
    select_and_type(qtbot, window.controls.hidden_spin, "3")
    assert len(built) == 1 and window.settings().hidden == (3,)


def hops_to_the_experiment(qtbot, window, edit) -> list[str]:
    """The hops of a setting change: our own Python frames on the call stack at the moment
    ``Experiment.update`` stores the new settings, from that frame down to the slot Qt called for the
    widget's signal (the first of our frames above the test's key press).

    Qt's C++ in between (the spin box emitting, ``QUndoStack.push`` calling ``redo``) is not a hop, nor
    are the listeners the experiment tells after storing (that is the experiment telling its views).
    The experiment's settings are what Train submits: ``MainWindow.train`` passes ``self.settings()``,
    which is ``experiment.settings``, to ``Run.train``.
    """
    stacks = []

    def seen(_change):
        frames = [f for f in inspect.stack(0)]
        update = next(i for i, f in enumerate(frames) if f.frame.f_code is Experiment.update.__code__)
        ours = []
        for f in frames[update:]:
            if not os.path.abspath(f.filename).startswith(OUR_CODE):
                break
            ours.append(f"{os.path.relpath(f.filename, OUR_CODE)}:{f.function}")
        stacks.append(ours)

    window.experiment.events.settings.connect(seen)
    try:
        edit()
    finally:
        window.experiment.events.settings.disconnect(seen)
    assert len(stacks) == 1, stacks
    return stacks[0]


@pytest.mark.parametrize("field, edit", [
    ("learning rate", lambda qtbot, c: select_and_type(qtbot, c.lr_spin, "3")),
    ("hidden layers", lambda qtbot, c: select_and_type(qtbot, c.hidden_spin, "5")),
    ("seed (arrow key)", lambda qtbot, c: (c.seed_spin.setFocus(), qtbot.keyClick(c.seed_spin, Qt.Key.Key_Up))),
    ("activation (keyboard)", lambda qtbot, c: (c.activation_combo.setFocus(),
                                                qtbot.keyClick(c.activation_combo, Qt.Key.Key_Down))),
])
def test_a_setting_change_reaches_the_experiment_in_at_most_4_hops(qtbot, window, field, edit):
    before = window.settings()
    hops = hops_to_the_experiment(qtbot, window, lambda: edit(qtbot, window.controls))
    assert window.settings() != before, field
    assert hops[0] == "core/data/experiment.py:update" and hops[-1] == "ui/experiment/controls.py:_edited", hops
    assert len(hops) <= 4, hops


def test_train_submits_the_experiments_settings_and_undo_takes_them_back(qtbot, window):
    window.controls.iterations_spin.setValue(2000)
    select_and_type(qtbot, window.controls.lr_spin, "0.5")
    assert window.editor.undo_action.text() == "&Undo Change learning rate"
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    assert window.run.settings is window.experiment.settings and window.run.settings.learning_rate == 0.5
    window.editor.undo_action.trigger()
    assert window.settings().learning_rate == 1.0 and window.controls.lr_spin.value() == 1.0


def test_a_table_a_run_started_from_is_never_changed_by_later_edits(qtbot, window):
    window.controls.iterations_spin.setValue(1000)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    trained_on = window.run.dataset
    kept = trained_on.values.copy()
    assert trained_on is window.dataset()
    model = window.dataset_model
    assert model.setData(model.index(0, 0), "0.5")  # typed into the table, as a student does
    window.editor.insert_rows(0, 2)
    window.table.selectRow(0)
    assert np.array_equal(trained_on.values, kept)  # the run's table is as it was
    assert window.dataset() is not trained_on and window.dataset().n_rows == trained_on.n_rows + 2
    window.editor.undo_action.trigger()
    window.editor.undo_action.trigger()
    assert window.dataset() is trained_on  # undo gives back the very table, not a copy of it


def test_training_locks_the_experiment_and_an_edit_says_why(qtbot, window):
    window.controls.iterations_spin.setValue(10**9)
    with qtbot.waitSignal(window.run.changed, timeout=TIMEOUT):
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    assert window.experiment.locks.running
    before = window.dataset()
    assert not window.editor.toggle_cells([(0, 0)])
    assert window.dataset() is before and "while training" in window.message_bar.text()
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.stop()
    assert not window.experiment.locks.running
    assert window.editor.toggle_cells([(0, 0)]) and window.dataset() is not before


def test_a_lessons_locks_keep_the_table_and_the_settings_it_names(qtbot, window):
    """What a lesson step keeps is a lock of the experiment: the views follow it and edits are refused."""
    e = window.experiment
    e.update(lesson=LessonPosition("xor.nnlesson", 1), locks=Locks(table=True, settings={"seed"}))
    c = window.controls
    assert window.dataset_model.read_only and not c.seed_spin.isEnabled() and c.lr_spin.isEnabled()
    before = window.dataset()
    assert not window.editor.toggle_cells([(0, 0)])
    assert window.dataset() is before and window.message_bar.text() == "The lesson keeps the table as it is"
    select_and_type(qtbot, c.lr_spin, "2")
    assert window.settings().learning_rate == 2  # a setting the lesson does not keep
    e.update(lesson=None, locks=Locks())
    assert not window.dataset_model.read_only and c.seed_spin.isEnabled()
    assert window.editor.toggle_cells([(0, 0)]) and window.dataset() is not before
