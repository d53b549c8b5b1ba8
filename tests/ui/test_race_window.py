"""The race window, driven as a teacher drives it: choose three optimisers, press Go, watch the curves, read the
table, make a branch current, Stop, close. What it shows is the core race's own numbers (the same race run here),
and no helper process outlives the window."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.core.data.presets import DEFAULT_PRESET, get_preset
from playground.core.landscape.race import Race, RaceStart
from playground.core.landscape.race_job import RaceJob
from playground.core.training.run import next_job_id
from playground.core.training.run_record import Checkpoint, trainer_from
from playground.core.training.training import STOPPED
from playground.ui.landscape import race_texts
from playground.ui.landscape.race_link import RaceLink
from playground.ui.landscape.race_shots import main as shots_main
from playground.ui.landscape.race_window import RaceWindow, make_current, open_race
from playground.ui.run.helper_pool import HelperPool
from playground.ui.views.network_view import NetworkView

TIMEOUT = 60_000


@pytest.fixture
def pool():
    p = HelperPool(size=2)
    yield p
    p.shutdown()


def start_at(iterations: int) -> RaceStart:
    p = get_preset(DEFAULT_PRESET)
    dataset, settings = p.dataset(), p.settings.with_(learning_rate=0.2)
    t = trainer_from(dataset, settings, None)
    t.run(iterations)
    return RaceStart(dataset, settings, Checkpoint.from_network(t.network), "r1")


def race_window(qtbot, pool, start=None) -> RaceWindow:
    start = start or start_at(200)
    w = RaceWindow(None, start, RaceStart.untrained(start.dataset, start.settings), pool)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(qtbot, w, field_index: int, values: str, iterations: int) -> None:
    """Type the choice as a teacher does: the combo, the values, the iterations."""
    w.field_combo.setCurrentIndex(field_index)
    w.values_edit.setText(values)
    w.iterations_spin.setValue(iterations)


def test_a_race_of_three_optimisers_fills_three_curves_and_the_table_with_the_core_races_numbers(qtbot, pool):
    w = race_window(qtbot, pool)
    choose(qtbot, w, 0, "gd, momentum, adam", 1500)
    with qtbot.waitSignal(w.raceFinished, timeout=TIMEOUT) as done:
        qtbot.mouseClick(w.go_button, Qt.MouseButton.LeftButton)
        assert not w.go_button.isEnabled() and w.stop_button.isEnabled()
    here = Race(w.start(), "optimizer", ("gd", "momentum", "adam"), 1500, w.target_spin.value()).run()
    got = done.args[0]
    assert [r.record for r in got] == [r.record for r in here]
    names = [race_texts.branch_name("optimizer", v) for v in ("gd", "momentum", "adam")]
    assert w.legend_names() == names
    for i, r in enumerate(here):
        x, y = w.curves[i].getOriginalDataset()
        assert np.array_equal(x, r.record.curve.iterations) and y.tobytes() == r.record.curve.errors.tobytes()
        assert w.table.item(i, 0).text() == names[i]
        assert w.table.item(i, 1).text() == race_texts.error_text(r.final_error)
        assert w.table.item(i, 2).text() == race_texts.iteration_text(r.reached_at)
        last = r.record.last
        weights, biases = w.shown[i]
        assert all(np.array_equal(a, b) for a, b in zip(weights, last.weights))
        reference = NetworkView()  # the diagram draws those weights as a diagram of them alone does
        qtbot.addWidget(reference)
        reference.set_structure(r.record.sizes,
                                r.record.dataset.input_names, r.record.dataset.target_names, r.record.settings.bias)
        reference.set_weights(last.weights, last.biases)
        assert np.array_equal(w.diagrams[i].edge_pens(), reference.edge_pens())
    expected = race_texts.summary(names, [r.reached_at for r in here], [r.final_error for r in here], 0.05)
    assert w.summary_label.text() == expected == w.plot.accessibleDescription()
    assert "reached 0.05 first, at iteration" in expected
    assert w.go_button.isEnabled() and not w.stop_button.isEnabled()
    assert w.link.helper_pid() is None and pool.live() <= 1  # the race's helper was ended (a spare may wait)


def test_make_current_emits_the_chosen_branchs_exact_record(qtbot, pool):
    w = race_window(qtbot, pool)
    choose(qtbot, w, 1, "0.2, 1", 300)
    with qtbot.waitSignal(w.raceFinished, timeout=TIMEOUT):
        qtbot.mouseClick(w.go_button, Qt.MouseButton.LeftButton)
    w.table.setFocus()
    w.table.selectRow(1)
    with qtbot.waitSignal(w.branchChosen, timeout=TIMEOUT) as chosen:
        qtbot.mouseClick(w.make_current_button, Qt.MouseButton.LeftButton)
    record = chosen.args[0]
    assert record == w.results[1].record
    assert (record.parent, record.branched_at, record.change) == ("r1", 200, "learning rate 0.2 → 1")
    assert record.settings.learning_rate == 1.0 and record.iteration == 500


def test_bad_values_are_told_and_nothing_starts(qtbot, pool):
    w = race_window(qtbot, pool)
    choose(qtbot, w, 0, "gd, sgd", 100)
    assert not w.go()
    assert w.summary_label.text().startswith("Values:") and "sgd" in w.summary_label.text()
    assert not w.link.running and pool.live() == 0


def test_stop_ends_the_race_with_what_it_did_and_closing_leaves_no_helper(qtbot, pool):
    w = race_window(qtbot, pool)
    choose(qtbot, w, 1, "0.1, 0.2", 50_000_000)
    assert w.go()
    qtbot.waitUntil(lambda: w.link.take() is not None and max(w.link.take().iterations) > 0, timeout=TIMEOUT)
    pid = w.link.helper_pid()
    assert pid is not None
    with qtbot.waitSignal(w.raceFinished, timeout=TIMEOUT) as done:
        qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    assert all(r.status == STOPPED and 200 < r.record.iteration < 50_000_200 for r in done.args[0])
    assert w.summary_label.text().startswith("Stopped.")
    # a second race, closed while it runs: its helper is ended with the window
    assert w.go()
    qtbot.waitUntil(lambda: w.link.helper_pid() is not None, timeout=TIMEOUT)
    w.close()
    qtbot.waitUntil(lambda: w.link.helper_pid() is None and not w.link.running, timeout=TIMEOUT)
    pool.shutdown()
    assert pool.live() == 0


def test_presentation_scale_grows_the_text_and_the_lines(qtbot, pool):
    w = race_window(qtbot, pool)
    choose(qtbot, w, 0, "gd, adam", 100)
    with qtbot.waitSignal(w.raceFinished, timeout=TIMEOUT):
        w.go()
    before = (w.summary_label.font().pointSizeF(), w.curves[0].opts["pen"].widthF(), w.diagrams[0].scale_factor())
    w.set_scale(2.0)
    after = (w.summary_label.font().pointSizeF(), w.curves[0].opts["pen"].widthF(), w.diagrams[0].scale_factor())
    assert after == (2 * before[0], 2 * before[1], 2 * before[2])


def test_from_the_main_window_a_branch_made_current_joins_its_run_tree(qtbot, window):
    w = window
    w.controls.iterations_spin.setValue(1000)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(w.train_button, Qt.MouseButton.LeftButton)
    root = w.run.path()[-1]
    race = open_race(w, w.run, on_branch=lambda record: make_current(w.run, record, w.experiment, w.editor.stack))
    qtbot.addWidget(race)
    assert race.start().iteration == 1000 and race.start().parent == root.id
    race.set_choice("optimizer", ("gd", "adam"), 500)
    with qtbot.waitSignal(race.raceFinished, timeout=TIMEOUT):
        qtbot.mouseClick(race.go_button, Qt.MouseButton.LeftButton)
    race.table.selectRow(1)
    qtbot.mouseClick(race.make_current_button, Qt.MouseButton.LeftButton)
    parent, branch = w.run.path()[-2:]
    assert parent.id == root.id and branch.parent == root.id and branch.branched_at == 1000
    assert branch.settings.optimizer == "adam" and w.run.iteration == 1500
    assert all(np.array_equal(a, b) for a, b in zip(w.shown_network().weights, race.results[1].record.last.weights))
    # the settings form shows the branch's optimiser, and that change made no further branch
    assert w.experiment.settings.optimizer == "adam" and w.run.path()[-1].id == branch.id
    w.editor.stack.undo()  # back to the run the race started from, at the iteration it started
    assert w.run.path()[-1].id == root.id and w.experiment.settings.optimizer == "gd"
    race.close()


def test_the_screenshot_script_writes_its_pictures(qtbot, tmp_path):
    assert shots_main(str(tmp_path)) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(name for name, _, _ in
                                                                 __import__("playground.ui.landscape.race_shots",
                                                                            fromlist=["SHOTS"]).SHOTS)


def test_a_helper_that_dies_during_a_race_is_told_and_the_link_starts_again(qtbot, pool):
    import os
    import signal

    link = RaceLink(pool=pool)
    start = start_at(0)
    long_race = Race(start, "learning_rate", (0.1, 0.2), 50_000_000)
    assert link.start(RaceJob(next_job_id(), long_race))
    assert not link.start(RaceJob(next_job_id(), long_race))  # one race at a time
    qtbot.waitUntil(lambda: link.take() is not None and max(link.take().iterations) > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(link.failed, timeout=TIMEOUT) as failed:
        os.kill(link.helper_pid(), signal.SIGKILL)
    assert "stopped unexpectedly" in failed.args[0]
    qtbot.waitUntil(lambda: not link.running, timeout=TIMEOUT)
    with qtbot.waitSignal(link.finished, timeout=TIMEOUT) as done:
        assert link.start(RaceJob(next_job_id(), Race(start, "learning_rate", (0.1, 0.2), 20)))
    assert [r.record.iteration for r in done.args[0].results] == [20, 20]
    link.shutdown()
    assert pool.live() == 0


def test_make_current_while_the_main_window_trains_is_refused_with_a_message(qtbot, window):
    w = window
    w.controls.iterations_spin.setValue(500)
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(w.train_button, Qt.MouseButton.LeftButton)
    race = open_race(w, w.run, on_branch=lambda record: make_current(w.run, record))
    qtbot.addWidget(race)
    race.set_choice("learning_rate", (0.5, 2.0), 200)
    with qtbot.waitSignal(race.raceFinished, timeout=TIMEOUT):
        qtbot.mouseClick(race.go_button, Qt.MouseButton.LeftButton)
    runs_before = len(w.run.runs())
    w.controls.iterations_spin.setValue(50_000_000)
    qtbot.mouseClick(w.classroom.transport.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.run.running, timeout=TIMEOUT)
    race.table.selectRow(0)
    qtbot.mouseClick(race.make_current_button, Qt.MouseButton.LeftButton)
    assert race.summary_label.text().startswith("This branch cannot become the current run now")
    with qtbot.waitSignal(w.trainingFinished, timeout=TIMEOUT):
        w.run.stop()
    assert len(w.run.runs()) == runs_before
    race.close()
