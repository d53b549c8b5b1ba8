"""The lesson player and the window's experiment: where a lesson is and what its step keeps.

Going to a step sets ``experiment.lesson`` (the lesson's file name and the step) and
``experiment.locks`` (what the step's hidden panels would change); Next and Back move them, closing
clears them. The table and the settings form follow the locks, and the editor refuses an edit or an
Undo they forbid, with the reason in the message bar.
"""

import json

from PySide6.QtCore import Qt

from playground import resources
from playground.core.data.experiment import LessonPosition, Locks
from playground.core.lessons.lesson import read_lesson
from playground.core.data.settings import FIELD
from playground.ui.classroom import presentation

TIMEOUT = 60_000


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def write_lesson_file(tmp_path, steps, name="keeps.nnlesson"):
    path = tmp_path / name
    path.write_text(json.dumps({"format": "nn-playground-lesson", "version": 1, "title": "Keeps", "steps": steps}),
                    encoding="utf-8")
    return path


def test_going_to_a_step_sets_the_experiments_lesson_position_and_locks(qtbot, window):
    """A shipped lesson through its panel's buttons: the experiment follows every step, and closing clears it."""
    path = resources.shipped_lessons()[0]
    lesson = read_lesson(path)
    e, player = window.experiment, window.lessons
    told = []
    e.events.lesson.connect(told.append)
    assert player.open_file(str(path), ask=False)
    assert e.lesson == LessonPosition(path.name, 0)
    assert e.locks == lesson.steps[0].keeps() and e.locks.settings  # its first step hides the settings form
    for i in (1, 2):
        click(qtbot, player.panel.next_button)
        assert e.lesson == LessonPosition(path.name, i) and e.locks == lesson.steps[i].keeps()
    click(qtbot, player.panel.back_button)
    assert e.lesson == LessonPosition(path.name, 1) and e.locks == lesson.steps[1].keeps()
    assert [(c.old, c.new) for c in told] == [
        (None, LessonPosition(path.name, 0)), (LessonPosition(path.name, 0), LessonPosition(path.name, 1)),
        (LessonPosition(path.name, 1), LessonPosition(path.name, 2)),
        (LessonPosition(path.name, 2), LessonPosition(path.name, 1))]
    # the progress kept in QSettings is what the experiment's position reached
    assert presentation.settings().value(f"lessons/{path.name}") == "2"
    click(qtbot, player.panel.close_button)
    assert e.lesson is None and e.locks == Locks()
    assert all(widget.isEnabled() for widget in window.controls.fields.values())


def test_a_step_that_hides_the_table_and_the_settings_keeps_them(qtbot, window, tmp_path):
    """Step 1 shows everything; step 2 hides the table and the settings (Train and Reset stay): the table
    and every setting but the seed (New seed) are locked, the views follow, an edit and an Undo of an edit
    made in step 1 are refused with the reason; after closing the lesson Undo works again."""
    path = write_lesson_file(tmp_path, [{"text": "Edit", "state": {"preset": "xor"}},
                                        {"text": "Look", "visible": ["train", "reset", "plot"]}])
    e, player, editor, c = window.experiment, window.lessons, window.editor, window.controls
    assert player.open_file(str(path), ask=False)
    assert e.locks == Locks() and not window.dataset_model.read_only
    lr, seed = e.settings.learning_rate, e.settings.seed
    assert window.dataset_model.setData(window.dataset_model.index(0, 0), "0.5")  # typed into the table
    c.lr_spin.setFocus()
    c.lr_spin.selectAll()
    qtbot.keyClicks(c.lr_spin.lineEdit(), "2")
    edited = e.dataset
    assert e.settings.learning_rate == 2 and edited.values[0, 0] == 0.5

    click(qtbot, player.panel.next_button)
    assert e.lesson == LessonPosition(path.name, 1)
    assert e.locks == Locks(table=True, settings=set(FIELD) - {"seed"})
    assert window.dataset_model.read_only and not c.lr_spin.isEnabled() and c.seed_spin.isEnabled()
    editor.undo_action.trigger()  # Ctrl+Z would take the learning rate back behind the hidden form
    assert e.settings.learning_rate == 2 and window.message_bar.text().startswith("The lesson keeps the")
    assert not editor.toggle_cells([(1, 1)])  # Space on a cell of 0 or 1
    assert e.dataset is edited and window.message_bar.text() == "The lesson keeps the table as it is"
    window.classroom.new_seed_action.trigger()  # the seed is not kept: Reset and New seed are shown
    assert e.settings.seed != seed and e.dataset is edited

    player.close()
    assert e.locks == Locks() and not window.dataset_model.read_only and c.lr_spin.isEnabled()
    editor.undo_action.trigger()  # the new seed
    editor.undo_action.trigger()  # the learning rate
    assert e.settings.learning_rate == lr and e.settings.seed == seed
    editor.undo_action.trigger()  # the cell
    assert e.dataset is not edited and e.dataset.values[0, 0] != 0.5


def test_training_in_a_step_that_keeps_the_table_keeps_it_after_the_run(qtbot, window, tmp_path):
    """Training adds its own lock and takes it away again: the step's lock on the table stays."""
    path = write_lesson_file(tmp_path, [{"text": "Train", "state": {"preset": "xor", "settings": {"iterations": 200}},
                                         "visible": ["train", "plot"], "action": {"type": "train"}}])
    e, player = window.experiment, window.lessons
    assert player.open_file(str(path), ask=False)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.train_action.trigger()
    assert player.action_is_done
    assert e.locks == Locks(table=True, settings=frozenset(FIELD)) and window.dataset_model.read_only
    player.close()
    assert e.locks == Locks() and not window.dataset_model.read_only


def test_a_wrong_prediction_reloads_the_steps_state_under_its_locks(qtbot, window, tmp_path):
    """The step's own state comes back (a lesson's loading is not an edit the locks refuse)."""
    path = write_lesson_file(tmp_path, [
        {"text": "Predict", "state": {"preset": "notebook"}, "visible": ["step", "inspector"],
         "action": {"type": "step"}, "question": {"type": "prediction", "prompt": "l2_delta, row 1?",
                                                  "quantity": "l2_delta", "row": 1}}])
    e, player = window.experiment, window.lessons
    assert player.open_file(str(path), ask=False)
    assert e.locks.table and e.locks.settings == frozenset(FIELD)
    loaded = e.dataset
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        window.classroom.transport.step_action.trigger()  # no prediction locked in: the state comes back
    qtbot.waitUntil(lambda: not window.run.running and window.run.iteration == 0, timeout=TIMEOUT)
    assert e.dataset is not loaded and e.dataset.names == loaded.names  # loaded anew, as the step has it
    assert e.lesson == LessonPosition(path.name, 0) and e.locks.table
