"""One Run model: what a user saw go wrong when five places kept the run, driven through the window."""

import json
import multiprocessing

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.core.files.documents import DocumentError, read_document
from playground.core.nn.network import initial_weights
from playground.ui.main_window import MainWindow
from playground.ui.run.run import FAILED, FINISHED, IDLE, PAUSED, Run

TIMEOUT = 60_000



def train(qtbot, window, iterations=3000, log_every=1000):
    window.controls.iterations_spin.setValue(iterations)
    window.controls.log_every_spin.setValue(log_every)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def saved(qtbot, window, tmp_path, iterations=3000):
    assert train(qtbot, window, iterations) == "done"
    path = str(tmp_path / "run.nnp")
    assert window.documents.save_as(path)
    return path


def test_after_an_edit_the_weights_do_not_fit_every_view_shows_the_untrained_network(qtbot, window):
    """A new input column changes the layer sizes: the run cannot branch, the window shows the seed's
    network (the run stays in the tree and fades into the previous runs; tests/ui/test_run_branches.py
    has the edits that branch)."""
    window.classroom.inspector_action.trigger()
    assert train(qtbot, window) == "done"
    assert window.log_view.toPlainText().count("Error:") == 3
    assert window.predictions_model.outputs() is not None and len(window.error_plot.current_data()[0]) > 0
    assert window.classroom.scrubber.count() > 2 and window.classroom.inspector.iteration() == 3000

    qtbot.mouseClick(window.add_input_button, Qt.MouseButton.LeftButton)  # a fourth input: other layer sizes

    assert window.log_view.toPlainText() == ""
    assert window.predictions_model.outputs() is None
    scrubber = window.classroom.scrubber
    assert scrubber.iteration() == 0 and scrubber.label.text() == "iteration 0 (latest)"
    assert not scrubber.slider.isEnabled()
    assert window.classroom.inspector.iteration() == 0
    assert window.classroom.transport.iteration_label.text() == "Iteration 0"
    assert len(window.error_plot.current_data()[0]) == 0  # the old curve is faded into the previous runs
    assert len(window.error_plot.runs()) == 2
    assert window.status_label.text() == "Ready: press Train (F5)" and window.progress.value() == 0
    assert window.run.state == IDLE and not window.run.can_continue()
    # and the diagram shows the seed's starting weights
    settings = window.settings()
    for a, b in zip(window.shown_network().weights,
                    initial_weights([4, *settings.hidden, 1], settings.seed)):
        assert np.array_equal(a, b)


def test_after_reopening_the_history_handle_and_its_label_agree(qtbot, window, tmp_path):
    path = saved(qtbot, window, tmp_path)
    window.open_path(path)
    scrubber = window.classroom.scrubber
    slider = scrubber.slider
    assert slider.value() == slider.maximum() > slider.minimum()  # the handle at the right end ...
    assert scrubber.label.text() == "iteration 3,000 (latest)"  # ... where the label says it is
    assert window.classroom.transport.iteration_label.text() == "Iteration 3,000"
    assert window.status_label.text() == "Trained for 3,000 iterations (as saved)"


def test_reopening_adds_no_legend_entry(qtbot, window, tmp_path):
    path = saved(qtbot, window, tmp_path)
    before = window.error_plot.runs()
    for _ in range(3):
        window.open_path(path)
    assert window.error_plot.runs() == before  # the run just trained and saved is shown once
    window.controls.seed_spin.setValue(2)
    assert train(qtbot, window) == "done"
    window.open_path(path)
    window.open_path(path)
    assert window.error_plot.runs() == [before[0].replace("seed 1", "seed 2"), before[0]]


def test_paused_says_paused_with_no_time_taken(qtbot, window):
    window.controls.iterations_spin.setValue(10**9)
    with qtbot.waitSignal(window.run.changed, timeout=TIMEOUT):
        qtbot.mouseClick(window.classroom.transport.play_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.classroom.transport.play_button, Qt.MouseButton.LeftButton)  # Pause
    assert window.run.state == PAUSED
    status, progress = window.status_label.text(), window.progress.text()
    assert status.startswith("Paused at iteration ") and "Play goes on" in status
    assert "final" not in status and "done in" not in progress and "paused" in progress


def test_a_step_pauses_and_says_so(qtbot, window):
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.classroom.transport.step_button, Qt.MouseButton.LeftButton)
    assert window.run.state == PAUSED and window.run.iteration == 1
    assert window.status_label.text().startswith("Paused at iteration 1 ·")
    assert "done in" not in window.progress.text()


def test_a_huge_iteration_count_is_refused_by_the_reader_naming_the_field(qtbot, window, tmp_path):
    path = saved(qtbot, window, tmp_path)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    doc["trained"]["iterations_done"] = 2**62
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    with pytest.raises(DocumentError, match="trained.iterations_done"):
        read_document(path)
    shown = window.dataset().copy()
    assert not window.documents.open_file(path)  # a message box names it; the window keeps its document
    assert "iterations_done" in window.documents.error_box.informativeText()
    assert window.dataset() == shown


def test_progress_never_exceeds_what_the_bar_holds(qtbot, window):
    from playground.ui.run.run_status import PROGRESS_STEPS, progress_value

    assert progress_value(2**62, 10**9) == PROGRESS_STEPS and progress_value(5, 10) == PROGRESS_STEPS // 2
    # Step N past Iterations: the bar stops at full
    window.controls.iterations_spin.setValue(10)
    window.classroom.transport.step_n_spin.setValue(25)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT):
        qtbot.mouseClick(window.classroom.transport.step_n_button, Qt.MouseButton.LeftButton)
    assert window.run.iteration == 25 and window.progress.value() == window.progress.maximum()


def test_the_run_alone_owns_the_state(qtbot):
    run = Run()
    try:
        from playground.core.data.presets import get_preset

        preset = get_preset("xor")
        seen = []
        run.reset.connect(lambda: seen.append("reset"))
        run.started.connect(lambda: seen.append("started"))
        run.finished.connect(lambda s: seen.append(s.status))
        with qtbot.waitSignal(run.finished, timeout=TIMEOUT):
            assert run.train(preset.dataset(), preset.settings.with_(iterations=500))
        assert seen == ["reset", "started", "done"] and run.state == FINISHED
        assert run.iteration == 500 and run.result().iterations_done == 500
        assert not run.go_on(preset.settings.with_(iterations=500), 500)  # nothing left to do
        assert not run.go_on(preset.settings.with_(iterations=900, seed=2), 900)  # another network
        with qtbot.waitSignal(run.finished, timeout=TIMEOUT):
            assert run.go_on(preset.settings.with_(iterations=900), 900)
        assert run.iteration == 900 and seen[-1] == "done"
    finally:
        run.shutdown()


def test_a_helper_that_dies_mid_run_is_reported_and_the_window_recovers(qtbot, window):
    window.controls.iterations_spin.setValue(10**9)
    with qtbot.waitSignal(window.run.changed, timeout=TIMEOUT):
        window.train()
    helper = next(p for p in multiprocessing.active_children() if p.name == "nn-playground-trainer")
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        helper.kill()  # a crash of the helper process, not a Stop
    assert blocker.args == ["failed"] and window.run.state == FAILED
    assert "stopped unexpectedly" in window.message_bar.text()
    assert window.train_button.isEnabled() and not window.run.can_continue()
    window.controls.iterations_spin.setValue(500)
    with qtbot.waitSignal(window.trainingFinished, timeout=TIMEOUT) as blocker:
        assert window.train()  # a new helper is started
    assert blocker.args == ["done"] and window.run.iteration == 500


def test_the_progress_bar_is_painted_once_per_snapshot_with_the_next_frame(qtbot):
    """QProgressBar.setValue repaints at once; with ~30 snapshots a second the bar is painted
    only with the window's next frame, once per snapshot."""
    import time

    from PySide6.QtCore import QEvent, QObject

    from playground.core.data.presets import get_preset
    from playground.ui.run.run import RUNNING
    from playground.ui.run.run_status import RunProgress, progress_value

    class Paints(QObject):
        n = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.n += 1
            return False

    run = Run()  # never given a job: its helper is not started
    try:
        bar = RunProgress()
        qtbot.addWidget(bar)
        bar.listen_to(run)
        bar.show()
        qtbot.waitExposed(bar)
        run.settings = get_preset("notebook").settings
        run.state, run.until, run.started_at = RUNNING, run.settings.iterations, time.perf_counter()
        run.iteration = 600
        run.changed.emit(None)  # the first snapshot: the bar's text appears
        qtbot.wait(50)
        paints = Paints()
        bar.installEventFilter(paints)
        for iteration in (6000, 12000, 30000):
            run.iteration = iteration
            run.changed.emit(None)
            assert paints.n == 0  # not painted inside the snapshot's slot
            qtbot.waitUntil(lambda: paints.n >= 1)
            qtbot.wait(20)
            assert paints.n == 1
            paints.n = 0
            assert bar.value() == progress_value(iteration, run.settings.iterations)
    finally:
        run.shutdown()


def test_a_job_ends_after_the_timers_and_repaints_its_last_report_left_waiting(qtbot, window):
    """The end of a job comes in two turns of the event loop (RunSession.on_finished). The second is a timer
    of its own, not a posted call: the event loop handles every posted event at once before it looks at its
    timers and its input, so a posted second turn jumped ahead of the timers the first left waiting (a view's
    drawing timer, a 5 ms tick: benchmarks/gui_training.py), and with the repaints made one long pause."""
    from PySide6.QtCore import QTimer

    from playground.ui.run.run import RUNNING

    order = []
    waiting = QTimer(singleShot=True, interval=0)  # a timer the last report starts, as the views' are
    waiting.timeout.connect(lambda: order.append("timer"))

    def changed(_snap):
        if window.run.state == RUNNING:
            waiting.start()

    window.run.changed.connect(changed)
    window.run.finished.connect(lambda _snap: order.append("finished"))
    assert train(qtbot, window, iterations=3000) == "done"
    qtbot.waitUntil(lambda: not waiting.isActive())
    assert order[-2:] == ["timer", "finished"]
