"""Views while a run streams snapshots (~30 a second): each draws in event-loop turns of its own, only the
newest of the snapshots that came meanwhile, some at a lower rate, and always the run's last state."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from playground.core.nn.network import Network
from playground.core.data.presets import get_preset
from playground.ui.views.decision_map import DecisionMapView
from playground.ui.views.error_plot import ErrorPlot
from playground.ui.views.predictions_model import PredictionsModel
from tests.ui.test_error_plot import StreamedRun, decaying, legend_labels


@pytest.fixture
def plot(qtbot):
    widget = ErrorPlot()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    return widget


class PlannedRun(StreamedRun):
    """A streamed run that also says where its job ends and how far it got (as ui.run.Run does)."""

    def __init__(self, until):
        super().__init__()
        self.until, self.iteration, self.base_iteration = until, 0, 0
        self.started_at = time.perf_counter()

    def send(self, last, n=200, end=0.002):
        self.curve = decaying(n, last=last, end=end)
        self.iteration = int(last)
        self.started_at = time.perf_counter() - 1.0  # `last` iterations a second: the end is seconds away
        self.changed.emit(None)


def start(run):
    run.reset.emit()
    run.running = True
    run.stateChanged.emit("running")


def stop(run):
    """As ui.run.Run ends a job: the state, then ``finished`` (a turn later there; the plot fits the run by then)."""
    run.running = False
    run.stateChanged.emit("finished")
    run.finished.emit(None)


def test_a_burst_of_snapshots_is_drawn_once_with_the_newest_in_a_turn_of_its_own(plot, qtbot):
    run = StreamedRun()
    plot.listen_to(run)
    start(run)
    drawn = []
    for item in plot.plot_widget.getPlotItem().listDataItems():  # the new run's empty curve among them
        item.sigPlotChanged.connect(lambda *_: drawn.append(len(plot.current_data()[0])))
    for k in range(1, 6):  # five snapshots handled before the event loop turns again (a busy window)
        run.curve = decaying(10 * k, last=1000 * k)
        run.changed.emit(None)
    assert drawn == [] and plot.live_pending()  # nothing drawn inside the snapshots' handling
    qtbot.waitUntil(lambda: not plot.live_pending())
    assert drawn == [50]  # once, the newest
    np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])


def test_the_last_snapshot_of_a_run_is_drawn_when_it_stops(plot):
    run = StreamedRun()
    plot.listen_to(run)
    start(run)
    run.curve = decaying(300, last=30_000)
    run.changed.emit(None)  # the final snapshot arrives while the run still counts as running
    stop(run)  # and the run stops before the event loop turns: drawn and fitted now
    assert not plot.live_pending()
    np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])
    assert legend_labels(plot)[-1] == "hidden 4 · lr 1 · 30k iterations"
    assert 30_000 <= plot.view_range()[0][1] < 31_000


def test_the_x_axis_ends_at_the_planned_end_while_training_and_at_the_curve_when_stopped(plot, qtbot):
    run = PlannedRun(until=60_000)
    plot.listen_to(run)
    start(run)
    run.send(2000)
    qtbot.waitUntil(lambda: 60_000 <= plot.view_range()[0][1] < 61_000)  # laid out once for the whole run
    ranges = []
    for last in (5000, 10_000, 20_000):
        run.send(last)
        qtbot.waitUntil(lambda: not plot.live_pending())
        ranges.append(plot.view_range()[0])
    assert all(r == ranges[0] for r in ranges) and 60_000 <= ranges[0][1] < 61_000
    stop(run)  # stopped at 20,000: the view fits what was done
    assert 20_000 <= plot.view_range()[0][1] < 20_500


def test_a_long_job_is_followed_by_its_curve_not_drawn_to_its_planned_end(plot, qtbot):
    run = PlannedRun(until=10**9)  # ~11 days at 1000 iterations a second
    plot.listen_to(run)
    start(run)
    run.send(1000)
    qtbot.waitUntil(lambda: 1000 <= plot.view_range()[0][1] < 1100)


def test_the_y_range_stays_while_the_curve_is_inside_it_and_fits_exactly_when_the_run_stops(plot, qtbot):
    run = PlannedRun(until=60_000)
    plot.listen_to(run)
    start(run)
    run.send(20_000, end=0.01)
    qtbot.waitUntil(lambda: plot.view_range()[1][0] <= np.log10(0.01))
    qtbot.waitUntil(lambda: not plot.live_pending() and not plot.refit_pending())
    y_before = plot.view_range()[1]
    run.send(21_000, end=0.0099)  # a little lower, still well inside: the y axis is not laid out again
    qtbot.waitUntil(lambda: not plot.live_pending() and not plot.refit_pending())
    assert plot.view_range()[1] == y_before
    run.send(40_000, end=0.0005)  # below the range: it moves, with room below for the next fall
    qtbot.waitUntil(lambda: plot.view_range()[1][0] < np.log10(0.0005))
    stop(run)
    fresh = ErrorPlot()
    qtbot.addWidget(fresh)
    fresh.resize(700, 400)
    fresh.start_run("hidden 4 · lr 1", "notebook")
    fresh.set_data(*run.curve)
    assert np.allclose(plot.view_range(), fresh.view_range())  # exact, as if drawn in one go


class OutputsRun(QObject):
    """The part of ui.run.Run the predictions and the decision map listen to, driven by the test."""

    reset = Signal()
    shownChanged = Signal()
    rowChanged = Signal(int)
    stateChanged = Signal(str)  # the decision map describes the last map drawn when a run stops

    def __init__(self, preset="xor"):
        super().__init__()
        p = get_preset(preset)
        self.dataset, self.settings, self.running, self.row = p.dataset(), p.settings, False, 0
        self.network = self.net_at(0)

    def net_at(self, seed):
        s = self.settings.with_(seed=seed + 1)
        return Network.from_settings(s, len(self.dataset.input_columns), len(self.dataset.target_columns))

    def shown_network(self):
        return self.network

    def shown_outputs(self):
        return self.network.predict(self.dataset.X)


def test_predictions_show_the_newest_outputs_at_a_lower_rate_and_the_last_at_once(qtbot):
    model = PredictionsModel()
    run = OutputsRun()
    model.listen_to(run)
    run.reset.emit()
    run.running = True
    changes = []
    model.dataChanged.connect(lambda *_: changes.append(1))
    for seed in range(1, 6):  # five snapshots' weights before the event loop turns
        run.network = run.net_at(seed)
        run.shownChanged.emit()
    assert changes == [] and model.live_pending()
    qtbot.waitUntil(lambda: not model.live_pending())
    np.testing.assert_array_equal(model.outputs(), run.shown_outputs())  # the newest
    run.network = run.net_at(9)
    run.shownChanged.emit()
    assert model.live_pending()
    run.running = False  # the run ends: its last outputs are shown at once
    run.shownChanged.emit()
    assert not model.live_pending()
    np.testing.assert_array_equal(model.outputs(), run.shown_outputs())


def test_the_decision_map_draws_one_map_of_the_newest_weights_while_training(qtbot):
    view = DecisionMapView()
    qtbot.addWidget(view)
    view.resize(520, 720)
    view.show()
    qtbot.waitExposed(view)
    run = OutputsRun()
    view.listen_to(run)
    qtbot.waitUntil(lambda: view.current_map() is not None)
    run.running = True
    maps = []
    view.mapUpdated.connect(lambda: maps.append(view.current_map()))
    for seed in range(1, 6):
        run.network = run.net_at(seed)
        run.shownChanged.emit()
    qtbot.waitUntil(lambda: len(maps) == 1)
    m = maps[0]
    np.testing.assert_array_equal(m.outputs[0].ravel(), run.network.predict(m.inputs)[:, 0])
    run.running = False
    run.network = run.net_at(9)  # the run's last weights: the next map shows them
    run.shownChanged.emit()
    qtbot.waitUntil(lambda: len(maps) == 2)
    np.testing.assert_array_equal(maps[1].outputs[0].ravel(), run.network.predict(maps[1].inputs)[:, 0])


def test_the_window_shows_a_runs_last_snapshot_everywhere(qtbot, window):
    window.resize(1280, 800)
    window.load_preset("xor")
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train()
    run, plot = window.run, window.error_plot
    np.testing.assert_array_equal(plot.current_data()[0], run.curve[0])
    assert not plot.live_pending() and not window.predictions_model.live_pending()
    np.testing.assert_array_equal(window.predictions_model.outputs(), run.outputs)
    assert legend_labels(plot)[-1].endswith("3k iterations")
    x0, x1 = plot.view_range()[0]
    assert x0 <= 0 and run.iteration <= x1 < 1.05 * run.iteration
