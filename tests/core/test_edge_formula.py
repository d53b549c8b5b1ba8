"""Edge formulas: the substituted numbers of every weight's update, evaluated, equal the change the
engine's next step makes (1e-12), for every optimiser, activation, loss/output, L2, bias and batch."""

import itertools
import warnings

import numpy as np
import pytest

from playground.core.explain.edge_formula import (ProgramError, edge_formula, edge_quantities, evaluate_program)
from playground.core.explain.inspection import iteration_rows, trace_iteration
from playground.core.nn.network import Network
from playground.core.nn.optimizers import OptimizerSpec
from playground.core.nn.rules import Rule

RNG = np.random.RandomState(7)
X = RNG.random_sample((6, 3))
Y_ONE = (X[:, :1] + X[:, 1:2] > 1).astype(float)
Y_TWO = np.hstack([Y_ONE, 1 - Y_ONE])  # one-hot: softmax needs two classes


def edges(net):
    for k in range(net.n_layers):
        for i in range(-1 if net.has_bias else 0, net.sizes[k]):
            for j in range(net.sizes[k + 1]):
                yield k, i, j


def check_every_edge(net, X, Y, steps_before=3):
    """Train a few steps, then for every edge: the formula's program, evaluated, is the next change."""
    test_mask = np.zeros(len(X), bool)
    for _ in range(steps_before):
        with np.errstate(all="ignore"):
            net.step(X, Y)
    rows = iteration_rows(net, test_mask)
    trace = trace_iteration(net, X[rows], Y[rows], rows=rows)
    formulas = {e: edge_formula(net, trace, *e) for e in edges(net)}
    before = [w.copy() for w in net.weights], [b.copy() for b in net.biases] if net.has_bias else None
    net.step(X, Y)
    checked = 0
    for (k, i, j), f in formulas.items():
        actual = (net.biases[k][0, j] - before[1][k][0, j]) if i < 0 else (net.weights[k][i, j] - before[0][k][i, j])
        assert evaluate_program(f.program()) == pytest.approx(actual, abs=1e-12, rel=0), (k, i, j, f.program())
        assert f.change() == evaluate_program(f.program())
        for term in f.terms:  # the chain-rule factors are the engine's: error x slope is its delta, bit for bit
            assert (term.error * term.slope if term.slope is not None else term.error) == term.delta
        assert [t.row for t in f.terms] == list(rows)
        checked += 1
    assert checked == sum(a * b + (b if net.has_bias else 0) for a, b in zip(net.sizes[:-1], net.sizes[1:]))


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
@pytest.mark.parametrize("bias", [False, True])
def test_every_edge_of_a_network_with_two_hidden_layers(optimizer, bias):
    rule = Rule(optimizer=OptimizerSpec(optimizer))
    net = Network([3, 4, 3, 1], seed=2, bias=bias, learning_rate=0.5 if optimizer != "adam" else 0.05, rule=rule)
    check_every_edge(net, X, Y_ONE)


@pytest.mark.parametrize("activation, output_loss, l2, batch",
                         list(itertools.product(["sigmoid", "tanh", "relu"],
                                                [("sigmoid", "notebook"), ("sigmoid", "cross-entropy"),
                                                 ("softmax", "cross-entropy"), ("linear", "squared")],
                                                [0.0, 0.01], [None, 4])))
@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
def test_every_activation_loss_output_l2_and_batch(activation, output_loss, l2, batch, optimizer):
    output, loss = output_loss
    rule = Rule(output, loss, l2, OptimizerSpec(optimizer), batch)
    Y = Y_TWO if output == "softmax" else Y_ONE
    net = Network([3, 3, 2, Y.shape[1]], activation=activation, bias=True, seed=4, learning_rate=0.1, rule=rule)
    check_every_edge(net, X, Y)


def test_the_notebook_network_at_the_default_rule_follows_its_fast_loop():
    from tests.core.test_network import X_NB, Y_NB

    net = Network([3, 4, 1], seed=1)
    check_every_edge(net, X_NB, Y_NB, steps_before=50)


def test_the_formula_is_written_in_the_notebooks_names():
    net = Network([3, 4, 1], seed=1, rule=Rule(optimizer=OptimizerSpec("adam")))
    trace = trace_iteration(net, X[:4], Y_ONE[:4])
    f = edge_formula(net, trace, 1, 2, 0)
    assert f.name == "syn1[2, 0]" and f.matrix == "syn1" and (f.source, f.target) == ("h1.3", "y1")
    text = "\n".join(f.lines() + f.row_lines())
    assert "l1[r, 2] * l2_delta[r, 0]" in text and "l2_error[r, 0] * nonlin(l2, deriv=True)[r, 0]" in text
    assert "m_syn1[2, 0]" in text and "eps" in text
    numbers = "\n".join(f.row_lines() + f.number_lines())
    assert f"{f.terms[0].input:.4g}" in numbers and f"{f.change():.4g}" in numbers
    hidden = edge_formula(Network([3, 4, 1], seed=1, activation="tanh"), trace_iteration(
        Network([3, 4, 1], seed=1, activation="tanh"), X[:4], Y_ONE[:4]), 0, 1, 3)
    assert "l1_error[r, 3] * (1 - l1**2)[r, 3]" in "\n".join(hidden.row_lines())
    assert len(hidden.row_lines(limit=2)) == 2 * (1 + 2 + 1) + 1  # two blocks: a head, 2 rows, "… (+2)"
    assert (hidden.source, hidden.target) == ("x2", "h1.4")


def test_a_bias_formula_has_input_one_and_no_decay():
    net = Network([3, 2, 1], seed=3, bias=True, rule=Rule(l2=0.1))
    trace = trace_iteration(net, X, Y_ONE)
    f = edge_formula(net, trace, 0, -1, 1)
    assert f.name == "b1[1]" and f.matrix == "b1" and f.bias and all(t.input == 1.0 for t in f.terms)
    assert "0.1" not in f.program() and "lam" not in "\n".join(f.lines() + f.number_lines())


def test_edges_outside_the_network_are_refused():
    net = Network([3, 2, 1], seed=3)
    trace = trace_iteration(net, X, Y_ONE)
    for k, i, j in [(2, 0, 0), (0, 3, 0), (0, 0, 2), (0, -1, 0)]:
        with pytest.raises(IndexError):
            edge_formula(net, trace, k, i, j)


def test_inspector_quantities_map_to_their_edges():
    sizes = [3, 2, 1]
    assert edge_quantities("syn0 update", sizes=sizes) == [(0, i, j) for i in range(-1, 3) for j in range(2)]
    assert edge_quantities("m_syn1", sizes=sizes) == [(1, -1, 0), (1, 0, 0), (1, 1, 0)]
    assert edge_quantities("syn0", 1, 0, sizes) == [(0, 1, 0)]
    assert edge_quantities("syn0", 3, 1, sizes) == [(0, -1, 1)]  # the bias row
    assert edge_quantities("l1_delta", sizes=sizes) is None and edge_quantities("syn5", sizes=sizes) is None


@pytest.mark.parametrize("text", ["import os", "x = __import__('os')", "x = y + 1", "x = (1).real", "x = [1]",
                                  "x = 1 if 1 else 2", "x, y = 1, 2", "x = open('f')", "x = 1 +"])
def test_the_program_reader_refuses_anything_but_arithmetic(text):
    with pytest.raises(ProgramError):
        evaluate_program(text)


def test_the_program_reader_computes_in_order():
    assert evaluate_program("g = 2.0*3 + 1\nchange = sqrt(g - 3) / 2**1") == 1.0


def test_a_diverged_network_gives_nan_not_an_exception():
    net = Network([2, 2, 1], seed=1, rule=Rule(optimizer=OptimizerSpec("adam")))
    net.weights[0][:] = np.nan
    f = edge_formula(net, trace_iteration(net, X[:3, :2], Y_ONE[:3]), 0, 0, 0)
    assert np.isnan(f.change()) and "nan" in f.number_lines()[-1]
    assert np.isnan(evaluate_program("x = 1/0.0\ny = -inf*2 + x"))  # inf - inf, as the engine computes it
    assert evaluate_program("x = -1/0.0") == -np.inf and np.isnan(evaluate_program("x = 0/0.0"))


def test_a_tiny_change_still_shows_in_the_new_weight():
    from tests.core.test_network import X_NB, Y_NB

    net = Network([3, 4, 1], seed=1)
    net.steps(X_NB, Y_NB, 20000)
    f = edge_formula(net, trace_iteration(net, X_NB, Y_NB), 0, 0, 0)
    before, after = f.number_lines()[-1].split(": ")[1].split(" → ")
    assert before != after and float(after) - float(before) == pytest.approx(f.change(), rel=1e-3)


def test_a_huge_weight_beside_a_tiny_change_is_shown_not_an_exception():
    # weight / change overflows to inf (found by an attack: a bias of 1e308 with cross-entropy)
    net = Network([1, 1, 1], seed=1, bias=True, learning_rate=0.1, rule=Rule(output="sigmoid", loss="cross-entropy"))
    net.biases[1][0, 0] = 1e308
    X1, Y1 = np.array([[0.0], [1.0]]), np.array([[0.0], [1.0]])
    f = edge_formula(net, trace_iteration(net, X1, Y1), 1, -1, 0)
    last = f.number_lines()[-1]
    assert last.startswith("b2[0]: ") and "→" in last


@pytest.mark.parametrize("text", ["x = 9**9**9", "x = 10**400", "x = " + "-" * 100000 + "1",
                                  "x = " + "(" * 3000 + "1" + ")" * 3000])
@pytest.mark.timeout(60)
def test_the_program_reader_ends_at_once_with_a_number_or_its_own_error(text):
    # whole numbers are read as floats: no integer power runs for ever; depth and size give a ProgramError
    try:
        assert evaluate_program(text) == np.inf
    except ProgramError:
        pass


def test_tracing_a_diverged_network_warns_about_nothing():
    # the project's pytest turns warnings into errors: an inf error is shown as inf, quietly
    net = Network([2, 2, 1], seed=1, rule=Rule(output="linear", loss="squared"))
    net.weights[0][:] = 1.0
    net.weights[1][:] = 1e308  # outputs near 1e308: their mean overflows
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        trace = trace_iteration(net, X[:3, :2], Y_ONE[:3])
    assert not np.isfinite(trace.error)
