"""Editing after training branches the run instead of erasing it (issue 22's RunTree), driven through the
window as a student drives it: train, then type a weight, click the decision map, type over a row or
change the learning rate. The earlier curve, log and History stay as the parent branch, the new branch
starts at that iteration, Undo returns to the parent with its curve and Redo to the branch."""

import numpy as np
from PySide6.QtCore import QPointF, Qt


TIMEOUT = 60_000


def train(qtbot, w, iterations=3000, log_every=1000, then=5000) -> None:
    """Train to ``iterations``; then set Iterations to ``then`` (where Play goes later: set now, so the
    edit after training is the last step of Undo)."""
    w.controls.iterations_spin.setValue(iterations)
    w.controls.log_every_spin.setValue(log_every)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(w.train_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"
    w.controls.iterations_spin.setValue(then)


def play(qtbot, w, until: int) -> None:
    """Press Play with Iterations at ``until``."""
    w.controls.iterations_spin.setValue(until)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(w.classroom.transport.play_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"
    assert w.run.iteration == until


def positions(w) -> list[int]:
    """The History's positions: the kept weights along the path, then the live network."""
    its = w.run.history_iterations()
    return its if its and its[-1] == w.run.iteration else its + [w.run.iteration]


def seen(w) -> dict:
    """What a student sees of the run: the plot's curve, the log, the History's positions."""
    x, y = w.error_plot.current_data()
    return {"curve": (x.copy(), y.copy()), "log": w.log_view.toPlainText(),
            "history": positions(w), "iteration": w.run.iteration,
            "weights": [a.copy() for a in w.shown_network().weights]}


def check_branched(w, before: dict, change: str) -> None:
    """The run before is the parent branch, drawn and logged; the new branch starts at its iteration."""
    plot, scrubber = w.error_plot, w.classroom.scrubber
    assert w.log_view.toPlainText() == before["log"]  # the Error: lines are still there
    (ax, ay), = plot.ancestor_data()  # the earlier curve, drawn as the parent's
    assert np.array_equal(ax, before["curve"][0]) and np.array_equal(ay, before["curve"][1])
    assert len(plot.current_data()[0]) == 0  # the branch has not trained yet
    assert change in plot.legend_texts()[-1] and "branched at 3,000" in plot.legend_texts()[-1]
    assert positions(w) == before["history"] and scrubber.count() == len(before["history"])  # the parent's
    assert scrubber.is_live() and scrubber.label.text() == "iteration 3,000 (latest)"
    assert w.run.iteration == 3000 and w.classroom.transport.iteration_label.text() == "Iteration 3,000"
    parent, branch = w.run.path()
    assert branch.parent == parent.id and branch.branched_at == 3000 and parent.iteration == 3000


def check_goes_on_and_undoes(qtbot, w, before: dict, undo=None) -> None:
    """Play trains the branch from 3,000 on; Undo shows the parent with its curve, Redo the branch."""
    branch_id = w.run.record_id
    drawn = [x for x, _ in w.error_plot.ancestor_data()]
    play(qtbot, w, 5000)
    # the parent's curve was drawn once, when the branch was made: not again with every snapshot
    assert [x for x, _ in w.error_plot.ancestor_data()][0] is drawn[0]
    x, _ = w.error_plot.current_data()
    assert x[0] == 3000 and 4990 < x[-1] < 5000  # the branch's own curve starts where it branched
    lines = w.log_view.toPlainText().splitlines()
    assert lines[:3] == before["log"].splitlines() and len(lines) == 5  # 0, 1k, 2k from the parent; 3k, 4k
    after = seen(w)
    (undo or w.editor.undo_action.trigger)()
    assert w.run.record_id != branch_id and w.run.path()[-1].id == w.run.tree.get(branch_id).parent
    now = seen(w)
    for key in ("log", "history", "iteration"):
        assert now[key] == before[key], key
    assert all(np.array_equal(a, b) for a, b in zip(now["curve"], before["curve"]))
    assert all(np.array_equal(a, b) for a, b in zip(now["weights"], before["weights"]))
    assert w.error_plot.ancestor_data() == []  # the parent is a root: nothing before it
    w.editor.redo_action.trigger()
    assert w.run.record_id == branch_id
    redone = seen(w)
    assert redone["log"] == after["log"] and redone["iteration"] == 5000
    assert np.array_equal(w.error_plot.current_data()[0], after["curve"][0])


def test_a_weight_typed_after_training_starts_a_branch_and_undo_returns_to_the_run(qtbot, window):
    w = window
    w.classroom.inspector_action.trigger()
    panel = w.classroom.inspector
    qtbot.waitUntil(lambda: panel.trace() is not None)
    train(qtbot, w)
    before = seen(w)
    view = panel.matrix("syn1")
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(0, 0).center())
    panel.cell_editor.selectAll()
    qtbot.keyClicks(panel.cell_editor, "2")
    qtbot.keyClick(panel.cell_editor, Qt.Key.Key_Return)
    assert w.shown_network().weights[1][0, 0] == 2.0
    check_branched(w, before, "weight syn1[1, 1] = 2")
    assert w.run.path()[-1].start.weights[1][0, 0] == 2.0  # the branch starts from the typed weight
    check_goes_on_and_undoes(qtbot, w, before)


def test_a_point_added_on_the_decision_map_after_training_starts_a_branch(qtbot, window):
    w = window
    view = w.decision_map
    w.tabs.setCurrentWidget(view)
    train(qtbot, w)
    qtbot.waitUntil(lambda: view.current_map() is not None, timeout=TIMEOUT)
    before = seen(w)
    rows = w.dataset().n_rows
    at = view.graphics.mapFromScene(view.plot.vb.mapViewToScene(QPointF(0.5, 0.5)))
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert w.dataset().n_rows == rows + 1
    check_branched(w, before, f"row {rows + 1} added")
    assert w.run.path()[-1].dataset.n_rows == rows + 1 and w.run.path()[0].dataset.n_rows == rows
    assert all(np.array_equal(a, b) for a, b in zip(seen(w)["weights"], before["weights"]))  # not the seed's
    check_goes_on_and_undoes(qtbot, w, before)
    assert w.dataset().n_rows == rows + 1  # Redo put the point back


def test_a_row_edited_after_training_starts_a_branch(qtbot, window):
    w = window
    train(qtbot, w)
    before = seen(w)
    assert w.dataset_model.setData(w.dataset_model.index(1, 3), "1")  # a student types over a target
    check_branched(w, before, "row 2 edited")
    check_goes_on_and_undoes(qtbot, w, before)


def test_a_new_learning_rate_after_training_starts_a_branch_that_play_trains(qtbot, window):
    w = window
    train(qtbot, w)
    before = seen(w)
    w.controls.lr_spin.setValue(2.0)
    check_branched(w, before, "learning rate 1 → 2")
    assert w.run.settings.learning_rate == 2.0
    check_goes_on_and_undoes(qtbot, w, before)
    assert w.settings().learning_rate == 2.0


def test_edits_before_the_branch_trains_make_one_branch_and_undo_walks_back(qtbot, window):
    """Typing 0.5 then 2 into the learning rate, or two edits in a row, is one branch; Undo of the last
    keeps the branch with the first edit, Undo of the first shows the parent."""
    w = window
    train(qtbot, w)
    w.controls.lr_spin.setValue(0.5)
    w.controls.seed_spin.setFocus()  # leaving the field: the next change is another step of Undo
    assert w.dataset_model.setData(w.dataset_model.index(1, 3), "1")
    assert len(w.run.tree) == 2
    branch = w.run.path()[-1]
    assert "row 2 edited" in branch.change and "learning rate 1 → 0.5" in branch.change
    w.editor.undo_action.trigger()  # the row
    assert w.run.record_id == branch.id and w.run.settings.learning_rate == 0.5
    w.editor.undo_action.trigger()  # the learning rate
    assert len(w.run.path()) == 1 and w.run.iteration == 3000 and w.run.settings.learning_rate == 1.0


def test_a_change_the_weights_do_not_fit_starts_again_and_undo_finds_the_run(qtbot, window):
    w = window
    train(qtbot, w)
    before = seen(w)
    trained = w.run.record_id
    w.controls.seed_spin.setValue(2)  # other starting weights: not a branch
    assert w.run.record_id is None and w.run.iteration == 0 and w.log_view.toPlainText() == ""
    assert len(w.run.tree) == 1  # the run is kept
    w.editor.undo_action.trigger()
    assert w.run.record_id == trained and w.log_view.toPlainText() == before["log"]
    assert np.array_equal(w.error_plot.current_data()[0], before["curve"][0])
    assert len(w.error_plot.runs()) == 1  # shown once: as the current run, not also faded


def test_a_branch_looked_back_from_history_starts_at_that_iteration(qtbot, window):
    w = window
    train(qtbot, w)
    scrubber = w.classroom.scrubber
    index = int(np.argmin([abs(i - 1000) for i in w.run.history_iterations()]))
    scrubber.set_index(index)
    k = w.run.shown_iteration()
    assert 900 < k <= 1000
    w.controls.lr_spin.setValue(2.0)
    parent, branch = w.run.path()
    assert branch.branched_at == k and w.run.iteration == k and not w.run.looking_back()
    (ax, _), = w.error_plot.ancestor_data()
    assert ax[-1] < k  # the parent drawn up to where the branch left it
    assert w.log_view.toPlainText().count("Error:") == 1  # the line at 0; the branch's own come with Play
    assert positions(w)[-1] == k and scrubber.label.text() == f"iteration {k} (latest)"
    play(qtbot, w, 3000)
    assert [i for i, _ in w.run.logged] == [0, 1000, 2000]
    w.controls.iterations_spin.setValue(5000)
    w.editor.undo_action.trigger()  # Iterations
    w.editor.undo_action.trigger()
    assert w.run.record_id == parent.id and w.run.iteration == 3000


def test_branching_then_undo_and_play_gives_the_numbers_of_a_run_never_branched(qtbot, window):
    """The notebook preset to 30,000; a branch with learning rate 2 trained to 40,000; Undo, and Play on
    to 60,000: the Error: lines and the weights are those of one straight run to 60,000."""
    w = window
    train(qtbot, w, 30_000, 10_000, then=40_000)
    w.controls.lr_spin.setValue(2.0)
    play(qtbot, w, 40_000)
    w.editor.undo_action.trigger()
    assert w.run.iteration == 30_000 and w.settings().learning_rate == 1.0
    play(qtbot, w, 60_000)
    branched = (list(w.run.logged), w.log_view.toPlainText(), [a.copy() for a in w.run.network.weights])
    train(qtbot, w, 60_000, 10_000, then=60_000)  # Train: a new run from the seed
    assert len(w.run.path()) == 1 and len(w.run.tree) == 3
    assert list(w.run.logged) == branched[0] and len(branched[0]) == 6
    assert w.log_view.toPlainText() == branched[1]
    assert all(np.array_equal(a, b) for a, b in zip(w.run.network.weights, branched[2]))


def test_a_preset_starts_again_from_the_seed_and_its_undo_shows_the_run(qtbot, window):
    w = window
    train(qtbot, w)
    before = seen(w)
    trained = w.run.record_id
    w.load_preset("notebook")  # the same table and settings: still a fresh start, not the run
    assert w.run.record_id is None and w.run.iteration == 0 and w.log_view.toPlainText() == ""
    w.editor.undo_action.trigger()
    assert w.run.record_id == trained and w.log_view.toPlainText() == before["log"]
    assert w.run.iteration == 3000 and len(w.run.tree) == 1


def test_a_branch_from_a_history_position_goes_on_exactly_as_one_from_a_run_stopped_there(qtbot, window):
    """The weights History keeps are exact states: a learning rate changed while looking back at
    iteration k gives the very numbers of a run trained to k, changed there, and played on."""
    w = window
    train(qtbot, w, 3000, 100)
    its = w.run.history_iterations()
    index = int(np.argmin([abs(i - 1000) for i in its]))
    w.classroom.scrubber.set_index(index)
    k = w.run.shown_iteration()
    w.controls.lr_spin.setValue(2.0)
    assert w.run.path()[-1].branched_at == k
    play(qtbot, w, 5000)
    looked_back = (list(w.run.logged), [a.copy() for a in w.run.network.weights])
    w.controls.lr_spin.setValue(1.0)  # the root's settings again: the root is shown
    train(qtbot, w, k, 100)  # a new run, stopped at k
    w.controls.lr_spin.setValue(2.0)
    play(qtbot, w, 5000)
    assert list(w.run.logged) == looked_back[0] and len(looked_back[0]) == 50
    assert all(np.array_equal(a, b) for a, b in zip(w.run.network.weights, looked_back[1]))
