"""One training step, described once: each stage's numbers, its line of code and its formula.

A training step has four sections (forward pass, error, backward pass, update). Every stage is
described here once, as three things side by side:

* a NumPy function that computes it on the **last two axes**, so the same call trains one
  network (``(rows, n)`` arrays) or a stack of K networks (``(K, rows, n)``) whose learning rates
  differ (``lr`` a ``(K, 1, 1)`` array, :func:`per_network`);
* the line that computes it in the notebook's names (``l1 = nonlin(np.dot(l0, syn0))``): what
  the inspector shows, the exported script runs and the formula panel links to (:func:`lines`);
* its formula in the README's notation (``a[1] = sigmoid(a[0] @ W[0])``).

The choices plug in from one table each, which holds all three for its entries:

    activations.ACTIVATIONS     f, f' (from the output), their code and maths
    losses.OUTPUT_RULES         output + loss: a = g(z), delta = -dLoss/dz, the loss, code, maths
    optimizers.OPTIMIZER_RULES  the update of one parameter, its state slots, code, maths

so a new activation, loss or optimiser is one entry there (and its README formula), and every
form follows:

    step.train_step             the general step (rules.step): one network, or a stack with a
                                learning rate per network (NetworkStack, Study)
    Network.forward/backward/updates    the readable single-network step (network.py)
    inspection.trace_iteration  the quantities under the notebook's names (values: :func:`trace`)
    export                      the script's loop, from ``lines(spec, SCRIPT)``
    network.notebook_calls      the fast loop of Network.steps and NetworkStack.steps: these
                                stages for the notebook's rule (sigmoid, its loss, gd, all rows)
                                as a flat list of in-place ufunc calls (activations.in_place),
                                the same operations in the same order, so bit for bit

tests/core/test_step_forms.py runs every combination of settings in every form and compares.

The notation: ``a[k]`` the layers (``l{k}``), ``W[k]``/``b[k]`` the weights and biases
(``syn{k}``/``b{k+1}``), ``E = Y - a[L]`` the output error, ``e[k] = delta[k] @ W[k].T`` a hidden
layer's error (``l{k}_error``), ``delta[k]`` the error signal of layer k+1 (``l{k+1}_delta``) and
``g`` a parameter's update direction, the negative gradient of ``loss + 0.5 * l2 * sum(W^2)``
summed over the batch's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from playground.core.nn.activations import ACTIVATIONS, Activation
from playground.core.nn.losses import output_rule
from playground.core.nn.optimizers import OptimizerSpec, apply, optimizer_rule

FORWARD, ERROR, BACKWARD, UPDATE = "forward pass", "error", "backward pass", "update"
SECTIONS = (FORWARD, ERROR, BACKWARD, UPDATE)


# -- the numbers -----------------------------------------------------------------------------------

def per_network(rates: Sequence[float] | float) -> np.ndarray | float:
    """Learning rates as ``lr`` for a stack: a (K, 1, 1) array, one rate per network (a number stays)."""
    if np.ndim(rates) == 0:
        return float(rates)
    return np.asarray(rates, dtype=float).reshape(-1, 1, 1)


def forward(weights, biases, activation: Activation, output: str, X: np.ndarray):
    """Layer outputs [a0, ..., aL] and the output layer's input z: a[k+1] = f(a[k] @ W[k] + b[k])."""
    a = [X]
    L = len(weights)
    z = X
    out = output_rule(output).forward
    for k, W in enumerate(weights):
        z = np.matmul(a[k], W)
        if biases is not None:
            z = z + biases[k]
        a.append(activation.forward(z) if k < L - 1 else out(z))
    return a, z


def error(a_out: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """The output error E = Y - a[L] (the notebook's l{L}_error; Error: prints mean(|E|))."""
    return Y - a_out


def backward(weights, activation: Activation, output: str, loss: str, a, Y: np.ndarray):
    """The hidden errors e[k] (None for k = 0) and the deltas of every layer, delta[k] belonging to a[k+1]."""
    L = len(weights)
    deltas: list[np.ndarray] = [np.empty(0)] * L
    errors: list[np.ndarray | None] = [None] * L
    deltas[L - 1] = output_rule(output, loss).delta(a[L], Y)  # -dLoss/dz
    for k in range(L - 1, 0, -1):  # blame sent back along W[k], times the slope f'(a[k])
        errors[k] = np.matmul(deltas[k], weights[k].swapaxes(-1, -2))
        deltas[k - 1] = errors[k] * activation.derivative(a[k])
    return errors, deltas


def directions(weights, biases, a, deltas, l2: float):
    """Update directions: gW[k] = a[k].T @ delta[k] - l2 * W[k], gb[k] = delta[k] summed over rows."""
    L = len(weights)
    gW = [np.matmul(a[k].swapaxes(-1, -2), deltas[k]) for k in range(L)]
    if l2:
        gW = [g - l2 * W for g, W in zip(gW, weights)]
    gb = None if biases is None else [d.sum(axis=-2, keepdims=True) for d in deltas]
    return gW, gb


def loss(output: str, loss_name: str, z, a_out, Y, weights, l2: float):
    """loss + 0.5 * l2 * sum(W**2) over the rows (one value per network in a stack)."""
    value = output_rule(output, loss_name).terms(z, a_out, Y).sum(axis=(-2, -1))
    if l2:
        value = value + 0.5 * l2 * sum((W * W).sum(axis=(-2, -1)) for W in weights)
    return value


def update(optimizer: OptimizerSpec, state: dict, weights, biases, gW, gb, lr, t: int) -> None:
    """The optimiser's change of every weight and bias, in place (t counts updates from 1)."""
    params = list(weights) + (list(biases) if biases is not None else [])
    apply(optimizer, state, params, list(gW) + (list(gb) if gb is not None else []), lr, t)


def train_step(weights, biases, activation: Activation, rule, X: np.ndarray, Y: np.ndarray,
               state: dict, lr, t: int, want: bool = False):
    """One iteration on the batch (X, Y), changing weights, biases and the optimiser's state in place.

    ``rule`` has ``output``, ``loss``, ``l2`` and ``optimizer`` (a rules.Rule); ``lr`` a number or
    a (K, 1, 1) array for a stack. Returns (mean |E|, loss) of this iteration's forward pass,
    before the update, when ``want``; else None."""
    a, z = forward(weights, biases, activation, rule.output, X)
    recorded = None
    if want:
        recorded = (np.abs(Y - a[-1]).mean(axis=(-2, -1)), loss(rule.output, rule.loss, z, a[-1], Y, weights, rule.l2))
    _, deltas = backward(weights, activation, rule.output, rule.loss, a, Y)
    gW, gb = directions(weights, biases, a, deltas, rule.l2)
    update(rule.optimizer, state, weights, biases, gW, gb, lr, t)
    return recorded


@dataclass
class Values:
    """Every number of one iteration, computed without changing the network (the inspector's values)."""

    a: list  # a[0] .. a[L]
    E: np.ndarray
    errors: list  # e[k] of the hidden layers (None for k = 0)
    deltas: list
    gW: list
    gb: list | None
    dW: list  # what the update adds to W[k]
    db: list | None
    state: dict  # the optimiser's state after this update


def trace(weights, biases, activation: Activation, rule, X: np.ndarray, Y: np.ndarray, state: dict,
          lr: float, t: int) -> Values:
    """The iteration the weights would do next, on copies: every intermediate and the real change.

    With gd the change is ``lr * g`` (what the update adds, so ``W + dW`` is the next W bit for bit);
    with an optimiser that keeps state it is the difference its step makes to a copy of W."""
    a, _ = forward(weights, biases, activation, rule.output, X)
    errors, deltas = backward(weights, activation, rule.output, rule.loss, a, Y)
    gW, gb = directions(weights, biases, a, deltas, rule.l2)
    L = len(weights)
    new_state = {k: [x.copy() for x in v] for k, v in state.items()}
    if rule.optimizer.name == "gd":
        dW, db = [lr * g for g in gW], None if gb is None else [lr * g for g in gb]
    else:
        params = [w.copy() for w in weights] + ([x.copy() for x in biases] if biases is not None else [])
        before = [p.copy() for p in params]
        apply(rule.optimizer, new_state, params, gW + (gb or []), lr, t)
        steps = [p - q for p, q in zip(params, before)]
        dW, db = steps[:L], (steps[L:] if biases is not None else None)
    return Values(a, error(a[L], Y), errors, deltas, gW, gb, dW, db, new_state)


@dataclass(frozen=True)
class EdgeTerms:
    """The numbers of one weight's update (W[k][i, j]; a bias b[k][j] when ``i`` is None): the chain
    rule's factors, the direction, the optimiser's state and the change the step makes."""

    inputs: np.ndarray  # a[k][:, i] over the batch's rows: what the weight carries (1s for a bias)
    deltas: np.ndarray  # delta[k][:, j]: the error signal where it arrives
    weight: float  # W[k][i, j] before the update
    direction: float  # g = sum(inputs * deltas) - l2 * weight (no decay for a bias)
    change: float  # what the update adds to the weight
    state: dict  # the optimiser's slots for this weight after the update: {"v": ...} or {"m": ..., "s": ...}


def edge_terms(values: Values, weights, biases, k: int, i: int | None, j: int) -> EdgeTerms:
    """The terms of one edge's update from an iteration's :class:`Values` (``i`` None: the bias of unit j)."""
    L = len(weights)
    deltas = values.deltas[k][:, j]
    if i is None:
        return EdgeTerms(np.ones_like(deltas), deltas, float(biases[k][0, j]), float(values.gb[k][0, j]),
                         float(values.db[k][0, j]), {s: float(v[L + k][0, j]) for s, v in values.state.items()})
    return EdgeTerms(values.a[k][:, i], deltas, float(weights[k][i, j]), float(values.gW[k][i, j]),
                     float(values.dW[k][i, j]), {s: float(v[k][i, j]) for s, v in values.state.items()})


# -- the text --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StepSpec:
    """What decides the step's lines: the shape and every setting of the rule."""

    n_layers: int  # L, the number of weight matrices (hidden layers + 1)
    activation: str = "sigmoid"
    bias: bool = False
    output: str = "sigmoid"
    loss: str = "notebook"
    l2: float = 0.0
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    learning_rate: float = 1.0
    batched: bool = False  # mini-batches: the script's rows of iteration j are X[rows]

    @classmethod
    def from_settings(cls, settings, n_rows: int | None = None) -> "StepSpec":
        """The step that ``settings`` (a core Settings) train with, on ``n_rows`` training rows (batched
        when the batch size is below them; without n_rows, whenever a batch size is set)."""
        s = settings
        batched = s.batch_size is not None and (n_rows is None or s.batch_size < n_rows)
        return cls(len(s.hidden) + 1, s.activation, bool(s.bias), s.output, s.loss, float(s.l2),
                   OptimizerSpec(s.optimizer, float(s.momentum), float(s.beta1), float(s.beta2), float(s.eps)),
                   float(s.learning_rate), batched)

    @classmethod
    def from_network(cls, network, n_rows: int | None = None) -> "StepSpec":
        """The step a Network trains with (on n_rows training rows)."""
        r = network.rule
        batched = r.batch_size is not None and (n_rows is None or r.batch_size < n_rows)
        return cls(network.n_layers, network.activation.name, network.has_bias, r.output, r.loss, float(r.l2),
                   r.optimizer, float(network.learning_rate), batched)


@dataclass(frozen=True)
class Symbols:
    """How the lines write the step's numbers: the values themselves (the inspector: ``0.5 * ``,
    ``0.01*syn0``, ``t``) or the script's names (``alpha * ``, ``lam*syn0``, ``(j+1)``)."""

    names: bool = False

    def lr(self, spec: StepSpec) -> str:
        if spec.learning_rate == 1.0:
            return ""
        return "alpha * " if self.names else f"{spec.learning_rate:g} * "

    def l2(self, spec: StepSpec) -> str:
        return "lam" if self.names else f"{spec.l2:g}"

    def t(self) -> str:
        return "(j+1)" if self.names else "t"

    def rows(self, spec: StepSpec, name: str) -> str:
        """X or y as the iteration uses it: the script picks the batch's rows, the inspector is given them."""
        return f"{name}[rows]" if self.names and spec.batched else name


INSPECTOR, SCRIPT = Symbols(False), Symbols(True)


@dataclass(frozen=True)
class Line:
    """One line of the step: what it computes (the inspector's quantity), its code and its maths."""

    quantity: str  # the inspector's name of the matrix: "l1", "l2_error", "l2_delta", "v_syn0", "syn0 update"
    section: str  # FORWARD, ERROR, BACKWARD or UPDATE
    layer: int  # k of the W[k] / delta[k] the line belongs to (a[k] for "l{k}"; 0 for "l0")
    code: str  # one NumPy statement in the notebook's names, without indentation
    formula: str  # the same in the README's notation
    param: str = ""  # update lines: the parameter they change or keep state for ("syn0", "b1")
    comment: str = ""  # why, in one English line (the script may write it as "# ...")


def _direction(spec: StepSpec, symbols: Symbols, k: int, bias: bool) -> tuple[str, str]:
    """A parameter's update direction g as code and maths."""
    if bias:
        return f"l{k + 1}_delta.sum(axis=0)", f"g = delta[{k}].sum(axis=0)"
    decay = f" - {symbols.l2(spec)}*syn{k}" if spec.l2 else ""
    return f"l{k}.T.dot(l{k + 1}_delta){decay}", f"g = a[{k}].T @ delta[{k}]" + (f" - l2 * W[{k}]" if spec.l2 else "")


def update_lines(spec: StepSpec, symbols: Symbols, k: int, bias: bool) -> list[Line]:
    """The optimiser's lines for W[k] (or b[k]): its state slots, then the change of the parameter."""
    rule = optimizer_rule(spec.optimizer.name)
    p = f"b{k + 1}" if bias else f"syn{k}"
    g, g_maths = _direction(spec, symbols, k, bias)
    compound = " - " in g or " + " in g
    values = dict(p=p, g=f"({g})", gp=f"({g})" if compound else g, lr=symbols.lr(spec), t=symbols.t())
    maths = g_maths + ";  " + rule.maths.replace("W", f"b[{k}]" if bias else f"W[{k}]")
    out = [Line(f"{slot}_syn{k}", UPDATE, k, f"{slot}_{p} = " + code.format(**values), maths, p)
           for slot, code in rule.slot_code]
    out.append(Line(f"syn{k} update", UPDATE, k, f"{p} += " + rule.step_code.format(**values), maths, p))
    return out


def lines(spec: StepSpec, symbols: Symbols = INSPECTOR) -> list[Line]:
    """Every line of one iteration in the order the loop runs them (the notebook updates the last
    weights first; with bias each W[k]'s lines are followed by b[k]'s)."""
    L, act = spec.n_layers, ACTIVATIONS[spec.activation]
    out_rule = output_rule(spec.output, spec.loss)
    X, y = symbols.rows(spec, "X"), symbols.rows(spec, "y")
    result = [Line("l0", FORWARD, 0, f"l0 = {X}", "a[0] = X")]
    for k in range(L):
        z = f"np.dot(l{k}, syn{k})" + (f" + b{k + 1}" if spec.bias else "")
        z_maths = f"a[{k}] @ W[{k}]" + (f" + b[{k}]" if spec.bias else "")
        call, maths = (out_rule.call, out_rule.maths) if k == L - 1 else (act.call, act.maths)
        result.append(Line(f"l{k + 1}", FORWARD, k + 1, f"l{k + 1} = " + call.format(z),
                           f"a[{k + 1}] = " + maths.format(z_maths)))
    result.append(Line(f"l{L}_error", ERROR, L, f"l{L}_error = {y} - l{L}", f"E = Y - a[{L}]"))
    slope = out_rule.delta_code != "{error}"
    result.append(Line(f"l{L}_delta", BACKWARD, L - 1,
                       f"l{L}_delta = " + out_rule.delta_code.format(error=f"l{L}_error", a=f"l{L}"),
                       f"delta[{L - 1}] = " + out_rule.delta_maths.format(E="E", a=f"a[{L}]"),
                       comment="" if slope else f"{spec.loss}: no slope factor"))
    for k in range(L - 1, 0, -1):
        result.append(Line(f"l{k}_error", BACKWARD, k, f"l{k}_error = l{k + 1}_delta.dot(syn{k}.T)",
                           f"e[{k}] = delta[{k}] @ W[{k}].T"))
        result.append(Line(f"l{k}_delta", BACKWARD, k - 1, f"l{k}_delta = l{k}_error * " + act.slope.format(f"l{k}"),
                           f"delta[{k - 1}] = e[{k}] * " + act.slope_maths.format(f"a[{k}]")))
    for k in range(L - 1, -1, -1):
        result += update_lines(spec, symbols, k, False)
        if spec.bias:
            result += update_lines(spec, symbols, k, True)
    return result


def line_of(spec: StepSpec, quantity: str, symbols: Symbols = INSPECTOR, param: str = "") -> Line:
    """The line that computes ``quantity`` (for "syn{k} update" and the optimiser's slots, the
    weights' line unless ``param`` names the bias, "b{k+1}")."""
    for line in lines(spec, symbols):
        if line.quantity == quantity and (not param or line.param == param):
            return line
    raise KeyError(quantity)


def constants(spec: StepSpec) -> list[tuple[str, float]]:
    """The named numbers the script's lines use (SCRIPT symbols), each with its value."""
    out = [("alpha", spec.learning_rate)] if spec.learning_rate != 1.0 else []
    out += [("lam", spec.l2)] if spec.l2 else []
    out += [(name, float(getattr(spec.optimizer, attr))) for name, attr in optimizer_rule(spec.optimizer.name).constants]
    return out


def state_names(spec: StepSpec) -> list[str]:
    """The optimiser's state arrays the script keeps: v_syn0, ... (m_ and s_ for Adam), weights then biases."""
    params = [f"syn{k}" for k in range(spec.n_layers)] + ([f"b{k + 1}" for k in range(spec.n_layers)]
                                                          if spec.bias else [])
    return [f"{slot}_{p}" for slot in spec.optimizer.slots() for p in params]


__all__ = ["FORWARD", "ERROR", "BACKWARD", "UPDATE", "SECTIONS", "per_network", "forward", "error", "backward",
           "directions", "loss", "update", "train_step", "Values", "trace", "EdgeTerms", "edge_terms", "StepSpec", "Symbols", "INSPECTOR",
           "SCRIPT", "Line", "lines", "update_lines", "line_of", "constants", "state_names"]
