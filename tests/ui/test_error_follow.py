"""How the error plot follows a Run (error_follow.py): resets, snapshots drawn in a turn of their own, the
planned end of a short run, and the History cursor."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from playground.ui.views.error_follow import PLANNED_SECONDS
from playground.ui.views.error_plot import ErrorPlot


class FakeRun(QObject):
    """The part of ui.run.Run the plot listens to, driven by the test."""

    reset = Signal()
    changed = Signal(object)
    shownChanged = Signal()
    stateChanged = Signal(str)
    finished = Signal(object)

    def __init__(self):
        super().__init__()
        self.label, self.group, self.running, self.last = "hidden 4 · lr 1", "notebook", False, None
        self.curve = (np.empty(0), np.empty(0))
        self.iteration, self.base_iteration, self.until, self.started_at = 0, 0, None, time.perf_counter()
        self.back_at = None

    def looking_back(self):
        return self.back_at is not None

    def shown_iteration(self):
        return self.back_at


@pytest.fixture
def plot(qtbot):
    widget = ErrorPlot()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    return widget


@pytest.fixture
def run(plot):
    r = FakeRun()
    plot.listen_to(r)
    return r


def test_a_reset_fades_the_run_before_and_starts_an_empty_one(plot, run):
    run.reset.emit()
    run.curve = (np.linspace(0, 1000, 20), np.linspace(0.5, 0.1, 20))
    run.iteration = 1000
    run.changed.emit(None)
    assert plot.run_iteration() == 1000.0
    run.label = "hidden 8 · lr 1"
    run.reset.emit()
    assert plot.runs() == ["hidden 4 · lr 1", "hidden 8 · lr 1"]
    assert plot.current_data()[0].size == 0
    assert plot.run_iteration() is None  # the new run has reached nothing yet


def test_a_snapshot_while_training_is_drawn_in_a_later_turn_and_the_end_fits_in_the_next(plot, run, qtbot):
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")
    assert plot.streaming()
    run.curve = (np.linspace(0, 500, 10), np.linspace(0.5, 0.2, 10))
    run.changed.emit(None)
    assert plot.live_pending() and plot.current_data()[0].size == 0
    qtbot.waitUntil(lambda: not plot.live_pending())
    np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])
    run.curve = (np.linspace(0, 900, 18), np.linspace(0.5, 0.1, 18))
    run.changed.emit(None)
    run.running = False
    run.stateChanged.emit("finished")  # the final snapshot is drawn and fitted in the next turn (the controls
    assert plot.refit_pending()  # unlock in this one), not on the live re-fit's timer
    qtbot.waitUntil(lambda: not plot.refit_pending(), timeout=1000)
    assert not plot.live_pending()
    np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])
    assert plot.view_range()[0][1] >= 900


def test_whoever_hears_finished_after_the_plot_reads_the_run_fitted(plot, run, qtbot):
    """The Run tells ``finished`` a turn after the state (RunSession.on_finished); should it come before the
    plot's own turn, the plot fits the run then, before the window (connected after it) hears it."""
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")
    run.curve = (np.linspace(0, 900, 18), np.linspace(0.5, 0.1, 18))
    run.changed.emit(None)
    run.running = False
    run.stateChanged.emit("finished")
    seen = []
    run.finished.connect(lambda _snap: seen.append((plot.refit_pending(), plot.current_data()[0].size,
                                                    plot.view_range()[0][1])))
    run.finished.emit(None)
    assert seen == [(False, 18, seen[0][2])] and seen[0][2] >= 900


def test_a_short_run_plans_its_x_axis_to_its_last_iteration_a_long_one_does_not(plot, run):
    run.running = True
    run.until, run.iteration, run.base_iteration = 10_000, 5_000, 0
    run.started_at = time.perf_counter() - 1.0  # 5,000 a second: the rest in a second
    assert plot.planned_end() == 10_000.0
    run.until = int(5_000 + 5_000 * 2 * PLANNED_SECONDS)  # two minutes more at this pace
    assert plot.planned_end() is None
    run.running = False
    run.until = 10_000
    assert plot.planned_end() is None  # only while it trains


def test_looking_back_in_history_puts_a_cursor_at_the_iteration_shown(plot, run):
    run.back_at = 1200
    run.shownChanged.emit()
    assert plot.cursor_iteration() == 1200
    run.back_at = None
    run.shownChanged.emit()
    assert plot.cursor_iteration() is None


def test_while_streaming_the_description_is_written_at_most_every_describe_s_and_exact_when_the_stream_stops(
        plot, run, qtbot, monkeypatch):
    from playground.ui.views import error_follow

    monkeypatch.setattr(error_follow, "DESCRIBE_S", 1e9)  # no second description while this stream lasts
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")
    run.curve = (np.array([0.0, 100.0]), np.array([0.5, 0.4]))
    run.changed.emit(None)
    qtbot.waitUntil(lambda: not plot.live_pending())
    first = plot.plot_widget.accessibleDescription()
    assert first.startswith("Error 0.4 at iteration 100, falling from 0.5")  # the stream's first: at once
    run.curve = (np.array([0.0, 100.0, 200.0]), np.array([0.5, 0.4, 0.3]))
    run.changed.emit(None)
    qtbot.waitUntil(lambda: not plot.live_pending())
    np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])  # the curve is drawn ...
    assert plot.plot_widget.accessibleDescription() == first  # ... its description waits
    run.running = False
    run.stateChanged.emit("paused")  # the stream stops (and the Run tells finished): the description says the
    run.finished.emit(None)  # newest point
    assert plot.plot_widget.accessibleDescription().startswith("Error 0.3 at iteration 200, falling from 0.5")
    run.running = True  # the next stream's first snapshot is described at once again
    run.stateChanged.emit("running")
    run.curve = (np.array([0.0, 100.0, 200.0, 300.0]), np.array([0.5, 0.4, 0.3, 0.2]))
    run.changed.emit(None)
    qtbot.waitUntil(lambda: not plot.live_pending())
    assert plot.plot_widget.accessibleDescription().startswith("Error 0.2 at iteration 300")


def test_while_streaming_the_legend_says_the_iterations_reached_once_both_axes_are_refitted(plot, run, qtbot):
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")
    run.curve, run.iteration = (np.linspace(0, 900, 10), np.linspace(0.5, 0.2, 10)), 900
    run.changed.emit(None)
    qtbot.waitUntil(lambda: not plot.live_pending() and not plot.refit_pending())  # x and y, in turns of their own
    assert plot.legend_texts() == ["hidden 4 · lr 1 · 900 iterations"]
    run.curve, run.iteration = (np.linspace(0, 1800, 19), np.linspace(0.5, 0.1, 19)), 1800
    run.changed.emit(None)
    qtbot.waitUntil(lambda: not plot.live_pending() and not plot.refit_pending())
    assert plot.legend_texts() == ["hidden 4 · lr 1 · 1,800 iterations"]
