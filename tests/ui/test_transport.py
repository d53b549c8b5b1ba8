"""The transport bar's iteration counter following a Run (transport.py): at once when idle or looking back, at
most LIVE_HZ times a second while the run trains, and exact when the run stops."""

import pytest
from PySide6.QtCore import QObject, Signal

from playground.ui.run.transport import TransportBar


class FakeRun(QObject):
    """The part of ui.run.Run the counter listens to, driven by the test."""

    shownChanged = Signal()
    stateChanged = Signal(str)

    def __init__(self):
        super().__init__()
        self.running, self.iteration, self.back_at = False, 0, None

    def shown_iteration(self):
        return self.iteration if self.back_at is None else self.back_at

    def looking_back(self):
        return self.back_at is not None


@pytest.fixture
def bar_and_run(qtbot):
    bar = TransportBar()
    qtbot.addWidget(bar)
    run = FakeRun()
    bar.listen_to(run)
    return bar, run


def test_an_idle_run_and_looking_back_show_the_count_at_once(bar_and_run):
    bar, run = bar_and_run
    run.iteration = 3000
    run.shownChanged.emit()
    assert bar.iteration_label.text() == "Iteration 3,000"
    run.back_at = 1000
    run.shownChanged.emit()
    assert bar.iteration_label.text() == "Iteration 1,000  (looking back)"


def test_while_training_the_count_follows_in_a_later_turn_and_is_exact_when_the_run_stops(bar_and_run, qtbot):
    bar, run = bar_and_run
    run.running = True
    run.stateChanged.emit("running")
    run.iteration = 500
    run.shownChanged.emit()
    run.iteration = 600  # a second snapshot before the counter was shown: the newest is shown, once
    run.shownChanged.emit()
    assert bar.iteration_label.text() == "Iteration 0"
    qtbot.waitUntil(lambda: bar.iteration_label.text() == "Iteration 600")
    run.iteration = 700
    run.shownChanged.emit()
    run.running = False
    run.stateChanged.emit("finished")  # the last count, not shown yet, is shown now
    assert bar.iteration_label.text() == "Iteration 700"
