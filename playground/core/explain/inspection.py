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
current weights would do next, from the one description of a training step
(:mod:`playground.core.nn.step`): its values with ``step.trace`` (the engine's own
operations, so they are the engine's numbers bit for bit) and its lines with
``step.lines``. With more layers the names go on (``l3``,
``syn2``, ``l3_delta``, ...); with no hidden layer the loop is the notebook's
first one (``l1`` is the output). With bias, each ``syn`` matrix and its update
get one more row: the bias ``b``, the weight from a constant 1.

The mapping to :mod:`playground.core.nn.network`: ``l{k} = a[k]``, ``syn{k} = W[k]``,
``l{k+1}_delta = delta[k]``, ``l{L}_error = E`` and, for a hidden layer,
``l{k}_error = delta[k] @ W[k].T``.

Beyond the notebook (:mod:`playground.core.nn.rules`) the lines change with the rule: a
softmax or linear output, ``l{L}_delta = l{L}_error`` for cross-entropy and squared error,
``- lam*syn{k}`` for L2 decay, and the optimiser's running state (``v_syn{k}`` for
momentum, ``m_syn{k}`` and ``s_syn{k}`` for Adam) as it will be after this update. The
trace covers the rows the iteration learns from: the training rows, or its mini-batch
(:func:`iteration_rows`); ``IterationTrace.rows`` says which rows of the table they are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.core.nn import step
from playground.core.nn.batches import BatchOrder
from playground.core.nn.network import Network
from playground.core.nn.step import BACKWARD, ERROR, FORWARD, SECTIONS, UPDATE
from playground.core.texts import say


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
    W, b, rule = network.weights, network.biases, network.rule
    with np.errstate(all="ignore"):  # a saturated or diverged network still gets shown
        values = step.trace(W, b, network.activation, rule, X, Y, network.optimizer_state,
                            network.learning_rate, network.t + 1)
    a, E, deltas, dW, db, state = values.a, values.E, values.deltas, values.dW, values.db, values.state
    # the lines come from the one description of the step (core/step.py), with the rule's numbers written in
    code: dict[str, list[step.Line]] = {}
    for line in step.lines(step.StepSpec.from_network(network, X.shape[0]), step.INSPECTOR):
        code.setdefault(line.quantity, []).append(line)
    units = unit_names(network.sizes, input_names, target_names)
    rows = tuple(range(X.shape[0])) if rows is None else tuple(int(r) for r in rows)
    examples = tuple(str(r + 1) for r in rows)
    lr = network.learning_rate
    out: list[Quantity] = []

    def add(name, expression, value, section, kind, rows, cols, per_example, bias_row, meaning):
        out.append(Quantity(name, expression, np.array(value, dtype=float, ndmin=2), section, kind,
                            tuple(rows), tuple(cols), per_example, bias_row, meaning))

    def with_bias(k: int, matrix: np.ndarray, bias: np.ndarray | None) -> np.ndarray:
        return matrix if bias is None else np.vstack([matrix, np.asarray(bias).reshape(1, -1)])

    def weight_rows(k: int) -> tuple[str, ...]:
        return units[k] + ((f"bias b{k + 1}",) if b is not None else ())

    # forward pass
    add("l0", code["l0"][0].code, a[0], FORWARD, "input", examples, units[0], True, False,
        say("The inputs: one row per example of the table, one column per input."))
    for k in range(L):
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
        add(f"l{k + 1}", code[f"l{k + 1}"][0].code, a[k + 1], FORWARD, "layer", examples, units[k + 1], True,
            False, meaning)
    # error
    add("y", say("y  (the targets)"), Y, ERROR, "target", examples, units[L], True, False,
        say("What the output should be: the target columns of the table."))
    add(f"l{L}_error", code[f"l{L}_error"][0].code, E, ERROR, "error", examples, units[L], True, False,
        say("How far off the output is: target minus output. Error: prints mean(abs({name})).", name=f"l{L}_error"))
    # backward pass
    out_line = code[f"l{L}_delta"][0]
    if not out_line.comment:
        add(f"l{L}_delta", out_line.code, deltas[L - 1], BACKWARD, "delta", examples, units[L],
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
        add(f"l{k}_error", code[f"l{k}_error"][0].code, values.errors[k], BACKWARD, "error",
            examples, units[k], True, False,
            say("How much each unit of layer {k} is to blame: layer {next}'s delta sent back along {syn}.",
                k=k, next=k + 1, syn=f"syn{k}"))
        add(f"l{k}_delta", code[f"l{k}_delta"][0].code, deltas[k - 1], BACKWARD, "delta", examples, units[k],
            True, False, say("Layer {k}'s blame times the slope of its activation.", k=k))
    # update (the notebook updates the last weights first)
    keeps_state = bool(rule.optimizer.slots())
    for k in range(L - 1, -1, -1):
        if keeps_state:
            meaning = {"v": say("Momentum's running sum of {syn}'s update directions (mu = {mu:g}), after this "
                                "iteration: steps that keep pointing the same way add up.",
                                syn=f"syn{k}", mu=rule.optimizer.momentum),
                       "m": say("Adam's running average of {syn}'s update direction, after this iteration.",
                                syn=f"syn{k}"),
                       "s": say("Adam's running average of the squared direction: large for weights whose "
                                "gradients are large, so their steps are scaled down.")}
            for slot in rule.optimizer.slots():
                add(f"{slot}_syn{k}", code[f"{slot}_syn{k}"][0].code,
                    with_bias(k, state[slot][k], None if b is None else state[slot][L + k]), UPDATE, "update",
                    weight_rows(k), units[k + 1], False, b is not None,
                    meaning[slot] if slot in meaning else  # an optimiser added to the table later
                    say("The optimiser's running value {slot} for {syn}, after this iteration.", slot=slot,
                        syn=f"syn{k}"))
        changes = code[f"syn{k} update"]
        # with an optimiser's state the bias line is as long as the weights' one: the inspector shortens it
        expression = ";  ".join([changes[0].code] + [c.code if not keeps_state else f"{c.param} += ..."
                                                     for c in changes[1:]])
        add(f"syn{k} update", expression, with_bias(k, dW[k], None if db is None else db[k]), UPDATE, "update",
            weight_rows(k), units[k + 1], False, b is not None,
            say("What this iteration adds to {syn}: for each weight, the sum over the examples of "
                "(the input it carries) × (the delta where it arrives).", syn=f"syn{k}") if lr == 1.0 else
            say("What this iteration adds to {syn}: for each weight, the sum over the examples of "
                "(the input it carries) × (the delta where it arrives), times the learning rate {lr:g}.",
                syn=f"syn{k}", lr=lr))
    with np.errstate(all="ignore"):  # a diverged network's error is inf or nan: shown, not warned about
        error = float(np.mean(np.abs(E)))
    return IterationTrace(tuple(out), error, rows)


__all__ = ["FORWARD", "ERROR", "BACKWARD", "UPDATE", "SECTIONS", "Quantity", "IterationTrace", "unit_names",
           "iteration_rows", "trace_iteration"]
