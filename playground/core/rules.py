"""The learning rule beyond the notebook: output and loss, L2 decay, optimiser, mini-batches.

With the defaults (sigmoid output, the notebook's loss, no L2, plain gradient descent,
all rows) :class:`~playground.core.network.Network` keeps its fast notebook loop; any
other choice trains with :func:`step` here, one readable iteration:

    forward   a[k+1] = f(a[k] @ W[k] + b[k]),  z = a[L-1] @ W[L-1] + b[L-1],  a[L] = g(z)   (losses.py)
    error     E = Y - a[L]                       recorded as mean(|E|), and the loss value
    backward  delta[L-1] = -dLoss/dz             (losses.output_delta)
              delta[k-1] = (delta[k] @ W[k].T) * f'(a[k])
    direction gW[k] = a[k].T @ delta[k] - l2 * W[k],   gb[k] = delta[k].sum over rows (no decay)
    update    the optimiser turns each direction into a change (optimizers.py)

on the rows of the iteration's batch (batches.py). The direction is the negative gradient
of ``loss + 0.5 * l2 * sum(W**2)`` summed over the batch's rows (no averaging), the
notebook's convention. The recorded loss includes that L2 term.

Every operation works on the last two axes (``np.matmul``, ``swapaxes(-1, -2)``), so the
same code trains one network (``(n_in, n_out)`` weights) or a stack of K networks
(``(K, n_in, n_out)``) for a convergence study, which therefore agree to rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.core import losses, optimizers
from playground.core.activations import Activation
from playground.core.optimizers import OptimizerSpec


@dataclass(frozen=True)
class Rule:
    output: str = "sigmoid"
    loss: str = "notebook"
    l2: float = 0.0
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    batch_size: int | None = None  # None: all rows

    @classmethod
    def from_settings(cls, settings) -> "Rule":
        s = settings
        return cls(s.output, s.loss, float(s.l2),
                   OptimizerSpec(s.optimizer, float(s.momentum), float(s.beta1), float(s.beta2), float(s.eps)),
                   s.batch_size)

    def is_notebook(self, n_rows: int) -> bool:
        """True when this is the notebook's rule on these rows (the fast loop applies)."""
        return (self.output == "sigmoid" and self.loss == "notebook" and self.l2 == 0
                and self.optimizer.name == "gd" and (self.batch_size is None or self.batch_size >= n_rows))


def forward(weights, biases, activation: Activation, output: str, X: np.ndarray):
    """Layer outputs [a0, ..., aL] and the output layer's input z."""
    a = [X]
    L = len(weights)
    z = X
    for k, W in enumerate(weights):
        z = np.matmul(a[k], W)
        if biases is not None:
            z = z + biases[k]
        a.append(activation.forward(z) if k < L - 1 else losses.output_forward(output, z))
    return a, z


def directions(weights, biases, activation: Activation, rule: Rule, a, Y: np.ndarray):
    """The deltas of every layer and the update directions of the weights and biases."""
    L = len(weights)
    deltas = [np.empty(0)] * L
    deltas[L - 1] = losses.output_delta(rule.output, rule.loss, a[L], Y)
    for k in range(L - 1, 0, -1):  # blame sent back along W[k], times the slope f'(a[k])
        deltas[k - 1] = np.matmul(deltas[k], weights[k].swapaxes(-1, -2)) * activation.derivative(a[k])
    gW = [np.matmul(a[k].swapaxes(-1, -2), deltas[k]) for k in range(L)]
    if rule.l2:
        gW = [g - rule.l2 * W for g, W in zip(gW, weights)]
    gb = None if biases is None else [d.sum(axis=-2, keepdims=True) for d in deltas]
    return deltas, gW, gb


def objective(weights, biases, activation: Activation, rule: Rule, X: np.ndarray, Y: np.ndarray):
    """loss + 0.5 * l2 * sum(W**2) for the rows of X (one value per network in a stack)."""
    a, z = forward(weights, biases, activation, rule.output, X)
    value = losses.loss_value(rule.output, rule.loss, z, a[-1], Y)
    if rule.l2:
        value = value + 0.5 * rule.l2 * sum((W * W).sum(axis=(-2, -1)) for W in weights)
    return value


def step(weights, biases, activation: Activation, rule: Rule, X: np.ndarray, Y: np.ndarray,
         state: dict, lr: float, t: int, want: bool = False):
    """One iteration on the batch (X, Y), changing weights and biases in place.

    ``t`` counts updates from 1 (Adam's bias correction). Returns (mean |E|, loss)
    of this iteration's forward pass, before the update, when ``want``; else None."""
    a, z = forward(weights, biases, activation, rule.output, X)
    recorded = None
    if want:
        loss = losses.loss_value(rule.output, rule.loss, z, a[-1], Y)
        if rule.l2:
            loss = loss + 0.5 * rule.l2 * sum((W * W).sum(axis=(-2, -1)) for W in weights)
        recorded = (np.abs(Y - a[-1]).mean(axis=(-2, -1)), loss)
    _, gW, gb = directions(weights, biases, activation, rule, a, Y)
    params = list(weights) + (list(biases) if biases is not None else [])
    optimizers.apply(rule.optimizer, state, params, gW + (gb or []), lr, t)
    return recorded


__all__ = ["Rule", "forward", "directions", "objective", "step"]
