"""Many networks of one shape evaluated at once: their training error, their loss and its gradient.

A :class:`Problem` is what a landscape is drawn for: the training rows of a table (held-out rows
left out, as training leaves them out) and the network and rule its settings describe.

Weights may be given as *mixed stacks*: a layer's matrix is either one ``(n_in, n_out)`` matrix
shared by every network or a stack ``(N, n_in, n_out)`` of network-by-network matrices (biases
``(1, n)`` or ``(N, 1, n)``). ``np.matmul`` broadcasts a shared matrix over the stack, so the
layers before the first one that differs are computed once, and :mod:`playground.core.nn.step`'s
forward and backward passes (written for the last two axes) run unchanged:

    forward    a[k+1] = f(a[k] @ W[k] + b[k]),  a[L] = g(z)        (the rule's output layer g)
    error      mean |Y - a[L]| over rows and outputs               (what the run records: Error:)
    loss       the rule's loss summed over rows (+ 0.5 * l2 * sum W^2), what the update descends
    gradient   dLoss/dW[k] = -(a[k].T @ delta[k] - l2 * W[k]),  dLoss/db[k] = -sum of delta[k] over rows

The gradient is exact: the update direction the training step adds (times the learning rate) is
minus this gradient (core/nn/rules.py: "the negative gradient of loss + 0.5 * l2 * sum(W**2)
summed over the batch's rows").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.core.data.dataset import Dataset
from playground.core.data.settings import Settings
from playground.core.nn import step
from playground.core.nn.activations import Activation, get_activation
from playground.core.nn.losses import output_rule
from playground.core.nn.network import layer_sizes
from playground.core.nn.rules import Rule
from playground.core.landscape.weights import flatten, unflatten

CHUNK_NUMBERS = 2_000_000  # numbers held at once per chunk (16 MB): a grid is evaluated in chunks of networks
MAX_WORK = 20_000_000_000  # multiply-adds of one request (about half a minute): more is refused with a message


@dataclass(frozen=True, eq=False)
class Problem:
    """The training rows and the network shape and rule of a table and its settings."""

    X: np.ndarray
    Y: np.ndarray
    sizes: list[int]
    bias: bool
    activation: Activation
    rule: Rule

    @classmethod
    def of(cls, dataset: Dataset, settings: Settings) -> "Problem":
        X, Y, _, _ = dataset.split()
        X = np.ascontiguousarray(X, dtype=float)
        Y = np.ascontiguousarray(Y, dtype=float).reshape(len(X), -1)
        sizes = layer_sizes(len(dataset.input_columns), settings.hidden, len(dataset.target_columns))
        return cls(X, Y, sizes, bool(settings.bias), get_activation(settings.activation), Rule.from_settings(settings))

    @classmethod
    def of_network(cls, network: Any, X: np.ndarray, Y: np.ndarray) -> "Problem":
        """The problem a Network (its shape and rule) learns on these training rows (a Trainer's X, Y)."""
        X = np.ascontiguousarray(X, dtype=float)
        return cls(X, np.ascontiguousarray(Y, dtype=float).reshape(len(X), -1), list(network.sizes),
                   bool(network.has_bias), network.activation, network.rule)

    @property
    def loss_name(self) -> str:
        """The loss in words and symbols: what ``losses`` hold and what the sharpness is the curvature of."""
        r = self.rule
        text = output_rule(r.output, r.loss).loss_maths + " over the training rows"
        return text + (f" + 0.5 * {r.l2:g} * sum(W^2)" if r.l2 else "")

    @property
    def n_parameters(self) -> int:
        sizes = self.sizes
        return sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + (sum(sizes[1:]) if self.bias else 0)

    def chunk(self) -> int:
        """How many networks to evaluate at once so that their layer outputs and their parameters (stacked
        or flattened) stay within CHUNK_NUMBERS."""
        return max(1, CHUNK_NUMBERS // max(1, len(self.X) * sum(self.sizes[1:]) + self.n_parameters))

    def check_work(self, networks: int, passes: int = 1) -> None:
        """ValueError when ``networks`` forward passes (times ``passes``) over the training rows would be more
        than MAX_WORK multiply-adds: a one-line message asking for fewer points."""
        work = networks * passes * len(self.X) * sum(a * b for a, b in zip(self.sizes[:-1], self.sizes[1:]))
        if work > MAX_WORK:
            raise ValueError(f"{networks:,} networks of layer sizes {self.sizes} on {len(self.X):,} rows are too much "
                             "work for one landscape; use fewer grid points")

    def evaluate(self, weights: list[np.ndarray], biases: list[np.ndarray] | None) -> tuple[np.ndarray, np.ndarray]:
        """(errors, losses) of the networks of mixed stacks (module docstring): arrays of shape (N,), or
        0-d for one network. Not chunked: the caller keeps N within :meth:`chunk`."""
        with np.errstate(all="ignore"):
            a, z = step.forward(weights, biases, self.activation, self.rule.output, self.X)
            errors = np.abs(self.Y - a[-1]).mean(axis=(-2, -1))
            losses = step.loss(self.rule.output, self.rule.loss, z, a[-1], self.Y, weights, self.rule.l2)
        return errors, losses

    def evaluate_flat(self, thetas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(errors, losses) of the networks whose :func:`~playground.core.landscape.weights.flatten`
        vectors are the rows of ``thetas`` (N, P), in chunks."""
        thetas = np.atleast_2d(np.asarray(thetas, dtype=float))
        errors, losses = np.empty(len(thetas)), np.empty(len(thetas))
        step_ = self.chunk()
        for at in range(0, len(thetas), step_):
            W, b = unflatten(thetas[at:at + step_], self.sizes, self.bias)
            errors[at:at + step_], losses[at:at + step_] = self.evaluate(W, b)
        return errors, losses

    def gradient(self, thetas: np.ndarray) -> np.ndarray:
        """The gradient of the loss at each row of ``thetas`` (N, P), as (N, P): minus the update direction
        of the training step (module docstring), exact to rounding."""
        thetas = np.atleast_2d(np.asarray(thetas, dtype=float))
        out = np.empty_like(thetas)
        step_ = self.chunk()
        r = self.rule
        for at in range(0, len(thetas), step_):
            W, b = unflatten(thetas[at:at + step_], self.sizes, self.bias)
            with np.errstate(all="ignore"):
                a, _ = step.forward(W, b, self.activation, r.output, self.X)
                _, deltas = step.backward(W, self.activation, r.output, r.loss, a, self.Y)
                gW, gb = step.directions(W, b, a, deltas, r.l2)
            n = len(W[0])
            parts = [g.reshape(n, -1) for g in gW] + ([g.reshape(n, -1) for g in gb] if gb is not None else [])
            out[at:at + step_] = -np.concatenate(parts, axis=1)
        return out

    def errors_of(self, states: list[Any]) -> tuple[np.ndarray, np.ndarray]:
        """(errors, losses) of each state (Checkpoints, snapshots, Networks)."""
        if not states:
            return np.zeros(0), np.zeros(0)
        return self.evaluate_flat(np.stack([flatten(s) for s in states]))


__all__ = ["Problem", "CHUNK_NUMBERS", "MAX_WORK"]
