"""The atlas's labels: every label has a constructed run that must get it and one that must not.

The runs are single networks trained here step by step (some with their start changed: large start
weights, a negative bias), their labels computed from what the run recorded, as the atlas does; the
grid cases go through the atlas's own engine."""

import numpy as np
import pytest

from playground.core.atlas import labels
from playground.core.atlas.labels import whole_percentages
from playground.core.atlas.compute import compute
from playground.core.atlas.grid import Axis, Grid
from playground.core.data.presets import get_preset
from playground.core.nn.network import Network
from playground.core.nn.rules import Rule

XOR = get_preset("xor")


def run_labels(iterations=2000, *, hidden=(3,), activation="sigmoid", lr=1.0, seed=1, scale=1.0, bias_start=None,
               output="sigmoid", loss="notebook", target=0.05, zero=False):
    """Train one network on XOR (bias on), recording its error every iteration; its labels."""
    X, Y = XOR.dataset().X, XOR.dataset().Y
    rule = Rule(output=output, loss=loss)
    net = Network([2, *hidden, 1], activation=activation, bias=True, seed=seed, learning_rate=lr, rule=rule)
    weights = [w * (0.0 if zero else scale) for w in net.weights]
    biases = [b.copy() for b in net.biases]
    if bias_start is not None:
        for b in biases[:-1]:
            b[...] = bias_start
    net.set_state(weights, biases)
    errors, nonfinite = [], False
    with np.errstate(all="ignore"):
        for _ in range(iterations):
            before = net.get_state()
            errors.append(net.step(X, Y, True))
            if not net.is_finite():  # as train: stop, keep the last finite weights
                net.set_state(before["weights"], before["biases"])
                nonfinite = True
                errors[-1] = np.nan
                break
        final = float(np.mean(np.abs(Y - net.predict(X))))
    errors += [np.nan] * (iterations - len(errors))
    errors = np.array(errors)
    every = max(1, iterations // 1000)
    facts = labels.RunFacts(errors[::every][None], errors[-labels.TAIL:][None], np.array([final]),
                            np.array([nonfinite]), target_error=target,
                            **labels.facts_of([w[None] for w in net.weights], [b[None] for b in net.biases],
                                              activation, rule, X, Y))
    return labels.labels_of(facts)[0]


def test_a_huge_learning_rate_on_a_linear_output_diverges_and_a_small_one_does_not():
    assert "diverged" in run_labels(200, activation="tanh", lr=100.0, output="linear", loss="squared")
    calm = run_labels(200, activation="tanh", lr=0.05, output="linear", loss="squared")
    assert "diverged" not in calm


def test_converged_needs_the_target():
    assert labels.main_label(run_labels(2000, lr=1.0)) == "converged"
    assert "converged" not in run_labels(2000, lr=1.0, target=1e-6)


def test_relu_units_with_a_negative_bias_start_are_dead_and_with_a_positive_one_are_not():
    dead = run_labels(300, hidden=(8,), activation="relu", lr=0.5, bias_start=-5.0)
    assert labels.main_label(dead) == "dead_relu"
    assert "dead_relu" not in run_labels(300, hidden=(8,), activation="relu", lr=0.5, bias_start=3.0)


def test_sigmoid_units_with_large_start_weights_are_saturated_and_with_the_usual_start_are_not():
    assert "saturated" in run_labels(200, hidden=(8,), scale=100.0, lr=0.1)
    assert "saturated" not in run_labels(200, hidden=(8,), lr=0.1)


def test_a_symmetric_start_sits_on_a_plateau_and_a_learning_run_does_not():
    # all weights 0: every hidden unit is the same and XOR's gradient is exactly 0
    assert labels.main_label(run_labels(2000, zero=True)) == "plateau"
    assert "plateau" not in run_labels(2000, lr=1.0)


def test_a_small_learning_rate_is_too_slow_and_a_good_one_is_not():
    assert labels.main_label(run_labels(2000, lr=0.1)) == "too_slow"
    assert "too_slow" not in run_labels(2000, lr=1.0)


def test_tanh_at_a_large_rate_oscillates_and_at_a_small_one_does_not():
    assert "oscillating" in run_labels(2000, activation="tanh", lr=10.0)
    assert "oscillating" not in run_labels(2000, activation="tanh", lr=0.1)


def test_every_cell_of_a_grid_gets_at_least_one_label_and_its_main_label_by_priority():
    grid = Grid(XOR.dataset(), XOR.settings, [Axis("learning_rate", (0.01, 1.0, 100.0)),
                                               Axis("activation", ("sigmoid", "tanh", "relu"))], iterations=600)
    records = compute(grid, workers=1)
    assert len(records) == 9
    for r in records:
        assert r.labels and set(r.labels) <= set(labels.LABELS)
        assert r.main_label == min(r.labels, key=labels.LABELS.index)


@pytest.mark.parametrize("given, main", [(("saturated", "converged"), "converged"),
                                         (("plateau", "dead_relu"), "dead_relu"), (("too_slow",), "too_slow")])
def test_main_label_priority(given, main):
    assert labels.main_label(given) == main


@pytest.mark.parametrize("counts", [[1, 1, 1], [2, 1], [5, 5, 1, 0], [1], [999, 1], [7, 0, 0], [1] * 7, [3, 3, 3, 3, 3, 3]])
def test_whole_percentages_sum_to_100_and_are_each_within_one_of_the_exact_share(counts):
    shares = whole_percentages(counts)
    assert sum(shares) == 100
    total = sum(counts)
    assert all(abs(s - 100 * c / total) < 1 for s, c in zip(shares, counts))
    assert [s for s, c in zip(shares, counts) if c == 0] == [0] * counts.count(0)


def test_whole_percentages_of_nothing_are_zeros():
    assert whole_percentages([0, 0]) == [0, 0] and whole_percentages([]) == []
