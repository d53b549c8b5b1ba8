"""Optimisers: how an update direction becomes a change of the weights.

``g`` is the update direction of one parameter (a weight matrix or a bias row): the
*negative* gradient of the summed loss, ``a.T @ delta - l2 * W`` for a weight matrix
and ``delta.sum(axis=0)`` for a bias. ``lr`` is the learning rate and ``t`` counts
updates from 1.

    gd        W += lr * g                                        (the notebook's rule)
    momentum  v = mu * v + g;   W += lr * v                      v starts at 0
    adam      m = b1 * m + (1 - b1) * g
              s = b2 * s + (1 - b2) * g**2
              W += lr * (m / (1 - b1**t)) / (sqrt(s / (1 - b2**t)) + eps)   m, s start at 0

Momentum keeps a running sum of past directions, so on a long flat stretch (a plateau,
where every g is small but points the same way) the steps grow up to 1 / (1 - mu)
times. Adam divides each weight's step by the size of its recent gradients, so every
weight moves about lr per update whatever the scale of its gradient.

State arrays have the parameters' shapes, so a stack of K networks works unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

import numpy as np


def _gd(spec: "OptimizerSpec", p: np.ndarray, g: np.ndarray, slots: dict, lr, t: int) -> None:
    p += lr * g


def _momentum(spec: "OptimizerSpec", p: np.ndarray, g: np.ndarray, slots: dict, lr, t: int) -> None:
    v = slots["v"]
    v *= spec.momentum
    v += g
    p += lr * v


def _adam(spec: "OptimizerSpec", p: np.ndarray, g: np.ndarray, slots: dict, lr, t: int) -> None:
    b1, b2 = spec.beta1, spec.beta2
    c1, c2 = 1 - b1 ** t, 1 - b2 ** t  # bias corrections: m and s start at 0
    m, s = slots["m"], slots["s"]
    m *= b1
    m += (1 - b1) * g
    s *= b2
    s += (1 - b2) * (g * g)
    p += lr * (m / c1) / (np.sqrt(s / c2) + spec.eps)


class OptimizerRule(NamedTuple):
    """One optimiser, as :mod:`playground.core.nn.step` describes it: the update of one parameter
    in place, the state it keeps, and the same update as code and as maths.

    In the code templates ``{p}`` is the parameter's name (``syn0``, ``b1``), ``{g}`` its update
    direction in parentheses, ``{gp}`` the same parenthesised only when it is a sum, ``{lr}`` the learning rate's factor (empty for
    1) and ``{t}`` the update count from 1. ``constants`` maps the names the code uses for the
    optimiser's settings to OptimizerSpec's fields."""

    name: str
    update: Callable  # (spec, p, g, {slot: array}, lr, t), changing p and the slots in place
    slot_code: tuple[tuple[str, str], ...]  # (slot, the slot's new value), in the order they are computed
    step_code: str  # what is added to the parameter
    maths: str  # the README's formula
    constants: tuple[tuple[str, str], ...] = ()

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(slot for slot, _ in self.slot_code)


OPTIMIZER_RULES: dict[str, OptimizerRule] = {r.name: r for r in (
    OptimizerRule("gd", _gd, (), "{lr}{gp}", "W += lr * g"),
    OptimizerRule("momentum", _momentum, (("v", "mu*v_{p} + {g}"),), "{lr}v_{p}", "v = mu * v + g;  W += lr * v",
                  (("mu", "momentum"),)),
    OptimizerRule("adam", _adam, (("m", "beta1*m_{p} + (1-beta1)*{g}"), ("s", "beta2*s_{p} + (1-beta2)*{g}**2")),
                  "{lr}(m_{p}/(1-beta1**{t})) / (np.sqrt(s_{p}/(1-beta2**{t})) + eps)",
                  "m = beta1 * m + (1 - beta1) * g;  s = beta2 * s + (1 - beta2) * g^2;  "
                  "W += lr * (m / (1 - beta1^t)) / (sqrt(s / (1 - beta2^t)) + eps)",
                  (("beta1", "beta1"), ("beta2", "beta2"), ("eps", "eps"))),
)}
OPTIMIZERS = tuple(OPTIMIZER_RULES)


@dataclass(frozen=True)
class OptimizerSpec:
    """An optimiser by name with its constants (momentum for momentum, beta1, beta2 and eps for Adam)."""

    name: str = "gd"
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def slots(self) -> tuple[str, ...]:
        """The names of the state arrays this optimiser keeps per parameter."""
        return optimizer_rule(self.name).slots


def optimizer_rule(name: str) -> OptimizerRule:
    try:
        return OPTIMIZER_RULES[name]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}") from None


def new_state(spec: OptimizerSpec, params: list[np.ndarray]) -> dict[str, list[np.ndarray]]:
    """Zero state for each slot (v, or m and s), one array per parameter."""
    return {slot: [np.zeros_like(p) for p in params] for slot in spec.slots()}


def apply(spec: OptimizerSpec, state: dict[str, list[np.ndarray]], params: list[np.ndarray],
          directions: list[np.ndarray], lr, t: int) -> None:
    """Change every parameter in place by one update (the t-th, counting from 1).

    ``lr``: a number, or for a stack of K networks a (K, 1, 1) array (each network's own rate)."""
    rule = optimizer_rule(spec.name)
    for i, (p, g) in enumerate(zip(params, directions)):
        rule.update(spec, p, g, {slot: state[slot][i] for slot in rule.slots}, lr, t)


__all__ = ["OPTIMIZERS", "OPTIMIZER_RULES", "OptimizerRule", "OptimizerSpec", "optimizer_rule", "new_state", "apply"]
