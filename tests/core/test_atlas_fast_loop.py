"""The atlas's fast loop (bias sums as row adds, the first bias folded into its products) is NetworkStack.steps bit for bit, on tables of 2 to 20 rows."""

import numpy as np
import pytest

from playground.core.atlas.fast_loop import FastLoop
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.nn.rules import Rule
from playground.core.nn.stack import NetworkStack


@pytest.mark.parametrize("rows, sizes, activation", [
    (4, [2, 3, 1], "sigmoid"), (7, [2, 3, 1], "tanh"), (8, [2, 3, 1], "sigmoid"), (4, [3, 8, 2], "tanh"), (8, [3, 4, 3, 1], "relu"), (16, [4, 1, 5], "sigmoid"),
    (20, [2, 6, 2], "tanh"), (2, [1, 2, 1], "sigmoid"),
])
def test_the_fast_loop_is_the_stacks_own_loop_bit_for_bit(rows, sizes, activation):
    rng = np.random.default_rng(rows)
    X = rng.standard_normal((rows, sizes[0]))
    Y = (rng.random((rows, sizes[-1])) > 0.5).astype(float)
    rates = np.logspace(-2, 1.5, 12)
    ours = NetworkStack(sizes, range(12), activation=activation, bias=True, learning_rates=rates)
    theirs = NetworkStack(sizes, range(12), activation=activation, bias=True, learning_rates=rates)
    assert FastLoop.fits(ours, X, Y)
    fast = FastLoop(ours, X, Y)
    assert (fast.folded is not None) == (sizes[0] >= 2 and sizes[1] >= 2)  # the first layer's bias folded in
    with np.errstate(all="ignore"):
        for n in (1, 7, 40):
            got, want = fast.steps(n, True), theirs.steps(X, Y, n, True)
            assert np.array_equal(got, want, equal_nan=True)
    for a, b in zip(ours.weights + ours.biases, theirs.weights + theirs.biases):
        assert np.array_equal(a, b, equal_nan=True)
    assert ours.t == theirs.t == 48


def test_own_rows_or_another_rule_do_not_fit():
    stack = NetworkStack([2, 3, 1], range(2), bias=True)
    assert not FastLoop.fits(stack, np.zeros((2, 4, 2)), np.zeros((2, 4, 1)))
    adam = NetworkStack([2, 3, 1], range(2), bias=True, rule=Rule(optimizer=OptimizerSpec("adam")))
    assert not FastLoop.fits(adam, np.zeros((4, 2)), np.zeros((4, 1)))
