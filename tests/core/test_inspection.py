"""The backprop inspector's quantities: the notebook's names and lines, the engine's values."""

import numpy as np
import pytest

from playground.core.explain.inspection import BACKWARD, ERROR, FORWARD, UPDATE, trace_iteration
from playground.core.nn.network import Network
from playground.core.training.training import Trainer
from tests.core.test_network import NOTEBOOK_ERRORS, X_NB, Y_NB

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=float)


def notebook_iteration(syn0, syn1, X, y):
    """One pass of the notebook's loop body, verbatim, returning its local variables."""
    def nonlin(x, deriv=False):
        if deriv:
            return x * (1 - x)
        return 1 / (1 + np.exp(-x))

    l0 = X
    l1 = nonlin(np.dot(l0, syn0))
    l2 = nonlin(np.dot(l1, syn1))
    l2_error = y - l2
    l2_delta = l2_error * nonlin(l2, deriv=True)
    l1_error = l2_delta.dot(syn1.T)
    l1_delta = l1_error * nonlin(l1, deriv=True)
    return dict(l0=l0, l1=l1, l2=l2, l2_error=l2_error, l2_delta=l2_delta, l1_error=l1_error,
                l1_delta=l1_delta, syn1_update=l1.T.dot(l2_delta), syn0_update=l0.T.dot(l1_delta))


def test_the_notebook_names_order_and_lines():
    trace = trace_iteration(Network([3, 4, 1], seed=1), X_NB, Y_NB)
    assert trace.names() == ["l0", "syn0", "l1", "syn1", "l2", "y", "l2_error", "l2_delta", "l1_error", "l1_delta",
                             "syn1 update", "syn0 update"]
    assert trace["l1"].expression == "l1 = nonlin(np.dot(l0, syn0))"
    assert trace["l2_delta"].expression == "l2_delta = l2_error * nonlin(l2, deriv=True)"
    assert trace["l1_error"].expression == "l1_error = l2_delta.dot(syn1.T)"
    assert trace["syn0 update"].expression == "syn0 += l0.T.dot(l1_delta)"
    assert [q.name for q in trace.section(FORWARD)] == ["l0", "syn0", "l1", "syn1", "l2"]
    assert [q.name for q in trace.section(ERROR)] == ["y", "l2_error"]
    assert [q.name for q in trace.section(BACKWARD)] == ["l2_delta", "l1_error", "l1_delta"]
    assert [q.name for q in trace.section(UPDATE)] == ["syn1 update", "syn0 update"]
    assert trace["l1"].per_example and not trace["syn0"].per_example
    assert trace["l1"].row_names == ("1", "2", "3", "4") and trace["l1"].column_names == ("h1.1", "h1.2", "h1.3",
                                                                                          "h1.4")
    assert trace.error == NOTEBOOK_ERRORS[0]  # iteration 0's Error: line


@pytest.mark.parametrize("iterations", [0, 1, 137, 10000])
def test_values_equal_the_notebooks_loop_bit_for_bit(iterations):
    trainer = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB)
    trainer.run(iterations)
    syn0, syn1 = (w.copy() for w in trainer.network.weights)
    trace = trace_iteration(trainer.network, X_NB, Y_NB)
    expected = notebook_iteration(syn0, syn1, X_NB, Y_NB)
    for name, value in expected.items():
        np.testing.assert_array_equal(trace[name.replace("_update", " update")].value, value, err_msg=name)
    np.testing.assert_array_equal(trace["syn0"].value, syn0)
    # nothing was changed, and applying the updates is exactly the next step
    assert np.array_equal(trainer.network.weights[0], syn0)
    trainer.run(trainer.iteration + 1)
    np.testing.assert_array_equal(trainer.network.weights[0], syn0 + trace["syn0 update"].value)
    np.testing.assert_array_equal(trainer.network.weights[1], syn1 + trace["syn1 update"].value)


@pytest.mark.parametrize("hidden,activation,bias,lr", [((), "sigmoid", False, 1.0), ((3, 2), "tanh", True, 0.5),
                                                        ((4,), "relu", True, 2.0), ((2, 2, 2), "sigmoid", False, 1.0)])
def test_values_equal_forward_backward_updates_for_any_shape(hidden, activation, bias, lr):
    net = Network([2, *hidden, 1], activation=activation, bias=bias, seed=3, learning_rate=lr)
    trace = trace_iteration(net, XOR_X, XOR_Y, ["a", "b"], ["xor"])
    a = net.forward(XOR_X)
    E, deltas = net.backward(a, XOR_Y)
    dW, db = net.updates(a, deltas)
    L = net.n_layers
    for k in range(L + 1):
        np.testing.assert_array_equal(trace[f"l{k}"].value, a[k])
    for k in range(L):
        np.testing.assert_array_equal(trace[f"l{k + 1}_delta"].value, deltas[k])
        weights, update = trace[f"syn{k}"].value, trace[f"syn{k} update"].value
        if bias:
            np.testing.assert_array_equal(weights, np.vstack([net.weights[k], net.biases[k]]))
            np.testing.assert_array_equal(update, np.vstack([dW[k], db[k]]))
            assert trace[f"syn{k}"].bias_row and trace[f"syn{k}"].row_names[-1] == f"bias b{k + 1}"
            assert f"b{k + 1} +=" in trace[f"syn{k} update"].expression
        else:
            np.testing.assert_array_equal(weights, net.weights[k])
            np.testing.assert_array_equal(update, dW[k])
    np.testing.assert_array_equal(trace[f"l{L}_error"].value, E)
    for k in range(1, L):
        np.testing.assert_allclose(trace[f"l{k}_error"].value, deltas[k] @ net.weights[k].T, rtol=0, atol=0)
    names = trace.names()
    assert names[:2] == ["l0", "syn0"] and names[-1] == "syn0 update"
    assert trace["l0"].column_names == ("a", "b") and trace[f"l{L}"].column_names == ("xor",)
    if lr != 1.0:
        assert f"{lr:g} * l0.T.dot(l1_delta)" in trace["syn0 update"].expression
    if hidden and activation == "tanh":
        assert trace["l1"].expression.startswith("l1 = np.tanh(np.dot(l0, syn0) + b1)")
        assert trace["l1_delta"].expression == "l1_delta = l1_error * (1 - l1**2)"
    assert trace[f"l{L}"].expression.startswith(f"l{L} = nonlin(")  # the output is always a sigmoid


def test_no_hidden_layer_is_the_notebooks_first_cell():
    trace = trace_iteration(Network([3, 1], seed=1), X_NB, Y_NB)
    assert trace.names() == ["l0", "syn0", "l1", "y", "l1_error", "l1_delta", "syn0 update"]
    assert trace["l1_error"].expression == "l1_error = y - l1"
    assert trace["syn0 update"].expression == "syn0 += l0.T.dot(l1_delta)"


def test_the_trace_follows_the_rule_and_its_updates_are_the_engines_steps():
    """Momentum and Adam: the update rows are exactly what one training step adds; v/m/s rows are shown."""
    from playground.core.explain.inspection import iteration_rows
    from playground.core.nn.optimizers import OptimizerSpec
    from playground.core.nn.rules import Rule
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], dtype=float)
    Y = np.array([[0], [1], [1], [0], [1]], dtype=float)
    test = np.array([False, False, False, False, True])
    for name in ("momentum", "adam"):
        rule = Rule("sigmoid", "cross-entropy", 0.01, OptimizerSpec(name), batch_size=2)
        net = Network([2, 3, 1], bias=True, seed=3, learning_rate=0.5, rule=rule)
        with np.errstate(all="ignore"):
            for _ in range(3):
                net.step(X[~test], Y[~test])
        rows = iteration_rows(net, test)
        assert len(rows) == 2 and not test[rows].any()
        trace = trace_iteration(net, X[rows], Y[rows], rows=rows)
        assert trace.rows == tuple(rows) and trace.position(int(rows[1])) == 1 and trace.position(4) is None
        assert trace["l2_delta"].expression == "l2_delta = l2_error  # cross-entropy: no slope factor"
        assert ("v_syn0" in trace.names()) == (name == "momentum") and ("m_syn0" in trace.names()) == (name == "adam")
        before = [w.copy() for w in net.weights] + [b.copy() for b in net.biases]
        net.step(X[~test], Y[~test])  # the same batch: iteration t's rows
        after = net.weights + net.biases
        for k in range(2):
            change = np.vstack([after[k] - before[k], after[2 + k] - before[2 + k]])
            np.testing.assert_allclose(trace[f"syn{k} update"].value, change, rtol=0, atol=1e-15)
