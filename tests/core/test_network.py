"""The engine's numerics: the notebook's numbers, the contract's formulas, finite-difference gradients."""

import numpy as np
import pytest

from playground.core.nn.network import Network, initial_weights

X_NB = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
Y_NB = np.array([[0, 0, 1, 1]], dtype=float).T
NOTEBOOK_ERRORS = [0.4685343254580603, 0.005002426725395313, 0.00345440546153305,
                   0.002786557019672355, 0.0023941155055209216, 0.0021288852682254146]
NOTEBOOK_CELL1_OUTPUT = [0.00966449, 0.00786506, 0.99358898, 0.99211957]


def notebook_loop(X, y, iterations, log_every):
    """The notebook's second cell, verbatim apart from collecting instead of printing."""
    def nonlin(x, deriv=False):
        if deriv:
            return x * (1 - x)
        return 1 / (1 + np.exp(-x))

    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    errors = []
    for j in range(iterations):
        l0 = X
        l1 = nonlin(np.dot(l0, syn0))
        l2 = nonlin(np.dot(l1, syn1))
        l2_error = y - l2
        if (j % log_every) == 0:
            errors.append(np.mean(np.abs(l2_error)))
        l2_delta = l2_error * nonlin(l2, deriv=True)
        l1_error = l2_delta.dot(syn1.T)
        l1_delta = l1_error * nonlin(l1, deriv=True)
        syn1 += l1.T.dot(l2_delta)
        syn0 += l0.T.dot(l1_delta)
    return errors, [syn0, syn1]


def train(net, X, Y, n, log_every=None):
    errors = []
    with np.errstate(over="ignore"):
        for i in range(n):
            e = net.step(X, Y, log_every is not None and i % log_every == 0)
            if e is not None:
                errors.append(e)
    return errors


def test_initial_weights_are_the_notebooks_draws():
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    w = initial_weights([3, 4, 1], seed=1)
    assert np.array_equal(w[0], syn0) and np.array_equal(w[1], syn1)


def test_bias_draws_nothing_from_the_rng():
    a, b = Network([3, 4, 1], bias=False, seed=7), Network([3, 4, 1], bias=True, seed=7)
    assert all(np.array_equal(x, y) for x, y in zip(a.weights, b.weights))
    assert all(np.all(bb == 0) for bb in b.biases)


def test_second_cell_errors_match_the_notebook():
    net = Network([3, 4, 1], seed=1)
    errors = train(net, X_NB, Y_NB, 60000, log_every=10000)
    assert errors == pytest.approx(NOTEBOOK_ERRORS, abs=1e-12)


def test_step_equals_the_notebook_loop_bit_for_bit_on_this_machine():
    errors, (syn0, syn1) = notebook_loop(X_NB, Y_NB, 3000, 500)
    net = Network([3, 4, 1], seed=1)
    ours = train(net, X_NB, Y_NB, 3000, log_every=500)
    assert ours == errors
    assert np.array_equal(net.weights[0], syn0) and np.array_equal(net.weights[1], syn1)


def test_first_cell_outputs_match_to_1e6():
    net = Network([3, 1], seed=1)
    train(net, X_NB, Y_NB, 10000)
    np.testing.assert_allclose(net.predict(X_NB).ravel(), NOTEBOOK_CELL1_OUTPUT, atol=1e-6)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize("hidden", [(), (5,), (4, 3)])
def test_fast_step_equals_readable_steps(activation, bias, hidden):
    rng = np.random.RandomState(0)
    X, Y = rng.normal(size=(6, 3)), rng.uniform(size=(6, 2))
    fast = Network([3, *hidden, 2], activation=activation, bias=bias, seed=3, learning_rate=0.3)
    slow = Network([3, *hidden, 2], activation=activation, bias=bias, seed=3, learning_rate=0.3)
    for _ in range(20):
        a = slow.forward(X)
        E, deltas = slow.backward(a, Y)
        dW, db = slow.updates(a, deltas)
        expected_error = np.mean(np.abs(E))
        for w, d in zip(slow.weights, dW):
            w += d
        if bias:
            for b, d in zip(slow.biases, db):
                b += d
        assert fast.step(X, Y, True) == pytest.approx(expected_error, abs=1e-15)
    for w1, w2 in zip(fast.weights, slow.weights):
        np.testing.assert_allclose(w1, w2, rtol=0, atol=1e-12)


def _loss(net, X, Y):
    return 0.5 * np.sum((Y - net.predict(X)) ** 2)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize("hidden", [(), (5,), (4, 3)])
def test_backprop_matches_central_finite_differences(activation, bias, hidden):
    """The update is lr times the negative gradient of 0.5 * sum(E**2)."""
    rng = np.random.RandomState(42)
    X, Y = rng.normal(size=(7, 3)), rng.uniform(size=(7, 2))
    net = Network([3, *hidden, 2], activation=activation, bias=bias, seed=5, learning_rate=1.0)
    if bias:  # non-zero biases so their gradients are exercised away from the start
        for b in net.biases:
            b[:] = rng.normal(scale=0.5, size=b.shape)
    a = net.forward(X)
    _, deltas = net.backward(a, Y)
    dW, db = net.updates(a, deltas)
    params = net.weights + (net.biases or [])
    analytic = dW + (db or [])
    eps = 1e-6
    for p, g in zip(params, analytic):
        numeric = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            up = _loss(net, X, Y)
            p[idx] = old - eps
            down = _loss(net, X, Y)
            p[idx] = old
            numeric[idx] = -(up - down) / (2 * eps)  # negative gradient
        rel = np.linalg.norm(numeric - g) / max(np.linalg.norm(numeric) + np.linalg.norm(g), 1e-12)
        assert rel < 1e-6, (activation, bias, hidden, rel)


def test_no_overflow_warning_for_large_inputs():
    net = Network([2, 3, 1], seed=0)
    X = np.array([[1e6, -1e6], [-1e6, 1e6]])
    out = net.predict(X)  # filterwarnings=error makes any RuntimeWarning fail
    assert np.all(np.isfinite(out)) and np.all((out >= 0) & (out <= 1))


def test_set_state_checks_shapes():
    net = Network([3, 4, 1])
    with pytest.raises(ValueError, match="do not fit"):
        net.set_state([np.zeros((3, 4))], None)
    state = net.get_state()
    net.weights[0][0, 0] = 99.0
    net.set_state(state["weights"], state["biases"])
    assert net.weights[0][0, 0] != 99.0


def test_step_after_set_state_uses_the_new_weights():
    a, b = Network([3, 4, 1], seed=1), Network([3, 4, 1], seed=2)
    a.step(X_NB, Y_NB)
    a.set_state(b.weights, None)
    a.step(X_NB, Y_NB)
    b.step(X_NB, Y_NB)
    assert all(np.array_equal(x, y) for x, y in zip(a.weights, b.weights))
