"""The window's watchdog on its helper processes: a stopped (SIGSTOP) or wedged helper is reported within
10 s, Stop then ends the run within 2 s keeping the curve so far, and Train works again with a new helper.

Every helper these tests stop is continued and killed in teardown, whatever happened."""

import os
import signal
import sys
import time

import pytest

from playground.core.data.presets import get_preset
from playground.core.training.training import DONE, STOPPED
from playground.ui.run import relay
from playground.ui.main_window import MainWindow
from playground.ui.run.run import FAILED, PAUSED
from playground.ui.study.study_panel import StudyWindow
from tests.processes import gone, is_stopped, our_child

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="stops helper processes with SIGSTOP")

TIMEOUT = 60_000
XOR = get_preset("xor")


@pytest.fixture
def stop_helper(qtbot):
    """Stop a helper process with SIGSTOP; teardown continues and kills any that are still there."""
    stopped = []

    def stop(pid: int) -> None:
        stopped.append(pid)
        os.kill(pid, signal.SIGSTOP)
        qtbot.waitUntil(lambda: is_stopped(pid), timeout=5_000)

    yield stop
    for pid in stopped:
        if not gone(pid) and our_child(pid):
            os.kill(pid, signal.SIGCONT)
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def fast_watchdog(monkeypatch):
    """The watchdog's limits lowered (helpers started from now on beat at a tenth of the stall limit)."""
    monkeypatch.setattr(relay, "STALL_SECONDS", 1.0)
    monkeypatch.setattr(relay, "STOP_GRACE_SECONDS", 0.3)


@pytest.fixture
def fast_window(qtbot, fast_watchdog):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def start_long_training(qtbot, window) -> int:
    """Train (the window's action) a run far too long to end by itself; returns the helper's id once the
    curve has a few points."""
    window.controls.iterations_spin.setValue(10**8)  # 100,000 Error: lines at most
    window.controls.log_every_spin.setValue(1000)
    with qtbot.waitSignal(window.run.started, timeout=TIMEOUT):
        window.train_action.trigger()
    qtbot.waitUntil(lambda: len(window.run.curve[0]) >= 3 and len(window.run.logged) >= 3, timeout=TIMEOUT)
    pid = window.run.helper.helper_pid()
    assert pid is not None
    return pid


def train_again(qtbot, window, old_pid: int) -> None:
    """Train works again: a new helper runs a short training to its end."""
    window.controls.iterations_spin.setValue(2000)
    with qtbot.waitSignal(window.run.finished, timeout=TIMEOUT) as done:
        window.train_action.trigger()
    assert done.args[0].status == DONE and window.run.iteration == 2000
    assert window.run.helper.helper_pid() not in (None, old_pid)


def test_a_stopped_helper_is_reported_within_10_s_and_stop_ends_the_run_within_2_s(qtbot, window, stop_helper):
    """At the real limits: the report within 10 s, the end within 2 s (the waits' timeouts), then Train again."""
    assert relay.STALL_SECONDS <= 8 and relay.STOP_GRACE_SECONDS <= 1.5
    pid = start_long_training(qtbot, window)
    with qtbot.waitSignal(window.run.stalled, timeout=10_000):
        stop_helper(pid)
        stalled_at = time.monotonic()
    reported = time.monotonic() - stalled_at
    curve, lines, iteration = len(window.run.curve[0]), len(window.run.logged), window.run.iteration
    assert curve >= 3 and lines >= 3
    assert window.status_label.text() == (f"The helper process has not answered for {int(relay.STALL_SECONDS)} s; "
                                          "press Stop to end the run")
    assert window.status_label.isVisible() and window.stop_action.isEnabled()

    with qtbot.waitSignal(window.run.finished, timeout=2_000) as ended:
        stop_pressed = time.monotonic()
        window.stop_action.trigger()
    print(f"\nstall to report {reported:.2f} s, Stop to ended {time.monotonic() - stop_pressed:.2f} s")
    assert gone(pid)
    # the run so far is kept: its curve, its Error: lines and its weights, as a stopped run
    snap = ended.args[0]
    assert snap.status == STOPPED and "did not answer" in snap.message
    assert window.run.state == PAUSED and window.run.iteration == iteration
    assert len(window.run.curve[0]) == curve and len(window.run.logged) == lines
    assert len(window.error_plot.current_data()[0]) == curve
    assert window.log_view.toPlainText().count("Error:") == lines
    assert window.run.result() is not None and window.run.result().iterations_done == iteration
    assert window.status_label.text().startswith(f"Stopped at iteration {iteration:,}")
    assert "did not answer" in window.message_bar.text()
    assert window.train_action.isEnabled() and not window.stop_action.isEnabled()
    train_again(qtbot, window, pid)


def test_play_goes_on_from_the_weights_received_before_the_helper_was_ended(qtbot, fast_window, stop_helper):
    window = fast_window
    pid = start_long_training(qtbot, window)
    with qtbot.waitSignal(window.run.stalled, timeout=10_000):
        stop_helper(pid)
    iteration = window.run.iteration
    with qtbot.waitSignal(window.run.finished, timeout=2_000):
        window.stop_action.trigger()
    window.controls.iterations_spin.setValue(iteration + 500)  # Iterations alone: the run can go on
    with qtbot.waitSignal(window.run.finished, timeout=TIMEOUT) as done:
        window.classroom.transport.play_action.trigger()
    assert done.args[0].status == DONE and window.run.iteration == iteration + 500
    assert window.run.helper.helper_pid() not in (None, pid)


def test_a_helper_that_answers_again_clears_the_report(qtbot, fast_window, stop_helper):
    window = fast_window
    pid = start_long_training(qtbot, window)
    with qtbot.waitSignal(window.run.stalled, timeout=10_000):
        stop_helper(pid)
    assert "has not answered" in window.status_label.text()
    iteration = window.run.iteration
    with qtbot.waitSignal(window.run.answered, timeout=TIMEOUT):
        os.kill(pid, signal.SIGCONT)
    qtbot.waitUntil(lambda: window.run.iteration > iteration, timeout=TIMEOUT)
    assert window.status_label.text().startswith("Iteration ")
    with qtbot.waitSignal(window.run.finished, timeout=TIMEOUT) as ended:
        window.stop_action.trigger()
    assert ended.args[0].status == STOPPED and ended.args[0].message == ""  # an ordinary Stop
    assert window.run.helper.helper_pid() == pid  # the same helper goes on serving


def test_a_healthy_slow_run_with_a_busy_window_is_not_reported(qtbot, monkeypatch):
    """At 1 iteration a second a snapshot comes only every second, longer than the (lowered) limit: the
    heartbeats keep the run alive. Meanwhile the window's thread is busy painting for longer than the limit:
    the watchdog lives in the relay thread and is not fooled."""
    monkeypatch.setattr(relay, "STALL_SECONDS", 0.6)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    reports = []
    window.run.stalled.connect(reports.append)

    def busy(_snapshot) -> None:
        window.run.changed.disconnect(busy)
        until = time.monotonic() + 2.5 * relay.STALL_SECONDS
        while time.monotonic() < until:  # the window's thread does nothing else meanwhile
            window.grab()

    window.run.changed.connect(busy)
    window.classroom.transport.set_rate_index(0)  # slow motion: 1 iteration a second
    window.controls.iterations_spin.setValue(4)
    window.controls.log_every_spin.setValue(1)
    try:
        with qtbot.waitSignal(window.run.finished, timeout=TIMEOUT) as done:
            window.train_action.trigger()
        assert done.args[0].status == DONE and window.run.iteration == 4
        assert reports == []
    finally:
        window.close()


def test_a_helper_killed_mid_run_fails_the_run_keeping_its_curve_and_train_works_again(qtbot, window):
    pid = start_long_training(qtbot, window)
    reached = window.run.curve[0][-1]  # (the curve is thinned as it grows: count iterations, not points)
    with qtbot.waitSignal(window.run.failed, timeout=TIMEOUT) as failed:
        os.kill(pid, signal.SIGKILL)
    assert "stopped unexpectedly (killed by signal 9 (SIGKILL))" in failed.args[0]
    assert window.run.state == FAILED and window.run.curve[0][-1] >= reached
    assert window.error_plot.current_data()[0][-1] >= reached
    assert "stopped unexpectedly" in window.message_bar.text()
    train_again(qtbot, window, pid)


@pytest.mark.parametrize("running", [True, False], ids=["during a run", "idle"])
def test_closing_the_window_with_a_stopped_helper_ends_it(qtbot, fast_watchdog, stop_helper, running):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    if running:
        pid = start_long_training(qtbot, window)
    else:
        window.run.helper.prestart()
        qtbot.waitUntil(lambda: window.run.helper.helper_pid() is not None, timeout=TIMEOUT)
        pid = window.run.helper.helper_pid()
    stop_helper(pid)
    closing = time.monotonic()
    window.close()
    print(f"\nclosing with a stopped helper ({'running' if running else 'idle'}) took "
          f"{time.monotonic() - closing:.2f} s")
    assert gone(pid)
    assert not window.run.helper.thread_running()


def test_a_stopped_study_helper_is_reported_and_stop_ends_the_study(qtbot, fast_watchdog, stop_helper):
    study = StudyWindow()
    qtbot.addWidget(study)
    study.show()
    try:
        study.set_experiment(XOR.dataset(), XOR.settings.with_(hidden=(2,), iterations=10**8, log_every=10**6))
        study.seeds_spin.setValue(16)
        with qtbot.waitSignal(study.controller.progressed, timeout=TIMEOUT):
            study.start_button.click()
        qtbot.waitUntil(lambda: study.progress.value() > 0 or study.reached_curves.getData()[0] is not None,
                        timeout=TIMEOUT)
        pid = study.controller.helper_pid()
        assert pid is not None
        with qtbot.waitSignal(study.controller.stalled, timeout=10_000):
            stop_helper(pid)
        assert "The helper process has not answered for 1 s; press Stop to end the study" == \
            study.summary_label.text()
        drawn = [study.reached_curves.getData()[0], study.stuck_curves.getData()[0]]
        assert any(x is not None and len(x) for x in drawn)
        with qtbot.waitSignal(study.controller.killed, timeout=2_000):
            study.stop_button.click()
        assert gone(pid)
        after = [study.reached_curves.getData()[0], study.stuck_curves.getData()[0]]
        assert any(x is not None and len(x) for x in after)  # the curves so far stay
        text = study.summary_label.text()
        assert "of 16 runs" in text and "stopped at iteration" in text and "did not answer" in text
        assert study.start_button.isEnabled() and not study.stop_button.isEnabled()
        # a new study runs in a new helper
        study.set_experiment(XOR.dataset(), XOR.settings.with_(hidden=(2,), iterations=500))
        with qtbot.waitSignal(study.studyFinished, timeout=TIMEOUT) as finished:
            study.start_button.click()
        assert finished.args[0].status == DONE
        assert study.controller.helper_pid() not in (None, pid)
    finally:
        study.shutdown()


def test_cancel_ends_a_stopped_file_reading_process(qtbot, window, stop_helper, tmp_path):
    """The same family: a large file is read in a helper process of its own; Cancel ends it even when it was
    stopped (SIGTERM waits until a stopped process is continued; SIGKILL does not), and the document stays."""
    import multiprocessing

    import numpy as np
    from PySide6.QtWidgets import QPushButton

    from playground.ui.documents.documents_controller import BACKGROUND_BYTES

    path = tmp_path / "big.csv"
    rows = np.random.default_rng(2).random((40_000, 8))
    path.write_text("a,b,c,d,e,f,g,y\n" + "\n".join(",".join(map(repr, row)) for row in rows.tolist()) + "\n")
    assert path.stat().st_size > BACKGROUND_BYTES
    before = window.dataset().values.copy()
    assert window.documents.open_file(str(path))  # the reading has started in the background
    reader = [p for p in multiprocessing.active_children() if p.name == "nn-playground-open"]
    assert len(reader) == 1
    stop_helper(reader[0].pid)
    with qtbot.waitSignal(window.documents.loader.cancelled, timeout=10_000):
        window.documents.loader.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert gone(reader[0].pid)
    assert not window.documents.loader.busy and np.array_equal(window.dataset().values, before)
