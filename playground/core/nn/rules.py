"""The learning rule beyond the notebook: output and loss, L2 decay, optimiser, mini-batches.

With the defaults (sigmoid output, the notebook's loss, no L2, plain gradient descent,
all rows) :class:`~playground.core.nn.network.Network` keeps its fast notebook loop; any
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

The stages themselves, with their code and formula texts, are described once in
:mod:`playground.core.nn.step`; this module names the rule (:class:`Rule`) and keeps the
general step's entry points. Every operation works on the last two axes, so the same code
trains one network (``(n_in, n_out)`` weights) or a stack of K networks (``(K, n_in, n_out)``),
each with its own learning rate, for a study or an atlas; network k's numbers are a single
training's with its rate and seed, bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.core.nn import step as step_
from playground.core.nn.activations import Activation
from playground.core.nn.optimizers import OptimizerSpec


@dataclass(frozen=True)
class Rule:
    """How a network learns: its output activation, loss, L2 penalty, optimiser and mini-batch size."""

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
    """Layer outputs [a0, ..., aL] and the output layer's input z (step.forward)."""
    return step_.forward(weights, biases, activation, output, X)


def directions(weights, biases, activation: Activation, rule: Rule, a, Y: np.ndarray):
    """The deltas of every layer and the update directions of the weights and biases."""
    _, deltas = step_.backward(weights, activation, rule.output, rule.loss, a, Y)
    gW, gb = step_.directions(weights, biases, a, deltas, rule.l2)
    return deltas, gW, gb


def objective(weights, biases, activation: Activation, rule: Rule, X: np.ndarray, Y: np.ndarray):
    """loss + 0.5 * l2 * sum(W**2) for the rows of X (one value per network in a stack)."""
    a, z = forward(weights, biases, activation, rule.output, X)
    return step_.loss(rule.output, rule.loss, z, a[-1], Y, weights, rule.l2)


def step(weights, biases, activation: Activation, rule: Rule, X: np.ndarray, Y: np.ndarray,
         state: dict, lr, t: int, want: bool = False):
    """One iteration on the batch (X, Y), changing weights and biases in place (step.train_step).

    ``t`` counts updates from 1 (Adam's bias correction); ``lr`` is a number, or a (K, 1, 1) array
    of each network's rate for a stack. Returns (mean |E|, loss) of this iteration's forward pass,
    before the update, when ``want``; else None."""
    return step_.train_step(weights, biases, activation, rule, X, Y, state, lr, t, want)


__all__ = ["Rule", "forward", "directions", "objective", "step"]
