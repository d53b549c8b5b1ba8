"""The training loop: history, chunks, resume, cancel, divergence, plateau hint."""

import numpy as np
import pytest

from playground.core.training.history import ErrorHistory
from playground.core.nn.network import Network
from playground.core.training.training import DIVERGED, DONE, STOPPED, TARGET_REACHED, Trainer, plateau_hint
from tests.core.test_network import NOTEBOOK_ERRORS, X_NB, Y_NB

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=float)


def notebook_trainer(**kw):
    return Trainer(Network([3, 4, 1], seed=1, **kw), X_NB, Y_NB, log_every=10000)


def test_run_logs_the_notebook_errors():
    t = notebook_trainer()
    assert t.run(60000).status == DONE
    its, errs = t.history.logged
    assert its.tolist() == [0, 10000, 20000, 30000, 40000, 50000]
    assert errs.tolist() == pytest.approx(NOTEBOOK_ERRORS, abs=1e-12)


def test_history_curve_is_downsampled_and_contains_true_errors():
    t = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB, log_every=10000, history_capacity=64)
    t.run(5000)
    its, errs = t.history.curve
    assert len(its) <= 64 and its[0] == 0 and np.all(np.diff(its) == t.history.stride)
    # every recorded point is the error of that iteration's forward pass
    replay = Network([3, 4, 1], seed=1)
    wanted = set(its.tolist())
    with np.errstate(over="ignore"):
        for i in range(int(its[-1]) + 1):
            e = replay.step(X_NB, Y_NB, i in wanted)
            if e is not None:
                assert e == errs[its.tolist().index(i)]


def test_history_memory_is_bounded_for_a_billion_iterations():
    h = ErrorHistory(log_every=10**7, capacity=4096)
    i, calls = 0, 0
    while i < 10**9:
        i = h.next_wanted(i)
        if i >= 10**9:
            break
        h.add(i, 1.0 / (i + 1))
        i += 1
        calls += 1
    its, _ = h.curve
    assert len(its) <= 4096 and its[-1] > 0.99e9 * 0.99
    assert h.n_logged == 100
    assert calls < 200_000  # the error is computed at only a tiny fraction of iterations
    assert h._it.nbytes + h._err.nbytes + h._log_it.nbytes + h._log_err.nbytes < 1_000_000


def test_resuming_in_pieces_equals_one_run():
    whole = notebook_trainer()
    whole.run(7000)
    pieces = notebook_trainer()
    for until in (1, 2, 500, 3333, 7000):
        pieces.run(until)
    assert all(np.array_equal(a, b) for a, b in zip(whole.network.weights, pieces.network.weights))
    assert np.array_equal(whole.history.curve[1], pieces.history.curve[1])


def test_running_to_the_next_iteration_advances_exactly_one():
    t = notebook_trainer()
    t.run(10)
    t.run(t.iteration + 1)
    assert t.iteration == 11


def test_progress_is_throttled_and_stop_is_honoured():
    t = notebook_trainer()
    calls = []

    def on_progress(tr):
        calls.append(tr.iteration)

    stop_after = {"n": 0}

    def should_stop():
        stop_after["n"] += 1
        return len(calls) >= 2

    result = t.run(10**9, on_progress=on_progress, should_stop=should_stop, progress_interval=0.01)
    assert result.status == STOPPED and 0 < result.iteration < 10**9
    assert calls[-1] == result.iteration
    assert stop_after["n"] > len(calls)  # checked between chunks, not only at reports


def test_target_error_stops_early():
    t = notebook_trainer()
    result = t.run(60000, target_error=0.01)
    assert result.status == TARGET_REACHED and result.iteration < 60000
    assert t.history.last()[1] <= 0.01


def test_divergence_keeps_the_last_finite_weights_and_names_the_iteration():
    net = Network([2, 3, 1], activation="relu", seed=0, learning_rate=1.0)
    net.weights[0][:] = 1e308  # row (1, 1) sums to inf; relu passes it on
    net.weights[1][:] = [[1.0], [-1.0], [1.0]]  # inf - inf = nan at the output
    t = Trainer(net, XOR_X, XOR_Y, log_every=1)
    result = t.run(100)
    assert result.status == DIVERGED
    assert f"iteration {result.iteration:,}" in result.message and "learning rate" in result.message
    assert t.network.is_finite()
    assert t.iteration == result.iteration
    assert np.all(np.isfinite(t.history.logged[1]))
    # replaying from the kept weights diverges on the very next step
    with np.errstate(all="ignore"):
        t.network.step(XOR_X, XOR_Y)
    assert not t.network.is_finite()


def test_plateau_hint_for_a_too_large_learning_rate():
    stuck = Trainer(Network([2, 4, 1], activation="tanh", bias=True, seed=1, learning_rate=1000.0),
                    XOR_X, XOR_Y, log_every=1000)
    stuck.run(5000)
    assert "learning rate" in plateau_hint(stuck)
    fine = Trainer(Network([2, 4, 1], bias=True, seed=1), XOR_X, XOR_Y, log_every=1000)
    fine.run(5000)
    assert plateau_hint(fine) is None


def test_a_caller_that_reports_the_end_itself_is_not_called_again_at_the_end():
    for report_end, expected in ((True, [500]), (False, [])):
        t = notebook_trainer()
        calls = []
        result = t.run(500, on_progress=lambda tr: calls.append(tr.iteration), progress_interval=3600,
                       report_end=report_end)
        assert result.iteration == 500 and calls == expected
