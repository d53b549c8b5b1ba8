"""Branches are bit-exact: a run continued from a checkpoint with unchanged settings gives the very same numbers
(==, not allclose) as the run that never stopped there: final weights, optimiser state and every Error: line.

Three runs the issue names: the notebook preset (its fast loop), Adam with mini-batches (batch order and Adam's
bias correction depend on the iteration alone) and a table with held-out rows (the test rows' error)."""

import numpy as np
import pytest

from playground.core.data.presets import DEFAULT_PRESET, get_preset
from playground.core.training.run_record import Checkpoint, Series, from_trained, to_trained, trainer_from

CASES = {
    "notebook": (DEFAULT_PRESET, {"iterations": 30000}),  # three Error: lines, at 0, 10,000 and 20,000
    "adam-mini-batches": ("mini-batches", {"optimizer": "adam", "learning_rate": 0.01}),
    "held-out-momentum": ("overfitting", {"optimizer": "momentum", "learning_rate": 0.05, "iterations": 8000}),
}


def experiment(case):
    name, changes = CASES[case]
    p = get_preset(name)
    settings = p.settings.with_(**changes)
    return p.dataset(), settings


def assert_same_state(a: Checkpoint, b: Checkpoint):
    assert a.iteration == b.iteration
    for x, y in zip(a.weights + (a.biases or ()), b.weights + (b.biases or ())):
        assert x.tobytes() == y.tobytes()
    assert (a.optimizer or {}).keys() == (b.optimizer or {}).keys()
    for slot in a.optimizer or {}:
        assert all(x.tobytes() == y.tobytes() for x, y in zip(a.optimizer[slot], b.optimizer[slot]))
    assert a == b


def lines_from(series: Series, k: int):
    s = series.since(k)
    return s.iterations.tolist(), s.errors.tobytes(), s.losses.tobytes(), s.tests.tobytes()


@pytest.mark.parametrize("case", list(CASES))
def test_a_branch_from_a_timeline_checkpoint_goes_on_exactly_as_the_unbranched_run(case):
    dataset, settings = experiment(case)
    n = settings.iterations
    straight = trainer_from(dataset, settings, None, keep_timeline=True)
    straight.run(n)
    end = Checkpoint.from_network(straight.network)
    logged = Series.of_history(straight.history, logged=True)
    assert len(logged) >= 3
    # a History entry in the first half, not on an Error: line
    kept = [Checkpoint.from_snapshot(s) for s in straight.timeline if 0 < s.iteration < n // 2]
    at = next(c for c in reversed(kept) if c.iteration % settings.log_every)
    if settings.optimizer != "gd":
        assert at.optimizer  # the timeline kept the optimiser's state: without it the branch would drift
    branch = trainer_from(dataset, settings, at, keep_timeline=True)
    assert branch.iteration == at.iteration
    branch.run(n)
    assert_same_state(Checkpoint.from_network(branch.network), end)
    assert lines_from(Series.of_history(branch.history, logged=True), at.iteration) == lines_from(logged, at.iteration)
    # every curve point the branch recorded equals the unbranched run's at the same iteration
    mine, theirs = Series.of_history(branch.history), Series.of_history(straight.history)
    common = np.intersect1d(mine.iterations, theirs.iterations)
    assert len(common) > 2
    pick = lambda s: s.errors[np.searchsorted(s.iterations, common)]  # noqa: E731
    assert pick(mine).tobytes() == pick(theirs).tobytes()


@pytest.mark.parametrize("case", list(CASES))
def test_a_run_stopped_at_k_and_continued_from_its_end_state_is_the_unbranched_run(case):
    dataset, settings = experiment(case)
    n, k = settings.iterations, settings.iterations // 3 + 7
    straight = trainer_from(dataset, settings, None)
    straight.run(n)
    first = trainer_from(dataset, settings, None)
    first.run(k)
    at = Checkpoint.from_network(first.network)
    # through the documents' Trained, as the helper's Job takes a start, and back
    trained = to_trained(at, Series.of_history(first.history), Series.of_history(first.history, logged=True))
    at_again, curve, logged = from_trained(trained)
    assert_same_state(at_again, at)
    rest = trainer_from(dataset, settings, at_again, curve, logged)
    rest.run(n)
    assert_same_state(Checkpoint.from_network(rest.network), Checkpoint.from_network(straight.network))
    # the restored history goes on: every Error: line of the whole run, the same bits
    assert lines_from(Series.of_history(rest.history, logged=True), 0) == \
        lines_from(Series.of_history(straight.history, logged=True), 0)


def test_a_branch_with_another_learning_rate_does_differ():
    """The comparison above can fail: a changed setting gives other numbers from the branch point on."""
    dataset, settings = experiment("adam-mini-batches")
    straight = trainer_from(dataset, settings, None)
    straight.run(3000)
    first = trainer_from(dataset, settings, None)
    first.run(1000)
    other = trainer_from(dataset, settings.with_(learning_rate=0.02), Checkpoint.from_network(first.network))
    other.run(3000)
    assert Checkpoint.from_network(other.network) != Checkpoint.from_network(straight.network)
