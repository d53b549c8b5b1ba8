"""Every numeric form of the one training step (core/step.py) gives the same numbers, for every setting.

A *form* is a way the app computes training steps: the single network's loop (its fast notebook
loop, or the general rule), K networks batched on a leading axis with a learning rate and a seed
each (the study's and the atlas's NetworkStack), and the inspector's quantities (each step's
"syn{k} update" added to the weights it was shown with). Each form is a function
``form(case, steps) -> [params of network j for j in NETWORKS]`` (weights, then biases), so
another form (the exported script) is one more entry in ``FORMS``.

Every combination of activation x output+loss x optimiser x batch x L2 x bias x depth runs a
few steps on a tiny table in every form; they agree to 1e-12 (the batched form with the single
one bit for bit: the same operations on the same shapes, see core/stack.py).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pytest

from playground.core.nn.activations import ACTIVATIONS
from playground.core.explain.inspection import iteration_rows, trace_iteration
from playground.core.nn.losses import OUTPUT_RULES
from playground.core.nn.network import Network, layer_sizes
from playground.core.nn.optimizers import OPTIMIZERS
from playground.core.data.presets import get_preset
from playground.core.data.settings import Settings
from playground.core.nn.stack import NetworkStack
from playground.core.nn.rules import Rule
from playground.core.training.training import Trainer
from tests.core.test_network import notebook_loop

STEPS = 3
NETWORKS = ((3, 0.5), (4, 1.0), (7, 0.25))  # (seed, learning rate) of each network of a case
ROWS = 5
X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.5, 0.2]])


@dataclass(frozen=True)
class Case:
    """One combination of settings; ``settings(seed, lr)`` is network (seed, lr)'s Settings."""

    activation: str
    output: str
    loss: str
    optimizer: str
    batch_size: int | None
    l2: float
    bias: bool
    hidden: tuple[int, ...]

    def settings(self, seed: int = 1, learning_rate: float = 1.0) -> Settings:
        return Settings(hidden=self.hidden, learning_rate=learning_rate, activation=self.activation, bias=self.bias,
                        seed=seed, output=self.output, loss=self.loss, l2=self.l2, optimizer=self.optimizer,
                        momentum=0.8, beta1=0.85, beta2=0.99, eps=1e-7, batch_size=self.batch_size)

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """The tiny table: 5 rows, 2 inputs; 3 one-hot classes for softmax, 2 targets otherwise."""
        if self.output == "softmax":
            return X, np.eye(3)[[0, 1, 2, 1, 0]]
        Y = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [1.0, 0.3]])
        return X, (3 * Y - 1 if self.output == "linear" else Y)

    @property
    def sizes(self) -> list[int]:
        X_, Y_ = self.data()
        return layer_sizes(X_.shape[1], self.hidden, Y_.shape[1])

    def network(self, seed: int, lr: float) -> Network:
        X_, Y_ = self.data()
        return Network.from_settings(self.settings(seed, lr), X_.shape[1], Y_.shape[1])

    def __str__(self) -> str:
        return (f"{self.activation}-{self.output}-{self.loss}-{self.optimizer}-batch{self.batch_size}-l2{self.l2}-"
                f"{'bias' if self.bias else 'nobias'}-{'x'.join(map(str, self.hidden)) or 'none'}")


def _params(net) -> list[np.ndarray]:
    return [w.copy() for w in net.weights] + [b.copy() for b in (net.biases or [])]


def single_form(case: Case, steps: int) -> list[list[np.ndarray]]:
    """Each network trained alone (Network.steps: the fast loop for the notebook's rule, else the rule)."""
    X_, Y_ = case.data()
    out = []
    for seed, lr in NETWORKS:
        net = case.network(seed, lr)
        with np.errstate(all="ignore"):
            net.steps(X_, Y_, steps)
        out.append(_params(net))
    return out


def batched_form(case: Case, steps: int) -> list[list[np.ndarray]]:
    """All networks at once in a NetworkStack, each with its own seed and learning rate."""
    X_, Y_ = case.data()
    stack = NetworkStack(case.sizes, [s for s, _ in NETWORKS], activation=case.activation, bias=case.bias,
                         rule=Rule.from_settings(case.settings()), learning_rates=[lr for _, lr in NETWORKS])
    with np.errstate(all="ignore"):
        stack.steps(X_, Y_, steps)
    return [_params(stack.network(j)) for j in range(len(NETWORKS))]


def inspector_form(case: Case, steps: int) -> list[list[np.ndarray]]:
    """The weights each step's inspector shows plus its "syn{k} update" (bias as the last row): what
    the inspector says the step adds. The network itself is stepped to follow the run."""
    X_, Y_ = case.data()
    out = []
    for seed, lr in NETWORKS:
        net = case.network(seed, lr)
        L = net.n_layers
        for _ in range(steps):
            rows = iteration_rows(net, np.zeros(ROWS, dtype=bool))
            trace = trace_iteration(net, X_[rows], Y_[rows], rows=rows)
            shown = [trace[f"syn{k}"].value + trace[f"syn{k} update"].value for k in range(L)]
            with np.errstate(all="ignore"):
                net.steps(X_, Y_, 1)
        out.append([s[:-1] if case.bias else s for s in shown] + ([s[-1:] for s in shown] if case.bias else []))
    return out


FORMS = {"batched": batched_form, "inspector": inspector_form}  # each against single_form


def assert_forms_agree(case: Case, forms=FORMS, steps: int = STEPS) -> None:
    reference = single_form(case, steps)
    for name, form in forms.items():
        got = form(case, steps)
        for (seed, lr), ref, params in zip(NETWORKS, reference, got):
            assert len(ref) == len(params)
            for i, (r, p) in enumerate(zip(ref, params)):
                where = f"{name} form, {case}, seed {seed}, lr {lr}, parameter {i}"
                assert np.isfinite(r).all(), where
                if name == "batched":  # the same operations on the same shapes: bit for bit
                    np.testing.assert_array_equal(p, r.reshape(p.shape), err_msg=where)
                else:
                    np.testing.assert_allclose(p, r.reshape(p.shape), rtol=1e-12, atol=1e-12, err_msg=where)


PAIRS = list(OUTPUT_RULES)
ALL = [Case(act, out, loss, opt, batch, l2, bias, hidden)
       for act, (out, loss), opt, batch, l2, bias, hidden in itertools.product(
           ACTIVATIONS, PAIRS, OPTIMIZERS, (None, 2), (0.0, 0.05), (False, True), ((), (3,), (3, 2)))]
# a quick tier: each choice at least once, the notebook's rule at every depth, bias on and off
QUICK = [c for c in ALL if (c.activation, c.output, c.optimizer, c.batch_size, c.l2) == ("sigmoid", "sigmoid", "gd", None, 0.0)
         and c.loss == "notebook"] + [
    Case("tanh", "sigmoid", "cross-entropy", "momentum", 2, 0.05, True, (3,)),
    Case("relu", "softmax", "cross-entropy", "adam", None, 0.0, False, (3, 2)),
    Case("sigmoid", "linear", "squared", "adam", 2, 0.05, True, ()),
]


@pytest.mark.parametrize("case", QUICK, ids=str)
def test_every_form_agrees_on_a_few_settings(case):
    assert_forms_agree(case)


@pytest.mark.slow
@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_every_form_agrees_for_every_combination(activation, optimizer):
    """activation x optimiser here; output+loss x batch x L2 x bias x depth inside (96 cases each)."""
    cases = [c for c in ALL if c.activation == activation and c.optimizer == optimizer]
    assert len(cases) == len(PAIRS) * 2 * 2 * 2 * 3
    for case in cases:
        assert_forms_agree(case)


def test_the_notebook_preset_is_the_notebooks_loop_bit_for_bit_in_the_single_and_batched_forms():
    preset = get_preset("notebook")
    dataset, settings = preset.dataset(), preset.settings.with_(iterations=3000, log_every=500)
    expected_errors, expected_weights = notebook_loop(dataset.X.astype(int), dataset.Y.astype(int), 3000, 500)
    trainer = Trainer.from_settings(dataset, settings)
    trainer.run(3000)
    assert trainer.history.logged[1].tolist() == expected_errors
    for got, want in zip(trainer.network.weights, expected_weights):
        np.testing.assert_array_equal(got, want)
    # beside a network with another rate and seed, the notebook's network is still the notebook's
    stack = NetworkStack([3, 4, 1], [1, 2], learning_rates=[1.0, 0.5])
    with np.errstate(all="ignore"):
        stack.steps(dataset.X, dataset.Y, 3000)
    for got, want in zip(stack.network(0).weights, expected_weights):
        np.testing.assert_array_equal(got, want)
    other = Network([3, 4, 1], seed=2, learning_rate=0.5)
    with np.errstate(all="ignore"):
        other.steps(dataset.X, dataset.Y, 3000)
    for got, want in zip(stack.network(1).weights, other.weights):
        np.testing.assert_array_equal(got, want)


def test_a_networks_numbers_do_not_depend_on_the_networks_beside_it():
    """Mini-batches and Adam: network (seed 4, lr 1) alone, or third of three, ends the same."""
    case = Case("tanh", "sigmoid", "cross-entropy", "adam", 2, 0.05, True, (3,))
    X_, Y_ = case.data()
    rule = Rule.from_settings(case.settings())

    def stack(seeds, rates):
        s = NetworkStack(case.sizes, seeds, activation="tanh", bias=True, rule=rule, learning_rates=rates)
        with np.errstate(all="ignore"):
            s.steps(X_, Y_, 7)
        return s

    alone, grouped = stack([4], [1.0]), stack([9, 3, 4], [0.1, 2.0, 1.0])
    for a, b in zip(_params(alone.network(0)), _params(grouped.network(2))):
        np.testing.assert_array_equal(a, b)


def test_learning_rates_must_match_the_seeds():
    with pytest.raises(ValueError, match="2 learning rates for 3 seeds"):
        NetworkStack([2, 1], [1, 2, 3], learning_rates=[0.1, 0.2])


def test_zero_steps_change_nothing_in_either_fast_loop():
    net, stack = Network([2, 3, 1], seed=1), NetworkStack([2, 3, 1], [1, 2])
    before, stacked = _params(net), _params(stack)
    Y1 = X[:, :1]
    assert net.steps(X, Y1, 0, True) is None and stack.steps(X, Y1, 0, True) is None
    assert net.t == stack.t == 0
    for a, b in zip(before + stacked, _params(net) + _params(stack)):
        np.testing.assert_array_equal(a, b)
