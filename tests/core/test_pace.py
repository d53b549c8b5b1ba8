"""Slow motion: a paced run reports every iteration, changes speed mid-run, stops at once, same numbers."""

import numpy as np

from playground.core.nn.network import Network
from playground.core.training.training import DONE, STOPPED, Trainer
from tests.core.test_network import X_NB, Y_NB


def notebook_trainer():
    return Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB)


def test_a_slow_run_reports_every_single_iteration():
    # slower than one iteration per progress interval: each iteration is its own report
    t = notebook_trainer()
    seen = []
    result = t.run(12, on_progress=lambda tr: seen.append(tr.iteration), max_rate=400, progress_interval=1 / 1000)
    assert result.status == DONE and t.iteration == 12
    assert seen[:12] == list(range(1, 13))


def test_pacing_gives_the_same_weights_as_full_speed():
    fast, slow = notebook_trainer(), notebook_trainer()
    fast.run(300)
    slow.run(300, max_rate=20000)
    assert all(np.array_equal(a, b) for a, b in zip(fast.network.weights, slow.network.weights))
    assert np.array_equal(fast.history.curve[1], slow.history.curve[1])


def test_the_speed_can_change_during_a_run():
    t = notebook_trainer()
    seen = []

    def rate():  # slow for the first few iterations, then full speed
        return 300.0 if t.iteration < 5 else None

    result = t.run(50000, on_progress=lambda tr: seen.append(tr.iteration), max_rate=rate,
                   progress_interval=1 / 1000)
    assert result.status == DONE and seen[:5] == [1, 2, 3, 4, 5]
    whole = notebook_trainer()
    whole.run(50000)
    assert all(np.array_equal(a, b) for a, b in zip(whole.network.weights, t.network.weights))


def test_stop_is_answered_while_waiting_for_the_next_slow_iteration():
    t = notebook_trainer()
    seen = []
    # one iteration every 1000 s: after the first, the loop waits; Stop must end the wait
    result = t.run(10, on_progress=lambda tr: seen.append(tr.iteration), should_stop=lambda: len(seen) >= 1,
                   max_rate=0.001)
    assert result.status == STOPPED and t.iteration == 1


def test_zero_negative_or_infinite_rates_mean_full_speed():
    for rate in (0, -1, float("inf"), float("nan"), None):
        t = notebook_trainer()
        assert t.run(2000, max_rate=rate).status == DONE and t.iteration == 2000
