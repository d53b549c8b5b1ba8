"""Every quantity of one training iteration, under the notebook's names (the backprop inspector).

The notebook's loop, for one hidden layer, is::

    l0 = X
    l1 = nonlin(np.dot(l0, syn0))
    l2 = nonlin(np.dot(l1, syn1))
    l2_error = y - l2
    l2_delta = l2_error * nonlin(l2, deriv=True)
    l1_error = l2_delta.dot(syn1.T)
    l1_delta = l1_error * nonlin(l1, deriv=True)
    syn1 += l1.T.dot(l2_delta)
    syn0 += l0.T.dot(l1_delta)

:func:`trace_iteration` computes all of these for the iteration a network's
current weights would do next, with :class:`~playground.core.network.Network`'s
readable ``forward``, ``backward`` and ``updates`` (so the values are the
engine's own, bit for bit). With more layers the names go on (``l3``,
``syn2``, ``l3_delta``, ...); with no hidden layer the loop is the notebook's
first one (``l1`` is the output). With bias, each ``syn`` matrix and its update
get one more row: the bias ``b``, the weight from a constant 1.

The mapping to :mod:`playground.core.network`: ``l{k} = a[k]``, ``syn{k} = W[k]``,
``l{k+1}_delta = delta[k]``, ``l{L}_error = E`` and, for a hidden layer,
``l{k}_error = delta[k] @ W[k].T``.

Beyond the notebook (:mod:`playground.core.rules`) the lines change with the rule: a
softmax or linear output, ``l{L}_delta = l{L}_error`` for cross-entropy and squared error,
``- lam*syn{k}`` for L2 decay, and the optimiser's running state (``v_syn{k}`` for
momentum, ``m_syn{k}`` and ``s_syn{k}`` for Adam) as it will be after this update. The
trace covers the rows the iteration learns from: the training rows, or its mini-batch
(:func:`iteration_rows`); ``IterationTrace.rows`` says which rows of the table they are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core import optimizers
from playground.core.batches import BatchOrder
from playground.core.network import Network
from playground.core.texts import say

# What each kind of matrix is, in a sentence a student can follow.
FORWARD, ERROR, BACKWARD, UPDATE = "forward pass", "error", "backward pass", "update"
SECTIONS = (FORWARD, ERROR, BACKWARD, UPDATE)


@dataclass(frozen=True)
class Quantity:
    """One matrix of the loop: its notebook name, the line that computes it, and its value."""

    name: str  # the notebook's name: "l1_delta", "syn0", "syn0 update"
    expression: str  # the NumPy line that computes it (a few carry a comment: a core.texts.Text)
    value: np.ndarray  # 2-D
    section: str  # FORWARD, ERROR, BACKWARD or UPDATE
    kind: str  # "input", "target", "layer", "error", "delta", "weights", "update"
    row_names: tuple[str, ...]
    column_names: tuple[str, ...]
    per_example: bool  # one row per row of the dataset (these rows can be highlighted)
    bias_row: bool  # the last row is the bias (weights and updates with bias on)
    meaning: str  # one sentence for a student (a core.texts.Text: the window translates it)

    @property
    def shape(self) -> tuple[int, int]:
        return tuple(self.value.shape)


@dataclass(frozen=True)
class IterationTrace:
    """All quantities of one iteration, in the order the loop computes them."""

    quantities: tuple[Quantity, ...]
    error: float  # mean(|output error|): the number the notebook prints as Error:
    rows: tuple[int, ...] = ()  # the table rows of the examples (0-based), in order

    def position(self, table_row: int | None) -> int | None:
        """Where a row of the table is among the trace's examples, or None if the iteration leaves it out."""
        if table_row is None:
            return None
        if not self.rows:
            return table_row
        return self.rows.index(table_row) if table_row in self.rows else None

    def __getitem__(self, name: str) -> Quantity:
        for q in self.quantities:
            if q.name == name:
                return q
        raise KeyError(name)

    def names(self) -> list[str]:
        return [q.name for q in self.quantities]

    def section(self, section: str) -> list[Quantity]:
        return [q for q in self.quantities if q.section == section]


def _function_names(activation: str, output: bool, layer: str) -> tuple[str, str]:
    """How the loop writes f(z) and f'(layer) for this layer, in the notebook's style."""
    if output or activation == "sigmoid":
        return "nonlin({})", f"nonlin({layer}, deriv=True)"
    if activation == "tanh":
        return "np.tanh({})", f"(1 - {layer}**2)"
    return "np.maximum({}, 0)", f"({layer} > 0)"  # relu


def unit_names(sizes: list[int], input_names=None, target_names=None) -> list[tuple[str, ...]]:
    """Names of the units of every layer, as the network diagram writes them."""
    def named(given, prefix, n):
        given = [str(s) for s in (given or [])][:n]
        return tuple(given + [f"{prefix}{i + 1}" for i in range(len(given), n)])

    names = [named(input_names, "x", sizes[0])]
    names += [tuple(f"h{k}.{j + 1}" for j in range(sizes[k])) for k in range(1, len(sizes) - 1)]
    names.append(named(target_names, "y", sizes[-1]))
    return names


def iteration_rows(network: Network, test_mask: np.ndarray) -> np.ndarray:
    """The table rows (0-based) the network's next iteration learns from: its training rows, or
    the mini-batch that the batch order gives iteration ``network.t``."""
    training = np.flatnonzero(~np.asarray(test_mask, dtype=bool))
    order = BatchOrder(len(training), network.rule.batch_size, network.seed)
    return training if order.full else training[order.rows(network.t)]


def trace_iteration(network: Network, X: np.ndarray, Y: np.ndarray, input_names=None,
                    target_names=None, rows=None) -> IterationTrace:
    """Every quantity of the iteration the network's current weights would do next on the rows X, Y
    (``rows``: their numbers in the table, 0-based; default 0, 1, ...).

    Nothing is changed: the updates are computed, not applied.
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float).reshape(X.shape[0], -1)
    L = network.n_layers
    W, b = network.weights, network.biases
    with np.errstate(all="ignore"):  # a saturated or diverged network still gets shown
        a = network.forward(X)
        E, deltas = network.backward(a, Y)
        dW, db = network.updates(a, deltas)
        hidden_errors = {k: deltas[k] @ W[k].T for k in range(L - 1, 0, -1)}  # l{k}_error, as backward does
        rule = network.rule
        state = None
        if rule.optimizer.name != "gd":  # the real change: the optimiser's step, on copies of its state
            lr_ = network.learning_rate
            directions = [a[k].T @ deltas[k] - rule.l2 * W[k] if rule.l2 else a[k].T @ deltas[k] for k in range(L)]
            directions += [d.sum(axis=0, keepdims=True) for d in deltas] if b is not None else []
            params = [w.copy() for w in W] + ([x.copy() for x in b] if b is not None else [])
            before = [p.copy() for p in params]
            state = {k: [x.copy() for x in v] for k, v in network.optimizer_state.items()}
            optimizers.apply(rule.optimizer, state, params, directions, lr_, network.t + 1)
            steps = [p - q for p, q in zip(params, before)]
            dW, db = steps[:L], (steps[L:] if b is not None else None)
    units = unit_names(network.sizes, input_names, target_names)
    rows = tuple(range(X.shape[0])) if rows is None else tuple(int(r) for r in rows)
    examples = tuple(str(r + 1) for r in rows)
    lr = network.learning_rate
    lr_text = "" if lr == 1.0 else f"{lr:g} * "
    act = network.activation.name
    out: list[Quantity] = []

    def add(name, expression, value, section, kind, rows, cols, per_example, bias_row, meaning):
        out.append(Quantity(name, expression, np.array(value, dtype=float, ndmin=2), section, kind,
                            tuple(rows), tuple(cols), per_example, bias_row, meaning))

    def with_bias(k: int, matrix: np.ndarray, bias: np.ndarray | None) -> np.ndarray:
        return matrix if bias is None else np.vstack([matrix, np.asarray(bias).reshape(1, -1)])

    def weight_rows(k: int) -> tuple[str, ...]:
        return units[k] + ((f"bias b{k + 1}",) if b is not None else ())

    # forward pass
    add("l0", "l0 = X", a[0], FORWARD, "input", examples, units[0], True, False,
        say("The inputs: one row per example of the table, one column per input."))
    for k in range(L):
        f, _ = _function_names(act, k == L - 1, f"l{k + 1}")
        if k == L - 1 and rule.output != "sigmoid":
            f = "softmax({})" if rule.output == "softmax" else "{}"
        z = f"np.dot(l{k}, syn{k})" + (f" + b{k + 1}" if b is not None else "")
        add(f"syn{k}", say("{syn}  (weights from {a} to {b})", syn=f"syn{k}", a=f"l{k}", b=f"l{k + 1}"), with_bias(k, W[k], None if b is None else b[k]),
            FORWARD, "weights", weight_rows(k), units[k + 1], False, b is not None,
            say("The weights from layer {k} to layer {next}: row i, column j connects unit i to unit j.", k=k, next=k + 1)
            if b is None else
            say("The weights from layer {k} to layer {next}: row i, column j connects unit i to unit j. The last row "
                "is the bias b{next}: the weight from a constant 1.", k=k, next=k + 1))
        meaning = (say("The outputs of output for every example: the weighted sum of layer {k}, squashed.", k=k)
                   if k == L - 1 else
                   say("The outputs of hidden layer {layer} for every example: the weighted sum of layer {k}, squashed.",
                       layer=k + 1, k=k))
        add(f"l{k + 1}", f"l{k + 1} = " + f.format(z), a[k + 1], FORWARD, "layer", examples, units[k + 1], True,
            False, meaning)
    # error
    add("y", say("y  (the targets)"), Y, ERROR, "target", examples, units[L], True, False,
        say("What the output should be: the target columns of the table."))
    add(f"l{L}_error", f"l{L}_error = y - l{L}", E, ERROR, "error", examples, units[L], True, False,
        say("How far off the output is: target minus output. Error: prints mean(abs({name})).", name=f"l{L}_error"))
    # backward pass
    _, d = _function_names(act, True, f"l{L}")
    if rule.loss == "notebook":
        add(f"l{L}_delta", f"l{L}_delta = l{L}_error * {d}", deltas[L - 1], BACKWARD, "delta", examples, units[L],
            True, False, say("The error times the slope of the sigmoid: confident outputs (near 0 or 1) change little."))
    else:
        why = {"sigmoid": say("With cross-entropy the sigmoid's slope l*(1-l) cancels out of the gradient: the delta "
                              "is the error itself, so an output that is sure and wrong (near 0 or 1) still learns fast."),
               "softmax": say("Softmax with cross-entropy: the delta is the error itself, one column per class."),
               "linear": say("A linear output with squared error has slope 1: the delta is the error itself.")}
        add(f"l{L}_delta", say("{delta} = {error}  # {loss}: no slope factor", delta=f"l{L}_delta", error=f"l{L}_error",
                               loss=rule.loss), deltas[L - 1], BACKWARD,
            "delta", examples, units[L], True, False, why[rule.output])
    for k in range(L - 1, 0, -1):
        _, d = _function_names(act, False, f"l{k}")
        add(f"l{k}_error", f"l{k}_error = l{k + 1}_delta.dot(syn{k}.T)", hidden_errors[k], BACKWARD, "error",
            examples, units[k], True, False,
            say("How much each unit of layer {k} is to blame: layer {next}'s delta sent back along {syn}.",
                k=k, next=k + 1, syn=f"syn{k}"))
        add(f"l{k}_delta", f"l{k}_delta = l{k}_error * {d}", deltas[k - 1], BACKWARD, "delta", examples, units[k],
            True, False, say("Layer {k}'s blame times the slope of its activation.", k=k))
    # update (the notebook updates the last weights first)
    decay = f" - {rule.l2:g}*syn{{k}}" if rule.l2 else ""
    for k in range(L - 1, -1, -1):
        direction = f"l{k}.T.dot(l{k + 1}_delta){decay.format(k=k)}"
        if state is not None:
            slots = {"v": f"mu*v_syn{k} + ({direction})",
                     "m": f"beta1*m_syn{k} + (1-beta1)*({direction})",
                     "s": f"beta2*s_syn{k} + (1-beta2)*({direction})**2"}
            meaning = {"v": say("Momentum's running sum of {syn}'s update directions (mu = {mu:g}), after this "
                                "iteration: steps that keep pointing the same way add up.",
                                syn=f"syn{k}", mu=rule.optimizer.momentum),
                       "m": say("Adam's running average of {syn}'s update direction, after this iteration.",
                                syn=f"syn{k}"),
                       "s": say("Adam's running average of the squared direction: large for weights whose "
                                "gradients are large, so their steps are scaled down.")}
            for slot in rule.optimizer.slots():
                add(f"{slot}_syn{k}", f"{slot}_syn{k} = {slots[slot]}",
                    with_bias(k, state[slot][k], None if b is None else state[slot][L + k]), UPDATE, "update",
                    weight_rows(k), units[k + 1], False, b is not None, meaning[slot])
            step = {"momentum": f"{lr_text}v_syn{k}",
                    "adam": f"{lr_text}(m_syn{k}/(1-beta1**t)) / (np.sqrt(s_syn{k}/(1-beta2**t)) + eps)"}
            expression = f"syn{k} += {step[rule.optimizer.name]}"
        else:
            expression = f"syn{k} += {lr_text}" + (f"({direction})" if decay else direction)
        if b is not None:
            expression += f";  b{k + 1} += ..." if state is not None else (
                f";  b{k + 1} += {lr_text}l{k + 1}_delta.sum(axis=0)")
        add(f"syn{k} update", expression, with_bias(k, dW[k], None if db is None else db[k]), UPDATE, "update",
            weight_rows(k), units[k + 1], False, b is not None,
            say("What this iteration adds to {syn}: for each weight, the sum over the examples of "
                "(the input it carries) × (the delta where it arrives).", syn=f"syn{k}") if lr == 1.0 else
            say("What this iteration adds to {syn}: for each weight, the sum over the examples of "
                "(the input it carries) × (the delta where it arrives), times the learning rate {lr:g}.",
                syn=f"syn{k}", lr=lr))
    return IterationTrace(tuple(out), float(np.mean(np.abs(E))), rows)
