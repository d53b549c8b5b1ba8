"""The description of a training step (core/step.py): its lines are the inspector's, its edge terms are
the step's, and a new optimiser is one entry in its table."""

import itertools

import numpy as np
import pytest

from playground.core.nn import optimizers

from playground.core.nn import step
from playground.core.nn.activations import ACTIVATIONS
from playground.core.explain.inspection import trace_iteration
from playground.core.nn.losses import OUTPUT_RULES
from playground.core.nn.network import Network
from playground.core.nn.optimizers import OPTIMIZERS, OptimizerRule, OptimizerSpec
from playground.core.nn.rules import Rule
from playground.core.data.settings import Settings
from tests.core.test_step_forms import Case, assert_forms_agree

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])


@pytest.mark.parametrize("activation,pair,optimizer,decay,hidden", list(itertools.product(
    ACTIVATIONS, OUTPUT_RULES, OPTIMIZERS, ((0.0, False), (0.1, True)), ((), (3, 2)))))
def test_the_lines_are_the_inspectors_quantities_and_expressions(activation, pair, optimizer, decay, hidden):
    (output, loss), (l2, bias) = pair, decay
    Y_ = np.eye(2)[[0, 1, 1, 0]] if output == "softmax" else Y
    net = Network([2, *hidden, 2], activation=activation, bias=bias, seed=2, learning_rate=0.5,
                  rule=Rule(output, loss, l2, OptimizerSpec(optimizer)))
    trace = trace_iteration(net, X, Y_)
    spec = step.StepSpec.from_network(net, len(X))
    lines = step.lines(spec)
    computed = [n for n in trace.names() if n != "y" and not (n.startswith("syn") and n[3:].isdigit())]
    assert list(dict.fromkeys(line.quantity for line in lines)) == computed
    for line in lines:
        if line.param.startswith("b"):
            assert f"{line.param} +=" in trace[line.quantity].expression or line.quantity != f"syn{line.layer} update"
            continue
        if not line.comment:  # the commented delta line is a translated text in the inspector
            assert trace[line.quantity].expression.startswith(line.code), line.quantity
        assert line.formula and line.section == trace[line.quantity].section
    script = step.lines(spec, step.SCRIPT)
    assert [line.quantity for line in script] == [line.quantity for line in lines]
    names = {name for name, _ in step.constants(spec)}
    assert ("alpha" in names) and ("lam" in names) == bool(l2)
    assert all("alpha * " in line.code for line in script if line.quantity.endswith(" update"))


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_every_edges_terms_give_the_change_the_next_step_makes(optimizer):
    rule = Rule("sigmoid", "cross-entropy", 0.05, OptimizerSpec(optimizer), None)
    net = Network([2, 3, 2, 2], activation="tanh", bias=True, seed=5, learning_rate=0.3, rule=rule)
    with np.errstate(all="ignore"):
        net.steps(X, Y, 2)
    values = step.trace(net.weights, net.biases, net.activation, rule, X, Y, net.optimizer_state,
                        net.learning_rate, net.t + 1)
    before_w, before_b = [w.copy() for w in net.weights], [b.copy() for b in net.biases]
    terms = {(k, i, j): step.edge_terms(values, net.weights, net.biases, k, i, j)
             for k, W in enumerate(net.weights) for i in [*range(W.shape[0]), None] for j in range(W.shape[1])}
    net.steps(X, Y, 1)
    for (k, i, j), t in terms.items():
        after, before = (net.biases[k][0, j], before_b[k][0, j]) if i is None else (net.weights[k][i, j],
                                                                                  before_w[k][i, j])
        assert t.weight == before
        assert t.change == pytest.approx(after - before, abs=1e-12)
        decay = 0.0 if i is None else 0.05 * t.weight
        assert t.direction == pytest.approx(float(np.sum(t.inputs * t.deltas)) - decay, abs=1e-12)
        assert set(t.state) == set(rule.optimizer.slots())


def _sign(spec, p, g, slots, lr, t):
    p += lr * np.sign(g)


def _rms(spec, p, g, slots, lr, t):
    r = slots["r"]
    r *= 0.9
    r += 0.1 * (g * g)
    p += lr * g / (np.sqrt(r) + 1e-8)


def test_a_new_optimiser_is_one_entry_and_every_form_follows(monkeypatch):
    """Made-up optimisers (signSGD: W += lr * sign(g); RMSprop with a state r) added to the table train
    alone, batched with a rate per network, and in the inspector, all agreeing; their lines come from
    their templates."""
    monkeypatch.setitem(optimizers.OPTIMIZER_RULES, "sign",
                        OptimizerRule("sign", _sign, (), "{lr}np.sign({gp})", "W += lr * sign(g)"))
    monkeypatch.setitem(optimizers.OPTIMIZER_RULES, "rms",
                        OptimizerRule("rms", _rms, (("r", "0.9*r_{p} + 0.1*{g}**2"),),
                                      "{lr}{g} / (np.sqrt(r_{p}) + 1e-8)", "r = 0.9 r + 0.1 g^2;  W += lr * g / sqrt(r)"))
    for name, (hidden, bias) in itertools.product(("sign", "rms"), (((3,), True), ((), False))):
        assert_forms_agree(Case("sigmoid", "sigmoid", "notebook", name, 2, 0.05, bias, hidden))
    net = Network([2, 3, 2], bias=True, rule=Rule(optimizer=OptimizerSpec("rms")))
    trace = trace_iteration(net, X, Y)
    assert trace["r_syn0"].expression == "r_syn0 = 0.9*r_syn0 + 0.1*(l0.T.dot(l1_delta))**2"
    assert trace["r_syn0"].meaning.startswith("The optimiser's running value r for syn0")
    spec = step.StepSpec.from_settings(Settings(optimizer="sign", learning_rate=0.5))
    assert step.line_of(spec, "syn0 update").code == "syn0 += 0.5 * np.sign(l0.T.dot(l1_delta))"
    assert step.line_of(spec, "syn0 update", step.SCRIPT).formula.endswith("W[0] += lr * sign(g)")
