"""The network diagram following a Run (network_follow.py): while a run trains it shows the newest weights at a
lower rate than the snapshots come, in a turn of its own, and a run's last weights at once when it stops."""

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from playground.core.data.presets import get_preset
from playground.core.nn.network import Network
from playground.ui.views.network_follow import LIVE_HZ
from playground.ui.views.network_view import NetworkView


class DiagramRun(QObject):
    """The part of ui.run.Run the diagram listens to, driven by the test."""

    reset = Signal()
    shownChanged = Signal()
    rowChanged = Signal(int)

    def __init__(self):
        super().__init__()
        p = get_preset("notebook")
        self.dataset, self.settings, self.running, self.row = p.dataset(), p.settings, False, 0
        self.network = self.net_at(0)

    def net_at(self, seed):
        s = self.settings.with_(seed=seed + 1)
        return Network.from_settings(s, len(self.dataset.input_columns), len(self.dataset.target_columns))

    def shown_network(self):
        return self.network


def drawn_alone(qtbot, run):
    """The pens and fills a diagram shows for the run's network, drawn at once (nothing streaming)."""
    fresh = NetworkView()
    qtbot.addWidget(fresh)
    fresh.listen_to(run)
    running, run.running = run.running, False
    run.reset.emit()
    run.shownChanged.emit()
    run.running = running
    return fresh.edge_pens(), [b.color().name() for b in fresh.node_brushes()]


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(500, 360)
    return widget


def test_a_training_runs_weights_are_drawn_at_a_lower_rate_the_newest_in_a_turn_of_its_own(view, qtbot):
    assert 5 <= LIVE_HZ < 30  # fewer diagrams a second than snapshots, still a moving picture
    run = DiagramRun()
    view.listen_to(run)
    run.reset.emit()
    run.shownChanged.emit()
    before = view.edge_pens()
    run.running = True
    for seed in range(1, 6):  # five snapshots handled before the event loop turns again
        run.network = run.net_at(seed)
        run.shownChanged.emit()
        assert view.live_pending()
    np.testing.assert_array_equal(view.edge_pens(), before)  # nothing drawn inside the snapshots' handling
    qtbot.waitUntil(lambda: not view.live_pending())
    pens, fills = drawn_alone(qtbot, run)
    np.testing.assert_array_equal(view.edge_pens(), pens)  # the newest
    assert [b.color().name() for b in view.node_brushes()] == fills


def test_the_last_weights_of_a_run_are_drawn_at_once_when_it_stops(view, qtbot):
    run = DiagramRun()
    view.listen_to(run)
    run.reset.emit()
    run.running = True
    run.network = run.net_at(3)
    run.shownChanged.emit()
    assert view.live_pending()
    run.running = False  # the run ends: its last weights are drawn now, not on the timer
    run.network = run.net_at(7)
    run.shownChanged.emit()
    assert not view.live_pending()
    pens, fills = drawn_alone(qtbot, run)
    np.testing.assert_array_equal(view.edge_pens(), pens)
    assert [b.color().name() for b in view.node_brushes()] == fills


def test_the_window_shows_a_runs_last_weights_and_state_in_the_views_that_follow_it_slower(qtbot, window):
    window.resize(1280, 800)
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train()
    run = window.run
    assert not window.network_view.live_pending()
    net = run.shown_network()
    fresh = NetworkView()
    qtbot.addWidget(fresh)
    fresh.set_structure(net.sizes, run.dataset.input_names, run.dataset.target_names, net.has_bias)
    fresh.set_weights(net.weights, net.biases)
    np.testing.assert_array_equal(window.network_view.edge_pens(), fresh.edge_pens())
    # the status sentence, the bar and the History label also follow snapshots at a lower rate: the last is shown
    assert window.status_label.text().startswith(f"Done at iteration {run.iteration:,}")
    assert window.progress.value() == window.progress.maximum()
    assert window.classroom.scrubber.label.text() == f"iteration {run.iteration:,} (latest)"
